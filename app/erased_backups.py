"""Backups that still hold an erased person, listed by date (never by content) and purged on request.

Erasing a person removes them from register.db, but the automatic backups taken before (the one just before
the erasure among them) keep them until rotation removes those files: the newest AUTOMATIC_KEEP backups taken
before an erasure, an import or a restore stay, and the daily backups stay up to 12 months
(app/backup_schedule.py). Each
erasure is recorded in the register's settings as two dates, no identity: when the person was first
recorded and when they were erased. A backup or pre-migration snapshot taken between those dates may hold
them; one taken after the erasure cannot.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.daily_backup import daily_backups
from app.errors import CodedError
from storage.backup import AUTOMATIC_KEEP
from storage.models import AppSetting, Person
from storage.register import Register

ERASURES_KEY = "erasures"
ROTATION_KEEP = AUTOMATIC_KEEP
_STAMP = re.compile(r"(\d{8}-\d{6})")  # the local time in every automatic backup's and snapshot's name
_PATTERNS = ("*.relais-backup", "avant-migration-*.db")


class PurgeError(CodedError, ValueError):
    """Only the register's own backups can be purged from here."""

    code = "backups.not_in_register"


@dataclass(frozen=True)
class HeldBackup:
    """A backup file that may hold an erased person: its path and when it was taken (local time)."""

    path: Path
    taken_at: datetime


def person_since(register: Register, person_id: int) -> datetime | None:
    """When the person was first recorded, in local time (read before erasing them)."""
    with register.session() as session:
        person = session.get(Person, person_id)
        return None if person is None else _local(person.created_at)


def record_erasure(register: Register, since: datetime | None, erased_at: datetime) -> None:
    """Remember the erasure's two dates (no identity) so the backups holding the person can be found."""
    with register.session() as session:
        row = session.get(AppSetting, ERASURES_KEY)
        erasures = json.loads(row.value) if row is not None else []
        erasures.append([since.isoformat() if since else None, erased_at.isoformat()])
        session.merge(AppSetting(key=ERASURES_KEY, value=json.dumps(erasures)))


def backups_holding_erased_data(register: Register, daily_folders: Iterable[Path] = ()) -> list[HeldBackup]:
    """The register's backups and snapshots taken before an erasure (and after that person was recorded),
    with its daily backups kept in `daily_folders` (the backup folder chosen in the window's preferences)."""
    periods = _erasure_periods(register)
    held = []
    for path in _register_backups(register, daily_folders):
        taken = _taken_at(path)
        if any(_within(taken, since, erased) for since, erased in periods):
            held.append(HeldBackup(path, taken))
    return sorted(held, key=lambda backup: backup.taken_at)


def purge_backups(register: Register, backups: list[HeldBackup], daily_folders: Iterable[Path] = ()) -> int:
    """Delete these backups of the register (nothing but its backups/ folder and its own daily backups in
    `daily_folders`); returns how many."""
    own = {path.resolve() for path in _register_backups(register, daily_folders)}
    for backup in backups:
        if backup.path.resolve() not in own:
            raise PurgeError(file=backup.path.name)
    for backup in backups:
        backup.path.unlink(missing_ok=True)
    return len(backups)


def _erasure_periods(register: Register) -> list[tuple[datetime | None, datetime]]:
    with register.session() as session:
        row = session.get(AppSetting, ERASURES_KEY)
        erasures = json.loads(row.value) if row is not None else []
    return [(datetime.fromisoformat(since) if since else None, datetime.fromisoformat(erased))
            for since, erased in erasures]


def _within(taken: datetime, since: datetime | None, erased: datetime) -> bool:
    # backup names keep whole seconds: a backup in the person's first second may hold them
    return (since is None or since.replace(microsecond=0) <= taken) and taken <= erased


def _register_backups(register: Register, daily_folders: Iterable[Path] = ()) -> list[Path]:
    folder = register.backups_dir
    found: set[Path] = set()
    if folder.is_dir():
        found |= {path for pattern in _PATTERNS for path in folder.glob(pattern) if path.is_file()}
    for elsewhere in daily_folders:  # only this register's daily backups: the folder may be shared
        found |= set(daily_backups(Path(elsewhere), register.register_id).values())
    return sorted(found)


def _taken_at(path: Path) -> datetime:
    match = _STAMP.search(path.name)
    if match:
        return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    return datetime.fromtimestamp(path.stat().st_mtime)


def _local(moment: datetime) -> datetime:
    """Local naive time, as in the backups' names."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
