"""Backups: one file holding an encrypted snapshot of the database and the key slots needed to open it.

The file is a ZIP (stored, not compressed: the content is ciphertext) with `register.db` (a
`VACUUM INTO` snapshot, encrypted with the same data key), `keyslots.json` and `manifest.json` (format,
date, schema version, SHA-256 of both). It is written beside its target then renamed, and verified
(decrypted and checked) before the rename, so a full disk or a crash never leaves a half backup with the
final name.

Every file is owner-only (0600 in 0700 folders). The manifest records each table's row count, compared with
the snapshot before the backup is kept and with the restored register after a restore. Reading a backup
streams each member with a size cap (never a whole member in memory) and refuses unexpected member names.
A backup killed mid-way leaves a hidden `.relais-backup-*` folder: the next backup there removes stale ones.
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

from storage import folder as files
from storage.atomic import fsync_folder
from storage.engine import check_integrity, compare_row_counts, table_row_counts
from storage.errors import BackupError, RegisterDamagedError, RegisterExistsError, os_reason
from storage.migrations import schema_version
from storage.register import BACKUPS_NAME, DB_NAME, KEYSLOTS_NAME, Register

FORMAT = "relais-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
AUTOMATIC_KEEP = 10
# Daily backups (app/daily_backup.py) carry this in their name and follow their own rotation
# (app/backup_schedule.py): the rotation of the backups taken before an erasure or an import spares them.
DAILY_MARK = "-quotidienne-"
MEMBER_CAPS = {MANIFEST: 1024 * 1024, KEYSLOTS_NAME: 64 * 1024, DB_NAME: 16 * 1024**3}
CHUNK = 1024 * 1024
SNAPSHOT_ATTEMPTS = 3


def create_backup(register: Register, target: Path) -> Path:
    """Write a verified backup of an unlocked register to `target` (a .relais-backup file)."""
    target = Path(target)
    if target.exists():
        raise BackupError("backup.file_exists", file=target.name)
    if not target.parent.is_dir():
        raise BackupError("backup.folder_missing", folder=target.parent.name)
    files.remove_stale_work_folders(target.parent)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=files.WORK_PREFIX) as work:
        snapshot = Path(work) / DB_NAME
        counts = _snapshot(register, snapshot)
        partial = Path(work) / "backup.zip"
        try:
            _write_zip(partial, snapshot, register, counts)
            partial.replace(target)
        except OSError as exc:
            raise BackupError("backup.write_failed", reason=os_reason(exc)) from None
    fsync_folder(target.parent)
    return target


def create_automatic_backup(register: Register, reason: str) -> Path:
    """A backup in the register's own backups/ folder (before erasing, importing…), rotated."""
    folder = register.folder / BACKUPS_NAME
    files.make_private_folder(folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = create_backup(register, folder / f"{stamp}-{reason}.relais-backup")
    rotate_backups(folder, AUTOMATIC_KEEP)
    return path


def rotate_backups(folder: Path, keep: int) -> None:
    """Keep the newest `keep` backups taken before an erasure, an import, a restore… (not the daily ones)."""
    backups = sorted(path for path in folder.glob("*.relais-backup") if DAILY_MARK not in path.name)
    for old in backups[:-keep] if keep > 0 else backups:
        old.unlink(missing_ok=True)


def restore_backup(source: Path, folder: Path) -> dict[str, int] | None:
    """Unpack a backup into a new register folder; the caller then opens it to prove the secret works and
    verifies it against the returned row counts (None for backups made before they were recorded)."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise RegisterExistsError("backup.restore_folder_not_empty", folder=folder.name)
    created = not folder.exists()
    try:
        files.make_private_folder(folder)
        files.make_private_folder(folder / BACKUPS_NAME)
        manifest = extract_backup(source, folder)
        fsync_folder(folder)
    except BackupError:
        _remove(folder, created)
        raise
    except OSError as exc:
        _remove(folder, created)
        raise BackupError("backup.restore_write_failed", reason=os_reason(exc)) from None
    counts = manifest.get("row_counts")
    return {str(k): int(v) for k, v in counts.items()} if isinstance(counts, dict) else None


def extract_backup(source: Path, folder: Path) -> dict:
    """Stream register.db and keyslots.json of a backup into `folder` (0600, fsynced), checking the
    manifest, the member names and sizes and both checksums; returns the manifest."""
    try:
        with zipfile.ZipFile(source) as archive:
            _check_members(archive)
            manifest = json.loads(_read_small(archive, MANIFEST))
            if manifest.get("format") != FORMAT or manifest.get("version") != FORMAT_VERSION:
                raise BackupError("backup.unknown_format")
            for name in (DB_NAME, KEYSLOTS_NAME):
                digest = _extract_member(archive, name, folder / name)
                if digest != manifest.get("sha256", {}).get(name):
                    raise BackupError("backup.checksum_mismatch", file=name)
    except FileNotFoundError:
        raise BackupError("backup.not_found", file=Path(source).name) from None
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, UnicodeDecodeError, AttributeError):
        raise BackupError("backup.unreadable") from None
    return manifest


def read_header(source: Path) -> tuple[dict, bytes]:
    """The manifest and the key file of a backup, without unpacking the database (for a confirmation)."""
    try:
        with zipfile.ZipFile(source) as archive:
            _check_members(archive)
            manifest = json.loads(_read_small(archive, MANIFEST))
            keyslots = _read_small(archive, KEYSLOTS_NAME)
    except FileNotFoundError:
        raise BackupError("backup.not_found", file=Path(source).name) from None
    except IsADirectoryError:
        raise BackupError("backup.unreadable") from None
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, UnicodeDecodeError, AttributeError):
        raise BackupError("backup.unreadable") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT \
            or manifest.get("version") != FORMAT_VERSION:
        raise BackupError("backup.unknown_format")
    return manifest, keyslots


def read_backup(source: Path) -> dict[str, bytes]:
    """The files of a backup after checking its manifest and checksums (extracted to a private temp
    folder, then read: for small backups and tests)."""
    with tempfile.TemporaryDirectory(prefix=files.WORK_PREFIX) as work:
        extract_backup(source, Path(work))
        return {name: (Path(work) / name).read_bytes() for name in (DB_NAME, KEYSLOTS_NAME)}


def _check_members(archive: zipfile.ZipFile) -> None:
    names = archive.namelist()
    if len(names) != len(set(names)) or not set(MEMBER_CAPS) <= set(names):
        raise BackupError("backup.unreadable")
    for info in archive.infolist():
        if info.filename not in MEMBER_CAPS:
            raise BackupError("backup.unexpected_member")  # path traversal or anything we did not write
        if info.file_size > MEMBER_CAPS[info.filename]:
            raise BackupError("backup.member_too_large", file=info.filename)


def _read_small(archive: zipfile.ZipFile, name: str) -> bytes:
    with archive.open(name) as member:
        data = member.read(MEMBER_CAPS[name] + 1)
    if len(data) > MEMBER_CAPS[name]:
        raise BackupError("backup.member_too_large", file=name)
    return data


def _extract_member(archive: zipfile.ZipFile, name: str, target: Path) -> str:
    """Copy one member in chunks (the size in the ZIP directory is not trusted), 0600, fsynced."""
    digest, written = hashlib.sha256(), 0
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    with archive.open(name) as member, os.fdopen(os.open(target, flags, files.OWNER_ONLY_FILE), "wb") as out:
        while chunk := member.read(CHUNK):
            written += len(chunk)
            if written > MEMBER_CAPS[name]:
                raise BackupError("backup.member_too_large", file=name)
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def _snapshot(register: Register, target: Path) -> dict[str, int]:
    """VACUUM INTO `target`, then check it and compare its rows with the source's (taken just before and
    just after the copy: if another program wrote meanwhile, try again)."""
    for _attempt in range(SNAPSHOT_ATTEMPTS):
        target.unlink(missing_ok=True)
        conn = register.raw_connection()
        try:
            before = table_row_counts(conn)
            conn.execute("VACUUM INTO ?", (str(target),))
            after = table_row_counts(conn)
        except Exception as exc:
            raise BackupError("backup.copy_failed", reason=type(exc).__name__) from None
        finally:
            conn.close()
        if before == after:
            _verify_snapshot(register, target, before)
            return before
    raise BackupError("backup.source_changing")


def _verify_snapshot(register: Register, snapshot: Path, counts: dict[str, int]) -> None:
    conn = register.connect_file(snapshot)
    try:
        check_integrity(conn)
        compare_row_counts(conn, counts)
    except RegisterDamagedError as error:
        raise BackupError("backup.verification_failed", check=error.check) from None
    finally:
        conn.close()


def _write_zip(path: Path, snapshot: Path, register: Register, counts: dict[str, int]) -> None:
    conn = register.raw_connection()
    try:
        version = schema_version(conn)
    finally:
        conn.close()
    keyslots = register.keyslots.file_bytes()  # the sound copy in memory, even if a file copy is damaged
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "created": datetime.now().astimezone().isoformat(timespec="seconds"),
        "register_id": register.register_id,
        "schema_version": version,
        "row_counts": counts,
        "sha256": {DB_NAME: _file_sha256(snapshot), KEYSLOTS_NAME: hashlib.sha256(keyslots).hexdigest()},
    }
    files.create_private_file(path)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
        archive.write(snapshot, DB_NAME)  # streamed by zipfile, never read whole
        archive.writestr(KEYSLOTS_NAME, keyslots)
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _remove(folder: Path, created: bool) -> None:
    with contextlib.suppress(OSError):
        if created:
            shutil.rmtree(folder)
        else:
            for child in folder.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
