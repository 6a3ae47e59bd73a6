"""Fitting a text into a few lines of a given width; what does not fit is cut with a visible "…".

A document for the person's home must never overflow its one page, whatever was typed in the register (texts
of 5,000 characters, a word of 80 letters). The caller counts the texts that were shortened to say so.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.documents.scripts import text_width as stringWidth  # every script, the fallback font's widths

ELLIPSIS = "…"


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    shortened: bool


def fit(text: str, font: str, size: float, width: float, max_lines: int) -> Fitted:
    """Wrap `text` on words into at most `max_lines` lines of `width` points; mark a cut with "…"."""
    words = " ".join(text.split()).split(" ") if text.strip() else []
    lines: list[str] = []
    while words and len(lines) < max_lines:
        line, words = _take_line(words, font, size, width)
        lines.append(line)
    if not words:
        return Fitted(tuple(lines), False)
    lines[-1] = _with_ellipsis(lines[-1], font, size, width)
    return Fitted(tuple(lines), True)


def _take_line(words: list[str], font: str, size: float, width: float) -> tuple[str, list[str]]:
    line = ""
    for index, word in enumerate(words):
        candidate = f"{line} {word}" if line else word
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            return line, words[index:]
        head, tail = _split_word(word, font, size, width)  # one word wider than the line: cut it
        return head, [tail, *words[index + 1 :]]
    return line, []


def _split_word(word: str, font: str, size: float, width: float) -> tuple[str, str]:
    cut = len(word) - 1
    while cut > 1 and stringWidth(word[:cut], font, size) > width:
        cut -= 1
    return word[:cut], word[cut:]


def _with_ellipsis(line: str, font: str, size: float, width: float) -> str:
    line = line.rstrip(" ,;:.")
    while line and stringWidth(f"{line} {ELLIPSIS}", font, size) > width:
        line = line[:-1].rstrip(" ,;:.")
    return f"{line} {ELLIPSIS}" if line else ELLIPSIS
