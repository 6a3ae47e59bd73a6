"""A rendered document and its two ways out: written through the export pipeline, or printed and logged.

The preview shows `RenderedDocument.content` before anything is written; saving runs the export pipeline
(app.exports.pipeline: atomic owner-only write, one ExportLog row) with the bytes already rendered, after
`recheck` (the handover sheet checks its consent again: it may have been withdrawn meanwhile).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.exports.log import Setting, record_export
from app.exports.pipeline import run_export
from app.exports.progress import ProgressSteps
from storage.register import Register


@dataclass(frozen=True)
class RenderedDocument:
    kind: str  # "handover", "situation_file", "access", "fridge_note", "gp_note"
    format: str  # "pdf", "json", "eml"
    content: bytes
    settings: Mapping[str, Setting]  # what, for which situation, to whom (a consent id): never a name
    item_count: int = 1
    notices: tuple[str, ...] = ()
    recheck: Callable[[Register], None] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class _RenderedJob:
    document: RenderedDocument
    anonymised: bool = False

    @property
    def kind(self) -> str:
        return self.document.kind

    @property
    def format(self) -> str:
        return self.document.format

    def settings(self) -> Mapping[str, Setting]:
        return self.document.settings

    def gather(self, register: Register) -> RenderedDocument:
        if self.document.recheck is not None:
            self.document.recheck(register)
        return self.document

    def render(self, data: RenderedDocument, steps: ProgressSteps) -> tuple[bytes]:
        return (data.content,)

    def item_count(self, data: RenderedDocument) -> int:
        return data.item_count


def save_document(register: Register, document: RenderedDocument, target: Path) -> Path:
    """Write the document atomically (0600) and log it once; nothing is written or logged on failure."""
    run_export(register, _RenderedJob(document), Path(target))
    return Path(target)


def record_printed(register: Register, document: RenderedDocument) -> None:
    """Log a document sent to the printer (format "print"), after the same recheck as a save."""
    if document.recheck is not None:
        document.recheck(register)
    record_export(register, document.kind, "print", document.settings, document.item_count, anonymised=False)


def log_handed_over(register: Register, kind: str, how: str, settings: Mapping[str, Setting]) -> None:
    """Log a document that left Relais without a file of ours (a mailto: draft, a copied text)."""
    record_export(register, kind, how, settings, 1, anonymised=False)
