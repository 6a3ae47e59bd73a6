"""Importing a personal dump from the window: first what it would add (the whole file checked, nothing
written), then the import itself after an automatic backup of the register ("avant-import").

The checks are those of `relais import` (app/personal_import.py): a malformed file is refused with the
record and field named, before anything is written, and the import is all or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import registers
from app.exports import dump_format as f
from app.personal_import import _Plan, import_document, read_document
from storage.register import Register

IMPORT_BACKUP_REASON = "avant-import"


@dataclass(frozen=True)
class ImportPreview:
    """Counts only: what the file would add to the register."""

    persons: int
    situations: int
    resources: int
    time_entries: int
    followups: int
    cdp_sessions: int


@dataclass(frozen=True)
class ImportResult:
    situations: int
    backup: Path


def preview_import(register: Register, path: Path) -> ImportPreview:
    """Check the whole file against the register as an import would, and count; writes nothing."""
    document = read_document(Path(path))
    with register.reading() as session:
        plan = _Plan(session)
        plan.add_document(document)
    rows = plan.rows
    return ImportPreview(len(rows[f.PERSONS]), len(rows[f.SITUATIONS]), len(rows[f.RESOURCES]),
                         len(rows[f.TIME_ENTRIES]), len(rows[f.FOLLOW_UPS]), len(rows[f.CDP_SESSIONS]))


def import_after_backup(register: Register, path: Path) -> ImportResult:
    """Back the register up, then import the file (all or nothing); the backup undoes an unwanted import."""
    document = read_document(Path(path))
    backup = registers.back_up_automatically(register, IMPORT_BACKUP_REASON)
    return ImportResult(import_document(register, document), backup)
