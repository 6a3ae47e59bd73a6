"""Counts of priorities by theme and status across the register, and the card deck in use."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.cards import default_deck
from app.readmodels import PersonData, SituationData
from app.services import Services
from app.vocab import vocabularies
from ui.dialogue.priority_overview import PriorityOverview

TODAY = date.today()
STATUSES = vocabularies()["priority_statuses"].ids()


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("unexpected modal dialog")

    for name in ("exec", "question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", refuse)


@pytest.fixture
def services(register) -> Services:
    return Services.for_register(register)


def _situation(services: Services, name: str) -> int:
    person = services.persons.create(PersonData(first_name=name, last_name="Exemple"))
    return services.situations.create(person.id, SituationData(started_on=TODAY - timedelta(days=30))).id


@pytest.fixture
def filled(services) -> None:
    """Two situations: logement ×2 (one achieved), argent ×1, no theme ×1."""
    first, second = _situation(services, "Anne"), _situation(services, "Jan")
    raised = TODAY - timedelta(days=20)
    home = services.priorities.add(first, "Rester chez moi", "logement", raised)
    services.priorities.add(second, "Un logement sain", "logement", raised)
    services.priorities.add(second, "Payer les factures", "argent", raised)
    services.priorities.add(first, "Dormir", None, raised)
    services.priorities.change_status(home.id, "atteinte", TODAY)


@pytest.fixture
def overview(qtbot, services) -> PriorityOverview:
    widget = PriorityOverview(services)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _deck_file(tmp_path, name: str, cards: list[dict]) -> str:
    data = {
        "format": "relais-card-deck",
        "version": 1,
        "id": "cdp",
        "name": {"fr": "Cartes de la CdP", "nl": "Kaarten van de CdP", "en": "CdP cards"},
        "groups": [{"id": "g", "labels": {"fr": "Groupe"}}],
        "cards": cards,
    }
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def _card(card_id: str) -> dict:
    return {"id": card_id, "group": "g", "labels": {"fr": card_id.title()}, "prompt": {"fr": "Et alors ?"}}


def test_counts_by_theme_and_status_with_totals(filled, overview):
    exprimee, atteinte = 1 + STATUSES.index("exprimee"), 1 + STATUSES.index("atteinte")
    total = len(STATUSES) + 1
    housing = default_deck().label("logement", overview._lang)
    assert overview.count(housing, exprimee) == "1"
    assert overview.count(housing, atteinte) == "1"
    assert overview.count(housing, total) == "2"
    assert overview.count("No theme", exprimee) == "1"
    assert overview.count("Total", exprimee) == "3"
    assert overview.count("Total", total) == "4"
    assert overview.count(housing, 1 + STATUSES.index("deposee")) == ""  # zero cells stay blank
    assert overview.table.rowCount() == 4 and not overview.empty.isVisible()


def test_empty_register_says_so(overview):
    assert overview.empty.isVisible() and not overview.table.isVisible()


def test_bad_deck_file_keeps_the_current_deck_and_shows_the_message(
    tmp_path, services, overview, monkeypatch
):
    bad = tmp_path / "cartes.json"
    bad.write_text("{ pas du json", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (str(bad), ""))
    deck_before = overview.deck_name.text()
    changed = []
    overview.deck_changed.connect(lambda: changed.append(True))
    overview.load_button.click()
    assert overview.deck_error.isVisible()
    assert "cartes.json" in overview.deck_error.text() and "JSON" in overview.deck_error.text()
    assert overview.deck_name.text() == deck_before
    assert not services.deck_settings.is_custom() and changed == []
    assert not overview.reset_button.isEnabled()


def test_repeated_ids_are_refused_and_a_loaded_deck_stays(tmp_path, services, filled, overview):
    good = _deck_file(tmp_path, "cdp.json", [_card("logement"), _card("voisins")])
    assert overview.load_deck_file(good)
    assert services.deck_settings.current_deck().id == "cdp"
    assert overview.reset_button.isEnabled() and "2" in overview.deck_message.text()
    assert overview.count("Unknown theme (argent)", len(STATUSES) + 1) == "1"  # kept, shown as unknown
    twice = _deck_file(tmp_path, "double.json", [_card("voisins"), _card("voisins")])
    assert not overview.load_deck_file(twice)
    assert "voisins" in overview.deck_error.text() and "double.json" in overview.deck_error.text()
    assert services.deck_settings.current_deck().id == "cdp"


def test_back_to_the_default_deck(tmp_path, services, overview):
    overview.load_deck_file(_deck_file(tmp_path, "cdp.json", [_card("voisins")]))
    changed = []
    overview.deck_changed.connect(lambda: changed.append(True))
    overview.reset_button.click()
    assert not services.deck_settings.is_custom() and changed == [True]
    assert not overview.reset_button.isEnabled()
