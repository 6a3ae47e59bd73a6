"""Every export has one shape: gather → render → atomic owner-only write → one export-log record.

An export job says what it exports (kind, format, settings: never the content), gathers its data from the
register, and renders that data as bytes or as a writer into an open file. `run_export` does the rest, the
same way for every export:

1. the targets are checked and their temp files created (exclusive, mode 0600) before any work, so that an
   unwritable path is reported at once;
2. `gather(register)` reads what the export needs, `render(data, steps)` turns it into file content;
3. the temp files are flushed, fsynced and renamed over the targets, then the folder is fsynced;
4. one ExportLog row is written through app.exports.log.record_export.

A failure or a cancellation (ExportCancelled, from `cancel()` checked between steps) at any point before the
rename leaves no file and no log row. Jobs: app.cdp.export (CdP PDF and bundle), app.exports.invisible_work
(PDF, CSV), app.resource_sharing (resource file), app.exports.personal_dump (`relais export-json`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from app.exports.files import open_output
from app.exports.log import Setting, record_export
from app.exports.progress import Cancelled, Progress, ProgressSteps
from storage.register import Register

Writer = Callable[[BinaryIO], None]
Rendered = bytes | Writer  # the whole content, or a function writing it into the open temp file


class ExportJob(Protocol):
    """What one export is. No content lives on a job's description (kind, format, settings)."""

    kind: str  # "cdp_canvas", "invisible_work", "resources", "personal_dump"
    format: str  # "pdf", "json", "csv", "pdf+csv"
    anonymised: bool

    def settings(self) -> Mapping[str, Setting]:
        """How it was exported (period, thresholds, review flags): logged, so never a name or a text."""
        ...

    def gather(self, register: Register) -> Any: ...

    def render(self, data: Any, steps: ProgressSteps) -> Sequence[Rendered]:
        """One content per target, in the order of the targets given to run_export."""
        ...

    def item_count(self, data: Any) -> int: ...


def run_export(
    register: Register,
    job: ExportJob,
    target_path: Path | Sequence[Path],
    cancel: Cancelled | None = None,
    *,
    progress: Progress | None = None,
) -> Any:
    """Write `job`'s file(s) atomically and log the export once; returns the gathered data.

    Raises ReportWriteError (unwritable target), ExportCancelled when `cancel()` becomes true, and whatever
    the job's gather or render raise; in every case no file is written and nothing is logged.
    """
    targets = [Path(target_path)] if isinstance(target_path, str | Path) else [Path(p) for p in target_path]
    steps = ProgressSteps(progress, cancel)
    with contextlib.ExitStack() as stack:  # temp files first: an unwritable path fails before any work
        outputs = [stack.enter_context(open_output(target)) for target in targets]
        steps.at(0.02)
        data = job.gather(register)
        steps.at(0.2)
        _write(outputs, job.render(data, steps.between(0.2, 0.95)))
        steps.at(0.97)
    record_export(
        register, job.kind, job.format, job.settings(), job.item_count(data), anonymised=job.anonymised
    )
    steps.at(1.0)
    return data


def _write(outputs: Sequence[BinaryIO], contents: Sequence[Rendered]) -> None:
    for output, content in zip(outputs, contents, strict=True):
        if isinstance(content, bytes):
            output.write(content)
        else:
            content(output)
