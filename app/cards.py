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

from storage.models import AppSetting
from storage.register import Register

FORMAT = "relais-card-deck"
FORMAT_VERSION = 1
SETTING_KEY = "card_deck"
LANGUAGES = ("fr", "nl", "en")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_FILE_BYTES = 1_000_000
MAX_CARDS = 500
NO_THEME = "Sans thème"
UNKNOWN_THEME = "Thème inconnu ({id})"

_EMPTY: Mapping[str, str] = MappingProxyType({})
_log = logging.getLogger(__name__)


class DeckError(ValueError):
    """A deck file or deck data is unusable; the French message names the problem and where it is."""


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
    return data


# -- loading -------------------------------------------------------------------------------------------------
def load_deck(path: str | Path) -> Deck:
    """Read and validate a deck file; DeckError (naming the file) if anything is wrong."""
    path = Path(path)
    data = _read_json(path)
    try:
        return parse_deck(data)
    except DeckError as error:
        raise DeckError(f"« {path.name} » : {error}") from None


@functools.cache
def default_deck() -> Deck:
    """Relais's own deck, inspired by public sources: not the official BabbelBoost deck."""
    text = (files("resources") / "cards" / "default_deck.json").read_text(encoding="utf-8")
    return parse_deck(json.loads(text))


def _read_json(path: Path) -> object:
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DeckError(f"Le fichier « {name} » est trop volumineux pour un jeu de cartes (> 1 Mo).")
        raw = path.read_bytes()
    except OSError as error:
        raise DeckError(f"Impossible de lire le fichier « {name} » : {error.strerror or error}.") from None
    try:
        text = raw.decode("utf-8-sig")  # a BOM is common in files saved by Windows editors
    except UnicodeDecodeError:
        raise DeckError(f"Le fichier « {name} » n'est pas un texte encodé en UTF-8.") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise DeckError(
            f"Le fichier « {name} » n'est pas du JSON valide (ligne {error.lineno}, colonne {error.colno})."
        ) from None
    except RecursionError:
        raise DeckError(f"Le fichier « {name} » est trop profondément imbriqué.") from None


# -- validation ----------------------------------------------------------------------------------------------
def parse_deck(data: object) -> Deck:
    """Validate deck data (as decoded from JSON) and build the Deck; DeckError names the first problem."""
    if not isinstance(data, dict):
        raise DeckError("Le jeu de cartes doit être un objet JSON (entre accolades).")
    _check_header(data)
    deck_id = _identifier(data.get("id"), "Le jeu de cartes")
    name = _labels(data.get("name"), "Le jeu de cartes", "name")
    official = data.get("official", False)
    if not isinstance(official, bool):
        raise DeckError("Le champ « official » doit valoir true ou false.")
    notice = _labels(data["notice"], "Le jeu de cartes", "notice") if "notice" in data else _EMPTY
    groups = _groups(data.get("groups"))
    cards = _cards(data.get("cards"), groups)
    return Deck(deck_id, name, groups, cards, official, notice, _sources(data.get("sources")))


def _check_header(data: dict) -> None:
    if data.get("format") != FORMAT:
        raise DeckError(
            f"Ce fichier n'est pas un jeu de cartes Relais : le champ « format » doit valoir « {FORMAT} »."
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DeckError("Le champ « version » doit être un nombre entier (1).")
    if version != FORMAT_VERSION:
        raise DeckError(
            f"Version de jeu de cartes non prise en charge : {version} "
            f"(Relais lit la version {FORMAT_VERSION})."
        )


def _identifier(value: object, where: str) -> str:
    if value is None or value == "":
        raise DeckError(f"{where} : identifiant (« id ») manquant.")
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise DeckError(
            f"{where} : identifiant « {value} » invalide (lettres minuscules sans accents, chiffres, "
            "« _ » ou « - », 64 caractères au plus)."
        )
    return value


def _labels(value: object, where: str, key: str) -> Mapping[str, str]:
    if value is None:
        raise DeckError(f"{where} : « {key} » manquant (textes par langue, au moins « fr »).")
    if not isinstance(value, dict):
        raise DeckError(f'{where} : « {key} » doit être un objet {{"fr": …, "nl": …, "en": …}}.')
    french = value.get("fr")
    if not isinstance(french, str) or not french.strip():
        raise DeckError(f"{where} : texte français (« {key}.fr ») manquant ou vide.")
    for lang, text in value.items():
        if not isinstance(text, str) or not text.strip():
            raise DeckError(f"{where} : « {key}.{lang} » doit être un texte non vide.")
    return MappingProxyType(dict(value))


def _sources(value: object) -> Mapping[str, str]:
    if value is None:
        return _EMPTY
    if not isinstance(value, dict) or not all(isinstance(text, str) for text in value.values()):
        raise DeckError("Le champ « sources » doit être un objet dont chaque valeur est un texte.")
    return MappingProxyType(dict(value))


def _entries(value: object, key: str, what: str) -> list:
    if value is None:
        raise DeckError(f"Le jeu de cartes n'a pas de liste « {key} » ({what}).")
    if not isinstance(value, list):
        raise DeckError(f"Le champ « {key} » doit être une liste ({what}).")
    if not value:
        raise DeckError(f"Le jeu de cartes ne contient aucun élément dans « {key} » ({what}) : il est vide.")
    return value


def _where(kind: str, number: int, entry: object) -> str:
    """E.g. 'Carte n° 3 (« logement »)': the 1-based position, and the id when the entry has a usable one."""
    entry_id = entry.get("id") if isinstance(entry, dict) else None
    where = f"{kind} n° {number}"
    return f"{where} (« {entry_id} »)" if isinstance(entry_id, str) and entry_id else where


def _groups(value: object) -> tuple[CardGroup, ...]:
    groups: dict[str, tuple[int, CardGroup]] = {}
    for number, entry in enumerate(_entries(value, "groups", "les groupes de cartes"), start=1):
        where = _where("Groupe", number, entry)
        if not isinstance(entry, dict):
            raise DeckError(f"{where} : doit être un objet JSON.")
        group = CardGroup(_identifier(entry.get("id"), where), _labels(entry.get("labels"), where, "labels"))
        if group.id in groups:
            raise DeckError(
                f"{where} : l'identifiant « {group.id} » est déjà celui du groupe n° {groups[group.id][0]}."
            )
        groups[group.id] = (number, group)
    return tuple(group for _number, group in groups.values())


def _cards(value: object, groups: tuple[CardGroup, ...]) -> tuple[Card, ...]:
    entries = _entries(value, "cards", "les cartes")
    if len(entries) > MAX_CARDS:
        raise DeckError(f"Le jeu de cartes contient trop de cartes ({len(entries)} ; au plus {MAX_CARDS}).")
    group_ids = [group.id for group in groups]
    seen: dict[str, int] = {}
    cards: list[Card] = []
    for number, entry in enumerate(entries, start=1):
        card = _card(number, entry, group_ids)
        if card.id in seen:
            raise DeckError(
                f"Carte n° {number} : l'identifiant « {card.id} » "
                f"est déjà celui de la carte n° {seen[card.id]}."
            )
        seen[card.id] = number
        cards.append(card)
    return tuple(cards)


def _card(number: int, entry: object, group_ids: list[str]) -> Card:
    where = _where("Carte", number, entry)
    if not isinstance(entry, dict):
        raise DeckError(f"{where} : doit être un objet JSON.")
    card_id = _identifier(entry.get("id"), where)
    labels = _labels(entry.get("labels"), where, "labels")
    prompt = _labels(entry.get("prompt"), where, "prompt")
    group = entry.get("group")
    if group is None or group == "":
        raise DeckError(f"{where} : groupe (« group ») manquant.")
    if group not in group_ids:
        raise DeckError(f"{where} : groupe « {group} » inconnu (groupes déclarés : {', '.join(group_ids)}).")
    return Card(card_id, group, labels, prompt, _card_source(where, entry.get("source")))


def _card_source(where: str, source: object) -> str | tuple[str, ...] | None:
    if source is None:
        return None
    if isinstance(source, str) and source.strip():
        return source
    if isinstance(source, list) and source and all(isinstance(part, str) and part.strip() for part in source):
        return tuple(source)
    raise DeckError(f"{where} : « source » doit être un texte ou une liste de textes non vides.")


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
