"""The daily backup's rotation (7 daily, 4 weekly, 12 monthly) and its "due" and "stale" rules, on fixed
dates: weeks and months are crossed by walking a calendar day by day (issue 12)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.backup_schedule import backup_state, backups_to_delete, backups_to_keep, is_due


def _every_day(first: date, days: int, hour: int = 9) -> list[datetime]:
    return [datetime(first.year, first.month, first.day, hour) + timedelta(days=n) for n in range(days)]


def test_a_week_of_backups_is_kept_whole():
    week = _every_day(date(2026, 12, 1), 7)
    assert backups_to_keep(week) == set(week)
    assert backups_to_delete(week) == []


def test_a_year_of_daily_backups_keeps_days_weeks_and_month_ends():
    year = _every_day(date(2026, 1, 1), 365)  # 2026-01-01 … 2026-12-31
    kept = backups_to_keep(year)
    days = {moment.date() for moment in kept}
    last_seven = {date(2026, 12, 31) - timedelta(days=n) for n in range(7)}
    assert last_seven <= days
    # the newest backup of each of the 4 most recent ISO weeks: 31 Dec (week 53 runs into 2027), then the
    # Sundays 27 (also one of the last seven days), 20 and 13 Dec
    assert {date(2026, 12, 27), date(2026, 12, 20), date(2026, 12, 13)} <= days
    # the newest of each of the 12 months: every month's last day
    assert {date(2026, month + 1, 1) - timedelta(days=1) for month in range(1, 12)} <= days
    assert date(2026, 12, 6) not in days  # a Sunday, but of the fifth most recent week
    assert len(kept) == 7 + 2 + 11  # overlaps counted once (31 Dec is the newest of its day, week and month)
    assert len(backups_to_delete(year)) == 365 - len(kept)


def test_weeks_across_a_new_year_follow_the_iso_calendar():
    # 2026-12-28 (Monday) to 2027-01-03 (Sunday) is ISO week 53 of 2026: one week, not two
    days = _every_day(date(2026, 12, 14), 21)  # up to 2027-01-03
    kept = backups_to_keep(days, daily=1, weekly=2, monthly=0)
    assert kept == {datetime(2027, 1, 3, 9), datetime(2026, 12, 27, 9)}


def test_two_backups_on_one_day_keep_the_newest():
    morning, evening = datetime(2026, 12, 5, 8), datetime(2026, 12, 5, 18)
    assert backups_to_keep([morning, evening]) == {evening}
    assert backups_to_delete([morning, evening]) == [morning]


def test_rare_use_keeps_one_backup_per_month_for_a_year():
    # opened on the 1st of every month for two years: the 12 most recent months stay
    monthly = [datetime(2025 + (m // 12), m % 12 + 1, 1, 10) for m in range(24)]
    kept = backups_to_keep(monthly)
    assert kept == set(monthly[-12:])
    assert backups_to_delete(monthly) == monthly[:12]


def test_the_backup_is_due_once_a_day():
    assert is_due(None, date(2026, 12, 5))
    assert is_due(date(2026, 12, 4), date(2026, 12, 5))
    assert not is_due(date(2026, 12, 5), date(2026, 12, 5))
    assert is_due(date(2026, 12, 6), date(2026, 12, 5))  # a clock set back: back up rather than wait


def test_a_backup_older_than_seven_days_is_stale():
    now = datetime(2026, 12, 10, 9)
    assert backup_state(None, now).stale
    assert not backup_state(datetime(2026, 12, 3, 10), now).stale
    old = backup_state(datetime(2026, 12, 3, 8), now)
    assert old.stale and old.days_since == 7
