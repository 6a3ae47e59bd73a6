"""The window locks when the desktop session locks or the machine is about to sleep (issue 13).

The D-Bus test starts a private bus (dbus-daemon) and emits the real signals on it with dbus-send, as the
screen locker and logind do; it skips where dbus-daemon is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest
from PySide6.QtDBus import QDBusConnection

from ui.shell.main_window import MainWindow
from ui.shell.session_lock import SessionLockWatcher


@pytest.fixture
def window(qtbot, services, preferences, filled) -> MainWindow:
    window = MainWindow(services, preferences, language="fr")
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def private_bus():
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        pytest.skip("dbus-daemon and dbus-send are needed for a private test bus")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    address = daemon.stdout.readline().strip()
    bus = QDBusConnection.connectToBus(address, f"relais-test-{daemon.pid}")
    yield address, bus
    QDBusConnection.disconnectFromBus(f"relais-test-{daemon.pid}")
    daemon.kill()
    daemon.wait()


def _emit(address: str, path: str, member: str, value: bool) -> None:
    subprocess.run(
        ["dbus-send", f"--bus={address}", "--type=signal", path, member, f"boolean:{str(value).lower()}"],
        check=True, timeout=10,
    )


@pytest.mark.parametrize(
    "path, member",
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged"),
        ("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep"),
    ],
)
def test_a_real_dbus_signal_locks_the_window_within_a_second(qtbot, window, private_bus, path, member):
    address, bus = private_bus
    watcher = SessionLockWatcher(window, session_bus=bus, system_bus=bus)
    watcher.session_locking.connect(window.request_lock)
    _emit(address, path, member, False)  # the screen unlocks, or the machine resumes: nothing happens
    qtbot.wait(100)
    assert not window.is_locked
    started = time.monotonic()
    _emit(address, path, member, True)
    qtbot.waitUntil(lambda: window.is_locked, timeout=1000)
    assert time.monotonic() - started < 1.0
    assert window.register_view.model.rowCount() == 0


def test_the_window_listens_to_its_own_watcher(qtbot, window):
    window.session_watch.on_prepare_for_sleep(True)  # what the D-Bus signal calls
    qtbot.waitUntil(lambda: window.is_locked, timeout=1000)


def test_without_a_bus_nothing_is_listened_to_and_nothing_breaks(qapp):
    unconnected = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "relais-test-none")
    assert SessionLockWatcher(None, session_bus=unconnected, system_bus=unconnected).listening == []
    QDBusConnection.disconnectFromBus("relais-test-none")
