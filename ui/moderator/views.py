"""The moderator page's read-only tables: files read and refused, ranked lists, two-way tables.

Counts come already suppressed from app.moderator (None for 1…4), shown as « < 5 ». Labels inside the tables
are the bundles' own (French vocabulary labels); headers and reasons are translated here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.moderator.reading import Refusal
from app.moderator.suppression import K
from app.moderator.tables import CrossTable

translate = QCoreApplication.translate


def refusal_text(refusal: Refusal, detail: str = "") -> str:
    """Why a file was refused; a duplicate names the file it repeats (its detail)."""
    if refusal is Refusal.DUPLICATE and detail:
        text = translate("Moderator", "the same bundle as “%1”, already read (counted once)")
        return text.replace("%1", detail)
    return {
        Refusal.UNREADABLE: translate("Moderator", "the file cannot be read"),
        Refusal.TOO_LARGE: translate("Moderator", "the file is too large for a Relais bundle"),
        Refusal.TRUNCATED: translate("Moderator", "the file is truncated (incomplete JSON)"),
        Refusal.NOT_JSON: translate("Moderator", "not a JSON file"),
        Refusal.NOT_A_BUNDLE: translate("Moderator", "not a Relais bundle (CdP or invisible work)"),
        Refusal.UNKNOWN_VERSION: translate("Moderator", "a bundle version this Relais does not know"),
        Refusal.INVALID: translate("Moderator", "does not follow the bundle's schema"),
        Refusal.PERSONAL_DATA: translate("Moderator", "holds what looks like personal data"),
        Refusal.DUPLICATE: translate("Moderator", "the same bundle as a file already read (counted once)"),
    }[refusal]


def count_text(value: int | None) -> str:
    return f"< {K}" if value is None else f"{value:,}".replace(",", "\u202f")


def read_only_table(name: str, parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    return table


def fill_rows(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Text in the first column, numbers (right-aligned) after it."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if c and _numeric(str(value)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if headers:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def fill_cross(table: QTableWidget, cross: CrossTable | None, total: str) -> None:
    """A two-way table with its totals row and column."""
    if cross is None or cross.empty:
        fill_rows(table, [], [])
        return
    grid = cross.grid
    rows = [
        [label, *map(count_text, cells), count_text(row_total)]
        for label, cells, row_total in zip(cross.row_labels, grid.rows, grid.row_totals, strict=True)
    ]
    rows.append([total, *map(count_text, grid.column_totals), count_text(grid.total)])
    fill_rows(table, ["", *cross.column_labels, total], rows)


def _numeric(text: str) -> bool:
    """A count or a number of hours ("12 h", Dutch "12 u"): aligned right."""
    bare = text.replace("\u202f", "").replace(" h", "").replace(" u", "").replace(" ", "")
    return text.startswith("<") or bare.isdigit()
