"""A migration step that fails leaves the register at its previous version, with a snapshot (issue 13)."""

from __future__ import annotations

import pytest

from storage import migrations
from storage.engine import KeyHolder, raw_connection
from storage.keyslots import KeySlots
from storage.register import Register
from tests.conftest import PASSPHRASE
from tests.storage.test_migrations import V1_ROWS, _rebuild_as


class StepFailed(Exception):
    pass


def _failing_step(conn) -> None:
    conn.execute("CREATE TABLE half_done (x INTEGER)")  # some work done before the failure
    conn.execute("UPDATE situation SET narrative = 'changed'")
    raise StepFailed


def _inspect(register_dir, sql: str):
    key = KeySlots.load(register_dir / "keyslots.json").unwrap("passphrase", PASSPHRASE)
    conn = raw_connection(register_dir / "register.db", KeyHolder(key))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_failing_second_step_leaves_version_one_and_a_snapshot(register_dir, monkeypatch):
    _rebuild_as(register_dir, migrations.v1_schema_sql() + V1_ROWS)
    # The real steps from v1 succeed, then an injected last step fails; none of them may stay applied.
    real_version = migrations.CURRENT_VERSION
    monkeypatch.setattr(migrations, "CURRENT_VERSION", real_version + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, real_version, _failing_step)
    with pytest.raises(StepFailed):
        Register.open_with_passphrase(register_dir, PASSPHRASE).close()
    monkeypatch.undo()

    assert _inspect(register_dir, "PRAGMA user_version") == [(1,)]
    tables = {row[0] for row in _inspect(register_dir, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert "appsetting" not in tables and "half_done" not in tables
    assert _inspect(register_dir, "SELECT narrative FROM situation") == [("Récit v1",)]
    snapshots = list((register_dir / "backups").glob("avant-migration-v1-*.db"))
    assert len(snapshots) == 1

    Register.open_with_passphrase(register_dir, PASSPHRASE).close()  # the real steps still work
    assert _inspect(register_dir, "PRAGMA user_version") == [(real_version,)]
