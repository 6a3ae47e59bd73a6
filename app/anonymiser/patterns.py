"""Validated patterns: NISS/BIS (python-stdnum), IBAN (python-stdnum), phone numbers (phonenumbers),
e-mails, street + number (French and Dutch), postcode + commune, dates of birth, and names announced by
a title ("Mme X", "Dr X") or a relation ("sa fille Nadia")."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

from app.anonymiser.folding import fold_text, normalise_key
from app.anonymiser.lexicon import PARTICLES, RELATIONS, TITLES, commune_keys, is_common_word
from app.anonymiser.model import (
    ADRESSE,
    CODE_POSTAL,
    DATE_NAISSANCE,
    EMAIL,
    IBAN,
    NISS,
    NUMERO,
    PERSONNE,
    TELEPHONE,
    Hit,
)
from app.anonymiser.places import is_function_word, not_a_name

# Priorities for overlapping detections (higher wins at equal length).
VALIDATED, SHAPED, WEAK = 2, 1, 0

CAP = r"A-ZÀ-ÖØ-Þ"


def phone_key(text: str) -> str:
    try:
        number = phonenumbers.parse(text, "BE")
        return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return "tel:" + re.sub(r"\D", "", text)


# --- phones -----------------------------------------------------------------------------------------------
_PHONE_FALLBACK = re.compile(
    r"(?<![\w+/.,-])(?:(?:\+|00)\s?\d{2,3}\s?(?:\(0\)\s?)?|0)\d(?:[\s./-]{0,2}\d){7,9}(?![\d])"
)


def find_phones(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for match in PhoneNumberMatcher(text, "BE", leniency=Leniency.VALID):
        key = "tel:" + phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        hits.append(
            Hit(
                match.start,
                match.end,
                TELEPHONE,
                "pattern",
                "numéro de téléphone (validé)",
                key,
                False,
                VALIDATED,
            )
        )
    hits.extend(_scan(_PHONE_FALLBACK, text, lambda match: _fallback_phone(match.group(), match.start())))
    return hits


def _scan(pattern: re.Pattern, text: str, check: Callable[[re.Match], Hit | None]) -> list[Hit]:
    """Candidates of `pattern` that `check` accepts. Unlike finditer, a refused candidate does not hide one
    that starts inside it: "000 0032 483 09 84 18" (the phone after "000"), "bb00 LU28 0019 …" (the IBAN)."""
    hits: list[Hit] = []
    position = 0
    while (match := pattern.search(text, position)) is not None:
        hit = check(match)
        if hit is not None:
            hits.append(hit)
        position = hit.end if hit is not None and hit.end > match.start() else match.start() + 1
    return hits


def _fallback_phone(raw: str, offset: int) -> Hit | None:
    """The longest prefix of `raw` (cut between digit groups) that is a valid number; else a phone-shaped
    number when it looks like a Belgian one."""
    cuts = [m.start() for m in re.finditer(r"(?<=\d)[\s./-]", raw)] + [len(raw)]
    for cut in sorted(cuts, reverse=True):
        candidate = raw[:cut]
        if len(re.sub(r"\D", "", candidate)) < 8:
            break
        try:
            valid = phonenumbers.is_valid_number(phonenumbers.parse(candidate, "BE"))
        except phonenumbers.NumberParseException:
            valid = False
        if valid:
            return Hit(
                offset,
                offset + cut,
                TELEPHONE,
                "pattern",
                "numéro de téléphone (validé)",
                phone_key(candidate),
                False,
                VALIDATED,
            )
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("0") and not raw.startswith("00") and 9 <= len(digits) <= 10:
        return Hit(
            offset,
            offset + len(raw),
            TELEPHONE,
            "pattern",
            "format de numéro de téléphone (numéro non validé)",
            "tel:" + digits,
            True,
            SHAPED,
        )
    return None


# --- national numbers, accounts, other identifiers -----------------------------------------------------
_NISS = re.compile(
    r"(?<![\d+.,/-])(\d{2})[ .\-/]?(\d{2})[ .\-/]?(\d{2})[ .\-/]{0,3}(\d{3})[ .\-/]{0,3}(\d{2})(?![\d])"
)
_ACCOUNT_OR_CARD = re.compile(r"(?<![\d-])\d{3}[ -]\d{7}[ -]\d{2}(?![\d-])")
# Belgian licence plates: the current format "1-ABC-123" (also "1ABC123", "1 ABC 123"), or any
# plate-shaped group announced by plaque / immatriculé(e) / nummerplaat ("ABC-123", "GH-123-KL").
_PLATE = re.compile(
    r"(?<![\w-])(?P<plate>[1-9]-?[A-Z]{3}-?\d{3})(?![\w-])"
    r"|(?i:plaque|immatricul[ée]+e?s?|nummerplaat|kenteken)[^\S\n]*(?:n°|:)?[^\S\n]*"
    r"(?P<announced>(?=[A-Z0-9 -]{0,10}\d)(?=[A-Z0-9 -]{0,10}[A-Z])"
    r"[A-Z0-9]{1,3}[ -]?[A-Z0-9]{2,3}[ -]?[A-Z0-9]{0,3})"
    r"(?![\w-])"
)
_LONG_NUMBER = re.compile(r"(?<![\d.,])\d{8,}(?![\d.,]\d)")


def _niss_shaped(digits: str) -> bool:
    month, day = int(digits[2:4]), int(digits[4:6])
    return (month % 20 <= 12 or month in (20, 40)) and day <= 31


def find_numbers(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for match in _NISS.finditer(text):
        digits = "".join(match.groups())
        if stdnum_nn.is_valid(digits):
            hits.append(
                Hit(
                    match.start(),
                    match.end(),
                    NISS,
                    "pattern",
                    "NISS (somme de contrôle valide)",
                    "niss:" + digits,
                    False,
                    VALIDATED + 1,
                )
            )
        elif stdnum_bis.is_valid(digits):
            hits.append(
                Hit(
                    match.start(),
                    match.end(),
                    NISS,
                    "pattern",
                    "numéro BIS (somme de contrôle valide)",
                    "niss:" + digits,
                    False,
                    VALIDATED + 1,
                )
            )
        else:
            detail = (
                "numéro au format NISS, somme de contrôle invalide"
                if _niss_shaped(digits)
                else "numéro d'identification probable (11 chiffres)"
            )
            hits.append(
                Hit(match.start(), match.end(), NUMERO, "pattern", detail, "num:" + digits, True, SHAPED)
            )
    for match in _ACCOUNT_OR_CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        hits.append(
            Hit(
                match.start(),
                match.end(),
                NUMERO,
                "pattern",
                "numéro de compte ou de carte d'identité (ancien format)",
                "num:" + digits,
                False,
                SHAPED,
            )
        )
    for match in _LONG_NUMBER.finditer(text):
        hits.append(
            Hit(
                match.start(),
                match.end(),
                NUMERO,
                "pattern",
                "long numéro (identifiant probable)",
                "num:" + match.group(),
                True,
                WEAK,
            )
        )
    for match in _PLATE.finditer(text):
        group = "plate" if match.group("plate") else "announced"
        hits.append(
            Hit(
                match.start(group),
                match.end(group),
                NUMERO,
                "pattern",
                "plaque d'immatriculation",
                "num:" + re.sub(r"[\s-]", "", match.group(group)).upper(),
                False,
                SHAPED,
            )
        )
    hits.extend(_find_ibans(text))
    return hits


_IBAN_CANDIDATE = re.compile(r"(?<![\w])([A-Za-z]{2}\s?\d{2}(?:[ ]?[A-Za-z0-9]){10,32})")
_BE_SHAPED = re.compile(r"(?i)(?<![\w])BE\s?\d{2}(?:\s?\d{4}){3}(?!\w)")


def _valid_iban(match: re.Match) -> Hit | None:
    """The longest valid IBAN at the start of the candidate, ending between two groups."""
    raw = match.group(1)
    positions = [i for i, ch in enumerate(raw) if ch != " "]
    compact = raw.replace(" ", "").upper()
    for length in range(len(compact), 13, -1):
        end_in_raw = positions[length - 1] + 1
        if end_in_raw < len(raw) and raw[end_in_raw] != " ":
            continue  # must end at a group boundary
        if stdnum_iban.is_valid(compact[:length]):
            start = match.start(1)
            return Hit(
                start,
                start + end_in_raw,
                IBAN,
                "pattern",
                "IBAN (somme de contrôle valide)",
                "iban:" + compact[:length],
                False,
                VALIDATED,
            )
    return None


def _find_ibans(text: str) -> list[Hit]:
    hits = _scan(_IBAN_CANDIDATE, text, _valid_iban)
    for match in _BE_SHAPED.finditer(text):
        compact = re.sub(r"\s", "", match.group()).upper()
        if not stdnum_iban.is_valid(compact):
            hits.append(
                Hit(
                    match.start(),
                    match.end(),
                    IBAN,
                    "pattern",
                    "numéro au format IBAN belge, somme de contrôle invalide",
                    "iban:" + compact,
                    True,
                    SHAPED,
                )
            )
    return hits


# --- e-mails ------------------------------------------------------------------------------------------------
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+(?:@|\s?\(at\)\s?|\s?\[at\]\s?)[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])"
)


def find_emails(text: str) -> list[Hit]:
    return [
        Hit(
            m.start(),
            m.end(),
            EMAIL,
            "pattern",
            "adresse e-mail",
            "email:" + m.group().casefold(),
            False,
            VALIDATED,
        )
        for m in _EMAIL.finditer(text)
    ]


# --- addresses and postcodes ------------------------------------------------------------------------------
_FR_STREET_SURE = (
    r"rue|ruelle|r\.|avenue|av\.?|ave\.?|chauss[ée]e|ch[ée]e\.?|ch\.|boulevard|bd\.?|bld\.?|boul\.?|dr[èe]ve|"
    r"impasse|imp\.|all[ée]e|quai|parvis|venelle|rempart|sq\.|square|clos|pl\."
)
_FR_STREET_NEEDS_NUMBER = (
    r"place|chemin|passage|galerie|cit[ée]|rond-point|sentier|route|cour|carrefour|montagne|val|voie|"
    r"jardins?|champ|hameau|r[ée]sidence|petite rue|vieux march[ée]|plateau|esplanade|square"
)
_CONNECT = (
    r"(?:de\s+la|de\s+l['’]|des|du|de|d['’]|l['’]|la|le|les|aux|au|à\s+la|à|sur|en|et|van|der|den|ten|'t|"
    r"op|naar|Saint-|Sainte-|Sint-|St-)"
)
_NAME_WORD = rf"(?:[{CAP}][\w'’\-]*\.?|\d{{1,2}}(?:er)?\s+[{CAP}][a-zé]+)"
_STREET_NAME = rf"(?:{_CONNECT}\s*)*{_NAME_WORD}(?:[ \t]+(?:{_CONNECT}\s*)*{_NAME_WORD}){{0,4}}"
_LOWER_NAME = r"(?:[^\W\d_][\w'’\-]*\.?)(?:[ \t]+[^\W\d_][\w'’\-]*){0,5}"
_NUMBER = (
    r"(?:[ \t]*,?[ \t]*(?:n°\s*|no\s+)?\d{1,4}(?:[ \t]?[a-zA-Z](?![\w]))?"
    r"(?:[ \t]?[/-][ \t]?\d{1,4}[a-zA-Z]?)?"
    r"(?:[ \t]*,?[ \t]*(?i:bte|boîte|boite|bus|bt|b)\.?[ \t]*\w{1,4})?)"
)
_POSTCODE_TAIL = (
    rf"(?:[ \t]*[,\-–]?[ \t]*(?:B[ \t]?-[ \t]?)?[1-9]\d{{3}}[ \t]+"
    rf"[{CAP}][\w'’]*(?:[ \t-](?:[{CAP}][\w'’]*|ten|sur|lez|op|aan))*)"
)
_FR_ADDRESS = re.compile(
    rf"(?<![\w])(?:(?i:{_FR_STREET_SURE})[ \t]+{_STREET_NAME}{_NUMBER}?{_POSTCODE_TAIL}?"
    rf"|(?i:{_FR_STREET_NEEDS_NUMBER})[ \t]+{_STREET_NAME}{_NUMBER}{_POSTCODE_TAIL}?"
    rf"|(?i:{_FR_STREET_SURE}|{_FR_STREET_NEEDS_NUMBER})[ \t]+{_LOWER_NAME}{_NUMBER}(?![\w/])"
    rf"{_POSTCODE_TAIL}?"
    rf"|\d{{1,4}}[a-z]?,?[ \t]+(?i:{_FR_STREET_SURE}|{_FR_STREET_NEEDS_NUMBER})[ \t]+{_STREET_NAME})"
)
_NL_SUFFIX_SURE = r"straat|laan|steenweg|plein|dreef|straatje|pleintje"
_NL_SUFFIX = (
    _NL_SUFFIX_SURE
    + r"|lei|weg|baan|kaai|dijk|singel|hof|pad|markt|gracht|veld|berg|wegel|dries|vest|kade|plaats"
)
_NL_ADDRESS = re.compile(
    rf"(?<![\w])(?:(?:[{CAP}][\w'’-]*[ \t]+)?[{CAP}][\w'’-]*?(?:{_NL_SUFFIX_SURE})"
    rf"(?:[ \t]+(?:op|naar|van)[ \t]+[{CAP}][\w'’-]*)?{_NUMBER}?{_POSTCODE_TAIL}?"
    rf"|(?:[{CAP}][\w'’-]*[ \t]+)?[{CAP}][\w'’-]*?(?:{_NL_SUFFIX})"
    rf"(?:[ \t]+(?:op|naar|van)[ \t]+[{CAP}][\w'’-]*)?{_NUMBER}{_POSTCODE_TAIL}?"
    rf"|(?i:steenweg|chaussée)[ \t]+(?:op|naar|van|de|d['’])[ \t]*[{CAP}][\w'’-]*{_NUMBER}?"
    rf"{_POSTCODE_TAIL}?)(?![\w])"
)
_POSTCODE = re.compile(
    rf"(?<![\w.,/+-])((?:B[ \t]?-[ \t]?)?)([1-9]\d{{3}})[ \t]+"
    rf"([{CAP}][\w'’]*(?:[ \t-](?:[{CAP}][\w'’]*|ten|sur|lez|op|aan|la|le))*)"
)

_YEAR_BEFORE = re.compile(r"(?i)\b(?:en|depuis|année|an|in|sinds|vers|jusqu['’]en|fin|début)\s*$")
_POSTCODE_LOWER = re.compile(
    r"(?<![\w.,/+-])((?:B[ \t]?-[ \t]?)?)([1-9]\d{3})[ \t]+([a-zà-ÿ][\w'’]*(?:[ \t-][\w'’]+){0,3})"
)


# A street named without a number ("le marché de la place Flagey", "de markt aan het Liedtsplein") is a
# place shared by hundreds of households: listed for the review, left in clear, unless the sentence says
# the person lives there ("elle habite rue Haute", "woont in de Kerkstraat"). Register streets are masked
# by the deny list whatever the context.
STREET_WITHOUT_NUMBER = "nom de rue sans numéro (laissé : un lieu, pas une adresse)"
_RESIDENCE_BEFORE = re.compile(
    r"(?i)(?:\b(?:habit\w*|vit|vivai\w*|vivr\w*|domicili\w*|r[ée]sid\w*|log[ée]e?s?|loge|logement|"
    r"adresse|d[ée]m[ée]nag\w*|emm[ée]nag\w*|install[ée]e?s?|chez[ \t]+(?:elle|lui|eux|elles)|"
    r"woon\w*|woont|adres|verhuis\w*|verblijf\w*|thuis)\b)[^.!?\n]{0,40}$"
)
_WEEKDAY = re.compile(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|zaterdag|zondag)\b"
)


def find_addresses(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for pattern in (_FR_ADDRESS, _NL_ADDRESS):
        for match in pattern.finditer(text):
            raw = match.group().rstrip(" ,.;:")
            # A street name does not run over the end of a sentence ("avenue Brugmann. Sa fille…").
            sentence_end = re.search(r"(?<=[^\W\d_]{3})\.[ \t]+(?=[^\W\d_])", raw)
            if sentence_end:
                raw = raw[: sentence_end.start()]
            street_word = re.match(r"\S+\s+([^\W\d_][\w'’]*)", raw)
            if (
                street_word
                and not re.search(rf"[{CAP}]", raw[street_word.start(1) :])
                and is_function_word(fold_text(street_word.group(1)))
                and fold_text(street_word.group(1)) not in PARTICLES
                and not re.match(r"(?i)[dl]['’]", street_word.group(1))
            ):
                continue  # "dans la rue depuis 3 ans": a function word, not a street name
            if _WEEKDAY.search(fold_text(raw)):
                continue  # "lors du passage de vendredi 11 avril": a date, not a street
            has_number = bool(re.search(r"\d", raw))
            if has_number:
                detail = "rue et numéro"
            elif _RESIDENCE_BEFORE.search(text[max(0, match.start() - 60) : match.start()]):
                detail = "nom de rue où la personne habite"
            else:
                detail = STREET_WITHOUT_NUMBER
            hits.append(
                Hit(
                    match.start(),
                    match.start() + len(raw),
                    ADRESSE,
                    "pattern",
                    detail,
                    "adresse:" + normalise_key(raw),
                    not has_number,
                    VALIDATED if has_number else WEAK,
                )
            )
    postcodes = [*_POSTCODE.finditer(text), *_POSTCODE_LOWER.finditer(text)]
    for match in postcodes:
        prefix, code, words = match.groups()
        known = _known_commune(words)
        if match.re is _POSTCODE_LOWER and (not known or _YEAR_BEFORE.search(text[: match.start()])):
            continue  # lower case: only a known commune ("1000 bruxelles"), not "en 2019 bruxelles"
        number = int(code)
        if known:
            end = match.start(3) + known
        elif prefix or (
            1000 <= number <= 1299
            and not re.search(
                r"(?i)\b(?:en|depuis|année|an|in|sinds)\s*$", text[max(0, match.start() - 10) : match.start()]
            )
        ):
            first_word = re.match(r"[\w'’]+(?:-[\w'’]+)*", words)
            if not first_word or (is_common_word(fold_text(first_word.group())) and not prefix):
                continue
            end = match.start(3) + first_word.end()
        else:
            continue
        hits.append(
            Hit(
                match.start(),
                end,
                CODE_POSTAL,
                "pattern",
                "code postal et commune",
                "cp:" + code,
                False,
                SHAPED,
            )
        )
    return hits


def _known_commune(words: str) -> int:
    """Length of the longest known commune at the start of `words`, 0 if none."""
    best = 0
    for m in re.finditer(r"[ \t-]|$", words):
        if normalise_key(words[: m.start()]) in commune_keys():
            best = m.start()
    return best


# --- dates of birth ----------------------------------------------------------------------------------------
_MONTHS_FR = {
    "janvier": 1,
    "janv": 1,
    "jan": 1,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "sep": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "decembre": 12,
    "dec": 12,
}
_MONTHS_NL = {
    "januari": 1,
    "februari": 2,
    "feb": 2,
    "maart": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "december": 12,
}
MONTHS = {**_MONTHS_FR, **_MONTHS_NL}
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
    hits: list[Hit] = []
    for match in _DOB.finditer(text):
        raw = match.group("date")
        hits.append(
            Hit(
                match.start("date"),
                match.end("date"),
                DATE_NAISSANCE,
                "pattern",
                "date de naissance (annoncée)",
                "ddn:" + normalise_key(raw),
                False,
                VALIDATED,
            )
        )
    # A full date far in the past is almost surely a birth date, not an appointment.
    limit = (today or date.today()).year - 40
    for match in _FULL_DATE.finditer(text):
        year = _year_of(match.group())
        if year is not None and 1890 <= year <= limit and not re.match(r"(?i)[^\d]+\d{4}$", match.group()):
            hits.append(
                Hit(
                    match.start(),
                    match.end(),
                    DATE_NAISSANCE,
                    "pattern",
                    "date complète ancienne (naissance probable)",
                    "ddn:" + normalise_key(match.group()),
                    True,
                    SHAPED,
                )
            )
    return hits


# --- names announced by a title or a relation ----------------------------------------------------------
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")
_TITLE_ABBREVIATIONS = {
    "M.",
    "Mr",
    "Mr.",
    "Mme",
    "Mme.",
    "Mmes",
    "Mlle",
    "Mlle.",
    "Dr",
    "Dr.",
    "DR",
    "Pr",
    "Pr.",
    "Me",
    "Dhr.",
    "Dhr",
    "Mevr.",
    "Mevr",
    "Mw.",
    "MM.",
    "Prof.",
    "M",
}
_RELATION_ADJECTIVES = frozenset(
    [
        "sociale",
        "social",
        "traitant",
        "traitante",
        "generaliste",
        "familiale",
        "familial",
        "aine",
        "ainee",
        "cadet",
        "cadette",
        "unique",
        "referente",
        "referent",
        "de",
        "du",
        "la",
        "le",
        "a",
        "domicile",
        "ergo",
        "kine",
    ]
)


def find_announced_names(text: str, keep_keys: frozenset[str], lowercase: bool = False) -> list[Hit]:
    """Names after a title ("Mme X", "Dr X", "M. Van der Elst"), a relation or role ("sa fille Nadia"),
    or a maiden-name / alias word ("née Tshibangu", "dite Mimi"). In a text written without capitals
    (`lowercase`), a lower-case word after a title counts, and after a relation a known given name."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    hits: list[Hit] = []
    for index, (word, _start, end) in enumerate(words):
        bare = word.rstrip(".")
        folded = fold_text(bare)
        is_title = False
        if word in _TITLE_ABBREVIATIONS or (bare in _TITLE_ABBREVIATIONS and text[end : end + 1] == "."):
            is_title = bare != "M" or text[end - 1 : end] == "." or text[end : end + 1] == "."
        elif (lowercase and bare.casefold() in ("mme", "mr", "dr", "mevr", "dhr") and bare.islower()) or (
            folded in TITLES and len(folded) > 3 and folded not in ("pere", "frere", "soeur")
        ):
            is_title = True
        relation_word = re.sub(r"^[ld]'", "", folded)
        is_relation = not is_title and (relation_word in RELATIONS or relation_word in _MAIDEN_WORDS)
        if not (is_title or is_relation):
            continue
        if is_relation and word.endswith("."):
            continue  # "… son épouse. Diabète mal équilibré": the sentence ends with the relation word
        names: list[tuple[int, int]] = []
        particle_start: int | None = None
        common_after_relation = False
        cursor = index + 1
        skipped = 0
        previous_end = end
        while cursor < len(words) and len(names) < 3:
            candidate, c_start, c_end = words[cursor]
            gap = text[previous_end:c_start]
            if not re.fullmatch(r"[ \t]*,?[ \t]*" if is_relation and not names else r"[ \t]+", gap):
                break
            if not names and re.match(r"(?i)[dl]['’][^\W\d_]", candidate) and candidate[2:3].isupper():
                candidate, c_start = candidate[2:], c_start + 2  # "la maman d'Inès", "le fils d'Ahmed"
            c_bare = candidate.rstrip(".")
            c_fold = fold_text(c_bare)
            if (
                is_relation
                and not names
                and c_fold in _RELATION_ADJECTIVES
                and skipped < 2
                and c_bare.islower()
                and "," not in gap  # "son cousin, à Matonge": a new phrase, not "aide à domicile"
            ):
                skipped += 1
                previous_end = c_end
                cursor += 1
                continue
            if (c_fold in PARTICLES and c_bare[:1].islower()) or c_fold in ("d'", "l'"):
                previous_end = c_end
                cursor += 1
                continue
            if (
                is_title
                and not names
                and c_fold in PARTICLES
                and c_bare[:1].isupper()
                and cursor + 1 < len(words)
                and (words[cursor + 1][0][:1].isupper() or fold_text(words[cursor + 1][0]) in PARTICLES)
            ):
                # "M. Van der Elst", "Mevr. De Smet": a capitalised particle starts the surname.
                if particle_start is None:
                    particle_start = c_start
                previous_end = c_end
                cursor += 1
                continue
            if not c_bare[:1].isupper() and not _lowercase_name(c_bare, c_fold, is_title, lowercase, names):
                break
            if is_relation and not names and c_bare.isupper() and len(c_bare) <= 3:
                break  # "aidant les RP", "son fils (ASBL)": an acronym, not a name
            if c_fold in TITLES or c_fold in RELATIONS or is_function_word(c_fold):
                break
            if is_relation and not names and not_a_name(c_fold):
                break
            if names and is_common_word(c_fold):
                break
            if is_relation and not names and is_common_word(c_fold):
                common_after_relation = True
            names.append((c_start, c_start + len(c_bare)))
            previous_end = c_end
            cursor += 1
            if candidate.endswith(".") and len(c_bare) > 1:
                break  # end of the sentence
        if not names:
            continue
        span_start, span_end = names[0][0], names[-1][1]
        if particle_start is not None:
            span_start = particle_start
        name_text = text[span_start:span_end]
        key = normalise_key(name_text)
        if not key or key in keep_keys or key in commune_keys():
            continue
        detail = "nom après une civilité" if is_title else "prénom après un lien ou un rôle"
        if common_after_relation:
            detail += " (aussi un mot courant)"
        hits.append(
            Hit(
                span_start, span_end, PERSONNE, "pattern", detail, "nom:" + key, common_after_relation, SHAPED
            )
        )
    return hits


# Words announcing a maiden name or an alias: "née Tshibangu", "épouse Martin", "dite Mimi", "alias Bob".
_MAIDEN_WORDS = frozenset(["nee", "dite", "alias", "epouse", "veuve", "weduwe", "echtgenote"])


def _lowercase_name(bare: str, folded: str, is_title: bool, lowercase: bool, names: list) -> bool:
    """In a text written without capitals, is this lower-case word the announced name? After a title any
    word that is not a function word, a common word or a place ("mme lemaire"); after a relation only a
    known given name that is not a common word ("sa fille cécile")."""
    if not lowercase or names or len(folded) < 3 or (not bare.isalpha() and "-" not in bare):
        return False
    if is_function_word(folded) or not_a_name(folded) or folded in TITLES or folded in RELATIONS:
        return False
    if is_title:
        return True
    from app.anonymiser import given_names

    found = given_names.lookup(folded)
    return found is not None and not given_names.is_word(folded, found[1])


# --- names announced after them, in apposition ("Constant, le fils aîné", "Zoé (l'assistante)") ----------
_PLURAL_RELATIONS = frozenset(
    [
        "voisins",
        "voisines",
        "enfants",
        "petits-enfants",
        "amis",
        "amies",
        "cousins",
        "cousines",
        "filles",
        "fils",
        "freres",
        "soeurs",
        "neveux",
        "nieces",
        "beaux-parents",
        "buren",
        "kinderen",
        "kleinkinderen",
        "vrienden",
        "neven",
        "nichten",
        "zonen",
        "dochters",
        "benevoles",
        "aidants",
    ]
)
_DETERMINERS_TEXT = """le la les l son sa ses leur leurs un une des mon ma mes notre nos
de het een zijn haar hun mijn onze"""
_DETERMINERS = frozenset(_DETERMINERS_TEXT.split())
_APPOSITION_GAP = re.compile(r"[ \t]*(?:,|\(|–|—|-)[ \t]*")
_LIST_GAP = re.compile(r"[ \t]*(?:,|&|et|en)[ \t]*|[ \t]*,[ \t]*(?:et|en)[ \t]+")


def find_apposed_names(text: str, keep_keys: frozenset[str]) -> list[Hit]:
    """Capitalised names directly followed by a relation or role in apposition: "Constant, le fils
    aîné", "Zoé (l'assistante de la pharmacie)", "Mouna et Hamza, les voisins", "Tine (nicht)"."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    hits: list[Hit] = []
    for index, (word, start, _end) in enumerate(words):
        folded = re.sub(r"^[ld]'", "", fold_text(word.rstrip(".")))
        plural = folded in _PLURAL_RELATIONS
        if not (folded in RELATIONS or plural) or not word[:1].islower():
            continue
        cursor = index - 1
        anchor = start
        if cursor >= 0 and fold_text(words[cursor][0]) in _DETERMINERS and words[cursor][0][:1].islower():
            anchor = words[cursor][1]
            cursor -= 1
        if cursor < 0 or not _APPOSITION_GAP.fullmatch(text[words[cursor][2] : anchor]):
            continue
        names: list[tuple[int, int, bool]] = []
        while cursor >= 0 and len(names) < 6:
            span = _name_before(text, words, cursor, keep_keys)
            if span is None:
                break
            first_index, common = span
            names.append((words[first_index][1], words[cursor][2], common))
            cursor = first_index - 1
            if not plural or cursor < 0:
                break
            gap = text[words[cursor][2] : words[first_index][1]]
            if not _LIST_GAP.fullmatch(gap):
                break
            if fold_text(words[cursor][0]) in ("et", "en"):
                cursor -= 1
                if cursor < 0:
                    break
        for name_start, name_end, common in names:
            key = normalise_key(text[name_start:name_end])
            detail = "nom suivi d'un lien ou d'un rôle" + (" (aussi un mot courant)" if common else "")
            hits.append(Hit(name_start, name_end, PERSONNE, "pattern", detail, "nom:" + key, common, SHAPED))
    return hits


def _name_before(text: str, words, last: int, keep_keys: frozenset[str]) -> tuple[int, bool] | None:
    """(index of the first word, is a common word) of the capitalised name ending at words[last]."""
    first = None
    cursor = last
    while cursor >= 0 and last - cursor < 4:
        if cursor < last and words[cursor][0].endswith(".") and len(words[cursor][0]) > 2:
            break  # end of the previous sentence
        word = words[cursor][0].rstrip(".")
        folded = fold_text(word)
        gap = text[words[cursor][2] : words[cursor + 1][1]]
        if first is not None and not re.fullmatch(r"[ \t]{1,2}", gap):
            break
        if folded in PARTICLES and first is not None:
            from app.anonymiser.given_names import lookup

            if word[:1].islower() and lookup(words[cursor + 1][0]) is not None:
                break  # "Appel de Yannick": a given name after "de" starts the name
            cursor -= 1
            continue
        if (
            not word[:1].isupper()
            or len(folded) < 2
            or folded in TITLES
            or folded in RELATIONS
            or is_function_word(folded)
            or not_a_name(folded)
            or folded in keep_keys
            or folded in commune_keys()
        ):
            break
        first = cursor
        cursor -= 1
    if first is None:
        return None
    key = normalise_key(" ".join(w[0] for w in words[first : last + 1]))
    if key in keep_keys or key in commune_keys():
        return None
    return first, all(is_common_word(t) for t in key.split() if t not in PARTICLES)


# --- unknown names after a preposition or a verb that takes a person ("chez Ilse", "dis à Nordine") ------
_PERSON_CONTEXT = re.compile(
    r"(?<![\w'’])(?i:chez|avec|pour|bij|met|selon|d['’]apr[èe]s|volgens"
    r"|(?:dis|dites|dire|demande[rz]?|explique[rz]?|t[ée]l[ée]phone[rz]?|[ée]cri[st]|[ée]crire|envoie|"
    r"envoyer|donne[rz]?|zeg|vraag|bel)[ \t]+(?:à|a|aan)"
    r"|rappele[rz]|rappelle[rz]?|appele[rz]|appelle[rz]?|pr[ée]veni[rz]|pr[ée]viens|contacte[rz]?)"
    # "chez les Kabeya" (a family); never after "le", "la", "de": "avec le Ventolin", "bij de Colruyt"
    r"[ \t]+(?:(?i:les)[ \t]+)?(?=[" + CAP + r"])"
)


def find_context_names(text: str, keep_keys: frozenset[str]) -> list[Hit]:
    """A capitalised word that no word list knows (not a given name, common word, function word, place,
    commune, month, feast, disease or keep term; not an acronym), right after "chez", "avec", "pour",
    "bij", "met", or a verb that takes a person ("dis à", "rappeler", "prévenir"): an unknown name
    ("chez les Kabeya", "dis à Nordine"). Flagged ambiguous (it may be a brand or a drug)."""
    hits: list[Hit] = []
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    starts = {start: index for index, (_w, start, _e) in enumerate(words)}
    for match in _PERSON_CONTEXT.finditer(text):
        index = starts.get(match.end())
        if index is None:
            continue
        word = words[index][0].rstrip(".")
        folded = fold_text(word)
        if (
            len(folded) < 3
            or word.isupper()
            or not _unknown_word(folded, keep_keys)
        ):
            continue
        last = index
        cursor = index + 1
        while cursor < len(words) and cursor - index < 4:
            following, f_start, _f_end = words[cursor]
            if not re.fullmatch(r"[ \t]{1,2}", text[words[cursor - 1][2] : f_start]):
                break
            f_bare = following.rstrip(".")
            f_fold = fold_text(f_bare)
            if f_fold in PARTICLES and f_bare[:1].islower():
                cursor += 1
                continue
            if not f_bare[:1].isupper() or not _surname_word(f_fold, keep_keys):
                break
            last = cursor
            cursor += 1
            if following.endswith("."):
                break
        start = words[index][1]
        end = words[last][1] + len(words[last][0].rstrip("."))
        key = normalise_key(text[start:end])
        detail = "nom inconnu après « chez », « avec », « pour »… (à vérifier)"
        hits.append(Hit(start, end, PERSONNE, "pattern", detail, "nom:" + key, True, WEAK))
    return hits


def _surname_word(folded: str, keep_keys: frozenset[str]) -> bool:
    return not (
        is_function_word(folded)
        or not_a_name(folded)
        or folded in keep_keys
        or folded in commune_keys()
        or folded in TITLES
        or folded in RELATIONS
        or folded in PARTICLES
    )


def _unknown_word(folded: str, keep_keys: frozenset[str]) -> bool:
    from app.anonymiser.given_names import lookup

    # Known given names have their own rule (given_names.py).
    return _surname_word(folded, keep_keys) and not is_common_word(folded) and lookup(folded) is None
