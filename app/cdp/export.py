"""Exporting a CdP session (PDF or JSON bundle) and `relais export canvas`.

Both formats are written from the same bundle document, through a temporary file renamed at the end (an
unwritable path is reported before any work, and no partial file is ever left), then logged in ExportLog:
what, when and how — never the content.The command line is app.cli.cdp_commands.
"""

from __future__ import annotations

import json
from pathlib import Path

from app import clock
from app.cdp.bundle import bundle_bytes, bundle_document
from app.cdp.review import CanvasReview
from app.cdp.sessions import CdpSessionRead
from app.errors import ValidationError
from app.exports.invisible_work_csv import atomic_output
from storage.models import ExportLog
from storage.register import Register

FORMATS = {".pdf": "pdf", ".json": "json"}


def export_format(path: Path) -> str:
    try:
        return FORMATS[Path(path).suffix.lower()]
    except KeyError:
        raise ValidationError("out", "cdp.export_suffix") from None


def export_session(register: Register, session: CdpSessionRead, review: CanvasReview, path: Path) -> str:
    """Write the PDF or the bundle (by the file's suffix) from a confirmed review; returns the format."""
    fmt = export_format(path)
    review.require_confirmed()
    document = bundle_document(session, review, clock.now())
    with atomic_output(Path(path)) as temporary:
        if fmt == "pdf":
            from app.cdp.pdf import render_canvas_pdf  # reportlab only when a PDF is asked for

            render_canvas_pdf(document, temporary)
        else:
            temporary.write_bytes(bundle_bytes(document))
    _log(register, session, review, fmt)
    return fmt


def _log(register: Register, session: CdpSessionRead, review: CanvasReview, fmt: str) -> None:
    settings = {
        "reviewed": not review.automatic,
        "named_entities": review.anonymiser.ner_available,
        "noeud": session.noeud,
        "replacements": sum(review.counts_by_kind().values()),
    }
    with register.session() as db:
        db.add(ExportLog(exported_at=clock.now(), kind="cdp_canvas", format=fmt,
                         settings_json=json.dumps(settings), item_count=len(review.canvases)))  # fmt: skip
