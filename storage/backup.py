"""Backups: one file holding an encrypted snapshot of the database and the key slots needed to open it.

The file is a ZIP (stored, not compressed: the content is ciphertext) with `register.db` (a
`VACUUM INTO` snapshot, encrypted with the same data key), `keyslots.json` and `manifest.json` (format,
date, schema version, SHA-256 of both). It is written beside its target then renamed, and verified
(decrypted and checked) before the rename, so a full disk or a crash never leaves a half backup with the
final name.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from storage.atomic import fsync_folder
from storage.engine import check_integrity
from storage.errors import BackupError, RegisterExistsError, os_reason
from storage.migrations import schema_version
from storage.register import BACKUPS_NAME, DB_NAME, KEYSLOTS_NAME, Register, load_keyslots

FORMAT = "relais-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
AUTOMATIC_KEEP = 10


def create_backup(register: Register, target: Path) -> Path:
    """Write a verified backup of an unlocked register to `target` (a .relais-backup file)."""
    target = Path(target)
    if target.exists():
        raise BackupError("backup.file_exists", file=target.name)
    if not target.parent.is_dir():
        raise BackupError("backup.folder_missing", folder=target.parent.name)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".relais-backup-") as work:
        snapshot = Path(work) / DB_NAME
        _snapshot(register, snapshot)
        partial = Path(work) / "backup.zip"
        try:
            _write_zip(partial, snapshot, register.keyslots_path, register)
            partial.replace(target)
        except OSError as exc:
            raise BackupError("backup.write_failed", reason=os_reason(exc)) from None
    fsync_folder(target.parent)
    return target


def create_automatic_backup(register: Register, reason: str) -> Path:
    """A backup in the register's own backups/ folder (before erasing, importing…), rotated."""
    folder = register.folder / BACKUPS_NAME
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = create_backup(register, folder / f"{stamp}-{reason}.relais-backup")
    rotate_backups(folder, AUTOMATIC_KEEP)
    return path


def rotate_backups(folder: Path, keep: int) -> None:
    backups = sorted(folder.glob("*.relais-backup"))
    for old in backups[:-keep] if keep > 0 else backups:
        old.unlink(missing_ok=True)


def restore_backup(source: Path, folder: Path) -> None:
    """Unpack a backup into a new register folder; the caller then opens it to prove the secret works."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise RegisterExistsError("backup.restore_folder_not_empty", folder=folder.name)
    files = read_backup(source)
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / BACKUPS_NAME).mkdir()
        for name in (DB_NAME, KEYSLOTS_NAME):
            (folder / name).write_bytes(files[name])
        fsync_folder(folder)
    except OSError as exc:
        _remove(folder, created)
        raise BackupError("backup.restore_write_failed", reason=os_reason(exc)) from None


def read_backup(source: Path) -> dict[str, bytes]:
    """The files of a backup after checking its manifest and checksums."""
    try:
        with zipfile.ZipFile(source) as archive:
            manifest = json.loads(archive.read(MANIFEST))
            files = {name: archive.read(name) for name in (DB_NAME, KEYSLOTS_NAME)}
    except FileNotFoundError:
        raise BackupError("backup.not_found", file=Path(source).name) from None
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, UnicodeDecodeError, OSError):
        raise BackupError("backup.unreadable") from None
    if manifest.get("format") != FORMAT or manifest.get("version") != FORMAT_VERSION:
        raise BackupError("backup.unknown_format")
    for name, content in files.items():
        if hashlib.sha256(content).hexdigest() != manifest.get("sha256", {}).get(name):
            raise BackupError("backup.checksum_mismatch", file=name)
    return files


def _snapshot(register: Register, target: Path) -> None:
    conn = register.raw_connection()
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
    except Exception as exc:
        raise BackupError("backup.copy_failed", reason=type(exc).__name__) from None
    finally:
        conn.close()
    _verify_snapshot(register, target)


def _verify_snapshot(register: Register, snapshot: Path) -> None:
    conn = register.connect_file(snapshot)
    try:
        check_integrity(conn)
    finally:
        conn.close()


def _write_zip(path: Path, snapshot: Path, keyslots: Path, register: Register) -> None:
    files = {DB_NAME: snapshot.read_bytes(), KEYSLOTS_NAME: keyslots.read_bytes()}
    conn = register.raw_connection()
    try:
        version = schema_version(conn)
    finally:
        conn.close()
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "created": datetime.now().astimezone().isoformat(timespec="seconds"),
        "register_id": load_keyslots(register.folder).register_id,
        "schema_version": version,
        "sha256": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
    }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
        for name, data in files.items():
            archive.writestr(name, data)
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _remove(folder: Path, created: bool) -> None:
    with contextlib.suppress(OSError):
        if created:
            shutil.rmtree(folder)
        else:
            for child in folder.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
