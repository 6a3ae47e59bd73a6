"""One running Relais per register: a second window on the same register is told so, instead of racing it.

The lock itself is app.register_lock.RegisterLock, Qt-free, so that the command line takes the very same
lock: a window and a `relais import` never write to one register at once.
"""

from __future__ import annotations

from app.register_lock import RegisterLock, lock_path

__all__ = ["RegisterGuard", "lock_path"]


class RegisterGuard(RegisterLock):
    """Held while a register is open (and while it is locked in this window)."""
