"""Migrations from a register of the first schema version (built from the frozen v1 DDL)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from storage.engine import KeyHolder, raw_connection
from storage.errors import SchemaTooNewError
from storage.keyslots import KeySlots
from storage.migrations import CURRENT_VERSION, v1_schema_sql
from storage.register import Register
from tests.conftest import PASSPHRASE
from tests.error_texts import raises_message


def _rebuild_as(register_dir, sql: str) -> None:
    """Replace the template's database with one built from `sql`, same key."""
    key_bytes = KeySlots.load(register_dir / "keyslots.json").unwrap("passphrase", PASSPHRASE)
    for name in ("register.db", "register.db-wal", "register.db-shm"):
        (register_dir / name).unlink(missing_ok=True)
    conn = raw_connection(register_dir / "register.db", KeyHolder(key_bytes), create=True)
    conn.executescript(sql)
    conn.close()


V1_ROWS = """
INSERT INTO person (id, first_name, last_name, address, postcode, commune, phone, email, languages, notes,
                    created_at, updated_at)
VALUES (1, 'Aïcha', 'Van den Broeck', '', '', '', '', '', '', '',
        '2024-01-01 10:00:00', '2024-01-01 10:00:00');
INSERT INTO situation (id, person_id, code, status, started_on, narrative, other_pathologies, consent_cdp,
                       created_at, updated_at)
VALUES (1, 1, 'S-V1V1', 'active', '2024-01-01', 'Récit v1', '', 1,
        '2024-01-01 10:00:00', '2024-01-01 10:00:00');
"""


def test_v1_register_is_migrated_after_a_snapshot(register_dir):
    _rebuild_as(register_dir, v1_schema_sql() + V1_ROWS)
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        with register.session() as session:
            assert session.execute(text("PRAGMA user_version")).scalar() == CURRENT_VERSION
            assert session.execute(text("SELECT code FROM situation")).scalar() == "S-V1V1"
            session.execute(text("INSERT INTO appsetting (key, value) VALUES ('deck', 'default')"))
        snapshots = list(register.backups_dir.glob("avant-migration-v1-*.db"))
        assert len(snapshots) == 1
        snapshot = register.connect_file(snapshots[0])
        assert snapshot.execute("PRAGMA user_version").fetchone()[0] == 1
        assert snapshot.execute("SELECT narrative FROM situation").fetchone()[0] == "Récit v1"
        snapshot.close()
    assert snapshots[0].read_bytes()[:16] != b"SQLite format 3\x00"


def test_current_register_is_not_snapshotted(register):
    assert list(register.backups_dir.glob("avant-migration-*")) == []


def test_newer_schema_is_refused(register_dir):
    _rebuild_as(register_dir, f"PRAGMA user_version = {CURRENT_VERSION + 1};")
    with raises_message(SchemaTooNewError, match="plus récente"):
        Register.open_with_passphrase(register_dir, PASSPHRASE)


def _schema_objects(session, kind: str) -> set[str]:
    rows = session.execute(text("SELECT name FROM sqlite_master WHERE type = :kind AND sql IS NOT NULL"),
                           {"kind": kind})
    return {row[0] for row in rows}


V4_TIME = """
INSERT INTO timeentry (id, worked_on, minutes, task, situation_id, note)
VALUES (1, '2024-02-01', 30, 'visite', 1, ''), (2, '2024-03-05', 20, 'visite', 1, '');
"""


def test_v5_keeps_the_last_contact_and_has_the_indexes_of_a_new_register(register_dir, register):
    with register.session() as session:  # a register created at the current version
        indexes, triggers = _schema_objects(session, "index"), _schema_objects(session, "trigger")
    register.close()
    _rebuild_as(register_dir, v1_schema_sql() + V1_ROWS + V4_TIME)
    migrated = Register.open_with_passphrase(register_dir, PASSPHRASE)
    with migrated, migrated.session() as session:
        assert _schema_objects(session, "index") == indexes
        assert _schema_objects(session, "trigger") == triggers
        last = "SELECT last_contact FROM situation WHERE id = 1"
        assert session.execute(text(last)).scalar() == "2024-03-05"  # filled from the entries
        session.execute(text("INSERT INTO timeentry (worked_on, minutes, task, situation_id, note) "
                             "VALUES ('2024-04-10', 15, 'visite', 1, '')"))
        assert session.execute(text(last)).scalar() == "2024-04-10"
        session.execute(text("UPDATE timeentry SET worked_on = '2024-01-15' WHERE worked_on = '2024-04-10'"))
        assert session.execute(text(last)).scalar() == "2024-03-05"
        session.execute(text("DELETE FROM timeentry"))
        assert session.execute(text(last)).scalar() is None
    assert {"ix_situation_register", "ix_situationvulnerability_covering"} <= indexes
    assert len(triggers) == 3


def test_a_v5_register_gets_the_outcome_index_after_a_snapshot(register_dir, register):
    """v6: the invisible-work report reads the mobilisations' outcomes from ix_mobilisation_outcome."""
    from app.invisible_work_queries import period_figures

    with register.session() as session:
        session.execute(text("DROP INDEX ix_mobilisation_outcome"))  # the register as v5 left it
        session.execute(text("PRAGMA user_version = 5"))
    register.close()
    migrated = Register.open_with_passphrase(register_dir, PASSPHRASE)
    with migrated, migrated.session() as session:
        assert session.execute(text("PRAGMA user_version")).scalar() == CURRENT_VERSION >= 6
        assert "ix_mobilisation_outcome" in _schema_objects(session, "index")
        plan = " ".join(row[-1] for row in session.execute(text(
            "EXPLAIN QUERY PLAN SELECT status, situation_id FROM mobilisation "
            "INDEXED BY ix_mobilisation_outcome WHERE id = 1")))
        assert "COVERING INDEX ix_mobilisation_outcome" in plan
        assert period_figures(session, date(2024, 1, 1), date(2024, 12, 31)) == ([], [], [])
    assert len(list(migrated.backups_dir.glob("avant-migration-v5-*.db"))) == 1


def test_a_migrated_register_is_rewritten_without_free_pages(register_dir, register):
    with register.session() as session:
        session.execute(text("CREATE TABLE filler (x)"))
        session.execute(text("INSERT INTO filler SELECT zeroblob(3000) FROM (SELECT 1 UNION SELECT 2 UNION "
                             "SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7)"))
        session.execute(text("DROP TABLE filler"))  # seven pages on the free list
        session.execute(text("PRAGMA user_version = 5"))
        session.execute(text("DROP INDEX ix_mobilisation_outcome"))
        assert session.execute(text("PRAGMA freelist_count")).scalar() > 0
    register.close()
    migrated = Register.open_with_passphrase(register_dir, PASSPHRASE)
    with migrated, migrated.session() as session:
        assert session.execute(text("PRAGMA freelist_count")).scalar() == 0
        assert session.execute(text("PRAGMA user_version")).scalar() == CURRENT_VERSION
