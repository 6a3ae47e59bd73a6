"""Alt+letter in the dialogs a person opens from the buttons of an open situation, and in conversation mode.

tests/journeys/test_mnemonics.py walks the pages and the dialogs of the menus; this walks what their buttons
open: each enabled button of each tab of an open situation is pressed, and every window it opens (a dialog,
a message box, the conversation mode's full screen) must not give one letter to two widgets. The standard
file, input and message-box functions answer "cancel" at once and exec() only shows: nothing waits for a
person, and nothing a button asks to confirm is confirmed.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)

from tests.journeys.mnemonics import menu_clashes, shared
from ui.common import i18n
from ui.shell.main_window import MainWindow


@pytest.fixture
def answered_at_once(monkeypatch) -> list[QWidget]:
    """What opens is recorded and shown, never waited for; every question is answered "cancel"."""
    opened: list[QWidget] = []

    def shown(dialog, *_args):
        opened.append(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(QDialog, "exec", shown)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown(box) or QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QMenu, "exec", lambda menu, *_args: opened.append(menu))
    cancel = QMessageBox.StandardButton.Cancel
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *_a, **_k: cancel))
    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *_a, **_k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: ""))
    for name in ("getText", "getItem", "getInt", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(lambda *_a, **_k: ("", False)))
    return opened


def _buttons(tab: QWidget) -> list[QAbstractButton]:
    return [button for button in tab.findChildren(QAbstractButton)
            if button.isVisible() and button.isEnabled() and not button.isCheckable()
            and not isinstance(button.parentWidget(), QTabBar) and button.text().strip()]


def _new_windows(before: set[int], opened: list[QWidget]) -> list[QWidget]:
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]
    return [*{id(w): w for w in [*opened, *windows]}.values()]


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()


def _problems_of(where: str, widget: QWidget) -> list[str]:
    if isinstance(widget, QMenu):
        return [f"{where}: Alt+{key} → {texts}" for key, texts in menu_clashes(widget).items()]
    return [f"{where}: Alt+{key} → {texts}" for key, texts in shared(widget).items()]


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_dialogs_opened_by_the_buttons_of_a_situation_share_no_letter(language, qtbot, qapp, services,
                                                                      preferences, filled, answered_at_once):
    i18n.install_translations(language, qapp)
    window = MainWindow(services, preferences, language=language)
    qtbot.addWidget(window)
    window.resize(1180, 720)
    window.show()
    qtbot.waitExposed(window)
    editor = window.open_situation(filled["eloise"])
    problems: list[str] = []
    pressed = 0

    def press(button: QAbstractButton, where: str) -> None:
        nonlocal pressed
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        answered_at_once.clear()
        text = button.text()
        button.click()
        pressed += 1
        qtbot.wait(30)
        for opened in _new_windows(before, answered_at_once):
            problems.extend(_problems_of(f"{language} {where} › {text}", opened))
            _close(opened)

    in_tabs = set(map(id, editor.tabs.findChildren(QAbstractButton)))
    header = [b for b in _buttons(editor) if id(b) not in in_tabs and b.objectName() != "close_editor_button"]
    for button in header:  # the documents menu (save and undo wait for an edit)
        press(button, "header")
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        for button in _buttons(editor.tabs.currentWidget()):
            press(button, editor.tabs.tabText(index))
            editor.tabs.setCurrentIndex(index)  # a button may have moved to another tab
    assert pressed >= 10, "the walk pressed too few buttons to mean anything"
    assert not problems, "\n".join(problems)
