"""Register names come in every shape (a title and a surname only, a particle alone, brackets, empty parts):
building the deny list never fails on them, and what is a name is still masked."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.anonymiser import Anonymiser, DenyList
from tests.property_budget import examples

ODD_NAMES = [
    "Dr Van Hoof", "Dr. El", "Mme", "Van", "(voisine)", "-", "123", "", "  ", "M. D.", "J.-P.",
    "Mevrouw De Smet",
    ("", "Van Damme"), ("Jean", ""), ("", ""), ("Van", "Der"), ("D'", "Ursel"), ("Ö", "Ü"),
]  # fmt: skip


@pytest.mark.parametrize("name", ODD_NAMES)
def test_every_shape_of_register_name_builds(name):
    anon = Anonymiser(DenyList(names=[name]), use_ner=False)
    assert anon.scrub("Passage prévu jeudi avec la famille.").text == "Passage prévu jeudi avec la famille."


def test_a_title_and_a_compound_surname_are_masked():
    anon = Anonymiser(DenyList(names=["Dr Van Hoof", ("", "Van Damme")]), use_ner=False)
    text = anon.scrub("Le Dr Van Hoof a écrit à Mme Van Damme ; VAN HOOF rappellera.").text
    assert "Hoof" not in text and "HOOF" not in text and "Damme" not in text


@settings(max_examples=examples(60), deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "P", "Zs", "Nd")), max_size=30))
def test_any_text_as_a_register_name_never_breaks_the_deny_list(name):
    anon = Anonymiser(DenyList(names=[name, (name, name)], streets=[name], phones=[name], emails=[name]),
                      use_ner=False)  # fmt: skip
    assert isinstance(anon.scrub("Visite du mardi : tout va bien.").text, str)
