"""Sizes of the large demo and the plan of one situation, shared by app.demo.large and large_activity."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

PERSONS, SITUATIONS, RESOURCES = 4_200, 5_000, 1_500
TIME_ENTRIES, UNBOUND_TIME_ENTRIES = 150_000, 4_500  # unbound: CdP, network search… (no situation)
PRIORITIES, MOBILISATIONS = 15_000, 25_000
NETWORK_MEMBERS, DIALOGUE_SESSIONS, PENDING_FOLLOW_UPS, DONE_FOLLOW_UPS = 8_000, 4_000, 1_800, 1_200
EXPECTED_ROWS = 332_000
WINDOW_DAYS = 3 * 365

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
