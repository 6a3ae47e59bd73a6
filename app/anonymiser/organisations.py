"""Organisation names told by their shape or their context (round 5), kept in clear:

- an institution word then a capitalised name: "maison médicale Esseghem", "Huis voor Gezondheid
  Marollen", "UMC Sint-Pieter", "résidence Les Tilleuls" (words in resources/anonymiser/
  institution_words.txt); "<Name> asbl / vzw";
- a role word then "de / du / des / van (het)" and capitalised words: "l'interprète de Convivial", "de
  maatschappelijk werker van het OCMW" (roles.txt); a known given name after "de" stays a person;
- "chez les" + capitalised plurals of common words: "chez les Petits Riens" (a family: "chez les Kabeya");
- coined one-word names: CamelCase ("DoucheFLUX") and words formed on a commune name ("Etterbeekkids").

`OrganisationNames` remembers the names found this way along one export, so their later bare mentions
("Esseghem rappelle") are kept too.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache

from app.anonymiser.folding import fold_text
from app.anonymiser.given_names import lookup
from app.anonymiser.lexicon import TITLES, commune_keys, is_common_word
from app.anonymiser.places import is_stop_word
from app.anonymiser.wordlists import entries

_CAP_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’\-]*|'t)"
_CONNECTOR = r"(?:de|du|des|la|le|les|l['’]|d['’]|van|der|den|het|voor|en|et|à|aux|au|sur|op|'t|&)"
# A capitalised organisation name: capitalised words, connectors only between them ("Aide et Soins").
_NAME = rf"{_CAP_WORD}(?:(?:[ \t]+(?:{_CONNECTOR}[ \t]+)*|[ \t]+[dl]['’]){_CAP_WORD}){{0,4}}"
# Dutch compounds ending with an institution word: "Zorgcentrum", "Buurthuis", "Thuiszorgdienst".
_COMPOUND = r"[A-Za-z]{3,}(?:centrum|kliniek|ziekenhuis|dienst|punt|huis)(?<![Tt]huis)"
_ARTICLE = r"(?:Les|La|Le|L['’]|De|Het|Den|'t|Du|Des)"
_ROLE_LINK = r"(?:de[ \t]+la|de[ \t]+l['’]|de|du|des|d['’]|van[ \t]+het|van[ \t]+de|van|bij[ \t]+het|bij)"
_SUFFIX = re.compile(rf"(?<![\w-])({_NAME})[ \t]+(?i:asbl|a\.s\.b\.l\.|vzw|v\.z\.w\.)(?![\w])")
# A definite article before a capitalised word names a place or an organisation, not a person ("le
# Fourquet", "naar de Zonnewende", "het Wijkpunt"); not "les" (a family: "les Kabeya").
_ARTICLED = re.compile(
    rf"(?<![\w'’])(?:le|la|het|'t|du|au|aux|(?:naar|bij|in|van|met|op|aan|voor|uit|door)[ \t]+de)"
    rf"[ \t]+({_NAME})"
)
_CHEZ_LES = re.compile(rf"(?i:chez[ \t]+les)[ \t]+({_NAME})")
# Round 6: "chez" + two capitalised common words or more, one of them plural ("chez Titres-Services Midi").
_CHEZ_WORDS = re.compile(rf"(?i:chez)[ \t]+({_NAME})")
# Round 6: the Dutch neuter article never opens a person's name ("in het Hilton", "van Het Anker").
_NEUTER = re.compile(rf"(?:(?<![\w'’])het|(?<=[a-zà-ÿ,] )Het|(?<![\w'’])'t)[ \t]+({_NAME})")
_CAMEL = re.compile(r"(?<![\w'’-])([A-Za-zÀ-ÿ]*[a-zà-ÿ][A-Z][\w-]*)(?![\w'’])")
_CAMEL_NAME_PREFIX = re.compile(r"(?:Mc|Mac|O'|De|Di|Da|Du|Le|La|Van|Von|El|Al|Ben|Abd|Abdel|Ould)[A-Z]")
_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{6,}")
_MIN_COMMUNE_PREFIX = 7


def _alternation(words: tuple[str, ...]) -> str:
    spelt = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+").replace("'", "['’]") for w in spelt)


@cache
def _institution_pattern() -> re.Pattern[str]:
    words = _alternation(entries("institution_words"))
    return re.compile(rf"(?<![\w-])(?:(?i:{words})|{_COMPOUND})[ \t]+(?P<name>(?:{_ARTICLE}[ \t]+)?{_NAME})")


# Round 6. Dutch names put their adjectives before the institution word ("Brusselse Hoofdstedelijke Dienst
# voor Huisvesting", "Medisch Huis Vooruit", "Christelijke Mutualiteit"): capitalised adjective-shaped
# words just before a capitalised institution word belong to the organisation, not to a person.
_DUTCH_ADJECTIVE = r"[A-Z][a-zà-ÿ]{2,}(?:se|ke|isch|ische|aal|ale|eel|ele|lijk|lijke|baar|bare|ieve|ief|ene)"


@cache
def _adjective_pattern() -> re.Pattern[str]:
    words = _alternation(entries("institution_words"))
    return re.compile(
        rf"(?<![\w-])(?P<name>{_DUTCH_ADJECTIVE}(?:[ \t]+{_DUTCH_ADJECTIVE}){{0,2}})[ \t]+"
        rf"(?=[A-Z])(?:(?i:{words})|{_COMPOUND}|Mutualiteit|Ziekenfonds|Raad|Ouderenraad)(?![\w])"
    )


@cache
def _role_pattern() -> re.Pattern[str]:
    roles = _alternation((*entries("roles"), *entries("institution_words")))
    return re.compile(rf"(?<![\w-])(?i:{roles})[ \t]+(?i:{_ROLE_LINK})[ \t]*(?P<name>{_NAME})")


@cache
def living_place_pattern() -> re.Pattern[str]:
    """A kind of place of life then its capitalised name ("home Saint-Joseph", "WZC Ter Kameren")."""
    words = _alternation(entries("living_places"))
    return re.compile(rf"(?<![\w-])(?i:{words})[ \t]+(?P<name>(?:{_ARTICLE}[ \t]+)?{_NAME})")


@dataclass(frozen=True)
class OrganisationSpans:
    """Where organisations are written in one text: `whole` spans include the institution word (a
    one-word register name inside them is kept, like in a directory name); `names` are the names alone."""

    whole: list[tuple[int, int]]
    names: list[tuple[int, int]]


def organisation_spans(text: str) -> OrganisationSpans:
    whole: list[tuple[int, int]] = []
    names: list[tuple[int, int]] = []
    for match in _institution_pattern().finditer(text):
        span = _name_span(text, match.start("name"), match.group("name"))
        if span is not None:
            whole.append((match.start(), span[1]))
            names.append(span)
    for match in _adjective_pattern().finditer(text):
        if lookup(fold_text(match.group("name").split()[0])) is None:  # "Elke Dienst…": a given name
            names.append((match.start("name"), match.end("name")))
            whole.append((match.start("name"), match.end()))
    for match in _role_pattern().finditer(text):
        span = _name_span(text, match.start("name"), match.group("name"))
        if span is not None and not _a_person_after_role(text[span[0] : span[1]]):
            names.append(span)
    for pattern in (_SUFFIX, _CHEZ_LES):
        for match in pattern.finditer(text):
            span = _name_span(text, match.start(1), match.group(1))
            if span is not None and (pattern is _SUFFIX or _plural_common_words(text[span[0] : span[1]])):
                names.append(span)
                whole.append((span[0], match.end()) if pattern is _SUFFIX else span)
    for match in _CHEZ_WORDS.finditer(text):
        span = _name_span(text, match.start(1), match.group(1))
        if span is not None and _several_words_one_plural(text[span[0] : span[1]]):
            names.append(span)
    for match in _NEUTER.finditer(text):
        span = _name_span(text, match.start(1), match.group(1))
        if span is not None:
            names.append(span)
    for match in _ARTICLED.finditer(text):
        span = _name_span(text, match.start(1), match.group(1))
        if span is not None and lookup(fold_text(text[span[0] : span[1]].split()[0])) is None:
            names.append(span)
    names.extend(coined_name_spans(text))
    return OrganisationSpans(whole, names)


def _name_span(text: str, start: int, name: str) -> tuple[int, int] | None:
    """The organisation name without what cannot be part of it: it stops before a title or a function
    word ("centre Bruegel Elle" cannot happen across a sentence, but "maison Dr X" names a doctor) and
    loses trailing connectors."""
    words = list(re.finditer(r"[\w'’\-&]+", name))
    kept = []
    for word in words:
        folded = fold_text(word.group().rstrip(".")).strip("'’")
        if folded in TITLES:
            break
        if (
            word.group()[:1].isupper()
            and is_stop_word(folded)
            and kept == []
            and not re.fullmatch(_ARTICLE, word.group())
        ):
            return None
        kept.append(word)
    while kept and not re.sub(r"^[dl]['’]", "", kept[-1].group())[:1].isupper():
        kept.pop()
    if not kept or all(re.fullmatch(_ARTICLE, w.group()) for w in kept):
        return None
    return start + kept[0].start(), start + kept[-1].end()


def _a_person_after_role(name: str) -> bool:
    """ "l'infirmière de Fatima": a known given name that is no common word, alone or with a surname."""
    first = fold_text(name.split()[0])
    found = lookup(first)
    return found is not None and not is_common_word(first)


def _plural_common_words(name: str) -> bool:
    """ "Petits Riens", "Restos du Cœur": every capitalised word is a common word (or its plural)."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w[:1].isupper()]
    return bool(words) and all(
        is_common_word(fold_text(w)) or is_common_word(fold_text(w)[:-1]) for w in words
    )


def _several_words_one_plural(name: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w[:1].isupper()]
    plural = any(fold_text(w).endswith(("s", "x")) and is_common_word(fold_text(w)[:-1]) for w in words)
    return len(words) >= 2 and plural and _plural_common_words(name)


def coined_name_spans(text: str) -> list[tuple[int, int]]:
    """Coined one-word organisation names: CamelCase ("DoucheFLUX", "BruZelle"; not "McDonald",
    "DeSmet", "VanDamme") and words formed on a commune name ("Etterbeekkids")."""
    spans = [
        (m.start(1), m.end(1)) for m in _CAMEL.finditer(text) if not _CAMEL_NAME_PREFIX.match(m.group(1))
    ]
    prefixes = [k for k in commune_keys() if len(k) >= _MIN_COMMUNE_PREFIX and " " not in k]
    for match in _WORD.finditer(text):
        folded = fold_text(match.group())
        if any(folded.startswith(p) and len(folded) - len(p) >= 3 for p in prefixes):
            spans.append((match.start(), match.end()))
    return spans


class OrganisationNames:
    """Organisation names found along one export: their later bare mentions are kept too ("maison
    médicale Esseghem" … "Esseghem rappelle"). A lone known given name is not learnt (it may be a
    person elsewhere). Thread-safe."""

    def __init__(self) -> None:
        self._names: set[str] = set()
        self._lock = threading.Lock()

    def spans(self, text: str) -> OrganisationSpans:
        found = organisation_spans(text)
        with self._lock:
            for start, end in found.names:
                self._learn(text[start:end])
            names = sorted(self._names, key=len, reverse=True)
        bare = [
            (m.start(), m.end())
            for name in names
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
        ]
        return OrganisationSpans(found.whole, found.names + bare)

    def _learn(self, name: str) -> None:
        name = re.sub(rf"^{_ARTICLE}[ \t]+", "", name).strip()
        if len(name) < 4:
            return
        words = name.split()
        if len(words) == 1 and lookup(fold_text(name)) is not None:
            return
        self._names.add(name)
