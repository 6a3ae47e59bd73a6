"""The backup line of the status bar and the daily automatic backup at unlock (issue 12): the date of the
last good backup, a warning when it is older than a week or missing, a failure said without blocking."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app import clock, daily_backup
from app.daily_backup import daily_backups, last_backup
from tests.ui.test_lock import unlock
from ui.shell.main_window import MainWindow

NOW = datetime(2026, 12, 5, 8, 30)


@pytest.fixture
def fixed_clock(monkeypatch):
    monkeypatch.setattr(clock, "local_now", lambda: NOW)
    return NOW


def _window(qtbot, services, preferences, **options) -> MainWindow:
    window = MainWindow(services, preferences, language="en", **options)
    qtbot.addWidget(window)
    window.resize(1180, 720)
    window.show()
    return window


def _line(window: MainWindow) -> str:
    return window.backup_status.label.text()


def test_no_backup_yet_is_a_warning(qtbot, services, preferences, fixed_clock):
    window = _window(qtbot, services, preferences)
    assert _line(window) == "No backup yet: back up now (Ctrl+Shift+S)"
    assert window.backup_status.stale


def test_the_first_unlock_of_the_day_backs_up_and_says_when(qtbot, services, preferences, fixed_clock):
    window = _window(qtbot, services, preferences, automatic_backups=True)
    qtbot.waitUntil(lambda: not window.backup_status.running, timeout=20_000)
    register = services.register
    assert len(daily_backups(register.backups_dir, register.register_id)) == 1
    assert last_backup(register).daily_on == NOW.date()
    assert _line(window) == "Last backup: 05/12/2026 08:30"
    assert not window.backup_status.stale
    window.lock()
    assert _line(window) == ""
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.services is not None and not window.backup_status.running, timeout=20_000)
    register = window.services.register
    assert len(daily_backups(register.backups_dir, register.register_id)) == 1  # not twice the same day


def test_a_backup_older_than_a_week_is_a_warning(qtbot, services, preferences, fixed_clock):
    daily_backup.record_backup(services.register, NOW - timedelta(days=9))
    window = _window(qtbot, services, preferences)
    assert _line(window) == "Last backup 9 days ago (26/11/2026 08:30): back up now (Ctrl+Shift+S)"
    assert window.backup_status.stale


def test_a_failed_daily_backup_says_why_and_the_window_stays_usable(qtbot, services, preferences,
                                                                     fixed_clock, tmp_path):
    blocked = tmp_path / "gone"
    blocked.write_text("a file, not a folder")
    preferences.backup_folder = blocked / "Relais"
    window = _window(qtbot, services, preferences, automatic_backups=True)
    qtbot.waitUntil(lambda: not window.backup_status.running, timeout=20_000)
    assert _line(window).startswith("Automatic backup failed: The backup folder “Relais” cannot be created")
    assert "No backup yet" in _line(window)
    assert window.isEnabled() and window.services is not None
    assert window.new_situation() is not None  # the work goes on


def test_opening_with_the_key_remembered_on_this_computer_backs_up_once_that_day(
        qtbot, register_dir, register, preferences, memory_keyring, fixed_clock):
    from app import registers
    from ui.shell.application import RelaisApplication

    registers.remember_on_this_computer(register)  # the real keyring API, an in-memory backend
    register.close()
    preferences.register_folder = register_dir
    for _opening in range(2):  # twice the same day: one daily backup
        relais = RelaisApplication(preferences, language="en")
        relais.start()
        qtbot.waitUntil(lambda relais=relais: relais.window is not None, timeout=20_000)
        window = relais.window
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda window=window: not window.backup_status.running, timeout=20_000)
        assert window.backup_status.label.text() == "Last backup: 05/12/2026 08:30"
        with qtbot.waitSignal(relais.finished):
            window.close()
    with registers.unlock_with_passphrase(register_dir, "correct horse battery staple") as reopened:
        assert len(daily_backups(reopened.backups_dir, reopened.register_id)) == 1
