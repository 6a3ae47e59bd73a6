"""How a register entry becomes the token sequences the deny list looks for, and whether a match is the
person there.

From each name: the full name in both orders, each first or last name alone, compound parts and their
concatenation ("El Amrani", "Elamrani", "Amrani"), and initials ("J.-P. Dubois", "JP Dubois", "Marie
D.", "J.-P. D.", "M. D."). From each street: the street and its usual abbreviations ("av. Brugmann").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.anonymiser.folding import fold_text, tokens_of
from app.anonymiser.lexicon import DUTCH_COMMON, PARTICLES, RELATIONS, TITLES, is_common_word
from app.anonymiser.model import ADRESSE, PERSONNE
from app.anonymiser.word_contexts import word_reading

SINGLE_MIN = 2  # shortest lone first or last name looked for
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_STREET_ABBREVIATIONS = {
    "rue": ("r",),
    "avenue": ("av", "ave", "avn"),
    "chaussee": ("ch", "chee", "chs"),
    "boulevard": ("bd", "bld", "boul", "bvd"),
    "place": ("pl",),
    "square": ("sq",),
    "impasse": ("imp",),
    "allee": ("al",),
    "steenweg": ("stwg",),
    "laan": ("ln",),
    "straat": ("str",),
}
# Before a register name that is also a common word, in a text without capitals: words after which it can
# only be the word ("un petit coup", "très blanche", "een bakker"), never the person's name.
_WORD_READING_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:un|une|le|la|l['’]|du|au|ce|cet|cette|mon|ma|ton|ta|son|sa|notre|votre|tres|trop|"
    r"plus|moins|assez|si|tout|toute|een|het|zeer|heel|erg|te|"
    r"(?:naar|bij|aan|op|in|met|voor|uit|door|tot)\s+de)\s+$"
)
_FULL = "nom complet du registre"
_INITIALS = "initiales du registre"


@dataclass(frozen=True)
class Variant:
    tokens: tuple[str, ...]
    kind: str
    detail: str
    single: bool = False  # one first or last name on its own
    initials: bool = False  # made of initials only ("J.-P.", "M. D.")
    mixed_initials: bool = False  # initials and a name ("J. Dubois", "Marie D.")
    common: bool = False  # the lone name is also an ordinary French word


def rank(variant: Variant) -> int:
    """How specific a description is: a full name beats a lone name, a name beats initials."""
    if variant.initials:
        return 0
    if variant.mixed_initials:
        return 1
    if variant.single:
        return 2
    return 3


def name_parts(raw: str) -> tuple[list[str], list[str]]:
    """A free-text name ("Mme Fatima El Amrani", "Dr. Peeters", "Jean-Pierre (fils)") → (first, last)
    tokens, titles, relations and parenthesised remarks dropped."""
    tokens = [t for t in tokens_of(_PARENTHESES.sub(" ", raw)) if t not in TITLES and t not in RELATIONS]
    while tokens and tokens[0] in PARTICLES and len(tokens) > 1 and tokens[0] in ("de", "du", "la", "le"):
        tokens = tokens[1:]
    if len(tokens) <= 1:
        return [], tokens
    # The last name is the last token with the particles just before it ("El Amrani", "Van den Broeck").
    index = len(tokens) - 1
    while index > 0 and tokens[index - 1] in PARTICLES:
        index -= 1
    if index == 0:
        return [], tokens
    return tokens[:index], tokens[index:]


def _core(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in PARTICLES]


def is_a_person(first: list[str], last: list[str]) -> bool:
    """Does the name count as a register person (something besides particles shorter than a name)?"""
    if _core(first) or _core(last):
        return True
    return any(len(t) >= SINGLE_MIN for t in (*first, *last))


def person_variants(first: list[str], last: list[str]) -> Iterator[Variant]:
    """Every variant of one person's name, in the order they are registered."""
    first_core, last_core = _core(first), _core(last)
    if not first_core and not last_core:
        # A name made only of a particle ("kiné Ben", "Tante Al"): still a name, matched like a name
        # that is also a common word (capitalised: masked, ambiguous; lower case: a candidate).
        for token in {t for t in (*first, *last) if len(t) >= SINGLE_MIN}:
            yield Variant(
                (token,), PERSONNE, "nom du registre, aussi une particule", single=True, common=True
            )
        return
    yield from _full_names(first, last, first_core, last_core)
    for token in {*first_core, *last_core}:  # each name alone
        if len(token) >= SINGLE_MIN:
            common = is_common_word(token) or token in DUTCH_COMMON
            detail = "nom du registre, aussi un mot courant" if common else "nom du registre"
            yield Variant((token,), PERSONNE, detail, single=True, common=common)
    yield from _initials(first, last, first_core, last_core)


def _full_names(first: list[str], last: list[str], first_core: list[str], last_core: list[str]):
    for sequence in (first + last, last + first, first_core + last_core, last_core + first_core):
        if len(sequence) > 1:
            yield Variant(tuple(sequence), PERSONNE, _FULL)
    # Compound parts, joined or not: "jean pierre", "jeanpierre", "el amrani", "elamrani".
    for part in (first, last, first_core, last_core):
        if len(part) > 1:
            yield Variant(tuple(part), PERSONNE, _FULL)
            yield Variant(("".join(part),), PERSONNE, _FULL)
    if first and last:
        yield Variant(("".join(first), "".join(last)), PERSONNE, _FULL)


def _initials(first: list[str], last: list[str], first_core: list[str], last_core: list[str]):
    first_initials = [t[0] for t in first_core]
    last_initial = [last_core[0][0]] if last_core else []
    if last and last_core and last[0][0] != last_initial[0]:  # "El Amrani": "A." and "E."
        for sequence in ((*first_core, last[0][0]), (*(t[0] for t in first_core), last[0][0])):
            mixed = bool(first_core) and len(sequence) > len(first_core) and len(first_core[0]) > 1
            yield Variant(tuple(sequence), PERSONNE, _INITIALS, initials=not mixed, mixed_initials=mixed)
    if first_initials and last_core:
        for sequence in (
            (*first_initials, *last),
            (*first_initials, *last_core),
            ("".join(first_initials), *last_core),
            (*first_core, *last_initial),
            (*first, *last_initial),
        ):
            yield Variant(tuple(sequence), PERSONNE, "initiales et nom du registre", mixed_initials=True)
        for sequence in ((*first_initials, *last_initial), ("".join(first_initials + last_initial),)):
            yield Variant(tuple(sequence), PERSONNE, _INITIALS, initials=True)
    if len(first_initials) > 1:
        for sequence in (tuple(first_initials), ("".join(first_initials),)):
            yield Variant(sequence, PERSONNE, _INITIALS, initials=True)


def street_variants(address: str) -> tuple[str, list[Variant]]:
    """(entity key, variants) of the street of a register address; no variants for a street too short
    or too common to look for."""
    if not address or not address.strip():
        return "", []
    tokens = tokens_of(re.split(r"\d", address, maxsplit=1)[0])
    if not tokens or (len(tokens) == 1 and (len(tokens[0]) < 5 or is_common_word(tokens[0]))):
        return "", []
    detail = "adresse du registre"
    sequences = [tokens, *((short, *tokens[1:]) for short in _STREET_ABBREVIATIONS.get(tokens[0], ()))]
    sequences += [
        (full, *tokens[1:]) for full, shorts in _STREET_ABBREVIATIONS.items() if tokens[0] in shorts
    ]
    return "adresse:" + " ".join(tokens), [Variant(tuple(s), ADRESSE, detail) for s in sequences]


def judge(variant: Variant, original: str, source: str, start: int, end: int, lowercase_text: bool):
    """(ambiguous, detail, keep_in_clear) for a name match, or None when it is not a name here."""
    if variant.initials or variant.mixed_initials:
        return _judge_initials(variant, original, source[end : end + 2])
    if not variant.single and re.search(r"[^\W\d_]{2,}[ \t]*[.!?;:]\s", original):
        return None  # "vu le boulanger. lucie …": two sentences; each word is judged on its own
    if variant.single and not _after_a_title(source[max(0, start - 12) : start]):
        reading = word_reading(variant.tokens[0], source, start, end, variant.common)
        if reading is not None:
            return True, reading, True
    if variant.single:
        return _judge_single(variant, original, source[max(0, start - 12) : start], lowercase_text)
    if (
        not lowercase_text
        and original.split()[-1].islower()
        and _particle_and_word(variant.tokens)
        and not _after_a_title(source[max(0, start - 12) : start])
    ):
        # "de smet", "de vos" (or "De lange gang" opening a sentence) with the word in lower case in a
        # capitalised text: Dutch words ("the stain"), not "De Smet"; listed for the review like a lone
        # common name in lower case.
        return True, "nom du registre, particule et mot courant (écrit en minuscules : laissé)", True
    return False, variant.detail, False


def _particle_and_word(tokens: tuple[str, ...]) -> bool:
    core = [t for t in tokens if t not in PARTICLES]
    return len(core) == 1 and len(tokens) > 1 and (is_common_word(core[0]) or core[0] in DUTCH_COMMON)


def _after_a_title(before: str) -> bool:
    return bool(re.search(r"(?i)\b(?:" + "|".join(TITLES) + r")\.?\s+$", fold_text(before)))


def _judge_initials(variant: Variant, original: str, after: str):
    words = re.findall(r"[^\W\d_]+", original)
    if len(words) != len(variant.tokens):
        return None
    for word, token in zip(words, variant.tokens, strict=True):
        is_initial = len(token) == 1 or (variant.initials and len(variant.tokens) == 1)
        if is_initial and word.upper() != word:  # initials must be written in capitals
            return None
    if after[:1] in ("'", "’"):
        return None
    if re.search(r"[^\W\d_]{2,}\s*[.,;:!?]", original):  # "Rose. M" is two sentences
        return None
    if variant.initials:
        tail = words[-1]
        if len(tail) == 1 and not after.startswith(".") and not original.endswith("."):
            return None
        return True, variant.detail, False
    return False, variant.detail, False


def _judge_single(variant: Variant, original: str, before: str, lowercase_text: bool):
    # "Saint-Pierre", "Sint-Jan": a saint's name in a place or a resource, not the person.
    if re.search(r"(?i)\b(?:saint|sainte|sint|st|ste)[-\s]$", before):
        return True, "nom du registre dans un nom de lieu (saint)", True
    if not variant.common:
        return False, variant.detail, False
    if re.search(r"(?i)\b(?:" + "|".join(TITLES) + r")\.?\s+$", fold_text(before)):
        return False, "nom du registre après une civilité", False
    if original[:1].isupper():
        return True, "nom du registre, aussi un mot courant (écrit avec une majuscule)", False
    if lowercase_text and _WORD_READING_BEFORE.search(fold_text(before)):
        return True, "nom du registre, aussi un mot courant (après un article : laissé)", True
    if lowercase_text:
        return True, "nom du registre, aussi un mot courant (texte sans majuscules)", False
    return True, "nom du registre, aussi un mot courant (écrit en minuscules : laissé)", True
