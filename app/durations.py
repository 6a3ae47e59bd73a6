"""Durations typed the way referents write them, and back.

`parse_duration` reads a number of minutes from what a referent types in a quick-log row: ``45``, ``45 min``,
``45m``, ``90 minutes``, ``1h30``, ``1 h 30``, ``1h``, ``1:30``, ``1,5 h``, ``1.5h``, ``2 heures``, and the
Dutch ``1u30`` / ``2 uur``. A bare integer means minutes (the common case after a call). A bare decimal
(``1,5``) is refused rather than guessed: "1,5 minute" is meaningless and silently reading hours would turn a
typo into wrong figures in the employer's report; the message says how to write it.

`format_duration` writes minutes back the way they are written in the reader's language: ``1 h 30`` in French
and English, ``1 u 30`` in Dutch (Flemish writing: "uur", as the parser reads ``1u30``).

Refusals raise :class:`DurationError` (a ``ValueError``) whose code says why: unreadable, zero,
negative, or more than 24 h in one entry. `reason` carries a stable code for the UI and the tests.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from app.errors import CodedError

MAX_MINUTES = 24 * 60
HOUR_SYMBOLS = {"fr": "h", "nl": "u", "en": "h"}  # Dutch writes "1 u 30" (uur); any other language reads "h"

_NUMBER = r"[0-9]+(?:[.,][0-9]+)?"
_HOUR_UNITS = r"h|hr|hrs|heure|heures|hour|hours|u|uur|uren"
_MINUTE_UNITS = r"m|mn|min|mins|minute|minutes|minuut|minuten"
# "1h30", "1 h 30 min", "1,5 h", "2 heures", "1u30": hours, then optional whole minutes.
_HOURS = re.compile(
    rf"(?P<hours>{_NUMBER}) ?(?:{_HOUR_UNITS})(?: ?(?P<minutes>[0-9]+) ?(?:{_MINUTE_UNITS})?)?"
)
_CLOCK = re.compile(r"(?P<hours>[0-9]+):(?P<minutes>[0-9]{2})")  # "1:30"
_MINUTES = re.compile(rf"(?P<minutes>{_NUMBER}) ?(?P<unit>{_MINUTE_UNITS})?")  # "45", "45 min"
_NEGATIVE = re.compile(r"^[-−–]\s*[0-9]")
# Two ways of being unreadable that the quick log treats like any other unreadable text.
_REASONS = {"duration.fractional_minutes": "unreadable", "duration.minutes_over_59": "unreadable"}


class DurationError(CodedError, ValueError):
    """A duration that cannot be recorded; `code` says why (``duration.zero``), `reason` is its last part."""

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__(code, **params)
        self.reason = _REASONS.get(self.code, self.code.rsplit(".", 1)[-1])


def parse_duration(text: str) -> int:
    """Minutes (1 … 1440) read from `text`; raises DurationError with the reason otherwise."""
    cleaned = _normalise(text)
    if not cleaned:
        raise DurationError("duration.empty")
    if _NEGATIVE.match(cleaned):
        raise DurationError("duration.negative")
    exact = _read(cleaned)
    # Compared before rounding: quantize() would fail on absurdly long numbers pasted by mistake.
    if exact > MAX_MINUTES:
        raise DurationError("duration.too_long")
    minutes = int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if minutes == 0:
        raise DurationError("duration.zero")
    return minutes


def format_duration(minutes: int, language: str = "fr") -> str:
    """``45 min``, ``1 h``, ``1 h 05``, ``1 234 h 30`` (Dutch ``1 u 05``): what `parse_duration` reads back
    (below 24 h) in every language."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0:
        raise ValueError(f"invalid minutes: {minutes!r}")
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return f"{rest} min"
    hour = hour_symbol(language)
    grouped = f"{hours:,}".replace(",", " ")  # thousands by a space (SI), as the reports' other numbers
    return f"{grouped} {hour}" if rest == 0 else f"{grouped} {hour} {rest:02d}"


def format_hours(minutes: int, language: str = "fr") -> str:
    """Whole hours for large totals (charts, headlines): ``1 234 h`` (Dutch ``1 234 u``); under an hour,
    ``45 min``."""
    if minutes < 60:
        return f"{max(minutes, 0)} min"
    grouped = f"{(minutes + 30) // 60:,}".replace(",", " ")  # half-up: 90 min is "2 h"
    return f"{grouped} {hour_symbol(language)}"


def hour_symbol(language: str) -> str:
    """The hour's symbol: "h", or "u" in Dutch (also for a chart's axis of hours)."""
    return HOUR_SYMBOLS.get(language, HOUR_SYMBOLS["fr"])


def _normalise(text: object) -> str:
    if not isinstance(text, str):
        return ""
    spaced = re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))
    return spaced.strip().lower().replace("min.", "min")


def _read(text: str) -> Decimal:
    if match := _CLOCK.fullmatch(text):
        return _hours_and_minutes(Decimal(match["hours"]), match["minutes"], text)
    if match := _HOURS.fullmatch(text):
        hours = _decimal(match["hours"])
        if match["minutes"] is not None and hours != hours.to_integral_value():
            raise _unreadable(text)  # "1,5 h 30" mixes two ways of writing the same thing
        return _hours_and_minutes(hours, match["minutes"], text)
    if match := _MINUTES.fullmatch(text):
        minutes = _decimal(match["minutes"])
        if minutes != minutes.to_integral_value():
            if match["unit"] is None:
                raise DurationError("duration.ambiguous", text=text)
            raise DurationError("duration.fractional_minutes")
        return minutes
    raise _unreadable(text)


def _hours_and_minutes(hours: Decimal, minutes: str | None, text: str) -> Decimal:
    extra = Decimal(minutes) if minutes else Decimal(0)
    if extra >= 60:
        raise DurationError("duration.minutes_over_59", text=text)
    return hours * 60 + extra


def _decimal(number: str) -> Decimal:
    return Decimal(number.replace(",", "."))


def _unreadable(text: str) -> DurationError:
    shown = text if len(text) <= 20 else text[:20] + "…"
    return DurationError("duration.unreadable", text=shown)
