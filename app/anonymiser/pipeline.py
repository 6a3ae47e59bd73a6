"""The detectors of the anonymiser and their order: one declared list, `DETECTORS`.

Every detector takes the `Page` being scrubbed and returns what it `Found`: hits to mask and candidates
left in clear for the review screen. Identifier detectors come first (register deny list, patterns);
their register names inside a longer directory name are dropped. Name detectors follow; their hits are
cut around kept organisation and resource names (`keep.outside_keep`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from app.anonymiser import given_names, ner
from app.anonymiser.denylist import DenyList
from app.anonymiser.entities import entity_hits
from app.anonymiser.folding import Folded
from app.anonymiser.keep import outside_keep, part_of_a_directory_name
from app.anonymiser.model import EMAIL, PERSONNE, TELEPHONE, Hit
from app.anonymiser.near_names import NearNames
from app.anonymiser.patterns import (
    STREET_WITHOUT_NUMBER,
    find_addresses,
    find_announced_names,
    find_apposed_names,
    find_birth_dates,
    find_context_names,
    find_emails,
    find_names_after_organisations,
    find_nicknames,
    find_numbers,
    find_phones,
    find_quasi_identifiers,
)

_REGISTER_PRIORITY = 3
_REGISTER_DETAIL = {TELEPHONE: "téléphone du registre", EMAIL: "adresse e-mail du registre"}


@dataclass(frozen=True)
class Page:
    """One text being scrubbed, with what the detectors of one export share."""

    text: str
    folded: Folded
    lowercase: bool  # written without the usual capitals (quick notes)
    deny: DenyList
    near: NearNames
    keep_keys: frozenset[str]
    directory_spans: list[tuple[int, int]]  # keep terms written in the text
    keep_spans: list[tuple[int, int]]  # keep terms, eponymous diseases, institutions named after a person
    today: date | None
    use_ner: bool


@dataclass(frozen=True)
class Found:
    hits: list[Hit]
    candidates: list[Hit] = field(default_factory=list)


@dataclass(frozen=True)
class Detector:
    find: Callable[[Page], Found]
    finds_names: bool = False  # names found outside the register: cut around kept names


def lowercase_text(text: str) -> bool:
    """Is the text written without the usual capitals (quick notes, all lower case)?"""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    if not any(c.isupper() for c in letters):
        return True
    starts = re.findall(r"(?:^|[.!?]\s+)([^\W\d_])", text)
    return len(starts) >= 3 and sum(s.islower() for s in starts) > len(starts) / 2


def deny_list(page: Page) -> Found:
    hits, candidates = page.deny.find(page.folded, page.lowercase)
    return Found(hits, candidates)


def near_register_names(page: Page) -> Found:
    return Found(page.near.find(page.text, page.keep_keys))


def phones_and_emails(page: Page) -> Found:
    """Phones and e-mails; those of the register are reported as register identifiers."""
    hits = [*find_phones(page.text), *find_emails(page.text)]
    return Found([_as_register(hit) if _in_register(hit, page) else hit for hit in hits])


def _in_register(hit: Hit, page: Page) -> bool:
    if hit.kind == EMAIL:
        return page.deny.has_email(page.text[hit.start : hit.end])
    if hit.kind == TELEPHONE and hit.key.startswith("tel:+"):
        import phonenumbers

        number = phonenumbers.parse(hit.key[4:], None)
        return page.deny.has_phone(number.country_code, number.national_number)
    return False


def _as_register(hit: Hit) -> Hit:
    detail = _REGISTER_DETAIL[hit.kind]
    return Hit(hit.start, hit.end, hit.kind, "register", detail, hit.key, False, _REGISTER_PRIORITY)


def numbers(page: Page) -> Found:
    return Found(find_numbers(page.text))


def addresses(page: Page) -> Found:
    """Streets and postcodes; a street named without a number is a place, left in clear."""
    found = Found([], [])
    for hit in find_addresses(page.text):
        (found.candidates if hit.detail == STREET_WITHOUT_NUMBER else found.hits).append(hit)
    return found


def birth_dates(page: Page) -> Found:
    return Found(find_birth_dates(page.text, page.today))


def announced_names(page: Page) -> Found:
    return Found(find_announced_names(page.text, page.keep_keys, page.lowercase))


def apposed_names(page: Page) -> Found:
    return Found(find_apposed_names(page.text, page.keep_keys))


def context_names(page: Page) -> Found:
    return Found(find_context_names(page.text, page.keep_keys))


def nicknames(page: Page) -> Found:
    return Found(find_nicknames(page.text))


def names_after_organisations(page: Page) -> Found:
    return Found(find_names_after_organisations(page.text, page.directory_spans, page.keep_keys))


def known_given_names(page: Page) -> Found:
    """Capitalised given names in every text; in a text written without capitals, lower-case frequent
    given names that are no common word too (ambiguous)."""
    found = given_names.find_given_names(page.text, page.keep_keys)
    if page.lowercase:
        found += given_names.find_lowercase_given_names(page.text, page.keep_keys)
    return Found(found)


def quasi_identifiers(page: Page) -> Found:
    """Flagged for review, never masked: the commune of residence, full dates, a named place of life."""
    return Found([], find_quasi_identifiers(page.text))


def named_entities(page: Page) -> Found:
    """The NER safety net, when switched on and the model is installed."""
    if not (page.use_ner and ner.available()):
        return Found([])
    return Found(entity_hits(page.text, page.keep_keys))


# The order matters: it is the order of the hits, which breaks ties between equal overlapping detections.
DETECTORS: tuple[Detector, ...] = (
    Detector(deny_list),
    Detector(near_register_names),
    Detector(phones_and_emails),
    Detector(numbers),
    Detector(addresses),
    Detector(birth_dates),
    Detector(announced_names, finds_names=True),
    Detector(apposed_names, finds_names=True),
    Detector(context_names, finds_names=True),
    Detector(nicknames),  # an explicit nickname wins over an article before it ("« le Grand Momo »")
    Detector(names_after_organisations, finds_names=True),
    Detector(known_given_names, finds_names=True),
    Detector(named_entities, finds_names=True),
    Detector(quasi_identifiers),
)


def detect(page: Page, detectors: tuple[Detector, ...] = DETECTORS) -> Found:
    """Every detection of the page, in detector order."""
    hits: list[Hit] = []
    candidates: list[Hit] = []
    # A register name the deny list reads as a word here ("Storm en regen", "depuis la Toussaint") is not
    # re-masked by a name detector: the register knows the name, its decision wins.
    word_spans = []
    for detector in detectors:
        found = detector.find(page)
        candidates.extend(found.candidates)
        if detector.find is deny_list:
            word_spans = [(c.start, c.end) for c in found.candidates if c.kind == PERSONNE]
        if detector.finds_names:
            keep_spans = page.keep_spans + word_spans
            hits.extend(piece for hit in found.hits for piece in outside_keep(hit, page.text, keep_spans))
        else:
            hits.extend(
                h for h in found.hits if not part_of_a_directory_name(h, page.text, page.directory_spans)
            )
    return Found(hits, candidates)
