"""Exporting a CdP session (PDF or JSON bundle), as an export job of app.exports.pipeline.

Both formats are written from the same bundle document, through an owner-only temp file renamed at the end
(an unwritable path is reported before any work, and no partial file is ever left), then logged once in
ExportLog: what, when and how — never the content. The command line is app.cli.cdp_commands.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import clock
from app.cdp.bundle import bundle_bytes, bundle_document
from app.cdp.referent import referent_pseudonym
from app.cdp.review import CanvasReview
from app.cdp.sessions import CdpSessionRead
from app.errors import ValidationError
from app.exports.log import Setting
from app.exports.pipeline import Rendered, run_export
from app.exports.progress import ProgressSteps
from storage.register import Register

FORMATS = {".pdf": "pdf", ".json": "json"}


def export_format(path: Path) -> str:
    try:
        return FORMATS[Path(path).suffix.lower()]
    except KeyError:
        raise ValidationError("out", "cdp.export_suffix") from None


@dataclass(frozen=True)
class CdpExport:
    """The canvases of a session with a confirmed review, as "pdf" (printable) or "json" (the bundle)."""

    session: CdpSessionRead
    review: CanvasReview
    format: str
    kind: str = "cdp_canvas"
    anonymised: bool = True

    def settings(self) -> Mapping[str, Setting]:
        return {
            "reviewed": not self.review.automatic,
            "review": self.review.mode,  # "screen", "file" (--accept-review) or "none" (--no-review)
            "named_entities": self.review.anonymiser.ner_available,
            "noeud": self.session.noeud,
            "replacements": sum(self.review.counts_by_kind().values()),
        }

    def gather(self, register: Register) -> dict[str, Any]:
        """The bundle document: the reviewed texts only (nothing more is read from the register)."""
        return bundle_document(self.session, self.review, clock.now(), referent_pseudonym(register))

    def render(self, data: dict[str, Any], steps: ProgressSteps) -> Sequence[Rendered]:
        if self.format == "json":
            return (bundle_bytes(data),)
        from app.cdp.pdf import render_canvas_pdf  # reportlab only when a PDF is asked for

        return (lambda output: render_canvas_pdf(data, output),)

    def item_count(self, data: dict[str, Any]) -> int:
        return len(self.review.canvases)


def export_session(register: Register, session: CdpSessionRead, review: CanvasReview, path: Path) -> str:
    """Write the PDF or the bundle (by the file's suffix) from a confirmed review; returns the format."""
    fmt = export_format(path)
    review.require_confirmed()
    run_export(register, CdpExport(session, review, fmt), Path(path))
    return fmt
