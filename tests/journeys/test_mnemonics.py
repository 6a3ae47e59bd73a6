"""Alt+letter in every page and dialog: no two widgets of one window share a letter, in each language.

The main window is walked page by page (the register, the to-contact list, each tab of an open situation,
its Situation tab on watch and closed, each tool page: the menu bar counts with each of them), then each
dialog the menus open, then the menus themselves; disabled buttons count (they are enabled once a row is
chosen). Problems are gathered and told together, so one run lists all that is left to fix.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from tests.journeys.mnemonics import menu_clashes, shared
from ui.common import i18n
from ui.shell.main_window import FOLLOWUPS_PAGE, REGISTER_PAGE, MainWindow

TOOL_PAGES = ("resources", "shortages", "time", "invisible_work", "cdp", "moderator", "export_log")
MENU_DIALOGS = ("quick_log", "export_calendar", "priority_overview", "preferences")


@pytest.fixture(params=["fr", "nl", "en"])
def walked(request, qtbot, qapp, services, preferences, filled):
    i18n.install_translations(request.param, qapp)
    window = MainWindow(services, preferences, language=request.param)
    qtbot.addWidget(window)
    window.resize(1180, 720)
    window.show()
    qtbot.waitExposed(window)
    return request.param, window, qtbot


def _settle(qtbot) -> None:
    qtbot.wait(20)  # pages built on show (the dialogue tabs) lay out in the next loop


def _page_problems(window, qtbot, language) -> list[str]:
    problems: list[str] = []

    def look(where: str, top) -> None:
        _settle(qtbot)
        problems.extend(f"{language} {where}: Alt+{key} → {texts}" for key, texts in shared(top).items())

    for page, name in ((REGISTER_PAGE, "register"), (FOLLOWUPS_PAGE, "to contact")):
        window.show_page(page)
        look(name, window)
    situation_id = window.register_view.model.situation_id(0)
    editor = window.open_situation(situation_id)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        look(f"situation/{editor.tabs.tabText(index)}", window)
    # the status buttons of the Situation tab change with the status: Resume on watch, Reopen once closed
    situations = window.services.situations
    editor.tabs.setCurrentIndex(1)
    for status, change in (("on watch", situations.set_watch),
                           ("closed", lambda sid: situations.close(sid, "objectifs_atteints"))):
        editor.status_box.show_situation(change(situation_id))  # as the editor does after a status change
        look(f"situation/{status}", window)
    for name in TOOL_PAGES:
        window.open_tool_page(name)
        look(name, window)
    return problems


def _dialog_problems(window, qtbot, language, monkeypatch) -> list[str]:
    problems: list[str] = []
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(dialog) or dialog.show() or 0)
    for name in MENU_DIALOGS:
        opened.clear()
        window.show_page(REGISTER_PAGE)
        window.actions_[name].trigger()
        qtbot.waitUntil(lambda: bool(opened) or isinstance(QApplication.activeModalWidget(), QDialog))
        dialog = opened[0] if opened else QApplication.activeModalWidget()
        _settle(qtbot)
        problems.extend(f"{language} dialog {name}: Alt+{key} → {texts}"
                        for key, texts in shared(dialog).items())
        dialog.reject()
    return problems


def test_no_two_widgets_of_a_window_share_a_mnemonic(walked, monkeypatch):
    language, window, qtbot = walked
    problems = _page_problems(window, qtbot, language)
    problems += _dialog_problems(window, qtbot, language, monkeypatch)
    for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())):
        problems.extend(f"{language} menu {menu.title()}: Alt+{key} → {texts}"
                        for key, texts in menu_clashes(menu).items())
    assert not problems, "\n".join(problems)
