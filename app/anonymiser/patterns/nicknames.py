"""Names told without a title (round 5): a nickname after "surnommé / l'appellent / bijnaam / noemen hem"
(quoted or capitalised), and a name in apposition after an organisation ("le CPAS, Julie, a appelé",
"Infor-Homes (Nadia)", "het OCMW – Els –")."""

from __future__ import annotations

import re

from app.anonymiser.folding import fold_text, normalise_key
from app.anonymiser.lexicon import RELATIONS, TITLES, commune_keys, is_common_word
from app.anonymiser.model import PERSONNE, Hit
from app.anonymiser.patterns.base import CAP, SHAPED, pattern_hit
from app.anonymiser.places import is_function_word, not_a_name

_NICKNAME_WORD = (
    r"(?:surnomm[ée]e?s?|(?:l['’]|qu['’](?:ils|elles|on)[ \t]+(?:l['’])?|(?:ils|elles|on)[ \t]+l['’])"
    r"appell?(?:ent|e)|(?:son|sa|le|la|leur)[ \t]+surnom(?:[ \t]+est|[ \t]*:)?|sobriquet|dit[ \t]+aussi|"
    r"bijnaam(?:[ \t]+is|[ \t]*:)?|noem(?:en|t)[ \t]+(?:hem|haar|ze)|genaamd|roepnaam(?:[ \t]+is)?)"
)
_QUOTED = (
    r"(?:«[ \t ]*(?P<q1>[^»\n]{1,30}?)[ \t ]*»|[\"“”](?P<q2>[^\"“”\n]{1,30})[\"“”]"
    r"|['‘](?P<q3>[^'’\n]{1,30})['’])"
)
_NICKNAME = re.compile(
    rf"(?i:{_NICKNAME_WORD})[ \t]*(?:(?i:par[ \t]+\w+[ \t]+\w+)[ \t]+)?[:,]?[ \t]*"
    rf"(?:{_QUOTED}|(?P<bare>[{CAP}][\w'’\-]+(?:[ \t]+[{CAP}][\w'’\-]+)?))"
)
# The quoted nickname before its verb: 'die ze "Bolle" noemen', "qu'on « Momo » appelle".
_QUOTED_BEFORE = re.compile(rf"{_QUOTED}[ \t]+(?i:noemen|noemt|heet|heten|appellent|appelle)(?![\w])")
_DETAIL_NICKNAME = "surnom"
_APPOSED_AFTER_ORGANISATION = re.compile(
    rf"[ \t]*(?:,|\(|–|—|-)[ \t]*(?P<name>[{CAP}][\w'’\-]+(?:[ \t]+[{CAP}][\w'’\-]+)?)[ \t]*(?:,|\)|–|—|-)"
)
_DETAIL_APPOSED = "nom en apposition après une organisation"


def find_nicknames(text: str) -> list[Hit]:
    hits = []
    matches = [*_NICKNAME.finditer(text), *_QUOTED_BEFORE.finditer(text)]
    for match in matches:
        group = next(g for g in ("q1", "q2", "q3", "bare") if g in match.re.groupindex and match.group(g))
        start, end = match.start(group), match.end(group)
        nickname = text[start:end].strip()
        if not nickname or (group == "bare" and _not_a_name(fold_text(nickname.split()[0]))):
            continue
        key = "nom:" + normalise_key(nickname)
        hits.append(pattern_hit(start, start + len(nickname), PERSONNE, _DETAIL_NICKNAME, key, False, SHAPED))
    return hits


def find_names_after_organisations(
    text: str, organisation_spans: list[tuple[int, int]], keep_keys: frozenset[str]
) -> list[Hit]:
    """A capitalised name between commas, parentheses or dashes right after a kept organisation name."""
    hits = []
    for _start, end in organisation_spans:
        match = _APPOSED_AFTER_ORGANISATION.match(text, end)
        if match is None:
            continue
        name = match.group("name")
        folded = [fold_text(w) for w in name.split()]
        key = normalise_key(name)
        if (
            key in keep_keys
            or key in commune_keys()
            or any(_not_a_name(f) or is_common_word(f) for f in folded)
        ):
            continue
        hits.append(
            pattern_hit(
                match.start("name"), match.end("name"), PERSONNE, _DETAIL_APPOSED, "nom:" + key, True, SHAPED
            )
        )
    return hits


def _not_a_name(folded: str) -> bool:
    return folded in TITLES or folded in RELATIONS or is_function_word(folded) or not_a_name(folded)
