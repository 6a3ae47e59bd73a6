"""The SQLCipher engine: raw 256-bit key, safe pragmas, integrity checks, and no key in any repr.

We build connections ourselves (SQLAlchemy `creator`) rather than use the stock `sqlite+pysqlcipher` dialect,
which sends an empty key when the URL has no password (refused by SQLCipher ≥ 4.5.5) and would put the key in
the URL. The key lives only in a bytearray held by `KeyHolder`, wiped on `dispose_engine`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import event
from sqlalchemy.engine import Engine, create_engine
from sqlalchemy.pool import QueuePool

from storage.errors import RegisterDamagedError, WrongSecretError
from storage.text import fold

log = logging.getLogger(__name__)

CACHE_KIB = 64 * 1024


class KeyHolder:
    """Holds the data key for the life of one engine; `wipe()` overwrites it in place."""

    __slots__ = ("_key",)

    def __init__(self, key: bytes) -> None:
        self._key = bytearray(key)

    def pragma(self) -> str:
        if not any(self._key):
            raise WrongSecretError("register.locked")
        return f"PRAGMA key = \"x'{self._key.hex()}'\""

    def wipe(self) -> None:
        for index in range(len(self._key)):
            self._key[index] = 0

    def __repr__(self) -> str:
        return "KeyHolder(<masqué>)"


def sqlite_uri(path: Path, *, create: bool) -> str:
    """A `file:` URI: `mode=rw` on an existing register so that a wrong path never creates a file."""
    mode = "rwc" if create else "rw"
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def raw_connection(path: Path, key: KeyHolder, *, create: bool = False) -> sqlcipher.Connection:
    """One keyed DB-API connection with Relais's pragmas (used by the engine and by maintenance code)."""
    try:
        conn = sqlcipher.connect(sqlite_uri(path, create=create), uri=True, check_same_thread=False)
    except sqlcipher.OperationalError:
        raise FileNotFoundError(path.name) from None
    try:
        _apply_pragmas(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def _apply_pragmas(conn: sqlcipher.Connection, key: KeyHolder) -> None:
    cursor = conn.cursor()
    cursor.execute(key.pragma())
    cursor.execute("PRAGMA cipher_log_level = NONE")
    try:
        cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        # The key was already checked against keyslots.json, so this means the file itself is damaged.
        raise RegisterDamagedError("header_decryption", "first_page_unreadable") from None
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.close()
    conn.create_function("relais_fold", 1, fold, deterministic=True)


def check_integrity(conn: sqlcipher.Connection, *, thorough: bool = False) -> None:
    """Raise RegisterDamagedError naming the check that failed; reads only, never writes.

    On open, `cipher_integrity_check` (the HMAC of every page: any flipped byte) is enough and costs ~0.2 s on
    the large demo register; `relais verify` adds SQLite's own `integrity_check` and the foreign-key check.
    """
    try:
        problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if problems:
            raise RegisterDamagedError("cipher_integrity_check", str(problems[0][0]))
        if not thorough:
            return
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if [row[0] for row in result] != ["ok"]:
            raise RegisterDamagedError("integrity_check", str(result[0][0]))
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            raise RegisterDamagedError("foreign_key_check", "orphan_references")
    except sqlcipher.DatabaseError as exc:
        raise RegisterDamagedError("page_read", type(exc).__name__) from None


def build_engine(path: Path, key: KeyHolder, *, create: bool = False) -> Engine:
    """A pooled SQLAlchemy engine whose every connection is keyed and configured."""
    engine = create_engine(
        f"sqlite+pysqlite:///{path.name}",  # only for repr: connections come from `creator`
        module=sqlcipher,
        creator=lambda: raw_connection(path, key, create=create),
        poolclass=QueuePool,
        hide_parameters=True,  # SQL errors must never echo personal data
        pool_size=2,
        max_overflow=2,
    )
    _install_transaction_hooks(engine)
    return engine


def _install_transaction_hooks(engine: Engine) -> None:
    """pysqlite's implicit transactions: make BEGIN explicit so SAVEPOINTs and atomic imports work."""

    @event.listens_for(engine, "connect")
    def _no_implicit_transactions(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN")


def dispose_engine(engine: Engine, key: KeyHolder) -> None:
    """Close every pooled connection and wipe the key (used on lock and close)."""
    engine.dispose()
    key.wipe()
