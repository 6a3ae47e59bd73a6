"""The figures of the invisible-work report (DESIGN.md §6): what the referent hands to an employer, a CdP or a
funder to show the organisational work nobody sees (seed 003, §4.6).

For a period of whole months: minutes by task and by month (a stacked chart), the face-to-face / invisible
share, situations ranked by invisible time (pseudonym codes only), minutes spent on mobilisations by their
current outcome, and the headline figures as plain sentences in the report's language (`lang`: fr, nl or en;
app.invisible_work_texts). Everything is summed by SQLite (GROUP BY
month, task, situation, status): a year of a 150,000-entry register never becomes a Python loop over rows.

What is anonymised, and why (DESIGN.md §5.3, k = 5):
- No names, no free text: entry notes, narratives and mobilisation notes are never read here; situations
  appear only by their random pseudonym code.
- Minutes by task and month are sums of the referent's own time, not counts of people: they are shown whole.
- Counts of situations (how many situations had time in the period, how many had time spent on mobilisations
  of a given outcome) are shown as "< 5" when they are 1 to 4, since a small count together with an outcome
  ("refused by the person") could point at someone. They cannot be recovered from totals: no total of the
  per-outcome counts is published, and they do not add up to anything printed (a situation can have
  mobilisations in several outcomes). The minutes of an outcome whose count is suppressed are withheld too,
  with complementary suppression against the shortage and outcome totals (app.invisible_work_suppression).
- When fewer than 5 situations had time, the ranking by situation is withheld entirely (its number of rows
  would give the suppressed count away), and so is the median per situation.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlalchemy import select

from app import clock
from app.errors import ValidationError
from app.exports.log import record_export
from app.invisible_work_queries import period_figures
from app.invisible_work_suppression import withhold_minutes
from app.invisible_work_texts import MONTHS, language, text
from app.invisible_work_texts import month_label as _month_label
from app.time_entries import TimeTotals, invisible_task_ids
from app.vocab import vocabularies
from storage.models import Situation
from storage.register import Register

K = 5  # smallest count of situations shown as such
MONTHS_FR = MONTHS["fr"]  # app.cdp.pdf dates its sessions with them
SUPPRESSED = f"< {K}"
RANKING_SIZE = 15


@dataclass(frozen=True)
class Period:
    """Whole months from `start_month` to `end_month` (both included); any day of a month stands for it."""

    start_month: date
    end_month: date

    def __post_init__(self) -> None:
        object.__setattr__(self, "start_month", self.start_month.replace(day=1))
        object.__setattr__(self, "end_month", self.end_month.replace(day=1))
        if self.end_month < self.start_month:
            start, end = f"{self.start_month:%Y-%m}", f"{self.end_month:%Y-%m}"
            raise ValidationError("period", "period.end_before_start", start=start, end=end)

    @classmethod
    def parse(cls, start: str, end: str) -> Period:
        """From two ``YYYY-MM`` texts (the CLI's --from and --to)."""
        return cls(parse_month(start, "from"), parse_month(end, "to"))

    @property
    def last_day(self) -> date:
        following = self.end_month.replace(day=28) + timedelta(days=4)
        return following - timedelta(days=following.day)

    @property
    def months(self) -> tuple[date, ...]:
        first, last = self.start_month, self.end_month
        count = (last.year - first.year) * 12 + last.month - first.month + 1
        return tuple(
            date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
            for i in range(count)
        )

    @property
    def label(self) -> str:
        """``janvier 2026 – décembre 2026``, or ``mars 2026`` for a single month (French)."""
        return self.label_in("fr")

    @property
    def phrase(self) -> str:
        """The period opening a French sentence: ``De janvier 2026 à mars 2026`` or ``En mars 2026``."""
        return self.phrase_in("fr")

    def label_in(self, lang: str) -> str:
        """The label in `lang`: ``januari 2026 – maart 2026``, ``March 2026``."""
        first, last = month_label(self.start_month, lang), month_label(self.end_month, lang)
        return first if first == last else text("months.range", lang, first=first, last=last)

    def phrase_in(self, lang: str) -> str:
        """The period opening a sentence in `lang`: ``Van januari 2026 tot maart 2026``, ``In March 2026``."""
        first, last = month_label(self.start_month, lang), month_label(self.end_month, lang)
        if first == last:
            return text("months.phrase.one", lang, month=first)
        return text("months.phrase.range", lang, first=first, last=last)


@dataclass(frozen=True)
class TaskMinutes:
    task: str
    label: str
    invisible: bool
    minutes: int


@dataclass(frozen=True)
class MonthTaskMinutes:
    month: date  # first day of the month
    task: str
    minutes: int


@dataclass(frozen=True)
class SituationTime:
    """One row of the ranking: a pseudonym and its minutes; never a name or a note."""

    code: str
    invisible: int
    face_to_face: int

    @property
    def total(self) -> int:
        return self.invisible + self.face_to_face


@dataclass(frozen=True)
class OutcomeMinutes:
    """Minutes spent on mobilisations whose current status is `status`; `situations` is None when 1…4,
    `minutes` None when withheld (app.invisible_work_suppression)."""

    status: str
    label: str
    shortage: bool
    minutes: int | None
    situations: int | None


@dataclass(frozen=True)
class ChartSeries:
    """One layer of the stacked chart: a task, or the other tasks pooled; `values` follow Period.months."""

    label: str
    invisible: bool
    values: tuple[int, ...]
    pooled: bool = False  # the other tasks of its kind, drawn in a greyed tint


@dataclass(frozen=True)
class ReportData:
    period: Period
    generated_on: date
    totals: TimeTotals = field(default_factory=TimeTotals)  # every entry of the period
    situation_totals: TimeTotals = field(default_factory=TimeTotals)  # entries tied to a situation
    by_task: tuple[TaskMinutes, ...] = ()  # most minutes first
    by_month: tuple[MonthTaskMinutes, ...] = ()  # non-zero cells, by month then task
    situation_count: int | None = 0  # None: 1…4, suppressed
    ranking: tuple[SituationTime, ...] = ()  # empty when withheld
    median_invisible_per_situation: int | None = None
    outcomes: tuple[OutcomeMinutes, ...] = ()
    shortage_minutes: int | None = 0  # None: withheld (complementary suppression)
    outcome_minutes: int | None = 0  # all outcomes' minutes; None: withheld
    headlines: tuple[str, ...] = ()
    lang: str = "fr"  # the language of the labels and headlines, and of the PDF and CSV written from them

    @property
    def empty(self) -> bool:
        return self.totals.total == 0

    @property
    def unbound_minutes(self) -> int:
        """Work not tied to a situation (CdP, training, network search)."""
        return self.totals.total - self.situation_totals.total

    @property
    def ranking_withheld(self) -> bool:
        return self.situation_count is None


class InvisibleWorkService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def report(self, period: Period, ranking_size: int = RANKING_SIZE, lang: str = "fr") -> ReportData:
        """All the figures of the report, from aggregate queries in one short read session; labels and
        headlines in `lang` (fr, nl, en; anything else reads French)."""
        lang = language(lang)
        bounds = (period.start_month, period.last_day)
        with self._register.session() as session:
            cells, per_situation, outcomes = period_figures(session, *bounds)
            ranked = _rank(per_situation, ranking_size)
            codes = _codes(session, [situation_id for situation_id, _, _ in ranked])
        data = ReportData(
            period, clock.today(), **_outcome_figures(outcomes, lang), **_task_figures(cells, lang),
            **_situation_figures(per_situation, ranked, codes), lang=lang,
        )  # fmt: skip
        from app.invisible_work_headlines import headlines  # the sentences need the figures' types

        return replace(data, headlines=headlines(data))

    def log_export(self, period: Period, file_format: str, lang: str = "fr") -> None:
        """Record that the report of `period` was exported as `file_format` ("pdf", "csv") in `lang`.

        For a file written by write_report_pdf / write_report_csv; export_report_file
        (app.exports.invisible_work) writes and logs in one step.
        """
        settings = report_settings(period, lang)
        record_export(self._register, "invisible_work", file_format, settings, len(period.months))


def report_settings(period: Period, lang: str = "fr") -> dict[str, str | int]:
    """How a report was exported, as logged (app.exports.log): the period, k and the language, never a
    figure."""
    start, end = f"{period.start_month:%Y-%m}", f"{period.end_month:%Y-%m}"
    return {"from": start, "to": end, "k": K, "lang": language(lang)}


def chart_series(data: ReportData, top_face: int = 3, top_invisible: int = 5) -> tuple[ChartSeries, ...]:
    """Layers of the stacked chart: the main tasks of each kind, then the others of that kind pooled.

    Face-to-face layers come first (bottom of the stack), invisible ones on top, so that the invisible part
    of every bar reads as one block; more invisible tasks are named, since they are what the report is for.
    """
    months = data.period.months
    position = {month: index for index, month in enumerate(months)}
    info = {task.task: task for task in data.by_task}
    face = [task.task for task in data.by_task if not task.invisible][:top_face]
    hidden = [task.task for task in data.by_task if task.invisible][:top_invisible]
    named = face + hidden
    layers: dict[tuple[bool, str], list[int]] = {}
    for cell in data.by_month:
        invisible = info[cell.task].invisible
        key = (invisible, cell.task if cell.task in named else "")
        layers.setdefault(key, [0] * len(months))[position[cell.month]] += cell.minutes
    order = sorted(layers, key=lambda key: (key[0], key[1] == "", named.index(key[1]) if key[1] else 0))
    return tuple(
        ChartSeries(_layer_label(key, info, data.lang), key[0], tuple(layers[key]), pooled=not key[1])
        for key in order
    )


def report_file_name(data: ReportData, suffix: str) -> str:
    """The name suggested for an export, in the report's language: ``onzichtbaar-werk-2026-01-2026-03.pdf``"""
    first, last = f"{data.period.start_month:%Y-%m}", f"{data.period.end_month:%Y-%m}"
    return f"{text('file.stem', data.lang)}-{first}-{last}{suffix}"


def count_text(count: int | None) -> str:
    """A count of situations as printed: ``< 5`` when suppressed."""
    return SUPPRESSED if count is None else f"{count:,}".replace(",", " ")


def suppress(count: int) -> int | None:
    return None if 0 < count < K else count


def month_label(month: date, lang: str = "fr") -> str:
    return _month_label(month, lang)


def parse_month(text: str, field_name: str) -> date:
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        return date(year, month, 1)
    except (ValueError, AttributeError):
        raise ValidationError(field_name, "period.unreadable_month", text=str(text)[:20]) from None


# -- queries -----------------------------------------------------------------------------------------------
# The period's figures: app/invisible_work_queries.py (one statement, no sort).
def _codes(session, situation_ids: list[int]) -> dict[int, str]:
    if not situation_ids:
        return {}
    query = select(Situation.id, Situation.code).where(Situation.id.in_(situation_ids))
    return dict(session.execute(query).all())


# -- shaping -----------------------------------------------------------------------------------------------
def _task_figures(cells, lang: str) -> dict:
    tasks, invisible_ids = vocabularies()["referent_tasks"], invisible_task_ids()
    order = {task: index for index, task in enumerate(tasks.ids())}
    by_task: dict[str, int] = defaultdict(int)
    for _, task, minutes in cells:
        by_task[task] += minutes
    rows = [
        TaskMinutes(task, tasks.label(task, lang), task in invisible_ids, total)
        for task, total in by_task.items()
    ]
    months = [
        MonthTaskMinutes(date.fromisoformat(f"{month}-01"), task, total) for month, task, total in cells
    ]
    invisible = sum(row.minutes for row in rows if row.invisible)
    return {
        "totals": TimeTotals(sum(by_task.values()), invisible),
        "by_task": tuple(sorted(rows, key=lambda row: (-row.minutes, order.get(row.task, len(order))))),
        "by_month": tuple(sorted(months, key=lambda cell: (cell.month, order.get(cell.task, len(order))))),
    }


def _rank(per_situation, size: int) -> list[tuple[int, int, int]]:
    """The `size` situations with the most invisible minutes (then the most minutes, then the oldest id)."""
    if len(per_situation) < K:
        return []  # withheld: see the module docstring
    return sorted(per_situation, key=lambda row: (-row[1], -row[2], row[0]))[:size]


def _situation_figures(per_situation, ranked, codes: dict[int, str]) -> dict:
    figures: dict = {
        "situation_totals": TimeTotals(
            sum(row[2] for row in per_situation), sum(row[1] for row in per_situation)
        ),
        "situation_count": suppress(len(per_situation)),
    }
    if ranked:
        figures["ranking"] = tuple(
            SituationTime(codes[sid], hidden, total - hidden) for sid, hidden, total in ranked
        )
        figures["median_invisible_per_situation"] = round(statistics.median(row[1] for row in per_situation))
    return figures


def _outcome_figures(rows, lang: str) -> dict:
    statuses = vocabularies()["mobilisation_statuses"]
    order = {status: index for index, status in enumerate(statuses.ids())}
    outcomes = [
        OutcomeMinutes(
            status,
            statuses.label(status, lang),
            bool(statuses.get(status) and statuses.get(status).attribute("shortage")),
            minutes,
            suppress(situations),
        )
        for status, minutes, situations in rows
        if minutes
    ]
    outcomes.sort(key=lambda row: order.get(row.status, len(order)))
    shown, shortage, total = withhold_minutes(outcomes)
    return {"outcomes": shown, "shortage_minutes": shortage, "outcome_minutes": total}


def _layer_label(key: tuple[bool, str], info: dict[str, TaskMinutes], lang: str) -> str:
    invisible, task = key
    if task:
        return info[task].label
    return text("others.invisible" if invisible else "others.face", lang)


def percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0
