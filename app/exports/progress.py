"""Progress and cancellation of a long export: fractions 0…1 for a bar, a cancel check between steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.errors import CodedError

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class ExportCancelled(CodedError):
    """The referent cancelled the export; nothing was written."""

    code = "export.cancelled"


@dataclass
class ProgressSteps:
    """Maps the steps of one job onto 0…1 for `progress`, and stops the job when `cancelled()` says so."""

    progress: Progress | None = None
    cancelled: Cancelled | None = None

    def at(self, fraction: float) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()
        if self.progress is not None:
            self.progress(min(1.0, max(0.0, fraction)))

    def between(self, start: float, end: float) -> ProgressSteps:
        """The sub-steps of the part of the job from `start` to `end`, as their own 0…1."""
        return ProgressSteps(lambda part: self.at(start + (end - start) * part), self.cancelled)
