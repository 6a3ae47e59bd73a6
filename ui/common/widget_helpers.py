"""Small widget factories shared by the situation tabs and the register-wide pages.

No tr() here: the callers translate their texts in their own context and pass them in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QWidget,
)

FOCUS_CHAIN_LIMIT = 500  # widgets looked at before giving up (a chain is a ring; this is only a guard)


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


def focus_first_field(container: QWidget) -> None:
    """Put the keyboard on the first field of `container` (its focus proxy if it has one), so that what a
    person types lands there; nothing changes when the focus is already inside it."""
    focused = QApplication.focusWidget()
    if focused is not None and (focused is container or container.isAncestorOf(focused)):
        return
    if container.focusProxy() is not None:
        container.setFocus(Qt.FocusReason.TabFocusReason)
        return
    chain = _focus_chain(container)
    # a field first (a status button may come before it in the chain); a page of buttons gets its first
    first = next((w for w in chain if not isinstance(w, QAbstractButton)), chain[0] if chain else None)
    if first is not None:
        first.setFocus(Qt.FocusReason.TabFocusReason)


def _focus_chain(container: QWidget) -> list[QWidget]:
    chain, widget = [], container.nextInFocusChain()
    for _step in range(FOCUS_CHAIN_LIMIT):
        if widget is None or widget is container:
            break
        if container.isAncestorOf(widget) and _takes_keys(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _takes_keys(widget: QWidget) -> bool:
    # a scroll area only holds the page: its first field is the one wanted
    return (widget.isVisible() and widget.isEnabled() and not isinstance(widget, QScrollArea)
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))
