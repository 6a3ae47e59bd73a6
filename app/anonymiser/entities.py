"""Persons among the named entities of the NER model: which entities are names, and where a name starts
and ends inside an entity."""

from __future__ import annotations

import re

from app.anonymiser import given_names, ner
from app.anonymiser.folding import fold_text, tokens_of
from app.anonymiser.lexicon import PARTICLES, RELATIONS, TITLES, commune_keys, is_common_word, is_word_form
from app.anonymiser.model import PERSONNE, Hit
from app.anonymiser.patterns.base import SHAPED
from app.anonymiser.places import is_function_word, not_a_name

_ENTITY_WORD = re.compile(r"[^\W\d_][\w'’\-]*\.?")
_ARTICLES = ("le", "la", "les", "l'")
# Words the model takes for persons: months, days, feasts, the pandemic.
_MONTHS_AND_DAYS_TEXT = """janvier fevrier mars avril mai juin juillet aout septembre octobre novembre
decembre lundi mardi mercredi jeudi vendredi samedi dimanche noel paques toussaint covid"""
_MONTHS_AND_DAYS = frozenset(_MONTHS_AND_DAYS_TEXT.split())
_MAX_NAME_TOKENS = 5


def entity_hits(text: str, keep_keys: frozenset[str]) -> list[Hit]:
    """The persons the NER model finds (PER entities, or any entity after a title), cut to the name."""
    hits = []
    for entity in ner.entities(text):
        hit = _entity_hit(text, entity, keep_keys)
        if hit is not None:
            hits.append(hit)
    return hits


def _entity_hit(text: str, entity: ner.Entity, keep_keys: frozenset[str]) -> Hit | None:
    words, titled = _without_titles(text[entity.start : entity.end])
    if entity.label != "PER" and not titled:
        return None
    if not words or re.search(r"\d", text[entity.start : entity.end]):
        return None
    span = person_span(text, entity.start + words[0].start(), entity.start + words[-1].end())
    if span is None:
        return None
    start, end = span
    name = text[start:end]
    if _not_a_person(name, titled, keep_keys):
        return None
    detail = "entité nommée PER" if entity.label == "PER" else "entité nommée après une civilité"
    return Hit(start, end, PERSONNE, "ner", detail, "nom:" + " ".join(tokens_of(name)), False, SHAPED)


def _without_titles(entity_text: str) -> tuple[list[re.Match], bool]:
    """The words of the entity after its leading titles and articles, and whether a title led it."""
    words = list(_ENTITY_WORD.finditer(entity_text))
    titled = False
    while words and fold_text(words[0].group().rstrip(".")) in (*TITLES, *_ARTICLES):
        titled = titled or fold_text(words[0].group().rstrip(".")) in TITLES
        words.pop(0)
    return words, titled


def _not_a_person(name: str, titled: bool, keep_keys: frozenset[str]) -> bool:
    tokens = [t for t in tokens_of(name) if t not in PARTICLES]
    if not tokens or len(tokens) > _MAX_NAME_TOKENS:
        return True
    key = " ".join(tokens_of(name))
    if key in keep_keys or key in commune_keys() or any(t in _MONTHS_AND_DAYS for t in tokens):
        return True
    if len(tokens) == 1 and not_a_name(tokens[0]):
        return True
    if titled:
        return False
    if len(tokens) > 1 and (not_a_name(tokens[-1]) or tokens[-1] in commune_keys()):
        return True  # "Participate Brussels", "Festival Anderlecht": a name ending with a place
    if all(is_common_word(t) for t in tokens):
        return True
    # "Priorités", "Plénière": an accented French word form, not a name
    return len(tokens) == 1 and is_word_form(name) and given_names.lookup(name) is None


def person_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name inside text[start:end]: from the first capitalised token to the last one, particles
    allowed between them ("Van den Bossche", "El Amrani", "de la Fontaine"), cut at the first lower-case
    word that is not a particle ("Ahmed la raccompagne" → "Ahmed"). None when no capitalised token."""
    words = [(m.group().rstrip("."), start + m.start()) for m in _ENTITY_WORD.finditer(text[start:end])]
    first = last = None
    for index, (word, _position) in enumerate(words):
        folded = fold_text(word)
        is_name = word[:1].isupper() or bool(re.match(r"(?i)[dl]['’][^\W\d_]", word) and word[2:3].isupper())
        if first is None:  # skip what precedes the first capitalised name token
            if is_name and folded not in PARTICLES and not _not_name_start(folded):
                first = last = index
            continue
        if folded in TITLES or folded in RELATIONS or is_function_word(folded):
            break
        if is_name:
            last = index
        elif folded not in PARTICLES:
            break
    if first is None:
        return None
    # A particle at the start is part of the name only when written as part of it ("Van Damme").
    while first > 0 and fold_text(words[first - 1][0]) in PARTICLES and words[first - 1][0][:1].isupper():
        first -= 1
    return words[first][1], words[last][1] + len(words[last][0])


def _not_name_start(folded: str) -> bool:
    """A capitalised word that does not start a name: title, relation, function word, or a common word
    that is not a given name ("Compte de Monsieur", "Hier Ahmed")."""
    return (
        folded in TITLES
        or folded in RELATIONS
        or is_function_word(folded)
        or (is_common_word(folded) and given_names.lookup(folded) is None)
    )
