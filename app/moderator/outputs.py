"""The synthesis as JSON or CSV, and the one function that writes any output format.

Every format is written in the moderator's language (fr, nl, en: the environment's for `relais cdp merge`,
the window's on the Moderator page): the labels that come from a vocabulary id (app.moderator.labels), the
refused files' reasons, and the fixed words (app.moderator.texts). JSON (`relais-cdp-synthesis`, version 1):
the tables with suppressed counts as null, and the refused files with their reasons; its keys, the codes in
"reason" and the ids never change, and "language" says which language its labels are in. CSV: one long table
`tableau;ligne;colonne;valeur` (the header in the language; the table names and the keys of the column are
ids, the same in every language, so one script reads any moderator's CSV; UTF-8 with a byte-order mark, `;`,
CRLF, as the invisible-work CSV), a suppressed count written `< 5`. Files are written by the export
pipeline's atomic, owner-only `open_output` (app.exports.files): a failure leaves no file. The moderator's
tool works without a register; when one is open (the window, or `relais cdp merge --register DIR`) the write
runs through the export pipeline and leaves one export-log row there (kind "cdp_synthesis": the counts of
bundles read and refused, never a figure of the synthesis).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from app.errors import ValidationError
from app.exports.files import open_output
from app.exports.log import Setting
from app.exports.pipeline import Rendered, run_export
from app.exports.progress import ProgressSteps
from app.moderator.labels import localised
from app.moderator.reading import relative_name
from app.moderator.refusals import refusal_message
from app.moderator.suppression import K
from app.moderator.synthesis import FourPoints, Synthesis
from app.moderator.tables import CrossTable
from app.moderator.texts import SUPPRESSED, text
from app.moderator.texts import language as known_language
from storage.register import Register

FORMATS = {".pdf": "pdf", ".csv": "csv", ".json": "json"}


def output_format(path: Path) -> str:
    try:
        return FORMATS[Path(path).suffix.lower()]
    except KeyError:
        raise ValidationError("out", "moderator.output_format") from None


def write_synthesis(
    synthesis: Synthesis, path: Path, register: Register | None = None, *, language: str = "fr"
) -> str:
    """Write `synthesis` to `path` in the format its suffix names; returns the format. With a `register`,
    the export is logged there (one ExportLog row); without one, nothing is logged. `language` (fr, nl, en)
    is the one the moderator reads — the environment's for `relais cdp merge`, the window's on the page —
    and the file is written in it (French when it is none of the three)."""
    fmt = output_format(path)
    if register is not None:
        run_export(register, SynthesisExport(synthesis, fmt, language=language), Path(path))
        return fmt
    with open_output(Path(path)) as output:
        _writer(synthesis, fmt, language)(output)
    return fmt


@dataclass(frozen=True)
class SynthesisExport:
    """The synthesis as an export job of app.exports.pipeline, for a moderator with a register open."""

    synthesis: Synthesis
    format: str  # "pdf", "csv", "json"
    language: str = "fr"  # the file's
    kind: str = "cdp_synthesis"
    anonymised: bool = True

    def settings(self) -> Mapping[str, Setting]:
        overview = self.synthesis.overview
        return {"cdp_bundles": overview.cdp_bundles, "work_bundles": overview.work_bundles,
                "refused": len(self.synthesis.refused), "from": overview.first_month,
                "to": overview.last_month, "k": K}  # fmt: skip

    def gather(self, register: Register) -> Synthesis:
        return self.synthesis

    def render(self, data: Synthesis, steps: ProgressSteps) -> Sequence[Rendered]:
        return (_writer(data, self.format, self.language),)

    def item_count(self, data: Synthesis) -> int:
        return data.overview.cdp_bundles + data.overview.work_bundles


def _writer(synthesis: Synthesis, fmt: str, language: str):
    def write(output: BinaryIO) -> None:
        if fmt == "pdf":
            from app.moderator.pdf import render_synthesis_pdf  # reportlab only when a PDF is asked for

            render_synthesis_pdf(synthesis, output, language)
        elif fmt == "csv":
            output.write(csv_text(synthesis, language).encode("utf-8-sig"))
        else:
            document = synthesis_document(synthesis, language)
            output.write((json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode())

    return write


def refused_rows(synthesis: Synthesis, language: str = "fr") -> list[tuple[str, str, str]]:
    """(file relative to the folder, reason code, reason in `language`) for every refused file."""
    rows = []
    for refused in synthesis.refused:
        name = relative_name(refused.path, synthesis.folder)
        reason = refusal_message(refused.refusal.name, refused.detail, language)
        rows.append((name, refused.refusal.name.lower(), reason))
    return rows


def synthesis_document(synthesis: Synthesis, language: str = "fr") -> dict[str, Any]:
    synthesis = localised(synthesis, language)
    overview = synthesis.overview
    return {
        "format": "relais-cdp-synthesis",
        "version": 1,
        "language": known_language(language),
        "made_on": synthesis.made_on.isoformat(),
        "k": K,
        "overview": {name: getattr(overview, name) for name in overview.__dataclass_fields__},
        "refused": [
            {"file": name, "reason": code, "text": reason}
            for name, code, reason in refused_rows(synthesis, language)
        ],
        "noeuds": [vars(row) for row in synthesis.noeuds],
        "priorities_by_theme_and_vulnerability": _cross(synthesis.priorities),
        "outcomes": [vars(row) for row in synthesis.outcomes],
        "outcome_situations": synthesis.outcome_situations,
        "shortages_by_resource_type_and_commune": _cross(synthesis.shortages),
        "time": {
            "referents": synthesis.time.referents,
            "minutes": synthesis.time.minutes,
            "invisible_minutes": synthesis.time.invisible,
            "invisible_share": synthesis.time.invisible_share,
            "invisible_share_quartiles": synthesis.time.share_quartiles,
            "tasks": [vars(row) for row in synthesis.time.tasks],
        },
        "four_points": [_four_points(row) for row in synthesis.four_points],
    }


def csv_text(synthesis: Synthesis, language: str = "fr") -> str:
    synthesis = localised(synthesis, language)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(text("csv.columns", language).split(";"))
    for row in synthesis.noeuds:
        writer.writerows(
            [
                ("noeuds", row.label, "seances", _cell(row.sessions)),
                ("noeuds", row.label, "referents", _cell(row.referents)),
            ]
        )
    _cross_rows(writer, "priorites_theme_vulnerabilite", synthesis.priorities)
    for row in synthesis.outcomes:
        writer.writerow(("issues_mobilisations", row.status, "situations", _cell(row.situations)))
    _cross_rows(writer, "penuries_type_commune", synthesis.shortages)
    for task in synthesis.time.tasks:
        writer.writerow(("temps_par_tache", task.label, "minutes", _cell(task.minutes)))
    writer.writerow(("temps", "total", "minutes", synthesis.time.minutes))
    writer.writerow(("temps", "invisible", "minutes", synthesis.time.invisible))
    for name, _, reason in refused_rows(synthesis, language):
        writer.writerow(("fichiers_refuses", name, "raison", reason))
    return buffer.getvalue()


def _four_points(points: FourPoints) -> dict[str, str]:
    """A session's four points as version 1 wrote them (the nœud by its label)."""
    return {name: value for name, value in vars(points).items() if name != "noeud_id"}


def _cross(table: CrossTable | None) -> dict[str, Any] | None:
    if table is None:
        return None
    grid = table.grid
    return {
        "rows": list(table.row_labels),
        "columns": list(table.column_labels),
        "cells": grid.rows,
        "row_totals": grid.row_totals,
        "column_totals": grid.column_totals,
        "total": grid.total,
    }


def _cross_rows(writer, name: str, table: CrossTable | None) -> None:
    if table is None:
        return
    grid = table.grid
    for label, cells, total in zip(table.row_labels, grid.rows, grid.row_totals, strict=True):
        writer.writerows(
            (name, label, column, _cell(value))
            for column, value in zip(table.column_labels, cells, strict=True)
        )
        writer.writerow((name, label, "total", _cell(total)))
    for column, total in zip(table.column_labels, grid.column_totals, strict=True):
        writer.writerow((name, "total", column, _cell(total)))
    writer.writerow((name, "total", "total", _cell(grid.total)))


def _cell(value: int | None) -> str | int:
    return SUPPRESSED if value is None else value
