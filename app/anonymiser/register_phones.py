"""The register's phone numbers, looked up whatever their separators and prefix (0, +32, 0032, +32 (0)…).

Phones are found by a generic scan of digit runs and looked up in sets: one regex alternative per register
entry took seconds to compile on a register of thousands of people.
"""

from __future__ import annotations

import re

import phonenumbers

_NATIONAL_BE = re.compile(r"0[1-9][\d\s./\-]{7,14}")
_DIGIT_RUN = re.compile(r"(?<![\w+])\+?\d[\d\s./\-()]*\d(?!\d)")


class RegisterPhones:
    def __init__(self) -> None:
        self._digits: set[str] = set()  # "country:national"
        self._nationals: dict[str, set[str]] = {}  # national number → countries

    def add(self, phone: str) -> None:
        digits = re.sub(r"\D", "", phone or "")
        if len(digits) < 6:
            return
        if _NATIONAL_BE.fullmatch(phone.strip()):
            # A Belgian number in national form ("0470 12 34 56", "02/555.12.12"): what phonenumbers would
            # give, without its parser (12,000 phones of a large register took a second).
            self._add_entry(f"32:{digits[1:]}")
            return
        try:
            number = phonenumbers.parse(phone, "BE")
            national = str(number.national_number)
            country = str(number.country_code)
        except phonenumbers.NumberParseException:
            national, country = digits.lstrip("0"), "32"
        self._add_entry(f"{country}:{national}")

    def _add_entry(self, entry: str) -> None:
        self._digits.add(entry)
        country, national = entry.split(":", 1)
        self._nationals.setdefault(national, set()).add(country)

    def __len__(self) -> int:
        return len(self._digits)

    def has(self, country: int, national: int | str) -> bool:
        return f"{country}:{national}" in self._digits

    def spans(self, source: str) -> list[tuple[int, int, str]]:
        """(start, end, digits) of the spans of `source` that spell a register phone: every run of digit
        groups is tried on each contiguous sub-run of its groups, longest first."""
        if not self._nationals:
            return []
        found: list[tuple[int, int, str]] = []
        for run in _DIGIT_RUN.finditer(source):
            found.extend(self._spans_in_run(run))
        return found

    def _spans_in_run(self, run: re.Match) -> list[tuple[int, int, str]]:
        groups = list(re.finditer(r"\d+", run.group()))
        plus = run.group().startswith("+")
        found: list[tuple[int, int, str]] = []
        taken_until = -1
        for i in range(len(groups)):
            for j in range(len(groups) - 1, i - 1, -1):
                digits = "".join(g.group() for g in groups[i : j + 1])
                if groups[i].start() >= taken_until and self._is_register_phone(digits, plus and i == 0):
                    start = run.start() + (0 if plus and i == 0 else groups[i].start())
                    found.append((start, run.start() + groups[j].end(), digits))
                    taken_until = groups[j].end()
                    break
        return found

    def _is_register_phone(self, digits: str, plus: bool) -> bool:
        if not 6 <= len(digits) <= 17:
            return False
        if plus or digits.startswith("00"):
            body = digits if plus else digits[2:]
            for size in (1, 2, 3):
                country, rest = body[:size], body[size:]
                for national in (rest, rest[1:] if rest.startswith("0") else None):  # "+32 (0)2 …"
                    if national and country in self._nationals.get(national, ()):
                        return True
            return False
        if digits.startswith("0") and digits[1:] in self._nationals:
            return True
        countries = self._nationals.get(digits, set())
        return bool(countries - {"32"})  # a foreign number written without its trunk prefix
