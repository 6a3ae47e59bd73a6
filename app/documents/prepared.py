"""A document rendered before it is written (previewed, edited), written by the export pipeline as it is.

The preview shows bytes; what is saved must be those bytes, not a second rendering that could differ. A
PreparedDocument carries them to app.exports.pipeline.run_export (atomic owner-only write, one ExportLog row
with the kind, format and a few short settings: the situation's pseudonym, the language, the recipient's role,
never a name or the content).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.exports.log import Setting, record_export
from app.exports.pipeline import run_export
from app.exports.progress import ProgressSteps
from storage.register import Register


@dataclass(frozen=True)
class PreparedDocument:
    kind: str
    format: str
    recorded: Mapping[str, Setting]
    content: bytes = field(repr=False)
    anonymised: bool = False  # these documents name the person

    def settings(self) -> Mapping[str, Setting]:
        return self.recorded

    def gather(self, register: Register) -> bytes:
        return self.content

    def render(self, data: bytes, steps: ProgressSteps) -> Sequence[bytes]:
        return [data]

    def item_count(self, data: bytes) -> int:
        return 1


def save_document(register: Register, document: PreparedDocument, path: Path) -> None:
    run_export(register, document, path)


def log_handed_over(register: Register, kind: str, how: str, recorded: Mapping[str, Setting]) -> None:
    """Log a document that left Relais without a file of ours (a mailto: draft, a copied text)."""
    record_export(register, kind, how, recorded, 1, anonymised=False)
