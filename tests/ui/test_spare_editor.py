"""The spare situation editor (ui.situation.spare_editor): built ahead with no data, used by the next opening,
thrown
away at lock and rebuilt for the new services after unlocking."""

from __future__ import annotations

import pytest

from tests.ui.test_lock import unlock
from ui.shell.main_window import MainWindow
from ui.situation.editor import SituationEditor


@pytest.fixture
def window(qtbot, services, preferences, filled) -> MainWindow:
    window = MainWindow(services, preferences, language="fr")
    qtbot.addWidget(window)
    window.show()
    return window


def _spare(window: MainWindow) -> SituationEditor:
    return window.spare_editor._editor


def test_the_spare_holds_no_data_and_opening_fills_it(qtbot, window, filled):
    qtbot.waitUntil(lambda: window.spare_editor.ready, timeout=10_000)
    spare = _spare(window)
    assert spare.person_id is None and spare.situation_form.narrative.toPlainText() == ""
    editor = window.open_situation(filled["marc"])
    assert editor is spare
    assert editor.situation_form.narrative.toPlainText() == "Sa fille passe le dimanche."
    assert editor.person_id is not None and not editor.is_dirty()
    assert window.tabs.currentWidget() is editor
    qtbot.waitUntil(lambda: window.spare_editor.ready, timeout=10_000)  # the next one is built
    assert _spare(window) is not editor


def test_a_new_situation_from_the_spare_asks_for_the_person(qtbot, window):
    qtbot.waitUntil(lambda: window.spare_editor.ready, timeout=10_000)
    editor = window.new_situation()
    assert editor.picker.isVisibleTo(editor) and editor.person_id is None
    assert not editor.is_dirty()


def test_a_stale_situation_opens_nothing_and_says_so(qtbot, window, filled):
    qtbot.waitUntil(lambda: window.spare_editor.ready, timeout=10_000)
    missing = max(filled.values()) + 1000
    assert window.open_situation(missing) is None
    assert window.open_editors == []
    assert window.statusBar().currentMessage() != ""


def test_lock_throws_the_spare_away_and_unlock_builds_one_for_the_new_register(qtbot, window):
    qtbot.waitUntil(lambda: window.spare_editor.ready, timeout=10_000)
    old_services = window.services
    window.lock()
    assert not window.spare_editor.ready and window.spare_editor._services is None
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.spare_editor.ready, timeout=10_000)
    assert _spare(window).services is window.services is not old_services
