"""The anonymiser's public word lists, built once and read back from the user's cache (issue 14)."""

from __future__ import annotations

import os
import stat

import pytest

from app.anonymiser import given_names, lexicon
from app.anonymiser.wordlist_cache import cached


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("RELAIS_CACHE_DIR", str(folder))
    return folder


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def _encode(text: str) -> bytes:
    return text.encode()


def _decode(data: bytes) -> str:
    if not data:
        raise ValueError("empty")
    return data.decode()


def test_built_once_then_read_back_owner_only(cache, tmp_path):
    source = tmp_path / "source.txt"
    source.write_text("data")
    build, calls = _counting("built")
    assert cached("words", [source], build, _encode, _decode) == "built"
    assert cached("words", [source], build, _encode, _decode) == "built"
    assert len(calls) == 1
    written = cache / "words.bin"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert not [p for p in cache.iterdir() if p.name.endswith(".tmp")]


def test_a_changed_source_or_a_damaged_file_builds_again(cache, tmp_path):
    source = tmp_path / "source.txt"
    source.write_text("data")
    build, _ = _counting("v1")
    cached("words", [source], build, _encode, _decode)
    source.write_text("longer data")  # another size: another key
    build2, calls2 = _counting("v2")
    assert cached("words", [source], build2, _encode, _decode) == "v2" and calls2 == [1]
    written = cache / "words.bin"
    written.write_bytes(written.read_bytes()[:20])  # cut inside the header
    build3, calls3 = _counting("v3")
    assert cached("words", [source], build3, _encode, _decode) == "v3" and calls3 == [1]
    assert cached("words", [source], build3, _encode, _decode) == "v3" and calls3 == [1]


def test_a_payload_the_decoder_refuses_is_rebuilt(cache, tmp_path):
    build, calls = _counting("")  # encodes to nothing, which _decode refuses
    cached("words", [], build, _encode, _decode)
    cached("words", [], build, _encode, _decode)
    assert len(calls) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_cache_folder_that_cannot_be_written_only_costs_the_build(cache, tmp_path):
    cache.mkdir(mode=0o500)
    build, calls = _counting("built")
    assert cached("words", [], build, _encode, _decode) == "built"
    assert cached("words", [], build, _encode, _decode) == "built" and len(calls) == 2


def test_a_cache_path_that_is_a_file_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("RELAIS_CACHE_DIR", str(blocker))
    build, calls = _counting("built")
    assert cached("words", [], build, _encode, _decode) == "built"
    assert cached("words", [], build, _encode, _decode) == "built" and len(calls) == 2


def test_the_lexicon_read_back_is_the_lexicon_built(cache):
    built_lemmas, built_forms = lexicon._load_lexicon()
    assert (cache / "lexicon.bin").is_file()
    read_lemmas, read_forms = lexicon._load_lexicon()
    assert len(built_lemmas) > 50_000 and len(built_forms) > 100_000
    assert list(read_lemmas) == list(built_lemmas) and list(read_forms) == list(built_forms)
    from app.anonymiser.folding import fold_text
    from app.anonymiser.string_ids import string_id

    assert string_id(fold_text("appeler")) in read_lemmas


def test_the_given_names_read_back_are_the_names_built(cache):
    built = given_names._load()
    assert (cache / "given_names.bin").is_file()
    read = given_names._load()
    assert read == built and len(read) > 20_000
    assert read["marie"][0] > 0


def test_the_window_has_missing_lists_built_by_a_child_process(cache, monkeypatch):
    from app.anonymiser import wordlist_build

    def not_here(*_args):
        raise AssertionError("built in the window's own process")

    monkeypatch.setattr(lexicon, "_build_lexicon", not_here)
    monkeypatch.setattr(given_names, "_build", not_here)
    assert not wordlist_build.lists_cached()
    monkeypatch.setattr(wordlist_build, "_in_child", True)
    wordlist_build.prepare()  # what loading a list does first in the window
    assert wordlist_build.lists_cached()
    assert (cache / "lexicon.bin").is_file() and (cache / "given_names.bin").is_file()
    lemmas, _ = lexicon._load_lexicon()  # now read from the cache: no build here
    assert len(lemmas) > 50_000 and len(given_names._load()) > 20_000


def test_elsewhere_lists_are_built_in_process_as_before(cache, monkeypatch):
    from app.anonymiser import wordlist_build

    monkeypatch.setattr(wordlist_build, "_in_child", False)
    wordlist_build.prepare()
    assert not (cache / "lexicon.bin").exists()
    assert len(given_names._load()) > 20_000 and (cache / "given_names.bin").is_file()
