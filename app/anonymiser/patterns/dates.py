"""Dates of birth: a date announced as one ("née le 3 mars 1948", "ddn 12/04/51", "geboren op …", "°1950"),
or a full date far enough in the past to be a birth date rather than an appointment."""

from __future__ import annotations

import re
from datetime import date

from app.anonymiser.folding import normalise_key
from app.anonymiser.model import DATE_NAISSANCE, Hit
from app.anonymiser.patterns.base import SHAPED, VALIDATED, pattern_hit

# An appointment is rarely planned this many years back; a full date older than that is a birth date.
_BIRTH_AGE = 40

_MONTH_WORD = (
    r"(?i:janvier|janv\.?|f[ée]vrier|f[ée]vr\.?|f[ée]v\.?|mars|avril|avr\.?|mai|juin|juillet|juil\.?|ao[uû]t|"
    r"septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|d[ée]cembre|d[ée]c\.?|januari|jan\.?|februari|feb\.?|"
    r"maart|mrt\.?|april|apr\.?|mei|juni|juli|augustus|aug\.?|september|sep\.?|oktober|okt\.?|november|december)"
)
_DATE = (
    rf"(?:(?:1er|1re|\d{{1,2}})[ \t]*{_MONTH_WORD}[ \t]+\d{{2,4}}"
    r"|\d{1,2}[ \t]*[./-][ \t]*\d{1,2}[ \t]*[./-][ \t]*\d{2,4}"
    rf"|{_MONTH_WORD}[ \t]+\d{{4}})"
)
_TRIGGER = (
    r"(?:(?<![\w])(?i:n[ée]e?s?|n[ée]\s?\(e\))[ \t]+"
    r"(?:(?i:à|a|te)[ \t]+[^\s,.;:]+(?:[ \t-][^\s,.;:]+){0,2}[ \t]+)?"
    r"(?i:le|en|au[ \t]+mois[ \t]+de|in)?"
    r"|(?<![\w])(?i:date[ \t]+de[ \t]+naissance|dates?[ \t]+naiss\.?|d\.?d\.?n\.?|naissance|n\.?d\.?n\.?"
    r"|ann[ée]e[ \t]+de[ \t]+naissance|geboren(?:[ \t]+(?:op|in|te[ \t]+\S+[ \t]+op))?|geb\.?|geboortedatum"
    r"|geboortejaar)"
    r"|°)"
)
_DOB = re.compile(rf"{_TRIGGER}[ \t]*[:=]?[ \t]*(?:le[ \t]+)?(?P<date>{_DATE}|(?:19|20)\d{{2}})(?![\d])")
_FULL_DATE = re.compile(rf"(?<![\d/.-]){_DATE}(?![\d])")


def _year_of(text: str) -> int | None:
    match = re.search(r"(\d{2,4})\s*$", text)
    if not match:
        return None
    year = int(match.group(1))
    if len(match.group(1)) == 2:
        year += 1900 if year > date.today().year % 100 else 2000
    return year


def find_birth_dates(text: str, today: date | None = None) -> list[Hit]:
    hits = []
    for match in _DOB.finditer(text):
        key = "ddn:" + normalise_key(match.group("date"))
        detail = "date de naissance (annoncée)"
        hits.append(
            pattern_hit(match.start("date"), match.end("date"), DATE_NAISSANCE, detail, key, False, VALIDATED)
        )
    # A full date far in the past is almost surely a birth date, not an appointment.
    limit = (today or date.today()).year - _BIRTH_AGE
    for match in _FULL_DATE.finditer(text):
        year = _year_of(match.group())
        if year is not None and 1890 <= year <= limit and not re.match(r"(?i)[^\d]+\d{4}$", match.group()):
            key = "ddn:" + normalise_key(match.group())
            detail = "date complète ancienne (naissance probable)"
            hits.append(pattern_hit(match.start(), match.end(), DATE_NAISSANCE, detail, key, True, SHAPED))
    return hits
