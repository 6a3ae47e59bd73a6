"""Validated patterns, by family: identifier numbers (`numbers`: NISS/BIS, IBAN, plates, old account and
card numbers), phones and e-mails (`contacts`), addresses and postcodes (`addresses`), dates of birth
(`dates`), names announced by a title or a relation (`names`) or by their context (`name_contexts`)."""

from app.anonymiser.patterns.addresses import STREET_WITHOUT_NUMBER, find_addresses
from app.anonymiser.patterns.base import SHAPED, VALIDATED, WEAK
from app.anonymiser.patterns.contacts import find_emails, find_phones, phone_key
from app.anonymiser.patterns.dates import find_birth_dates
from app.anonymiser.patterns.name_contexts import find_apposed_names, find_context_names
from app.anonymiser.patterns.names import find_announced_names
from app.anonymiser.patterns.nicknames import find_names_after_organisations, find_nicknames
from app.anonymiser.patterns.numbers import NUMBER_RULES, find_numbers
from app.anonymiser.patterns.quasi import find_quasi_identifiers

__all__ = [
    "NUMBER_RULES",
    "SHAPED",
    "STREET_WITHOUT_NUMBER",
    "VALIDATED",
    "WEAK",
    "find_addresses",
    "find_announced_names",
    "find_apposed_names",
    "find_birth_dates",
    "find_context_names",
    "find_emails",
    "find_names_after_organisations",
    "find_nicknames",
    "find_numbers",
    "find_phones",
    "find_quasi_identifiers",
    "phone_key",
]
