"""The daily automatic backup on a real register: once a day, rotated over weeks, noted in the register,
a failure that says why and notes nothing (issue 12)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest

from app import daily_backup, registers
from app.backup_schedule import backups_to_keep
from app.daily_backup import daily_backups, last_backup, run_daily_backup
from app.registers import BackupError
from storage.backup import read_backup


def test_the_first_backup_of_the_day_goes_into_the_register_backups_folder(register):
    now = datetime(2026, 12, 5, 8, 30)
    made = run_daily_backup(register, None, now)
    assert made is not None and made.path.parent == register.backups_dir
    assert set(read_backup(made.path)) == {"register.db", "keyslots.json"}  # a sound, verified backup
    assert last_backup(register).last == now.replace(microsecond=0)
    assert last_backup(register).daily_on == now.date()
    assert run_daily_backup(register, None, now + timedelta(hours=3)) is None  # already done today
    assert len(daily_backups(register.backups_dir, register.register_id)) == 1


def test_a_chosen_folder_is_used_and_the_rotation_runs_across_weeks(register, tmp_path):
    folder = tmp_path / "clé USB" / "Relais"  # made on first use
    start = datetime(2026, 11, 1, 9)
    for day in range(40):
        run_daily_backup(register, folder, start + timedelta(days=day))
    kept = sorted(daily_backups(folder, register.register_id))
    every_day = [start + timedelta(days=day) for day in range(40)]
    assert kept == sorted(backups_to_keep(every_day))  # the files left are exactly the schedule's
    assert 7 < len(kept) < 40
    newest = [m.date() for m in kept][-7:]
    assert newest == [(start + timedelta(days=d)).date() for d in range(33, 40)]
    assert not list(register.backups_dir.glob("*quotidienne*"))  # nothing daily in the register folder


def test_rotation_spares_other_backups_and_other_registers(register, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    other = folder / daily_backup.daily_name("ffffffff-0000", datetime(2026, 1, 1, 9))
    other.write_bytes(b"another register's daily backup")
    manual = registers.back_up(register, folder / "Relais 2026-01-02 10-00-00.relais-backup")
    for day in range(20):
        run_daily_backup(register, folder, datetime(2026, 3, 1, 9) + timedelta(days=day))
    assert other.exists() and manual.exists()


def test_daily_backups_survive_the_rotation_of_erasure_backups(register):
    run_daily_backup(register, None, datetime(2026, 12, 5, 9))
    for _ in range(11):  # more than AUTOMATIC_KEEP backups taken before an erasure or an import
        registers.back_up_automatically(register, "avant-import")
    assert len(daily_backups(register.backups_dir, register.register_id)) == 1


def test_every_backup_is_noted_but_only_the_daily_one_counts_for_the_day(register, tmp_path):
    assert last_backup(register).last is None
    registers.back_up(register, tmp_path / "now.relais-backup")
    noted = last_backup(register)
    assert noted.last is not None and noted.daily_on is None
    assert run_daily_backup(register, tmp_path / "daily") is not None  # a manual backup does not replace it


def test_a_folder_that_cannot_be_made_says_so_and_notes_nothing(register, tmp_path):
    blocked = tmp_path / "not a folder"
    blocked.write_text("a file where the folder should be")  # as a USB stick replaced by another medium
    with pytest.raises(BackupError) as raised:
        run_daily_backup(register, blocked / "Relais", datetime(2026, 12, 5, 9))
    assert raised.value.code == "backup.folder_unusable"
    assert raised.value.params["reason"] in ("ENOTDIR", "EEXIST")
    assert last_backup(register).daily_on is None  # the next unlock tries again
    assert run_daily_backup(register, None, datetime(2026, 12, 5, 10)) is not None


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_folder_says_so_and_notes_nothing(register, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        with pytest.raises(BackupError) as raised:
            run_daily_backup(register, locked / "Relais", datetime(2026, 12, 5, 9))
    finally:
        locked.chmod(0o700)
    assert raised.value.code == "backup.folder_unusable"
    assert raised.value.params["reason"] == "EACCES"
    assert last_backup(register).daily_on is None  # the next unlock tries again
    assert run_daily_backup(register, None, datetime(2026, 12, 5, 10)) is not None


def test_a_damaged_note_counts_as_none(register):
    from storage.models import AppSetting

    with register.session() as session:
        session.merge(AppSetting(key=daily_backup.LAST_BACKUP_KEY, value="{not json"))
    assert last_backup(register) == daily_backup.BackupRecord()


def test_daily_backups_elsewhere_that_hold_an_erased_person_are_listed_and_purged(register, tmp_path):
    from tests.app.test_registers import _add_person

    folder = tmp_path / "chosen"
    erased = _add_person(register, "Peeters")
    made = run_daily_backup(register, folder)  # today, after the person was recorded
    stranger = folder / daily_backup.daily_name("ffffffff-0000", datetime.now())
    stranger.write_bytes(b"another register's daily backup")
    registers.erase_person_after_backup(register, erased)

    held = registers.backups_holding_erased_data(register, (folder,))
    assert made.path in [backup.path for backup in held]
    assert stranger not in [backup.path for backup in held]
    assert made.path not in [b.path for b in registers.backups_holding_erased_data(register)]
    registers.purge_backups(register, held, (folder,))
    assert not made.path.exists() and stranger.exists()
