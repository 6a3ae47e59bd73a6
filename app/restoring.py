"""Restoring a backup from the window, over the open register (the CLI's `relais restore` unpacks into a
new folder instead).

`describe_backup` reads what the confirmation says (when the backup was made, how many situations it holds,
whether it opens with the register's key or asks for its own passphrase). `restore_over` then unpacks and
verifies the backup beside the register, takes a safety backup of the register as it is (into its backups/
folder, "avant-restauration"), and only then swaps the files and reopens (storage/restore_in_place.py).
Whatever fails before the swap leaves the register as it was; the safety backup is kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import registers
from storage import restore_in_place
from storage.backup import read_header
from storage.errors import KeySlotsError
from storage.keyslots import KeySlots
from storage.register import Register

SAFETY_REASON = "avant-restauration"  # in the safety backup's file name


@dataclass(frozen=True)
class BackupSummary:
    """What the window shows before restoring: never a name, only a date and counts."""

    file_name: str
    created: datetime | None
    situations: int | None
    persons: int | None
    time_entries: int | None
    same_key: bool  # False: the backup asks for its own passphrase


@dataclass(frozen=True)
class Restored:
    register: Register  # the register opened again on the restored files
    safety_backup: Path


def describe_backup(register: Register, source: Path) -> BackupSummary:
    manifest, keyslots = read_header(Path(source))
    counts = manifest.get("row_counts") if isinstance(manifest.get("row_counts"), dict) else {}
    try:
        slots = KeySlots.from_json(json.loads(keyslots))
        same_key = slots.matches(register.data_key_copy())
    except (KeySlotsError, ValueError):
        same_key = False
    return BackupSummary(Path(source).name, _created(manifest.get("created")), counts.get("situation"),
                         counts.get("person"), counts.get("timeentry"), same_key)


def restore_over(register: Register, source: Path, passphrase: str | None = None) -> Restored:
    """Safety backup, then the backup unpacked and verified, then swapped in. `passphrase`: the backup's,
    when its key is not the register's (WrongSecretError "restore.other_key" without it)."""
    staging = restore_in_place.stage(register, Path(source), passphrase)
    try:
        safety = registers.back_up_automatically(register, SAFETY_REASON)
    except BaseException:
        restore_in_place.discard(staging)
        raise
    return Restored(restore_in_place.swap_in(register, staging, passphrase), safety)


def _created(value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
