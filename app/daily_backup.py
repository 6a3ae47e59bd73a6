"""The daily automatic backup, and the register's note of its last good backup.

At the first unlock of a day the window calls `run_daily_backup` off its thread: a verified backup into the
backup folder chosen in the preferences (else the register's own backups/ folder), then the rotation of
app/backup_schedule.py over this register's daily backups in that folder. Each successful backup (daily,
"back up now", before an erasure, an import or a restore; window or command line) is noted in the register
itself (AppSetting "last_backup": a date, never a path), so the window can say when the last good backup
was made even when the backup folder is a USB stick that is not plugged in.

Daily backups are named `YYYYMMDD-HHMMSS-ffffff-quotidienne-<8 first characters of the register id>` so that
two registers sharing one backup folder never rotate each other's backups away.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app import backup_schedule, clock
from storage import folder as files
from storage.backup import DAILY_MARK, create_backup
from storage.errors import BackupError, RegisterError, os_reason
from storage.models import AppSetting
from storage.register import Register

LAST_BACKUP_KEY = "last_backup"
SUFFIX = ".relais-backup"
_DAILY_NAME = re.compile(
    r"^(\d{8}-\d{6}-\d{6})" + re.escape(DAILY_MARK) + r"([0-9a-f]{8})" + re.escape(SUFFIX) + "$")


@dataclass(frozen=True)
class BackupRecord:
    """The register's note: when its last good backup was made (local time) and the day of the last daily."""

    last: datetime | None = None
    daily_on: date | None = None


@dataclass(frozen=True)
class DailyBackup:
    path: Path
    deleted: int  # older daily backups removed by the rotation


# -- the note in the register -----------------------------------------------------------------------------
def last_backup(register: Register) -> BackupRecord:
    with register.reading() as session:
        row = session.get(AppSetting, LAST_BACKUP_KEY)
        raw = row.value if row is not None else ""
    try:
        data = json.loads(raw) if raw else {}
        last = datetime.fromisoformat(data["last"]) if data.get("last") else None
        daily = date.fromisoformat(data["daily_on"]) if data.get("daily_on") else None
    except (ValueError, TypeError, KeyError):
        return BackupRecord()  # a damaged note: as if none, the next backup writes a sound one
    return BackupRecord(last, daily)


def record_backup(register: Register, at: datetime, *, daily: bool = False) -> None:
    """Note a verified backup made at `at`. A register opened read-only cannot take the note: the backup
    itself is sound, so that is not an error."""
    daily_on = at.date() if daily else last_backup(register).daily_on
    data = {"last": at.isoformat(timespec="seconds"), "daily_on": daily_on.isoformat() if daily_on else None}
    with contextlib.suppress(RegisterError), register.session() as session:
        session.merge(AppSetting(key=LAST_BACKUP_KEY, value=json.dumps(data)))


# -- the daily backup -----------------------------------------------------------------------------------
def daily_name(register_id: str, at: datetime) -> str:
    return f"{at:%Y%m%d-%H%M%S-%f}{DAILY_MARK}{register_id[:8]}{SUFFIX}"


def daily_backups(folder: Path, register_id: str) -> dict[datetime, Path]:
    """This register's daily backups in `folder`, by the moment in their name."""
    found: dict[datetime, Path] = {}
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{DAILY_MARK}*{SUFFIX}"):
        match = _DAILY_NAME.match(path.name)
        if match and match.group(2) == register_id[:8] and path.is_file():
            found[datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")] = path
    return found


def run_daily_backup(register: Register, folder: Path | None = None,
                     now: datetime | None = None) -> DailyBackup | None:
    """The day's backup if none was made yet today (None otherwise), into `folder` (None: the register's
    backups/ folder), then the rotation. BackupError says what went wrong (a folder that cannot be made, a
    full disk…); nothing is noted then, so the next unlock tries again."""
    now = now or clock.local_now()
    if not backup_schedule.is_due(last_backup(register).daily_on, now.date()):
        return None
    folder = Path(folder) if folder is not None else register.backups_dir
    try:
        files.make_private_folder(folder)
    except OSError as exc:
        raise BackupError("backup.folder_unusable", folder=folder.name, reason=os_reason(exc)) from None
    path = create_backup(register, folder / daily_name(register.register_id, now))
    deleted = rotate_daily_backups(folder, register.register_id)
    record_backup(register, now, daily=True)
    return DailyBackup(path, deleted)


def rotate_daily_backups(folder: Path, register_id: str) -> int:
    """Delete this register's daily backups that the schedule no longer keeps; returns how many."""
    backups = daily_backups(folder, register_id)
    doomed = backup_schedule.backups_to_delete(backups)
    for moment in doomed:
        with contextlib.suppress(FileNotFoundError):
            backups[moment].unlink()
    return len(doomed)
