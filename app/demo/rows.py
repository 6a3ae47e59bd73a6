"""Shared pieces of the demo builders: bulk writing, id allocation, dates, status histories, phone numbers.

Rows are plain dicts inserted in chunks (`session.execute(insert(table), rows)`), with primary keys assigned
here so that rows can refer to each other without a round trip and the output is identical for a given seed.
Everything random goes through the `random.Random` the caller passes in: no module-level random, no clock.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

from sqlalchemy import func, insert, select
from sqlmodel import Session, SQLModel

from app.demo.names import COMMUNES, OTHER_STREETS, STREETS

CHUNK_ROWS = 5_000

# Outcome of domain.json's example resources -> mobilisation status of the register.
OUTCOME_STATUS = {
    "mobilisee": "en_place", "en_cours": "en_cours", "en_attente": "liste_attente",
    "relais_passe": "relais_passe", "aboutie": "aboutie", "refusee": "refusee",
    "bloquee_entourage": "bloquee_entourage", "echec": "echec", "proposee": "proposee",
    "deposee": "envisagee",
}
PARKED_NOTE = "Déposé : la personne y reviendra."
TERMINAL_MOBILISATION = frozenset({"relais_passe", "aboutie", "refusee", "indisponible", "echec",
                                   "pas_de_demande"})

Paths = dict[str, tuple[tuple[str, ...], ...]]

# Plausible histories ending in each status; the first step is where the referent usually starts.
MOBILISATION_PATHS: Paths = {
    "envisagee": (("envisagee",), ("proposee", "envisagee")),
    "proposee": (("envisagee", "proposee"),),
    "en_cours": (("envisagee", "en_cours"), ("proposee", "en_cours")),
    "liste_attente": (("envisagee", "en_cours", "liste_attente"), ("proposee", "liste_attente")),
    "en_place": (("envisagee", "proposee", "en_place"), ("proposee", "en_cours", "en_place")),
    "relais_passe": (("en_cours", "relais_passe"), ("envisagee", "en_cours", "relais_passe")),
    "aboutie": (("proposee", "en_cours", "aboutie"), ("en_cours", "en_place", "aboutie")),
    "refusee": (("proposee", "refusee"), ("envisagee", "proposee", "refusee")),
    "bloquee_entourage": (("proposee", "bloquee_entourage"),),
    "indisponible": (("envisagee", "indisponible"), ("en_cours", "indisponible")),
    "echec": (("envisagee", "en_cours", "echec"), ("en_cours", "echec")),
    "pas_de_demande": (("proposee", "pas_de_demande"),),
}
PRIORITY_PATHS: Paths = {
    "exprimee": (("exprimee",),),
    "en_cours": (("exprimee", "en_cours"),),
    "deposee": (("exprimee", "deposee"), ("exprimee", "en_cours", "deposee")),
    "atteinte": (("exprimee", "en_cours", "atteinte"),),
    "abandonnee": (("exprimee", "en_cours", "abandonnee"), ("exprimee", "abandonnee")),
    "pas_de_demande": (("exprimee", "pas_de_demande"),),
}
PRIORITY_CHANGE_NOTES = {"deposee": "Au moins, c’est déposé.", "atteinte": "Objectif atteint.",
                         "pas_de_demande": "Pas de réelle demande : on arrête."}


class IdAllocator:
    """Hands out primary keys after the largest one already in each table (resources may exist already)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._next: dict[type[SQLModel], int] = {}

    def take(self, model: type[SQLModel], count: int) -> range:
        if model not in self._next:
            self._next[model] = (self._session.scalar(select(func.max(model.id))) or 0) + 1
        start = self._next[model]
        self._next[model] = start + count
        return range(start, start + count)


class Writer:
    """Bulk inserts in chunks, counting rows per table and reporting progress against an expected total."""

    def __init__(self, session: Session, expected_rows: int,
                 progress: Callable[[float], None] | None = None) -> None:
        self._session = session
        self._expected = max(expected_rows, 1)
        self._progress = progress
        self.counts: Counter[str] = Counter()

    def insert(self, model: type[SQLModel], rows: Sequence[dict]) -> None:
        for start in range(0, len(rows), CHUNK_ROWS):
            chunk = rows[start:start + CHUNK_ROWS]
            # Core insert on the table: one executemany per chunk. The ORM bulk path would split a chunk
            # wherever the set of non-null columns changes (e.g. optional mobilisation_id), i.e. thousands
            # of tiny statements.
            self._session.execute(insert(model.__table__), chunk)
            self.counts[model.__tablename__] += len(chunk)
            if self._progress is not None:
                self._progress(min(0.99, self.counts.total() / self._expected))


def stamp(day: date, rng: random.Random) -> datetime:
    """A timezone-aware instant in working hours of `day` (the demo never reads the clock)."""
    return datetime.combine(day, time(rng.randint(8, 17), rng.randrange(0, 60, 5)), tzinfo=UTC)


def day_between(start: date, end: date, rng: random.Random) -> date:
    if end <= start:
        return start
    return start + timedelta(days=rng.randint(0, (end - start).days))


def status_dates(start: date, end: date, steps: int, rng: random.Random) -> list[date]:
    """`steps` non-decreasing dates from `start`, spaced like real follow-ups and never after `end`."""
    dates, day = [], start
    for _ in range(steps):
        dates.append(min(day, end))
        day = day + timedelta(days=rng.randint(4, 30))
    return dates


def history(paths: Paths, status: str, rng: random.Random) -> tuple[str, ...]:
    return rng.choice(paths[status])


def split_minutes(total: int, rng: random.Random) -> list[int]:
    """Split cumulative minutes into 1–3 entries of at least 10 minutes (multiples of 5 when possible)."""
    unit = 5 if total % 5 == 0 else 1
    units, least = total // unit, max(1, 10 // unit)
    parts = rng.randint(1, max(1, min(3, units // (2 * least))))
    extra = units - parts * least
    if parts == 1 or extra < 0:
        return [total]
    cuts = sorted(rng.randint(0, extra) for _ in range(parts - 1))
    return [(least + high - low) * unit for low, high in pairwise([0, *cuts, extra])]


def allocate(total: int, weights: Sequence[float], rng: random.Random, minimum: int = 0) -> list[int]:
    """Integer counts proportional to `weights`, each at least `minimum`, summing exactly to `total`."""
    counts = [minimum] * len(weights)
    rest = total - minimum * len(weights)
    if rest < 0:
        raise ValueError("total too small for the minimum")
    weight_sum = sum(weights)
    shares = [rest * w / weight_sum for w in weights]
    for index, share in enumerate(shares):
        counts[index] += int(share)
    missing = total - sum(counts)
    # Largest remainders first; ties broken by the seeded generator, never by dict or set order.
    ties = [rng.random() for _ in weights]
    order = sorted(range(len(weights)), key=lambda i: (shares[i] - int(shares[i]), ties[i]), reverse=True)
    for index in order[:missing]:
        counts[index] += 1
    return counts


def phone(rng: random.Random, *, mobile: bool) -> str:
    if mobile:
        return f"04{rng.choice('6789')}{rng.randint(0, 9)} {rng.randint(10, 99)} {rng.randint(10, 99)} " \
               f"{rng.randint(10, 99)}"
    return f"02 {rng.randint(210, 779)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def street_address(commune: str, rng: random.Random) -> str:
    street = rng.choice(STREETS.get(commune, OTHER_STREETS))
    number = f"{rng.randint(1, 240)}"
    if rng.random() < 0.2:
        number += f" bte {rng.randint(1, 12)}"
    return f"{street} {number}"


def postcode(commune: str) -> str:
    return COMMUNES[commune]


def pick_weighted(items: dict[str, float], rng: random.Random) -> str:
    return rng.choices(list(items), weights=list(items.values()))[0]


def unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
