"""Restoring a backup over the register that is open in the window (the command line restores into a new
folder instead: storage/backup.py).

Three steps, so that nothing is lost whatever fails:
1. `stage`: the backup is unpacked into a hidden work folder inside the register's backups/ folder, opened
   (with the open register's key when it is the same, else with the backup's passphrase) and verified
   against the row counts of its manifest. Any failure removes the work folder; the register is untouched.
2. `swap_in`: the open register is closed, its files (database, WAL, key file and its copy) are moved aside,
   the staged files moved in (renames on one file system), and the register opened again. A failure while
   moving puts the old files back and reopens them.
3. the files set aside are deleted: the caller made a verified safety backup of the register before step 1.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from storage import folder as files
from storage.atomic import fsync_folder
from storage.backup import restore_backup
from storage.errors import BackupError, WrongSecretError, os_reason
from storage.register import PRIVATE_FILES, Register, load_keyslots

STAGING_PREFIX = files.WORK_PREFIX + "restore-"  # removed by the next open if a restore was killed
ASIDE_PREFIX = files.WORK_PREFIX + "replaced-"


def stage(register: Register, source: Path, passphrase: str | None) -> Path:
    """Unpack, open and verify `source` in a work folder; returns the folder (closed, ready to swap in).
    WrongSecretError("restore.other_key") when the backup has another key and no passphrase was given."""
    files.make_private_folder(register.backups_dir)
    staging = Path(tempfile.mkdtemp(dir=register.backups_dir, prefix=STAGING_PREFIX))
    try:
        expected = restore_backup(source, staging)
        with _open(staging, register, passphrase) as restored:
            restored.verify(expected)
    except BaseException:
        discard(staging)
        raise
    return staging


def swap_in(register: Register, staging: Path, passphrase: str | None) -> Register:
    """Close `register`, put the staged files in its place and return the register opened again."""
    folder = register.folder
    key = register.data_key_copy() if passphrase is None else None
    aside = Path(tempfile.mkdtemp(dir=register.backups_dir, prefix=ASIDE_PREFIX))
    register.close()
    moved_out: list[str] = []
    moved_in: list[str] = []
    try:
        for name in PRIVATE_FILES:
            if (folder / name).exists():
                (folder / name).replace(aside / name)
                moved_out.append(name)
        for name in PRIVATE_FILES:
            if (staging / name).exists():
                (staging / name).replace(folder / name)
                moved_in.append(name)
        fsync_folder(folder)
    except OSError as exc:
        _put_back(folder, aside, moved_out, moved_in)
        raise BackupError("backup.restore_write_failed", reason=os_reason(exc)) from None
    finally:
        discard(staging)
    discard(aside)
    if passphrase is not None:
        return Register.open_with_passphrase(folder, passphrase)
    return Register.open_with_data_key(folder, key)


def discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        shutil.rmtree(path)


def _open(staging: Path, register: Register, passphrase: str | None) -> Register:
    if passphrase is not None:
        return Register.open_with_passphrase(staging, passphrase)
    key = register.data_key_copy()
    if not load_keyslots(staging).matches(key):
        raise WrongSecretError("restore.other_key")
    return Register.open_with_data_key(staging, key)


def _put_back(folder: Path, aside: Path, moved_out: list[str], moved_in: list[str]) -> None:
    for name in moved_in:
        with contextlib.suppress(OSError):
            (folder / name).unlink()
    for name in moved_out:
        with contextlib.suppress(OSError):
            (aside / name).replace(folder / name)
    with contextlib.suppress(OSError):
        fsync_folder(folder)


