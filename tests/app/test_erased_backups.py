"""After an erasure, the older backups still holding the person are listed by date and purged (issue 13).

Finding 11: an erased person lived on in older backups for months, and nothing said so.
"""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path

import pytest

from app import registers
from app.cli.main import main
from app.erased_backups import ROTATION_KEEP, HeldBackup, PurgeError
from tests.app.test_registers import _add_person, _last_names
from tests.conftest import PASSPHRASE


def _older_backup(register, name: str) -> Path:
    """An automatic backup taken at `name`'s stamp (the names carry the time; rotation sorts by them)."""
    register.backups_dir.mkdir(exist_ok=True)
    path = register.backups_dir / name
    path.write_bytes(b"not read: only its date matters")
    return path


def test_backups_before_the_erasure_are_listed_and_later_ones_are_not(register):
    erased = _add_person(register, "Peeters")
    older = registers.back_up_automatically(register, "avant-import")
    before_person = _older_backup(register, "20000101-000000-000000-ancienne.relais-backup")
    time.sleep(1.1)  # backup names keep whole seconds
    just_before, _ = registers.erase_person_after_backup(register, erased)
    time.sleep(1.1)
    after = registers.back_up_automatically(register, "apres")

    held = registers.backups_holding_erased_data(register)

    assert [backup.path for backup in held] == [older, just_before]
    assert before_person not in [b.path for b in held] and after not in [b.path for b in held]
    assert ROTATION_KEEP == 10


def test_purging_removes_only_those_files(register):
    erased = _add_person(register, "Peeters")
    _add_person(register, "Janssens")
    registers.erase_person_after_backup(register, erased)
    held = registers.backups_holding_erased_data(register)
    assert len(held) == 1

    assert registers.purge_backups(register, held) == 1

    assert registers.backups_holding_erased_data(register) == []
    assert _last_names(register) == ["Janssens"]


def test_a_file_outside_the_register_is_never_purged(register, tmp_path):
    outside = tmp_path / "elsewhere.relais-backup"
    outside.write_bytes(b"x")
    with pytest.raises(PurgeError):
        registers.purge_backups(register, [HeldBackup(outside, outside.stat().st_mtime)])
    assert outside.exists()


def _cli(monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main([*argv, "--passphrase-stdin"])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_lists_then_purges(register_dir, monkeypatch, capsys):
    with registers.unlock_with_passphrase(register_dir, PASSPHRASE) as register:
        erased = _add_person(register, "Peeters")
        backup, _ = registers.erase_person_after_backup(register, erased)

    code, out, _ = _cli(monkeypatch, capsys, "backups", "list", str(register_dir))
    assert code == 0 and backup.name in out and "Peeters" not in out
    code, out, _ = _cli(monkeypatch, capsys, "backups", "purge", str(register_dir))
    assert code == 0 and not backup.exists()
    code, out, _ = _cli(monkeypatch, capsys, "backups", "list", str(register_dir))
    assert code == 0 and backup.name not in out
    assert os.listdir(register_dir / "backups") == []


def test_a_dump_of_a_register_with_erasures_imports_into_another_one(register, template_register, tmp_path):
    import shutil

    from app.exports.personal_dump import export_document
    from app.personal_import import import_document

    registers.erase_person_after_backup(register, _add_person(register, "Peeters"))
    _add_person(register, "Janssens")
    folder = tmp_path / "other"
    shutil.copytree(template_register[0], folder)
    with registers.unlock_with_passphrase(folder, PASSPHRASE) as other:
        registers.erase_person_after_backup(other, _add_person(other, "Maes"))
        assert import_document(other, export_document(register)) == 1
        assert len(registers.backups_holding_erased_data(other)) == 1  # its own erasure only
