"""Opening, unlocking and refusing: real SQLCipher files in temporary folders."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.errors import (
    KeySlotsError,
    NotARegisterError,
    RegisterDamagedError,
    RegisterExistsError,
    WrongSecretError,
)
from storage.keyslots import KeySlots, normalise_recovery_code, tune_iterations
from storage.register import Register
from tests.conftest import PASSPHRASE
from tests.error_texts import raises_message, shown


def snapshot_files(folder: Path) -> dict[str, str]:
    """SHA-256 of every file of a register folder (to prove a failed attempt changed nothing)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


KEY_FILES = ("keyslots.json", "keyslots.backup.json")


def edit_keyslots(folder: Path, change) -> None:
    """Apply `change` to the parsed content of both copies, written back without a checksum (as a hand
    edit or a file from before checksums would be): the validation behind the checksum is what is tested."""
    for name in KEY_FILES:
        data = json.loads((folder / name).read_text())
        data.pop("sha256", None)
        change(data)
        (folder / name).write_text(json.dumps(data))


def test_database_is_not_plain_sqlite(register_dir):
    header = (register_dir / "register.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_open_with_passphrase_and_recovery_code(register_dir, recovery_code):
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register, register.session() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA temp_store")).scalar() == 2  # MEMORY
    sloppy = recovery_code.lower().replace("-", " ")
    with Register.open_with_recovery_code(register_dir, sloppy) as register:
        assert register.engine is not None


@pytest.mark.parametrize("opener", ["passphrase", "recovery"])
def test_wrong_secret_leaves_files_byte_identical(register, register_dir, opener):
    with register.session() as session:  # create -wal / -shm so that they are compared too
        session.execute(text("CREATE TABLE IF NOT EXISTS probe (x)"))
    before = snapshot_files(register_dir)
    assert any(name.endswith("-wal") for name in before)
    with pytest.raises(WrongSecretError) as caught:
        if opener == "passphrase":
            Register.open_with_passphrase(register_dir, "not the passphrase")
        else:
            Register.open_with_recovery_code(register_dir, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert "incorrect" in shown(caught.value)
    assert snapshot_files(register_dir) == before


def test_missing_folder_creates_nothing(tmp_path):
    target = tmp_path / "nowhere"
    with raises_message(NotARegisterError, match="introuvable"):
        Register.open_with_passphrase(target, PASSPHRASE)
    assert not target.exists()


def test_folder_that_is_not_a_register(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with raises_message(NotARegisterError, match="ne contient pas de registre"):
        Register.open_with_passphrase(tmp_path, PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_truncated_keyslots_is_refused_without_change(register_dir):
    for name in KEY_FILES:
        keyslots = register_dir / name
        keyslots.write_bytes(keyslots.read_bytes()[:100])
    before = snapshot_files(register_dir)
    with raises_message(KeySlotsError, match="illisible ou tronqué"):
        Register.open_with_passphrase(register_dir, PASSPHRASE)
    assert snapshot_files(register_dir) == before


def test_keyslots_with_missing_field_is_refused(register_dir):
    edit_keyslots(register_dir, lambda data: data["slots"]["passphrase"].pop("nonce"))
    with raises_message(KeySlotsError, match="incomplet"):
        Register.open_with_passphrase(register_dir, PASSPHRASE)


def test_weakened_kdf_parameters_are_refused(register_dir):
    edit_keyslots(register_dir, lambda data: data["slots"]["passphrase"]["kdf"].update(memory_kib=1024))
    with raises_message(KeySlotsError, match="trop faibles"):
        Register.open_with_passphrase(register_dir, PASSPHRASE)


def _flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("page", [1, 3])
def test_flipped_byte_is_reported_as_damage_and_nothing_written(register_dir, page):
    db = register_dir / "register.db"
    _flip_byte(db, 4096 * page + 200)
    before = snapshot_files(register_dir)
    with pytest.raises(RegisterDamagedError) as caught:
        Register.open_with_passphrase(register_dir, PASSPHRASE)
    assert "cipher_integrity_check" in shown(caught.value) or "integrity" in caught.value.check
    assert snapshot_files(register_dir) == before


def test_damaged_first_page_names_the_check(register_dir):
    _flip_byte(register_dir / "register.db", 100)
    with raises_message(RegisterDamagedError, match="endommagé"):
        Register.open_with_passphrase(register_dir, PASSPHRASE)


def test_change_passphrase_rewraps_without_touching_database(register_dir, recovery_code):
    db_before = hashlib.sha256((register_dir / "register.db").read_bytes()).hexdigest()
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        register.change_passphrase("a brand new passphrase")
    assert hashlib.sha256((register_dir / "register.db").read_bytes()).hexdigest() == db_before
    with pytest.raises(WrongSecretError):
        Register.open_with_passphrase(register_dir, PASSPHRASE)
    Register.open_with_passphrase(register_dir, "a brand new passphrase").close()
    Register.open_with_recovery_code(register_dir, recovery_code).close()


def test_create_refuses_non_empty_folder(tmp_path):
    (tmp_path / "something").write_text("x")
    with pytest.raises(RegisterExistsError):
        Register.create(tmp_path, PASSPHRASE, iterations=1)


def test_slot_cannot_be_swapped_between_slots(register_dir, recovery_code):
    """The associated data binds each wrapped key to its slot name."""
    def swap(data: dict) -> None:
        slots = data["slots"]
        slots["passphrase"], slots["recovery"] = slots["recovery"], slots["passphrase"]

    edit_keyslots(register_dir, swap)
    with pytest.raises(WrongSecretError):
        Register.open_with_passphrase(register_dir, normalise_recovery_code(recovery_code))


def test_no_key_material_in_repr_logs_or_errors(register_dir, caplog):
    caplog.set_level(logging.DEBUG)
    slots = KeySlots.load(register_dir / "keyslots.json")
    data_key = slots.unwrap("passphrase", PASSPHRASE)
    secrets = {data_key.hex(), data_key.hex().upper(), PASSPHRASE}
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        shown = [repr(register), repr(register.engine), str(register.engine.url), repr(register._key)]
        try:
            with register.session() as session:
                session.execute(text("SELECT * FROM no_such_table WHERE x = :v"), {"v": PASSPHRASE})
        except Exception as exc:
            shown.append(str(exc))
            shown.append(repr(exc))
    try:
        Register.open_with_passphrase(register_dir, PASSPHRASE + "x")
    except WrongSecretError as exc:
        shown.append(str(exc))
    shown.append(caplog.text)
    for secret in secrets:
        assert all(secret not in item for item in shown)


def test_closed_register_refuses_sessions(register):
    register.close()
    with raises_message(WrongSecretError, match="verrouillé"), register.session():
        pass


def test_tuning_targets_about_half_a_second():
    iterations = tune_iterations(0.5)
    assert 2 <= iterations <= 64


def test_rows_read_during_the_check_come_with_a_sound_register(register_dir):
    read = []

    def while_checking(register: Register) -> None:
        with register.session() as session:
            read.append(session.execute(text("SELECT count(*) FROM situation")).scalar_one())

    with Register.open_with_passphrase(register_dir, PASSPHRASE, while_checking=while_checking) as register:
        assert read == [0]
        assert register.engine is not None


@pytest.mark.parametrize("page", [1, 3])
def test_a_failed_check_overlapped_with_reading_refuses_the_register(register_dir, page):
    """The read runs during the check; the check decides: nothing read is returned, the register closes."""
    _flip_byte(register_dir / "register.db", 4096 * page + 200)
    before = snapshot_files(register_dir)
    seen: list[Register] = []

    def while_checking(register: Register) -> int:
        seen.append(register)
        with register.session() as session:
            return session.execute(text("SELECT count(*) FROM situation")).scalar_one()

    with pytest.raises(RegisterDamagedError):
        Register.open_with_passphrase(register_dir, PASSPHRASE, while_checking=while_checking)
    assert all(register.engine is None for register in seen)  # closed, key wiped
    assert snapshot_files(register_dir) == before


def test_a_failing_read_during_the_check_closes_the_register(register_dir):
    seen: list[Register] = []

    def while_checking(register: Register) -> None:
        seen.append(register)
        raise LookupError("boom")

    with pytest.raises(LookupError):
        Register.open_with_passphrase(register_dir, PASSPHRASE, while_checking=while_checking)
    assert len(seen) == 1 and seen[0].engine is None
