"""The synthesis as JSON or CSV, and the one function that writes any output format.

JSON (`relais-cdp-synthesis`, version 1): the tables with suppressed counts as null, and the refused files
with their reasons. CSV: one long table `tableau;ligne;colonne;valeur` (UTF-8 with a byte-order mark, `;`,
CRLF, as the invisible-work CSV), a suppressed count written `< 5`. Files are written by the export
pipeline's atomic, owner-only `open_output` (app.exports.files): a failure leaves no file. There is no
export-log row: the moderator's tool works without a register.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.exports.files import open_output
from app.moderator.suppression import K
from app.moderator.synthesis import Synthesis
from app.moderator.tables import CrossTable

FORMATS = {".pdf": "pdf", ".csv": "csv", ".json": "json"}
SUPPRESSED = f"< {K}"


def output_format(path: Path) -> str:
    try:
        return FORMATS[Path(path).suffix.lower()]
    except KeyError:
        raise ValidationError("out", "moderator.output_format") from None


def write_synthesis(synthesis: Synthesis, path: Path) -> str:
    """Write `synthesis` to `path` in the format its suffix names; returns the format."""
    fmt = output_format(path)
    with open_output(Path(path)) as output:
        if fmt == "pdf":
            from app.moderator.pdf import render_synthesis_pdf  # reportlab only when a PDF is asked for

            render_synthesis_pdf(synthesis, output)
        elif fmt == "csv":
            output.write(csv_text(synthesis).encode("utf-8-sig"))
        else:
            output.write(
                (json.dumps(synthesis_document(synthesis), ensure_ascii=False, indent=2) + "\n").encode()
            )
    return fmt


def refused_rows(synthesis: Synthesis) -> list[tuple[str, str, str]]:
    """(file relative to the folder, reason code, French reason) for every refused file."""
    rows = []
    for refused in synthesis.refused:
        try:
            name = str(refused.path.relative_to(synthesis.folder))
        except ValueError:
            name = refused.path.name
        rows.append((name, refused.refusal.name.lower(), refused.reason))
    return rows


def synthesis_document(synthesis: Synthesis) -> dict[str, Any]:
    overview = synthesis.overview
    return {
        "format": "relais-cdp-synthesis",
        "version": 1,
        "made_on": synthesis.made_on.isoformat(),
        "k": K,
        "overview": {name: getattr(overview, name) for name in overview.__dataclass_fields__},
        "refused": [
            {"file": name, "reason": code, "text": text} for name, code, text in refused_rows(synthesis)
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
        "four_points": [vars(row) for row in synthesis.four_points],
    }


def csv_text(synthesis: Synthesis) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(("tableau", "ligne", "colonne", "valeur"))
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
    for name, _, text in refused_rows(synthesis):
        writer.writerow(("fichiers_refuses", name, "raison", text))
    return buffer.getvalue()


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
