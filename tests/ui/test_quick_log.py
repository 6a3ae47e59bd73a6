"""The quick log after a visit: keyboard only, the reason in the bad line, all or nothing saved."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import clock
from app.time_entries import TimeEntryData
from tests.ui.conftest import add_situation, show_active, wait_for_writes
from ui.time.quick_log import QuickLogDialog

COMMON_CASE_KEY_PRESSES = 10


class Keyboard:
    """Sends key presses to whatever has the focus, and counts them (a chord such as Ctrl+Enter is one)."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.presses = qtbot, 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        self.presses += 1

    def type(self, text: str) -> None:
        for character in text:
            self.press(character)


def open_dialog(qtbot, services, situation_id) -> QuickLogDialog:
    return show_active(qtbot, QuickLogDialog(services, situation_id))


@pytest.fixture
def habits(services):
    """A history that makes the home visit, then the GP mail and the CPAS calls, the most used tasks."""
    other = add_situation(services, "Autre", "Personne")
    yesterday = clock.today() - timedelta(days=1)
    history = ["visite_domicile"] * 3 + ["mail_mg"] * 3 + ["identifier_ressources"] * 2 + ["ecouter"]
    services.time.log([TimeEntryData(task, 20, yesterday, other) for task in history])
    return add_situation(services, "Odette", "Exemple")


def test_common_case_takes_ten_key_presses(qtbot, services, habits):
    dialog = open_dialog(qtbot, services, habits)
    keys = Keyboard(qtbot)
    keys.type("45")
    keys.press(Qt.Key.Key_Return)
    keys.type("10")
    keys.press(Qt.Key.Key_Return)
    keys.type("15")
    keys.press(Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # next check-in in one week
    # A mnemonic "animates" its button's click: wait for it, as a human's next key press would.
    qtbot.waitUntil(lambda: dialog.next_checkin.date() is not None)
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)

    assert keys.presses == COMMON_CASE_KEY_PRESSES
    assert dialog.result() == QuickLogDialog.DialogCode.Accepted
    saved = services.time.for_situation(habits)
    assert [(entry.task, entry.minutes) for entry in reversed(saved.entries)] == [
        ("visite_domicile", 45), ("mail_mg", 10), ("identifier_ressources", 15),
    ]  # fmt: skip
    assert all(entry.worked_on == clock.today() for entry in saved.entries)
    assert (saved.totals.total, saved.totals.invisible) == (70, 25)
    assert services.situations.get(habits).next_checkin == clock.today() + timedelta(days=7)
    assert dialog.summary_text() == "Time saved: 3 lines, 1 h 10."


def test_tasks_are_ordered_by_use_and_found_by_typing(qtbot, services, habits):
    dialog = open_dialog(qtbot, services, habits)
    combo = dialog.rows.rows[0].task
    assert [combo.itemData(i) for i in range(3)] == ["visite_domicile", "mail_mg", "identifier_ressources"]
    keys = Keyboard(qtbot)
    keys.type("1h30")
    keys.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the task of the line
    keys.type("interpre")  # any part of the label, accents ignored
    keys.press(Qt.Key.Key_Tab)
    assert dialog.rows.rows[0].task.task_id() == "interprete"
    assert dialog.rows.rows[0].preview.text() == "= 1 h 30"
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)

    saved = services.time.for_situation(habits).entries
    assert [(entry.task, entry.minutes) for entry in saved] == [("interprete", 90)]


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("abc", "Unreadable duration: “abc”."),
        ("0", "A duration of zero minutes cannot be saved."),
        ("-20", "A duration cannot be negative."),
        ("25h", "More than 24 h on one line"),
        ("1,5", "“1,5”: give the unit"),
    ],
)
def test_a_bad_line_says_why_and_nothing_is_saved(qtbot, services, habits, typed, reason):
    dialog = open_dialog(qtbot, services, habits)
    keys = Keyboard(qtbot)
    keys.type("45")
    keys.press(Qt.Key.Key_Return)
    keys.type(typed)
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    good, bad = dialog.rows.rows
    assert dialog.isVisible()
    assert bad.error.isVisible() and reason in bad.error.text()
    assert not good.error.isVisible()
    assert QApplication.focusWidget() is bad.duration
    assert services.time.for_situation(habits).entries == ()

    bad.duration.setText("20 min")
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    assert [entry.minutes for entry in services.time.for_situation(habits).entries] == [20, 45]


def test_unknown_task_and_future_checkin_rules(qtbot, services, habits):
    dialog = open_dialog(qtbot, services, habits)
    row = dialog.rows.rows[0]
    row.task.setEditText("zzz")
    row.duration.setText("30")
    dialog.save()
    wait_for_writes(qtbot, services)
    assert row.error.text() == "Choose a task from the list."
    assert services.time.for_situation(habits).entries == ()


def test_without_situation_the_picker_finds_a_pseudonym_or_a_name(qtbot, services, habits):
    code = services.situations.get(habits).code
    dialog = open_dialog(qtbot, services, None)
    assert QApplication.focusWidget() is dialog.picker
    keys = Keyboard(qtbot)
    keys.type("odet")
    assert dialog.situation_id() == habits
    dialog.picker.setEditText(code.lower())
    assert dialog.situation_id() == habits
    dialog.picker.setEditText("Personne inconnue")
    dialog.rows.rows[0].duration.setText("30")
    dialog.save()
    wait_for_writes(qtbot, services)
    assert dialog.situation_error.isVisible()
    assert services.time.for_situation(habits).entries == ()

    dialog.picker.setEditText("")  # no situation: a CdP session, a training
    dialog.rows.rows[0].task.set_task("cdp_preparation")
    dialog.save()
    wait_for_writes(qtbot, services)
    assert not dialog.isVisible()
    logged = services.time.between(clock.today(), clock.today()).entries
    assert [(entry.task, entry.situation_id) for entry in logged] == [("cdp_preparation", None)]


def test_blank_lines_are_skipped_and_the_note_goes_with_the_first_line(qtbot, services, habits):
    dialog = open_dialog(qtbot, services, habits)
    keys = Keyboard(qtbot)
    keys.type("30")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)  # an empty last line: on to the next check-in
    assert QApplication.focusWidget() is dialog.next_checkin.check
    dialog.note.setText("Visite avec la fille")
    dialog.save()
    wait_for_writes(qtbot, services)
    entries = services.time.for_situation(habits).entries
    assert [(entry.minutes, entry.note) for entry in entries] == [(30, "Visite avec la fille")]
