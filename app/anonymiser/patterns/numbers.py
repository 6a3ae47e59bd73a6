"""Identifier numbers as one table of rules: NISS and BIS (python-stdnum), old-format account and identity
card numbers, long numbers, Belgian licence plates and IBANs (python-stdnum).

Each rule says where such a number is written (a pattern and the group that is the number), how to write
it compactly, and what it is (a `Verdict`, or None when the candidate is refused). `find_numbers` walks
the table in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

from app.anonymiser.model import IBAN, NISS, NUMERO, Hit
from app.anonymiser.patterns.base import SHAPED, VALIDATED, WEAK, pattern_hit, scan

_KEY_PREFIX = {NISS: "niss:", NUMERO: "num:", IBAN: "iban:"}


@dataclass(frozen=True)
class Verdict:
    """What a candidate number is: its placeholder kind, the reason shown to the referent, whether the
    review screen should flag it, and its priority against overlapping detections."""

    kind: str
    detail: str
    ambiguous: bool
    priority: int


@dataclass(frozen=True)
class NumberRule:
    pattern: re.Pattern[str]
    judge: Callable[[str], Verdict | None]  # compact number → what it is; None: not one
    compact: Callable[[str], str]  # the number as written → its key (no separators)
    groups: tuple[int | str, ...] = (0,)  # the first group that matched is the number
    # Try the candidate's prefixes ending before a space, longest first, and look again inside a refused
    # candidate (an IBAN followed by other words or digits).
    prefixes: bool = False


def _always(verdict: Verdict) -> Callable[[str], Verdict]:
    return lambda _compact: verdict


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _plate_compact(text: str) -> str:
    return re.sub(r"[\s-]", "", text).upper()


def _iban_compact(text: str) -> str:
    return re.sub(r"\s", "", text).upper()


def _iban_prefix_compact(text: str) -> str:
    return text.replace(" ", "").upper()


def _niss_shaped(digits: str) -> bool:
    month, day = int(digits[2:4]), int(digits[4:6])
    return (month % 20 <= 12 or month in (20, 40)) and day <= 31


def _judge_national_number(digits: str) -> Verdict:
    """A valid NISS or BIS number; otherwise a probable identifier (NISS-shaped or not)."""
    if stdnum_nn.is_valid(digits):
        return Verdict(NISS, "NISS (somme de contrôle valide)", False, VALIDATED + 1)
    if stdnum_bis.is_valid(digits):
        return Verdict(NISS, "numéro BIS (somme de contrôle valide)", False, VALIDATED + 1)
    if _niss_shaped(digits):
        return Verdict(NUMERO, "numéro au format NISS, somme de contrôle invalide", True, SHAPED)
    return Verdict(NUMERO, "numéro d'identification probable (11 chiffres)", True, SHAPED)


def _judge_valid_iban(compact: str) -> Verdict | None:
    if stdnum_iban.is_valid(compact):
        return Verdict(IBAN, "IBAN (somme de contrôle valide)", False, VALIDATED)
    return None


def _judge_invalid_belgian_iban(compact: str) -> Verdict | None:
    """A Belgian IBAN shape whose checksum fails (the valid ones are found by the rule before)."""
    if stdnum_iban.is_valid(compact):
        return None
    return Verdict(IBAN, "numéro au format IBAN belge, somme de contrôle invalide", True, SHAPED)


_NISS = re.compile(
    r"(?<![\d+.,/-])(\d{2})[ .\-/]?(\d{2})[ .\-/]?(\d{2})[ .\-/]{0,3}(\d{3})[ .\-/]{0,3}(\d{2})(?![\d])"
)
_ACCOUNT_OR_CARD = re.compile(r"(?<![\d-])\d{3}[ -]\d{7}[ -]\d{2}(?![\d-])")
_LONG_NUMBER = re.compile(r"(?<![\d.,])\d{8,}(?![\d.,]\d)")
# Belgian licence plates: the current format "1-ABC-123" (also "1ABC123", "1 ABC 123"), or any
# plate-shaped group announced by plaque / immatriculé(e) / nummerplaat ("ABC-123", "GH-123-KL").
_PLATE = re.compile(
    r"(?<![\w-])(?P<plate>[1-9]-?[A-Z]{3}-?\d{3})(?![\w-])"
    r"|(?i:plaque|immatricul[ée]+e?s?|nummerplaat|kenteken)[^\S\n]*(?:n°|:)?[^\S\n]*"
    r"(?P<announced>(?=[A-Z0-9 -]{0,10}\d)(?=[A-Z0-9 -]{0,10}[A-Z])"
    r"[A-Z0-9]{1,3}[ -]?[A-Z0-9]{2,3}[ -]?[A-Z0-9]{0,3})"
    r"(?![\w-])"
)
_IBAN_CANDIDATE = re.compile(r"(?<![\w])([A-Za-z]{2}\s?\d{2}(?:[ ]?[A-Za-z0-9]){10,32})")
_BE_SHAPED = re.compile(r"(?i)(?<![\w])BE\s?\d{2}(?:\s?\d{4}){3}(?!\w)")

# Round 5. Codes announced by their word: key boxes and door codes ("boîte à clés : 4512", "digicode
# 12A45", "sleutelkluis 0000", "deurcode: 1234B"); "code postal" is not one. The code has a digit.
# Round 6: the place may follow "code" through "de la / du / van de / van het" ("de code van de voordeur
# is 2580B"), an alarm is a code too ("alarme : 8899", "het alarm: 9052"), a few words may stand between
# the word and a colon ("sleutelkastje naast de deur: 7777"), and the code may be spelt digit by digit
# ("4-7-1-2", "3 9 1 7").
_CODE_PLACE = (
    r"(?:acc[èe]s|entr[ée]e|porte|sonnette|cave|garage|alarme|immeuble|b[âa]timent|"
    r"bo[îi]te(?:[ \t]+[àa][ \t]+cl[ée]s?)?|poort|deur|voordeur|achterdeur|sleutelkluis(?:je)?|"
    r"sleutelkastje|kluis(?:je)?|alarm|kelder|gebouw|ingang|toegang|lift|ascenseur|parking)"
)
_CODE_OF = (
    r"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|de|d['’]|des|van[ \t]+de|van[ \t]+het|van|voor[ \t]+de|voor[ \t]+het)"
    rf"[ \t]*)?{_CODE_PLACE}"
)
_CODE_VALUE = (
    r"(?P<code>\d(?:[ .*-]\d){3,7}(?![ .*-]?\d)|\d{2}[ .-]\d{2}(?:[ .-]\d{2})?(?![ .-]?\d)"
    r"|(?=[\w#*-]*\d)[0-9A-Z#*]{3,8}(?:[ -][0-9A-Z#*]{1,4})?)"
)
_CODE_LINK = r"(?:[ \t]+(?i:est|is|=|:|n°|nr\.?|code|c['’]est|staat|op|le|de|het|actuel|huidige))*"
# Round 6: "cadenas de la cave 093", "toegangscode gebouw is 8*2*4*6": the place named after the word.
_CODE_OF_ANY = (
    r"(?:[ \t]+(?i:du|de[ \t]+la|de[ \t]+l['’]|des|van[ \t]+de|van[ \t]+het|voor[ \t]+de))?"
    r"[ \t]+(?!(?i:est|is|code|c['’]est)\b)[a-zà-ÿ][\w'’-]{1,19}"
)
_ACCESS_CODE = re.compile(
    r"(?<![\w])(?i:digicode|bo[îi]te[ \t]+[àa][ \t]+cl[ée]s?|key[ \t]?box|sleutelkluis(?:je)?|"
    r"sleutelkastje|deurcode|toegangscode|pincode|alarmcode|poortcode|alarme|alarm|cadenas|hangslot|"
    rf"code[ \t]+{_CODE_OF}|(?-i:PIN))"
    rf"(?:(?:{_CODE_OF_ANY})?{_CODE_LINK}[ \t]*[:=]?|(?:[ \t]+[\w'’]{{1,12}}){{1,5}}[ \t]*[:=]"
    r"|[ \t]*\((?i:code)?)[ \t]*"
    rf"{_CODE_VALUE}(?![\w])"
)
# "code 4729", "le code: 6021", "de code is 7204": the bare word "code" then the code; not a year
# ("code 2023"), not a postcode. Round 6: "code of <any place>" then a colon or a verb ("Code van de
# fietsenberging: 1122", "le code du local vélos est 4410").
_PLAIN_CODE = re.compile(
    r"(?<![\w])(?i:code)(?:[ \t]+(?i:du|de[ \t]+la|de[ \t]+l['’]|des|van[ \t]+de|van[ \t]+het|voor[ \t]+de)"
    r"(?:[ \t]+[\w'’-]{2,20}){1,2}[ \t]*(?=[:=]|[ \t]+(?i:est|is|c['’]est)\b))?"
    r"(?:[ \t]+(?i:est|is|c['’]est|=|:))*[ \t]*[:=]?[ \t]*(?!(?:19|20)\d{2}(?![\w]))"
    rf"{_CODE_VALUE}(?![\w])"
)
# A hospital patient number: seven digits alone (phones, NISS and account numbers are longer).
_SEVEN_DIGITS = re.compile(r"(?<![\d.,/\-+])\d{7}(?![\d]|[.,/\-]\d)")
# Case-file numbers (CPAS/OCMW, asylum, medical card…): a letter prefix and a year, separated by "-", "/"
# or "." ("CPAS-2024-0153", "OCMW/2023/778", "CM/2024/0456", "SP-2022/5566", "2023/OE/1234").
_FILE_NUMBER = re.compile(
    r"(?<![\w/-])(?P<file>(?:[A-Z]{1,6}|(?i:cpas|ocmw|fedasil|fed|dvz|cgra|cgvs))"
    r"[ \t]?[-/.][ \t]?(?:[A-Z]{1,4}[-/.])?(?:19|20)\d{2}[-/.][A-Z0-9]{2,8}"
    r"(?:[-/.][A-Z0-9]{1,6})?"
    r"|(?:19|20)\d{2}[-/.][A-Z]{1,6}[-/.]\d{2,8}"
    r"|[A-Z]{1,6}[-/.]\d{2,8}[-/.](?:19|20)\d{2})(?![\w-])"
)
# Round 6: any reference made of capital-letter and digit groups joined by "-", "/" or "." with five
# digits or more ("CM-25-1187", "BR.43.L3.018227/2025", "CAW-BRU-26-0442", "K-557810", "B25-087766"):
# file, badge, ticket, police report, client numbers. Not a postcode with its country letter ("B-1000").
_REFERENCE = re.compile(
    r"(?<![\w/.-])(?P<file>(?!(?:B|F|L|NL|D)-\d{4,5}(?![\w/.-]))"
    r"(?=(?:[A-Z./-]{0,12}\d){5})[A-Z][A-Z0-9]{0,5}(?:[-/.][A-Z0-9]{1,8}){1,4})(?![\w-]|[./]\w)"
)
# A number after the word of a file, a case or a reference ("dossier CPAS n° 2023/04512", "dossiernummer:
# 778-23", "n° de dossier : 12345", "réf. AB12/345", "kenmerk 2024-118", "carte médicale n° 4512").
_ANNOUNCED_FILE = re.compile(
    r"(?i:dossiernummer|dossiernr\.?|dossier|n°[ \t]+de[ \t]+dossier|num[ée]ro[ \t]+de[ \t]+dossier|"
    r"r[ée]f[ée]rence|r[ée]f\.?|kenmerk|referentie|carte[ \t]+m[ée]dicale|medische[ \t]+kaart|"
    r"n°[ \t]+(?:de[ \t]+)?patient|num[ée]ro[ \t]+(?:de[ \t]+)?patient|pati[ëe]ntnummer|"
    r"n°[ \t]+d['’]?[ée]crou|n°[ \t]+(?:de[ \t]+)?s[ée]jour|num[ée]ro[ \t]+de[ \t]+s[ée]jour|opnamenummer|"
    r"n°[ \t]+(?:de[ \t]+)?client|klantnummer|lidnummer|n°[ \t]+d['’]affiliation|badge|ticket|"
    r"(?-i:RG|PV|EAN)|"
    r"(?-i:(?:n°|num[ée]ro|nr\.?)?[ \t]*(?:OE|CGRA|CGVS|DVZ|SP|NN|RR|Fedasil|CPAS|OCMW)"
    r"(?:-nummer|-number)?))"
    r"(?:[ \t]+(?:CPAS|OCMW|OE|CGRA|SP|m[ée]dical|sociaal|social|n°|nr\.?|no\.?|nummer|num[ée]ro|:|de|van|"
    r"het|est|[ée]tait|is|was))*[ \t]*[:#(]?[ \t]*(?!(?:19|20)\d{2}(?![\w./-]))"
    r"(?P<file>(?=[\w./-]*\d{3})[A-Z0-9][A-Z0-9./-]{2,18}[A-Z0-9](?:[ ]\d{3,6}(?!\d)){0,2}"
    r"|[A-Z]{2,5}(?:[ ]\d{3,6}(?!\d)){1,2})(?![\w])"
)

# Round 6: an Office des étrangers / DVZ number is seven digits grouped by dots ("8.123.456"); an amount
# of money written the same way is left ("1.250.000 €").
_DOTTED_SEVEN = re.compile(r"(?<![\d.,])\d\.\d{3}\.\d{3}(?![\d]|[.,]\d)(?![ \t]*(?:€|EUR|(?i:euros?)))")

_OLD_ACCOUNT_OR_CARD = Verdict(
    NUMERO, "numéro de compte ou de carte d'identité (ancien format)", False, SHAPED
)
_LONG = Verdict(NUMERO, "long numéro (identifiant probable)", True, WEAK)
_LICENCE_PLATE = Verdict(NUMERO, "plaque d'immatriculation", False, SHAPED)
_CODE = Verdict(NUMERO, "code d'accès (boîte à clés, porte)", False, SHAPED)
_PATIENT = Verdict(NUMERO, "numéro à sept chiffres (numéro de patient probable)", True, WEAK)
_CASE_FILE = Verdict(NUMERO, "numéro de dossier", False, SHAPED)
_FOREIGNER_FILE = Verdict(
    NUMERO, "numéro à sept chiffres pointés (dossier Office des étrangers probable)", True, WEAK
)

# The order is the order of the hits (it breaks ties between equal overlapping detections).
NUMBER_RULES: tuple[NumberRule, ...] = (
    NumberRule(_NISS, _judge_national_number, _digits),
    NumberRule(_ACCOUNT_OR_CARD, _always(_OLD_ACCOUNT_OR_CARD), _digits),
    NumberRule(_LONG_NUMBER, _always(_LONG), _digits),
    NumberRule(_PLATE, _always(_LICENCE_PLATE), _plate_compact, groups=("plate", "announced")),
    NumberRule(_IBAN_CANDIDATE, _judge_valid_iban, _iban_prefix_compact, groups=(1,), prefixes=True),
    NumberRule(_BE_SHAPED, _judge_invalid_belgian_iban, _iban_compact),
    NumberRule(_ACCESS_CODE, _always(_CODE), _plate_compact, groups=("code",)),
    NumberRule(_PLAIN_CODE, _always(_CODE), _plate_compact, groups=("code",)),
    NumberRule(_FILE_NUMBER, _always(_CASE_FILE), _plate_compact, groups=("file",)),
    NumberRule(_ANNOUNCED_FILE, _always(_CASE_FILE), _plate_compact, groups=("file",)),
    NumberRule(_REFERENCE, _always(_CASE_FILE), _plate_compact, groups=("file",)),
    NumberRule(_SEVEN_DIGITS, _always(_PATIENT), _digits),
    NumberRule(_DOTTED_SEVEN, _always(_FOREIGNER_FILE), _digits),
)

_MIN_IBAN_LENGTH = 14


def find_numbers(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for rule in NUMBER_RULES:
        if rule.prefixes:
            hits.extend(scan(rule.pattern, text, lambda match, rule=rule: _longest_prefix(rule, match)))
            continue
        for match in rule.pattern.finditer(text):
            group = next(g for g in rule.groups if match.group(g))
            hit = _judged(rule, match.start(group), match.group(group))
            if hit is not None:
                hits.append(hit)
    return hits


def _judged(rule: NumberRule, start: int, written: str) -> Hit | None:
    compact = rule.compact(written)
    verdict = rule.judge(compact)
    if verdict is None:
        return None
    key = _KEY_PREFIX[verdict.kind] + compact
    return pattern_hit(
        start, start + len(written), verdict.kind, verdict.detail, key, verdict.ambiguous, verdict.priority
    )


def _longest_prefix(rule: NumberRule, match: re.Match) -> Hit | None:
    """The longest accepted prefix of the candidate that ends between two groups (before a space)."""
    group = rule.groups[0]
    raw, start = match.group(group), match.start(group)
    for end in range(len(raw), 0, -1):
        if (end < len(raw) and raw[end] != " ") or raw[end - 1] == " ":
            continue
        if len(rule.compact(raw[:end])) < _MIN_IBAN_LENGTH:
            break
        hit = _judged(rule, start, raw[:end])
        if hit is not None:
            return hit
    return None
