"""A register written before v7 (pages checked with HMAC-SHA512) rewritten once with HMAC-SHA256 (issue 14).

Both open (storage/engine.py tries the older format when the current one does not check), but every page read
from the older format costs more. So when such a register is opened writable, its pages are copied by
`VACUUM INTO` (files written that way get the current format: `cipher_default_hmac_algorithm`) to a private
temporary file beside it, the copy is checked — every page's HMAC, and each table's rows against the
original's — and only then takes the original's name (an atomic rename on the same file system: a crash
leaves one or the other, whole). Anything unusual — a full disk, a copy that does not check, a write-ahead
log left with pages in it — leaves the register as it was: it still opens, a little slower.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from storage.atomic import fsync_folder
from storage.engine import (
    LEGACY_PAGE_HMAC,
    PAGE_HMAC,
    KeyHolder,
    check_integrity,
    page_hmac,
    raw_connection,
    table_row_counts,
)
from storage.errors import RegisterError

log = logging.getLogger(__name__)


class _Unsound(Exception):
    """The copy is not the register in the current format: keep the original."""


def rewrite_if_legacy(db: Path, key: KeyHolder) -> bool:
    """Rewrite `db` in the current page format if it is in the older one; True when it was rewritten.

    Called when the register is opened writable and nothing else holds it (before its engine exists)."""
    try:
        conn = raw_connection(db, key)
    except RegisterError as error:  # the open before it succeeded: a full disk now, say; keep the format
        log.warning("page format: not rewritten (%s)", type(error).__name__)
        return False
    try:
        if page_hmac(conn) != LEGACY_PAGE_HMAC:
            return False
        expected = table_row_counts(conn)
        copy = db.with_name(f".{db.name}.{secrets.token_hex(4)}.tmp")
        try:  # (in the register's own 0700 folder; the copy is made 0600 before anything else)
            conn.execute("VACUUM INTO ?", (str(copy),))
        except (sqlcipher.DatabaseError, OSError):
            copy.unlink(missing_ok=True)
            log.warning("page format: the copy could not be written; the register keeps its older format")
            return False
    finally:
        conn.close()
    return _replace_if_sound(db, copy, key, expected)


def _replace_if_sound(db: Path, copy: Path, key: KeyHolder, expected: dict[str, int]) -> bool:
    try:
        os.chmod(copy, 0o600)
        checked = raw_connection(copy, key)
        try:
            if page_hmac(checked) != PAGE_HMAC:
                raise _Unsound("hmac")
            check_integrity(checked)
            if table_row_counts(checked) != expected:
                raise _Unsound("rows")
        finally:
            checked.close()
        _drop_own_sidecars(copy)
        if _has_pending_log(db):
            raise _Unsound("log")  # its pages would be replayed on the new file
        os.replace(copy, db)
    except (_Unsound, RegisterError, sqlcipher.DatabaseError, OSError) as error:
        log.warning("page format: the register keeps its older format (%s)", type(error).__name__)
        copy.unlink(missing_ok=True)
        _drop_own_sidecars(copy)
        return False
    fsync_folder(db.parent)
    return True


def _has_pending_log(db: Path) -> bool:
    wal = db.with_name(db.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _drop_own_sidecars(copy: Path) -> None:
    """The copy's own -wal/-shm (its check opened it): empty once its last connection closed."""
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            copy.with_name(copy.name + suffix).unlink()
