"""The invisible-work report as CSV, and the all-or-nothing file writing shared with the PDF.

Format, chosen for the spreadsheet a referent's employer most likely opens it with (Excel, Belgian French or
Dutch settings):
- UTF-8 with a byte-order mark: without it Excel reads the accents as Windows-1252 garbage;
- ``;`` as separator, because in Belgian locales ``,`` is the decimal separator and Excel expects ``;``;
- CRLF line ends; one row per month and task with time (months or tasks without time are left out);
- columns ``mois`` (YYYY-MM), ``tache_id`` (stable vocabulary id), ``tache`` (French label), ``invisible``
  (1 = invisible work, 0 = with the person), ``minutes`` (whole minutes).
It holds only the referent's own minutes per task and month: no situation, no count of people, no free text.

Files are written to a temporary file in the target's own folder, then renamed over the target: a failure
(unwritable folder, full disk, cancellation) leaves no half-written file behind.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.errors import ValidationError
from app.invisible_work import ReportData
from storage.atomic import fsync_folder
from storage.errors import os_reason

COLUMNS = ("mois", "tache_id", "tache", "invisible", "minutes")


class ReportWriteError(ValidationError):
    """The output file cannot be written; the code says why, the params where (names, never full paths)."""

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__("out", code, **params)


def csv_text(data: ReportData) -> str:
    """The CSV document (without the byte-order mark, added when writing)."""
    tasks = {task.task: task for task in data.by_task}
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for cell in data.by_month:
        task = tasks[cell.task]
        writer.writerow((f"{cell.month:%Y-%m}", cell.task, task.label, int(task.invisible), cell.minutes))
    return buffer.getvalue()


def write_report_csv(data: ReportData, path: Path) -> None:
    with atomic_output(path) as temporary:
        temporary.write_bytes(csv_text(data).encode("utf-8-sig"))


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path next to `path`; on success it replaces `path`, on any error it is removed.

    The temporary file is created at once, so an unwritable target is reported before any long work.
    """
    path = Path(path)
    check_target(path)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise _write_error(path, error) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _sync(temporary)
        os.replace(temporary, path)
    except OSError as error:
        _discard(temporary)
        raise _write_error(path, error) from None
    except BaseException:
        _discard(temporary)
        raise
    fsync_folder(path.parent)


def check_target(path: Path) -> None:
    if not path.name or path.is_dir():
        raise ReportWriteError("report.target_is_folder", folder=path.name or str(path))
    if not path.parent.is_dir():
        raise ReportWriteError("report.folder_missing", folder=path.parent.name)


def _write_error(path: Path, error: OSError) -> ReportWriteError:
    folder = path.parent.name
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReportWriteError("report.access_denied", folder=folder)
    if error.errno == errno.ENOSPC:
        return ReportWriteError("report.disk_full", file=path.name)
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return ReportWriteError("report.folder_refuses_files", folder=folder)
    return ReportWriteError("report.write_failed", file=path.name, folder=folder, reason=os_reason(error))


def _sync(temporary: Path) -> None:
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())


def _discard(temporary: Path) -> None:
    with contextlib.suppress(OSError):
        temporary.unlink()
