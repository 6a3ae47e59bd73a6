"""Dialogue sessions: one use of the dialogue tool (PPA, now BabbelBoost) with the person.

What the CdP canvas asks about each use (seed 003): the mode ("oral" or with the cards), the difficulties
encountered and the added value experienced. The cards drawn are kept as deck card ids, in the order they were
drawn; ids the current deck does not know are kept too (the deck may change, the record must not).
Priorities written while talking are created with the session, linked to it, status "exprimée".
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import select, update

from app import clock
from app.errors import NotFoundError, ValidationError
from app.priorities import PriorityRead, clean_text, clean_theme, insert_priority, read_priorities
from app.validation import check_term
from storage.models import DialogueSession, Priority, Situation
from storage.register import Register

TEXT_MAX = 5000
CARDS_MAX = 200
_TEXT_FIELDS = {
    "difficulties": "difficultés rencontrées",
    "added_value": "plus-value éprouvée",
    "notes": "notes",
}

NewPriority = tuple[str, str | None]  # (text in the person's words, theme card id or None)


@dataclass(frozen=True)
class DialogueSessionData:
    """Editable fields of a dialogue session; `held_on` None means today."""

    held_on: date | None = None
    mode: str = "oral"
    cards: tuple[str, ...] = ()
    difficulties: str = ""
    added_value: str = ""
    notes: str = ""


@dataclass(frozen=True)
class DialogueSessionRead(DialogueSessionData):
    id: int = 0
    situation_id: int = 0
    priorities: tuple[PriorityRead, ...] = ()  # those written during this session, by rank


_DATA_FIELDS = tuple(f.name for f in fields(DialogueSessionData))


class DialogueService:
    def __init__(self, register: Register) -> None:
        self._register = register

    # -- writing ---------------------------------------------------------------------------------------
    def record(
        self, situation_id: int, data: DialogueSessionData, priorities: Iterable[NewPriority] = ()
    ) -> DialogueSessionRead:
        """Save a new session and the priorities written during it (all or nothing)."""
        data, new_priorities = _validate(data), _clean_priorities(priorities)
        with self._register.session() as session:
            if session.get(Situation, situation_id) is None:
                raise NotFoundError("not_found.situation")
            row = DialogueSession(situation_id=situation_id, held_on=data.held_on, mode=data.mode)
            _apply(row, data)
            session.add(row)
            session.flush()
            _add_priorities(session, row, new_priorities)
            return _read_many(session, [row])[0]

    def update(
        self, session_id: int, data: DialogueSessionData, priorities: Iterable[NewPriority] = ()
    ) -> DialogueSessionRead:
        """Replace the session's fields; `priorities` are new ones to add (existing ones are edited through
        the PriorityService)."""
        data, new_priorities = _validate(data), _clean_priorities(priorities)
        with self._register.session() as session:
            row = _get(session, session_id)
            _apply(row, data)
            session.flush()
            _add_priorities(session, row, new_priorities)
            return _read_many(session, [row])[0]

    def delete(self, session_id: int) -> None:
        """Remove the session; its priorities stay, unlinked. The UI asks for confirmation, not this."""
        with self._register.session() as session:
            row = _get(session, session_id)
            session.execute(
                update(Priority)
                .where(Priority.dialogue_session_id == row.id)
                .values(dialogue_session_id=None)
            )
            session.delete(row)

    # -- reading ---------------------------------------------------------------------------------------
    def get(self, session_id: int) -> DialogueSessionRead:
        with self._register.session() as session:
            return _read_many(session, [_get(session, session_id)])[0]

    def for_situation(self, situation_id: int) -> list[DialogueSessionRead]:
        """The situation's sessions, oldest first."""
        query = (
            select(DialogueSession)
            .where(DialogueSession.situation_id == situation_id)
            .order_by(DialogueSession.held_on, DialogueSession.id)
        )
        with self._register.session() as session:
            return _read_many(session, list(session.scalars(query)))


# -- validation --------------------------------------------------------------------------------------------
def _validate(data: DialogueSessionData) -> DialogueSessionData:
    held_on = data.held_on or clock.today()
    if held_on > clock.today():
        raise ValidationError("held_on", "dialogue.held_in_future")
    check_term("dialogue_modes", data.mode, "mode", optional=False)
    texts = {name: _clean_long_text(getattr(data, name), name) for name in _TEXT_FIELDS}
    return DialogueSessionData(held_on=held_on, mode=data.mode, cards=_clean_cards(data.cards), **texts)


def _clean_cards(cards: Iterable[str]) -> tuple[str, ...]:
    """Card ids in drawing order, without blanks or repeats; ids unknown to the deck are kept."""
    if isinstance(cards, str):  # a lone id would otherwise be read as a list of letters
        raise ValidationError("cards", "dialogue.cards_not_list")
    drawn: list[str] = []
    for card in cards:
        if not isinstance(card, str):
            raise ValidationError("cards", "dialogue.card_not_id")
        card = card.strip()
        if card and card not in drawn:
            drawn.append(card)
    if len(drawn) > CARDS_MAX:
        raise ValidationError("cards", "dialogue.too_many_cards", max=CARDS_MAX)
    return tuple(drawn)


def _clean_long_text(text: str, name: str) -> str:
    text = (text or "").strip()
    if len(text) > TEXT_MAX:
        raise ValidationError(name, "validation.text_too_long", max=TEXT_MAX)
    return text


def _clean_priorities(priorities: Iterable[NewPriority]) -> list[NewPriority]:
    """Validate every new priority before anything is written, so that a session is saved whole or not."""
    cleaned: list[NewPriority] = []
    for number, entry in enumerate(priorities, start=1):
        if not isinstance(entry, tuple | list) or len(entry) != 2:
            raise ValidationError("priorities", "dialogue.priority_shape", number=number)
        try:
            cleaned.append((clean_text(entry[0]), clean_theme(entry[1])))
        except ValidationError as error:
            details = {name: value for name, value in error.params.items() if name != "field"}
            raise ValidationError(
                "priorities", "dialogue.priority_invalid", number=number, cause=error.code, **details
            ) from None
    return cleaned


# -- helpers -----------------------------------------------------------------------------------------------
def _apply(row: DialogueSession, data: DialogueSessionData) -> None:
    row.held_on, row.mode = data.held_on, data.mode
    row.cards_json = json.dumps(list(data.cards), ensure_ascii=False)
    row.difficulties, row.added_value, row.notes = data.difficulties, data.added_value, data.notes


def _add_priorities(session, row: DialogueSession, priorities: Sequence[NewPriority]) -> None:
    for text, theme in priorities:
        # Raised the day of the session: that is when the person said it.
        insert_priority(session, row.situation_id, text, theme, row.held_on, row.id)


def _cards_of(row: DialogueSession) -> tuple[str, ...]:
    # Tolerant on reading: a damaged or hand-edited value must not make the situation unreadable.
    try:
        cards = json.loads(row.cards_json or "[]")
    except ValueError:
        return ()
    return tuple(card for card in cards if isinstance(card, str)) if isinstance(cards, list) else ()


def _read_many(session, rows: Sequence[DialogueSession]) -> list[DialogueSessionRead]:
    linked: dict[int, list[Priority]] = defaultdict(list)
    if rows:
        query = (
            select(Priority)
            .where(Priority.dialogue_session_id.in_([row.id for row in rows]))
            .order_by(Priority.rank, Priority.id)
        )
        priority_rows = list(session.scalars(query))
        for priority in read_priorities(session, priority_rows):
            linked[priority.dialogue_session_id].append(priority)
    return [
        DialogueSessionRead(
            id=row.id,
            situation_id=row.situation_id,
            priorities=tuple(linked[row.id]),
            **{name: getattr(row, name) for name in _DATA_FIELDS if name != "cards"},
            cards=_cards_of(row),
        )
        for row in rows
    ]


def _get(session, session_id: int) -> DialogueSession:
    row = session.get(DialogueSession, session_id)
    if row is None:
        raise NotFoundError("not_found.dialogue")
    return row
