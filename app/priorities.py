"""The person's priorities: in their own words, ranked, each with a theme card and a dated status history.

Guidance from the CdP (seed 003): stay with 2 or 3 priorities; sometimes there is no real request and saying
it is enough ("au moins c'est déposé"). So the service never blocks a fourth active priority: it only answers
`too_many_active`, for a calm reminder in the UI.

A theme is a deck card id. Any id is accepted and kept, known to the current deck or not: a CdP may load
another deck later, and a priority must never lose its theme (it shows as unknown instead).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select, update

from app import clock
from app.cards import Deck
from app.errors import NotFoundError, ValidationError, term_param
from app.validation import check_term
from app.vocab import vocabularies
from storage.models import DialogueSession, Mobilisation, Priority, PriorityStatusChange, Situation
from storage.register import Register

FIRST_STATUS = "exprimee"
ACTIVE_LIMIT = 3
TEXT_MAX = 500
NOTE_MAX = 1000


@dataclass(frozen=True)
class StatusChangeRead:
    id: int
    priority_id: int
    status: str
    changed_on: date
    note: str = ""


@dataclass(frozen=True)
class PriorityRead:
    id: int
    situation_id: int
    text: str
    theme: str | None
    rank: int
    raised_on: date
    status: str
    notes: str = ""
    dialogue_session_id: int | None = None
    history: tuple[StatusChangeRead, ...] = ()

    @property
    def active(self) -> bool:
        return self.status in active_statuses()


def active_statuses() -> tuple[str, ...]:
    """Statuses the vocabulary flags as active (expressed, in progress): the ones the 2–3 guidance counts."""
    return tuple(term.id for term in vocabularies()["priority_statuses"].with_attribute("active", True))


class PriorityService:
    def __init__(self, register: Register) -> None:
        self._register = register

    # -- writing ---------------------------------------------------------------------------------------
    def add(
        self,
        situation_id: int,
        text: str,
        theme: str | None = None,
        raised_on: date | None = None,
        dialogue_session_id: int | None = None,
    ) -> PriorityRead:
        """A new priority at the end of the ranking, status "exprimée" (also the first history entry)."""
        text, theme = clean_text(text), clean_theme(theme)
        raised_on = raised_on or clock.today()
        _check_not_future(raised_on, "raised_on", "priority.raised_in_future")
        with self._register.session() as session:
            _situation(session, situation_id)
            _check_dialogue(session, dialogue_session_id, situation_id)
            row = insert_priority(session, situation_id, text, theme, raised_on, dialogue_session_id)
            return read_priorities(session, [row])[0]

    def edit_text(self, priority_id: int, text: str) -> PriorityRead:
        return self._set(priority_id, text=clean_text(text))

    def set_theme(self, priority_id: int, theme: str | None) -> PriorityRead:
        return self._set(priority_id, theme=clean_theme(theme))

    def set_notes(self, priority_id: int, notes: str) -> PriorityRead:
        return self._set(priority_id, notes=_clean_note(notes, "notes"))

    def reorder(self, situation_id: int, ordered_ids: Iterable[int]) -> list[PriorityRead]:
        """Ranks 1…n in the given order, which must name every priority of the situation exactly once."""
        ordered = list(ordered_ids)
        with self._register.session() as session:
            _situation(session, situation_id)
            rows = {row.id: row for row in session.scalars(_of_situation(situation_id))}
            if len(ordered) != len(set(ordered)) or set(ordered) != set(rows):
                raise ValidationError("order", "priority.bad_order")
            for rank, priority_id in enumerate(ordered, start=1):
                rows[priority_id].rank = rank
            session.flush()
            return read_priorities(session, [rows[priority_id] for priority_id in ordered])

    def change_status(
        self, priority_id: int, status: str, changed_on: date | None = None, note: str = ""
    ) -> PriorityRead:
        """A dated status change with its note; never before the priority was raised nor the last change."""
        check_term("priority_statuses", status, "status", optional=False)
        note = _clean_note(note, "note")
        changed_on = changed_on or clock.today()
        _check_not_future(changed_on, "changed_on", "status.change_in_future")
        with self._register.session() as session:
            row = _priority(session, priority_id)
            _check_change(session, row, status, changed_on)
            change = PriorityStatusChange(priority_id=row.id, status=status, changed_on=changed_on, note=note)
            session.add(change)
            row.status = status
            session.flush()
            return read_priorities(session, [row])[0]

    def delete(self, priority_id: int) -> None:
        """Remove a priority and its history; mobilisations stay (unlinked) and the ranks close up."""
        with self._register.session() as session:
            row = _priority(session, priority_id)
            situation_id = row.situation_id
            # Explicit rather than relying on the foreign keys' ON DELETE clauses alone.
            unlink = update(Mobilisation).where(Mobilisation.priority_id == row.id).values(priority_id=None)
            session.execute(unlink)
            session.execute(delete(PriorityStatusChange).where(PriorityStatusChange.priority_id == row.id))
            session.delete(row)
            session.flush()
            for rank, remaining in enumerate(session.scalars(_of_situation(situation_id)), start=1):
                remaining.rank = rank

    def _set(self, priority_id: int, **values) -> PriorityRead:
        with self._register.session() as session:
            row = _priority(session, priority_id)
            for name, value in values.items():
                setattr(row, name, value)
            session.flush()
            return read_priorities(session, [row])[0]

    # -- reading ---------------------------------------------------------------------------------------
    def get(self, priority_id: int) -> PriorityRead:
        with self._register.session() as session:
            return read_priorities(session, [_priority(session, priority_id)])[0]

    def for_situation(self, situation_id: int) -> list[PriorityRead]:
        """The situation's priorities by rank, each with its current status and its history."""
        with self._register.session() as session:
            return read_priorities(session, list(session.scalars(_of_situation(situation_id))))

    def history(self, priority_id: int) -> list[StatusChangeRead]:
        with self._register.session() as session:
            _priority(session, priority_id)
            return _histories(session, [priority_id])[priority_id]

    def active_count(self, situation_id: int) -> int:
        query = select(func.count()).where(
            Priority.situation_id == situation_id, Priority.status.in_(active_statuses())
        )
        with self._register.session() as session:
            return session.scalar(query) or 0

    def too_many_active(self, situation_id: int, limit: int = ACTIVE_LIMIT) -> bool:
        """True when more than `limit` priorities are active: the cue for a calm, non-blocking reminder."""
        return self.active_count(situation_id) > limit

    def status_timeline(self, situation_id: int) -> list[tuple[int, list[tuple[date, str]]]]:
        """Per priority (by rank), its (date, status) steps in order: the data of a strip chart."""
        return [
            (
                priority.id,
                [(change.changed_on, change.status) for change in priority.history]
                or [(priority.raised_on, priority.status)],
            )  # a priority imported without history
            for priority in self.for_situation(situation_id)
        ]

    def counts_by_theme_and_status(self, deck: Deck) -> dict[tuple[str | None, str], int]:
        """Register-wide counts of priorities per (theme, status), for the referent's own reflection.

        Only non-zero cells. Keys come in reading order: the deck's themes in deck order, then themes the
        deck does not know (each under its own id, alphabetically), then None (no theme); statuses in
        vocabulary order within a theme.
        """
        columns = (Priority.theme, Priority.status)
        query = select(*columns, func.count()).group_by(*columns)
        with self._register.session() as session:
            counts = {(theme, status): count for theme, status, count in session.execute(query)}
        return {key: counts[key] for key in sorted(counts, key=_theme_status_order(deck))}


# -- shared with the dialogue sessions ------------------------------------------------------------------
def clean_text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError("text", "priority.text_required")
    if len(text) > TEXT_MAX:
        raise ValidationError("text", "priority.text_too_long", max=TEXT_MAX)
    return text


def clean_theme(theme: str | None) -> str | None:
    if theme is None:
        return None
    if not isinstance(theme, str):
        raise ValidationError("theme", "priority.theme_not_card")
    return theme.strip() or None


def insert_priority(
    session, situation_id: int, text: str, theme: str | None, raised_on: date, dialogue_session_id: int | None
) -> Priority:
    """Insert an already validated priority last in the ranking, with the first entry of its history."""
    last_rank = session.scalar(select(func.max(Priority.rank)).where(Priority.situation_id == situation_id))
    row = Priority(
        situation_id=situation_id,
        dialogue_session_id=dialogue_session_id,
        text=text,
        theme=theme,
        rank=(last_rank or 0) + 1,
        raised_on=raised_on,
        status=FIRST_STATUS,
    )
    session.add(row)
    session.flush()
    session.add(PriorityStatusChange(priority_id=row.id, status=FIRST_STATUS, changed_on=raised_on))
    session.flush()
    return row


def read_priorities(session, rows: Sequence[Priority]) -> list[PriorityRead]:
    """Read models for `rows` (order kept), with their histories fetched in one query."""
    histories = _histories(session, [row.id for row in rows])
    return [
        PriorityRead(
            id=row.id,
            situation_id=row.situation_id,
            text=row.text,
            theme=row.theme,
            rank=row.rank,
            raised_on=row.raised_on,
            status=row.status,
            notes=row.notes,
            dialogue_session_id=row.dialogue_session_id,
            history=tuple(histories[row.id]),
        )
        for row in rows
    ]


# -- helpers -----------------------------------------------------------------------------------------------
def _of_situation(situation_id: int):
    return select(Priority).where(Priority.situation_id == situation_id).order_by(Priority.rank, Priority.id)


def _histories(session, priority_ids: list[int]) -> dict[int, list[StatusChangeRead]]:
    histories: dict[int, list[StatusChangeRead]] = defaultdict(list)
    if not priority_ids:
        return histories
    query = (
        select(PriorityStatusChange)
        .where(PriorityStatusChange.priority_id.in_(priority_ids))
        .order_by(PriorityStatusChange.changed_on, PriorityStatusChange.id)  # date, then insertion
    )
    for change in session.scalars(query):
        histories[change.priority_id].append(
            StatusChangeRead(change.id, change.priority_id, change.status, change.changed_on, change.note)
        )
    return histories


def _check_change(session, row: Priority, status: str, changed_on: date) -> None:
    if status == row.status:
        shown = term_param("priority_statuses", status)
        raise ValidationError("status", "priority.same_status", status=shown)
    if changed_on < row.raised_on:
        raise ValidationError("changed_on", "priority.change_before_raised", date=f"{row.raised_on:%d/%m/%Y}")
    last = session.scalar(
        select(func.max(PriorityStatusChange.changed_on)).where(PriorityStatusChange.priority_id == row.id)
    )
    if last is not None and changed_on < last:
        raise ValidationError("changed_on", "status.change_before_previous", date=f"{last:%d/%m/%Y}")


def _theme_status_order(deck: Deck):
    positions = {card.id: index for index, card in enumerate(deck.cards)}
    statuses = {status: index for index, status in enumerate(vocabularies()["priority_statuses"].ids())}

    def key(item: tuple[str | None, str]) -> tuple:
        theme, status = item
        if theme is None:
            theme_key: tuple = (2, 0, "")
        elif theme in positions:
            theme_key = (0, positions[theme], "")
        else:
            theme_key = (1, 0, theme)
        return (*theme_key, statuses.get(status, len(statuses)), status)

    return key


def _check_not_future(value: date, field: str, code: str) -> None:
    if value > clock.today():
        raise ValidationError(field, code)


def _clean_note(note: str, field: str) -> str:
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(field, "validation.note_too_long", max=NOTE_MAX)
    return note


def _check_dialogue(session, dialogue_session_id: int | None, situation_id: int) -> None:
    if dialogue_session_id is None:
        return
    dialogue = session.get(DialogueSession, dialogue_session_id)
    if dialogue is None or dialogue.situation_id != situation_id:
        raise ValidationError("dialogue_session_id", "priority.dialogue_not_in_situation")


def _situation(session, situation_id: int) -> Situation:
    row = session.get(Situation, situation_id)
    if row is None:
        raise NotFoundError("not_found.situation")
    return row


def _priority(session, priority_id: int) -> Priority:
    row = session.get(Priority, priority_id)
    if row is None:
        raise NotFoundError("not_found.priority")
    return row
