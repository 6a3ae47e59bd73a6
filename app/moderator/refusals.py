"""Why a bundle file was refused, in French, Dutch or English: one text for the CLI, the window's exports and
the synthesis files (PDF, CSV, JSON), from the message catalog (resources/messages/errors.json).

Light on purpose: `relais` builds its parser on every start and the CLI imports this module then.
"""

from __future__ import annotations

from app.messages import message_text

REFUSAL_CODES = {  # Refusal's name (app.moderator.reading) → the catalog's text
    "UNREADABLE": "moderator.refused_unreadable",
    "TOO_LARGE": "moderator.refused_too_large",
    "TRUNCATED": "moderator.refused_truncated",
    "NOT_JSON": "moderator.refused_not_json",
    "NOT_A_BUNDLE": "moderator.refused_not_a_bundle",
    "UNKNOWN_VERSION": "moderator.refused_unknown_version",
    "INVALID": "moderator.refused_invalid",
    "PERSONAL_DATA": "moderator.refused_personal_data",
    "DUPLICATE": "moderator.refused_duplicate",
}


def refusal_message(refusal_name: str, detail: str, language: str) -> str:
    """Why a file was refused, in `language` (fr, nl, en), with its detail (never a value of the file)."""
    if refusal_name == "DUPLICATE" and detail:  # the detail is the file it repeats
        return message_text("moderator.refused_duplicate_of", {"file": detail}, language)
    text = message_text(REFUSAL_CODES[refusal_name], None, language)
    return f"{text} ({detail})" if detail else text
