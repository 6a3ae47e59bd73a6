"""Owner-only files, hostile backups, leftovers of killed backups, row counts compared, a damaged -wal
reported (issue 13, findings 2, 5, 8, 9 and the row-count requirement)."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from app import registers
from storage import backup as backup_module
from storage.backup import create_backup, restore_backup
from storage.errors import BackupError, RegisterDamagedError
from storage.register import Register
from tests.conftest import PASSPHRASE
from tests.storage.disk_fixtures import run_child


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def wide_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _write_setting(register: Register, key: str) -> None:
    with register.session() as session:
        session.execute(text("INSERT INTO appsetting (key, value) VALUES (:k, 'v')"), {"k": key})


def test_new_register_backups_and_restores_are_owner_only(tmp_path, wide_umask):
    folder = tmp_path / "new"
    register, _code = Register.create(folder, PASSPHRASE, iterations=1)
    with register:
        _write_setting(register, "a")
        backup = create_backup(register, tmp_path / "b.relais-backup")
        automatic = registers.back_up_automatically(register, "test")
        for name in ("register.db", "register.db-wal", "register.db-shm", "keyslots.json",
                     "keyslots.backup.json"):
            assert _mode(folder / name) == 0o600, name
    assert _mode(folder) == 0o700 and _mode(folder / "backups") == 0o700
    assert _mode(backup) == 0o600 and _mode(automatic) == 0o600
    restore_backup(backup, tmp_path / "restored")
    assert _mode(tmp_path / "restored") == 0o700
    assert {_mode(p) for p in (tmp_path / "restored").iterdir() if p.is_file()} == {0o600}


def test_an_old_world_readable_register_is_tightened_on_open(register_dir):
    os.chmod(register_dir, 0o755)
    os.chmod(register_dir / "register.db", 0o644)
    Register.open_with_passphrase(register_dir, PASSPHRASE).close()
    assert _mode(register_dir) == 0o700 and _mode(register_dir / "register.db") == 0o600


def _rewrite_backup(source: Path, target: Path, change) -> None:
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_backup_with_a_traversal_member_is_refused(register, tmp_path):
    good = create_backup(register, tmp_path / "good.relais-backup")
    _rewrite_backup(good, tmp_path / "evil.relais-backup", lambda m: m.update({"../../evil.txt": b"x"}))
    with pytest.raises(BackupError) as caught:
        restore_backup(tmp_path / "evil.relais-backup", tmp_path / "restored")
    assert caught.value.code == "backup.unexpected_member"
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "restored").exists()


def test_oversized_backup_member_is_refused(register, tmp_path, monkeypatch):
    good = create_backup(register, tmp_path / "good.relais-backup")
    monkeypatch.setitem(backup_module.MEMBER_CAPS, "register.db", 8192)
    with pytest.raises(BackupError) as caught:
        restore_backup(good, tmp_path / "restored")
    assert caught.value.code == "backup.member_too_large"


def test_hostile_kdf_settings_in_a_backup_are_refused(register, tmp_path):
    def slow_slot(members: dict) -> None:
        slots = json.loads(members["keyslots.json"])
        slots.pop("sha256")
        slots["slots"]["passphrase"]["kdf"]["iterations"] = 10**9
        members["keyslots.json"] = json.dumps(slots).encode()
        manifest = json.loads(members["manifest.json"])
        manifest["sha256"]["keyslots.json"] = hashlib.sha256(members["keyslots.json"]).hexdigest()
        members["manifest.json"] = json.dumps(manifest).encode()

    good = create_backup(register, tmp_path / "good.relais-backup")
    _rewrite_backup(good, tmp_path / "slow.relais-backup", slow_slot)
    with pytest.raises(registers.KeySlotsError) as caught:
        registers.restore(tmp_path / "slow.relais-backup", tmp_path / "restored",
                          lambda folder: registers.unlock_with_passphrase(folder, PASSPHRASE))
    assert caught.value.code == "keyslots.kdf_too_costly"


def test_stale_work_folders_of_killed_backups_are_removed(register, tmp_path):
    stale, fresh = tmp_path / ".relais-backup-stale", tmp_path / ".relais-backup-fresh"
    for folder in (stale, fresh):
        folder.mkdir()
        (folder / "register.db").write_bytes(b"\0" * 4096)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    create_backup(register, tmp_path / "b.relais-backup")
    assert not stale.exists() and fresh.exists()


def test_backup_records_row_counts_and_restore_compares_them(register, tmp_path):
    _write_setting(register, "one")
    good = create_backup(register, tmp_path / "good.relais-backup")
    with zipfile.ZipFile(good) as archive:
        assert json.loads(archive.read("manifest.json"))["row_counts"]["appsetting"] == 1

    def lie_about_rows(members: dict) -> None:
        manifest = json.loads(members["manifest.json"])
        manifest["row_counts"]["appsetting"] = 2
        members["manifest.json"] = json.dumps(manifest).encode()

    _rewrite_backup(good, tmp_path / "short.relais-backup", lie_about_rows)
    with pytest.raises(RegisterDamagedError) as caught:
        registers.restore(tmp_path / "short.relais-backup", tmp_path / "restored",
                          lambda folder: registers.unlock_with_passphrase(folder, PASSPHRASE))
    assert caught.value.check == "row_counts" and caught.value.params["table"] == "appsetting"
    assert not (tmp_path / "restored").exists()


CRASH_AFTER_COMMITS = textwrap.dedent("""
    import os
    from sqlalchemy import text
    from storage.register import Register
    register = Register.open_with_passphrase({folder!r}, {passphrase!r})
    for index in range(3):
        with register.session() as session:
            session.execute(text("PRAGMA wal_autocheckpoint = 0"))
            session.execute(text("INSERT INTO appsetting (key, value) VALUES (:k, 'v')"),
                            {{"k": f"k{{index}}"}})
    os._exit(0)  # like kill -9: no checkpoint, the -wal keeps the three transactions
""")


def _crash_with_wal(register_dir: Path) -> Path:
    child = run_child(CRASH_AFTER_COMMITS.format(folder=str(register_dir), passphrase=PASSPHRASE))
    child.communicate(timeout=60)
    wal = register_dir / "register.db-wal"
    assert wal.stat().st_size > 32
    return wal


def test_flipped_byte_in_the_wal_is_reported_and_the_wal_kept(register_dir):
    wal = _crash_with_wal(register_dir)
    data = bytearray(wal.read_bytes())
    data[32 + 24 + 300] ^= 0x01  # page data of the first frame
    wal.write_bytes(bytes(data))
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        warnings = {warning.code: warning for warning in register.warnings}
    assert "register.wal_frames_dropped" in warnings
    assert warnings["register.wal_frames_dropped"].params["transactions"] >= 1
    kept = register_dir / "backups" / warnings["register.wal_frames_dropped"].params["file"]
    assert kept.read_bytes() == bytes(data)


def test_a_sound_wal_after_a_crash_is_replayed_without_warning(register_dir):
    _crash_with_wal(register_dir)
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        assert not [w for w in register.warnings if w.code == "register.wal_frames_dropped"]
        with register.session() as session:
            assert session.execute(text("SELECT count(*) FROM appsetting")).scalar() == 3


def test_migration_snapshot_is_owner_only_and_complete(register_dir, wide_umask):
    from storage.migrations import v1_schema_sql
    from tests.storage.test_migrations import _rebuild_as

    _rebuild_as(register_dir, v1_schema_sql())
    Register.open_with_passphrase(register_dir, PASSPHRASE).close()
    names = [path.name for path in (register_dir / "backups").iterdir()]
    assert len(names) == 1 and names[0].startswith("avant-migration-v1-") and names[0].endswith(".db")
    assert _mode(register_dir / "backups" / names[0]) == 0o600
