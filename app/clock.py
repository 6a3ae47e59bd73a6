"""One place for "now", so that services and tests agree on what today is."""

from datetime import UTC, date, datetime


def now() -> datetime:
    return datetime.now(UTC)


def today() -> date:
    return date.today()


def local_now() -> datetime:
    """The local wall-clock time, naive: what backup file names and "last backup" show."""
    return datetime.now()
