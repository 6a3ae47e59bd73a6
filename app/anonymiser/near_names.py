"""Register names misspelt by one letter ("Yamna" for Yamina, "Vandenbroek" for Vandenbroeck).

Referents type fast, after a visit: a register name with a letter dropped, added, changed or two letters
swapped is still that person. Register name words of five letters or more are indexed by their one-letter
deletions (the "symmetric delete" method), so a word of the text is checked with a handful of dictionary
lookups whatever the size of the register; the edit distance itself comes from rapidfuzz (optimal string
alignment: one edit, a swap counting as one). Words that are common words, given names, places or keep
terms are never taken for a misspelt name: those have rules of their own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz.distance import OSA

from app.anonymiser.folding import fold_text
from app.anonymiser.lexicon import commune_keys, is_common_word
from app.anonymiser.model import PERSONNE, Hit
from app.anonymiser.places import is_function_word, not_a_name

MIN_LENGTH = 5  # shorter names are one edit away from too many words
DETAIL = "proche d'un nom du registre (une lettre de différence, à vérifier)"
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*")


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class NearNames:
    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        """`names`: (folded register name word, placeholder key)."""
        self._keys: dict[str, str] = {}
        self._by_deletion: dict[str, set[str]] = defaultdict(set)
        for word, key in names:
            if len(word) < MIN_LENGTH or not word.isalpha():
                continue
            self._keys.setdefault(word, key)
            for variant in (word, *_deletions(word)):
                self._by_deletion[variant].add(word)

    def __len__(self) -> int:
        return len(self._keys)

    def nearest(self, folded: str) -> str | None:
        """The register word one edit away from `folded` (None if none, or if it is a register word)."""
        if len(folded) < MIN_LENGTH or folded in self._keys:
            return None
        candidates: set[str] = set()
        for variant in (folded, *_deletions(folded)):
            candidates |= self._by_deletion.get(variant, set())
        near = sorted(c for c in candidates if OSA.distance(folded, c, score_cutoff=1) <= 1)
        return near[0] if len(near) == 1 else None  # two register words as near: too unsure to say which

    def find(self, text: str, keep_keys: frozenset[str]) -> list[Hit]:
        """Capitalised words of `text` one edit away from a register name (any word in a text without
        capitals is left to the lower-case rules). Flagged ambiguous: the review shows them."""
        if not self._keys:
            return []
        hits = []
        for match in _WORD.finditer(text):
            word = match.group()
            if not word[:1].isupper() or (word.isupper() and len(word) <= 5):  # acronyms
                continue
            folded = fold_text(word)
            if _excluded(folded, keep_keys):
                continue
            register_word = self.nearest(folded)
            if register_word is not None:
                key = self._keys[register_word]
                hits.append(Hit(match.start(), match.end(), PERSONNE, "register", DETAIL, key, True, 2))
        return hits


def _excluded(folded: str, keep_keys: frozenset[str]) -> bool:
    from app.anonymiser.given_names import lookup

    return (
        len(folded) < MIN_LENGTH
        or is_common_word(folded)
        or is_function_word(folded)
        or not_a_name(folded)
        or folded in keep_keys
        or folded in commune_keys()
        or lookup(folded) is not None  # a given name of its own: the given-name rule decides
    )
