"""Pictograms and per-language texts of a deck for conversation mode (issue 16): what falls back, and how a
conversation becomes a dialogue session with proposed priorities in the person's exact words."""

from __future__ import annotations

import json

import pytest

from app.card_pictograms import deck_gaps, pictogram_svg, shipped_pictogram
from app.cards import DeckError, DeckSettings, default_deck, load_deck, parse_deck
from app.conversation import ChosenCard, ConversationResult, record_conversation
from app.readmodels import PersonData, SituationData
from app.services import Services
from tests.app.test_cards import _small_deck, _write

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="20"/></svg>'


def test_every_card_of_the_default_deck_has_its_own_shipped_pictogram():
    deck = default_deck()
    assert not deck_gaps(deck, "fr") and not deck_gaps(deck, "nl") and not deck_gaps(deck, "en")
    drawings = [pictogram_svg(card) for card in deck.cards]
    assert all(drawing and drawing.lstrip().startswith(b"<svg") for drawing in drawings)
    assert len(set(drawings)) == len(drawings)  # one drawing per card, none shared


def test_a_deck_without_pictograms_works_and_its_gaps_are_listed(tmp_path):
    deck = load_deck(_write(tmp_path, _small_deck()))
    assert all(pictogram_svg(card) is None for card in deck.cards)
    gaps = deck_gaps(deck, "nl")
    assert gaps.without_pictogram == ("maison", "logement", "docteur")
    assert gaps.untranslated == ("maison", "logement", "docteur")
    assert deck.card("maison").label("nl") == "La maison"  # French, the deck's first language
    assert deck_gaps(deck, "fr").untranslated == ()


def test_inline_svg_and_shipped_names_round_trip_and_unknown_names_fall_back(tmp_path):
    data = _small_deck()
    data["cards"][0]["pictogram"] = SVG
    data["cards"][1]["pictogram"] = "logement"
    data["cards"][2]["pictogram"] = "no-such-drawing"
    data["cards"][2]["labels"]["nl"] = "De dokter"
    data["cards"][2]["prompt"]["nl"] = "En de dokter?"
    deck = load_deck(_write(tmp_path, data))
    assert parse_deck(deck.to_data()) == deck and deck.to_data()["cards"][0]["pictogram"] == SVG
    assert pictogram_svg(deck.card("maison")) == SVG.encode()
    assert pictogram_svg(deck.card("logement")) == shipped_pictogram("logement")
    assert pictogram_svg(deck.card("docteur")) is None
    gaps = deck_gaps(deck, "nl")
    assert gaps.without_pictogram == ("docteur",) and gaps.untranslated == ("maison", "logement")


@pytest.mark.parametrize("value", [12, "", "../../etc/passwd", "Logement", "<svg" + "x" * 60_000 + ">"])
def test_an_unusable_pictogram_value_rejects_the_deck(tmp_path, value):
    data = _small_deck()
    data["cards"][1]["pictogram"] = value
    with pytest.raises(DeckError) as caught:
        load_deck(_write(tmp_path, data))
    assert caught.value.params["cause"] == "deck.pictogram_invalid"
    assert caught.value.params["where"] == "cards[2] (logement)"


@pytest.mark.parametrize("text", [
    '<svg xmlns="http://www.w3.org/2000/svg"><circle r="3"></svg>',  # not well-formed
    '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',  # entities
    '<html><svg xmlns="http://www.w3.org/2000/svg"/></html>',  # not an SVG document
])
def test_a_broken_or_unsafe_svg_shows_as_text_only(tmp_path, text):
    data = _small_deck()
    data["cards"][0]["pictogram"] = text
    deck = load_deck(_write(tmp_path, data))
    assert pictogram_svg(deck.card("maison")) is None
    assert deck_gaps(deck, "fr").without_pictogram[0] == "maison"


def test_a_stored_deck_keeps_its_pictograms(register, tmp_path):
    data = _small_deck()
    data["cards"][0]["pictogram"] = SVG
    DeckSettings(register).use_deck_file(_write(tmp_path, data))
    stored = DeckSettings(register).current_deck()
    assert pictogram_svg(stored.card("maison")) == SVG.encode()
    assert json.loads(json.dumps(stored.to_data()))["cards"][0]["pictogram"] == SVG


# -- the end of a conversation -------------------------------------------------------------------------------
@pytest.fixture
def situation(register) -> tuple[Services, int]:
    services = Services.for_register(register)
    person = services.persons.create(PersonData(first_name="Anna", last_name="Exemple"))
    return services, services.situations.create(person.id, SituationData()).id


def test_chosen_cards_become_a_session_with_three_proposed_priorities_in_the_exact_words(situation):
    services, situation_id = situation
    words = ("  Ne plus avoir peur  de tomber ", "Qu’on m’aide « pour les papiers »", "", "Voir ma sœur",
             "Lire")
    result = ConversationResult("fr", (
        ChosenCard("materiel", words[0]), ChosenCard("papiers", words[1]), ChosenCard("solitude", words[2]),
        ChosenCard("famille", words[3]), ChosenCard("loisirs", words[4]),
    ), set_aside=("argent",))
    session = record_conversation(services.dialogues, situation_id, result)
    assert session.mode == "cartes"
    assert session.cards == ("materiel", "papiers", "solitude", "famille", "loisirs")
    assert [(p.text, p.theme, p.status) for p in session.priorities] == [
        ("Ne plus avoir peur  de tomber", "materiel", "exprimee"),  # inner spaces kept; only the ends trimmed
        ("Qu’on m’aide « pour les papiers »", "papiers", "exprimee"),
        ("Voir ma sœur", "famille", "exprimee"),
    ]
    assert session.notes == "Lire"  # a fourth card's words are kept, in the notes
    assert [p.text for p in services.priorities.for_situation(situation_id)] == [
        p.text for p in session.priorities]


def test_a_conversation_without_words_records_the_cards_only(situation):
    services, situation_id = situation
    result = ConversationResult("nl", (ChosenCard("corps"), ChosenCard("fatigue", "  ")))
    session = record_conversation(services.dialogues, situation_id, result)
    assert session.cards == ("corps", "fatigue") and session.priorities == () and session.notes == ""
