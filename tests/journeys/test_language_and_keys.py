"""Language and keys: Qt's own dialogs speak the referent's language, F1 lists every shortcut, Ctrl+W is on
the menu, the situation's tabs have mnemonics of their own, counts read as plurals."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt

from tests.journeys.conftest import ALT, CTRL
from ui.common import i18n
from ui.shell import actions as window_actions

MNEMONIC = re.compile(r"&(\w)")


@pytest.mark.parametrize(("language", "look_in"), [("fr", "Voir dans\u00a0:"), ("nl", "Zoeken in:")])
def test_qt_dialogs_speak_the_language(qapp, monkeypatch, language, look_in):
    i18n.install_translations(language, qapp)
    assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in
    # a frozen build may report a translations path that does not exist: the PySide6 package still has them
    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: "/nonexistent")
    i18n.install_translations(language, qapp)
    assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in


def test_f1_lists_the_shortcuts_of_the_pages_too(window):
    keys = {keys for _text, keys in window_actions.shortcut_rows(window)}
    for expected in ("Ctrl+S", "Ctrl+W", "Ctrl+E", "Ctrl+Return", "Ctrl+T", "F1"):
        assert expected in keys, expected


def test_ctrl_w_on_the_menu_closes_the_open_situation(qtbot, window, filled, keys):
    assert window.actions_["close_tab"].shortcut().toString() == "Ctrl+W"
    window.register_view.select_id(filled["marc"])
    window.register_view.table.setFocus()
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: window.current_situation_id() == filled["marc"])
    keys.press(Qt.Key.Key_W, CTRL)
    keys.settle(lambda: window.open_editors == [])


def visible_mnemonics(window, editor) -> dict[str, list[str]]:
    """Letter → the texts that carry it: menus, the editor's tabs, its visible buttons and labelled fields."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [action.text() for action in window.menuBar().actions()]
    texts += [editor.tabs.tabText(index) for index in range(editor.tabs.count())]
    texts += [widget.text() for widget in editor.findChildren(QAbstractButton) if widget.isVisible()]
    texts += [label.text() for label in editor.findChildren(QLabel) if label.isVisible() and label.buddy()]
    found: dict[str, list[str]] = {}
    for text in texts:
        match = MNEMONIC.search(text.replace("&&", ""))
        if match:
            found.setdefault(match.group(1).lower(), []).append(text)
    return found


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_alt_d_reaches_the_dialogue_tab_and_tab_mnemonics_are_unique(qtbot, qapp, window, filled, keys,
                                                                     language):
    i18n.install_translations(language, qapp)
    editor = window.open_situation(filled["fatima"])
    tab_letters = [MNEMONIC.search(editor.tabs.tabText(index)).group(1).lower() for index in range(4)]
    for page in range(3):  # on the Person, Situation and Network pages, each tab letter reaches its tab only
        editor.tabs.setCurrentIndex(page)
        found = visible_mnemonics(window, editor)
        for letter in tab_letters:
            assert len(found[letter]) == 1, (page, found[letter])
    editor.tabs.setCurrentIndex(1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys.press(getattr(Qt.Key, f"Key_{tab_letters[3].upper()}"), ALT)
    keys.settle(lambda: editor.tabs.currentIndex() == 3)
