"""Lock Relais when the desktop session locks or the machine is about to sleep (issue 13).

`SessionLockWatcher.session_locking` fires when the operating system says the session is being locked or
suspended; the main window connects it to `request_lock`, which locks at once (well within the 1 s
promised), closing any open dialog first.

Backends, chosen by platform:

- Linux (and other freedesktop desktops), through QtDBus: `ActiveChanged(true)` of
  org.freedesktop.ScreenSaver and org.gnome.ScreenSaver on the session bus (the screen locker starts), and
  `PrepareForSleep(true)` of org.freedesktop.login1.Manager on the system bus (suspend or hibernate). The
  signals are matched by interface and path whatever their sender: a fake signal can only lock Relais,
  never unlock it. A missing bus (a bare X session, a container) leaves the idle timeout as the only lock.
- Windows: WTS_SESSION_LOCK (WTSRegisterSessionNotification on the window, WM_WTSSESSION_CHANGE in
  nativeEvent) and PBT_APMSUSPEND (WM_POWERBROADCAST). Not implemented yet: `WindowsBackend` is the place.
- macOS: the `com.apple.screenIsLocked` distributed notification and NSWorkspaceWillSleepNotification
  (through PyObjC). Not implemented yet: `MacBackend` is the place.

Until those two exist, Relais relies there on its idle timeout, as it says in docs/security.md.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal, Slot

try:  # PySide6-Essentials ships QtDBus on Linux; elsewhere the module may be absent
    from PySide6.QtDBus import QDBusConnection
except ImportError:  # pragma: no cover - depends on the installed wheel
    QDBusConnection = None

SCREENSAVER_SIGNALS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE Plasma
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIN1 = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class SessionLockWatcher(QObject):
    """Emits `session_locking` when the screen locks or the machine is about to suspend."""

    session_locking = Signal()

    def __init__(self, parent: QObject | None = None, *, session_bus=None, system_bus=None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []  # what this platform's backend could subscribe to (for tests, logs)
        if sys.platform.startswith("linux") and QDBusConnection is not None:
            self._listen_dbus(session_bus, system_bus)
        # Windows and macOS: see the module docstring (WindowsBackend, MacBackend not implemented yet).

    def _listen_dbus(self, session_bus, system_bus) -> None:
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        if session.isConnected():
            for path, interface in SCREENSAVER_SIGNALS:
                slot = "1on_screensaver_active(bool)"  # Qt's SLOT() form
                if session.connect("", path, interface, "ActiveChanged", self, slot):
                    self.listening.append(f"{interface}.ActiveChanged")
        if system.isConnected():
            path, interface = LOGIN1
            if system.connect("", path, interface, "PrepareForSleep", self, "1on_prepare_for_sleep(bool)"):
                self.listening.append(f"{interface}.PrepareForSleep")

    @Slot(bool)
    def on_screensaver_active(self, active: bool) -> None:
        if active:
            self.session_locking.emit()

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:  # False is the resume: the window is already locked
            self.session_locking.emit()
