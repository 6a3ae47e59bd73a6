"""Follow-ups (veille): who to contact, from next check-in dates and FollowUp reminders.

Two sources feed the "to contact" list:
- a situation's ``next_checkin`` date (one per situation, edited in the situation editor);
- FollowUp rows (any number per situation, each with a note), done when ``done_on`` is set.

Closed situations are left out of both: there is no one to contact any more. Pure Python, one short session
per operation, plain dataclasses out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app import clock
from app.errors import NotFoundError, ValidationError
from storage.models import FollowUp, Person, Situation
from storage.register import Register

CHECKIN = "checkin"
FOLLOWUP = "followup"
NOTE_MAX = 500


@dataclass(frozen=True)
class FollowUpItem:
    """One line of the "to contact" list."""

    situation_id: int
    code: str
    person_name: str
    due_on: date
    note: str
    source: str  # CHECKIN or FOLLOWUP
    overdue: bool
    followup_id: int | None = None  # set when source == FOLLOWUP

    @property
    def key(self) -> tuple[str, int]:
        """Stable identity of the line (for keeping the selection across refreshes)."""
        return (self.source, self.followup_id if self.source == FOLLOWUP else self.situation_id)


class FollowUpService:
    def __init__(self, register: Register) -> None:
        self._register = register

    # -- reading ---------------------------------------------------------------------------------------
    def due(self, until: date) -> list[FollowUpItem]:
        """Everything to do on or before `until` (overdue ones included), sorted by date then person."""
        today = clock.today()
        with self._register.session() as session:
            items = _checkins(session, until, today) + _reminders(session, until, today)
        return sorted(items, key=lambda item: (item.due_on, item.person_name.casefold(), item.code))

    # -- writing ---------------------------------------------------------------------------------------
    def add(self, situation_id: int, due_on: date, note: str = "") -> FollowUpItem:
        """A reminder for a situation (a check-in with its own note, besides the next check-in date)."""
        note = _clean_note(note)
        with self._register.session() as session:
            situation = _situation(session, situation_id)
            row = FollowUp(situation_id=situation_id, due_on=due_on, note=note)
            session.add(row)
            session.flush()
            return _reminder_item(row, situation, _person_name(session, situation), clock.today())

    def mark_done(self, item: FollowUpItem, next_checkin: date | None = None) -> None:
        """A reminder gets today's done date; a check-in date is cleared, or moved to `next_checkin`."""
        if next_checkin is not None and next_checkin < clock.today():
            raise ValidationError("next_checkin", "followup.next_checkin_in_past")
        with self._register.session() as session:
            if item.source == FOLLOWUP:
                _followup(session, item).done_on = clock.today()
            else:
                _set_checkin(_situation(session, item.situation_id), next_checkin)

    def postpone(self, item: FollowUpItem, new_date: date) -> None:
        if new_date < clock.today():
            raise ValidationError("due_on", "followup.new_date_in_past")
        with self._register.session() as session:
            if item.source == FOLLOWUP:
                _followup(session, item).due_on = new_date
            else:
                _set_checkin(_situation(session, item.situation_id), new_date)


# -- helpers -----------------------------------------------------------------------------------------------
def _checkins(session, until: date, today: date) -> list[FollowUpItem]:
    query = (
        select(Situation.id, Situation.code, Situation.next_checkin, Person.first_name, Person.last_name)
        .join(Person)
        .where(Situation.next_checkin.is_not(None), Situation.next_checkin <= until)
        .where(Situation.status != "closed")
    )
    return [
        FollowUpItem(sid, code, _name(first, last), due_on, "", CHECKIN, due_on < today)
        for sid, code, due_on, first, last in session.execute(query)
    ]


def _reminders(session, until: date, today: date) -> list[FollowUpItem]:
    # Plain columns, no ORM objects: thousands of reminders on a large register load in a few milliseconds.
    query = (
        select(FollowUp.id, FollowUp.due_on, FollowUp.note, Situation.id, Situation.code,
               Person.first_name, Person.last_name)
        .join(Situation, FollowUp.situation_id == Situation.id)
        .join(Person, Situation.person_id == Person.id)
        .where(FollowUp.done_on.is_(None), FollowUp.due_on <= until, Situation.status != "closed")
    )
    return [
        FollowUpItem(sid, code, _name(first, last), due_on, note, FOLLOWUP, due_on < today, followup_id=fid)
        for fid, due_on, note, sid, code, first, last in session.execute(query)
    ]


def _reminder_item(row: FollowUp, situation: Situation, person_name: str, today: date) -> FollowUpItem:
    return FollowUpItem(
        situation_id=situation.id,
        code=situation.code,
        person_name=person_name,
        due_on=row.due_on,
        note=row.note,
        source=FOLLOWUP,
        overdue=row.due_on < today,
        followup_id=row.id,
    )


def _name(first: str, last: str) -> str:
    return " ".join(part for part in (first, last) if part) or "(sans nom)"


def _person_name(session, situation: Situation) -> str:
    person = session.get(Person, situation.person_id)
    return _name(person.first_name, person.last_name) if person else "(sans nom)"


def _clean_note(note: str) -> str:
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError("note", "validation.note_too_long", max=NOTE_MAX)
    return note


def _set_checkin(situation: Situation, value: date | None) -> None:
    situation.next_checkin = value
    situation.updated_at = clock.now()


def _situation(session, situation_id: int) -> Situation:
    row = session.get(Situation, situation_id)
    if row is None:
        raise NotFoundError("not_found.situation")
    return row


def _followup(session, item: FollowUpItem) -> FollowUp:
    row = session.get(FollowUp, item.followup_id) if item.followup_id is not None else None
    if row is None:
        raise NotFoundError("not_found.followup")
    return row
