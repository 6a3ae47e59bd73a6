"""The anonymiser's word lists, read from resources/anonymiser/ (shipped as package data).

Each list is a UTF-8 text file, one entry per line, in the order written; blank lines and lines starting
with '#' (why the words are listed) are skipped. Read once per process.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

PACKAGE = "resources.anonymiser"


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of resources/anonymiser/<name>.txt, in file order (duplicates kept)."""
    text = files(PACKAGE).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))
