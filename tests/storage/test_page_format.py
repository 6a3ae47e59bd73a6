"""Pages checked with HMAC-SHA256; registers written before v7 (HMAC-SHA512) open and are rewritten once."""

from __future__ import annotations

import os
import zipfile

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from app.persons import PersonService
from app.readmodels import PersonData
from storage.backup import create_backup
from storage.engine import LEGACY_PAGE_HMAC, PAGE_HMAC, KeyHolder, page_hmac, raw_connection, table_row_counts
from storage.keyslots import PASSPHRASE_SLOT, KeySlots
from storage.page_format import rewrite_if_legacy
from storage.register import DB_NAME, KEYSLOTS_NAME, Register
from tests.conftest import PASSPHRASE


def _key(folder) -> KeyHolder:
    return KeyHolder(KeySlots.load(folder / KEYSLOTS_NAME).unwrap(PASSPHRASE_SLOT, PASSPHRASE))


def _opens_with(path, key: KeyHolder, hmac: str) -> bool:
    """Whether SQLCipher reads the file's first page with this HMAC (no fallback: the driver itself)."""
    conn = sqlcipher.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key.pragma())
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()


def _make_legacy(folder, version: int | None = None) -> dict[str, int]:
    """Rewrite the register's file as Relais wrote it before v7 (SQLCipher 4's default HMAC-SHA512)."""
    key, db = _key(folder), folder / DB_NAME
    legacy = folder / "legacy.db"
    conn = raw_connection(db, key)
    counts = table_row_counts(conn)
    own_version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"ATTACH DATABASE '{legacy}' AS legacy KEY \"{key.pragma().split(chr(34))[1]}\"")
    conn.execute(f"PRAGMA legacy.cipher_hmac_algorithm = {LEGACY_PAGE_HMAC}")
    conn.execute("SELECT sqlcipher_export('legacy')")
    conn.execute(f"PRAGMA legacy.user_version = {version if version is not None else own_version}")
    conn.execute("DETACH DATABASE legacy")
    conn.close()
    legacy.replace(db)
    assert _opens_with(db, key, LEGACY_PAGE_HMAC) and not _opens_with(db, key, PAGE_HMAC)
    return counts


def _add_person(register: Register, first_name: str) -> None:
    PersonService(register).create(PersonData(first_name=first_name, last_name="Test", birth_year=1950))


def test_a_new_register_and_its_backups_check_pages_with_sha256(register, tmp_path):
    key = _key(register.folder)
    assert _opens_with(register.db_path, key, PAGE_HMAC)
    assert not _opens_with(register.db_path, key, LEGACY_PAGE_HMAC)
    archive = create_backup(register, tmp_path / "copie.relaisbackup")
    with zipfile.ZipFile(archive) as opened:
        snapshot = next(name for name in opened.namelist() if name.endswith(".db"))
        (tmp_path / "snapshot.db").write_bytes(opened.read(snapshot))
    assert _opens_with(tmp_path / "snapshot.db", key, PAGE_HMAC)


def test_a_register_written_before_v7_opens_keeps_its_data_and_is_rewritten_once(register_dir):
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        _add_person(register, "Odette")
    counts = _make_legacy(register_dir, version=6)
    key = _key(register_dir)
    legacy_conn = raw_connection(register_dir / DB_NAME, key, read_only=True)  # the older format still reads
    assert page_hmac(legacy_conn) == LEGACY_PAGE_HMAC
    legacy_conn.close()

    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        with register.session() as session:
            assert session.execute(text("SELECT first_name FROM person")).scalars().all() == ["Odette"]
        _add_person(register, "Marcel")  # and it writes
    conn = raw_connection(register_dir / DB_NAME, key)
    assert page_hmac(conn) == PAGE_HMAC
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] <= 1  # the copy is packed: no VACUUM before
    after = table_row_counts(conn)
    conn.close()
    assert after == counts | {"person": counts["person"] + 1}
    snapshots = list((register_dir / "backups").glob("avant-migration-v6-*.db"))
    assert len(snapshots) == 1  # the migration's snapshot came first
    assert not list(register_dir.glob(".*.tmp*"))  # no copy left beside the register


def test_a_legacy_file_is_left_as_it_is_while_its_log_holds_pages(register_dir):
    _make_legacy(register_dir)
    key, db = _key(register_dir), register_dir / DB_NAME
    holder = raw_connection(db, key)  # another connection keeps the write-ahead log from being folded in
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("CREATE TABLE pending (x)")
    holder.execute("INSERT INTO pending VALUES (1)")
    holder.commit()
    try:
        assert rewrite_if_legacy(db, key) is False
        assert page_hmac(holder) == LEGACY_PAGE_HMAC
        assert holder.execute("SELECT x FROM pending").fetchall() == [(1,)]
    finally:
        holder.close()
    assert not list(register_dir.glob(".*.tmp*"))
    assert rewrite_if_legacy(db, key) is True  # once the log is folded in, the rewrite goes ahead
    conn = raw_connection(db, key)
    assert page_hmac(conn) == PAGE_HMAC and conn.execute("SELECT x FROM pending").fetchall() == [(1,)]
    conn.close()


def test_a_file_damaged_in_both_formats_is_still_said_damaged(register_dir):
    from storage.errors import RegisterDamagedError

    db = register_dir / DB_NAME
    data = bytearray(db.read_bytes())
    data[100:140] = bytes(40)  # inside the first page
    db.write_bytes(bytes(data))
    with pytest.raises(RegisterDamagedError):
        raw_connection(db, _key(register_dir))


def test_a_full_disk_leaves_the_older_format_whole_and_no_copy(register_dir, small_fs, caplog):
    from tests.storage.disk_fixtures import copy_register, fill

    folder = copy_register(register_dir, small_fs / "register")
    counts = _make_legacy(folder)
    key, db = _key(folder), folder / DB_NAME
    fill(small_fs)
    filler = small_fs / "filler"
    # room for the write-ahead log and its index, not for a copy of the register
    os.truncate(filler, filler.stat().st_size - db.stat().st_size // 2)
    try:
        assert rewrite_if_legacy(db, key) is False
        assert "copy could not be written" in caplog.text  # it failed writing the copy, not opening
        assert not list(folder.glob(".*.tmp*"))
    finally:
        (small_fs / "filler").unlink()
    conn = raw_connection(db, key)
    assert page_hmac(conn) == LEGACY_PAGE_HMAC and table_row_counts(conn) == counts
    conn.close()


def test_a_disk_full_before_the_rewrite_starts_only_skips_it(register_dir, small_fs):
    from tests.storage.disk_fixtures import copy_register, fill

    folder = copy_register(register_dir, small_fs / "register")
    _make_legacy(folder)
    fill(small_fs)
    try:
        assert rewrite_if_legacy(folder / DB_NAME, _key(folder)) is False
    finally:
        (small_fs / "filler").unlink()
