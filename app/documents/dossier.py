"""What the documents of one situation read from the register, gathered in one session as plain values.

The handover sheet and the situation file are both drawn from a `Dossier`; the GDPR access document reads
whole rows instead (app.documents.access).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.errors import NotFoundError
from app.mobilisation_reads import status_group
from storage import models as m
from storage.register import Register


@dataclass(frozen=True)
class PriorityLine:
    text: str
    status: str
    raised_on: date
    notes: str


@dataclass(frozen=True)
class MemberLine:
    role: str
    name: str
    organisation: str
    phone: str
    email: str
    notes: str


@dataclass(frozen=True)
class MobilisationLine:
    resource: str
    who_mobilises: str
    status: str
    group: str  # en_place, en_cours, penurie, sans_suite (app.mobilisation_reads.status_group)
    started_on: date
    ended_on: date | None
    notes: str


@dataclass(frozen=True)
class FollowUpLine:
    due_on: date
    note: str
    done_on: date | None


@dataclass(frozen=True)
class DialogueLine:
    held_on: date
    mode: str
    difficulties: str
    added_value: str
    notes: str


@dataclass(frozen=True)
class Dossier:
    situation_id: int
    person_id: int
    code: str
    person: m.Person  # detached copy: read its columns only
    situation: m.Situation
    vulnerabilities: list[str]
    pathologies: list[str]
    priorities: list[PriorityLine]
    network: list[MemberLine]
    mobilisations: list[MobilisationLine]
    followups: list[FollowUpLine]
    dialogues: list[DialogueLine]
    minutes: int

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.person.first_name, self.person.last_name) if part).strip()

    @property
    def open_followups(self) -> list[FollowUpLine]:
        return [f for f in self.followups if f.done_on is None]


def situation_id_for_code(register: Register, code: str) -> int:
    code = code.strip().upper()
    with register.session() as session:
        found = session.scalars(select(m.Situation.id).where(m.Situation.code == code)).first()
    if found is None:
        raise NotFoundError("not_found.situation_code", code=code)
    return found


def gather_dossier(register: Register, situation_id: int) -> Dossier:
    with register.session() as session:
        situation = session.get(m.Situation, situation_id)
        if situation is None:
            raise NotFoundError("not_found.situation")
        person = session.get(m.Person, situation.person_id)
        session.expunge(situation)
        session.expunge(person)
        return Dossier(
            situation_id, person.id, situation.code, person, situation,
            _scalars(session, m.SituationVulnerability.vulnerability, m.SituationVulnerability, situation_id),
            _scalars(session, m.SituationPathology.pathology, m.SituationPathology, situation_id),
            _priorities(session, situation_id), _network(session, person.id),
            _mobilisations(session, situation_id), _followups(session, situation_id),
            _dialogues(session, situation_id), _minutes(session, situation_id),
        )  # fmt: skip


def _scalars(session, column, model, situation_id: int) -> list[str]:
    return list(session.scalars(select(column).where(model.situation_id == situation_id).order_by(column)))


def _priorities(session, situation_id: int) -> list[PriorityLine]:
    query = select(m.Priority).where(m.Priority.situation_id == situation_id)
    rows = session.scalars(query.order_by(m.Priority.rank, m.Priority.id))
    return [PriorityLine(r.text, r.status, r.raised_on, r.notes) for r in rows]


def _network(session, person_id: int) -> list[MemberLine]:
    rows = session.scalars(select(m.NetworkMember).where(m.NetworkMember.person_id == person_id)
                           .order_by(m.NetworkMember.id))
    return [MemberLine(r.role, r.name, r.organisation, r.phone, r.email, r.notes) for r in rows]


def _mobilisations(session, situation_id: int) -> list[MobilisationLine]:
    query = (select(m.Mobilisation, m.Resource.name).outerjoin(m.Resource)
             .where(m.Mobilisation.situation_id == situation_id)
             .order_by(m.Mobilisation.started_on, m.Mobilisation.id))
    return [
        MobilisationLine(name or r.resource_name, r.who_mobilises, r.status, status_group(r.status),
                         r.started_on, r.ended_on, r.notes)
        for r, name in session.execute(query)
    ]


def _followups(session, situation_id: int) -> list[FollowUpLine]:
    query = select(m.FollowUp).where(m.FollowUp.situation_id == situation_id).order_by(m.FollowUp.due_on)
    return [FollowUpLine(r.due_on, r.note, r.done_on) for r in session.scalars(query)]


def _dialogues(session, situation_id: int) -> list[DialogueLine]:
    query = select(m.DialogueSession).where(m.DialogueSession.situation_id == situation_id)
    rows = session.scalars(query.order_by(m.DialogueSession.held_on))
    return [DialogueLine(r.held_on, r.mode, r.difficulties, r.added_value, r.notes) for r in rows]


def _minutes(session, situation_id: int) -> int:
    query = select(m.TimeEntry.minutes).where(m.TimeEntry.situation_id == situation_id)
    return sum(session.scalars(query))
