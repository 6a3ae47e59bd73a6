"""Restoring a backup over the open register (the window's Register → Restore a backup…): a safety backup
first, the backup verified before anything is replaced, the same key reopens by itself, another key asks for
its passphrase, and any failure leaves the register as it was (issue 12)."""

from __future__ import annotations

import zipfile

import pytest

from app import registers
from app.registers import BackupError, WrongSecretError
from app.restoring import SAFETY_REASON, describe_backup, restore_over
from tests.app.test_registers import _add_person, _last_names
from tests.conftest import PASSPHRASE

OTHER_PASSPHRASE = "une toute autre phrase de passe"


def test_a_backup_of_the_same_register_comes_back_without_a_question(register, tmp_path):
    _add_person(register, "Avant")
    backup = registers.back_up(register, tmp_path / "b.relais-backup")
    _add_person(register, "Après")
    summary = describe_backup(register, backup)
    assert summary.same_key and summary.situations == 1 and summary.persons == 1
    assert summary.created is not None

    restored = restore_over(register, backup)
    try:
        assert register.engine is None  # the old handle is closed
        assert _last_names(restored.register) == ["Avant"]
        assert restored.register.folder == register.folder
        assert SAFETY_REASON in restored.safety_backup.name
        safety = registers.unpack_backup(restored.safety_backup, tmp_path / "safety")
        assert safety["person"] == 2  # the register as it was just before, both persons
        restored.register.verify()
        assert not [p for p in register.backups_dir.iterdir() if p.name.startswith(".relais-backup-")]
    finally:
        restored.register.close()


def test_a_backup_with_another_key_needs_its_passphrase(register, tmp_path):
    other, _code = registers.create(tmp_path / "other", OTHER_PASSPHRASE, iterations=1)
    _add_person(other, "Ailleurs")
    backup = registers.back_up(other, tmp_path / "other.relais-backup")
    other.close()
    _add_person(register, "Ici")
    assert not describe_backup(register, backup).same_key

    with pytest.raises(WrongSecretError) as refused:
        restore_over(register, backup)
    assert refused.value.code == "restore.other_key"
    with pytest.raises(WrongSecretError):
        restore_over(register, backup, "pas la bonne")
    assert _last_names(register) == ["Ici"]  # still open, untouched

    restored = restore_over(register, backup, OTHER_PASSPHRASE)
    try:
        assert _last_names(restored.register) == ["Ailleurs"]
    finally:
        restored.register.close()
    with registers.unlock_with_passphrase(register.folder, OTHER_PASSPHRASE) as reopened:
        assert _last_names(reopened) == ["Ailleurs"]
    with pytest.raises(WrongSecretError):
        registers.unlock_with_passphrase(register.folder, PASSPHRASE)


def test_a_damaged_backup_changes_nothing(register, tmp_path):
    _add_person(register, "Gardé")
    backup = registers.back_up(register, tmp_path / "b.relais-backup")
    damaged = tmp_path / "damaged.relais-backup"
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data[:-10] + b"0" * 10 if info.filename == "register.db" else data)
    with pytest.raises(BackupError) as refused:
        restore_over(register, damaged)
    assert refused.value.code == "backup.checksum_mismatch"
    assert _last_names(register) == ["Gardé"]
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("pas une sauvegarde")
    with pytest.raises(BackupError):
        describe_backup(register, not_a_backup)
