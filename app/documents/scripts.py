"""Names and notes in every script, on the documents' PDF pages.

The documents embed DejaVu Sans (Latin, Greek, Cyrillic, Arabic and Hebrew letters) and, for Chinese and
Japanese, Droid Sans Fallback (both shipped in resources/fonts). Two things a PDF does not do by itself:

- **Right-to-left scripts** (Arabic, Hebrew) are stored in reading order; a PDF draws glyphs left to right,
  one by one. Each line is therefore shaped (Arabic letters take their joined forms: arabic-reshaper) and
  put in visual order (the Unicode bidi algorithm: python-bidi) before it is drawn.
- **Characters DejaVu lacks** are drawn with the fallback font, run by run. A character neither font has
  (Korean, Devanagari, Thai…) would print as an empty box: it is counted, so the preview can say so.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib.resources import as_file, files
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.exports.pdf_style import FONT, register_fonts

FALLBACK = "RelaisFallback"
_RTL_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
_RTL_CLASS = "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in _RTL_RANGES)
# a run: right-to-left letters with the spaces and punctuation between them, starting and ending with a letter
_RTL_RUN = re.compile(f"[{_RTL_CLASS}](?:[{_RTL_CLASS} .,'’-]*[{_RTL_CLASS}])?")


def is_rtl(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _RTL_RANGES)


def for_display(line: str) -> str:
    """One line as it must be drawn: each right-to-left run shaped and reversed in place.

    Only the runs move: a line is laid out left to right, as the documents are, so a phone number or a
    date beside an Arabic name keeps its place and its digit groups (the full bidi algorithm would carry
    neutral spaces between numbers into the right-to-left run and swap the groups)."""
    if not any(is_rtl(char) for char in line):
        return line
    from arabic_reshaper import reshape  # only when a line needs it
    from bidi import get_display

    return _RTL_RUN.sub(lambda run: get_display(reshape(run.group()), base_dir="R"), line)


@functools.cache
def register_fallback() -> None:
    register_fonts()
    with as_file(files("resources.fonts") / "DroidSansFallbackFull.ttf") as path:
        pdfmetrics.registerFont(TTFont(FALLBACK, str(path)))


@functools.cache
def _covered(font: str) -> frozenset[int]:
    register_fallback()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def font_for(char: str, font: str) -> str | None:
    """The font that draws `char`: the document's own, else the fallback; None when neither has it."""
    code = ord(char)
    if code in _covered(font) or char.isspace():
        return font
    if code in _covered(FALLBACK):
        return FALLBACK
    return None


def runs(line: str, font: str) -> Iterator[tuple[str, str]]:
    """(font, text) pieces of a line, in order; characters no font has stay with the document's font."""
    current, piece = font, ""
    for char in line:
        chosen = font_for(char, font) or font
        if chosen != current and piece:
            yield current, piece
            piece = ""
        current = chosen
        piece += char
    if piece:
        yield current, piece


def unshown(text: str, font: str = FONT) -> int:
    """How many characters of `text` no embedded font can draw (they would print as boxes)."""
    return sum(1 for char in text if font_for(char, font) is None)


def text_width(line: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in runs(line, font))


def draw_line(canvas, x: float, y: float, line: str, font: str, size: float) -> None:
    """Draw one line at (x, y), in visual order, switching to the fallback font where needed."""
    for name, piece in runs(for_display(line), font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)
    canvas.setFont(font, size)


def paragraph_markup(line: str, font: str = FONT) -> str:
    """One line as reportlab Paragraph markup: escaped, visual order, fallback runs in a <font> tag."""
    shown = for_display(line)
    if all(font_for(char, font) == font for char in shown):
        return escape(shown)
    return "".join(escape(piece) if name == font else f'<font name="{name}">{escape(piece)}</font>'
                   for name, piece in runs(shown, font))
