"""The tool pages (resources, shortages, time, invisible work, CdP sessions) open as tabs once, close, and
come back after a lock; the quick log (Ctrl+T) preselects the situation in front; the timer follows the lock.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_lock import unlock
from ui.shell.main_window import MainWindow
from ui.shell.tool_pages import PAGES


@pytest.fixture
def window(qtbot, services, preferences, filled) -> MainWindow:
    window = MainWindow(services, preferences, language="fr")
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("name", list(PAGES))
def test_each_tool_page_opens_once_and_closes(qtbot, window, name):
    page = window.open_tool_page(name)
    assert page is not None and window.tabs.currentWidget() is page
    assert window.open_tool_page(name) is page
    count = window.tabs.count()
    window.close_current_tab()
    assert window.tabs.count() == count - 1 and window.tool_pages.page(name) is None


def test_tool_pages_are_closed_by_the_lock_and_come_back(qtbot, window, register):
    window.open_tool_page("resources")
    time_page = window.open_tool_page("time")
    window.lock()
    assert window.tool_pages.names() == ()
    assert window.timer is not None and not window.timer.isEnabled()
    unlock(qtbot, window)
    assert window.tool_pages.names() == ("resources", "time")
    assert window.tabs.currentWidget() is window.tool_pages.page("time")
    assert window.tool_pages.page("time") is not time_page  # built again over the new services
    assert window.timer.isEnabled()


def test_view_menu_shortcuts_open_the_pages(qtbot, window):
    assert window.actions_["show_resources"].shortcut().toString() == "Ctrl+3"
    window.actions_["show_cdp"].trigger()
    assert window.tool_pages.current_name() == "cdp"


def test_ctrl_t_opens_the_quick_log_on_the_situation_in_front(qtbot, window, filled, monkeypatch):
    from ui.time import quick_log

    seen = []
    monkeypatch.setattr(quick_log.QuickLogDialog, "exec", lambda dialog: seen.append(dialog.situation_id()))
    window.open_situation(filled["eloise"])
    window.activateWindow()
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert seen == [filled["eloise"]]
    window.show_page(0)
    window.actions_["quick_log"].trigger()
    assert seen == [filled["eloise"], None]


def test_a_page_with_unsaved_changes_asks_before_closing(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.shell import tool_pages

    page = window.open_tool_page("resources")
    page.new_entry()
    page.form.fields["name"].setText("Épicerie sociale du Nord")
    page.form.dirty = True
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(tool_pages, "ask_unsaved", lambda _page: answers.pop(0))
    assert not window.close_tab(window.tabs.indexOf(page))
    assert window.tool_pages.page("resources") is page
    assert window.close_tab(window.tabs.indexOf(page))
    assert [r.name for r in window.services.resources.search("epicerie")] == ["Épicerie sociale du Nord"]


def test_the_lock_saves_a_valid_unsaved_cdp_session(qtbot, window):
    page = window.open_tool_page("cdp")
    page.new_session()
    page.form.group.setText("Groupe du jeudi")
    assert page.is_dirty()
    window.lock()
    unlock(qtbot, window)
    from app.cdp.sessions import CdpSessionService

    assert [s.group_name for s in CdpSessionService(window.services).list()] == ["Groupe du jeudi"]


def test_closing_a_situation_returns_to_the_page_it_was_opened_from(qtbot, window, filled):
    window.show_page(0)
    editor = window.open_situation(filled["eloise"])
    window.close_tab(window.tabs.indexOf(editor))
    assert window.tabs.currentWidget() is window.register_view
    page = window.open_tool_page("time")
    editor = window.open_situation(filled["marc"])
    window.close_tab(window.tabs.indexOf(editor))
    assert window.tabs.currentWidget() is page


@pytest.mark.parametrize("name", list(PAGES))
def test_closing_a_tool_page_while_its_work_runs_never_errors(qtbot, window, name):
    """A page closed while its figures are computed never receives the late result (50 times)."""
    from ui.common.workers import running_tasks

    for _ in range(50):
        page = window.open_tool_page(name)
        assert page is not None
        window.close_current_tab()
        assert window.tool_pages.page(name) is None
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=20000)
    qtbot.wait(0)  # deliveries and deferred deletions run; an error in a slot would fail the test here
