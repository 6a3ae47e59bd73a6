"""One running Relais per register: a second window on the same register is told so, instead of racing it;
and one window per user: a second plain start asks the running Relais to come forward (a local socket).

The lock itself is app.register_lock.RegisterLock, Qt-free, so that the command line takes the very same
lock: a window and a `relais import` never write to one register at once.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Signal

from app.register_lock import RegisterLock, lock_path

__all__ = ["InstanceServer", "RegisterGuard", "ask_running_instance_to_raise", "lock_path"]


class RegisterGuard(RegisterLock):
    """Held while a register is open (and while it is locked in this window)."""


# -- one window per user: a second plain `relais` brings the running one forward -------------------------
RAISE_MESSAGE = b"raise\n"


def instance_server_name() -> str:
    """A local-socket name per user account (Qt places it in the temporary folder or the pipe namespace)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    import hashlib

    digest = hashlib.sha256(f"relais:{user}".encode()).hexdigest()[:16]
    return f"relais-window-{digest}"


def ask_running_instance_to_raise(name: str | None = None, timeout_ms: int = 500) -> bool:
    """True when a running Relais answered and was asked to bring its window forward."""
    from PySide6.QtNetwork import QLocalSocket  # QtNetwork loads after the unlock window shows (issue 14)

    socket = QLocalSocket()
    socket.connectToServer(name or instance_server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE_MESSAGE)
    delivered = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return delivered


class InstanceServer(QObject):
    """Listens, in the running Relais, for the "raise" message of a second start."""

    raise_requested = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or instance_server_name()
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket left by a crashed Relais (nobody answers on it) is removed first."""
        if self._server.listen(self.name):
            return True
        if ask_running_instance_to_raise(self.name, timeout_ms=200):
            return False  # a live instance owns the name
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        # the message follows the connection at once: a short blocking read keeps this free of callbacks
        while (socket := self._server.nextPendingConnection()) is not None:
            arrived = socket.bytesAvailable() > 0 or socket.waitForReadyRead(500)
            if arrived and RAISE_MESSAGE.strip() in bytes(socket.readAll().data()):
                self.raise_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()
