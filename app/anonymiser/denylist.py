"""The deny list: identifiers taken from the register itself (names, streets, phones, emails).

Names are matched as sequences of folded word tokens, so case, accents, apostrophes and hyphens do not
matter ("Jean-Pierre", "jean pierre", "JEAN-PIERRE", "d’Amrani", "DUBOIS") and matches always fall on
word boundaries. From each name the list derives: the full name in both orders, each first or last name
alone, compound parts and their concatenation ("El Amrani", "Elamrani", "Amrani"), and initials
("J.-P. Dubois", "JP Dubois", "Marie D.", "J.-P. D.", "M. D.").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers

from app.anonymiser.folding import Folded, fold_text, tokens_of
from app.anonymiser.lexicon import PARTICLES, RELATIONS, TITLES, is_common_word
from app.anonymiser.model import ADRESSE, EMAIL, PERSONNE, TELEPHONE, Hit

_GAP = re.compile(r"[\s.'\-,]{1,4}")
_STREET_ABBREVIATIONS = {
    "rue": ("r",),
    "avenue": ("av", "ave", "avn"),
    "chaussee": ("ch", "chee", "chs"),
    "boulevard": ("bd", "bld", "boul", "bvd"),
    "place": ("pl",),
    "square": ("sq",),
    "impasse": ("imp",),
    "allee": ("al",),
    "steenweg": ("stwg",),
    "laan": ("ln",),
    "straat": ("str",),
}
_HOUSE_NUMBER = re.compile(
    r"[ \t,]*(?:n°\s*|no\s+)?\d{1,4}(?:\s?[a-zA-Z](?![a-zA-Z]))?(?:\s?[/-]\s?\d{1,4}[a-zA-Z]?)?"
    r"(?:\s*,?\s*(?:bte|boîte|boite|bus|bt|b)\.?\s*\w{1,4})?"
)
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SINGLE_MIN = 2

# Before a register name that is also a common word, in a text without capitals: words after which it can
# only be the word ("un petit coup", "très blanche", "een bakker"), never the person's name.
_WORD_READING_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:un|une|le|la|l['’]|du|au|ce|cet|cette|mon|ma|ton|ta|son|sa|notre|votre|tres|trop|"
    r"plus|moins|assez|si|tout|toute|een|het|zeer|heel|erg|te)\s+$"
)


@dataclass(frozen=True)
class _Variant:
    tokens: tuple[str, ...]
    kind: str
    detail: str
    single: bool = False  # one first or last name on its own
    initials: bool = False  # made of initials only ("J.-P.", "M. D.")
    mixed_initials: bool = False  # initials and a name ("J. Dubois", "Marie D.")
    common: bool = False  # the lone name is also an ordinary French word


def _name_parts(raw: str) -> tuple[list[str], list[str]]:
    """A free-text name ("Mme Fatima El Amrani", "Dr. Peeters", "Jean-Pierre (fils)") → (first, last)
    tokens, titles, relations and parenthesised remarks dropped."""
    tokens = [t for t in tokens_of(_PARENTHESES.sub(" ", raw)) if t not in TITLES and t not in RELATIONS]
    while tokens and tokens[0] in PARTICLES and len(tokens) > 1 and tokens[0] in ("de", "du", "la", "le"):
        tokens = tokens[1:]
    if len(tokens) <= 1:
        return [], tokens
    # The last name is the last token with the particles just before it ("El Amrani", "Van den Broeck").
    index = len(tokens) - 1
    while index > 0 and tokens[index - 1] in PARTICLES:
        index -= 1
    if index == 0:
        return [], tokens
    return tokens[:index], tokens[index:]


def _core(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in PARTICLES]


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
        self._variants: dict[tuple[str, ...], tuple[set[str], _Variant]] = {}
        self._by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        self._phone_digits: set[str] = set()
        self._emails: set[str] = set()
        self.size = 0
        for index, name in enumerate(names):
            if isinstance(name, tuple):
                first, last = name
                self._add_person(f"registre:{index}", list(tokens_of(first)), list(tokens_of(last)))
            else:
                first_tokens, last_tokens = _name_parts(name)
                self._add_person(f"registre:{index}", first_tokens, last_tokens)
        for street in streets:
            self._add_street(street)
        for phone in phones:
            self._add_phone(phone)
        for email in emails:
            if email and "@" in email:
                self._emails.add(email.strip().casefold())
        self._finish()

    # -- building --------------------------------------------------------------------------------------
    @classmethod
    def from_session(cls, session) -> DenyList:
        """Every person and network member of the register (names, addresses, phones, emails)."""
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
        return cls(names=names, streets=streets, phones=phones, emails=emails)

    def _add(self, tokens: tuple[str, ...], entity: str, variant: _Variant) -> None:
        if not tokens:
            return
        known = self._variants.get(tokens)
        if known is None:
            self._variants[tokens] = ({entity}, variant)
        else:
            known[0].add(entity)
            # The most specific description wins: a full name beats a lone name, a name beats initials.
            if _rank(variant) > _rank(known[1]):
                self._variants[tokens] = (known[0], variant)

    def _add_person(self, entity: str, first: list[str], last: list[str]) -> None:
        first_core, last_core = _core(first), _core(last)
        if not first_core and not last_core:
            # A name made only of a particle ("kiné Ben", "Tante Al"): still a name, matched like a name
            # that is also a common word (capitalised: masked, ambiguous; lower case: a candidate).
            alone = {t for t in (*first, *last) if len(t) >= _SINGLE_MIN}
            if alone:
                self.size += 1
            for token in alone:
                detail = "nom du registre, aussi une particule"
                self._add((token,), entity, _Variant((token,), PERSONNE, detail, single=True, common=True))
            return
        self.size += 1
        full = "nom complet du registre"
        for sequence in (first + last, last + first, first_core + last_core, last_core + first_core):
            if len(sequence) > 1:
                self._add(tuple(sequence), entity, _Variant(tuple(sequence), PERSONNE, full))
        # Compound parts, joined or not: "jean pierre", "jeanpierre", "el amrani", "elamrani".
        for part in (first, last, first_core, last_core):
            if len(part) > 1:
                self._add(tuple(part), entity, _Variant(tuple(part), PERSONNE, full))
                joined = ("".join(part),)
                self._add(joined, entity, _Variant(joined, PERSONNE, full))
        if first and last:
            joined_full = ("".join(first), "".join(last))
            self._add(joined_full, entity, _Variant(joined_full, PERSONNE, full))
        # Each name alone.
        for token in {*first_core, *last_core}:
            if len(token) >= _SINGLE_MIN:
                common = is_common_word(token)
                detail = "nom du registre, aussi un mot courant" if common else "nom du registre"
                self._add((token,), entity, _Variant((token,), PERSONNE, detail, single=True, common=common))
        # Initials.
        first_initials = [t[0] for t in first_core]
        last_initial = [last_core[0][0]] if last_core else []
        if last and last_core and last[0][0] != last_initial[0]:  # "El Amrani": "A." and "E."
            for sequence in ((*first_core, last[0][0]), (*(t[0] for t in first_core), last[0][0])):
                kind = (
                    "mixed_initials"
                    if first_core and len(sequence) > len(first_core) and len(first_core[0]) > 1
                    else "initials"
                )
                self._add(
                    tuple(sequence),
                    entity,
                    _Variant(tuple(sequence), PERSONNE, "initiales du registre", **{kind: True}),
                )
        if first_initials and last_core:
            detail = "initiales et nom du registre"
            for sequence in (
                (*first_initials, *last),
                (*first_initials, *last_core),
                ("".join(first_initials), *last_core),
                (*first_core, *last_initial),
                (*first, *last_initial),
            ):
                self._add(
                    tuple(sequence), entity, _Variant(tuple(sequence), PERSONNE, detail, mixed_initials=True)
                )
            detail = "initiales du registre"
            for sequence in ((*first_initials, *last_initial), ("".join(first_initials + last_initial),)):
                self._add(tuple(sequence), entity, _Variant(tuple(sequence), PERSONNE, detail, initials=True))
        if len(first_initials) > 1:
            detail = "initiales du registre"
            for sequence in (tuple(first_initials), ("".join(first_initials),)):
                self._add(sequence, entity, _Variant(sequence, PERSONNE, detail, initials=True))

    def _add_street(self, address: str) -> None:
        if not address or not address.strip():
            return
        street = re.split(r"\d", address, maxsplit=1)[0]
        tokens = tokens_of(street)
        if not tokens or (len(tokens) == 1 and (len(tokens[0]) < 5 or is_common_word(tokens[0]))):
            return
        entity = "adresse:" + " ".join(tokens)
        detail = "adresse du registre"
        self._add(tokens, entity, _Variant(tokens, ADRESSE, detail))
        abbreviations = _STREET_ABBREVIATIONS.get(tokens[0], ())
        for short in abbreviations:
            sequence = (short, *tokens[1:])
            self._add(sequence, entity, _Variant(sequence, ADRESSE, detail))
        for full, shorts in _STREET_ABBREVIATIONS.items():
            if tokens[0] in shorts:
                sequence = (full, *tokens[1:])
                self._add(sequence, entity, _Variant(sequence, ADRESSE, detail))

    def _add_phone(self, phone: str) -> None:
        digits = re.sub(r"\D", "", phone or "")
        if len(digits) < 6:
            return
        if _NATIONAL_BE.fullmatch(phone.strip()):
            # A Belgian number in national form ("0470 12 34 56", "02/555.12.12"): what phonenumbers would
            # give, without its parser (12,000 phones of a large register took a second).
            self._phone_digits.add(f"32:{digits[1:]}")
            return
        try:
            number = phonenumbers.parse(phone, "BE")
            national = str(number.national_number)
            country = str(number.country_code)
        except phonenumbers.NumberParseException:
            national, country = digits.lstrip("0"), "32"
        self._phone_digits.add(f"{country}:{national}")

    def _finish(self) -> None:
        for tokens in self._variants:
            self._by_first[tokens[0]].append(tokens)
        for starts in self._by_first.values():
            starts.sort(key=len, reverse=True)
        # Phones and e-mails are found by generic scans and looked up in sets: one regex alternative per
        # register entry took seconds to compile on a register of thousands of people.
        self._nationals: dict[str, set[str]] = {}
        for entry in self._phone_digits:
            country, national = entry.split(":", 1)
            self._nationals.setdefault(national, set()).add(country)

    # -- queries ---------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._variants) + len(self._phone_digits) + len(self._emails)

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
        return f"{country}:{national}" in self._phone_digits

    def has_email(self, email: str) -> bool:
        return email.casefold() in self._emails

    def find(self, folded: Folded, lowercase_text: bool) -> tuple[list[Hit], list[Hit]]:
        """(hits, candidates): candidates are lone common-word names written in lower case in a normally
        capitalised text ("une robe rose"), left in clear for the review screen."""
        hits: list[Hit] = []
        candidates: list[Hit] = []
        tokens = folded.tokens()
        source = folded.source
        index = 0
        while index < len(tokens):
            matches = self._matches_at(folded, tokens, index)
            if not matches:
                index += 1
                continue
            length, entities, variant = matches[0]
            start, end = tokens[index][1], tokens[index + length - 1][2]
            source_start, source_end = folded.span(start, end)
            key = next(iter(entities)) if len(entities) == 1 else "nom:" + " ".join(variant.tokens)
            if variant.kind == ADRESSE:
                number = _HOUSE_NUMBER.match(source, source_end)
                if number and number.group().strip(" ,"):
                    source_end = number.end()
                hits.append(Hit(source_start, source_end, ADRESSE, "register", variant.detail, key, False, 3))
                index += length
                while (
                    index < len(tokens)
                    and tokens[index][1] < len(folded.text)
                    and folded.span(tokens[index][1], tokens[index][2])[0] < source_end
                ):
                    index += 1
                continue
            decision = None
            for length, entities, variant in matches:  # longest first; "fatima a" rejected → "fatima"
                if variant.kind == ADRESSE:
                    continue
                start, end = tokens[index][1], tokens[index + length - 1][2]
                source_start, source_end = folded.span(start, end)
                original = source[source_start:source_end]
                decision = self._judge(variant, original, source, source_start, source_end, lowercase_text)
                if decision is not None:
                    key = next(iter(entities)) if len(entities) == 1 else "nom:" + " ".join(variant.tokens)
                    break
            if decision is None:
                index += 1
                continue
            ambiguous, detail, keep_in_clear = decision
            hit = Hit(source_start, source_end, PERSONNE, "register", detail, key, ambiguous, 3)
            (candidates if keep_in_clear else hits).append(hit)
            index += length
        hits.extend(self._find_regex(source))
        return hits, candidates

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

    @staticmethod
    def _judge(variant: _Variant, original: str, source: str, start: int, end: int, lowercase_text: bool):
        """(ambiguous, detail, keep_in_clear) for a name match, or None when it is not a name here."""
        before = source[max(0, start - 12) : start]
        after = source[end : end + 2]
        if variant.initials or variant.mixed_initials:
            words = re.findall(r"[^\W\d_]+", original)
            if len(words) != len(variant.tokens):
                return None
            for word, token in zip(words, variant.tokens, strict=True):
                is_initial = len(token) == 1 or (variant.initials and len(variant.tokens) == 1)
                if is_initial and word.upper() != word:  # initials must be written in capitals
                    return None
            if after[:1] in ("'", "’"):
                return None
            if re.search(r"[^\W\d_]{2,}\s*[.,;:!?]", original):  # "Rose. M" is two sentences
                return None
            if variant.initials:
                tail = words[-1]
                if len(tail) == 1 and not after.startswith(".") and not original.endswith("."):
                    return None
                return True, variant.detail, False
            return False, variant.detail, False
        if not variant.single and re.search(r"[^\W\d_]{2,}[ \t]*[.!?;:]\s", original):
            return None  # "vu le boulanger. lucie …": two sentences; each word is judged on its own
        if variant.single:
            # "Saint-Pierre", "Sint-Jan": a saint's name in a place or a resource, not the person.
            if re.search(r"(?i)\b(?:saint|sainte|sint|st|ste)[-\s]$", before):
                return True, "nom du registre dans un nom de lieu (saint)", True
            if not variant.common:
                return False, variant.detail, False
            titled = bool(re.search(r"(?i)\b(?:" + "|".join(TITLES) + r")\.?\s+$", fold_text(before)))
            if titled:
                return False, "nom du registre après une civilité", False
            if original[:1].isupper():
                return True, "nom du registre, aussi un mot courant (écrit avec une majuscule)", False
            if lowercase_text and _WORD_READING_BEFORE.search(fold_text(before)):
                return True, "nom du registre, aussi un mot courant (après un article : laissé)", True
            if lowercase_text:
                return True, "nom du registre, aussi un mot courant (texte sans majuscules)", False
            return True, "nom du registre, aussi un mot courant (écrit en minuscules : laissé)", True
        return False, variant.detail, False

    def _find_regex(self, source: str) -> list[Hit]:
        hits = [
            Hit(start, end, TELEPHONE, "register", "téléphone du registre", "tel:" + digits[-8:], False, 3)
            for start, end, digits in self._register_phones(source)
        ]
        if self._emails:
            for match in _EMAIL_SHAPE.finditer(source):
                email = match.group().casefold()
                if email in self._emails:
                    detail, key = "adresse e-mail du registre", "email:" + email
                    hits.append(Hit(match.start(), match.end(), EMAIL, "register", detail, key, False, 3))
        return hits

    def _register_phones(self, source: str) -> list[tuple[int, int, str]]:
        """Spans of `source` that spell a register phone, whatever the separators and the prefix (0, +32,
        0032, +32 (0)…): every run of digit groups is tried on each contiguous sub-run of its groups."""
        if not self._nationals:
            return []
        found: list[tuple[int, int, str]] = []
        for run in _DIGIT_RUN.finditer(source):
            groups = list(re.finditer(r"\d+", run.group()))
            plus = run.group().startswith("+")
            best: tuple[int, int, str] | None = None
            taken_until = -1
            for i in range(len(groups)):
                for j in range(len(groups) - 1, i - 1, -1):
                    digits = "".join(g.group() for g in groups[i : j + 1])
                    if groups[i].start() >= taken_until and self._is_register_phone(digits, plus and i == 0):
                        start = run.start() + (0 if plus and i == 0 else groups[i].start())
                        best = (start, run.start() + groups[j].end(), digits)
                        break
                if best is not None:
                    found.append(best)
                    taken_until = best[1] - run.start()
                    best = None
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


_NATIONAL_BE = re.compile(r"0[1-9][\d\s./\-]{7,14}")
_DIGIT_RUN = re.compile(r"(?<![\w+])\+?\d[\d\s./\-()]*\d(?!\d)")
_EMAIL_SHAPE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w-])")


def _rank(variant: _Variant) -> int:
    if variant.initials:
        return 0
    if variant.mixed_initials:
        return 1
    if variant.single:
        return 2
    return 3
