"""The pictograms of a deck's cards, and what a deck lacks for a conversation in a given language.

A card's `pictogram` is the name of a pictogram shipped with Relais (``resources/cards/pictograms/NAME.svg``,
drawn for the project and licensed with it) or an SVG text carried by the deck itself. A card without a usable
pictogram is shown as text only, and a card without a text in the conversation's language in French (the
deck's first language): `deck_gaps` lists both so that the referent is told, never the person. No Qt here:
the window draws the SVG bytes with Qt's own renderer.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from importlib.resources import files

from app.cards import ID_PATTERN, Card, Deck

SVG_NAMESPACE = "{http://www.w3.org/2000/svg}svg"
# An SVG with a document type could declare entities (and expand them without end): never parsed.
_FORBIDDEN = ("<!DOCTYPE", "<!ENTITY")


@dataclass(frozen=True)
class DeckGaps:
    """Card ids of a deck with no usable pictogram, and those with no text in the conversation's language."""

    language: str
    without_pictogram: tuple[str, ...] = ()
    untranslated: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.without_pictogram or self.untranslated)


def pictogram_svg(card: Card) -> bytes | None:
    """The card's pictogram as SVG bytes, or None (no pictogram, unknown name or not an SVG drawing)."""
    if card.pictogram is None:
        return None
    if ID_PATTERN.match(card.pictogram):
        return shipped_pictogram(card.pictogram)
    return _checked(card.pictogram.encode("utf-8"))


@functools.cache
def shipped_pictogram(name: str) -> bytes | None:
    if not ID_PATTERN.match(name):  # a name never becomes a path outside the folder
        return None
    resource = files("resources") / "cards" / "pictograms" / f"{name}.svg"
    if not resource.is_file():
        return None
    return _checked(resource.read_bytes())


def _checked(data: bytes) -> bytes | None:
    """`data` when it is a well-formed SVG document, else None."""
    head = data[:2000].decode("utf-8", "replace").upper()
    if any(mark in head for mark in _FORBIDDEN):
        return None
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return None
    return data if root.tag in (SVG_NAMESPACE, "svg") else None


def has_text_in(card: Card, language: str) -> bool:
    return bool(card.labels.get(language)) and bool(card.prompt.get(language))


def deck_gaps(deck: Deck, language: str) -> DeckGaps:
    """What falls back when `deck` is shown in `language`: cards without a pictogram, cards in French."""
    return DeckGaps(
        language,
        tuple(card.id for card in deck.cards if pictogram_svg(card) is None),
        tuple(card.id for card in deck.cards if not has_text_in(card, language)),
    )
