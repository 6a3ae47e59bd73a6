"""Names learnt during one export: a person found outside the register (announced, a known given name,
NER) is masked wherever the name comes back, with the same placeholder, in this text or a later one."""

from __future__ import annotations

import re
from dataclasses import replace

from app.anonymiser import given_names
from app.anonymiser.denylist import DenyList
from app.anonymiser.folding import fold_text
from app.anonymiser.lexicon import PARTICLES, commune_keys
from app.anonymiser.merging import merge
from app.anonymiser.model import PERSONNE, Hit

PROPAGATED = "nom déjà repéré dans cet export"


class LearntNames:
    """Name tokens found outside the register → consistency key of the full name. Not thread-safe: the
    Anonymiser calls it under its lock."""

    def __init__(self, deny: DenyList, keep_keys: frozenset[str]) -> None:
        self._deny = deny
        self._keep_keys = keep_keys
        self._known: dict[str, str] = {}
        self._known_common: set[str] = set()  # learnt tokens that are also common words: flagged ambiguous
        self._register_tokens: frozenset[str] | None = None

    def propagate(self, text: str, merged: list[Hit], keep_spans: list[tuple[int, int]], lowercase: bool):
        """Remember the name tokens of persons found outside the register, give a bare token of a known
        name the placeholder of the full name, and mask every other capitalised occurrence (before or
        after, in this text or a later one of the same export)."""
        self._learn(text, merged)
        if not self._known:
            return merged
        rekeyed = [self._rekeyed(text, hit) for hit in merged]
        added = self._occurrences(text, rekeyed, keep_spans, lowercase)
        return merge(rekeyed + added) if added else rekeyed

    def _learn(self, text: str, merged: list[Hit]) -> None:
        register = self._register_token_set()
        for hit in sorted(merged, key=lambda h: h.start - h.end):  # longest names first
            if hit.kind != PERSONNE or hit.reason == "register":
                continue
            for word, _start, _end in given_names._words(text[hit.start : hit.end]):
                token = fold_text(word)
                if self._learnable(token, register) and token not in self._known:
                    self._known[token] = hit.key
                    if given_names.is_word(token, (given_names.lookup(token) or (0, 0, False))[1]):
                        self._known_common.add(token)

    def _rekeyed(self, text: str, hit: Hit) -> Hit:
        """A bare token of a known name gets the key (so the placeholder) of the full name."""
        if hit.kind != PERSONNE or hit.reason == "register":
            return hit
        keys = {
            self._known.get(fold_text(w))
            for w, _s, _e in given_names._words(text[hit.start : hit.end])
            if fold_text(w) not in PARTICLES
        }
        if len(keys) == 1 and None not in keys and keys != {hit.key}:
            return replace(hit, key=keys.pop())
        return hit

    def _occurrences(self, text: str, hits: list[Hit], keep_spans: list[tuple[int, int]], lowercase: bool):
        """The other occurrences of known name tokens, neighbours of the same name joined."""
        covered = [(h.start, h.end) for h in hits] + keep_spans
        added: list[Hit] = []
        for word, start, end in given_names._words(text):
            key = self._known.get(fold_text(word))
            if key is None or (not word[:1].isupper() and not lowercase):
                continue
            if any(start < e and s < end for s, e in covered):
                continue
            common = fold_text(word) in self._known_common
            previous = added[-1] if added else None
            if previous and previous.key == key and re.fullmatch(r"[ \t]{1,2}", text[previous.end : start]):
                ambiguous = previous.ambiguous and common
                added[-1] = Hit(previous.start, end, PERSONNE, "pattern", PROPAGATED, key, ambiguous, 1)
            else:
                added.append(Hit(start, end, PERSONNE, "pattern", PROPAGATED, key, common, 1))
        return added

    def _register_token_set(self) -> frozenset[str]:
        if self._register_tokens is None:
            self._register_tokens = frozenset(t for t, _ in self._deny.single_names())
        return self._register_tokens

    def _learnable(self, token: str, register: frozenset[str]) -> bool:
        parts = [p for p in re.split(r"[-'’]", token) if p]
        return (
            len(token) >= 3
            and token not in PARTICLES
            and token not in self._keep_keys
            and token not in commune_keys()
            and not given_names.excluded(token, self._keep_keys)
            and not any(p in register for p in parts)
        )
