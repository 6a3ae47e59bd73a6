"""Explicit schema versions (PRAGMA user_version) and the migrations between them.

Version 1 is frozen in `schema_v1.sql` (the first released schema); the current schema is the SQLModel
metadata.
Before any migration a `VACUUM INTO` snapshot (encrypted with the same key) is written to `backups/`, and all
steps run in one transaction: a failed migration leaves the register as it was.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from datetime import datetime
from importlib import resources
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from storage.atomic import fsync_folder
from storage.derived import LAST_CONTACT_FILL, LAST_CONTACT_TRIGGERS
from storage.engine import PAGE_HMAC, page_hmac
from storage.errors import RegisterDamagedError, SchemaTooNewError

CURRENT_VERSION = 7


def _v1_to_v2(conn: sqlcipher.Connection) -> None:
    """v2: settings that belong to the register itself (e.g. the card deck in use)."""
    conn.execute("CREATE TABLE appsetting (key VARCHAR NOT NULL, value VARCHAR NOT NULL, PRIMARY KEY (key))")


def _v2_to_v3(conn: sqlcipher.Connection) -> None:
    """v3: a covering index for the period figures (invisible-work report), read without the table."""
    conn.execute("CREATE INDEX ix_timeentry_period ON timeentry "
                 "(worked_on, task, situation_id, mobilisation_id, minutes)")


def _v3_to_v4(conn: sqlcipher.Connection) -> None:
    """v4: the person's consents to share with a named professional (handover sheet, issue 15)."""
    conn.execute(
        "CREATE TABLE sharingconsent (id INTEGER NOT NULL, situation_id INTEGER NOT NULL, "
        "network_member_id INTEGER, professional_name VARCHAR NOT NULL, professional_role VARCHAR NOT NULL, "
        "scope VARCHAR NOT NULL, recorded_on DATE NOT NULL, withdrawn_on DATE, PRIMARY KEY (id), "
        "FOREIGN KEY(situation_id) REFERENCES situation (id) ON DELETE CASCADE, "
        "FOREIGN KEY(network_member_id) REFERENCES networkmember (id) ON DELETE SET NULL)"
    )
    conn.execute("CREATE INDEX ix_sharingconsent_situation_id ON sharingconsent (situation_id)")
    conn.execute("CREATE INDEX ix_sharingconsent_network_member_id ON sharingconsent (network_member_id)")


def _v4_to_v5(conn: sqlcipher.Connection) -> None:
    """v5 (issue 14): the situation's last contact kept by triggers; covering indexes for the register's rows
    and filters and for the invisible-work report's parts (each read in the order of its groups, no sort).
    SQLCipher decrypts and checks every page it reads: an index holding every column a query needs spares
    the wide table pages (narratives, notes)."""
    conn.execute("ALTER TABLE situation ADD COLUMN last_contact DATE")
    conn.execute(LAST_CONTACT_FILL)
    for trigger in LAST_CONTACT_TRIGGERS:
        conn.execute(trigger)
    conn.execute("DROP INDEX ix_timeentry_situation_date")
    for statement in V5_INDEXES:
        conn.execute(statement)


V5_INDEXES = (
    "CREATE INDEX ix_situation_register ON situation (person_id, status, code, next_checkin, last_contact)",
    "CREATE INDEX ix_situationvulnerability_covering ON situationvulnerability (vulnerability, situation_id)",
    "CREATE INDEX ix_situationpathology_covering ON situationpathology (pathology, situation_id)",
    "CREATE INDEX ix_timeentry_situation_date ON timeentry (situation_id, worked_on, task, minutes)",
    "CREATE INDEX ix_timeentry_mobilisation_period ON timeentry (mobilisation_id, worked_on, minutes) "
    "WHERE mobilisation_id IS NOT NULL",
)


def _v5_to_v6(conn: sqlcipher.Connection) -> None:
    """v6 (issue 14): the invisible-work report's outcomes read each mobilisation's status and situation from
    a narrow index (~110 pages on the large demo register) instead of its wide rows (~810 pages, notes and
    reasons included): a year touches half of the mobilisations, scattered over nearly every table page."""
    conn.execute(V6_INDEX)


V6_INDEX = "CREATE INDEX ix_mobilisation_outcome ON mobilisation (id, status, situation_id)"


def _v6_to_v7(conn: sqlcipher.Connection) -> None:
    """v7 (issue 14): pages checked with HMAC-SHA256. Nothing changes in the schema: the file is rewritten
    after the migration, the snapshot taken (Register._open, storage/page_format.py); the version number
    sends every older register through that path once."""

MIGRATIONS: dict[int, Callable[[sqlcipher.Connection], None]] = {
    1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6, 6: _v6_to_v7,
}


def schema_version(conn: sqlcipher.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def v1_schema_sql() -> str:
    return (resources.files("storage") / "schema_v1.sql").read_text(encoding="utf-8")


def migrate(conn: sqlcipher.Connection, backups_dir: Path) -> Path | None:
    """Bring an existing database to CURRENT_VERSION; return the snapshot path if one was taken."""
    version = schema_version(conn)
    if version == CURRENT_VERSION:
        return None
    if version > CURRENT_VERSION:
        raise SchemaTooNewError("register.schema_too_new")
    if version < 1:
        raise RegisterDamagedError("schema_version", f"unknown_version_{version}")
    snapshot = snapshot_before_migration(conn, backups_dir, version)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in range(version, CURRENT_VERSION):
            MIGRATIONS[step](conn)
        conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if page_hmac(conn) == PAGE_HMAC:  # an older file is rewritten next (storage/page_format.py), packed too
        _pack(conn)
    return snapshot


def _pack(conn: sqlcipher.Connection) -> None:
    """Rewrite the migrated register with full pages (VACUUM; the snapshot is taken, the migration committed).

    Indexes filled by years of inserts in random key order keep pages half empty; SQLCipher decrypts and
    checks every page a query reads, so packing them spared ~5 % of the pages and of the cold queries' cost
    on the large demo register (issue 14). Best effort: a full disk leaves the register as migrated."""
    try:
        conn.execute("VACUUM")
    except sqlcipher.DatabaseError:
        return


def snapshot_before_migration(conn: sqlcipher.Connection, backups_dir: Path, version: int) -> Path:
    """Written under a temporary name, 0600, then renamed: a crash never leaves a half snapshot that
    looks complete."""
    backups_dir.mkdir(exist_ok=True, mode=0o700)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"avant-migration-v{version}-{stamp}.db"
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        conn.execute("VACUUM INTO ?", (str(partial),))
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    fsync_folder(backups_dir)
    return target
