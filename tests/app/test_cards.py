"""Card decks: the default deck, validation of deck files, and the deck a register uses."""

from __future__ import annotations

import copy
import json
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import clock
from app.cards import DeckError, DeckSettings, default_deck, load_deck, parse_deck
from app.priorities import PriorityService
from app.readmodels import PersonData, SituationData
from app.services import Services
from storage.models import AppSetting
from storage.register import Register
from tests.conftest import PASSPHRASE
from tests.error_texts import raises_message, shown
from tests.property_budget import examples

LANGS = ("fr", "nl", "en")
DOMAINS_NAMED_BY_THE_SOURCES = {
    "fatigue",  # Participate Brussels, piste 1
    "vie_affective",  # piste 2
    "bouger",  # piste 3 and the CdP's "sport"
    "numerique",  # piste 4
    "travail",  # piste 5
    "materiel",
    "alimentation",
    "langue",
    "loisirs",
    "logement",
    "argent",
    "papiers",
    "solitude",
    "moral",
    "famille",
    "aidants",  # the CdP's domains (seed 003)
    "sens",  # KCE spiritual needs (seed 000)
}


def _small_deck() -> dict:
    return {
        "format": "relais-card-deck",
        "version": 1,
        "id": "cdp-saint-gilles",
        "name": {"fr": "Cartes de la CdP"},
        "groups": [
            {"id": "vie", "labels": {"fr": "La vie", "nl": "Het leven"}},
            {"id": "soins", "labels": {"fr": "Les soins"}},
        ],
        "cards": [
            {
                "id": "maison",
                "group": "vie",
                "labels": {"fr": "La maison"},
                "prompt": {"fr": "Et chez vous ?"},
            },
            {
                "id": "logement",
                "group": "vie",
                "labels": {"fr": "Logement"},
                "prompt": {"fr": "Votre logement ?"},
            },
            {
                "id": "docteur",
                "group": "soins",
                "labels": {"fr": "Le médecin"},
                "prompt": {"fr": "Et le médecin ?"},
            },
        ],
    }


def _write(tmp_path: Path, data: object, name: str = "jeu.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# -- the default deck ----------------------------------------------------------------------------------------
def test_default_deck_is_valid_trilingual_and_not_presented_as_official():
    deck = default_deck()

    assert deck.id == "relais-default"
    assert deck.official is False
    assert "pas le jeu officiel BabbelBoost" in deck.notice["fr"]
    assert "BabbelBoost" in deck.notice["nl"] and "BabbelBoost" in deck.notice["en"]
    assert 24 <= len(deck.cards) <= 32
    assert 5 <= len(deck.groups) <= 7
    for item in (deck.name, deck.notice, *(g.labels for g in deck.groups)):
        assert all(item[lang].strip() for lang in LANGS)
    for card in deck.cards:
        assert all(card.labels[lang].strip() and card.prompt[lang].strip() for lang in LANGS), card.id
        assert card.prompt["fr"].endswith("?") and card.prompt["nl"].endswith("?"), card.id
        sources = (card.source,) if isinstance(card.source, str) else card.source
        assert sources and set(sources) <= {"000", "003", "relais"}, card.id
    assert all(deck.cards_in(group.id) for group in deck.groups), "every group holds cards"


def test_default_deck_covers_the_domains_named_by_the_sources():
    missing = DOMAINS_NAMED_BY_THE_SOURCES - {card.id for card in default_deck().cards}
    assert not missing


def test_default_deck_file_loads_the_same_as_the_packaged_resource(tmp_path):
    text = (files("resources") / "cards" / "default_deck.json").read_text(encoding="utf-8")
    path = tmp_path / "default_deck.json"
    path.write_text(text, encoding="utf-8")

    assert load_deck(path) == default_deck()
    assert parse_deck(default_deck().to_data()) == default_deck()


def test_labels_in_each_language_and_unknown_themes():
    deck = default_deck()

    assert deck.label("logement") == "Le logement"
    assert deck.label("logement", "nl") == "De woning"
    assert deck.label("logement", "en") == "Housing"
    assert (
        deck.card("logement").prompt_text()
        == "Qu’est-ce qui compte pour vous chez vous, dans votre logement ?"
    )
    assert deck.is_known("logement") and not deck.is_known("jardinage") and not deck.is_known(None)
    assert deck.card("jardinage") is None
    assert deck.label("jardinage", "nl") == "Thème inconnu (jardinage)"
    assert deck.label(None) == "Sans thème"


def test_missing_translation_falls_back_to_french():
    deck = parse_deck(_small_deck())

    assert deck.label("maison", "nl") == "La maison"
    assert deck.group("vie").label("nl") == "Het leven"
    assert deck.group("soins").label("en") == "Les soins"
    assert deck.display_name("en") == "Cartes de la CdP"


# -- bad deck files ------------------------------------------------------------------------------------------
def _drop(path: tuple):
    def mutate(data: dict) -> None:
        target = data
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return mutate


def _set(path: tuple, value: object):
    def mutate(data: dict) -> None:
        target = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return mutate


BAD_DECKS = {
    "wrong format": (_set(("format",), "anki"), "« format » doit valoir « relais-card-deck »"),
    "missing format": (_drop(("format",)), "n'est pas un jeu de cartes Relais"),
    "newer version": (_set(("version",), 2), "Version de jeu de cartes non prise en charge : 2"),
    "version as text": (_set(("version",), "1"), "« version » doit être un nombre entier"),
    "missing deck id": (_drop(("id",)), "deck : identifiant (« id ») manquant"),
    "bad deck id": (_set(("id",), "Mon Jeu"), "identifiant « Mon Jeu » invalide"),
    "missing name": (_drop(("name",)), "« name » manquant"),
    "name without fr": (_set(("name",), {"nl": "Kaarten"}), "texte français (« name.fr ») manquant"),
    "official not boolean": (_set(("official",), "non"), "« official » doit valoir true ou false"),
    "no groups": (_set(("groups",), []), "« groups »"),
    "cards missing": (_drop(("cards",)), "n'a pas de liste « cards »"),
    "empty deck": (_set(("cards",), []), "ne contient aucun élément dans « cards »"),
    "cards not a list": (_set(("cards",), {"maison": {}}), "« cards » doit être une liste"),
    "card not an object": (_set(("cards", 1), "logement"), "cards[2] : doit être un objet JSON"),
    "card without id": (_drop(("cards", 1, "id")), "cards[2] : identifiant (« id ») manquant"),
    "card with bad id": (_set(("cards", 1, "id"), "Logement!"), "cards[2] (Logement!) : identifiant"),
    "card without labels": (_drop(("cards", 1, "labels")), "cards[2] (logement) : « labels » manquant"),
    "card labels not object": (_set(("cards", 1, "labels"), "Logement"), "« labels » doit être un objet"),
    "card without fr label": (
        _set(("cards", 1, "labels"), {"nl": "Woning", "en": "Housing"}),
        "cards[2] (logement) : texte français (« labels.fr ») manquant",
    ),
    "card with blank nl label": (
        _set(("cards", 1, "labels", "nl"), "  "),
        "« labels.nl » doit être un texte",
    ),
    "card without prompt": (_drop(("cards", 2, "prompt")), "cards[3] (docteur) : « prompt » manquant"),
    "card without group": (
        _drop(("cards", 0, "group")),
        "cards[1] (maison) : groupe (« group ») manquant",
    ),
    "card in unknown group": (
        _set(("cards", 0, "group"), "loisirs"),
        "cards[1] (maison) : groupe « loisirs » inconnu (groupes déclarés : vie, soins)",
    ),
    "duplicate card id": (
        _set(("cards", 2, "id"), "maison"),
        "cards[3] : l'identifiant « maison » est déjà celui de la carte n° 1",
    ),
    "duplicate group id": (
        _set(("groups", 1, "id"), "vie"),
        "groups[2] (vie) : l'identifiant « vie » est déjà celui du groupe n° 1",
    ),
    "group without labels": (_drop(("groups", 0, "labels")), "groups[1] (vie) : « labels » manquant"),
    "bad source": (_set(("cards", 0, "source"), []), "« source » doit être un texte ou une liste"),
}


@pytest.mark.parametrize("case", sorted(BAD_DECKS))
def test_bad_deck_files_are_rejected_with_a_message_naming_the_problem(tmp_path, case):
    mutate, expected = BAD_DECKS[case]
    data = _small_deck()
    mutate(data)
    path = _write(tmp_path, data, "cartes-cdp.json")

    with pytest.raises(DeckError) as caught:
        load_deck(path)

    assert expected in shown(caught.value)
    assert shown(caught.value).startswith("« cartes-cdp.json » : ")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b'{"format": "relais-card-deck",\n  "version": 1,,\n}',
            "n'est pas du JSON valide (ligne 2, colonne 16)",
        ),
        (b"", "n'est pas du JSON valide (ligne 1, colonne 1)"),
        ('{"id": "caf\xe9"}'.encode("latin-1"), "n'est pas un texte encodé en UTF-8"),
        (b"[1, 2, 3]", "doit être un objet JSON (entre accolades)"),
    ],
)
def test_files_that_are_not_deck_json_are_rejected(tmp_path, content, expected):
    path = tmp_path / "notes.json"
    path.write_bytes(content)

    with raises_message(DeckError, match=r"notes\.json") as caught:
        load_deck(path)

    assert expected in shown(caught.value)


def test_missing_file_and_oversized_file_are_rejected(tmp_path):
    with raises_message(DeckError, match=r"Impossible de lire le fichier « absent\.json »"):
        load_deck(tmp_path / "absent.json")
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 1_000_001)
    with raises_message(DeckError, match="trop volumineux"):
        load_deck(big)


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "windows.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(_small_deck()).encode("utf-8"))

    assert load_deck(path).id == "cdp-saint-gilles"


# -- generated decks -----------------------------------------------------------------------------------------
IDS = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,20}", fullmatch=True)
TEXT = st.text(min_size=1, max_size=30).filter(str.strip)
LABELS = st.fixed_dictionaries({"fr": TEXT}, optional={"nl": TEXT, "en": TEXT})
SOURCE = st.one_of(st.none(), TEXT, st.lists(TEXT, min_size=1, max_size=3))


@st.composite
def deck_data(draw) -> dict:
    group_ids = draw(st.lists(IDS, min_size=1, max_size=5, unique=True))
    card_ids = draw(st.lists(IDS, min_size=1, max_size=25, unique=True))
    cards = []
    for card_id in card_ids:
        card = {"id": card_id, "group": draw(st.sampled_from(group_ids)), "labels": draw(LABELS)}
        card["prompt"] = draw(LABELS)
        source = draw(SOURCE)
        if source is not None:
            card["source"] = source
        cards.append(card)
    data = {"format": "relais-card-deck", "version": 1, "id": draw(IDS), "name": draw(LABELS)}
    data["official"] = draw(st.booleans())
    if draw(st.booleans()):
        data["notice"] = draw(LABELS)
    data["groups"] = [{"id": group_id, "labels": draw(LABELS)} for group_id in group_ids]
    data["cards"] = cards
    return data


@settings(max_examples=examples(150), suppress_health_check=[HealthCheck.too_slow])
@given(deck_data())
def test_generated_valid_decks_parse_and_round_trip(data):
    deck = parse_deck(json.loads(json.dumps(data)))

    assert [card.id for card in deck.cards] == [card["id"] for card in data["cards"]]
    assert [group.id for group in deck.groups] == [group["id"] for group in data["groups"]]
    for card, source in zip(deck.cards, data["cards"], strict=True):
        assert dict(card.labels) == source["labels"] and dict(card.prompt) == source["prompt"]
        assert deck.label(card.id, "fr") == source["labels"]["fr"]
        assert deck.is_known(card.id)
    assert parse_deck(deck.to_data()) == deck
    assert parse_deck(json.loads(json.dumps(deck.to_data(), ensure_ascii=False))) == deck


@settings(max_examples=examples(100), suppress_health_check=[HealthCheck.too_slow])
@given(deck_data(), st.data())
def test_generated_decks_missing_a_card_field_are_rejected_naming_the_card(data, draw):
    broken = copy.deepcopy(data)
    index = draw.draw(st.integers(0, len(broken["cards"]) - 1))
    field = draw.draw(st.sampled_from(["id", "labels", "prompt", "group"]))
    del broken["cards"][index][field]

    with pytest.raises(DeckError) as caught:
        parse_deck(broken)

    assert f"cards[{index + 1}]" in shown(caught.value)
    assert f"« {field} »" in shown(caught.value)


# -- the deck a register uses --------------------------------------------------------------------------------
def test_register_uses_the_default_deck_until_another_is_loaded(register, tmp_path):
    settings_ = DeckSettings(register)
    assert settings_.current_deck() == default_deck()
    assert not settings_.is_custom()

    loaded = settings_.use_deck_file(_write(tmp_path, _small_deck()))

    assert loaded.id == "cdp-saint-gilles"
    assert DeckSettings(register).current_deck() == loaded
    assert DeckSettings(register).is_custom()


def test_loaded_deck_is_stored_in_the_register_itself(register, register_dir, tmp_path):
    DeckSettings(register).use_deck_file(_write(tmp_path, _small_deck()))
    register.close()

    reopened = Register.open_with_passphrase(register_dir, PASSPHRASE)
    try:
        assert DeckSettings(reopened).current_deck().id == "cdp-saint-gilles"
    finally:
        reopened.close()


def test_a_bad_file_leaves_the_current_deck_in_place(register, tmp_path):
    settings_ = DeckSettings(register)
    settings_.use_deck_file(_write(tmp_path, _small_deck()))
    duplicated = _small_deck()
    duplicated["cards"][1]["id"] = "maison"
    not_json = tmp_path / "cassé.json"
    not_json.write_text("{ pas du json", encoding="utf-8")

    for bad in (_write(tmp_path, duplicated, "double.json"), not_json):
        with pytest.raises(DeckError):
            settings_.use_deck_file(bad)
        assert settings_.current_deck().id == "cdp-saint-gilles"
        assert [card.id for card in settings_.current_deck().cards] == ["maison", "logement", "docteur"]


def test_a_bad_file_leaves_the_default_deck_in_place(register, tmp_path):
    settings_ = DeckSettings(register)

    with raises_message(DeckError, match="aucun élément dans « cards »"):
        settings_.use_deck_file(_write(tmp_path, {**_small_deck(), "cards": []}))

    assert settings_.current_deck() == default_deck()
    assert not settings_.is_custom()


def test_reset_to_default(register, tmp_path):
    settings_ = DeckSettings(register)
    settings_.use_deck_file(_write(tmp_path, _small_deck()))

    assert settings_.reset_to_default() == default_deck()
    assert settings_.current_deck() == default_deck()
    assert not settings_.is_custom()


def test_an_unreadable_stored_deck_falls_back_to_the_default(register):
    with register.session() as session:
        session.add(AppSetting(key="card_deck", value='{"format": "autre"}'))

    assert DeckSettings(register).current_deck() == default_deck()


def test_a_priority_whose_theme_leaves_the_deck_keeps_its_text_and_shows_the_theme_as_unknown(
    register, tmp_path, monkeypatch
):
    monkeypatch.setattr(clock, "today", lambda: date(2024, 5, 15))
    services = Services.for_register(register)
    person = services.persons.create(PersonData(first_name="Anne", last_name="Lambert"))
    situation = services.situations.create(person.id, SituationData(started_on=date(2024, 1, 1)))
    priorities = PriorityService(register)
    priorities.add(situation.id, "Ne plus avoir peur de tomber", theme="materiel")
    deck_settings = DeckSettings(register)
    assert deck_settings.current_deck().label("materiel") == "Matériel et aménagements"

    new_deck = deck_settings.use_deck_file(_write(tmp_path, _small_deck()))
    [priority] = priorities.for_situation(situation.id)

    assert (priority.text, priority.theme) == ("Ne plus avoir peur de tomber", "materiel")
    assert not new_deck.is_known(priority.theme)
    assert new_deck.label(priority.theme) == "Thème inconnu (materiel)"
    assert priorities.counts_by_theme_and_status(new_deck) == {("materiel", "exprimee"): 1}


def test_the_example_in_the_format_documentation_is_a_valid_deck():
    text = (Path(__file__).parents[2] / "docs" / "card-deck-format.md").read_text(encoding="utf-8")
    example = text.split("```json", 1)[1].split("```", 1)[0]

    deck = parse_deck(json.loads(example))

    assert deck.id == "cdp-saint-gilles"
    assert deck.label("logement", "nl") == "De woning"
