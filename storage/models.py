"""Tables of the register (DESIGN.md §4).

Vocabulary values are stored as stable ids (see resources/vocab/*.json), never as labels. Multi-valued
vocabularies that the register filters on (vulnerabilities, pathologies) are link tables so that filters use
indexes; lists that are only displayed (cards drawn) are JSON text. Deleting a Person cascades to everything
that describes them (GDPR erasure); deleting a Resource keeps mobilisations, which carry the name as text.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel


def _fk(target: str, *, cascade: bool = True, index: bool = True, optional: bool = False):
    return Field(
        default=None if optional else ...,
        foreign_key=target,
        ondelete="CASCADE" if cascade else "SET NULL",
        index=index,
    )


class Person(SQLModel, table=True):
    """Identity for the referent's eyes only; never leaves the register except in the personal dump."""

    id: int | None = Field(default=None, primary_key=True)
    first_name: str = ""
    last_name: str = ""
    birth_year: int | None = None
    sex: str | None = None  # "f", "m", "x" or unknown
    address: str = ""
    postcode: str = ""
    commune: str = ""
    phone: str = ""
    email: str = ""
    languages: str = ""
    notes: str = ""
    created_at: datetime
    updated_at: datetime

    __table_args__ = (Index("ix_person_names", "last_name", "first_name"),)


class Situation(SQLModel, table=True):
    """An accompaniment; a person may have several over time."""

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = _fk("person.id")
    code: str = Field(unique=True)  # pseudonym, e.g. S-4K7Q
    status: str = Field(default="active", index=True)  # situation_statuses
    started_on: date
    closed_on: date | None = None
    closure_reason: str | None = None  # closure_reasons
    narrative: str = ""
    origin: str | None = None  # origins
    other_pathologies: str = ""
    consent_cdp: bool = False
    consent_date: date | None = None
    next_checkin: date | None = Field(default=None, index=True)
    created_at: datetime
    updated_at: datetime = Field(index=True)
    # The latest time entry's date, kept by triggers (storage/derived.py, schema v5); the app never writes it.
    last_contact: date | None = None

    # covers the register's rows: names and figures without reading the wide rows (narratives), issue 14
    __table_args__ = (Index("ix_situation_register", "person_id", "status", "code", "next_checkin",
                            "last_contact"),)  # fmt: skip


class SituationVulnerability(SQLModel, table=True):
    situation_id: int = Field(foreign_key="situation.id", ondelete="CASCADE", primary_key=True)
    vulnerability: str = Field(primary_key=True, index=True)

    # the register's vulnerability filter reads the situations' ids from the index alone (issue 14)
    __table_args__ = (Index("ix_situationvulnerability_covering", "vulnerability", "situation_id"),)


class SituationPathology(SQLModel, table=True):
    situation_id: int = Field(foreign_key="situation.id", ondelete="CASCADE", primary_key=True)
    pathology: str = Field(primary_key=True, index=True)

    __table_args__ = (Index("ix_situationpathology_covering", "pathology", "situation_id"),)


class NetworkMember(SQLModel, table=True):
    """Someone in the person's current network (relative, GP, home nurse, CPAS social worker…)."""

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = _fk("person.id")
    role: str  # network_roles
    name: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


class DialogueSession(SQLModel, table=True):
    """One use of the BabbelBoost dialogue tool."""

    id: int | None = Field(default=None, primary_key=True)
    situation_id: int = _fk("situation.id")
    held_on: date
    mode: str  # dialogue_modes
    cards_json: str = "[]"  # deck card ids drawn
    difficulties: str = ""
    added_value: str = ""
    notes: str = ""


class Priority(SQLModel, table=True):
    """A priority raised by the person, in their own words."""

    id: int | None = Field(default=None, primary_key=True)
    situation_id: int = _fk("situation.id")
    dialogue_session_id: int | None = Field(
        default=None, foreign_key="dialoguesession.id", ondelete="SET NULL", index=True
    )
    text: str
    theme: str | None = None  # deck card id
    rank: int = 1
    raised_on: date
    status: str = Field(default="exprimee", index=True)  # priority_statuses
    notes: str = ""


class PriorityStatusChange(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    priority_id: int = _fk("priority.id")
    status: str
    changed_on: date
    note: str = ""


class Resource(SQLModel, table=True):
    """An entry of the referent's directory of local resources: organisations and services, no person data."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    category: str | None = Field(default=None, index=True)  # resource_categories
    resource_type: str | None = Field(default=None, index=True)  # resource_types
    commune: str = Field(default="", index=True)
    phone: str = ""
    email: str = ""
    website: str = ""
    address: str = ""
    conditions: str = ""
    cost: str = ""
    waiting_list_notes: str = ""
    learned_from: str | None = None  # learned_from
    last_checked: date | None = None
    notes: str = ""
    created_at: datetime


class Mobilisation(SQLModel, table=True):
    """A resource mobilised for a situation, by someone, with an outcome."""

    # The outcome of each mobilisation without its wide row (the invisible-work report; migration v6).
    __table_args__ = (Index("ix_mobilisation_outcome", "id", "status", "situation_id"),)
    id: int | None = Field(default=None, primary_key=True)
    situation_id: int = _fk("situation.id")
    resource_id: int | None = _fk("resource.id", cascade=False, optional=True)
    resource_name: str = ""  # kept when the directory entry is deleted, or for free-text resources
    priority_id: int | None = _fk("priority.id", cascade=False, optional=True)
    who_mobilises: str  # who_mobilises
    mode: str | None = None  # mobilisation_modes (faire / faire-faire)
    status: str = Field(default="envisagee", index=True)  # mobilisation_statuses
    reason: str | None = None  # failure_reasons
    started_on: date
    ended_on: date | None = None
    notes: str = ""


class MobilisationStatusChange(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    mobilisation_id: int = _fk("mobilisation.id")
    status: str
    reason: str | None = None
    changed_on: date = Field(index=True)
    note: str = ""


class TimeEntry(SQLModel, table=True):
    """Time spent; invisible work is what the task vocabulary flags as such."""

    id: int | None = Field(default=None, primary_key=True)
    worked_on: date = Field(index=True)
    minutes: int
    task: str = Field(index=True)  # referent_tasks
    situation_id: int | None = _fk("situation.id", optional=True, index=False)
    mobilisation_id: int | None = _fk("mobilisation.id", cascade=False, optional=True)
    note: str = ""

    # The invisible-work report reads each of its parts from one of these in the order of its groups, without
    # a sort (app/invisible_work_queries.py, issue 14); the register's last contact uses the first too.
    __table_args__ = (
        Index("ix_timeentry_situation_date", "situation_id", "worked_on", "task", "minutes"),
        Index("ix_timeentry_period", "worked_on", "task", "situation_id", "mobilisation_id", "minutes"),
        Index("ix_timeentry_mobilisation_period", "mobilisation_id", "worked_on", "minutes",
              sqlite_where=text("mobilisation_id IS NOT NULL")),
    )


class FollowUp(SQLModel, table=True):
    """A check-in to do (veille)."""

    id: int | None = Field(default=None, primary_key=True)
    situation_id: int = _fk("situation.id")
    due_on: date = Field(index=True)
    note: str = ""
    done_on: date | None = None


class CdpSession(SQLModel, table=True):
    """A community-of-practice session; the situations brought are stored as anonymised canvas snapshots."""

    id: int | None = Field(default=None, primary_key=True)
    held_on: date = Field(index=True)
    group_name: str = ""
    noeud: str | None = None  # cdp_noeuds
    noeud_text: str = ""
    snapshots_json: str = "[]"
    feedback_positive: str = ""
    feedback_difficulty: str = ""
    feedback_new: str = ""
    feedback_solution: str = ""


class SharingConsent(SQLModel, table=True):
    """The person's consent to share their situation with one named professional (scope: "handover").

    Withdrawing keeps the row (withdrawn_on set): the register remembers that a consent existed and when it
    ended. Erasing the person or the situation deletes it.
    """

    id: int | None = Field(default=None, primary_key=True)
    situation_id: int = _fk("situation.id")
    network_member_id: int | None = _fk("networkmember.id", cascade=False, optional=True)
    professional_name: str
    professional_role: str = ""  # role or organisation, as the referent wrote it
    scope: str = "handover"
    recorded_on: date
    withdrawn_on: date | None = None


class ExportLog(SQLModel, table=True):
    """What was exported, when, how: never the content."""

    id: int | None = Field(default=None, primary_key=True)
    exported_at: datetime = Field(index=True)
    kind: str
    format: str
    settings_json: str = "{}"
    item_count: int = 0


class AppSetting(SQLModel, table=True):
    """Settings that belong to the register (not the machine), e.g. the deck in use."""

    key: str = Field(primary_key=True)
    value: str = ""
