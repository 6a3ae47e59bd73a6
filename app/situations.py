"""Situations (accompaniments): create, edit, list, search, close, reopen, put on watch."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import fields
from datetime import date

from sqlalchemy import delete, func, or_, select

from app import clock
from app.errors import NotFoundError, ValidationError
from app.pseudonyms import new_code
from app.readmodels import SituationData, SituationRead, SituationSummary
from app.validation import check_term, check_terms
from storage.models import Person, Situation, SituationPathology, SituationVulnerability
from storage.register import Register
from storage.text import fold

_SCALAR_FIELDS = tuple(
    f.name for f in fields(SituationData) if f.name not in ("vulnerabilities", "pathologies")
)


def _validate(data: SituationData) -> SituationData:
    check_term("origins", data.origin, "origin")
    vulnerabilities = check_terms("vulnerabilities", data.vulnerabilities, "vulnerabilities")
    pathologies = check_terms("pathologies", data.pathologies, "pathologies")
    if data.consent_date and not data.consent_cdp:
        raise ValidationError("consent_date", "situation.consent_date_without_consent")
    return SituationData(
        **{
            **{n: getattr(data, n) for n in _SCALAR_FIELDS},
            "vulnerabilities": vulnerabilities,
            "pathologies": pathologies,
        }
    )


class SituationService:
    def __init__(self, register: Register) -> None:
        self._register = register

    # -- writing ---------------------------------------------------------------------------------------
    def create(self, person_id: int, data: SituationData) -> SituationRead:
        data = _validate(data)
        stamp = clock.now()
        with self._register.session() as session:
            if session.get(Person, person_id) is None:
                raise NotFoundError("not_found.person")
            taken = set(session.scalars(select(Situation.code)))
            row = Situation(
                person_id=person_id,
                code=new_code(taken),
                status="active",
                started_on=data.started_on or clock.today(),
                created_at=stamp,
                updated_at=stamp,
                **{n: getattr(data, n) for n in _SCALAR_FIELDS if n != "started_on"},
            )
            session.add(row)
            session.flush()
            _replace_links(session, row.id, data)
            return _read(session, row)

    def update(self, situation_id: int, data: SituationData) -> SituationRead:
        data = _validate(data)
        with self._register.session() as session:
            row = _get(session, situation_id)
            for name in _SCALAR_FIELDS:
                if name != "started_on" or data.started_on is not None:
                    setattr(row, name, getattr(data, name))
            row.updated_at = clock.now()
            _replace_links(session, situation_id, data)
            return _read(session, row)

    def close(self, situation_id: int, reason: str, closed_on: date | None = None) -> SituationRead:
        check_term("closure_reasons", reason, "closure_reason", optional=False)
        with self._register.session() as session:
            row = _get(session, situation_id)
            closed_on = closed_on or clock.today()
            if closed_on < row.started_on:
                raise ValidationError("closed_on", "situation.closed_before_start")
            row.status, row.closed_on, row.closure_reason = "closed", closed_on, reason
            row.next_checkin = None
            row.updated_at = clock.now()
            return _read(session, row)

    def reopen(self, situation_id: int) -> SituationRead:
        return self._set_open_status(situation_id, "active")

    def set_watch(self, situation_id: int) -> SituationRead:
        """Veille: no active work, but the referent keeps an eye (check-ins)."""
        return self._set_open_status(situation_id, "veille")

    def _set_open_status(self, situation_id: int, status: str) -> SituationRead:
        with self._register.session() as session:
            row = _get(session, situation_id)
            row.status, row.closed_on, row.closure_reason = status, None, None
            row.updated_at = clock.now()
            return _read(session, row)

    # -- reading ---------------------------------------------------------------------------------------
    def get(self, situation_id: int) -> SituationRead:
        with self._register.session() as session:
            return _read(session, _get(session, situation_id))

    def get_by_code(self, code: str) -> SituationRead:
        with self._register.session() as session:
            row = session.scalars(select(Situation).where(Situation.code == code.strip().upper())).first()
            if row is None:
                raise NotFoundError("not_found.situation_code", code=code.strip().upper())
            return _read(session, row)

    def for_person(self, person_id: int) -> list[SituationRead]:
        with self._register.session() as session:
            rows = session.scalars(
                select(Situation).where(Situation.person_id == person_id).order_by(Situation.started_on)
            )
            return [_read(session, row) for row in rows]

    def search_texts(self) -> dict[int, str]:
        """Folded 'name code narrative' per situation, for instant in-memory search-as-you-type."""
        query = select(Situation.id, Person.first_name, Person.last_name, Situation.code, Situation.narrative)
        with self._register.session() as session:
            return {
                sid: fold(f"{first} {last} {code} {narrative}")
                for sid, first, last, code, narrative in session.execute(query.join(Person))
            }

    def summaries(
        self,
        text: str = "",
        *,
        status: str | None = None,
        vulnerability: str | None = None,
        pathology: str | None = None,
    ) -> list[SituationSummary]:
        """Rows for the register view; `text` matches name, pseudonym and narrative, ignoring accents.

        One query of plain columns with indexed correlated subqueries (no ORM objects): the large demo
        register's 5,000 rows load in well under 100 ms.
        """
        query = _summary_query()
        if text.strip():
            needle = f"%{fold(text.strip())}%"
            name = func.relais_fold(Person.first_name + " " + Person.last_name)
            query = query.where(
                or_(
                    name.like(needle),
                    func.relais_fold(Situation.code).like(needle),
                    func.relais_fold(Situation.narrative).like(needle),
                )
            )
        # The filters are tested inside the covering indexes while the rows are read in name order (person
        # names, then ix_situation_register): `status || ''` keeps the planner off the status index, and
        # likely() off a plan led by the vulnerability, both of which read the persons' wide rows — on an
        # encrypted file that cost 1.5–2.3× plain SQLite (issue 14).
        if status:
            query = query.where((Situation.status + "") == status)
        if vulnerability:
            query = query.where(func.likely(select(SituationVulnerability.situation_id).where(
                SituationVulnerability.situation_id == Situation.id,
                SituationVulnerability.vulnerability == vulnerability).exists()))  # fmt: skip
        if pathology:
            query = query.where(func.likely(select(SituationPathology.situation_id).where(
                SituationPathology.situation_id == Situation.id,
                SituationPathology.pathology == pathology).exists()))  # fmt: skip
        with self._register.session() as session:
            return [_summary(row) for row in session.execute(query)]


# -- helpers -----------------------------------------------------------------------------------------------
def _get(session, situation_id: int) -> Situation:
    row = session.get(Situation, situation_id)
    if row is None:
        raise NotFoundError("not_found.situation")
    return row


def _replace_links(session, situation_id: int, data: SituationData) -> None:
    session.execute(delete(SituationVulnerability).where(SituationVulnerability.situation_id == situation_id))
    session.execute(delete(SituationPathology).where(SituationPathology.situation_id == situation_id))
    session.add_all(
        SituationVulnerability(situation_id=situation_id, vulnerability=v) for v in data.vulnerabilities
    )
    session.add_all(SituationPathology(situation_id=situation_id, pathology=p) for p in data.pathologies)
    session.flush()


def _links(session, situation_ids: list[int] | None) -> tuple[dict, dict]:
    """Vulnerabilities and pathologies of many situations in two queries (None = all)."""
    vulns: dict[int, list[str]] = defaultdict(list)
    paths: dict[int, list[str]] = defaultdict(list)
    for model, column, target in (
        (SituationVulnerability, "vulnerability", vulns),
        (SituationPathology, "pathology", paths),
    ):
        query = select(model.situation_id, getattr(model, column))
        if situation_ids is not None:
            query = query.where(model.situation_id.in_(situation_ids))
        for sid, value in session.execute(query):
            target[sid].append(value)
    return vulns, paths


def _read(session, row: Situation) -> SituationRead:
    vulns, paths = _links(session, [row.id])
    return SituationRead(
        id=row.id,
        person_id=row.person_id,
        code=row.code,
        status=row.status,
        closed_on=row.closed_on,
        closure_reason=row.closure_reason,
        vulnerabilities=tuple(sorted(vulns[row.id])),
        pathologies=tuple(sorted(paths[row.id])),
        **{n: getattr(row, n) for n in _SCALAR_FIELDS},
    )


def _summary_query():
    def concat(model, column):
        return (
            select(func.group_concat(column, ",")).where(model.situation_id == Situation.id).scalar_subquery()
        )

    columns = (
        Situation.id,
        Situation.code,
        Situation.person_id,
        Person.first_name,
        Person.last_name,
        Situation.status,
        Situation.next_checkin,
    )
    return (
        select(
            *columns,
            concat(SituationVulnerability, SituationVulnerability.vulnerability).label("vulnerabilities"),
            concat(SituationPathology, SituationPathology.pathology).label("pathologies"),
            Situation.last_contact,  # kept by triggers (storage/derived.py): no scan of the time entries
        )
        .join(Person, Person.id == Situation.person_id)
        .order_by(Person.last_name, Person.first_name, Situation.code)
    )


def _summary(row) -> SituationSummary:
    sid, code, person_id, first, last, status, next_checkin, vulnerabilities, pathologies, last_contact = row
    return SituationSummary(
        id=sid,
        code=code,
        person_id=person_id,
        person_name=f"{first} {last}".strip() or "(sans nom)",
        status=status,
        vulnerabilities=_split(vulnerabilities),
        pathologies=_split(pathologies),
        last_contact=_as_date(last_contact),
        next_checkin=next_checkin,
    )


def _split(joined: str | None) -> tuple[str, ...]:
    return tuple(sorted(joined.split(","))) if joined else ()


def _as_date(value) -> date | None:
    """max() over a DATE column may come back as ISO text from SQLite."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)
