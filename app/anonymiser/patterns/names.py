"""Names announced by the word before them: a title ("Mme X", "Dr X", "M. Van der Elst"), a relation or
role ("sa fille Nadia", "l'assistante sociale Zoé") or a maiden-name / alias word ("née Tshibangu",
"dite Mimi")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.anonymiser import given_names
from app.anonymiser.folding import fold_text, normalise_key
from app.anonymiser.lexicon import PARTICLES, RELATIONS, TITLES, commune_keys, is_common_word
from app.anonymiser.model import PERSONNE, Hit
from app.anonymiser.patterns.base import SHAPED, pattern_hit
from app.anonymiser.places import is_calendar_or_kinship, is_french_stop_word, is_function_word, not_a_name

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")
_TITLE_ABBREVIATIONS_TEXT = (
    "M. Mr Mr. Mme Mme. Mmes Mlle Mlle. Dr Dr. DR Pr Pr. Me Dhr. Dhr Mevr. Mevr Mw. Mw Mvr. Mvr Mej. MM. "
    "Prof. M"
)
_TITLE_ABBREVIATIONS = frozenset(_TITLE_ABBREVIATIONS_TEXT.split())
# Titles written in lower case in a text without capitals ("mme lemaire").
_LOWERCASE_TITLES = ("mme", "mr", "dr", "mevr", "dhr", "mw", "mvr")
# Folded titles that are too short or also kinship words: a title only when abbreviated as above.
_FAMILY_TITLES = ("pere", "frere", "soeur")
# Words between a relation and the name ("l'assistante sociale Zoé", "le médecin traitant Dr …").
_RELATION_ADJECTIVES_TEXT = """sociale social traitant traitante generaliste familiale familial aine ainee
cadet cadette unique referente referent de du la le a domicile ergo kine"""
_RELATION_ADJECTIVES = frozenset(_RELATION_ADJECTIVES_TEXT.split())
# Words announcing a maiden name or an alias: "née Tshibangu", "épouse Martin", "dite Mimi", "alias Bob".
_MAIDEN_WORDS = frozenset(["nee", "dite", "alias", "epouse", "veuve", "weduwe", "echtgenote"])

_TITLE, _RELATION = "title", "relation"
_STOP, _NEXT, _LAST = 0, 1, 2  # after reading a word: stop before it, go on, stop after it
_MAX_NAME_WORDS = 3


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of each word of the text, a final dot included ("Mme.", "Nadia.")."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


@dataclass
class _Reading:
    """The name being read after a title or a relation word."""

    is_title: bool
    lowercase: bool
    names: list[tuple[int, int]] = field(default_factory=list)
    particle_start: int | None = None  # "M. Van der Elst": the surname starts with its particle
    common: bool = False  # the name after a relation is also a common word
    skipped: int = 0  # role adjectives passed over ("assistante sociale")

    @property
    def is_relation(self) -> bool:
        return not self.is_title


def find_announced_names(text: str, keep_keys: frozenset[str], lowercase: bool = False) -> list[Hit]:
    """Names after a title ("Mme X", "Dr X", "M. Van der Elst"), a relation or role ("sa fille Nadia"),
    or a maiden-name / alias word ("née Tshibangu", "dite Mimi"). In a text written without capitals
    (`lowercase`), a lower-case word after a title counts, and after a relation a known given name."""
    words = word_spans(text)
    hits: list[Hit] = []
    for index, (word, _start, end) in enumerate(words):
        announcer = _announcer(text, word, end, lowercase)
        if announcer is None:
            continue
        if announcer == _RELATION and word.endswith("."):
            continue  # "… son épouse. Diabète mal équilibré": the sentence ends with the relation word
        reading = _Reading(is_title=announcer == _TITLE, lowercase=lowercase)
        _read_name(text, words, index, reading)
        hit = _announced_hit(text, reading, keep_keys)
        if hit is not None:
            hits.append(hit)
    return hits


def _announcer(text: str, word: str, end: int, lowercase: bool) -> str | None:
    """Is this word a title, a relation (or maiden-name word), or neither?"""
    bare = word.rstrip(".")
    folded = fold_text(bare)
    if word in _TITLE_ABBREVIATIONS or (bare in _TITLE_ABBREVIATIONS and text[end : end + 1] == "."):
        # A lone "M" is a title only with its dot ("M. Dupont"), not in "vitamine M".
        is_title = bare != "M" or text[end - 1 : end] == "." or text[end : end + 1] == "."
    else:
        # "dr. Verstraeten", "dhr. Nowak": an abbreviated title in lower case with its dot (any text).
        # Round 6: without its dot too when a capitalised word follows ("le dr Hakimi", "mevr Peeters").
        dotted = (
            word.endswith(".")
            or text[end : end + 1] == "."
            or bare == "mme"
            or re.match(r"[ \t]+[A-ZÀ-ÖØ-Þ]", text[end : end + 3]) is not None
        )
        is_title = ((lowercase or dotted) and bare.casefold() in _LOWERCASE_TITLES and bare.islower()) or (
            folded in TITLES and len(folded) > 3 and folded not in _FAMILY_TITLES
        )
    if is_title:
        return _TITLE
    relation_word = re.sub(r"^[ld]'", "", folded)
    if relation_word in RELATIONS or relation_word in _MAIDEN_WORDS:
        return _RELATION
    return None


def _read_name(text: str, words: list, index: int, reading: _Reading) -> None:
    """Read the name words after words[index] into `reading`."""
    cursor, previous_end = index + 1, words[index][2]
    while cursor < len(words) and len(reading.names) < _MAX_NAME_WORDS:
        gap = text[previous_end : words[cursor][1]]
        allowed = r"[ \t]*,?[ \t]*" if reading.is_relation and not reading.names else r"[ \t]+"
        if not re.fullmatch(allowed, gap):
            return
        step = _read_word(reading, words, cursor, gap)
        if step == _STOP:
            return
        previous_end = words[cursor][2]
        cursor += 1
        if step == _LAST:
            return


def _read_word(reading: _Reading, words: list, cursor: int, gap: str) -> int:
    candidate, start, _end = words[cursor]
    if not reading.names and re.match(r"(?i)[dl]['’][^\W\d_]", candidate) and candidate[2:3].isupper():
        candidate, start = candidate[2:], start + 2  # "la maman d'Inès", "le fils d'Ahmed"
    bare = candidate.rstrip(".")
    folded = fold_text(bare)
    if _passed_over(reading, words, cursor, bare, folded, gap, start):
        return _STOP if candidate.endswith(".") and len(bare) > 2 else _NEXT  # "à domicile. Elle …"
    if _not_in_the_name(reading, bare, folded):
        return _STOP
    if reading.is_relation and not reading.names and is_common_word(folded):
        reading.common = True
    reading.names.append((start, start + len(bare)))
    return _LAST if candidate.endswith(".") and len(bare) > 1 else _NEXT  # a dot ends the sentence


def _passed_over(
    reading: _Reading, words: list, cursor: int, bare: str, folded: str, gap: str, start: int
) -> bool:
    """Words read past: up to two role adjectives before the name, lower-case particles, and a capitalised
    particle that starts a surname after a title ("M. Van der Elst", "Mevr. De Smet")."""
    if (
        reading.is_relation
        and not reading.names
        and folded in _RELATION_ADJECTIVES
        and reading.skipped < 2
        and bare.islower()
        and "," not in gap  # "son cousin, à Matonge": a new phrase, not "aide à domicile"
    ):
        reading.skipped += 1
        return True
    if (folded in PARTICLES and bare[:1].islower()) or folded in ("d'", "l'"):
        return True
    if (
        reading.is_title
        and not reading.names
        and folded in PARTICLES
        and bare[:1].isupper()
        and cursor + 1 < len(words)
        and (words[cursor + 1][0][:1].isupper() or fold_text(words[cursor + 1][0]) in PARTICLES)
    ):
        if reading.particle_start is None:
            reading.particle_start = start
        return True
    return False


def _not_in_the_name(reading: _Reading, bare: str, folded: str) -> bool:
    first = not reading.names
    if not bare[:1].isupper() and not _lowercase_name(
        bare, folded, reading.is_title, reading.lowercase, reading.names
    ):
        return True
    if reading.is_relation and first and bare.isupper() and len(bare) <= 3:
        return True  # "aidant les RP", "son fils (ASBL)": an acronym, not a name
    if reading.is_relation and first and _given_name_on_a_list(bare, folded):
        reading.common = True  # "sa fille Elke", "de kleinzoon Milan": masked, flagged for the review
        return False
    if folded in TITLES or folded in RELATIONS or is_function_word(folded):
        return True
    if reading.is_relation and first and not_a_name(folded):
        return True
    return not first and is_common_word(folded)


def _given_name_on_a_list(bare: str, folded: str) -> bool:
    """A Titlecase known given name that a word list also holds as a place or a function word ("Elke" is
    Dutch for "each", "Milan" a city): after a relation it is the name."""
    return (
        bare.istitle()
        and len(folded) >= 3
        and not is_french_stop_word(folded)
        and (is_function_word(folded) or not_a_name(folded))
        and not is_calendar_or_kinship(folded)
        and folded not in TITLES
        and folded not in RELATIONS
        and given_names.lookup(folded) is not None
    )


def _announced_hit(text: str, reading: _Reading, keep_keys: frozenset[str]) -> Hit | None:
    if not reading.names:
        return None
    start = reading.particle_start if reading.particle_start is not None else reading.names[0][0]
    end = reading.names[-1][1]
    key = normalise_key(text[start:end])
    if not key or key in keep_keys or key in commune_keys():
        return None
    detail = "nom après une civilité" if reading.is_title else "prénom après un lien ou un rôle"
    if reading.common:
        detail += " (aussi un mot courant)"
    return pattern_hit(start, end, PERSONNE, detail, "nom:" + key, reading.common, SHAPED)


def _lowercase_name(bare: str, folded: str, is_title: bool, lowercase: bool, names: list) -> bool:
    """In a text written without capitals, is this lower-case word the announced name? After a title any
    word that is not a function word, a common word or a place ("mme lemaire"); after a relation only a
    known given name that is not a common word ("sa fille cécile")."""
    if not lowercase or names or len(folded) < 3 or (not bare.isalpha() and "-" not in bare):
        return False
    if is_function_word(folded) or not_a_name(folded) or folded in TITLES or folded in RELATIONS:
        return False
    if is_title:
        return True
    found = given_names.lookup(folded)
    return found is not None and not given_names.is_word(folded, found[1])
