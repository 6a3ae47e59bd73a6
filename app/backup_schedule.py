"""When to take the daily automatic backup and which ones to keep: pure functions of dates, no files.

The window backs the register up at the first unlock of each day. The daily backups are then thinned the
way many backup tools do ("grandfather-father-son"): the newest backup of each of the 7 most recent days that
have one, of each of the 4 most recent ISO weeks and of each of the 12 most recent months. A backup kept by
any of the three rules stays. So a referent who opens Relais every working day has the last week day by day,
a copy a week for a month and a copy a month for a year; one who opens it once a month keeps a year of them.

Nothing here reads the clock: callers pass "now" (app/clock.py in the application, fixed dates in tests).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
STALE_AFTER = timedelta(days=7)  # older than this, the window warns that the register is not backed up


def is_due(last_daily: date | None, today: date) -> bool:
    """True when no daily backup was made today (a clock set back also counts as a new day)."""
    return last_daily != today


def backups_to_keep(taken: Iterable[datetime], *, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY,
                    monthly: int = KEEP_MONTHLY) -> set[datetime]:
    """The moments (among `taken`) whose backup stays after rotation."""
    newest_first = sorted(set(taken), reverse=True)
    kept: set[datetime] = set()
    for period, count in ((_day, daily), (_iso_week, weekly), (_month, monthly)):
        kept |= _newest_per_period(newest_first, period, count)
    return kept


def backups_to_delete(taken: Iterable[datetime], **keep: int) -> list[datetime]:
    """The moments whose backup goes, oldest first."""
    taken = set(taken)
    return sorted(taken - backups_to_keep(taken, **keep))


def _newest_per_period(newest_first: list[datetime], period: Callable[[datetime], Hashable],
                       count: int) -> set[datetime]:
    kept: dict[Hashable, datetime] = {}
    for moment in newest_first:
        key = period(moment)
        if key in kept:
            continue  # an older backup of a period already represented
        if len(kept) == count:
            break
        kept[key] = moment
    return set(kept.values())


def _day(moment: datetime) -> date:
    return moment.date()


def _iso_week(moment: datetime) -> tuple[int, int]:
    year, week, _weekday = moment.isocalendar()
    return year, week


def _month(moment: datetime) -> tuple[int, int]:
    return moment.year, moment.month


@dataclass(frozen=True)
class BackupState:
    """What the window says about backups: when the last good one was made, how many days ago, and whether
    that is too old (or there is none)."""

    last: datetime | None
    days_since: int | None
    stale: bool


def backup_state(last: datetime | None, now: datetime) -> BackupState:
    """`last` None (never backed up) or older than STALE_AFTER is stale."""
    if last is None:
        return BackupState(None, None, True)
    return BackupState(last, max((now.date() - last.date()).days, 0), now - last > STALE_AFTER)
