"""Quasi-identifiers (round 5): words that do not name the person but can single them out in a small group.
They are not masked; they are flagged for the review ("à vérifier", left in clear like the other
candidates) with a generalisation the referent may write instead (`Hit.generalisation`):

- the commune where the person lives ("vit seule à Saint-Gilles", "woont in Molenbeek") → the region;
- a full appointment date ("le 12 mars 2026", "op 3/4/2026") → the month;
- a named place of life ("home Saint-Joseph", "WZC Ter Kameren") → its kind ("home").
"""

from __future__ import annotations

import re
from functools import cache

from app.anonymiser.folding import fold_text, normalise_key
from app.anonymiser.labels import FRENCH_MONTHS
from app.anonymiser.lexicon import BELGIAN_TOWNS, BRUSSELS_COMMUNES, commune_keys
from app.anonymiser.model import ADRESSE, DATE, LIEU, Hit
from app.anonymiser.organisations import living_place_pattern
from app.anonymiser.patterns.base import CAP, WEAK
from app.anonymiser.patterns.dates import _MONTH_WORD

_LIVES = (
    r"(?<![\w])(?i:vit|vivent|vivait|vivaient|habite|habitent|habitait|r[ée]side|r[ée]sident|r[ée]sidait|"
    r"domicili[ée]e?s?|install[ée]e?s?|log[ée]e?s?|d[ée]m[ée]nag\w*|quitter|woont|wonen|woonde|verblijft|"
    r"gedomicilieerd|ingeschreven|verhuiz\w*|verhuisd)"
    # up to six words or numbers between ("habite avenue Van Volxem 300 à Forest"), within the sentence
    r"(?:[ \t]+[\w'’-]+,?){0,6}?"
)


@cache
def _residence_pattern() -> re.Pattern[str]:
    """A living verb, then the first commune after à / in / te / uit / van / de."""
    names = sorted({*BRUSSELS_COMMUNES, *BELGIAN_TOWNS}, key=len, reverse=True)
    communes = "|".join(re.escape(n).replace(r"\ ", r"[ \t-]").replace(r"\-", r"[ \t-]") for n in names)
    return re.compile(
        _LIVES + rf"[ \t]+(?:à|a|sur|in|te|uit|van|de|d['’])[ \t]*(?P<place>(?i:{communes}))(?![\w-])"
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


# Where the person lives, named after an article: "vit à la Seniorie du Parc", "woont in de Residentie X".
_LIVES_IN_A_PLACE = re.compile(
    _LIVES + r"[ \t]+(?i:à[ \t]+la|à[ \t]+l['’]|au|dans[ \t]+la|dans[ \t]+le|in[ \t]+de|in[ \t]+het)[ \t]*"
    rf"(?P<name>[{CAP}][\w'’-]*(?:[ \t]+(?:du|de|des|la|le|van|der|het)?[ \t]*[{CAP}][\w'’-]*){{0,3}})"
)


def find_quasi_identifiers(text: str) -> list[Hit]:
    return [*_residences(text), *_appointment_dates(text), *_living_places(text)]


def _flag(start: int, end: int, kind: str, detail: str, generalisation: str) -> Hit:
    key = kind.lower() + ":" + normalise_key(f"{start}-{end}")
    return Hit(start, end, kind, "pattern", detail + " (à vérifier)", key, True, WEAK, generalisation)


def _residences(text: str) -> list[Hit]:
    hits = []
    for match in _residence_pattern().finditer(text):
        key = normalise_key(match.group("place"))
        region = "Région de Bruxelles-Capitale" if key in _BRUSSELS_KEYS else ""
        hits.append(_flag(match.start("place"), match.end("place"), ADRESSE, "commune de résidence", region))
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
    for match in _LIVES_IN_A_PLACE.finditer(text):
        if normalise_key(match.group("name")) not in commune_keys():
            hits.append(_flag(match.start("name"), match.end("name"), LIEU, "lieu de vie nommé", ""))
    for match in living_place_pattern().finditer(text):
        kind_word = text[match.start() : match.start("name")].strip()
        hits.append(_flag(match.start("name"), match.end("name"), LIEU, "lieu de vie nommé", kind_word))
    return hits
