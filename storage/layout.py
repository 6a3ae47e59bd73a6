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
BACKUPS_NAME = "backups"


def load_keyslots(folder: Path) -> KeySlots:
    """Read keyslots.json after checking that `folder` is a register; never creates anything."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NotARegisterError("register.folder_missing", folder=folder.name)
    if not (folder / KEYSLOTS_NAME).is_file() or not (folder / DB_NAME).is_file():
        raise NotARegisterError("register.not_a_register", folder=folder.name)
    from storage.keyslots import KeySlots  # cryptography loads on first use, not with the unlock window

    return KeySlots.load(folder / KEYSLOTS_NAME)


def is_register(folder: Path) -> bool:
    return (Path(folder) / KEYSLOTS_NAME).is_file() and (Path(folder) / DB_NAME).is_file()
