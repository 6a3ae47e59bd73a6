"""Atomic file replacement: write a sibling temp file, fsync it, rename it over the target, fsync the folder.

The temp file is created exclusively (O_CREAT | O_EXCL | O_NOFOLLOW) with a random name and mode 0600: a file
or symlink planted at a candidate name is never opened nor followed (another name is tried), and nobody but
the owner can read what is being written, even for the instant before the rename.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

OWNER_ONLY = 0o600
NAME_ATTEMPTS = 100
_EXCLUSIVE = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
)  # fmt: skip


class AtomicFile:
    """A fresh owner-only temp file next to `target`: write to `handle`, then `commit()` or `discard()`."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        self.temporary, descriptor = _create_exclusive(self.target)
        self.handle: BinaryIO = os.fdopen(descriptor, "wb")

    def commit(self) -> None:
        """Make the written bytes durable and put them in place of the target; discards on failure."""
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.replace(self.temporary, self.target)
        except BaseException:
            self.discard()
            raise
        fsync_folder(self.target.parent)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.handle.close()
        with contextlib.suppress(OSError):
            self.temporary.unlink()


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[BinaryIO]:
    """Yield an open owner-only temp file; a clean exit puts it in place of `target`, an error removes it."""
    output = AtomicFile(target)
    try:
        yield output.handle
    except BaseException:
        output.discard()
        raise
    output.commit()


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new content, never half."""
    with atomic_file(path) as handle:
        handle.write(data)


def temp_name(target: Path) -> str:
    """A candidate name for the temp file of `target` (hidden, random; tests replace it to plant links)."""
    return f".{target.name}.{secrets.token_hex(8)}.tmp"


def _create_exclusive(target: Path) -> tuple[Path, int]:
    for _ in range(NAME_ATTEMPTS):
        candidate = target.with_name(temp_name(target))
        try:
            descriptor = os.open(candidate, _EXCLUSIVE, OWNER_ONLY)
        except FileExistsError:
            continue  # taken, or planted: never reuse a name we did not create
        if hasattr(os, "fchmod"):  # the umask may have removed bits: 0600 exactly, whatever it is
            with contextlib.suppress(OSError):  # some mounted file systems have no modes at all
                os.fchmod(descriptor, OWNER_ONLY)
        return candidate, descriptor
    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST))


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (no-op where folders cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
