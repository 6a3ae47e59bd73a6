"""Sizes of the large demo and the plan of one situation, shared by app.demo.large and large_activity.

`Sizes.scaled(n)` keeps the proportions of the large demo (5,000 situations) for any number of situations,
so that growth can be measured (`relais demo DIR --size 20000`); `LARGE` is exactly the large demo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.errors import ValidationError

PERSONS, SITUATIONS, RESOURCES = 4_200, 5_000, 1_500
TIME_ENTRIES, UNBOUND_TIME_ENTRIES = 150_000, 4_500  # unbound: CdP, network search… (no situation)
PRIORITIES, MOBILISATIONS = 15_000, 25_000
NETWORK_MEMBERS, DIALOGUE_SESSIONS, PENDING_FOLLOW_UPS, DONE_FOLLOW_UPS = 8_000, 4_000, 1_800, 1_200
EXPECTED_ROWS = 332_000
WINDOW_DAYS = 3 * 365
STATUS_SHARES = {"active": 0.7, "veille": 0.15, "closed": 0.15}
MIN_SITUATIONS = 20


@dataclass(frozen=True)
class Sizes:
    """How many rows of each kind a large-style demo writes."""

    persons: int = PERSONS
    situations: int = SITUATIONS
    resources: int = RESOURCES
    time_entries: int = TIME_ENTRIES
    unbound_time_entries: int = UNBOUND_TIME_ENTRIES
    priorities: int = PRIORITIES
    mobilisations: int = MOBILISATIONS
    network_members: int = NETWORK_MEMBERS
    dialogue_sessions: int = DIALOGUE_SESSIONS
    pending_follow_ups: int = PENDING_FOLLOW_UPS
    done_follow_ups: int = DONE_FOLLOW_UPS

    @classmethod
    def scaled(cls, situations: int) -> Sizes:
        """The large demo's proportions for `situations` situations (at least MIN_SITUATIONS)."""
        if situations < MIN_SITUATIONS:
            raise ValidationError("size", "demo.too_small", minimum=MIN_SITUATIONS)
        factor = situations / SITUATIONS
        counts = {name: max(1, round(getattr(cls, name) * factor)) for name in cls.__dataclass_fields__}
        return cls(**(counts | {"situations": situations}))

    @property
    def expected_rows(self) -> int:
        return round(EXPECTED_ROWS * self.situations / SITUATIONS)

    def status_counts(self) -> dict[str, int]:
        """Situations per status (the large demo: 3,500 active, 750 on watch, 750 closed)."""
        watch = round(self.situations * STATUS_SHARES["veille"])
        closed = round(self.situations * STATUS_SHARES["closed"])
        return {"active": self.situations - watch - closed, "veille": watch, "closed": closed}


LARGE = Sizes()

@dataclass(slots=True)
class Plan:
    """What later tables need to know about one situation."""

    id: int
    person: dict
    status: str
    started: date
    end: date
    weight: float
    priority_ids: list[int] = field(default_factory=list)
    mobilisation_ids: list[int] = field(default_factory=list)
    dialogue: tuple[int, date] | None = None
    checkin: date | None = None
