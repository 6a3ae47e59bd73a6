"""One process per register: the window and the command line take the same lock, so they never race.

The lock file lives in the system's temporary folder (not in the register folder, whose content is the
storage layer's business), named after a hash of the register's resolved path. It is held with an OS
advisory lock (flock on POSIX, msvcrt.locking on Windows) on an open descriptor: the OS drops it when the
process ends, however it ends, so a crash never leaves a stale lock and no PID needs checking.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from storage.errors import RegisterError


class RegisterInUseError(RegisterError):
    """Another Relais (window or command) has this register open."""

    code = "register.in_use"


def lock_path(folder: Path) -> Path:
    import hashlib  # OpenSSL's loading is not on the way to the unlock window (issue 14)

    digest = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:20]
    return Path(tempfile.gettempdir()) / f"relais-{digest}.lock"


class RegisterLock:
    """Held while a register is open; a second holder, in this process or another, is refused."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = lock_path(self.folder)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """True when this holder now has the register (or already had it)."""
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError:  # a link or another user's file planted at the name: never followed nor shared
            return False
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            _unlock(fd)
            os.close(fd)


@contextlib.contextmanager
def holding(folder: Path) -> Iterator[RegisterLock]:
    """The register's lock for the block, or RegisterInUseError at once (never a wait)."""
    lock = RegisterLock(folder)
    if not lock.acquire():
        raise RegisterInUseError(folder=Path(folder).name)
    try:
        yield lock
    finally:
        lock.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
