"""Persons: create, edit, read, search, and erase completely (GDPR right to erasure)."""

from __future__ import annotations

import contextlib
from dataclasses import asdict, fields

from sqlalchemy import delete, func, or_, select

from app import clock
from app.errors import NotFoundError, ValidationError
from app.readmodels import ErasureReport, PersonData, PersonRead
from app.validation import check_birth_year, check_email, check_sex
from storage.models import NetworkMember, Person, Situation, TimeEntry
from storage.register import Register
from storage.text import fold

_DATA_FIELDS = tuple(f.name for f in fields(PersonData))


def person_read(row: Person) -> PersonRead:
    return PersonRead(id=row.id, **{name: getattr(row, name) for name in _DATA_FIELDS})


def _validate(data: PersonData) -> PersonData:
    if not (data.first_name.strip() or data.last_name.strip()):
        raise ValidationError("last_name", "person.name_required")
    check_birth_year(data.birth_year, clock.today())
    check_sex(data.sex)
    check_email(data.email)
    stripped = {k: v.strip() if isinstance(v, str) else v for k, v in asdict(data).items()}
    return PersonData(**stripped)


class PersonService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def create(self, data: PersonData) -> PersonRead:
        data = _validate(data)
        stamp = clock.now()
        with self._register.session() as session:
            row = Person(**asdict(data), created_at=stamp, updated_at=stamp)
            session.add(row)
            session.flush()
            return person_read(row)

    def update(self, person_id: int, data: PersonData) -> PersonRead:
        data = _validate(data)
        with self._register.session() as session:
            row = _get(session, person_id)
            for name, value in asdict(data).items():
                setattr(row, name, value)
            row.updated_at = clock.now()
            session.flush()
            return person_read(row)

    def get(self, person_id: int) -> PersonRead:
        with self._register.session() as session:
            return person_read(_get(session, person_id))

    def search(self, text: str, limit: int = 50) -> list[PersonRead]:
        """Accent- and case-insensitive match on names, phone and email."""
        needle = f"%{fold(text.strip())}%"
        columns = (Person.first_name, Person.last_name, Person.phone, Person.email)
        full_name = func.relais_fold(Person.first_name + " " + Person.last_name)
        condition = or_(full_name.like(needle), *(func.relais_fold(c).like(needle) for c in columns))
        query = select(Person).where(condition).order_by(Person.last_name, Person.first_name).limit(limit)
        with self._register.session() as session:
            return [person_read(row) for row in session.scalars(query)]

    def count(self) -> int:
        with self._register.session() as session:
            return session.scalar(select(func.count()).select_from(Person)) or 0

    def erase(self, person_id: int) -> ErasureReport:
        """Delete the person and everything linked (situations cascade), then purge freed pages.

        secure_delete zeroes the freed content; VACUUM rebuilds the file and the TRUNCATE checkpoint empties
        the write-ahead log, so nothing of the person survives in register.db or its -wal. (The UI takes an
        automatic backup before calling this.)
        """
        with self._register.session() as session:
            _get(session, person_id)
            situation_ids = select(Situation.id).where(Situation.person_id == person_id)
            report = ErasureReport(
                situations=_count(session, select(Situation).where(Situation.person_id == person_id)),
                network_members=_count(
                    session, select(NetworkMember).where(NetworkMember.person_id == person_id)
                ),
                time_entries=_count(
                    session, select(TimeEntry).where(TimeEntry.situation_id.in_(situation_ids))
                ),
            )
            # Foreign keys cascade from the person to situations and everything attached to them.
            session.execute(delete(Person).where(Person.id == person_id))
        purge_freed_pages(self._register)
        return report


def purge_freed_pages(register: Register) -> None:
    conn = register.raw_connection()
    try:
        conn.execute("VACUUM")
        with contextlib.suppress(Exception):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _get(session, person_id: int) -> Person:
    row = session.get(Person, person_id)
    if row is None:
        raise NotFoundError("not_found.person")
    return row


def _count(session, query) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0
