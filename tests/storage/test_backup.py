"""Backups: one verified file, restorable into a new folder; damaged or foreign files are refused."""

from __future__ import annotations

import zipfile

import pytest
from sqlalchemy import text

from storage.backup import create_automatic_backup, create_backup, read_backup, restore_backup, rotate_backups
from storage.errors import BackupError, RegisterExistsError
from storage.register import Register
from tests.conftest import PASSPHRASE
from tests.error_texts import raises_message


def _write_probe(register, value: str) -> None:
    with register.session() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS probe (v)"))
        session.execute(text("INSERT INTO probe VALUES (:v)"), {"v": value})


def test_backup_and_restore_round_trip(register, tmp_path):
    _write_probe(register, "avant la sauvegarde")
    target = create_backup(register, tmp_path / "copie.relais-backup")
    _write_probe(register, "après la sauvegarde")
    restore_backup(target, tmp_path / "restored")
    with Register.open_with_passphrase(tmp_path / "restored", PASSPHRASE) as restored:
        restored.verify()
        with restored.session() as session:
            assert session.execute(text("SELECT v FROM probe")).scalars().all() == ["avant la sauvegarde"]


def test_backup_never_overwrites(register, tmp_path):
    (tmp_path / "exists.relais-backup").write_text("precious")
    with raises_message(BackupError, match="existe déjà"):
        create_backup(register, tmp_path / "exists.relais-backup")
    assert (tmp_path / "exists.relais-backup").read_text() == "precious"


def test_backup_into_missing_folder_is_explained(register, tmp_path):
    with raises_message(BackupError, match="introuvable"):
        create_backup(register, tmp_path / "nope" / "b.relais-backup")


def test_restore_refuses_non_empty_folder(register, tmp_path):
    backup = create_backup(register, tmp_path / "b.relais-backup")
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "file").write_text("x")
    with pytest.raises(RegisterExistsError):
        restore_backup(backup, tmp_path / "busy")


def test_tampered_backup_is_refused(register, tmp_path):
    backup = create_backup(register, tmp_path / "b.relais-backup")
    with zipfile.ZipFile(backup) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    db = bytearray(members["register.db"])
    db[5000] ^= 0xFF
    members["register.db"] = bytes(db)
    tampered = tmp_path / "tampered.relais-backup"
    with zipfile.ZipFile(tampered, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    with raises_message(BackupError, match="somme de contrôle"):
        read_backup(tampered)
    assert not (tmp_path / "restored").exists()


def test_truncated_backup_is_refused(register, tmp_path):
    backup = create_backup(register, tmp_path / "b.relais-backup")
    truncated = tmp_path / "t.relais-backup"
    truncated.write_bytes(backup.read_bytes()[:3000])
    with raises_message(BackupError, match="tronqué"):
        restore_backup(truncated, tmp_path / "restored")
    assert not (tmp_path / "restored").exists()


def test_automatic_backups_rotate(register, tmp_path):
    for _ in range(3):
        create_automatic_backup(register, "test")
    assert len(list(register.backups_dir.glob("*.relais-backup"))) == 3
    rotate_backups(register.backups_dir, keep=2)
    assert len(list(register.backups_dir.glob("*.relais-backup"))) == 2
