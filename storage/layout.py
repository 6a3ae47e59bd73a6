"""The files of a register folder, and the checks that need nothing but the file system and the key slots.

Kept apart from storage/register.py so the unlock window can recognise a register without loading SQLAlchemy,
SQLModel, the models, nor cryptography until the key slots are read (issue 14: the window shows first).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from storage.errors import NotARegisterError

if TYPE_CHECKING:
    from storage.keyslots import KeySlots

DB_NAME = "register.db"
KEYSLOTS_NAME = "keyslots.json"
KEYSLOTS_BACKUP_NAME = "keyslots.backup.json"  # the second copy of the key file (storage.keyslots)
BACKUPS_NAME = "backups"
PRIVATE_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYSLOTS_NAME, KEYSLOTS_BACKUP_NAME)


def load_keyslots(folder: Path) -> KeySlots:
    """Read keyslots.json after checking that `folder` is a register; never creates anything."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NotARegisterError("register.folder_missing", folder=folder.name)
    if not is_register(folder):
        raise NotARegisterError("register.not_a_register", folder=folder.name)
    from storage.keyslots import KeySlots  # cryptography loads on first use, not with the unlock window

    return KeySlots.load(folder / KEYSLOTS_NAME)


def is_register(folder: Path) -> bool:
    """register.db and either copy of the key file (a lost keyslots.json is repaired from the other)."""
    folder = Path(folder)
    has_keys = (folder / KEYSLOTS_NAME).is_file() or (folder / KEYSLOTS_BACKUP_NAME).is_file()
    return has_keys and (folder / DB_NAME).is_file()
