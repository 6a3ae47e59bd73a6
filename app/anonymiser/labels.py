"""Coarsening helpers for structured fields: 10-year age bands and French month labels."""

from __future__ import annotations

from datetime import date

FRENCH_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
TOP_AGE = 80


def age_band(birth_year: int | None, on: date) -> str:
    """'70–79 ans'; top-coded '80 ans et plus'; 'âge inconnu' without a plausible birth year.
    Only the birth year is known, so the age is the one reached during the year of `on`."""
    if birth_year is None:
        return "âge inconnu"
    age = on.year - birth_year
    if age < 0 or age > 130:
        return "âge inconnu"
    if age >= TOP_AGE:
        return f"{TOP_AGE} ans et plus"
    low = age // 10 * 10
    return f"{low}–{low + 9} ans"


def month_label(d: date | None) -> str:
    """'mars 2026' for any day of March 2026; '' for None."""
    if d is None:
        return ""
    return f"{FRENCH_MONTHS[d.month - 1]} {d.year}"
