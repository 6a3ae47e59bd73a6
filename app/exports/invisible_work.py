"""The invisible-work report as an export job (app.exports.pipeline): figures → PDF and/or CSV → one log row.

`export_invisible_work` is the whole job of the CLI (`relais report invisible-work`, app.cli.report_commands):
figures, PDF, optional CSV, logged once as "pdf" or "pdf+csv". `export_report_file` writes one file from
figures already computed and shown (the dashboard), in their language. Logged: the period, the threshold k
and the language, never a figure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.errors import ValidationError
from app.exports.invisible_work_csv import csv_bytes
from app.exports.log import Setting
from app.exports.pipeline import Rendered, run_export
from app.exports.progress import Cancelled, Progress, ProgressSteps
from app.invisible_work import InvisibleWorkService, Period, ReportData, report_settings
from storage.register import Register

FORMATS = ("pdf", "csv")


@dataclass(frozen=True)
class InvisibleWorkExport:
    """The report of `period` in `formats` (one target each, in that order), in `lang`; `figures` if already
    computed (their language wins)."""

    period: Period
    formats: tuple[str, ...] = ("pdf",)
    figures: ReportData | None = None
    lang: str = "fr"
    kind: str = "invisible_work"
    anonymised: bool = True

    @property
    def format(self) -> str:
        return "+".join(self.formats)

    def settings(self) -> Mapping[str, Setting]:
        return report_settings(self.period, self.figures.lang if self.figures is not None else self.lang)

    def gather(self, register: Register) -> ReportData:
        if self.figures is not None:
            return self.figures
        return InvisibleWorkService(register).report(self.period, lang=self.lang)

    def render(self, data: ReportData, steps: ProgressSteps) -> Sequence[Rendered]:
        return tuple(self._render_one(data, fmt, steps) for fmt in self.formats)

    def item_count(self, data: ReportData) -> int:
        return len(self.period.months)

    @staticmethod
    def _render_one(data: ReportData, fmt: str, steps: ProgressSteps) -> Rendered:
        if fmt == "csv":
            return csv_bytes(data)
        # Imported here: reportlab costs ~0.25 s, and every `relais` start builds the CLI parser.
        from app.exports.invisible_work_pdf import render_pdf

        return lambda output: render_pdf(data, output, steps)


def export_invisible_work(
    register: Register,
    period: Period,
    pdf_path: Path,
    csv_path: Path | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    lang: str = "fr",
) -> ReportData:
    """Figures, PDF, optional CSV in `lang`, export log; returns the figures (the dashboard shows the same
    ones).

    Raises ReportWriteError (unwritable path), ExportCancelled (app.exports.progress) when `cancelled()`
    becomes true, ValidationError for the same file twice.
    """
    if csv_path is not None and Path(csv_path).resolve() == Path(pdf_path).resolve():
        raise ValidationError("csv", "report.same_pdf_and_csv")
    formats, targets = ("pdf",), [Path(pdf_path)]
    if csv_path is not None:
        formats, targets = ("pdf", "csv"), [*targets, Path(csv_path)]
    job = InvisibleWorkExport(period, formats, lang=lang)
    return run_export(register, job, targets, cancelled, progress=progress)


def export_report_file(
    register: Register,
    data: ReportData,
    file_format: str,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Write the figures already computed (`data`) as one "pdf" or "csv" file, and log it."""
    if file_format not in FORMATS:
        raise ValueError(f"unknown report format {file_format!r}")
    job = InvisibleWorkExport(data.period, (file_format,), figures=data)
    run_export(register, job, path, cancelled, progress=progress)
