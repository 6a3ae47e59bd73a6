"""The register folder on disk: owner-only modes, read-only media, leftovers of failed or killed work."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import time
from collections.abc import Iterator
from pathlib import Path

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700
SIDECARS = ("-wal", "-shm", "-journal")
WORK_PREFIX = ".relais-backup-"
STALE_AFTER_SECONDS = 10 * 60  # a backup in progress refreshes nothing for this long only if it was killed


def is_writable(folder: Path, database: Path) -> bool:
    """False on read-only media or a folder/file we may not write (the register then opens read-only)."""
    if hasattr(os, "statvfs") and hasattr(os, "ST_RDONLY"):
        with contextlib.suppress(OSError):
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return False
    return os.access(folder, os.W_OK) and (not database.exists() or os.access(database, os.W_OK))


def make_private_folder(path: Path) -> None:
    """Create `path` (and parents) if needed; the folder itself ends up 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_FOLDER)
    _chmod(path, OWNER_ONLY_FOLDER)


def tighten_modes(folder: Path, files: tuple[str, ...], folders: tuple[str, ...]) -> None:
    """Owner-only modes on a writable register (registers created before 0.x were 0644 in 0755)."""
    _chmod(folder, OWNER_ONLY_FOLDER)
    for name in folders:
        if (folder / name).is_dir():
            _chmod(folder / name, OWNER_ONLY_FOLDER)
            for child in (folder / name).iterdir():
                if child.is_file() and not child.is_symlink():
                    _chmod(child, OWNER_ONLY_FILE)
    for name in files:
        path = folder / name
        if path.is_file() and not path.is_symlink():
            _chmod(path, OWNER_ONLY_FILE)


def create_private_file(path: Path) -> None:
    """An empty 0600 file, created exclusively (SQLite then fills it: its pages are never group-readable)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                     OWNER_ONLY_FILE))
    _chmod(path, OWNER_ONLY_FILE)


@contextlib.contextmanager
def removing_new_sidecars(database: Path) -> Iterator[None]:
    """If the block fails, remove the -wal/-shm/-journal it created while still empty or a bare index.

    A full disk otherwise leaves a 3-byte -shm and an empty -wal that look like a damaged register.
    """
    existing = {suffix for suffix in SIDECARS if database.with_name(database.name + suffix).exists()}
    try:
        yield
    except BaseException:
        for suffix in set(SIDECARS) - existing:
            sidecar = database.with_name(database.name + suffix)
            with contextlib.suppress(OSError):
                if suffix == "-shm" or sidecar.stat().st_size == 0:
                    sidecar.unlink()
        raise


def remove_stale_work_folders(parent: Path, *, now: float | None = None) -> list[Path]:
    """Remove `.relais-backup-*` folders left by a backup killed mid-way (ours, untouched for 10 min)."""
    removed: list[Path] = []
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):
        for entry in Path(parent).iterdir():
            if not entry.name.startswith(WORK_PREFIX) or not _stale_and_ours(entry, now):
                continue
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def _stale_and_ours(entry: Path, now: float) -> bool:
    info = entry.lstat()
    ours = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return stat.S_ISDIR(info.st_mode) and ours and now - info.st_mtime > STALE_AFTER_SECONDS


def _chmod(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError, NotImplementedError):
        os.chmod(path, mode)
