"""A flipped byte in the -wal silently ends the log there (SQLite's design): committed transactions after it
are dropped, and the checkpoint on open deletes the evidence. Before the first connection we read the -wal
ourselves, verify its frame checksums as SQLite will, and if committed frames lie beyond the first bad one we
keep the -wal aside (it is ciphertext, like the register) and report how many frames were dropped.
"""

from __future__ import annotations

import errno
import shutil
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storage.errors import RegisterStorageError, RegisterWarning

HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
MAGIC_LITTLE, MAGIC_BIG = 0x377F0682, 0x377F0683
MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalReport:
    applied_frames: int  # frames SQLite will replay (up to the last sound commit)
    dropped_commit_frames: int  # commit frames of the current log beyond the first bad frame


def inspect(wal: Path) -> WalReport:
    """What SQLite will make of `wal` (an absent, empty or foreign-header file drops nothing)."""
    try:
        data = wal.read_bytes()
    except OSError:
        return WalReport(0, 0)
    if len(data) < HEADER_BYTES:
        return WalReport(0, 0)
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:HEADER_BYTES])
    if magic not in (MAGIC_LITTLE, MAGIC_BIG) or page_size < 512:
        return WalReport(0, 0)
    order = ">" if magic == MAGIC_BIG else "<"
    if _checksum(data[:24], order, 0, 0) != (c1, c2):
        return WalReport(0, 0)
    return _walk_frames(data, order, page_size, (salt1, salt2), (c1, c2))


def _walk_frames(data: bytes, order: str, page_size: int, salts: tuple[int, int],
                 checksum: tuple[int, int]) -> WalReport:
    frame_bytes = FRAME_HEADER_BYTES + page_size
    applied = last_commit = dropped = 0
    sound = True
    for offset in range(HEADER_BYTES, len(data) - frame_bytes + 1, frame_bytes):
        header = struct.unpack(">6I", data[offset:offset + FRAME_HEADER_BYTES])
        if (header[2], header[3]) != salts:
            continue  # a frame of an earlier log generation: never replayed, never "dropped"
        index = (offset - HEADER_BYTES) // frame_bytes + 1
        if sound:
            body = data[offset:offset + 8] + data[offset + FRAME_HEADER_BYTES:offset + frame_bytes]
            checksum = _checksum(body, order, *checksum)
            sound = checksum == (header[4], header[5])
        if sound and header[1]:
            last_commit = index
        elif not sound and header[1]:
            dropped += 1
        applied = last_commit
    return WalReport(applied, dropped)


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & MASK
        s1 = (s1 + words[index + 1] + s0) & MASK
    return s0, s1


def keep_aside_if_dropping(database: Path, aside_folder: Path) -> RegisterWarning | None:
    """Before the first connection: copy a -wal whose committed frames SQLite would drop, and say so."""
    wal = database.with_name(database.name + "-wal")
    report = inspect(wal)
    if not report.dropped_commit_frames:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = aside_folder / f"{stamp}-{wal.name}"
    try:
        aside_folder.mkdir(exist_ok=True, mode=0o700)
        shutil.copyfile(wal, target)
        target.chmod(0o600)
    except OSError as exc:  # opening now would let the checkpoint delete the only evidence: stop
        target.unlink(missing_ok=True)
        code = "register.disk_full" if exc.errno == errno.ENOSPC else "register.io_error"
        raise RegisterStorageError(code, check="wal_aside") from None
    return RegisterWarning("register.wal_frames_dropped", transactions=report.dropped_commit_frames,
                           file=target.name)
