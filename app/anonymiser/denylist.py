"""The deny list: identifiers taken from the register itself (names, streets, phones, emails).

Names are matched as sequences of folded word tokens, so case, accents, apostrophes and hyphens do not
matter ("Jean-Pierre", "jean pierre", "JEAN-PIERRE", "d’Amrani", "DUBOIS") and matches always fall on
word boundaries. Which sequences each entry gives is in `register_variants`; phones in `register_phones`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from app.anonymiser.folding import Folded, tokens_of
from app.anonymiser.model import ADRESSE, EMAIL, PERSONNE, TELEPHONE, Hit
from app.anonymiser.register_phones import RegisterPhones
from app.anonymiser.register_variants import (
    Variant,
    is_a_person,
    judge,
    name_parts,
    person_variants,
    rank,
    street_variants,
)

_REGISTER_PRIORITY = 3
_GAP = re.compile(r"[\s.'\-,]{1,4}")
_HOUSE_NUMBER = re.compile(
    r"[ \t,]*(?:n°\s*|no\s+)?\d{1,4}(?:\s?[a-zA-Z](?![a-zA-Z]))?(?:\s?[/-]\s?\d{1,4}[a-zA-Z]?)?"
    r"(?:\s*,?\s*(?:bte|boîte|boite|bus|bt|b)\.?\s*\w{1,4})?"
)
_EMAIL_SHAPE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w-])")


class DenyList:
    """Identifiers from the register. Build it with `from_session` (whole register) or from plain terms."""

    def __init__(
        self,
        names: Iterable[str | tuple[str, str]] = (),
        streets: Iterable[str] = (),
        phones: Iterable[str] = (),
        emails: Iterable[str] = (),
    ) -> None:
        # tokens → (entity keys, variant)
        self._variants: dict[tuple[str, ...], tuple[set[str], Variant]] = {}
        self._by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        self._phones = RegisterPhones()
        self._emails: set[str] = set()
        self.size = 0
        for index, name in enumerate(names):
            first, last = (
                (list(tokens_of(name[0])), list(tokens_of(name[1])))
                if isinstance(name, tuple)
                else name_parts(name)
            )
            self._add_person(f"registre:{index}", first, last)
        for street in streets:
            entity, variants = street_variants(street)
            for variant in variants:
                self._add(variant.tokens, entity, variant)
        for phone in phones:
            self._phones.add(phone)
        self._emails.update(email.strip().casefold() for email in emails if email and "@" in email)
        self._finish()

    # -- building --------------------------------------------------------------------------------------
    @classmethod
    def from_session(cls, session) -> DenyList:
        """Every person and network member of the register (names, addresses, phones, emails)."""
        return cls(**cls.read_entries(session))

    @staticmethod
    def read_entries(session) -> dict[str, list]:
        """What `from_session` builds from, read in one go: callers build the list (0.5 s and more on a large
        register) after their transaction has ended, so that it never holds the register meanwhile."""
        from sqlalchemy import select

        from storage.models import NetworkMember, Person

        names: list[str | tuple[str, str]] = []
        streets: list[str] = []
        phones: list[str] = []
        emails: list[str] = []
        person_rows = session.execute(
            select(Person.first_name, Person.last_name, Person.address, Person.phone, Person.email)
        )
        for first, last, address, phone, email in person_rows:
            names.append((first or "", last or ""))
            streets.append(address or "")
            phones.append(phone or "")
            emails.append(email or "")
        member_rows = session.execute(select(NetworkMember.name, NetworkMember.phone, NetworkMember.email))
        for name, phone, email in member_rows:
            names.append(name or "")
            phones.append(phone or "")
            emails.append(email or "")
        return {"names": names, "streets": streets, "phones": phones, "emails": emails}

    def _add(self, tokens: tuple[str, ...], entity: str, variant: Variant) -> None:
        if not tokens:
            return
        known = self._variants.get(tokens)
        if known is None:
            self._variants[tokens] = ({entity}, variant)
        else:
            known[0].add(entity)
            # The most specific description wins: a full name beats a lone name, a name beats initials.
            if rank(variant) > rank(known[1]):
                self._variants[tokens] = (known[0], variant)

    def _add_person(self, entity: str, first: list[str], last: list[str]) -> None:
        if is_a_person(first, last):
            self.size += 1
        for variant in person_variants(first, last):
            self._add(variant.tokens, entity, variant)

    def _finish(self) -> None:
        for tokens in self._variants:
            self._by_first[tokens[0]].append(tokens)
        for starts in self._by_first.values():
            starts.sort(key=len, reverse=True)

    # -- queries ---------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._variants) + len(self._phones) + len(self._emails)

    def terms(self) -> list[str]:
        """The folded name and street variants (for tests and diagnostics; identifying: never log them)."""
        return [" ".join(tokens) for tokens in self._variants]

    def single_names(self) -> list[tuple[str, bool]]:
        """The lone names (folded) and whether each is also a common word."""
        return [(t[0], v.common) for t, (_, v) in self._variants.items() if v.single]

    def name_words(self) -> list[tuple[str, str]]:
        """(folded lone name, placeholder key) for every lone first or last name of the register."""
        words = []
        for tokens, (entities, variant) in self._variants.items():
            if variant.single and variant.kind == PERSONNE:
                key = next(iter(entities)) if len(entities) == 1 else "nom:" + tokens[0]
                words.append((tokens[0], key))
        return words

    def has_phone(self, country: int, national: int | str) -> bool:
        return self._phones.has(country, national)

    def has_email(self, email: str) -> bool:
        return email.casefold() in self._emails

    def find(self, folded: Folded, lowercase_text: bool) -> tuple[list[Hit], list[Hit]]:
        """(hits, candidates): candidates are lone common-word names written in lower case in a normally
        capitalised text ("une robe rose"), left in clear for the review screen."""
        hits: list[Hit] = []
        candidates: list[Hit] = []
        tokens = folded.tokens()
        index = 0
        while index < len(tokens):
            matches = self._matches_at(folded, tokens, index)
            if matches and matches[0][2].kind == ADRESSE:
                hit, index = self._address_at(folded, tokens, index, matches[0])
                hits.append(hit)
                continue
            found = self._name_at(folded, tokens, index, matches, lowercase_text) if matches else None
            if found is None:
                index += 1
                continue
            hit, keep_in_clear, length = found
            (candidates if keep_in_clear else hits).append(hit)
            index += length
        hits.extend(self._find_phones_and_emails(folded.source))
        return hits, candidates

    def _address_at(self, folded: Folded, tokens, index: int, match) -> tuple[Hit, int]:
        """The register street at tokens[index] with its house number, and the index of the next token."""
        length, entities, variant = match
        source_start, source_end = folded.span(tokens[index][1], tokens[index + length - 1][2])
        number = _HOUSE_NUMBER.match(folded.source, source_end)
        if number and number.group().strip(" ,"):
            source_end = number.end()
        key = _key(entities, variant)
        hit = Hit(
            source_start, source_end, ADRESSE, "register", variant.detail, key, False, _REGISTER_PRIORITY
        )
        index += length
        while (
            index < len(tokens)
            and tokens[index][1] < len(folded.text)
            and folded.span(tokens[index][1], tokens[index][2])[0] < source_end
        ):
            index += 1
        return hit, index

    def _name_at(self, folded: Folded, tokens, index: int, matches, lowercase_text: bool):
        """(hit, keep in clear, number of tokens) of the longest name match that is a name here, or None
        ("fatima a" rejected → "fatima")."""
        source = folded.source
        for length, entities, variant in matches:
            if variant.kind == ADRESSE:
                continue
            source_start, source_end = folded.span(tokens[index][1], tokens[index + length - 1][2])
            original = source[source_start:source_end]
            decision = judge(variant, original, source, source_start, source_end, lowercase_text)
            if decision is not None:
                ambiguous, detail, keep_in_clear = decision
                key = _key(entities, variant)
                hit = Hit(
                    source_start, source_end, PERSONNE, "register", detail, key, ambiguous, _REGISTER_PRIORITY
                )
                return hit, keep_in_clear, length
        return None

    def _matches_at(self, folded: Folded, tokens, index: int) -> list:
        """Every variant matching at tokens[index], longest first."""
        token = tokens[index][0]
        found = []
        for candidate in self._by_first.get(token, ()):
            length = len(candidate)
            if index + length > len(tokens):
                continue
            if all(tokens[index + k][0] == candidate[k] for k in range(length)) and all(
                _GAP.fullmatch(folded.text, tokens[index + k][2], tokens[index + k + 1][1])
                for k in range(length - 1)
            ):
                entities, variant = self._variants[candidate]
                found.append((length, entities, variant))
        return found

    def _find_phones_and_emails(self, source: str) -> list[Hit]:
        hits = [
            Hit(start, end, TELEPHONE, "register", "téléphone du registre", "tel:" + digits[-8:], False, 3)
            for start, end, digits in self._phones.spans(source)
        ]
        if self._emails:
            for match in _EMAIL_SHAPE.finditer(source):
                email = match.group().casefold()
                if email in self._emails:
                    detail, key = "adresse e-mail du registre", "email:" + email
                    hits.append(Hit(match.start(), match.end(), EMAIL, "register", detail, key, False, 3))
        return hits


def _key(entities: set[str], variant: Variant) -> str:
    """One register entity's own key; a variant shared by several entities is keyed by its tokens."""
    return next(iter(entities)) if len(entities) == 1 else "nom:" + " ".join(variant.tokens)
