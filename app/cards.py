"""Card decks of the dialogue tool: the default deck shipped with Relais, or a deck loaded from a JSON file.

The official BabbelBoost cards are not public, so Relais ships its own deck (``resources/cards``) and lets a
community of practice load its own cards (format: ``docs/card-deck-format.md``). A deck file is validated
completely before it is used: :class:`DeckError` says, in French, what is wrong and where.

Records keep card ids, never labels, and keep them when the deck changes: an id the current deck does not know
is shown as "Thème inconnu (id)" instead of being dropped. Pure Python: no Qt here.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.errors import CodedError
from storage.errors import os_reason
from storage.models import AppSetting
from storage.register import Register

FORMAT = "relais-card-deck"
FORMAT_VERSION = 1
SETTING_KEY = "card_deck"
LANGUAGES = ("fr", "nl", "en")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_FILE_BYTES = 1_000_000
MAX_CARDS = 500
MAX_PICTOGRAM_CHARS = 50_000
_DECK = "deck"  # the `where` of the deck's own fields, as cards[3] is that of a card
NO_THEME = "Sans thème"
UNKNOWN_THEME = "Thème inconnu ({id})"

_EMPTY: Mapping[str, str] = MappingProxyType({})
_log = logging.getLogger(__name__)


class DeckError(CodedError, ValueError):
    """A deck file or deck data is unusable; the code names the problem, `where` where it is (cards[3])."""


def _no_texts() -> Mapping[str, str]:
    return _EMPTY


def _pick(labels: Mapping[str, str], lang: str) -> str:
    # French is mandatory in every deck, so it is the fallback for a missing translation.
    return labels.get(lang) or labels["fr"]


@dataclass(frozen=True)
class CardGroup:
    id: str
    labels: Mapping[str, str] = field(hash=False)

    def label(self, lang: str = "fr") -> str:
        return _pick(self.labels, lang)


@dataclass(frozen=True)
class Card:
    id: str
    group: str
    labels: Mapping[str, str] = field(hash=False)
    prompt: Mapping[str, str] = field(hash=False)
    source: str | tuple[str, ...] | None = None
    # A shipped pictogram's name (resources/cards/pictograms/NAME.svg) or an SVG text; None: text only.
    pictogram: str | None = field(default=None, hash=False)

    def label(self, lang: str = "fr") -> str:
        return _pick(self.labels, lang)

    def prompt_text(self, lang: str = "fr") -> str:
        return _pick(self.prompt, lang)


@dataclass(frozen=True)
class Deck:
    id: str
    name: Mapping[str, str] = field(hash=False)
    groups: tuple[CardGroup, ...]
    cards: tuple[Card, ...]
    official: bool = False
    notice: Mapping[str, str] = field(default_factory=_no_texts, hash=False)
    sources: Mapping[str, str] = field(default_factory=_no_texts, hash=False)
    _by_id: Mapping[str, Card] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", MappingProxyType({card.id: card for card in self.cards}))

    def card(self, card_id: str | None) -> Card | None:
        return self._by_id.get(card_id) if card_id is not None else None

    def group(self, group_id: str) -> CardGroup | None:
        return next((group for group in self.groups if group.id == group_id), None)

    def cards_in(self, group_id: str) -> tuple[Card, ...]:
        return tuple(card for card in self.cards if card.group == group_id)

    def is_known(self, card_id: str | None) -> bool:
        return card_id is not None and card_id in self._by_id

    def label(self, card_id: str | None, lang: str = "fr") -> str:
        """The card's label; "Sans thème" for None; "Thème inconnu (id)", in French, for an unknown id."""
        if card_id is None:
            return NO_THEME
        card = self._by_id.get(card_id)
        return card.label(lang) if card else UNKNOWN_THEME.format(id=card_id)

    def display_name(self, lang: str = "fr") -> str:
        return _pick(self.name, lang)

    def to_data(self) -> dict[str, Any]:
        """The deck in the file format (``parse_deck(deck.to_data()) == deck``)."""
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "id": self.id,
            "name": dict(self.name),
            "official": self.official,
        }
        if self.notice:
            data["notice"] = dict(self.notice)
        if self.sources:
            data["sources"] = dict(self.sources)
        data["groups"] = [{"id": group.id, "labels": dict(group.labels)} for group in self.groups]
        data["cards"] = [_card_data(card) for card in self.cards]
        return data


def _card_data(card: Card) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": card.id,
        "group": card.group,
        "labels": dict(card.labels),
        "prompt": dict(card.prompt),
    }
    if card.source is not None:
        data["source"] = card.source if isinstance(card.source, str) else list(card.source)
    if card.pictogram is not None:
        data["pictogram"] = card.pictogram
    return data


# -- loading -------------------------------------------------------------------------------------------------
def load_deck(path: str | Path) -> Deck:
    """Read and validate a deck file; DeckError (naming the file) if anything is wrong."""
    path = Path(path)
    data = _read_json(path)
    try:
        return parse_deck(data)
    except DeckError as error:
        raise DeckError("deck.in_file", file=path.name, cause=error.code, **error.params) from None


@functools.cache
def default_deck() -> Deck:
    """Relais's own deck, inspired by public sources: not the official BabbelBoost deck."""
    text = (files("resources") / "cards" / "default_deck.json").read_text(encoding="utf-8")
    return parse_deck(json.loads(text))


def _read_json(path: Path) -> object:
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DeckError("deck.file_too_big", file=name)
        raw = path.read_bytes()
    except OSError as error:
        raise DeckError("deck.file_unreadable", file=name, reason=os_reason(error)) from None
    try:
        text = raw.decode("utf-8-sig")  # a BOM is common in files saved by Windows editors
    except UnicodeDecodeError:
        raise DeckError("deck.not_utf8", file=name) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise DeckError("deck.malformed_json", file=name, line=error.lineno, column=error.colno) from None
    except RecursionError:
        raise DeckError("deck.too_deep", file=name) from None


# -- validation ----------------------------------------------------------------------------------------------
def parse_deck(data: object) -> Deck:
    """Validate deck data (as decoded from JSON) and build the Deck; DeckError names the first problem."""
    if not isinstance(data, dict):
        raise DeckError("deck.not_object")
    _check_header(data)
    deck_id = _identifier(data.get("id"), _DECK)
    name = _labels(data.get("name"), _DECK, "name")
    official = data.get("official", False)
    if not isinstance(official, bool):
        raise DeckError("deck.official_not_boolean")
    notice = _labels(data["notice"], _DECK, "notice") if "notice" in data else _EMPTY
    groups = _groups(data.get("groups"))
    cards = _cards(data.get("cards"), groups)
    return Deck(deck_id, name, groups, cards, official, notice, _sources(data.get("sources")))


def _check_header(data: dict) -> None:
    if data.get("format") != FORMAT:
        raise DeckError("deck.wrong_format", format=FORMAT)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DeckError("deck.version_not_integer")
    if version != FORMAT_VERSION:
        raise DeckError("deck.unsupported_version", version=version, supported=FORMAT_VERSION)


def _identifier(value: object, where: str) -> str:
    if value is None or value == "":
        raise DeckError("deck.id_missing", where=where)
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise DeckError("deck.id_invalid", where=where, id=str(value)[:64])
    return value


def _labels(value: object, where: str, key: str) -> Mapping[str, str]:
    if value is None:
        raise DeckError("deck.labels_missing", where=where, key=key)
    if not isinstance(value, dict):
        raise DeckError("deck.labels_not_object", where=where, key=key)
    french = value.get("fr")
    if not isinstance(french, str) or not french.strip():
        raise DeckError("deck.french_missing", where=where, key=key)
    for lang, text in value.items():
        if not isinstance(text, str) or not text.strip():
            raise DeckError("deck.label_empty", where=where, key=f"{key}.{lang}")
    return MappingProxyType(dict(value))


def _sources(value: object) -> Mapping[str, str]:
    if value is None:
        return _EMPTY
    if not isinstance(value, dict) or not all(isinstance(text, str) for text in value.values()):
        raise DeckError("deck.sources_invalid")
    return MappingProxyType(dict(value))


def _entries(value: object, key: str) -> list:
    if value is None:
        raise DeckError("deck.list_missing", key=key)
    if not isinstance(value, list):
        raise DeckError("deck.not_list", key=key)
    if not value:
        raise DeckError("deck.list_empty", key=key)
    return value


def _where(kind: str, number: int, entry: object) -> str:
    """E.g. 'cards[3] (logement)': the 1-based position, and the id when the entry has a usable one.

    A technical path, the same in every language: the texts of the errors say what is wrong there."""
    entry_id = entry.get("id") if isinstance(entry, dict) else None
    where = f"{kind}[{number}]"
    return f"{where} ({entry_id[:64]})" if isinstance(entry_id, str) and entry_id else where


def _groups(value: object) -> tuple[CardGroup, ...]:
    groups: dict[str, tuple[int, CardGroup]] = {}
    for number, entry in enumerate(_entries(value, "groups"), start=1):
        where = _where("groups", number, entry)
        if not isinstance(entry, dict):
            raise DeckError("deck.entry_not_object", where=where)
        group = CardGroup(_identifier(entry.get("id"), where), _labels(entry.get("labels"), where, "labels"))
        if group.id in groups:
            raise DeckError("deck.group_id_repeated", where=where, id=group.id, first=groups[group.id][0])
        groups[group.id] = (number, group)
    return tuple(group for _number, group in groups.values())


def _cards(value: object, groups: tuple[CardGroup, ...]) -> tuple[Card, ...]:
    entries = _entries(value, "cards")
    if len(entries) > MAX_CARDS:
        raise DeckError("deck.too_many_cards", count=len(entries), max=MAX_CARDS)
    group_ids = [group.id for group in groups]
    seen: dict[str, int] = {}
    cards: list[Card] = []
    for number, entry in enumerate(entries, start=1):
        card = _card(number, entry, group_ids)
        if card.id in seen:
            raise DeckError(
                "deck.card_id_repeated", where=f"cards[{number}]", id=card.id, first=seen[card.id]
            )
        seen[card.id] = number
        cards.append(card)
    return tuple(cards)


def _card(number: int, entry: object, group_ids: list[str]) -> Card:
    where = _where("cards", number, entry)
    if not isinstance(entry, dict):
        raise DeckError("deck.entry_not_object", where=where)
    card_id = _identifier(entry.get("id"), where)
    labels = _labels(entry.get("labels"), where, "labels")
    prompt = _labels(entry.get("prompt"), where, "prompt")
    group = entry.get("group")
    if group is None or group == "":
        raise DeckError("deck.group_missing", where=where)
    if group not in group_ids:
        raise DeckError("deck.group_unknown", where=where, group=str(group)[:64], groups=", ".join(group_ids))
    source = _card_source(where, entry.get("source"))
    return Card(card_id, group, labels, prompt, source, _card_pictogram(where, entry.get("pictogram")))


def _card_pictogram(where: str, value: object) -> str | None:
    """A pictogram name or an inline SVG text; its drawing is checked when shown (app.card_pictograms)."""
    if value is None:
        return None
    if isinstance(value, str) and (ID_PATTERN.match(value) or _is_svg_text(value)):
        return value
    raise DeckError("deck.pictogram_invalid", where=where)


def _is_svg_text(value: str) -> bool:
    return len(value) <= MAX_PICTOGRAM_CHARS and "<svg" in value[:500] and value.rstrip().endswith(">")


def _card_source(where: str, source: object) -> str | tuple[str, ...] | None:
    if source is None:
        return None
    if isinstance(source, str) and source.strip():
        return source
    if isinstance(source, list) and source and all(isinstance(part, str) and part.strip() for part in source):
        return tuple(source)
    raise DeckError("deck.source_invalid", where=where)


# -- the deck in use -----------------------------------------------------------------------------------------
class DeckSettings:
    """The deck a register uses: the default one, or a custom deck stored (validated) in the register."""

    def __init__(self, register: Register) -> None:
        self._register = register

    def current_deck(self) -> Deck:
        stored = self._stored_text()
        if not stored:
            return default_deck()
        try:
            return parse_deck(json.loads(stored))
        except ValueError:  # DeckError and JSONDecodeError; only possible if the value was altered by hand
            _log.warning("Le jeu de cartes enregistré est illisible : retour au jeu par défaut.")
            return default_deck()

    def is_custom(self) -> bool:
        return bool(self._stored_text())

    def use_deck_file(self, path: str | Path) -> Deck:
        """Validate the file, then make it the register's deck; on DeckError nothing changes."""
        deck = load_deck(path)
        value = json.dumps(deck.to_data(), ensure_ascii=False)
        with self._register.session() as session:
            session.merge(AppSetting(key=SETTING_KEY, value=value))
        return deck

    def reset_to_default(self) -> Deck:
        with self._register.session() as session:
            row = session.get(AppSetting, SETTING_KEY)
            if row is not None:
                session.delete(row)
        return default_deck()

    def _stored_text(self) -> str:
        with self._register.session() as session:
            row = session.get(AppSetting, SETTING_KEY)
            return row.value if row is not None else ""
