"""The invisible-work report as CSV.

Format, chosen for the spreadsheet a referent's employer most likely opens it with (Excel, Belgian French or
Dutch settings):
- UTF-8 with a byte-order mark: without it Excel reads the accents as Windows-1252 garbage;
- ``;`` as separator, because in Belgian locales ``,`` is the decimal separator and Excel expects ``;``;
- CRLF line ends; one row per month and task with time (months or tasks without time are left out);
- columns ``mois`` (YYYY-MM), ``tache_id`` (stable vocabulary id), ``tache`` (label), ``invisible``
  (1 = invisible work, 0 = with the person), ``minutes`` (whole minutes); the header and the labels are in
  the report's language (Dutch ``maand;taak_id;taak;onzichtbaar;minuten``, English
  ``month;task_id;task;invisible;minutes``), the values are the same in every language.
It holds only the referent's own minutes per task and month: no situation, no count of people, no free text.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.exports.files import open_output
from app.invisible_work import ReportData
from app.invisible_work_texts import text

COLUMNS = ("mois", "tache_id", "tache", "invisible", "minutes")  # French; columns() for the others


def csv_text(data: ReportData) -> str:
    """The CSV document (without the byte-order mark, added when writing)."""
    tasks = {task.task: task for task in data.by_task}
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns(data.lang))
    for cell in data.by_month:
        task = tasks[cell.task]
        writer.writerow((f"{cell.month:%Y-%m}", cell.task, task.label, int(task.invisible), cell.minutes))
    return buffer.getvalue()


def columns(lang: str = "fr") -> tuple[str, ...]:
    """The header row in `lang`."""
    return tuple(text("csv.columns", lang).split(";"))


def csv_bytes(data: ReportData) -> bytes:
    """The file's content: the document with a byte-order mark."""
    return csv_text(data).encode("utf-8-sig")


def write_report_csv(data: ReportData, path: Path) -> None:
    """Write the CSV to `path` atomically, without logging it (the dashboard logs it on success).

    Prefer app.exports.invisible_work.export_report_file, which writes and logs in one pipeline run.
    """
    with open_output(path) as output:
        output.write(csv_bytes(data))
