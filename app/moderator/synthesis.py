"""The moderator's synthesis: what a CdP or the evaluation cell reads, every count already suppressed.

`merge_folder(folder)` reads and checks every bundle under `folder` (app.moderator.reading), loads the
accepted ones into DuckDB (app.moderator.engine), runs the SQL (app.moderator.sql) and shapes the counts
into suppressed tables (app.moderator.tables). Counts of referents or situations of 1…4 are None; see
app.moderator.suppression for the complementary suppression. Qt-free: the window and the CLI share it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app import clock
from app.moderator import sql
from app.moderator.engine import connect
from app.moderator.reading import CDP, INVISIBLE_WORK, FolderReading, RefusedFile, read_folder
from app.moderator.suppression import is_small
from app.moderator.tables import CrossTable, cross_table, hide, list_suppression, suppressed_count
from app.moderator.texts import text
from app.vocab import vocabularies

SHORTAGE_VOCABULARY = "mobilisation_statuses"
SHORTAGE_STATUSES = ("liste_attente", "indisponible", "refusee", "echec")
# Labels for what a bundle left empty, in French like the bundles' own; app.moderator.labels translates them.
NO_THEME, NO_TYPE, NO_COMMUNE = (text(f"label.{key}", "fr") for key in ("no_theme", "no_type", "no_commune"))
ROW_PARTS = " — "  # a shortage ledger row: "resource type — commune"


@dataclass(frozen=True)
class Overview:
    cdp_bundles: int
    work_bundles: int
    sessions: int
    situations: int | None
    referents: int | None
    first_month: str | None  # YYYY-MM
    last_month: str | None


@dataclass(frozen=True)
class NoeudRow:
    noeud_id: str
    label: str
    sessions: int | None
    referents: int | None


@dataclass(frozen=True)
class OutcomeRow:
    status: str  # the French label, as in the bundles
    shortage: bool
    situations: int | None
    referents: int | None


@dataclass(frozen=True)
class TaskRow:
    task: str
    label: str
    invisible: bool
    minutes: int | None
    referents: int | None


@dataclass(frozen=True)
class TimeStructure:
    referents: int | None
    minutes: int
    invisible: int
    tasks: tuple[TaskRow, ...] = ()
    share_quartiles: tuple[int, int, int] | None = None  # invisible share per referent, in %; None under k

    @property
    def invisible_share(self) -> int:
        return round(100 * self.invisible / self.minutes) if self.minutes else 0


@dataclass(frozen=True)
class FourPoints:
    month: str
    group: str
    noeud: str
    positive: str
    difficulty: str
    new: str
    solution: str
    noeud_id: str = ""  # the vocabulary id behind `noeud` (cdp_noeuds), "" for none


@dataclass(frozen=True)
class Synthesis:
    folder: Path
    made_on: date
    overview: Overview
    refused: tuple[RefusedFile, ...]
    noeuds: tuple[NoeudRow, ...] = ()
    priorities: CrossTable | None = None  # theme × vulnerability
    outcomes: tuple[OutcomeRow, ...] = ()
    outcome_situations: int | None = None
    shortages: CrossTable | None = None  # (resource type — commune) × shortage status
    time: TimeStructure = field(default_factory=lambda: TimeStructure(None, 0, 0))
    four_points: tuple[FourPoints, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.overview.cdp_bundles or self.overview.work_bundles)


def merge_folder(folder: Path, progress: Callable[[int, int], None] | None = None) -> Synthesis:
    """Read, check and merge every bundle under `folder`; never raises for a bad file."""
    return synthesise(read_folder(Path(folder), progress))


def synthesise(reading: FolderReading) -> Synthesis:
    con = connect(reading)
    try:
        return Synthesis(
            folder=reading.folder,
            made_on=clock.today(),
            overview=_overview(con, reading),
            refused=tuple(reading.refused),
            noeuds=_noeuds(con),
            priorities=_priorities(con),
            **_outcomes(con),
            shortages=_shortages(con),
            time=_time(con),
            four_points=_four_points(con),
        )
    finally:
        con.close()


def _overview(con, reading: FolderReading) -> Overview:
    sessions, situations, referents, first, last = con.execute(sql.OVERVIEW).fetchone()
    return Overview(
        len(reading.of_kind(CDP)),
        len(reading.of_kind(INVISIBLE_WORK)),
        sessions,
        suppressed_count(situations),
        suppressed_count(referents),
        first,
        last,
    )


def _noeuds(con) -> tuple[NoeudRow, ...]:
    rows = con.execute(sql.NOEUDS).fetchall()
    total_sessions, _ = con.execute(sql.NOEUD_TOTALS).fetchone()
    hidden = list_suppression([row[2] for row in rows], total_sessions, [is_small(row[3]) for row in rows])
    return tuple(
        NoeudRow(noeud_id, label, None if flag else sessions, None if flag else referents)
        for (noeud_id, label, sessions, referents), flag in zip(rows, hidden, strict=True)
    )


def _priorities(con) -> CrossTable:
    rows = con.execute(sql.THEME_VULNERABILITY).fetchall()
    return cross_table(rows, lambda keys: keys[0] or NO_THEME, lambda keys: keys[1], 1, 2)


def _outcomes(con) -> dict:
    rows = con.execute(sql.OUTCOMES).fetchall()
    total = next((row[2] for row in rows if row[0] == 1), 0)
    lines = sorted((row for row in rows if row[0] == 0), key=lambda row: (-row[2], row[1]))
    shortage = {_label(SHORTAGE_VOCABULARY, status) for status in SHORTAGE_STATUSES}
    hidden = list_suppression([row[2] for row in lines], total, [is_small(row[2]) for row in lines])
    outcomes = tuple(
        OutcomeRow(status, status in shortage, None if flag else situations, None if flag else referents)
        for (_, status, situations, referents), flag in zip(lines, hidden, strict=True)
    )
    return {"outcomes": outcomes, "outcome_situations": suppressed_count(total)}


def _shortages(con) -> CrossTable:
    labels = [_label(SHORTAGE_VOCABULARY, status) for status in SHORTAGE_STATUSES]
    rows = con.execute(sql.SHORTAGES, {"statuses": labels}).fetchall()
    return cross_table(
        rows,
        lambda keys: f"{keys[0] or NO_TYPE}{ROW_PARTS}{keys[1] or NO_COMMUNE}",
        lambda keys: keys[2],
        1,
        6,
        column_order=labels,
    )


def _time(con) -> TimeStructure:
    rows = con.execute(sql.TASK_MINUTES).fetchall()
    minutes = sum(row[3] for row in rows)
    invisible = sum(row[3] for row in rows if row[2])
    referent_count, quartiles = con.execute(
        sql.SHARE_SPREAD.format(referent_shares=sql.REFERENT_SHARES)
    ).fetchone()
    tasks: list[TaskRow] = []
    for kind in (True, False):  # the invisible and face-to-face totals are both published
        lines = [row for row in rows if bool(row[2]) == kind]
        kind_total = sum(row[3] for row in lines)
        hidden = list_suppression([row[3] for row in lines], kind_total, [is_small(row[4]) for row in lines])
        tasks += [
            TaskRow(task, label or task, kind, *(hide([m, n], [flag, flag])))
            for (task, label, _, m, n), flag in zip(lines, hidden, strict=True)
        ]
    spread = None
    if referent_count and not is_small(referent_count) and quartiles:
        spread = tuple(round(100 * value) for value in quartiles)
    tasks.sort(key=lambda row: (not row.invisible, -(row.minutes or 0), row.label))
    return TimeStructure(suppressed_count(referent_count or 0), minutes, invisible, tuple(tasks), spread)


def _four_points(con) -> tuple[FourPoints, ...]:
    return tuple(
        FourPoints(*(value or "" for value in row)) for row in con.execute(sql.FOUR_POINTS).fetchall()
    )


def _label(vocabulary: str, term_id: str) -> str:
    return vocabularies()[vocabulary].label(term_id, "fr")
