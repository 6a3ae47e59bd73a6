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


class ReportWriteError(ValidationError):
    """The output file cannot be written; the message (French) says why and where."""

    def __init__(self, message: str) -> None:
        super().__init__("out", message)


def check_target(path: Path) -> None:
    """Refuse a folder, or a file in a folder that does not exist (said before any passphrase or work)."""
    path = Path(path)
    if not path.name or path.is_dir():
        raise ReportWriteError(f"« {path} » est un dossier : indiquez le nom du fichier à écrire.")
    if not path.parent.is_dir():
        raise ReportWriteError(f"Le dossier « {path.parent} » n'existe pas.")


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
        raise ReportWriteError(write_message(path, error)) from None
    try:
        yield output.handle
    except OSError as error:
        output.discard()
        raise ReportWriteError(write_message(path, error)) from None
    except BaseException:
        output.discard()
        raise
    try:
        output.commit()
    except OSError as error:
        raise ReportWriteError(write_message(path, error)) from None


def write_message(path: Path, error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Impossible d'écrire dans le dossier « {path.parent} » : accès refusé."
    if error.errno == errno.ENOSPC:
        return f"Impossible d'écrire « {path.name} » : le disque est plein."
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return f"Impossible d'écrire dans « {path.parent} » : ce dossier n'accepte pas de fichiers."
    reason = error.strerror or type(error).__name__
    return f"Impossible d'écrire « {path.name} » dans « {path.parent} » ({reason})."
