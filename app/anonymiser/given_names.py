"""Known given names without any announcing word ("Lucie est passée", "avec Ahmed Benali").

The list is the one of the `gender-guesser` package (about 45 000 given names from many countries, each
with a popularity per country). It is loaded once, lazily and thread-safely (about 0.4 s), into a folded
index: folded name → (most frequent popularity 1–13, whether it is mostly "andy", i.e. unisex or
uncertain). Without the package the detector finds nothing and the rest of the anonymiser still runs.

Rule (see docs/anonymisation.md): a capitalised token (Titlecase or capitals, hyphenated compounds whose
parts are all names) that is a known given name is a person, extended over the capitalised surname tokens
that directly follow it ("Lucie Martin", "Lucie VAN ROY", "Ahmed El Amrani") and over capitals before it
("BENALI Ahmed"). Kept: places, months, feasts, kinship words, eponymous diseases (`places`), keep terms
and communes. A sentence-initial token is a name only when it is not a common word ("Elle", "Dieu" stay),
unless a surname follows; a mid-sentence common word that is a frequent name ("Pierre", "Rose", "Claude")
is masked and flagged ambiguous. Lower-case words are left alone in normally capitalised text.
"""

from __future__ import annotations

import marshal
import re
import threading
from pathlib import Path

from app.anonymiser import wordlist_build
from app.anonymiser.folding import fold_text, normalise_key
from app.anonymiser.lexicon import (
    CURATED_COMMON,
    PARTICLES,
    RELATIONS,
    TITLES,
    commune_keys,
    is_common_word,
)
from app.anonymiser.model import PERSONNE, Hit
from app.anonymiser.places import not_a_name
from app.anonymiser.wordlist_cache import cached, is_current, module_file
from app.anonymiser.wordlists import entries

SHAPED = 1
DETAIL = "prénom connu"

# Where a name that is also a common word must be frequent to count as a name mid-sentence ("Rose",
# "Pierre", "Claude"; not "Loi" or "Par", names elsewhere in the world).
_LOCAL_COUNTRIES = (
    "france",
    "belgium",
    "the_netherlands",
    "great_britain",
    "germany",
    "italy",
    "spain",
    "portugal",
)
_MIN_LOCAL = 3
# Elsewhere frequent names that are also words ("Florin", "Hamza") count mid-sentence from this popularity.
_MIN_GLOBAL = 5
# The French lemma tables list many given names as nouns ("thérèse", "jan", "zoé", "hamza"): a name this
# frequent in Western Europe is a name first, unless it is a curated common word or in the list below.
_NAME_BEATS_DICTIONARY = 4
_WORDS_FIRST = frozenset(entries("given_names_words_first"))
# Given names of West and Central Africa frequent in Brussels that the gender-guesser list lacks.
_EXTRA_NAMES = frozenset(entries("given_names_extra"))

_lock = threading.Lock()
_index: dict[str, tuple[int, int, bool]] | None = None

# Pet names of the French tradition: doubled syllables ("Jojo", "Dédé", "Mimi") and a few frequent ones.
_NICKNAMES = frozenset(entries("nicknames"))
_DOUBLED = re.compile(r"([^\W\d_]{1,2})\1")


def _load() -> dict[str, tuple[int, int, bool]]:
    """Built from gender-guesser's list once, then read from the user's cache (wordlist_cache)."""
    sources = _sources()
    if sources is None:  # optional: without gender-guesser, no given-name detection
        return {}
    wordlist_build.prepare()
    return cached("given_names", sources, _build, marshal.dumps, _decoded)


def _sources() -> list[Path | None] | None:
    try:
        import gender_guesser
    except Exception:
        return None
    names_file = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    return [names_file, module_file(__name__), module_file("app.anonymiser.folding")]


def names_cached() -> bool:
    sources = _sources()
    return sources is None or is_current("given_names", sources)


def _decoded(data: bytes) -> dict[str, tuple[int, int, bool]]:
    index = marshal.loads(data)
    if not isinstance(index, dict) or not index:
        raise ValueError("given_names")
    return index


def _build() -> dict[str, tuple[int, int, bool]]:
    import gender_guesser.detector as detector_module

    detector = detector_module.Detector(case_sensitive=False)
    local = [detector.COUNTRIES.index(c) for c in _LOCAL_COUNTRIES]
    index: dict[str, tuple[int, int, bool]] = {}
    for name, genders in detector.names.items():
        popularity = local_popularity = 0
        for values in genders.values():
            for position, char in enumerate(values):
                if char != " ":
                    popularity = max(popularity, int(char, 16))
                    if position in local:
                        local_popularity = max(local_popularity, int(char, 16))
        andy = set(genders) == {"andy"}
        folded = fold_text(name)
        previous = index.get(folded)
        if previous is None:
            index[folded] = (popularity, local_popularity, andy)
        else:
            index[folded] = (
                max(popularity, previous[0]),
                max(local_popularity, previous[1]),
                andy and previous[2],
            )
    return index


def index() -> dict[str, tuple[int, int, bool]]:
    """The folded given-name index, loaded on first call."""
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = _load()
    return _index


def preload() -> None:
    index()


def lookup(token: str) -> tuple[int, int, bool] | None:
    """(popularity, popularity in Western Europe, andy) of a given name (folded or not; hyphenated
    compounds whose parts are all given names count: "Marie-Claire", "Anne-Sophie"); None when it is not
    a known given name."""
    folded = fold_text(token).strip("'’-")
    if len(folded) < 3:
        return None
    if folded in _NICKNAMES or (len(folded) == 4 and _DOUBLED.fullmatch(folded)):
        return (5, 5, False)
    if folded in _EXTRA_NAMES:
        return (5, 0, False)
    names = index()
    found = names.get(folded)
    if found is not None:
        return found
    parts = [p for p in re.split(r"[-'’]", folded) if p]
    if len(parts) >= 2 and all(len(p) >= 2 for p in parts):
        found_parts = [names.get(p) for p in parts]
        if all(found_parts) and not any(not_a_name(p) for p in parts):
            return (
                min(f[0] for f in found_parts),
                min(f[1] for f in found_parts),
                all(f[2] for f in found_parts),
            )
    return None


# --- detection in a text ---------------------------------------------------------------------------------
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_ELISION = re.compile(r"(?i)^(?:[dlsnmjtc]|qu|jusqu|lorsqu|puisqu)['’](?=[^\W\d_])")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]|\n)[\s\"«»“”'(\[\-–—•*]*$")


def capitalised(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word[1:2] in "'’" and word[:1] in "DLSNMJTC")


def _words(text: str) -> list[tuple[str, int, int]]:
    words = []
    for match in _WORD.finditer(text):
        word, start = match.group(), match.start()
        elision = _ELISION.match(word)
        if elision and not (word[:1] == "O" and word[1:2] in "'’"):
            word, start = word[elision.end() :], start + elision.end()
        words.append((word, start, start + len(word)))
    return words


def excluded(folded: str, keep_keys: frozenset[str]) -> bool:
    """Never a person on its own: place, month, feast, disease, title, relation, keep term, commune."""
    return (
        not_a_name(folded)
        or folded in keep_keys
        or folded in commune_keys()
        or folded in TITLES
        or folded in RELATIONS
        or any(not_a_name(part) for part in folded.split("-") if part not in PARTICLES)
    )


def _surname_like(word: str, keep_keys: frozenset[str]) -> bool:
    folded = normalise_key(word)
    return (
        word[:1].isupper()
        and len(folded.replace(" ", "")) >= 2
        and not excluded(fold_text(word), keep_keys)
        and not excluded(folded, keep_keys)
    )


def is_word(folded: str, local_popularity: int = 0) -> bool:
    """Is this given name (folded) also a common word? A curated common word ("rose", "pierre",
    "constant"), a listed word, or a dictionary word that is not a frequent name in Western Europe."""
    if folded in CURATED_COMMON or folded in _WORDS_FIRST:
        return True
    return is_common_word(folded) and local_popularity < _NAME_BEATS_DICTIONARY


def is_sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, start - 12) : start]))


def find_given_names(text: str, keep_keys: frozenset[str]) -> list[Hit]:
    if not index():
        return []
    words = _words(text)
    hits: list[Hit] = []
    skipped: list[int] = []  # common-word names left alone: reconsidered in a list of names
    taken_until = -1
    for position, (word, start, _end) in enumerate(words):
        if start < taken_until or not capitalised(word):
            continue
        found = _known_name(text, word, start, keep_keys)
        if found is None:
            continue
        following = _extension(text, words, position, keep_keys)
        reading = _reading(text, words, position, following, found)
        if reading == _SKIPPED:
            skipped.append(position)
        if reading not in (_NAME, _AMBIGUOUS):
            continue
        first = _backward(text, words, position, keep_keys)
        span_start, span_end = words[first][1], words[following][2]
        taken_until = span_end
        key = normalise_key(text[span_start:span_end])
        ambiguous = reading == _AMBIGUOUS
        detail = DETAIL + (" (aussi un mot courant)" if ambiguous else "")
        hits.append(Hit(span_start, span_end, PERSONNE, "pattern", detail, "nom:" + key, ambiguous, SHAPED))
    return hits + _in_lists(text, words, skipped, hits)


# How a known given name reads where it stands.
_NAME, _AMBIGUOUS, _SKIPPED, _WORD_HERE = "name", "ambiguous", "skipped", "word"


def _known_name(text: str, word: str, start: int, keep_keys: frozenset[str]):
    """(popularity, local popularity, andy, is also a common word) of a capitalised known given name, or
    None when the word is excluded, unknown, or an acronym."""
    folded = fold_text(word)
    if excluded(folded, keep_keys):
        return None
    found = _two_letter(text, word, start) if len(folded) == 2 else lookup(word)
    if found is None:
        return None
    popularity, local_popularity, andy = found
    common = is_word(folded, local_popularity)
    if word.isupper() and (
        len(word) <= 3 or common or (popularity < _MIN_LOCAL and local_popularity < _MIN_LOCAL)
    ):
        return None  # "ASI", "MAIA", "DIS", "IBAN": acronyms rather than names (or rare names)
    return popularity, local_popularity, andy, common


def _reading(text: str, words, position: int, following: int, found) -> str:
    """A name, an ambiguous name, a common word at a sentence start (skipped, unless in a list of names)
    or a word here."""
    popularity, local_popularity, andy, common = found
    start = words[position][1]
    if is_sentence_start(text, start):
        return _SKIPPED if common and following == position else _NAME
    if common and _DETERMINER_BEFORE.search(text[max(0, start - 12) : start]):
        if not _surname_follows(words, position, following):
            return _WORD_HERE  # "dans la Marine marchande", "une Rose des sables": a noun after a determiner
        return _AMBIGUOUS  # "Appel de Lotte Verhaegen": a surname no list knows makes it a name
    if common:
        frequent = local_popularity >= _MIN_LOCAL or popularity >= _MIN_GLOBAL
        if andy or not frequent:
            return _WORD_HERE
        return _AMBIGUOUS if following == position else _NAME
    return _NAME


def _surname_follows(words, position: int, following: int) -> bool:
    """Is words[position] followed by surname words that are neither common words nor given names?"""
    surnames = [fold_text(w) for w, _s, _e in words[position + 1 : following + 1]]
    surnames = [w for w in surnames if w not in PARTICLES]
    return bool(surnames) and all(not is_common_word(w) and lookup(w) is None for w in surnames)


_DETERMINER_BEFORE = re.compile(
    r"(?i)(?:^|[^\w'’])(?:la|le|les|l['’]|une?|des|du|au|aux|cette|ce|cet|ces|sa|son|ses|ma|mon|mes|de|het|een)"
    r"[ \t]*$|(?i:l['’])$"
)


def find_lowercase_given_names(text: str, keep_keys: frozenset[str]) -> list[Hit]:
    """In a text written without capitals ("vu fatou ce mat"), a lower-case word is a given name when it
    is a frequent given name (≥ 3 in Western Europe or ≥ 5 anywhere), at least 4 letters, and no common
    word, function word, place, month, feast or keep term. Flagged ambiguous; no surname extension (no
    capitals to tell a surname from the next word)."""
    if not index():
        return []
    hits: list[Hit] = []
    for word, start, end in _words(text):
        if not word.islower() or len(word) < 4:
            continue
        folded = fold_text(word)
        if excluded(folded, keep_keys):
            continue
        found = lookup(folded)
        if found is None:
            continue
        popularity, local_popularity, _andy = found
        if is_word(folded, local_popularity):  # the same test as for capitalised names ("lina", not "rose")
            continue
        if local_popularity < _MIN_LOCAL and popularity < _MIN_GLOBAL:
            continue
        detail = DETAIL + " (texte sans majuscules)"
        hits.append(Hit(start, end, PERSONNE, "pattern", detail, "nom:" + folded, True, SHAPED))
    return hits


def _two_letter(text: str, word: str, start: int) -> tuple[int, int, bool] | None:
    """ "An", "Jo", "Ed": two-letter names count only written Titlecase mid-sentence, when frequent in
    Western Europe and not a function word."""
    if not (word[0].isupper() and word[1].islower()) or is_sentence_start(text, start):
        return None
    folded = fold_text(word)
    found = index().get(folded)
    if found is None or found[1] < 5 or found[2] or folded in PARTICLES:
        return None
    return found


_LIST_GAP = re.compile(r"(?i)[ \t]*(?:,|&|\bet\b|\ben\b|\bou\b|\bof\b)[ \t]*|[ \t]*,[ \t]*(?:et|en)[ \t]+")


def _in_lists(text: str, words, skipped: list[int], hits: list[Hit]) -> list[Hit]:
    """A common-word given name at a sentence start is a name when coordinated with a detected name
    ("Florin et Ionela", "Constant, Lucie et Ahmed"): flagged ambiguous."""
    added: list[Hit] = []
    for position in skipped:
        word, start, end = words[position]
        after = next((h for h in hits if h.start >= end), None)
        before = next((h for h in reversed(hits) if h.end <= start), None)
        if (after and _LIST_GAP.fullmatch(text[end : after.start])) or (
            before and _LIST_GAP.fullmatch(text[before.end : start])
        ):
            key = "nom:" + normalise_key(word)
            detail = DETAIL + " (aussi un mot courant, dans une liste de noms)"
            added.append(Hit(start, end, PERSONNE, "pattern", detail, key, True, SHAPED))
    return added


def _extension(text: str, words, position: int, keep_keys: frozenset[str]) -> int:
    """Index of the last surname token directly after words[position] (particles allowed in between)."""
    last = position
    cursor = position + 1
    while cursor < len(words) and cursor - position <= 5:
        word, start, _end = words[cursor]
        if not re.fullmatch(r"[ \t]{1,2}", text[words[cursor - 1][2] : start]):
            break
        folded = fold_text(word)
        if folded in PARTICLES or re.fullmatch(r"(?i)[dl]['’]\w+", word):
            if word[:1].isupper() and (cursor + 1 >= len(words) or not words[cursor + 1][0][:1].isupper()):
                break
            if re.fullmatch(r"(?i)[dl]['’]\w+", word) and word[2:3].isupper():
                last = cursor
            cursor += 1
            continue
        if not _surname_like(word, keep_keys):
            break
        linked = fold_text(words[cursor - 1][0]) in PARTICLES and words[cursor - 1][0][:1].islower()
        if linked and lookup(word) is not None:
            break  # "Appel de Yannick", "la fille de Lucie": a second person, not a surname
        last = cursor
        cursor += 1
    return last


def _backward(text: str, words, position: int, keep_keys: frozenset[str]) -> int:
    """Index of the first surname token in capitals directly before words[position] ("BENALI Ahmed")."""
    first = position
    cursor = position - 1
    while cursor >= 0 and position - cursor <= 3:
        word, _start, end = words[cursor]
        if not re.fullmatch(r"[ \t]{1,2}", text[end : words[cursor + 1][1]]):
            break
        if (
            word.isupper()
            and len(word) >= 3
            and re.search(r"[AEIOUYÀ-Ü]", word)
            and _surname_like(word, keep_keys)
            and not is_common_word(fold_text(word))
        ):
            first = cursor
            cursor -= 1
            continue
        if fold_text(word) in PARTICLES and word.isupper() and first < position:
            cursor -= 1
            continue
        break
    return first
