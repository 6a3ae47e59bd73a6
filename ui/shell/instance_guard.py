"""One running Relais per register: a second window on the same register is told so, instead of racing it.

The lock file lives in the system's temporary folder (not in the register folder, whose content is the
storage layer's business), named after a hash of the register's resolved path. QLockFile removes a stale lock
left by a crashed process (its PID no longer runs).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile


def lock_path(folder: Path) -> Path:
    digest = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:20]
    return Path(QDir.tempPath()) / f"relais-{digest}.lock"


class RegisterGuard:
    """Held while a register is open (and while it is locked in this window)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._lock = QLockFile(str(lock_path(self.folder)))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age

    def acquire(self) -> bool:
        """True when this process now holds the register (or already did)."""
        return self._lock.isLocked() or self._lock.tryLock(0)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
