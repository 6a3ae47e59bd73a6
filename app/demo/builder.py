"""Demo registers filled with invented data: `small` (the 14 example situations), `large` (stress test, 5,000
situations) or a number of situations (the large demo's proportions at that size, to measure growth).

Everything is derived from the seed and a reference date (today by default, from app.clock, so that the demo
looks like an ordinary week: a few check-ins overdue, most in the coming days and weeks), so that the same
seed and reference give the same register (byte for byte in its rows) on every machine. The demo is written
in one transaction: if anything fails, the register stays empty.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from importlib.resources import files

from sqlalchemy import func, select

from app import clock
from app.demo.large import build_large
from app.demo.large_plan import LARGE, Sizes
from app.demo.rows import IdAllocator, Writer
from app.demo.small import EXPECTED_ROWS as SMALL_ROWS
from app.demo.small import build_small
from app.errors import ValidationError
from storage.models import Person
from storage.register import Register

REFERENCE_DATE = date(2026, 11, 1)  # a fixed reference for reproducible tests and benchmarks
SIZES = ("small", "large")


@dataclass(frozen=True)
class DemoSummary:
    """Rows written per table."""

    persons: int = 0
    situations: int = 0
    situation_vulnerabilities: int = 0
    situation_pathologies: int = 0
    network_members: int = 0
    dialogue_sessions: int = 0
    priorities: int = 0
    priority_status_changes: int = 0
    resources: int = 0
    mobilisations: int = 0
    mobilisation_status_changes: int = 0
    time_entries: int = 0
    follow_ups: int = 0

    @property
    def total(self) -> int:
        return sum(vars(self).values())


# storage table name -> DemoSummary field
_SUMMARY_FIELDS = {
    "person": "persons", "situation": "situations", "situationvulnerability": "situation_vulnerabilities",
    "situationpathology": "situation_pathologies", "networkmember": "network_members",
    "dialoguesession": "dialogue_sessions", "priority": "priorities",
    "prioritystatuschange": "priority_status_changes", "resource": "resources",
    "mobilisation": "mobilisations",
    "mobilisationstatuschange": "mobilisation_status_changes", "timeentry": "time_entries",
    "followup": "follow_ups",
}


def load_examples() -> list[dict]:
    """The 14 example situations (resources/demo/examples.json, built by packaging/build_demo_examples.py)."""
    text = (files("resources.demo") / "examples.json").read_text(encoding="utf-8")
    return json.loads(text)["items"]


def demo_sizes(size: str | int) -> Sizes | None:
    """The sizes of a large-style demo for `size` ("large" or a number of situations); None for "small"."""
    if size == "small":
        return None
    if size == "large":
        return LARGE
    if isinstance(size, int) or str(size).isdigit():
        return Sizes.scaled(int(size))
    raise ValidationError("size", "demo.unknown_size", size=str(size))


def build_demo(register: Register, size: str | int = "small", seed: int = 0,
               progress: Callable[[float], None] | None = None, *,
               reference: date | None = None) -> DemoSummary:
    """Fill an empty register with invented data dated around `reference` (default: today); `progress`
    receives fractions from 0 to 1."""
    reference = reference or clock.today()
    sizes = demo_sizes(size)
    rng = random.Random(seed)
    with register.session() as session:
        if session.scalar(select(func.count()).select_from(Person)):
            raise ValidationError("register", "demo.register_not_empty")
        ids = IdAllocator(session)
        if sizes is None:
            writer = Writer(session, SMALL_ROWS, progress)
            build_small(writer, ids, rng, reference, load_examples())
        else:
            writer = Writer(session, sizes.expected_rows, progress)
            build_large(writer, ids, rng, reference, sizes)
    if progress is not None:
        progress(1.0)
    return DemoSummary(**{_SUMMARY_FIELDS[table]: count for table, count in writer.counts.items()})
