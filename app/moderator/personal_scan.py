"""The export's direct-identifier scan, run again on every text of a bundle before it is merged.

The finders are the anonymiser's own (app.anonymiser.patterns): NISS/BIS and IBAN numbers, phones, e-mails,
a street with its number. One hit refuses the whole bundle: a moderator must never hold a bundle that
slipped past the referent's review. Only the kinds of the hits are returned, never the text found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from app.anonymiser.model import ADRESSE, IBAN, NISS
from app.anonymiser.patterns import find_addresses, find_emails, find_numbers, find_phones

# Fields that are identifiers or dates by construction (checked by the schema's patterns), not texts.
_NOT_TEXTS = frozenset(
    {"format", "bundle_id", "referent", "exported_on", "held_on", "from", "to", "month", "ref"}
)
_NUMBER_KINDS = frozenset({NISS, IBAN})
_SEPARATOR = "\n\n"  # the finders never match across an empty line
_MAYBE = re.compile(r"[\d@]")
_PLACEHOLDER = re.compile(r"\[[A-ZÉÈÊ ]+ \d+\]")


def personal_kinds(document: dict[str, Any]) -> set[str]:
    """The kinds of direct identifiers found in the bundle's texts ("NISS", "EMAIL"…); empty when none."""
    # Every finder needs a digit (an e-mail, an @): only such texts are scanned, once the anonymiser's own
    # numbered placeholders ("[PERSONNE 2]") are set aside. Most texts of a bundle stop here.
    texts = (_PLACEHOLDER.sub("[]", text) for text in _texts(document) if _MAYBE.search(text))
    text = _SEPARATOR.join(text for text in texts if _MAYBE.search(text))
    if not text:
        return set()
    kinds = {hit.kind for hit in find_numbers(text) if hit.kind in _NUMBER_KINDS}
    kinds |= {hit.kind for hit in find_phones(text)}
    kinds |= {hit.kind for hit in find_emails(text)}
    kinds |= {hit.kind for hit in find_addresses(text) if hit.kind == ADRESSE}
    return kinds


def _texts(value: Any, key: str = "") -> Iterator[str]:
    if isinstance(value, str):
        if key not in _NOT_TEXTS and value:
            yield value
    elif isinstance(value, dict):
        if key == "replacements":  # the only object whose keys are free (placeholder kinds)
            yield from value
        for name, item in value.items():
            yield from _texts(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item, key)
