"""Time spent: the quick log after a visit, the time lists with their totals, and the desk timer.

A task is a `referent_tasks` id; the vocabulary's `invisible` flag says whether it is invisible work (calls,
mails, paperwork, handing over…) or time with the person (home visit, listening…). An entry may be tied to a
situation, and then optionally to one of that situation's mobilisations; entries without a situation (CdP
session, training, network search) are allowed.

The timer of work done at the desk is kept in the register's AppSetting table (key ``running_timer``), not in
memory, so that a lock or a restart does not lose it. Pure Python, one short session per operation.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import case, func, select

from app import clock
from app.durations import MAX_MINUTES
from app.errors import NotFoundError, ValidationError
from app.vocab import vocabularies
from storage.models import AppSetting, Mobilisation, Resource, Situation, TimeEntry
from storage.register import Register

NOTE_MAX = 1000
TIMER_KEY = "running_timer"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TimeEntryData:
    """What the referent logs; `worked_on` defaults to today."""

    task: str
    minutes: int
    worked_on: date | None = None
    situation_id: int | None = None
    mobilisation_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class TimeEntryRead:
    id: int
    worked_on: date
    minutes: int
    task: str
    situation_id: int | None
    mobilisation_id: int | None
    note: str
    situation_code: str | None = None  # pseudonym, for register-wide lists

    @property
    def invisible(self) -> bool:
        return is_invisible(self.task)


@dataclass(frozen=True)
class TimeTotals:
    """Minutes in total, of invisible work, and with the person (face to face)."""

    total: int = 0
    invisible: int = 0

    @property
    def face_to_face(self) -> int:
        return self.total - self.invisible

    @property
    def invisible_share(self) -> float | None:
        """Between 0 and 1; None when nothing was logged (no share to show)."""
        return self.invisible / self.total if self.total else None


@dataclass(frozen=True)
class TimeList:
    entries: tuple[TimeEntryRead, ...]
    totals: TimeTotals


@dataclass(frozen=True)
class TimerState:
    """A running desk timer: when it started (UTC) and what it is probably for (chosen again on stop)."""

    started_at: datetime
    task: str | None = None
    situation_id: int | None = None

    def elapsed_minutes(self, now: datetime | None = None) -> int:
        """Whole minutes elapsed, at least 1 (a started call counts); may exceed 24 h if left running."""
        seconds = ((now or clock.now()) - self.started_at).total_seconds()
        return max(1, round(seconds / 60))


class EntryError(ValidationError):
    """A refused quick-log row: `row` is its index in the list given to `log`, for the message in the row."""

    def __init__(self, row: int, field: str, code: str, /, **params: object) -> None:
        self.row = row
        super().__init__(field, code, row=row + 1, **params)


def invisible_task_ids() -> frozenset[str]:
    return frozenset(term.id for term in vocabularies()["referent_tasks"] if term.attribute("invisible"))


def is_invisible(task: str) -> bool:
    return task in invisible_task_ids()


class TimeService:
    def __init__(self, register: Register) -> None:
        self._register = register

    # -- writing ---------------------------------------------------------------------------------------
    def log(self, entries: Sequence[TimeEntryData], next_checkin: date | None = None) -> list[TimeEntryRead]:
        """All rows in one transaction (a visit and two invisible tasks): all are saved, or none.

        `next_checkin`, when given, becomes the next check-in date of the (single) situation of the rows,
        in the same transaction: the quick log after a visit also plans the next contact.
        """
        if not entries:
            raise ValidationError("entries", "time.no_entries")
        cleaned = [_clean(data, index) for index, data in enumerate(entries)]
        with self._register.session() as session:
            codes = {}
            for index, data in enumerate(cleaned):
                codes[data.situation_id] = _check_links(session, data, index)
            if next_checkin is not None:
                _set_next_checkin(session, cleaned, next_checkin)
            rows = [TimeEntry(**_columns(data)) for data in cleaned]
            session.add_all(rows)
            session.flush()
            return [_read(row, codes[row.situation_id]) for row in rows]

    def update(self, entry_id: int, data: TimeEntryData) -> TimeEntryRead:
        data = _clean(data, 0)
        with self._register.session() as session:
            row = _entry(session, entry_id)
            code = _check_links(session, data, 0)
            for name, value in _columns(data).items():
                setattr(row, name, value)
            session.flush()
            return _read(row, code)

    def delete(self, entry_id: int) -> None:
        with self._register.session() as session:
            session.delete(_entry(session, entry_id))

    # -- reading ---------------------------------------------------------------------------------------
    def get(self, entry_id: int) -> TimeEntryRead:
        with self._register.session() as session:
            row = _entry(session, entry_id)
            return _read(row, _code(session, row.situation_id))

    def for_situation(self, situation_id: int) -> TimeList:
        """The situation's entries, most recent first, with their totals."""
        with self._register.session() as session:
            _situation(session, situation_id)
            rows = session.execute(_listing().where(TimeEntry.situation_id == situation_id))
            entries = tuple(TimeEntryRead(*row) for row in rows)
        return TimeList(entries, _sum(entries))

    def between(
        self, start: date, end: date, situation_id: int | None = None, limit: int | None = None
    ) -> TimeList:
        """Entries from `start` to `end` (both included), of one situation or of the whole register.

        `limit` keeps only the most recent entries (a year of a busy register holds ~80,000, over a second
        to read); the totals always cover the whole range.
        """
        _check_range(start, end)
        query = _listing().where(TimeEntry.worked_on.between(start, end))
        if situation_id is not None:
            query = query.where(TimeEntry.situation_id == situation_id)
        with self._register.session() as session:
            entries = tuple(TimeEntryRead(*row) for row in session.execute(query.limit(limit)))
        if limit is not None and len(entries) == limit:
            return TimeList(entries, self.totals(start, end, situation_id))
        return TimeList(entries, _sum(entries))

    def totals(self, start: date, end: date, situation_id: int | None = None) -> TimeTotals:
        """The totals alone, summed by SQLite (for a dashboard that does not list the entries)."""
        _check_range(start, end)
        invisible = case((TimeEntry.task.in_(invisible_task_ids()), TimeEntry.minutes), else_=0)
        query = select(func.sum(TimeEntry.minutes), func.sum(invisible))
        query = query.where(TimeEntry.worked_on.between(start, end))
        if situation_id is not None:
            query = query.where(TimeEntry.situation_id == situation_id)
        with self._register.session() as session:
            total, invisible_total = session.execute(query).one()
        return TimeTotals(total or 0, invisible_total or 0)

    def mobilisation_labels(self, mobilisation_ids: Iterable[int]) -> dict[int, str]:
        """What each mobilisation mobilised (directory name, or the free text), for the time lists."""
        wanted = sorted({mid for mid in mobilisation_ids if mid is not None})
        if not wanted:
            return {}
        query = (
            select(Mobilisation.id, Resource.name, Mobilisation.resource_name)
            .outerjoin(Resource, Resource.id == Mobilisation.resource_id)
            .where(Mobilisation.id.in_(wanted))
        )
        with self._register.session() as session:
            return {mid: name or free_text for mid, name, free_text in session.execute(query)}

    def task_usage_ranking(self) -> list[str]:
        """Every task id, the most used first (for the quick-log list); unused ones in vocabulary order."""
        query = select(TimeEntry.task, func.count()).group_by(TimeEntry.task)
        with self._register.session() as session:
            counts = dict(session.execute(query).all())
        known = vocabularies()["referent_tasks"].ids()
        order = {task: index for index, task in enumerate(known)}
        return sorted(known, key=lambda task: (-counts.get(task, 0), order[task]))

    # -- desk timer ------------------------------------------------------------------------------------
    def save_timer(self, state: TimerState) -> None:
        if state.started_at.tzinfo is None:
            raise ValueError("TimerState.started_at must be timezone-aware (UTC)")
        value = {
            "started_at": state.started_at.astimezone(UTC).isoformat(),
            "task": state.task,
            "situation_id": state.situation_id,
        }
        with self._register.session() as session:
            session.merge(AppSetting(key=TIMER_KEY, value=json.dumps(value)))

    def load_timer(self) -> TimerState | None:
        """The running timer, if any; its situation is dropped if it was erased meanwhile."""
        with self._register.session() as session:
            row = session.get(AppSetting, TIMER_KEY)
            state = _parse_timer(row.value) if row is not None else None
            if (
                state
                and state.situation_id is not None
                and session.get(Situation, state.situation_id) is None
            ):
                state = replace(state, situation_id=None)
            return state

    def clear_timer(self) -> None:
        with self._register.session() as session:
            row = session.get(AppSetting, TIMER_KEY)
            if row is not None:
                session.delete(row)


# -- validation --------------------------------------------------------------------------------------------
def _clean(data: TimeEntryData, row: int) -> TimeEntryData:
    if data.task not in vocabularies()["referent_tasks"]:
        raise EntryError(row, "task", "time.task_required")
    minutes = data.minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise EntryError(row, "minutes", "time.minutes_not_integer")
    if minutes <= 0:
        raise EntryError(row, "minutes", "time.minutes_too_few")
    if minutes > MAX_MINUTES:
        raise EntryError(row, "minutes", "time.minutes_too_many")
    worked_on = data.worked_on or clock.today()
    if worked_on > clock.today():
        raise EntryError(row, "worked_on", "time.worked_in_future")
    note = (data.note or "").strip()
    if len(note) > NOTE_MAX:
        raise EntryError(row, "note", "validation.note_too_long", max=NOTE_MAX)
    if data.mobilisation_id is not None and data.situation_id is None:
        raise EntryError(row, "mobilisation_id", "time.mobilisation_without_situation")
    return replace(data, worked_on=worked_on, note=note)


def _check_links(session, data: TimeEntryData, row: int) -> str | None:
    """The situation's code after checking that the situation and the mobilisation exist and match."""
    if data.situation_id is None:
        return None
    code = _situation(session, data.situation_id).code
    if data.mobilisation_id is not None:
        mobilisation = session.get(Mobilisation, data.mobilisation_id)
        if mobilisation is None or mobilisation.situation_id != data.situation_id:
            raise EntryError(row, "mobilisation_id", "time.mobilisation_not_in_situation")
    return code


def _set_next_checkin(session, entries: Iterable[TimeEntryData], next_checkin: date) -> None:
    situations = {data.situation_id for data in entries}
    if len(situations) != 1 or None in situations:
        raise ValidationError("next_checkin", "time.checkin_one_situation")
    if next_checkin < clock.today():
        raise ValidationError("next_checkin", "followup.next_checkin_in_past")
    situation = session.get(Situation, situations.pop())
    situation.next_checkin = next_checkin
    situation.updated_at = clock.now()


def _check_range(start: date, end: date) -> None:
    if end < start:
        raise ValidationError("end", "time.end_before_start")


# -- helpers -----------------------------------------------------------------------------------------------
def _columns(data: TimeEntryData) -> dict:
    return {
        "worked_on": data.worked_on,
        "minutes": data.minutes,
        "task": data.task,
        "situation_id": data.situation_id,
        "mobilisation_id": data.mobilisation_id,
        "note": data.note,
    }


def _read(row: TimeEntry, code: str | None) -> TimeEntryRead:
    return TimeEntryRead(
        id=row.id,
        worked_on=row.worked_on,
        minutes=row.minutes,
        task=row.task,
        situation_id=row.situation_id,
        mobilisation_id=row.mobilisation_id,
        note=row.note,
        situation_code=code,
    )


def _sum(entries: Iterable[TimeEntryRead]) -> TimeTotals:
    invisible = invisible_task_ids()
    total = hidden = 0
    for entry in entries:
        total += entry.minutes
        hidden += entry.minutes if entry.task in invisible else 0
    return TimeTotals(total, hidden)


def _listing():
    """Plain columns in TimeEntryRead's order, no ORM objects: a year of a busy register stays quick."""
    columns = (TimeEntry.id, TimeEntry.worked_on, TimeEntry.minutes, TimeEntry.task, TimeEntry.situation_id)
    return (
        select(*columns, TimeEntry.mobilisation_id, TimeEntry.note, Situation.code)
        .outerjoin(Situation, Situation.id == TimeEntry.situation_id)
        .order_by(TimeEntry.worked_on.desc(), TimeEntry.id.desc())
    )


def _parse_timer(value: str) -> TimerState | None:
    try:
        stored = json.loads(value)
        started = datetime.fromisoformat(stored["started_at"])
        if started.tzinfo is None:
            raise ValueError("naive timestamp")
        return TimerState(started, stored.get("task"), stored.get("situation_id"))
    except (ValueError, KeyError, TypeError):  # only possible if the value was altered by hand
        _log.warning("Le minuteur enregistré est illisible : il est ignoré.")
        return None


def _code(session, situation_id: int | None) -> str | None:
    return (
        None
        if situation_id is None
        else session.scalar(select(Situation.code).where(Situation.id == situation_id))
    )


def _situation(session, situation_id: int) -> Situation:
    situation = session.get(Situation, situation_id)
    if situation is None:
        raise NotFoundError("not_found.situation")
    return situation


def _entry(session, entry_id: int) -> TimeEntry:
    row = session.get(TimeEntry, entry_id)
    if row is None:
        raise NotFoundError("not_found.time_entry")
    return row
