"""The person's consent to share their situation with one named professional (the handover sheet names them).

A consent is recorded for a situation, a name (typed, or taken from a network member) and a role or
organisation; withdrawing it keeps the row with its end date. A handover sheet is made only for a consent that
is recorded and not withdrawn (`require_consent`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app import clock
from app.errors import CodedError, NotFoundError, ValidationError
from app.validation import check_text_length
from storage.models import NetworkMember, SharingConsent, Situation
from storage.register import Register

SCOPE_HANDOVER = "handover"
NAME_LIMIT = 200


class ConsentRequiredError(CodedError):
    """A document naming the person was asked for without a recorded, non-withdrawn consent."""


@dataclass(frozen=True)
class ConsentRead:
    id: int
    situation_id: int
    network_member_id: int | None
    professional_name: str
    professional_role: str
    scope: str
    recorded_on: date
    withdrawn_on: date | None

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


def _read(row: SharingConsent) -> ConsentRead:
    return ConsentRead(row.id, row.situation_id, row.network_member_id, row.professional_name,
                       row.professional_role, row.scope, row.recorded_on, row.withdrawn_on)


class ConsentService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def record(self, situation_id: int, name: str, role: str = "", *, network_member_id: int | None = None,
               recorded_on: date | None = None) -> ConsentRead:
        """Record the person's consent to share with `name` (role or organisation in `role`)."""
        name, role = " ".join(name.split()), " ".join(role.split())
        if not name:
            raise ValidationError("professional_name", "validation.required")
        check_text_length(name, NAME_LIMIT, "professional_name")
        check_text_length(role, NAME_LIMIT, "professional_role")
        recorded_on = recorded_on or clock.today()
        if recorded_on > clock.today():
            raise ValidationError("recorded_on", "validation.date_in_future")
        with self._register.session() as session:
            if session.get(Situation, situation_id) is None:
                raise NotFoundError("not_found.situation")
            if network_member_id is not None and session.get(NetworkMember, network_member_id) is None:
                raise NotFoundError("not_found.network_member")
            row = SharingConsent(situation_id=situation_id, network_member_id=network_member_id,
                                 professional_name=name, professional_role=role, scope=SCOPE_HANDOVER,
                                 recorded_on=recorded_on)
            session.add(row)
            session.flush()
            return _read(row)

    def withdraw(self, consent_id: int, withdrawn_on: date | None = None) -> ConsentRead:
        with self._register.session() as session:
            row = session.get(SharingConsent, consent_id)
            if row is None:
                raise NotFoundError("not_found.consent")
            withdrawn_on = withdrawn_on or clock.today()
            if withdrawn_on < row.recorded_on:
                raise ValidationError("withdrawn_on", "consent.withdrawn_before_recorded")
            row.withdrawn_on = row.withdrawn_on or withdrawn_on
            return _read(row)

    def for_situation(self, situation_id: int) -> list[ConsentRead]:
        """Every consent of the situation, active ones first, the latest recorded first."""
        with self._register.session() as session:
            rows = session.scalars(select(SharingConsent).where(SharingConsent.situation_id == situation_id))
            consents = [_read(row) for row in rows]
        return sorted(consents, key=lambda c: (not c.active, -c.recorded_on.toordinal(), -c.id))

    def active(self, situation_id: int) -> list[ConsentRead]:
        return [c for c in self.for_situation(situation_id) if c.active]

    def require(self, situation_id: int, consent_id: int | None = None, to: str | None = None) -> ConsentRead:
        """The active consent the handover sheet is for: by id, by the professional's name, or the only one.

        Raises ConsentRequiredError (saying what to record) when there is none, or when several are active
        and none was chosen."""
        active = self.active(situation_id)
        if consent_id is not None:
            active = [c for c in active if c.id == consent_id]
        if to:
            wanted = " ".join(to.split()).casefold()
            active = [c for c in active if c.professional_name.casefold() == wanted]
        if not active:
            raise ConsentRequiredError("documents.consent_missing")
        if len(active) > 1:
            raise ConsentRequiredError("documents.consent_ambiguous", count=len(active))
        return active[0]
