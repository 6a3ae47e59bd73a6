"""Read models of mobilisations (what the window and the reports show) and how they are read from the
register: one query per kind of detail for a whole list, never one per row. Re-exported by app.mobilisations.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, select

from app.vocab import vocabularies
from storage.models import Mobilisation, MobilisationStatusChange, Priority, Resource, TimeEntry

# Status groups of the "who carries what" view; the shortage group comes from the vocabulary's flag.
_GROUPS = {
    "en_cours": ("envisagee", "proposee", "en_cours", "bloquee_entourage"),
    "en_place": ("en_place", "relais_passe", "aboutie"),
    "sans_suite": ("refusee", "pas_de_demande"),
}
STATUS_GROUPS = ("en_cours", "en_place", "penurie", "sans_suite")
_SHORTAGE_COLUMNS = {"liste_attente": "waiting_list", "indisponible": "unavailable", "echec": "failed"}


@dataclass(frozen=True)
class MobilisationData:
    """A directory entry (`resource_id`) or free text (`resource_name`, saved to the directory on request).

    `status` and `reason` are the initial ones when adding; later changes go through `change_status`.
    """

    resource_id: int | None = None
    resource_name: str = ""
    save_to_directory: bool = False
    priority_id: int | None = None
    who_mobilises: str = "rp"
    mode: str | None = None
    status: str = "envisagee"
    reason: str | None = None
    started_on: date | None = None  # today when adding; unchanged when None in an update
    notes: str = ""


@dataclass(frozen=True)
class MobilisationStatusRead:
    id: int
    mobilisation_id: int
    status: str
    changed_on: date
    reason: str | None = None
    note: str = ""


@dataclass(frozen=True)
class MobilisationRead:
    id: int
    situation_id: int
    resource_id: int | None
    resource_label: str  # the directory entry's name, or the free text
    priority_id: int | None
    priority_text: str
    who_mobilises: str
    mode: str | None
    status: str
    reason: str | None
    started_on: date
    ended_on: date | None
    notes: str = ""
    history: tuple[MobilisationStatusRead, ...] = ()
    minutes: int = 0  # time entries attached to the mobilisation

    @property
    def in_directory(self) -> bool:
        return self.resource_id is not None

    @property
    def status_group(self) -> str:
        return status_group(self.status)


@dataclass(frozen=True)
class ShortageRow:
    """Mobilisations that met a shortage in the period, per resource type (or category).

    A mobilisation counts once in `total` but in each shortage column it went through (waiting list, then
    service full): columns can add up to more than the total. `shortage_totals` gives the overall row.
    """

    resource_type: str | None  # None: free-text resource, untyped entry, or a per-category row
    category: str | None
    waiting_list: int = 0
    unavailable: int = 0
    failed: int = 0
    total: int = 0


# Columns a read model takes from the row as they are.
_COPIED = tuple(f.name for f in fields(MobilisationRead) if f.name in Mobilisation.model_fields)


def shortage_statuses() -> tuple[str, ...]:
    return tuple(term.id for term in vocabularies()["mobilisation_statuses"].with_attribute("shortage", True))


def status_group(status: str) -> str:
    if status in shortage_statuses():
        return "penurie"
    return next((group for group, statuses in _GROUPS.items() if status in statuses), "en_cours")


def shortage_totals(rows: list[ShortageRow]) -> ShortageRow:
    """The overall row: each mobilisation has one type, so the per-type rows add up exactly."""
    sums = {
        name: sum(getattr(row, name) for row in rows) for name in ("waiting_list", "unavailable", "failed")
    }
    return ShortageRow(None, None, total=sum(row.total for row in rows), **sums)


# -- reading helpers ---------------------------------------------------------------------------------------
def read_mobilisations(session, rows: list[Mobilisation]) -> list[MobilisationRead]:
    ids = [row.id for row in rows]
    histories = read_histories(session, ids)
    minutes = _minutes(session, ids)
    names = _names(session, Resource, {row.resource_id for row in rows}, Resource.name)
    texts = _names(session, Priority, {row.priority_id for row in rows}, Priority.text)
    return [
        MobilisationRead(
            **{name: getattr(row, name) for name in _COPIED},
            resource_label=names.get(row.resource_id, row.resource_name),
            priority_text=texts.get(row.priority_id, ""),
            history=tuple(histories[row.id]),
            minutes=minutes.get(row.id, 0),
        )
        for row in rows
    ]


def _names(session, model, ids: set[int | None], column) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return dict(session.execute(select(model.id, column).where(model.id.in_(wanted))).all())


def _minutes(session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    query = (
        select(TimeEntry.mobilisation_id, func.sum(TimeEntry.minutes))
        .where(TimeEntry.mobilisation_id.in_(ids))
        .group_by(TimeEntry.mobilisation_id)
    )
    return {mobilisation_id: total or 0 for mobilisation_id, total in session.execute(query)}


def history_query(ids: list[int]):
    change = MobilisationStatusChange
    return select(change).where(change.mobilisation_id.in_(ids)).order_by(change.changed_on, change.id)


def read_histories(session, ids: list[int]) -> dict[int, list[MobilisationStatusRead]]:
    histories: dict[int, list[MobilisationStatusRead]] = defaultdict(list)
    if ids:
        for c in session.scalars(history_query(ids)):
            histories[c.mobilisation_id].append(
                MobilisationStatusRead(c.id, c.mobilisation_id, c.status, c.changed_on, c.reason, c.note)
            )
    return histories


def shortage_key(by: str, resource_type: str | None, category: str | None) -> tuple[str | None, str | None]:
    type_term = vocabularies()["resource_types"].get(resource_type) if resource_type else None
    category = (type_term.attribute("category") if type_term else None) or category
    return (None, category) if by == "category" else (resource_type, category if resource_type else None)


def rank_shortages(met) -> list[ShortageRow]:
    counts: dict[tuple, dict[str, int]] = {}
    for resource_type, category, statuses in met:
        row = counts.setdefault(
            (resource_type, category), dict.fromkeys((*_SHORTAGE_COLUMNS.values(), "total"), 0)
        )
        row["total"] += 1
        for status in statuses:
            if status in _SHORTAGE_COLUMNS:
                row[_SHORTAGE_COLUMNS[status]] += 1
    rows = [
        ShortageRow(resource_type, category, **values) for (resource_type, category), values in counts.items()
    ]
    return sorted(rows, key=_shortage_rank)


def _shortage_rank(row: ShortageRow) -> tuple:
    counts = (-row.total, -row.waiting_list, -row.unavailable, -row.failed)
    return (
        *counts,
        row.resource_type is None and row.category is None,
        row.resource_type or "",
        row.category or "",
    )
