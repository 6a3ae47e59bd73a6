"""The desk timer: kept in the register across a lock or a restart, stopped into a time entry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app import clock
from app.services import Services
from tests.ui.conftest import add_situation
from ui.time.timer import StopTimerDialog, TimerWidget

START = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def now(monkeypatch):
    """The clock the timer reads, moved by the test (no waiting)."""
    current = {"now": START}
    monkeypatch.setattr(clock, "now", lambda: current["now"])
    return current


def make_timer(qtbot, services) -> TimerWidget:
    widget = TimerWidget(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_running_timer_survives_a_lock_and_a_restart(qtbot, services, register, now):
    situation_id = add_situation(services, "Odette", "Exemple")
    widget = make_timer(qtbot, services)
    assert widget.button.text() == "Start the timer" and not widget.is_running()
    with qtbot.waitSignal(widget.running_changed):
        widget.start(situation_id=situation_id)
    assert services.time.load_timer().started_at == START

    widget.set_services(None)  # locked
    assert not widget.isEnabled() and widget.elapsed.text() == ""

    now["now"] = START + timedelta(minutes=12, seconds=5)
    widget.set_services(Services.for_register(register))  # unlocked: new services, same register
    assert widget.isEnabled() and widget.is_running()
    assert widget.state().started_at == START and widget.state().situation_id == situation_id
    assert widget.elapsed.text() == "0:12:05"
    assert widget.button.text() == "Stop the timer"

    restarted = make_timer(qtbot, Services.for_register(register))  # a new window after a restart
    assert restarted.is_running() and restarted.state().started_at == START


def test_stopping_logs_the_time_for_the_chosen_task_and_situation(qtbot, services, now):
    situation_id = add_situation(services, "Odette", "Exemple")
    code = services.situations.get(situation_id).code
    widget = make_timer(qtbot, services)
    widget.start()
    now["now"] = START + timedelta(minutes=25, seconds=20)
    dialog = widget.stop()
    assert dialog.duration.text() == "25 min"
    assert dialog.task.itemData(0) == "rassembler_infos"  # desk work: invisible tasks first
    dialog.task.set_task("mails_documents")
    dialog.situation.setEditText(code)
    dialog.duration.setText("30")
    with qtbot.waitSignal(widget.logged) as logged:
        qtbot.keyClick(dialog.duration, Qt.Key.Key_Return)  # Enter in the duration saves

    assert dialog.outcome == StopTimerDialog.SAVED
    entries = services.time.for_situation(situation_id).entries
    assert [(entry.task, entry.minutes) for entry in entries] == [("mails_documents", 30)]
    assert [entry.id for entry in logged.args[0]] == [entries[0].id]
    assert services.time.load_timer() is None and not widget.is_running()


def test_a_bad_duration_is_refused_and_the_timer_keeps_running(qtbot, services, now):
    widget = make_timer(qtbot, services)
    widget.start()
    now["now"] = START + timedelta(hours=26)  # forgotten overnight
    dialog = widget.stop()
    assert dialog.duration.text() == "26 h"
    dialog.save()
    assert dialog.isVisible() and "More than 24 h" in dialog.error.text()
    assert services.time.between(START.date() - timedelta(days=400), clock.today()).entries == ()

    dialog.reject()  # "Keep running"
    assert widget.is_running() and services.time.load_timer() is not None


def test_discarding_drops_the_timer_without_an_entry(qtbot, services, now):
    widget = make_timer(qtbot, services)
    widget.start()
    widget.stop().discard_button.click()
    assert not widget.is_running() and services.time.load_timer() is None
    assert services.time.totals(START.date() - timedelta(days=400), clock.today()).total == 0


def test_locking_closes_an_open_stop_dialog(qtbot, services, now):
    widget = make_timer(qtbot, services)
    widget.start()
    dialog = widget.stop()
    widget.set_services(None)
    assert not dialog.isVisible() and widget.stop_dialog is None
    assert services.time.load_timer() is not None  # still running for the next unlock
