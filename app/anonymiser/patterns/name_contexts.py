"""Names told by their context rather than by a title: a name in apposition to a relation or role
("Constant, le fils aîné", "Zoé (l'assistante)", "Mouna et Hamza, les voisins") and an unknown name after
a preposition or a verb that takes a person ("chez Ilse", "dis à Nordine")."""

from __future__ import annotations

import re

from app.anonymiser.folding import fold_text, normalise_key
from app.anonymiser.given_names import lookup
from app.anonymiser.lexicon import PARTICLES, RELATIONS, TITLES, commune_keys, is_common_word
from app.anonymiser.model import PERSONNE, Hit
from app.anonymiser.patterns.base import CAP, SHAPED, WEAK, pattern_hit
from app.anonymiser.patterns.names import word_spans
from app.anonymiser.places import is_function_word, not_a_name

# Plural relations announce a list of names ("Mouna et Hamza, les voisins").
_PLURAL_RELATIONS_TEXT = """voisins voisines enfants petits-enfants amis amies cousins cousines filles fils
freres soeurs neveux nieces beaux-parents buren kinderen kleinkinderen vrienden neven nichten zonen dochters
benevoles aidants"""
_PLURAL_RELATIONS = frozenset(_PLURAL_RELATIONS_TEXT.split())
_DETERMINERS_TEXT = """le la les l son sa ses leur leurs un une des mon ma mes notre nos
de het een zijn haar hun mijn onze"""
_DETERMINERS = frozenset(_DETERMINERS_TEXT.split())
_APPOSITION_GAP = re.compile(r"[ \t]*(?:,|\(|–|—|-)[ \t]*")
_LIST_GAP = re.compile(r"[ \t]*(?:,|&|et|en)[ \t]*|[ \t]*,[ \t]*(?:et|en)[ \t]+")


# --- names in apposition ------------------------------------------------------------------------------
def find_apposed_names(text: str, keep_keys: frozenset[str]) -> list[Hit]:
    """Capitalised names directly followed by a relation or role in apposition: "Constant, le fils
    aîné", "Zoé (l'assistante de la pharmacie)", "Mouna et Hamza, les voisins", "Tine (nicht)"."""
    words = word_spans(text)
    hits: list[Hit] = []
    for index, (word, _start, _end) in enumerate(words):
        folded = re.sub(r"^[ld]'", "", fold_text(word.rstrip(".")))
        plural = folded in _PLURAL_RELATIONS
        if not (folded in RELATIONS or plural) or not word[:1].islower():
            continue
        last = _before_apposition(text, words, index)
        if last is None:
            continue
        for start, end, common in _names_before(text, words, last, plural, keep_keys):
            key = normalise_key(text[start:end])
            detail = "nom suivi d'un lien ou d'un rôle" + (" (aussi un mot courant)" if common else "")
            hits.append(pattern_hit(start, end, PERSONNE, detail, "nom:" + key, common, SHAPED))
    return hits


def _before_apposition(text: str, words: list, index: int) -> int | None:
    """The index of the word before the apposition gap that precedes words[index] and its determiner
    ("Constant, le fils"), or None when there is no such gap."""
    cursor = index - 1
    anchor = words[index][1]
    if cursor >= 0 and fold_text(words[cursor][0]) in _DETERMINERS and words[cursor][0][:1].islower():
        anchor = words[cursor][1]
        cursor -= 1
    if cursor < 0 or not _APPOSITION_GAP.fullmatch(text[words[cursor][2] : anchor]):
        return None
    return cursor


def _names_before(text: str, words: list, cursor: int, plural: bool, keep_keys: frozenset[str]) -> list:
    """(start, end, is a common word) of the name ending at words[cursor], and after a plural relation
    of the names listed before it ("Mouna, Sami et Hamza")."""
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
        if not _LIST_GAP.fullmatch(text[words[cursor][2] : words[first_index][1]]):
            break
        if fold_text(words[cursor][0]) in ("et", "en"):
            cursor -= 1
            if cursor < 0:
                break
    return names


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
            if word[:1].islower() and lookup(words[cursor + 1][0]) is not None:
                break  # "Appel de Yannick": a given name after "de" starts the name
            cursor -= 1
            continue
        if not word[:1].isupper() or len(folded) < 2 or not _name_word(folded, keep_keys):
            break
        first = cursor
        cursor -= 1
    if first is None:
        return None
    key = normalise_key(" ".join(w[0] for w in words[first : last + 1]))
    if key in keep_keys or key in commune_keys():
        return None
    return first, all(is_common_word(t) for t in key.split() if t not in PARTICLES)


def _name_word(folded: str, keep_keys: frozenset[str]) -> bool:
    return not (
        folded in TITLES
        or folded in RELATIONS
        or is_function_word(folded)
        or not_a_name(folded)
        or folded in keep_keys
        or folded in commune_keys()
    )


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
    words = word_spans(text)
    starts = {start: index for index, (_w, start, _e) in enumerate(words)}
    for match in _PERSON_CONTEXT.finditer(text):
        index = starts.get(match.end())
        if index is None:
            continue
        word = words[index][0].rstrip(".")
        folded = fold_text(word)
        if len(folded) < 3 or word.isupper() or not _unknown_word(folded, keep_keys):
            continue
        last = _last_surname_word(text, words, index, keep_keys)
        start = words[index][1]
        end = words[last][1] + len(words[last][0].rstrip("."))
        key = normalise_key(text[start:end])
        hits.append(pattern_hit(start, end, PERSONNE, _CONTEXT_DETAIL, "nom:" + key, True, WEAK))
    return hits


_CONTEXT_DETAIL = "nom inconnu après « chez », « avec », « pour »… (à vérifier)"


def _last_surname_word(text: str, words: list, index: int, keep_keys: frozenset[str]) -> int:
    """The index of the last capitalised surname word directly after the unknown name words[index]."""
    last = index
    cursor = index + 1
    while cursor < len(words) and cursor - index < 4:
        following, start, _end = words[cursor]
        if not re.fullmatch(r"[ \t]{1,2}", text[words[cursor - 1][2] : start]):
            break
        bare = following.rstrip(".")
        folded = fold_text(bare)
        if folded in PARTICLES and bare[:1].islower():
            cursor += 1
            continue
        if not bare[:1].isupper() or not _surname_word(folded, keep_keys):
            break
        last = cursor
        cursor += 1
        if following.endswith("."):
            break
    return last


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
    # Known given names have their own rule (given_names.py).
    return _surname_word(folded, keep_keys) and not is_common_word(folded) and lookup(folded) is None
