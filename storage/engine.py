"""The SQLCipher engine: raw 256-bit key, safe pragmas, integrity checks, and no key in any repr.

We build connections ourselves (SQLAlchemy `creator`) rather than use the stock `sqlite+pysqlcipher` dialect,
which sends an empty key when the URL has no password (refused by SQLCipher ≥ 4.5.5) and would put the key in
the URL. The key lives only in a bytearray held by `KeyHolder`, wiped on `dispose_engine`.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar
from pathlib import Path
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import event
from sqlalchemy.engine import Engine, create_engine
from sqlalchemy.pool import QueuePool

from storage.errors import RegisterDamagedError, WrongSecretError
from storage.sqlite_errors import coded
from storage.text import fold

log = logging.getLogger(__name__)

CACHE_KIB = 64 * 1024
# Each page's HMAC (issue 14). SHA-256: the processors Relais runs on compute it in hardware (SHA extensions),
# SHA-512 in software, which made reading a page 2.4x plain SQLite's cost; both are 256-bit-secure MACs over
# AES-256 pages. Registers written before v7 (SQLCipher 4's default, SHA-512) still open — see
# `raw_connection` — and are rewritten once when opened writable (storage/page_format.py).
PAGE_HMAC = "HMAC_SHA256"
LEGACY_PAGE_HMAC = "HMAC_SHA512"
BUSY_TIMEOUT_MS = 5000  # another process holding the write lock: wait this long, then "register in use"
# Set by `Register.reading()`: a transaction that only reads starts deferred and never waits for a writer.
READING_ONLY: ContextVar[bool] = ContextVar("relais_reading_only", default=False)


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


def sqlite_uri(path: Path, *, create: bool, read_only: bool = False) -> str:
    """A `file:` URI: `mode=rw` on an existing register so that a wrong path never creates a file.

    Read-only media: `mode=ro`, and `immutable=1` when no -wal is left (SQLite could not create the -shm a
    WAL database otherwise needs; with nothing in a -wal, the file alone is the whole register).
    """
    if read_only:
        immutable = "" if path.with_name(path.name + "-wal").exists() else "&immutable=1"
        return f"file:{quote(str(path.resolve()))}?mode=ro{immutable}"
    mode = "rwc" if create else "rw"
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def raw_connection(path: Path, key: KeyHolder, *, create: bool = False,
                   read_only: bool = False) -> sqlcipher.Connection:
    """One keyed DB-API connection with Relais's pragmas (used by the engine and by maintenance code).

    Pages checked with HMAC-SHA256; a file whose first page does not check so is tried once more as written
    before v7 (HMAC-SHA512): the key was checked against keyslots.json already, so a file that fails both
    is damaged, and says so as before."""
    try:
        return _keyed_connection(path, key, create=create, read_only=read_only, page_hmac=PAGE_HMAC)
    except RegisterDamagedError:
        if create:
            raise
        return _keyed_connection(path, key, create=False, read_only=read_only, page_hmac=LEGACY_PAGE_HMAC)


def page_hmac(conn: sqlcipher.Connection) -> str:
    """The HMAC of this connection's pages: PAGE_HMAC, or LEGACY_PAGE_HMAC for a file written before v7."""
    return str(conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0])


def _keyed_connection(path: Path, key: KeyHolder, *, create: bool, read_only: bool,
                      page_hmac: str) -> sqlcipher.Connection:
    if not create and not path.exists():
        raise FileNotFoundError(path.name)
    try:
        conn = sqlcipher.connect(sqlite_uri(path, create=create, read_only=read_only), uri=True,
                                 check_same_thread=False)
    except sqlcipher.DatabaseError as exc:
        raise coded(exc, "open") from None
    try:
        _apply_pragmas(conn, key, read_only=read_only, page_hmac=page_hmac)
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise coded(exc, "pragmas") from None
    except BaseException:
        conn.close()
        raise
    return conn


def _apply_pragmas(conn: sqlcipher.Connection, key: KeyHolder, *, read_only: bool, page_hmac: str) -> None:
    cursor = conn.cursor()
    cursor.execute("PRAGMA cipher_log_level = NONE")  # before the key: a wrong key writes nothing on stderr
    # The process-wide default is what files written by `VACUUM INTO` (backups, snapshots) get.
    cursor.execute(f"PRAGMA cipher_default_hmac_algorithm = {PAGE_HMAC}")
    cursor.execute(key.pragma())
    cursor.execute(f"PRAGMA cipher_hmac_algorithm = {page_hmac}")
    cursor.execute("PRAGMA cipher_log_level = NONE")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        # The key was already checked against keyslots.json: NOTADB/CORRUPT mean the file is damaged; a full
        # disk, a read-only folder or a lock held elsewhere get their own error (storage/sqlite_errors.py).
        raise coded(exc, "header_decryption") from None
    if not read_only:  # (mode=ro refuses writes; query_only would also refuse the VACUUM INTO of a backup)
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
        raise coded(exc, "page_read") from None


def table_row_counts(conn: sqlcipher.Connection) -> dict[str, int]:
    """Rows per table (SQLite's own tables excluded): backups and restores compare them with the source."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def compare_row_counts(conn: sqlcipher.Connection, expected: dict[str, int]) -> None:
    """RegisterDamagedError naming the first table whose rows differ from `expected` (missing = 0)."""
    found = table_row_counts(conn)
    for table in sorted(set(found) | set(expected)):
        if found.get(table, 0) != expected.get(table, 0):
            raise RegisterDamagedError("row_counts", table=table, expected=expected.get(table, 0),
                                       found=found.get(table, 0))


def build_engine(path: Path, key: KeyHolder, *, create: bool = False, read_only: bool = False) -> Engine:
    """A pooled SQLAlchemy engine whose every connection is keyed and configured."""
    engine = create_engine(
        f"sqlite+pysqlite:///{path.name}",  # only for repr: connections come from `creator`
        module=sqlcipher,
        creator=lambda: raw_connection(path, key, create=create, read_only=read_only),
        poolclass=QueuePool,
        hide_parameters=True,  # SQL errors must never echo personal data
        pool_size=2,
        max_overflow=2,
    )
    _install_transaction_hooks(engine, "BEGIN" if read_only else "BEGIN IMMEDIATE")
    return engine


def _install_transaction_hooks(engine: Engine, begin: str) -> None:
    """pysqlite's implicit transactions: make BEGIN explicit so SAVEPOINTs and atomic imports work.

    IMMEDIATE takes the write lock at the start (waiting up to the busy timeout): two processes then give
    "register in use" rather than a deferred transaction failing half-way with SQLITE_BUSY.
    """

    @event.listens_for(engine, "connect")
    def _no_implicit_transactions(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN" if READING_ONLY.get() else begin)


def dispose_engine(engine: Engine, key: KeyHolder) -> None:
    """Close every pooled connection and wipe the key (used on lock and close)."""
    engine.dispose()
    key.wipe()
