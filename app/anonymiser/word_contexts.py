"""When a lone register name is an ordinary word or a place where it is written (round 5): the first word
of an idiom ("Petit à petit"), a feast after its article ("depuis la Toussaint", "met Pasen"), a metro
station near "métro / station / arrêt" ("le métro à Merode"). Such a match is left in clear and listed for
the review. Written as a name (after a title, with the first name: a longer match) it is still masked."""

from __future__ import annotations

import re
from functools import cache

from app.anonymiser.folding import fold_text, tokens_of
from app.anonymiser.places import is_function_word
from app.anonymiser.wordlists import entries

_FEASTS = frozenset(
    [
        "toussaint",
        "pentecote",
        "ascension",
        "assomption",
        "chandeleur",
        "noel",
        "paques",
        "epiphanie",
        "careme",
        "carnaval",
        "pasen",
        "kerstmis",
        "pinksteren",
        "allerheiligen",
        "hemelvaart",
        "sinterklaas",
    ]
)
# Round 6: also after a preposition or a verb of celebrating ("passer Noël seul", "à Pâques", "vieren
# Kerstmis"); feast words are rare as first names, and written as a name (a title, the surname) they are
# a longer match.
_FEAST_BEFORE = re.compile(
    r"(?:\bla|\ble|\bl'|\bde|\bmet|\bna|\bvoor|\btot|\brond|\bsinds|\ba|\bpour|\bavant|\bapres|"
    r"\bdepuis|\bvers|\bjusqu'a|\btijdens|\bpasser|\bfeter|\bfete|\bvieren|\bvierde|\bvierden)\s*$"
)
_STATION_NEAR = re.compile(
    r"(?:m[ée]tro|pr[ée]m[ée]tro|station|arr[êe]t|halte|tram|bus|ligne|lijn|descend\w*|uitstap\w*)\b"
)
# "Storm en regen", "Rose et blanc": coordinated with a lower-case common noun at the start of a sentence.
_COORDINATED_WORD = re.compile(r"[ \t]+(?:en|et|of|ou)[ \t]+([a-zà-ÿ]{3,})\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n])\s*$")
_STATION_WINDOW = 40


@cache
def _idioms() -> dict[str, tuple[str, ...]]:
    """First folded word of each idiom → the folded idioms opening with it."""
    found: dict[str, list[str]] = {}
    for idiom in entries("idioms"):
        folded = " ".join(tokens_of(idiom))
        found.setdefault(folded.split()[0], []).append(folded)
    return {first: tuple(idioms) for first, idioms in found.items()}


@cache
def _stations() -> frozenset[str]:
    return frozenset(" ".join(tokens_of(s)) for s in entries("metro_stations"))


def _a_common_noun(folded: str) -> bool:
    """A lower-case word that is no function word (Dutch nouns are not in the French dictionary: "regen";
    in a capitalised text a lower-case word is not a name)."""
    return not is_function_word(folded)


def word_reading(token: str, source: str, start: int, end: int, common: bool) -> str | None:
    """Why the register name `token` (folded) written at source[start:end] is a word or a place here, or
    None when it may be the person. Idioms and coordination only for names that are `common` words."""
    after = " ".join(tokens_of(source[start : start + 40]))
    if common and any(after.startswith(idiom) for idiom in _idioms().get(token, ())):
        return "nom du registre au début d'une expression (laissé)"
    before = fold_text(source[max(0, start - 12) : start])
    if token in _FEASTS and _FEAST_BEFORE.search(before):
        return "nom du registre, ici une fête (laissé)"
    coordinated = _COORDINATED_WORD.match(source, end)
    if (
        common
        and coordinated
        and _SENTENCE_START.search(source[max(0, start - 3) : start])
        and _a_common_noun(fold_text(coordinated.group(1)))
    ):
        return "nom du registre coordonné avec un nom commun (laissé)"
    if token in _stations():
        near = fold_text(source[max(0, start - _STATION_WINDOW) : min(len(source), end + 12)])
        if _STATION_NEAR.search(near):
            return "nom du registre, ici une station de métro (laissé)"
    return None
