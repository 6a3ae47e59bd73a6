"""Focus: every page and dialog, reached with its keys, has the keyboard on its first field, so that what a
person types next lands there (not on a button, not nowhere)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLineEdit, QScrollArea, QWidget

from tests.journeys.conftest import ALT, CTRL, SHIFT

PAGES = [  # (keys, modifier, tool page name or None for the fixed pages)
    (Qt.Key.Key_2, CTRL, None), (Qt.Key.Key_3, CTRL, "resources"), (Qt.Key.Key_4, CTRL, "time"),
    (Qt.Key.Key_5, CTRL, "cdp"), (Qt.Key.Key_I, CTRL | SHIFT, "invisible_work"),
]
DIALOGS = [(Qt.Key.Key_T, CTRL), (Qt.Key.Key_Comma, CTRL), (Qt.Key.Key_P, CTRL | SHIFT)]


def _has_the_keyboard(container) -> bool:
    """The focus is inside `container`, on a field when it shows one (a page of buttons: on a button)."""
    focused = QApplication.focusWidget()
    if focused is None or not container.isAncestorOf(focused):
        return False
    fields = [w for w in container.findChildren(QWidget) if w.isVisible() and w.isEnabled()
              and w.focusPolicy() & Qt.FocusPolicy.TabFocus
              and not isinstance(w, (QAbstractButton, QScrollArea))]
    return not isinstance(focused, QAbstractButton) or not fields


@pytest.mark.parametrize(("key", "modifier", "name"), PAGES)
def test_a_page_reached_with_its_keys_has_the_keyboard(qtbot, window, keys, key, modifier, name):
    window.register_view.table.setFocus()
    keys.press(key, modifier)
    page = window.followups_page if name is None else window.tool_pages.page(name)
    keys.settle(lambda: page is not None and window.tabs.currentWidget() is page)
    keys.settle(lambda: _has_the_keyboard(page))


def test_an_opened_situation_and_each_of_its_tabs_have_the_keyboard(qtbot, window, filled, keys):
    window.register_view.select_id(filled["fatima"])
    window.register_view.table.setFocus()
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: window.current_situation_id() == filled["fatima"])
    editor = window.tabs.currentWidget()
    keys.settle(lambda: _has_the_keyboard(editor.tabs.currentWidget()))
    for number in range(1, 8):  # Alt+1 … Alt+7
        keys.press(getattr(Qt.Key, f"Key_{number}"), ALT)
        keys.settle(lambda n=number: editor.tabs.currentIndex() == n - 1)
        keys.settle(lambda: _has_the_keyboard(editor.tabs.currentWidget()))
    keys.press(Qt.Key.Key_1, ALT)  # the Person tab: typing lands in its first field
    keys.settle(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    field = QApplication.focusWidget()
    before = field.text()
    keys.type("x")
    assert field.text() != before


@pytest.mark.parametrize(("key", "modifier"), DIALOGS)
def test_a_dialog_opened_from_the_menus_has_the_keyboard(qtbot, window, keys, key, modifier):
    window.register_view.table.setFocus()
    keys.press(key, modifier)
    keys.settle(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    keys.settle(lambda: _has_the_keyboard(dialog))
    dialog.reject()
