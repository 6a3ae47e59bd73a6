"""Round-6 corpus (round6.py, written by a helper that read neither the anonymiser nor the earlier corpora'
narratives): 60 narratives, 30 Dutch or mixed. These tests check the corpus itself (it parses, every
planted item sits where the mark-up says, numbers are valid, the register knows its organisations); the
anonymiser's floors on it are set elsewhere. First-run figures are in round6.py's docstring.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import pytest
from stdnum import iban
from stdnum.be import bis, nn

from tests.app.anonymiser import round6


@pytest.fixture(scope="module")
def narratives() -> list[round6.Narrative]:
    return round6.build()


def _planted(narratives, kind: str) -> list[str]:
    return [p.text for n in narratives for p in n.planted if p.kind == kind]


def test_round6_size_languages_and_kinds(narratives):
    assert len(narratives) == 60
    languages = Counter(n.lang for n in narratives)
    assert languages["fr"] >= 28 and languages["nl"] >= 28
    kinds = Counter(p.kind for n in narratives for p in n.planted)
    assert set(kinds) == set(round6.MASKED_KINDS) | set(round6.KEPT_KINDS)
    assert kinds["org"] >= 120
    assert kinds["code"] + kinds["fileno"] >= 50
    assert kinds["word"] >= 30 and kinds["quasi"] >= 25 and kinds["unknown_name"] >= 40


def test_every_planted_item_is_found_in_its_text(narratives):
    for narrative in narratives:
        for mark in "{}<>":
            assert mark not in narrative.text  # no mark-up left over
        assert narrative.planted
        for p in narrative.planted:
            assert p.text and p.text == p.text.strip()
            assert narrative.text[p.start : p.end] == p.text
        spans = sorted((p.start, p.end) for p in narrative.planted)
        assert all(end <= start for (_s, end), (start, _e) in pairwise(spans))


def test_every_niss_and_iban_is_valid(narratives):
    for number in _planted(narratives, "niss"):
        assert nn.is_valid(number) or bis.is_valid(number), "invalid NISS/BIS in the corpus"
    for account in _planted(narratives, "iban"):
        assert account.startswith("BE") and iban.is_valid(account), "invalid IBAN in the corpus"


def test_the_register_knows_every_network_member_and_organisation():
    keep = round6.keep_list()
    assert all(org in keep for _member, org in round6.network())
    names = round6.deny_inputs()["names"]
    assert all(member in names for member, _org in round6.network())


def test_register_names_have_words_to_mask(narratives):
    for text in _planted(narratives, "register_name") + _planted(narratives, "unknown_name"):
        assert round6.name_tokens(text), "a planted name with nothing to mask"
