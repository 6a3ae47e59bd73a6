"""A full disk, read-only media, an empty file, another process: each says what it is, never "damaged"
(issue 13, findings 1, 6, 7). Real registers on a real tmpfs where the machine allows it."""

from __future__ import annotations

import textwrap

import pytest
from sqlalchemy import text

from storage import engine as storage_engine
from storage.backup import create_backup
from storage.errors import RegisterDamagedError, RegisterInUseError, RegisterStorageError
from storage.register import Register
from tests.conftest import PASSPHRASE
from tests.storage.disk_fixtures import copy_register, fill, remount_read_only, run_child

SIDECARS = ("register.db-wal", "register.db-shm", "register.db-journal")


def _write_setting(register: Register, key: str, value: str) -> None:
    with register.session() as session:
        session.execute(text("INSERT INTO appsetting (key, value) VALUES (:k, :v)"), {"k": key, "v": value})


def test_full_disk_on_open_is_not_damage_and_leaves_no_sidecars(register_dir, small_fs):
    folder = copy_register(register_dir, small_fs / "register")
    fill(small_fs)
    with pytest.raises(RegisterStorageError) as caught:
        Register.open_with_passphrase(folder, PASSPHRASE)
    assert caught.value.code in ("register.disk_full", "register.io_error")
    assert not isinstance(caught.value, RegisterDamagedError)
    assert not [name for name in SIDECARS if (folder / name).exists()]
    (small_fs / "filler").unlink()
    Register.open_with_passphrase(folder, PASSPHRASE).close()  # intact


def test_full_disk_while_writing_says_disk_full(register_dir, small_fs):
    folder = copy_register(register_dir, small_fs / "register")
    with Register.open_with_passphrase(folder, PASSPHRASE) as register:
        _write_setting(register, "before", "x")
        fill(small_fs)
        with pytest.raises(RegisterStorageError) as caught:
            _write_setting(register, "big", "y" * 3_000_000)
        assert caught.value.code == "register.disk_full"


def test_read_only_media_opens_read_only_and_still_backs_up(register_dir, small_fs, tmp_path):
    folder = copy_register(register_dir, small_fs / "register")
    with Register.open_with_passphrase(folder, PASSPHRASE) as register:
        _write_setting(register, "kept", "value")
    remount_read_only(small_fs)
    with Register.open_with_passphrase(folder, PASSPHRASE) as register:
        assert register.read_only
        assert "register.opened_read_only" in [warning.code for warning in register.warnings]
        with register.session() as session:
            kept = session.execute(text("SELECT value FROM appsetting WHERE key = 'kept'")).scalar()
        assert kept == "value"
        with pytest.raises(RegisterStorageError) as caught:
            _write_setting(register, "new", "x")
        assert caught.value.code == "register.read_only"
        register.verify()
        backup = create_backup(register, tmp_path / "copy.relais-backup")
    assert backup.stat().st_size > 0


def test_empty_database_file_is_refused_and_nothing_is_written(register_dir):
    db = register_dir / "register.db"
    db.write_bytes(b"")
    with pytest.raises(RegisterDamagedError) as caught:
        Register.open_with_passphrase(register_dir, PASSPHRASE)
    assert caught.value.code == "register.empty_database"
    assert db.stat().st_size == 0
    assert not [name for name in SIDECARS if (register_dir / name).exists()]


HOLD_WRITE_LOCK = textwrap.dedent("""
    import sys, time
    from sqlalchemy import text
    from storage.register import Register
    with Register.open_with_passphrase(sys.argv[1] if len(sys.argv) > 1 else {folder!r}, {passphrase!r}) as r:
        with r.session() as s:
            s.execute(text("INSERT INTO appsetting (key, value) VALUES ('other', 'process')"))
            print("holding", flush=True)
            sys.stdin.readline()
""")


def test_second_process_gets_register_in_use(register_dir, monkeypatch):
    monkeypatch.setattr(storage_engine, "BUSY_TIMEOUT_MS", 200)
    child = run_child(HOLD_WRITE_LOCK.format(folder=str(register_dir), passphrase=PASSPHRASE))
    try:
        assert child.stdout.readline().strip() == "holding"
        with Register.open_with_passphrase(register_dir, PASSPHRASE) as register, \
                pytest.raises(RegisterInUseError):
            _write_setting(register, "mine", "x")
    finally:
        child.communicate("done\n", timeout=30)
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        _write_setting(register, "mine", "x")  # free again once the other process is done


WRONG_KEY = textwrap.dedent("""
    from pathlib import Path
    from storage.engine import KeyHolder, raw_connection
    from storage.errors import RegisterDamagedError
    try:
        raw_connection(Path({db!r}), KeyHolder(bytes(range(1, 33))))
    except RegisterDamagedError as error:
        print(error.code)
""")


def test_wrong_key_writes_nothing_on_stderr(register_dir):
    child = run_child(WRONG_KEY.format(db=str(register_dir / "register.db")))
    out, err = child.communicate(timeout=60)
    assert out.strip() == "register.damaged"
    assert err == ""


def test_personal_dump_from_read_only_media(register_dir, small_fs, tmp_path):
    from app.exports.personal_dump import export_json

    folder = copy_register(register_dir, small_fs / "register")
    remount_read_only(small_fs)
    with Register.open_with_passphrase(folder, PASSPHRASE) as register:
        export_json(register, tmp_path / "dump.json")
    assert (tmp_path / "dump.json").stat().st_size > 0


def test_a_log_that_cannot_be_opened_is_not_damage(register_dir):
    (register_dir / "register.db-wal").mkdir()  # SQLite cannot open its log: SQLITE_CANTOPEN
    with pytest.raises(RegisterStorageError) as caught:
        Register.open_with_passphrase(register_dir, PASSPHRASE)
    assert caught.value.code == "register.cannot_open"
    assert not (register_dir / "register.db-shm").exists()


def test_a_reading_session_does_not_wait_for_another_writer(register_dir, monkeypatch):
    monkeypatch.setattr(storage_engine, "BUSY_TIMEOUT_MS", 200)
    child = run_child(HOLD_WRITE_LOCK.format(folder=str(register_dir), passphrase=PASSPHRASE))
    try:
        assert child.stdout.readline().strip() == "holding"
        with Register.open_with_passphrase(register_dir, PASSPHRASE) as register, \
                register.reading() as session:
            assert session.execute(text("SELECT count(*) FROM appsetting")).scalar() == 0
    finally:
        child.communicate("done\n", timeout=30)
