"""A follow-up reminder with a note from an open situation: Ctrl+R, the note, Enter — then it is in the
register and in the "To contact" list on its day (issue 12: nothing in the window called the follow-ups)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from app import clock
from app.followups import FOLLOWUP
from tests.journeys.conftest import CTRL, active_dialog
from tests.journeys.test_logging_time import open_with_keys
from tests.ui.conftest import wait_for_writes
from ui.shell.main_window import FOLLOWUPS_PAGE
from ui.situation.reminder import ReminderDialog


def test_ctrl_r_in_a_situation_sets_a_reminder_with_its_note(qtbot, window, services, filled, keys):
    open_with_keys(qtbot, window, keys, filled["fatima"])
    keys.press(Qt.Key.Key_R, CTRL)
    dialog = active_dialog(qtbot, ReminderDialog)
    keys.type("Rappeler le CPAS")
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: not dialog.isVisible(), timeout=10_000)
    wait_for_writes(qtbot, services)

    week = clock.today() + timedelta(days=7)
    reminders = [item for item in services.followups.due(week) if item.source == FOLLOWUP]
    assert [(r.situation_id, r.due_on, r.note) for r in reminders] == [(filled["fatima"], week,
                                                                         "Rappeler le CPAS")]
    window.activateWindow()  # the offscreen platform does not hand the keyboard back by itself
    qtbot.waitUntil(window.isActiveWindow)
    keys.press(Qt.Key.Key_2, CTRL)  # the "To contact" list, a week ahead by default
    keys.settle(lambda: window.tabs.currentIndex() == FOLLOWUPS_PAGE)
    keys.settle(lambda: any(item.note == "Rappeler le CPAS" for item in window.followups_page.items()))


def test_a_reminder_cannot_be_set_in_the_past(qtbot, window, services, filled, keys):
    open_with_keys(qtbot, window, keys, filled["marc"])
    keys.press(Qt.Key.Key_R, CTRL)
    dialog = active_dialog(qtbot, ReminderDialog)
    dialog.due.setDate(dialog.due.minimumDate().addDays(-3))  # the field refuses a day before today
    assert dialog.chosen()[0] == clock.today()
    keys.press(Qt.Key.Key_Escape)
    keys.settle(lambda: not dialog.isVisible())
    month = services.followups.due(clock.today() + timedelta(days=30))
    assert [item for item in month if item.source == FOLLOWUP] == []


def test_ctrl_r_from_the_register_uses_the_selected_row(qtbot, window, services, filled, keys):
    window.register_view.select_id(filled["eloise"])
    window.register_view.table.setFocus()
    keys.press(Qt.Key.Key_R, CTRL)
    dialog = active_dialog(qtbot, ReminderDialog)
    keys.press(Qt.Key.Key_Return)  # no note: the date alone is a reminder
    keys.settle(lambda: not dialog.isVisible(), timeout=10_000)
    wait_for_writes(qtbot, services)
    reminders = [i for i in services.followups.due(clock.today() + timedelta(days=7)) if i.source == FOLLOWUP]
    assert [(r.situation_id, r.note) for r in reminders] == [(filled["eloise"], "")]
