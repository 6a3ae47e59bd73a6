"""Small widget factories shared by the situation tabs and the register-wide pages.

No tr() here: the callers translate their texts in their own context and pass them in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QTableView, QTableWidget, QWidget


def push_button(parent: QWidget, name: str, text: str, slot: Callable[..., Any]) -> QPushButton:
    """A push button with an object name (for tests and style), its clicks connected to `slot`."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


def buddy_label(parent: QWidget, text: str, buddy: QWidget, *, bold: bool = True) -> QLabel:
    """A label (bold by default) whose mnemonic moves the focus to `buddy`."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    if bold:
        label.setStyleSheet("font-weight: bold;")
    return label


def select_row_with_id(table: QTableWidget, row_ids: Iterable[int], wanted: int | None) -> None:
    """Select the row whose id (in table order) is `wanted`; clear the selection when none is."""
    row = next((row for row, row_id in enumerate(row_ids) if row_id == wanted), None)
    if row is None:
        table.clearSelection()
    else:
        table.selectRow(row)


def row_table(parent: QWidget, name: str, accessible: str, model: QAbstractItemModel, *,
              several: bool = False) -> QTableView:
    """A read-only list of records: whole rows selected, no grid tabbing, no row numbers, no wrapping."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = QAbstractItemView.SelectionMode
    table.setSelectionMode(mode.ExtendedSelection if several else mode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table
