"""Where an export is written: the target is checked before any work, then written all or nothing.

`open_output` wraps storage.atomic: an exclusive owner-only temp file next to the target, renamed over it
at the end. Any failure (unwritable folder, full disk, cancellation, an error while rendering) leaves no
half-written file behind; file-system errors become a ReportWriteError saying why and where.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.errors import ValidationError
from storage.atomic import AtomicFile
from storage.errors import os_reason


class ReportWriteError(ValidationError):
    """The output file cannot be written; the code says why, the params where (names, never full paths)."""

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__("out", code, **params)


def check_target(path: Path) -> None:
    """Refuse a folder, or a file in a folder that does not exist (said before any passphrase or work)."""
    path = Path(path)
    if not path.name or path.is_dir():
        raise ReportWriteError("report.target_is_folder", folder=path.name or str(path))
    if not path.parent.is_dir():
        raise ReportWriteError("report.folder_missing", folder=path.parent.name)


@contextlib.contextmanager
def open_output(path: Path) -> Iterator[BinaryIO]:
    """Yield an open temp file for `path`; on a clean exit it replaces `path`, on any error it is removed.

    The temp file is created at once, so an unwritable target is reported before any long work.
    """
    path = Path(path)
    check_target(path)
    try:
        output = AtomicFile(path)
    except OSError as error:
        raise write_error(path, error) from None
    try:
        yield output.handle
    except OSError as error:
        output.discard()
        raise write_error(path, error) from None
    except BaseException:
        output.discard()
        raise
    try:
        output.commit()
    except OSError as error:
        raise write_error(path, error) from None


def write_error(path: Path, error: OSError) -> ReportWriteError:
    """What a file-system error means for the person: access refused, disk full, no files accepted."""
    folder = path.parent.name
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReportWriteError("report.access_denied", folder=folder)
    if error.errno == errno.ENOSPC:
        return ReportWriteError("report.disk_full", file=path.name)
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return ReportWriteError("report.folder_refuses_files", folder=folder)
    return ReportWriteError("report.write_failed", file=path.name, folder=folder, reason=os_reason(error))
