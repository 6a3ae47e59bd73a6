"""Folding with an offset map: match on folded text, report spans in the original text.

Folding is the same as `storage.text.fold` (accents dropped, casefolded), done character by character so
every folded character knows the index of the source character it came from. Typographic apostrophes,
hyphens and spaces are unified so "d’Amrani", "Jean‑Pierre" and "Jean Pierre" compare alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from storage.text import fold

_UNIFY = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u2032": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2009": " ",
    # Letters that Unicode does not decompose into a base letter and an accent (Turkish, Polish, Nordic,
    # Croatian names): "Yılmaz" = "Yilmaz", "Paweł" = "Pawel", "Søren" = "Soren".
    "ı": "i",
    "ł": "l",
    "Ł": "l",
    "ø": "o",
    "Ø": "o",
    "đ": "d",
    "Đ": "d",
    "ħ": "h",
    "Ħ": "h",
}

# A word token of folded text: letters, or digits (folded text may keep letters such as ø or ł).
TOKEN = re.compile(r"[^\W\d_]+|\d+")


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    unified = _UNIFY.get(ch)
    if unified is not None:
        return unified
    return fold(ch)


def fold_text(text: str) -> str:
    """Folded text with unified punctuation (no offsets)."""
    return "".join(fold_char(ch) for ch in text)


@dataclass(frozen=True)
class Folded:
    """`text` folded; `origin[i]` is the index in the source of folded character i."""

    source: str
    text: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, source: str) -> Folded:
        chars: list[str] = []
        origin: list[int] = []
        for index, ch in enumerate(source):
            folded = fold_char(ch)
            chars.append(folded)
            origin.extend([index] * len(folded))
        return cls(source, "".join(chars), tuple(origin))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of the folded span [start, end), widened over trailing combining marks."""
        if start >= end:
            position = self.origin[start] if start < len(self.origin) else len(self.source)
            return position, position
        source_start = self.origin[start]
        source_end = self.origin[end - 1] + 1
        while source_end < len(self.source) and not fold_char(self.source[source_end]):
            source_end += 1
        return source_start, source_end

    def tokens(self) -> list[tuple[str, int, int]]:
        """(token, start, end) in folded coordinates."""
        return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(self.text)]


def tokens_of(text: str) -> tuple[str, ...]:
    """The folded word tokens of a term ("Jean-Pierre d’Amrani" → jean, pierre, d, amrani)."""
    return tuple(TOKEN.findall(fold_text(text)))


def normalise_key(text: str) -> str:
    """A consistency key: folded tokens joined by single spaces."""
    return " ".join(tokens_of(text))
