"""The register use cases of app.registers, on real SQLCipher registers in temporary folders.

Error messages are not asserted here (they are being turned into codes): the error classes are the contract.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app import registers
from app.persons import PersonService
from app.readmodels import PersonData, SituationData
from app.registers import (
    BackupError,
    KeyringUnavailableError,
    NotARegisterError,
    RegisterExistsError,
    WrongSecretError,
)
from app.situations import SituationService
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "a quiet canal under seven bridges"


def _add_person(register, last_name: str = "Peeters") -> int:
    person = PersonService(register).create(PersonData(first_name="Jan", last_name=last_name))
    situation = SituationData(started_on=date(2026, 1, 5), narrative="Suivi.")
    SituationService(register).create(person.id, situation)
    return person.id


def _last_names(register) -> list[str]:
    return [person.last_name for person in PersonService(register).search("", limit=100)]


# -- creating and recognising ---------------------------------------------------------------------------
def test_create_then_unlock_each_way(tmp_path, memory_keyring):
    folder = tmp_path / "new"
    assert not registers.is_register(folder)
    register, code = registers.create(folder, PASSPHRASE, iterations=1)
    registers.remember_on_this_computer(register)
    register.close()
    assert registers.is_register(folder)
    registers.check_register(folder)

    with registers.unlock_with_passphrase(folder, PASSPHRASE) as by_passphrase:
        assert by_passphrase.folder == folder
    with registers.unlock_with_recovery_code(folder, code.lower().replace("-", " ")) as by_code:
        assert by_code.folder == folder
    with registers.unlock_with_keyring(folder) as by_keyring:
        assert by_keyring.folder == folder
    remembered = registers.unlock_with_remembered_key(folder)
    assert remembered is not None
    remembered.close()


def test_create_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(RegisterExistsError):
        registers.create(tmp_path, PASSPHRASE, iterations=1)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_a_folder_without_a_register_is_reported_before_any_secret(tmp_path, make):
    folder = tmp_path / "elsewhere"
    if make == "empty":
        folder.mkdir()
    assert not registers.is_register(folder)
    with pytest.raises(NotARegisterError):
        registers.check_register(folder)
    assert (folder.exists(), list(folder.iterdir()) if folder.exists() else []) == (make == "empty", [])


def test_wrong_secrets_are_refused(register_dir, recovery_code):
    with pytest.raises(WrongSecretError) as caught:
        registers.unlock_with_passphrase(register_dir, "not the passphrase")
    assert "not the passphrase" not in str(caught.value)
    with pytest.raises(WrongSecretError):
        registers.unlock_with_recovery_code(register_dir, "2345-6789-ABCD-EFGH-JKMN-PQRS")
    with pytest.raises(WrongSecretError):
        registers.unlock_with_recovery_code(register_dir, PASSPHRASE)  # the passphrase is not the code


def test_unlocking_runs_the_read_during_the_check(register_dir):
    seen = []
    with registers.unlock_with_passphrase(register_dir, PASSPHRASE,
                                          while_checking=lambda opened: seen.append(_last_names(opened))):
        pass
    assert seen == [[]]


# -- passphrase -----------------------------------------------------------------------------------------
def test_change_passphrase_then_the_old_one_is_refused(register, register_dir, recovery_code):
    registers.change_passphrase(register, PASSPHRASE, NEW_PASSPHRASE)
    register.close()
    with pytest.raises(WrongSecretError):
        registers.unlock_with_passphrase(register_dir, PASSPHRASE)
    registers.unlock_with_passphrase(register_dir, NEW_PASSPHRASE).close()
    registers.unlock_with_recovery_code(register_dir, recovery_code).close()  # the code did not change


def test_change_passphrase_with_a_wrong_current_one_changes_nothing(register, register_dir):
    before = (register_dir / "keyslots.json").read_bytes()
    with pytest.raises(WrongSecretError):
        registers.change_passphrase(register, "not the passphrase", NEW_PASSPHRASE)
    assert (register_dir / "keyslots.json").read_bytes() == before


def test_replace_passphrase_after_unlocking_with_the_recovery_code(register_dir, recovery_code):
    with registers.unlock_with_recovery_code(register_dir, recovery_code) as register:
        with pytest.raises(WrongSecretError):
            registers.replace_passphrase(register, "")
        registers.replace_passphrase(register, NEW_PASSPHRASE)
    registers.unlock_with_passphrase(register_dir, NEW_PASSPHRASE).close()


# -- this computer's keyring ----------------------------------------------------------------------------
def test_remember_then_forget_with_a_keyring(register, register_dir, memory_keyring):
    assert registers.keyring_available()
    assert not registers.is_remembered(register)
    assert registers.unlock_with_remembered_key(register_dir) is None  # nothing remembered: quietly None

    registers.remember_on_this_computer(register)
    assert registers.is_remembered(register)
    assert len(memory_keyring.store) == 1
    with registers.unlock_with_keyring(register_dir):
        pass

    registers.forget_on_this_computer(register)
    registers.forget_on_this_computer(register)  # forgetting twice is harmless
    assert not registers.is_remembered(register)
    assert memory_keyring.store == {}
    assert registers.unlock_with_remembered_key(register_dir) is None
    with pytest.raises(KeyringUnavailableError):
        registers.unlock_with_keyring(register_dir)


def test_without_a_keyring_remembering_fails_clearly_and_the_passphrase_still_works(register, register_dir):
    # the autouse fixture of tests/conftest.py installs keyring's `fail` backend (a headless Linux machine)
    assert not registers.keyring_available()
    with pytest.raises(KeyringUnavailableError) as caught:
        registers.remember_on_this_computer(register)
    assert str(caught.value)  # a sentence for the referent, not an empty error
    assert not registers.is_remembered(register)
    with pytest.raises(KeyringUnavailableError):
        registers.forget_on_this_computer(register)
    register.close()
    assert registers.unlock_with_remembered_key(register_dir) is None
    with pytest.raises(KeyringUnavailableError):
        registers.unlock_with_keyring(register_dir)
    registers.unlock_with_passphrase(register_dir, PASSPHRASE).close()


# -- backup, restore, verify ----------------------------------------------------------------------------
def test_backup_restore_verify(register, tmp_path):
    _add_person(register, "Peeters")
    backup = registers.back_up(register, tmp_path / "copy.relais-backup")
    assert backup == tmp_path / "copy.relais-backup" and backup.is_file()
    with pytest.raises(BackupError):
        registers.back_up(register, backup)  # never overwrites

    restored = tmp_path / "restored"
    registers.restore(backup, restored, lambda folder: registers.unlock_with_passphrase(folder, PASSPHRASE))

    with registers.unlock_with_passphrase(restored, PASSPHRASE) as reopened:
        registers.verify(reopened)
        assert _last_names(reopened) == ["Peeters"]


@pytest.mark.parametrize("existed", [False, True])
def test_a_restore_that_does_not_open_leaves_nothing(register, tmp_path, existed):
    backup = registers.back_up(register, tmp_path / "copy.relais-backup")
    restored = tmp_path / "restored"
    if existed:
        restored.mkdir()
    with pytest.raises(WrongSecretError):
        registers.restore(backup, restored, lambda folder: registers.unlock_with_passphrase(folder, "wrong"))
    assert restored.exists() == existed
    assert not existed or list(restored.iterdir()) == []


def test_a_damaged_backup_is_refused_before_anything_is_written(register, tmp_path):
    backup = registers.back_up(register, tmp_path / "copy.relais-backup")
    backup.write_bytes(backup.read_bytes()[:-200])
    with pytest.raises(BackupError):
        registers.unpack_backup(backup, tmp_path / "restored")
    assert not (tmp_path / "restored").exists()


def test_automatic_backup_goes_into_the_register_s_own_folder(register):
    path = registers.back_up_automatically(register, "avant-import")
    assert path.parent == register.backups_dir
    assert "avant-import" in path.name and path.suffix == ".relais-backup"


def test_verify_reports_damage(register):
    from app.registers import RegisterDamagedError

    data = bytearray(register.db_path.read_bytes())
    data[4096 * 2 + 200] ^= 0x01
    register.db_path.write_bytes(bytes(data))
    with pytest.raises(RegisterDamagedError):
        registers.verify(register)


# -- erasing a person -----------------------------------------------------------------------------------
def test_erasing_a_person_leaves_a_backup_first(register, tmp_path):
    erased = _add_person(register, "Peeters")
    _add_person(register, "Janssens")

    backup, report = registers.erase_person_after_backup(register, erased)

    assert report.situations == 1
    assert backup.parent == register.backups_dir and registers.ERASURE_BACKUP_REASON in backup.name
    assert _last_names(register) == ["Janssens"]
    registers.restore(backup, tmp_path / "before", lambda folder: registers.unlock_with_passphrase(
        folder, PASSPHRASE))
    with registers.unlock_with_passphrase(tmp_path / "before", PASSPHRASE) as before:
        assert sorted(_last_names(before)) == ["Janssens", "Peeters"]  # the backup holds the erased person


def test_no_backup_no_erasure(register, monkeypatch):
    erased = _add_person(register, "Peeters")

    def disk_full(*_args) -> Path:
        raise BackupError("disk full")

    monkeypatch.setattr(registers, "back_up_automatically", disk_full)
    with pytest.raises(BackupError):
        registers.erase_person_after_backup(register, erased)
    assert _last_names(register) == ["Peeters"]
