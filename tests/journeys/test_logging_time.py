"""Logging a visit from wherever the referent is: the register, an open situation, the "To contact" list, the
desk timer. The common case (a visit and two invisible tasks, next check-in in a week) fits in 11 keys."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app import clock
from app.time_entries import TimeEntryData
from tests.journeys.conftest import ALT, CTRL, SHIFT, active_dialog
from tests.ui.conftest import wait_for_writes
from ui.shell.main_window import FOLLOWUPS_PAGE, REGISTER_PAGE
from ui.time.quick_log import QuickLogDialog
from ui.time.quick_log_rows import task_is_invisible
from ui.time.timer import StopTimerDialog

KEY_BUDGET = 11  # issue 12: the common case from the register, an open situation or the "To contact" list


@pytest.fixture(autouse=True)
def habits(services, filled):
    """A history that makes the home visit, then two invisible tasks, the most used."""
    yesterday = clock.today() - timedelta(days=1)
    history = ["visite_domicile"] * 3 + ["mail_mg"] * 3 + ["identifier_ressources"] * 2
    services.time.log([TimeEntryData(task, 20, yesterday, filled["jan"]) for task in history])


def log_the_common_case(qtbot, keys) -> None:
    """Ctrl+T, 45 ⏎ 10 ⏎ 15, Alt+W (next check-in in a week), Ctrl+⏎: eleven presses."""
    keys.press(Qt.Key.Key_T, CTRL)
    dialog = active_dialog(qtbot, QuickLogDialog)
    keys.type("45")
    keys.press(Qt.Key.Key_Return)
    keys.type("10")
    keys.press(Qt.Key.Key_Return)
    keys.type("15")
    keys.press(Qt.Key.Key_W, ALT)
    keys.settle(lambda: dialog.next_checkin.date() is not None)  # a mnemonic animates its click
    keys.press(Qt.Key.Key_Return, CTRL)
    keys.settle(lambda: not dialog.isVisible(), timeout=10_000)


def assert_common_case_saved(services, situation_id: int) -> None:
    entries = [entry for entry in services.time.for_situation(situation_id).entries
               if entry.worked_on == clock.today()]
    assert sorted(entry.minutes for entry in entries) == [10, 15, 45]
    invisible = [entry for entry in entries if task_is_invisible(entry.task)]
    assert sorted(entry.minutes for entry in invisible) == [10, 15]
    assert services.situations.get(situation_id).next_checkin == clock.today() + timedelta(days=7)


def test_from_the_register_with_a_row_selected(qtbot, window, services, filled, keys):
    window.show_page(REGISTER_PAGE)
    window.register_view.select_id(filled["marc"])
    log_the_common_case(qtbot, keys)
    wait_for_writes(qtbot, services)
    assert keys.presses <= KEY_BUDGET
    assert_common_case_saved(services, filled["marc"])


def open_with_keys(qtbot, window, keys, situation_id: int):
    """Select the row, Enter: the situation opens in a tab in front."""
    window.register_view.select_id(situation_id)
    window.register_view.table.setFocus()
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: window.current_situation_id() == situation_id)
    return window.tabs.currentWidget()


def test_from_an_open_situation(qtbot, window, services, filled, keys):
    open_with_keys(qtbot, window, keys, filled["fatima"])
    window.register_view.select_id(filled["marc"])  # a row selected behind the tab does not count
    presses_before = keys.presses
    log_the_common_case(qtbot, keys)
    wait_for_writes(qtbot, services)
    assert keys.presses - presses_before <= KEY_BUDGET
    assert_common_case_saved(services, filled["fatima"])
    assert not services.time.for_situation(filled["marc"]).entries


def test_from_the_to_contact_list(qtbot, window, services, filled, keys):
    keys.press(Qt.Key.Key_2, CTRL)
    page = window.followups_page
    keys.settle(lambda: window.tabs.currentIndex() == FOLLOWUPS_PAGE and page.items())
    row = next(row for row, item in enumerate(page.items()) if item.situation_id == filled["eloise"])
    page.select_row(row)
    presses_before = keys.presses
    log_the_common_case(qtbot, keys)
    wait_for_writes(qtbot, services)
    assert keys.presses - presses_before <= KEY_BUDGET
    assert_common_case_saved(services, filled["eloise"])


def test_stopping_the_desk_timer_proposes_the_selected_situation(qtbot, window, services, filled, keys):
    window.register_view.select_id(filled["marc"])
    window.register_view.table.setFocus()
    keys.press(Qt.Key.Key_T, CTRL | SHIFT)  # start
    keys.settle(lambda: window.timer.is_running())
    keys.press(Qt.Key.Key_T, CTRL | SHIFT)  # stop: what was it for?
    dialog = active_dialog(qtbot, StopTimerDialog)
    keys.press(Qt.Key.Key_U, ALT)  # D&uration
    keys.type("20")
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: not dialog.isVisible() and not window.timer.is_running(), timeout=10_000)
    entries = services.time.for_situation(filled["marc"]).entries
    assert [entry.minutes for entry in entries] == [20]
    assert services.time.load_timer() is None


def test_escape_on_a_half_filled_log_asks_before_discarding(qtbot, window, services, filled, keys,
                                                            monkeypatch):
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *_a, **_k: (asked.append(text), answers.pop(0))[1])
    window.register_view.select_id(filled["marc"])
    keys.press(Qt.Key.Key_T, CTRL)
    dialog = active_dialog(qtbot, QuickLogDialog)
    keys.type("45")
    keys.press(Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()  # "Cancel": the typing is kept
    assert dialog.rows.rows[0].duration.text() == "45"
    keys.press(Qt.Key.Key_Escape)
    keys.settle(lambda: not dialog.isVisible())
    assert len(asked) == 2
    assert not services.time.for_situation(filled["marc"]).entries


def test_quick_log_then_saving_the_open_situation_keeps_both(qtbot, window, services, filled, keys):
    editor = open_with_keys(qtbot, window, keys, filled["fatima"])
    keys.press(Qt.Key.Key_2, ALT)  # the Situation tab
    narrative = editor.situation_form.narrative
    narrative.setFocus()
    narrative.moveCursor(narrative.textCursor().MoveOperation.End)
    keys.type(" Visite faite.")
    log_the_common_case(qtbot, keys)
    wait_for_writes(qtbot, services)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    narrative.setFocus()
    keys.press(Qt.Key.Key_S, CTRL)
    wait_for_writes(qtbot, services)
    keys.settle(lambda: not editor.is_dirty())
    assert services.situations.get(filled["fatima"]).narrative.endswith("Visite faite.")
    assert_common_case_saved(services, filled["fatima"])


def test_the_reason_under_situation_is_shown_whole(qtbot, window, services, keys):
    window.register_view.table.clearSelection()
    window.register_view.table.setFocus()
    keys.press(Qt.Key.Key_T, CTRL)
    dialog = active_dialog(qtbot, QuickLogDialog)
    assert QApplication.focusWidget() in (dialog.picker, dialog.picker.lineEdit())  # nothing preselected
    keys.type("nobody at all")
    keys.press(Qt.Key.Key_Return, CTRL)
    label = dialog.situation_error
    keys.settle(label.isVisible)
    assert label.height() >= label.heightForWidth(label.width())
    assert label.geometry().bottom() < dialog.rows.geometry().top()  # not under the lines either
    dialog.reject()
