"""The GDPR access PDF is read by the person: human titles and labels in their language, none of the
register's column names or vocabulary ids, all of their data and nothing of another person's."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import SQLModel

from app.documents.access import build_access
from app.documents.access_texts import words
from app.documents.texts import term
from app.readmodels import PersonData, SituationData
from app.time_entries import TimeEntryData
from tests.documents.test_documents import flat, pdf_text

IDENTITY = PersonData(
    first_name="Françoise",
    last_name="Nguyễn-Müller",
    birth_year=1941,
    sex="f",
    address="Rue de la Poste 12",
    postcode="1030",
    commune="Schaerbeek",
    phone="0470 00 00 00",
    email="francoise@example.org",
    languages="français, vietnamien",
    notes="Préfère le matin.",
)


@pytest.fixture
def rich(pair):
    """The pair's main person with every kind of row filled in."""
    services = pair.services
    services.persons.update(pair.person_id, IDENTITY)
    situation = services.situations.get(pair.situation_id)
    services.situations.update(
        pair.situation_id,
        SituationData(
            started_on=situation.started_on,
            narrative=situation.narrative,
            origin="cpas",
            vulnerabilities=("isolement_social",),
            consent_cdp=True,
            consent_date=date(2026, 1, 6),
            next_checkin=date(2026, 12, 20),
        ),
    )
    mobilisation = next(
        m for m in services.mobilisations.for_situation(pair.situation_id) if m.status == "liste_attente"
    )
    services.mobilisations.change_status(
        mobilisation.id, "en_place", date(2026, 4, 2), note="Enfin une place."
    )
    services.time.log(
        [
            TimeEntryData("visite_domicile", 90, date(2026, 3, 3), pair.situation_id, note="Visite"),
            TimeEntryData("ecouter", 25, date(2026, 3, 9), pair.situation_id),
        ]
    )
    return pair


def _column_and_table_names() -> set[str]:
    words_too = {
        "person",
        "situation",
        "resource",
        "priority",
    }  # table names that are also words of the document
    names = {table.name for table in SQLModel.metadata.sorted_tables} - words_too
    names |= {
        column.name
        for table in SQLModel.metadata.sorted_tables
        for column in table.columns
        if "_" in column.name
    }
    return names


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_access_pdf_speaks_the_persons_language(rich, lang):
    register = rich.services.register
    document = json.loads(build_access(register, rich.situation_id, file_format="json").content)
    shown = flat(pdf_text(build_access(register, rich.situation_id, lang=lang).content))
    lowered = shown.lower()
    leaked = sorted(name for name in _column_and_table_names() if name.lower() in lowered)
    assert leaked == []
    for raw in (
        "medecin_generaliste",
        "liste_attente",
        "en_place",
        "as_cpas",
        "isolement_social",
        "visite_domicile",
        "2026-03-03",
        "2026-02-01",
        "sex:",
        "True",
        "None",
        "+00:00",
    ):
        assert raw not in shown, raw
    for title in (
        "identity",
        "situation",
        "network",
        "priorities",
        "mobilisations",
        "time",
        "followups",
        "consents",
        "exports",
    ):
        assert words(title, lang) in shown, title
    assert words("empty", lang) in shown  # no dialogue was held
    for vocabulary, term_id in (
        ("network_roles", "medecin_generaliste"),
        ("mobilisation_statuses", "en_place"),
        ("mobilisation_statuses", "liste_attente"),
        ("who_mobilises", "as_cpas"),
        ("vulnerabilities", "isolement_social"),
        ("referent_tasks", "visite_domicile"),
        ("origins", "cpas"),
        ("situation_statuses", "active"),
        ("priority_statuses", "exprimee"),
    ):
        assert flat(term(vocabulary, term_id, lang)) in shown, term_id
    assert words("sex.f", lang) in shown and words("yes", lang) in shown
    hour = "u" if lang == "nl" else "h"  # Flemish writing: "1 u 30"
    assert "01/02/2026" in shown and "06/01/2026" in shown
    assert f"1 {hour} 30" in shown and f"1 {hour} 55" in shown
    person = document["tables"]["person"][0]
    for column, value in person.items():
        if column in ("id", "created_at", "updated_at", "sex") or not value:
            continue
        assert flat(str(value)) in shown, column
    assert "Référente Noëlle" in shown and "Relais Bruxelles" in shown  # whose register it is
    assert "JSON" in shown  # the intro says where the internal columns are


def test_access_pdf_holds_nothing_of_another_person(rich):
    shown = flat(pdf_text(build_access(rich.services.register, rich.situation_id).content))
    for other in (
        "Zébulon",
        "Koçak",
        "Другой",
        "Récit de l'autre",
        "Priorité de l'autre",
        "Voisine de l'autre",
    ):
        assert other not in shown
    assert "Enfin une place." in shown and "Dr Anaïs Öztürk" in shown and "Rappeler la kiné" in shown


def test_the_json_keeps_every_column(rich):
    document = json.loads(build_access(rich.services.register, rich.situation_id, file_format="json").content)
    tables = document["tables"]
    assert tables["person"][0]["sex"] == "f" and tables["situation"][0]["consent_cdp"] is True
    assert {"id", "person_id", "created_at", "updated_at"} <= set(tables["situation"][0])
    assert sorted(row["minutes"] for row in tables["timeentry"]) == [25, 90]


def test_each_row_of_a_person_with_two_situations_says_which(rich):
    services = rich.services
    earlier = services.situations.create(rich.person_id, SituationData(started_on=date(2025, 3, 1)))
    services.priorities.add(earlier.id, "Garder mon chat", raised_on=date(2025, 3, 2))
    services.situations.close(earlier.id, "objectifs_atteints", date(2025, 6, 30))
    shown = flat(pdf_text(build_access(services.register, rich.situation_id, lang="nl").content))
    assert f"Situatie {earlier.code} · Garder mon chat" in shown
    assert f"Situatie {rich.situation_code} · Ne plus avoir peur la nuit" in shown
    assert term("closure_reasons", "objectifs_atteints", "nl") in shown and "30/06/2025" in shown
