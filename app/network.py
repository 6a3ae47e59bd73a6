"""The person's network: relatives, GP, home nurse, CPAS or mutualité social worker…"""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlalchemy import select

from app.errors import NotFoundError
from app.readmodels import NetworkMemberData, NetworkMemberRead
from app.validation import check_email, check_term
from storage.models import NetworkMember, Person
from storage.register import Register

_DATA_FIELDS = tuple(f.name for f in fields(NetworkMemberData))


def _read(row: NetworkMember) -> NetworkMemberRead:
    return NetworkMemberRead(id=row.id, person_id=row.person_id, **{n: getattr(row, n) for n in _DATA_FIELDS})


def _validate(data: NetworkMemberData) -> None:
    check_term("network_roles", data.role, "role", optional=False)
    check_email(data.email)


class NetworkService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def add(self, person_id: int, data: NetworkMemberData) -> NetworkMemberRead:
        _validate(data)
        with self._register.session() as session:
            if session.get(Person, person_id) is None:
                raise NotFoundError("not_found.person")
            row = NetworkMember(person_id=person_id, **asdict(data))
            session.add(row)
            session.flush()
            return _read(row)

    def update(self, member_id: int, data: NetworkMemberData) -> NetworkMemberRead:
        _validate(data)
        with self._register.session() as session:
            row = _get(session, member_id)
            for name, value in asdict(data).items():
                setattr(row, name, value)
            return _read(row)

    def remove(self, member_id: int) -> None:
        with self._register.session() as session:
            session.delete(_get(session, member_id))

    def for_person(self, person_id: int) -> list[NetworkMemberRead]:
        query = select(NetworkMember).where(NetworkMember.person_id == person_id).order_by(NetworkMember.id)
        with self._register.session() as session:
            return [_read(row) for row in session.scalars(query)]


def _get(session, member_id: int) -> NetworkMember:
    row = session.get(NetworkMember, member_id)
    if row is None:
        raise NotFoundError("not_found.network_member")
    return row
