"""Plain read models handed to the UI and the CLI: frozen dataclasses, never live ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

AGE_BAND_WIDTH = 10
AGE_TOP_CODE = 80


@dataclass(frozen=True)
class PersonData:
    """Identity fields, used both to create/edit a person and to read one back."""

    first_name: str = ""
    last_name: str = ""
    birth_year: int | None = None
    sex: str | None = None
    address: str = ""
    postcode: str = ""
    commune: str = ""
    phone: str = ""
    email: str = ""
    languages: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PersonRead(PersonData):
    id: int = 0

    @property
    def display_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part) or "(sans nom)"


@dataclass(frozen=True)
class SituationData:
    """Editable fields of a situation (status changes go through close/reopen/set_watch)."""

    started_on: date | None = None
    narrative: str = ""
    origin: str | None = None
    vulnerabilities: tuple[str, ...] = ()
    pathologies: tuple[str, ...] = ()
    other_pathologies: str = ""
    consent_cdp: bool = False
    consent_date: date | None = None
    next_checkin: date | None = None


@dataclass(frozen=True)
class SituationRead(SituationData):
    id: int = 0
    person_id: int = 0
    code: str = ""
    status: str = "active"
    closed_on: date | None = None
    closure_reason: str | None = None


@dataclass(frozen=True)
class SituationSummary:
    """One row of the register view."""

    id: int
    code: str
    person_id: int
    person_name: str
    status: str
    vulnerabilities: tuple[str, ...] = field(default_factory=tuple)
    pathologies: tuple[str, ...] = field(default_factory=tuple)
    last_contact: date | None = None
    next_checkin: date | None = None


@dataclass(frozen=True)
class NetworkMemberData:
    role: str = "autre"
    name: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class NetworkMemberRead(NetworkMemberData):
    id: int = 0
    person_id: int = 0


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure removed (counts only), for the confirmation message and the log."""

    situations: int
    network_members: int
    time_entries: int


def age_band(birth_year: int | None, reference_year: int) -> str | None:
    """10-year band, top-coded at 80+ (DESIGN.md §5)."""
    if birth_year is None:
        return None
    age = reference_year - birth_year
    if age >= AGE_TOP_CODE:
        return f"{AGE_TOP_CODE}+"
    low = max(age, 0) // AGE_BAND_WIDTH * AGE_BAND_WIDTH
    return f"{low}-{low + AGE_BAND_WIDTH - 1}"
