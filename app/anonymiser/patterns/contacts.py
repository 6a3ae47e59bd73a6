"""Phone numbers (phonenumbers, with a fallback for numbers it does not find) and e-mail addresses."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from app.anonymiser.model import EMAIL, TELEPHONE, Hit
from app.anonymiser.patterns.base import SHAPED, VALIDATED, pattern_hit, scan

VALID_PHONE = "numéro de téléphone (validé)"
EMAIL_DETAIL = "adresse e-mail"
SHAPED_PHONE = "format de numéro de téléphone (numéro non validé)"

_PHONE_FALLBACK = re.compile(
    r"(?<![\w+/.,-])(?:(?:\+|00)\s?\d{2,3}\s?(?:\(0\)\s?)?|0)\d(?:[\s./-]{0,2}\d){7,9}(?![\d])"
)
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+(?:@|\s?\(at\)\s?|\s?\[at\]\s?)[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])"
)


def phone_key(text: str) -> str:
    try:
        number = phonenumbers.parse(text, "BE")
        return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return "tel:" + re.sub(r"\D", "", text)


def find_phones(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for match in PhoneNumberMatcher(text, "BE", leniency=Leniency.VALID):
        key = "tel:" + phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        hits.append(pattern_hit(match.start, match.end, TELEPHONE, VALID_PHONE, key, False, VALIDATED))
    hits.extend(scan(_PHONE_FALLBACK, text, lambda match: _fallback_phone(match.group(), match.start())))
    return hits


def _fallback_phone(raw: str, offset: int) -> Hit | None:
    """The longest prefix of `raw` (cut between digit groups) that is a valid number; else a phone-shaped
    number when it looks like a Belgian one."""
    cut = _longest_valid_prefix(raw)
    if cut is not None:
        return pattern_hit(
            offset, offset + cut, TELEPHONE, VALID_PHONE, phone_key(raw[:cut]), False, VALIDATED
        )
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("0") and not raw.startswith("00") and 9 <= len(digits) <= 10:
        return pattern_hit(offset, offset + len(raw), TELEPHONE, SHAPED_PHONE, "tel:" + digits, True, SHAPED)
    return None


def _longest_valid_prefix(raw: str) -> int | None:
    """The length of the longest valid phone number at the start of `raw` (at least 8 digits)."""
    cuts = [m.start() for m in re.finditer(r"(?<=\d)[\s./-]", raw)] + [len(raw)]
    for cut in sorted(cuts, reverse=True):
        candidate = raw[:cut]
        if len(re.sub(r"\D", "", candidate)) < 8:
            return None
        try:
            valid = phonenumbers.is_valid_number(phonenumbers.parse(candidate, "BE"))
        except phonenumbers.NumberParseException:
            valid = False
        if valid:
            return cut
    return None


def find_emails(text: str) -> list[Hit]:
    hits = []
    for match in _EMAIL.finditer(text):
        key = "email:" + match.group().casefold()
        hits.append(pattern_hit(match.start(), match.end(), EMAIL, EMAIL_DETAIL, key, False, VALIDATED))
    return hits
