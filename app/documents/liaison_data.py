"""What the fridge note and the note to the GP read from the register, as plain dataclasses.

Both documents speak of the same things: who is around the person (the referent, GP, pharmacy, home nurse),
the next visit, the priorities in the person's words, the steps agreed or under way, and the last visit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app import clock
from app.mobilisations import MobilisationService
from app.network import NetworkService
from app.persons import PersonService
from app.priorities import PriorityService
from app.readmodels import NetworkMemberRead, PersonRead, SituationRead
from app.situations import SituationService
from app.time_entries import TimeService
from storage.models import AppSetting, FollowUp
from storage.register import Register

# The person's network roles shown on the fridge note, in the order shown.
CONTACT_ROLES = {"gp": "medecin_generaliste", "pharmacy": "pharmacien", "nurse": "infirmier_domicile"}
AGREED_GROUPS = ("en_cours", "en_place")  # steps under way or in place: what was agreed with the person
REFERENT_SETTING = "referent_contact"  # the referent's own contact, kept by the handover sheet's settings


@dataclass(frozen=True)
class Contact:
    role: str  # "referent", "gp", "pharmacy", "nurse"
    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Step:
    what: str  # the resource, in the referent's words
    who: str  # who_mobilises term id
    status: str  # mobilisation_statuses term id
    group: str = "en_cours"  # the status's group: "en_cours" (under way) or "en_place"


@dataclass(frozen=True)
class Visit:
    day: date
    task: str  # referent_tasks term id
    note: str


@dataclass(frozen=True)
class LiaisonData:
    code: str
    person: PersonRead
    situation: SituationRead
    referent: Contact | None
    contacts: tuple[Contact, ...]
    next_visit: date | None
    priorities: tuple[str, ...]
    steps: tuple[Step, ...]
    last_visit: Visit | None
    today: date

    def contact(self, role: str) -> Contact | None:
        return next((contact for contact in self.contacts if contact.role == role), None)


def gather_liaison(register: Register, situation_id: int) -> LiaisonData:
    situation = SituationService(register).get(situation_id)
    person = PersonService(register).get(situation.person_id)
    today = clock.today()
    priorities = [p for p in PriorityService(register).for_situation(situation_id) if p.active]
    mobilisations = MobilisationService(register).for_situation(situation_id)
    return LiaisonData(
        code=situation.code, person=person, situation=situation, referent=referent_contact(register),
        contacts=_contacts(NetworkService(register).for_person(person.id)),
        next_visit=_next_visit(register, situation, today),
        priorities=tuple(p.text for p in sorted(priorities, key=lambda p: p.rank)),
        steps=tuple(Step(m.resource_label, m.who_mobilises, m.status, m.status_group) for m in mobilisations
                    if m.status_group in AGREED_GROUPS),
        last_visit=_last_visit(register, situation_id), today=today,
    )  # fmt: skip


def referent_contact(register: Register) -> Contact | None:
    """The referent's name and phone as the handover sheet stores them; None until they are filled in."""
    with register.session() as session:
        row = session.get(AppSetting, REFERENT_SETTING)
        stored = row.value if row is not None else ""
    try:
        values = json.loads(stored) if stored else {}
    except ValueError:
        values = {}
    name = str(values.get("name", "")).strip() if isinstance(values, dict) else ""
    if not name:
        return None
    phone, email = (str(values.get(key, "")).strip() for key in ("phone", "email"))
    return Contact("referent", name, phone, email)


def _contacts(network: list[NetworkMemberRead]) -> tuple[Contact, ...]:
    found = []
    for role, term in CONTACT_ROLES.items():
        member = next((m for m in network if m.role == term), None)
        if member is not None:
            name = member.organisation if role == "pharmacy" and member.organisation else member.name
            found.append(Contact(role, name, member.phone.strip(), member.email.strip()))
    return tuple(found)


def _next_visit(register: Register, situation: SituationRead, today: date) -> date | None:
    query = select(FollowUp.due_on).where(
        FollowUp.situation_id == situation.id, FollowUp.done_on.is_(None), FollowUp.due_on >= today
    )
    with register.session() as session:
        dates = list(session.scalars(query))
    if situation.next_checkin is not None and situation.next_checkin >= today:
        dates.append(situation.next_checkin)
    return min(dates, default=None)


def _last_visit(register: Register, situation_id: int) -> Visit | None:
    """The most recent day of face-to-face work with the person (a home visit, listening…), with its notes.

    Desk work (calls, mails, paperwork) is not a visit: a note to the GP "after my visit" must not date
    itself from an afternoon on the phone. None when no face-to-face work is logged."""
    entries = TimeService(register).for_situation(situation_id).entries  # most recent first
    met = [entry for entry in entries if not entry.invisible]
    if not met:
        return None
    latest_day = met[0].worked_on
    same_day = [entry for entry in met if entry.worked_on == latest_day]
    notes = " ".join(entry.note.strip() for entry in same_day if entry.note.strip())
    return Visit(latest_day, same_day[0].task, notes)
