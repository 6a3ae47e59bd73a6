"""Addresses: street and number (French and Dutch street words), a street named where the person lives,
postcode and commune."""

from __future__ import annotations

import re

from app.anonymiser.folding import fold_text, normalise_key
from app.anonymiser.lexicon import PARTICLES, commune_keys, is_common_word
from app.anonymiser.model import ADRESSE, CODE_POSTAL, Hit
from app.anonymiser.patterns.base import CAP, SHAPED, VALIDATED, WEAK, pattern_hit
from app.anonymiser.places import is_function_word

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


_POSTCODE_DETAIL = "code postal et commune"


def find_addresses(text: str) -> list[Hit]:
    hits = [hit for pattern in (_FR_ADDRESS, _NL_ADDRESS) for hit in _street_hits(pattern, text)]
    for match in [*_POSTCODE.finditer(text), *_POSTCODE_LOWER.finditer(text)]:
        end = _postcode_end(match, text)
        if end is not None:
            key = "cp:" + match.group(2)
            hits.append(pattern_hit(match.start(), end, CODE_POSTAL, _POSTCODE_DETAIL, key, False, SHAPED))
    return hits + _bare_postcodes(text)


# Round 5: a Brussels postcode alone after a house number, "rue de Mérode 214 (1060)", "Rue Verte 21, 1210",
# when a street word stands earlier on the line.
_BARE_POSTCODE = re.compile(r"(?<=\d)[a-zA-Z]?[ \t]*(?:,|\()[ \t]*(?P<code>1[0-2]\d{2})\)?(?![\w])")
_STREET_WORD = re.compile(
    rf"(?i:\b(?:{_FR_STREET_SURE}|{_FR_STREET_NEEDS_NUMBER})\s|(?:{_NL_SUFFIX_SURE})\b)"
)


def _bare_postcodes(text: str) -> list[Hit]:
    hits = []
    for match in _BARE_POSTCODE.finditer(text):
        line = text[max(0, match.start() - 60) : match.start()].rsplit("\n", 1)[-1]
        if _STREET_WORD.search(line):
            start, end = match.start("code"), match.end("code")
            key = "cp:" + match.group("code")
            hits.append(pattern_hit(start, end, CODE_POSTAL, _POSTCODE_DETAIL, key, False, SHAPED))
    return hits


def _street_hits(pattern: re.Pattern, text: str) -> list[Hit]:
    hits = []
    for match in pattern.finditer(text):
        raw = _street_text(match.group())
        if _not_a_street(raw):
            continue
        has_number = bool(re.search(r"\d", raw))
        if has_number:
            detail = "rue et numéro"
        elif _RESIDENCE_BEFORE.search(text[max(0, match.start() - 60) : match.start()]):
            detail = "nom de rue où la personne habite"
        else:
            detail = STREET_WITHOUT_NUMBER
        key = "adresse:" + normalise_key(raw)
        priority = VALIDATED if has_number else WEAK
        end = match.start() + len(raw)
        hits.append(pattern_hit(match.start(), end, ADRESSE, detail, key, not has_number, priority))
    return hits


def _street_text(matched: str) -> str:
    raw = matched.rstrip(" ,.;:")
    # A street name does not run over the end of a sentence ("avenue Brugmann. Sa fille…").
    sentence_end = re.search(r"(?<=[^\W\d_]{3})\.[ \t]+(?=[^\W\d_])", raw)
    return raw[: sentence_end.start()] if sentence_end else raw


def _not_a_street(raw: str) -> bool:
    street_word = re.match(r"\S+\s+([^\W\d_][\w'’]*)", raw)
    if (
        street_word
        and not re.search(rf"[{CAP}]", raw[street_word.start(1) :])
        and is_function_word(fold_text(street_word.group(1)))
        and fold_text(street_word.group(1)) not in PARTICLES
        and not re.match(r"(?i)[dl]['’]", street_word.group(1))
    ):
        return True  # "dans la rue depuis 3 ans": a function word, not a street name
    # "lors du passage de vendredi 11 avril": a date, not a street
    return bool(_WEEKDAY.search(fold_text(raw)))


def _postcode_end(match: re.Match, text: str) -> int | None:
    """Where the postcode and its commune end, or None when this is no postcode ("en 2019 Bruxelles")."""
    prefix, code, words = match.groups()
    known = _known_commune(words)
    if match.re is _POSTCODE_LOWER and (not known or _YEAR_BEFORE.search(text[: match.start()])):
        return None  # lower case: only a known commune ("1000 bruxelles"), not "en 2019 bruxelles"
    if known:
        return match.start(3) + known
    number = int(code)
    if not prefix and not (
        1000 <= number <= 1299
        and not re.search(
            r"(?i)\b(?:en|depuis|année|an|in|sinds)\s*$", text[max(0, match.start() - 10) : match.start()]
        )
    ):
        return None
    first_word = re.match(r"[\w'’]+(?:-[\w'’]+)*", words)
    if not first_word or (is_common_word(fold_text(first_word.group())) and not prefix):
        return None
    return match.start(3) + first_word.end()


def _known_commune(words: str) -> int:
    """Length of the longest known commune at the start of `words`, 0 if none."""
    best = 0
    for m in re.finditer(r"[ \t-]|$", words):
        if normalise_key(words[: m.start()]) in commune_keys():
            best = m.start()
    return best
