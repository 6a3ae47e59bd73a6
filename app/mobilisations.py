"""Resources mobilised for a situation: who mobilises them, what came of it, and the register-wide views.

A mobilisation names a directory entry or a free-text resource (a neighbour, the parish…), optionally one of
the person's priorities, and who carries it ("faire ou faire-faire", seed 003: the referent is often "la
ressource mobilisée et mobilisatrice d'autres ressources"). Its status has a dated history whose first entry
is the initial status on the start date; the history can only move forward in time.

Register-wide, `shortages` ranks resource types by waiting lists, full services and failures, and
`minutes_by_outcome` shows the time that went into each outcome: the invisible work spent on services that
turned out to be full.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date

from sqlalchemy import delete, func, literal_column, select, update

from app import clock
from app.errors import NotFoundError, ValidationError, term_param
from app.mobilisation_reads import (
    STATUS_GROUPS,
    MobilisationData,
    MobilisationRead,
    MobilisationStatusRead,
    ShortageRow,
    history_query,
    rank_shortages,
    read_histories,
    read_mobilisations,
    shortage_key,
    shortage_statuses,
    shortage_totals,
    status_group,
)
from app.resources_directory import NAME_MAX, ResourceData, clean_resource
from app.validation import check_term
from app.vocab import vocabularies
from storage.models import Mobilisation, MobilisationStatusChange, Priority, Resource, Situation, TimeEntry
from storage.register import Register

__all__ = [  # the read models live in app.mobilisation_reads; callers import them from here
    "STATUS_GROUPS", "MobilisationData", "MobilisationRead", "MobilisationService", "MobilisationStatusRead",
    "ShortageRow", "shortage_statuses", "shortage_totals", "status_group",
]  # fmt: skip

NOTE_MAX = 2000

class MobilisationService:
    def __init__(self, register: Register) -> None:
        self._register = register

    # -- writing ---------------------------------------------------------------------------------------
    def add(self, situation_id: int, data: MobilisationData) -> MobilisationRead:
        data = _clean(data)
        check_term("mobilisation_statuses", data.status, "status", optional=False)
        check_term("failure_reasons", data.reason, "reason")
        started_on = data.started_on or clock.today()
        _check_not_future(started_on, "started_on", "mobilisation.start_in_future")
        with self._register.session() as session:
            _check_within_situation(_situation(session, situation_id), started_on)
            _check_priority(session, data.priority_id, situation_id)
            resource_id, resource_name = _resolve_resource(session, data)
            row = Mobilisation(
                situation_id=situation_id,
                resource_id=resource_id,
                resource_name=resource_name,
                started_on=started_on,
                **_editable(data),
            )
            session.add(row)
            _record_status(session, row, data.status, data.reason, started_on)
            return read_mobilisations(session, [row])[0]

    def update(self, mobilisation_id: int, data: MobilisationData) -> MobilisationRead:
        """Edit the resource, priority, who, mode, start and notes; status and reason are left alone."""
        data = _clean(data)
        with self._register.session() as session:
            row = _mobilisation(session, mobilisation_id)
            _check_priority(session, data.priority_id, row.situation_id)
            row.resource_id, row.resource_name = _resolve_resource(session, data)
            for name, value in _editable(data).items():
                setattr(row, name, value)
            if data.started_on is not None and data.started_on != row.started_on:
                _move_start(session, row, data.started_on)
            session.flush()
            return read_mobilisations(session, [row])[0]

    def change_status(
        self,
        mobilisation_id: int,
        status: str,
        changed_on: date | None = None,
        reason: str | None = None,
        note: str = "",
    ) -> MobilisationRead:
        """A dated change with an optional reason (a failure_reasons id); never back in time."""
        check_term("mobilisation_statuses", status, "status", optional=False)
        check_term("failure_reasons", reason, "reason")
        note = _clean_note(note, "note")
        changed_on = changed_on or clock.today()
        _check_not_future(changed_on, "changed_on", "status.change_in_future")
        with self._register.session() as session:
            row = _mobilisation(session, mobilisation_id)
            _check_change(session, row, status, changed_on)
            _record_status(session, row, status, reason, changed_on, note)
            return read_mobilisations(session, [row])[0]

    def delete(self, mobilisation_id: int) -> None:
        """Remove a mobilisation and its history; time entries stay, unlinked (the time was spent)."""
        with self._register.session() as session:
            row = _mobilisation(session, mobilisation_id)
            # Explicit rather than relying on the foreign keys' ON DELETE clauses alone.
            unlink = update(TimeEntry).where(TimeEntry.mobilisation_id == row.id).values(mobilisation_id=None)
            session.execute(unlink)
            session.execute(
                delete(MobilisationStatusChange).where(MobilisationStatusChange.mobilisation_id == row.id)
            )
            session.delete(row)

    # -- reading ---------------------------------------------------------------------------------------
    def get(self, mobilisation_id: int) -> MobilisationRead:
        with self._register.session() as session:
            return read_mobilisations(session, [_mobilisation(session, mobilisation_id)])[0]

    def history(self, mobilisation_id: int) -> list[MobilisationStatusRead]:
        with self._register.session() as session:
            _mobilisation(session, mobilisation_id)
            return read_histories(session, [mobilisation_id])[mobilisation_id]

    def for_situation(self, situation_id: int) -> list[MobilisationRead]:
        """The situation's mobilisations by start date, each with its history, resource and priority."""
        query = (
            select(Mobilisation)
            .where(Mobilisation.situation_id == situation_id)
            .order_by(Mobilisation.started_on, Mobilisation.id)
        )
        with self._register.session() as session:
            return read_mobilisations(session, list(session.scalars(query)))

    def who_carries_what(self, situation_id: int) -> dict[str, dict[str, int]]:
        """Per who mobilises (the referent first, vocabulary order), counts per status group and total."""
        columns = (Mobilisation.who_mobilises, Mobilisation.status)
        query = (
            select(*columns, func.count()).where(Mobilisation.situation_id == situation_id).group_by(*columns)
        )
        carried: dict[str, dict[str, int]] = {}
        with self._register.session() as session:
            for who, status, count in session.execute(query):
                counts = carried.setdefault(who, dict.fromkeys((*STATUS_GROUPS, "total"), 0))
                counts[status_group(status)] += count
                counts["total"] += count
        order = {term_id: index for index, term_id in enumerate(vocabularies()["who_mobilises"].ids())}
        return {
            who: carried[who] for who in sorted(carried, key=lambda who: (order.get(who, len(order)), who))
        }

    def shortages(self, since: date, until: date, by: str = "type") -> list[ShortageRow]:
        """Resource types (`by="category"`: categories) ranked by the mobilisations whose status changed
        into a waiting list, a full service or a failure between `since` and `until` (inclusive)."""
        _check_period(since, until)
        if by not in ("type", "category"):
            raise ValidationError("by", "mobilisation.unknown_grouping")
        change = MobilisationStatusChange
        query = (
            select(change.mobilisation_id, change.status, Resource.resource_type, Resource.category)
            .join(Mobilisation, Mobilisation.id == change.mobilisation_id)
            .outerjoin(Resource, Resource.id == Mobilisation.resource_id)
            .where(change.status.in_(shortage_statuses()), change.changed_on.between(since, until))
        )
        met: dict[int, tuple[str | None, str | None, set[str]]] = {}
        with self._register.session() as session:
            for mobilisation_id, status, resource_type, category in session.execute(query):
                key = shortage_key(by, resource_type, category)
                met.setdefault(mobilisation_id, (*key, set()))[2].add(status)
        return rank_shortages(met.values())

    def minutes_by_outcome(self, since: date, until: date) -> dict[str, int]:
        """Minutes of time entries attached to mobilisations, by the mobilisation's current status."""
        _check_period(since, until)
        query = (
            select(Mobilisation.status, func.sum(TimeEntry.minutes))
            .join(Mobilisation, Mobilisation.id == TimeEntry.mobilisation_id)
            # A hint that the period keeps most rows: SQLite then walks the linked entries by mobilisation
            # instead of every entry of the period (3× faster for a year of the large demo register).
            .where(func.likelihood(TimeEntry.worked_on.between(since, until), literal_column("0.9")))
            .group_by(Mobilisation.status)
        )
        with self._register.session() as session:
            minutes = {status: total for status, total in session.execute(query) if total}
        return {status: minutes[status] for status in sorted(minutes, key=_status_order)}


# -- validation --------------------------------------------------------------------------------------------
def _clean(data: MobilisationData) -> MobilisationData:
    check_term("who_mobilises", data.who_mobilises, "who_mobilises", optional=False)
    check_term("mobilisation_modes", data.mode, "mode")
    if data.started_on is not None:
        _check_not_future(data.started_on, "started_on", "mobilisation.start_in_future")
    name = (data.resource_name or "").strip()
    if data.resource_id is None and not name:
        raise ValidationError("resource_name", "mobilisation.resource_required")
    if len(name) > NAME_MAX:
        raise ValidationError("resource_name", "validation.name_too_long", max=NAME_MAX)
    return replace(data, resource_name=name, mode=data.mode or None, notes=_clean_note(data.notes, "notes"))


def _clean_note(note: str, field: str) -> str:
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(field, "validation.note_too_long", max=NOTE_MAX)
    return note


def _check_not_future(value: date, field: str, code: str) -> None:
    if value > clock.today():
        raise ValidationError(field, code)


def _check_period(since: date, until: date) -> None:
    if since > until:
        raise ValidationError("since", "period.start_after_end")


def _check_within_situation(situation: Situation, started_on: date) -> None:
    if started_on < situation.started_on:
        raise ValidationError(
            "started_on", "mobilisation.before_situation", date=f"{situation.started_on:%d/%m/%Y}"
        )


def _check_priority(session, priority_id: int | None, situation_id: int) -> None:
    if priority_id is None:
        return
    priority = session.get(Priority, priority_id)
    if priority is None or priority.situation_id != situation_id:
        raise ValidationError("priority_id", "mobilisation.priority_not_in_situation")


def _check_change(session, row: Mobilisation, status: str, changed_on: date) -> None:
    if status == row.status:
        raise ValidationError(
            "status", "mobilisation.same_status", status=term_param("mobilisation_statuses", status)
        )
    if changed_on < row.started_on:
        started = f"{row.started_on:%d/%m/%Y}"
        raise ValidationError("changed_on", "mobilisation.change_before_start", date=started)
    last = _last_change(session, row.id)
    if last is not None and changed_on < last:
        raise ValidationError("changed_on", "status.change_before_previous", date=f"{last:%d/%m/%Y}")


def _last_change(session, mobilisation_id: int) -> date | None:
    query = select(func.max(MobilisationStatusChange.changed_on))
    return session.scalar(query.where(MobilisationStatusChange.mobilisation_id == mobilisation_id))


def _move_start(session, row: Mobilisation, started_on: date) -> None:
    """A new start date moves the history's first entry with it, but never past the second one."""
    _check_within_situation(session.get(Situation, row.situation_id), started_on)
    changes = list(session.scalars(history_query([row.id])))
    if len(changes) > 1 and started_on > changes[1].changed_on:
        raise ValidationError(
            "started_on", "mobilisation.start_after_first_change", date=f"{changes[1].changed_on:%d/%m/%Y}"
        )
    if changes and changes[0].changed_on == row.started_on:
        changes[0].changed_on = started_on
    if len(changes) <= 1 and row.ended_on == row.started_on:
        row.ended_on = started_on  # the initial status was already terminal
    row.started_on = started_on


def _resolve_resource(session, data: MobilisationData) -> tuple[int | None, str]:
    """(resource id, name kept as text): a directory entry, free text, or free text saved as a new entry."""
    if data.resource_id is not None:
        resource = session.get(Resource, data.resource_id)
        if resource is None:
            raise NotFoundError("not_found.resource")
        return resource.id, resource.name
    if not data.save_to_directory:
        return None, data.resource_name
    resource = Resource(
        **asdict(clean_resource(ResourceData(name=data.resource_name))), created_at=clock.now()
    )
    session.add(resource)
    session.flush()
    return resource.id, resource.name


def _status_order(status: str) -> tuple[int, str]:
    ids = vocabularies()["mobilisation_statuses"].ids()
    return (ids.index(status) if status in ids else len(ids), status)


def _editable(data: MobilisationData) -> dict:
    return {name: getattr(data, name) for name in ("priority_id", "who_mobilises", "mode", "notes")}


def _record_status(
    session, row: Mobilisation, status: str, reason: str | None, on: date, note: str = ""
) -> None:
    """The current status and its history entry, written together; a terminal status ends the mobilisation."""
    row.status, row.reason = status, reason or None
    row.ended_on = on if _terminal(status) else None
    session.flush()  # gives a new row its id
    session.add(
        MobilisationStatusChange(
            mobilisation_id=row.id, status=status, reason=row.reason, changed_on=on, note=note
        )
    )
    session.flush()


def _terminal(status: str) -> bool:
    term = vocabularies()["mobilisation_statuses"].get(status)
    return bool(term and term.attribute("terminal"))


def _situation(session, situation_id: int) -> Situation:
    row = session.get(Situation, situation_id)
    if row is None:
        raise NotFoundError("not_found.situation")
    return row


def _mobilisation(session, mobilisation_id: int) -> Mobilisation:
    row = session.get(Mobilisation, mobilisation_id)
    if row is None:
        raise NotFoundError("not_found.mobilisation")
    return row
