"""Quasi-identifiers (round 5): words that do not name the person but can single them out in a small group.
They are not masked; they are flagged for the review ("à vérifier", left in clear like the other
candidates) with a generalisation the referent may write instead (`Hit.generalisation`):

- the commune where the person lives ("vit seule à Saint-Gilles", "woont in Molenbeek") → the region;
- a full appointment date ("le 12 mars 2026", "op 3/4/2026") → the month;
- a named place of life ("home Saint-Joseph", "WZC Ter Kameren") → its kind ("home").
"""

from __future__ import annotations

import re

from app.anonymiser.folding import fold_text, normalise_key
from app.anonymiser.labels import FRENCH_MONTHS
from app.anonymiser.lexicon import BRUSSELS_COMMUNES, commune_keys
from app.anonymiser.model import ADRESSE, DATE, LIEU, Hit
from app.anonymiser.organisations import living_place_pattern
from app.anonymiser.patterns.base import CAP, WEAK
from app.anonymiser.patterns.dates import _MONTH_WORD

_RESIDENCE = re.compile(
    r"(?<![\w])(?i:vit|vivent|vivait|vivaient|habite|habitent|habitait|r[ée]side|r[ée]sident|r[ée]sidait|"
    r"domicili[ée]e?s?|install[ée]e?s?|log[ée]e?s?|woont|wonen|woonde|verblijft|gedomicilieerd|ingeschreven)"
    r"(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+(?i:à|a|sur|in|te)[ \t]+"
    rf"(?P<place>[{CAP}][\w'’]*(?:-[{CAP}]?[\w'’]*)*(?:[ \t]+[{CAP}][\w'’-]*)?)"
)
_DAY_MONTH = re.compile(
    rf"(?<![\w/.-])(?P<day>1er|\d{{1,2}})[ \t]+(?P<month>{_MONTH_WORD})"
    r"(?:[ \t]+(?P<year>(?:19|20)\d{2}))?(?![\w])"
)
_NUMERIC = re.compile(
    r"(?<![\w/.-])(?P<day>\d{1,2})[/.](?P<month>\d{1,2})(?:[/.](?P<year>(?:19|20)?\d{2}))?(?![\w/]|\.\d)"
)
_MONTH_INDEX = {
    **{fold_text(m)[:3]: i for i, m in enumerate(FRENCH_MONTHS)},
    "jan": 0,
    "feb": 1,
    "maa": 2,
    "mrt": 2,
    "apr": 3,
    "mei": 4,
    "jun": 5,
    "jul": 6,
    "aug": 7,
    "sep": 8,
    "okt": 9,
    "nov": 10,
    "dec": 11,
    "jui": 5,
}
_BRUSSELS_KEYS = frozenset(normalise_key(c) for c in BRUSSELS_COMMUNES)


def find_quasi_identifiers(text: str) -> list[Hit]:
    return [*_residences(text), *_appointment_dates(text), *_living_places(text)]


def _flag(start: int, end: int, kind: str, detail: str, generalisation: str) -> Hit:
    key = kind.lower() + ":" + normalise_key(f"{start}-{end}")
    return Hit(start, end, kind, "pattern", detail + " (à vérifier)", key, True, WEAK, generalisation)


def _residences(text: str) -> list[Hit]:
    hits = []
    for match in _RESIDENCE.finditer(text):
        place = match.group("place")
        words = place.split()
        while words and normalise_key(" ".join(words)) not in commune_keys():
            words.pop()
        if not words:
            continue
        key = normalise_key(" ".join(words))
        region = "Région de Bruxelles-Capitale" if key in _BRUSSELS_KEYS else ""
        start = match.start("place")
        end = start + len(" ".join(words)) if len(words) > 1 else start + len(words[0])
        hits.append(_flag(start, end, ADRESSE, "commune de résidence", region))
    return hits


def _appointment_dates(text: str) -> list[Hit]:
    hits = []
    for pattern in (_DAY_MONTH, _NUMERIC):
        for match in pattern.finditer(text):
            month = _month(match.group("month"))
            if month is None or not 1 <= int(re.sub(r"\D", "", match.group("day")) or 1) <= 31:
                continue
            year = match.group("year") or ""
            if len(year) == 2:
                year = "20" + year
            label = f"{FRENCH_MONTHS[month]} {year}".strip()
            hits.append(_flag(match.start(), match.end(), DATE, "date complète", label))
    return hits


def _month(written: str) -> int | None:
    if written.isdigit():
        number = int(written)
        return number - 1 if 1 <= number <= 12 else None
    folded = fold_text(written)
    if folded.startswith("juil"):
        return 6
    return _MONTH_INDEX.get(folded[:3])


def _living_places(text: str) -> list[Hit]:
    hits = []
    for match in living_place_pattern().finditer(text):
        kind_word = text[match.start() : match.start("name")].strip()
        hits.append(_flag(match.start("name"), match.end("name"), LIEU, "lieu de vie nommé", kind_word))
    return hits
