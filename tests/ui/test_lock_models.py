"""After a lock every item model under the window holds no rows of the register (issue 13).

The walk covers every QAbstractItemModel under the main window after Ctrl+L, with every tool page and a
situation open beforehand. The only rows allowed to stay are lists of the installed vocabulary (the register
view's filter combos): the same for every register, and checked item by item to be nothing else.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from app.vocab import vocabularies
from ui.shell.main_window import MainWindow
from ui.shell.tool_pages import PAGES


@pytest.fixture
def window(qtbot, services, preferences, filled) -> MainWindow:
    window = MainWindow(services, preferences, language="fr")
    qtbot.addWidget(window)
    window.show()
    return window


def _only_vocabulary(model: QAbstractItemModel) -> bool:
    """Every row is a vocabulary term (its id as user data), bar an "All …" row without data."""
    term_ids = {term.id for vocabulary in vocabularies().values() for term in vocabulary}
    data = [model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]
    return data[0] is None and all(value in term_ids for value in data[1:])


def models_with_rows(window: MainWindow) -> list[str]:
    return [
        f"{type(model).__name__} of {type(model.parent()).__name__}: {model.rowCount(QModelIndex())} rows"
        for model in window.findChildren(QAbstractItemModel)
        if model.rowCount(QModelIndex()) and not _only_vocabulary(model)
    ]


def test_ctrl_l_leaves_no_model_with_register_rows(qtbot, window, filled):
    window.open_situation(next(iter(filled.values())))
    for name in PAGES:
        window.tool_pages.open(name)
    assert len(models_with_rows(window)) > 3  # the walk sees the register's rows before locking
    window.activateWindow()
    qtbot.keyClick(window.register_view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    assert models_with_rows(window) == []
