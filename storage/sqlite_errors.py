"""Tell damage from a disk or lock problem in an SQLite/SQLCipher error.

Only SQLITE_NOTADB (26) and SQLITE_CORRUPT (11) mean the file is damaged. A full disk, a read-only folder, a
file that cannot be opened, an input/output error or a lock held by another program each get their own coded
error: reporting them as damage would invite a restore over intact data.
"""

from __future__ import annotations

from storage.errors import RegisterDamagedError, RegisterError, RegisterInUseError, RegisterStorageError

SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_CANTOPEN, SQLITE_FULL, SQLITE_NOTADB = 11, 14, 13, 26

# The fallback when the driver does not expose `sqlite_errorcode`: SQLite's own fixed English messages.
_MESSAGES = (
    ("file is not a database", SQLITE_NOTADB),
    ("malformed", SQLITE_CORRUPT),
    ("database or disk is full", SQLITE_FULL),
    ("readonly database", SQLITE_READONLY),
    ("unable to open database", SQLITE_CANTOPEN),
    ("disk i/o error", SQLITE_IOERR),
    ("database is locked", SQLITE_BUSY),
    ("database table is locked", SQLITE_LOCKED),
)

_STORAGE_CODES = {
    SQLITE_FULL: "register.disk_full",
    SQLITE_READONLY: "register.read_only",
    SQLITE_CANTOPEN: "register.cannot_open",
    SQLITE_IOERR: "register.io_error",
}


def primary_code(error: BaseException) -> int | None:
    """The primary SQLite result code of a driver exception (extended codes reduced to their low byte)."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    message = str(error).lower()
    return next((value for text, value in _MESSAGES if text in message), None)


def coded(error: BaseException, check: str) -> RegisterError:
    """The coded error for a driver exception met during `check` (a name for logs, never data)."""
    code = primary_code(error)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return RegisterInUseError("register.in_use")
    if code in _STORAGE_CODES:
        return RegisterStorageError(_STORAGE_CODES[code], check=check)
    if code in (SQLITE_NOTADB, SQLITE_CORRUPT):
        return RegisterDamagedError(check, getattr(error, "sqlite_errorname", "") or f"code_{code}")
    return RegisterStorageError("register.io_error", check=check)


def is_damage(error: BaseException) -> bool:
    return primary_code(error) in (SQLITE_NOTADB, SQLITE_CORRUPT)
