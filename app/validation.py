"""Input checks shared by the services: vocabulary ids, years, dates, contact formats."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from app.errors import ValidationError
from app.vocab import vocabularies

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SEXES = ("f", "m", "x")


def check_term(vocabulary: str, value: str | None, field: str, *, optional: bool = True) -> None:
    if value is None or value == "":
        if optional:
            return
        raise ValidationError(field, "validation.required")
    if value not in vocabularies()[vocabulary]:
        raise ValidationError(field, "validation.unknown_term", value=value)


def check_terms(vocabulary: str, values: Iterable[str], field: str) -> tuple[str, ...]:
    """Validate and de-duplicate (keeping order) a multi-valued vocabulary field."""
    seen: list[str] = []
    for value in values:
        check_term(vocabulary, value, field, optional=False)
        if value not in seen:
            seen.append(value)
    return tuple(seen)


def check_birth_year(year: int | None, today: date) -> None:
    if year is not None and not 1900 <= year <= today.year:
        raise ValidationError("birth_year", "validation.birth_year", year=year)


def check_sex(sex: str | None) -> None:
    if sex not in (None, "", *SEXES):
        raise ValidationError("sex", "validation.sex")


def check_email(email: str, field: str = "email") -> None:
    if email and not _EMAIL.match(email.strip()):
        raise ValidationError(field, "validation.email")


def check_not_future(value: date | None, field: str, today: date) -> None:
    if value is not None and value > today:
        raise ValidationError(field, "validation.date_in_future")


def check_text_length(value: str, limit: int, field: str) -> None:
    """Text the register can store (valid Unicode: no lone surrogate) within the service's `limit`."""
    if len(value) > limit:
        raise ValidationError(field, "validation.field_too_long", max=limit)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(field, "validation.invalid_text") from None
