"""The resource directory on a real encrypted register: CRUD, contact checks, search, filters, stale hint,
type-ahead, and deletion that keeps the mobilisations' names."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app import clock
from app.errors import NotFoundError, ValidationError
from app.mobilisations import MobilisationData, MobilisationService
from app.readmodels import PersonData, SituationData
from app.resources_directory import ResourceData, ResourceService, fast_fold, normalise_phone, stale_before
from app.services import Services
from storage.models import Mobilisation
from storage.text import fold
from tests.error_texts import shown

TODAY = date(2024, 5, 15)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def directory(register) -> ResourceService:
    return ResourceService(register)


def _add(directory: ResourceService, name: str, **fields) -> int:
    return directory.create(ResourceData(name=name, **fields)).id


# -- create, read, update ----------------------------------------------------------------------------------
def test_create_normalises_and_reads_back(directory):
    created = directory.create(
        ResourceData(
            name="  CPAS de Saint-Gilles ",
            resource_type="cpas",
            commune="Saint-Gilles",
            phone="02/543.12.34",
            email=" accueil@cpas-stgilles.example ",
            website="cpas-stgilles.example/aide",
            learned_from="cdp",
            last_checked=date(2024, 1, 2),
        )
    )

    assert created.name == "CPAS de Saint-Gilles"
    assert created.phone == "02 543 12 34"
    assert created.email == "accueil@cpas-stgilles.example"
    assert created.website == "cpas-stgilles.example/aide"  # kept as typed
    assert created.category == "droits_administratif"  # from the type's category
    assert created.created_at is not None and created.created_at.tzinfo is not None
    assert directory.get(created.id) == created


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0470 12 34 56", "0470 12 34 56"),
        ("+32 2 543 12 34", "02 543 12 34"),
        ("0032 2 543 12 34", "02 543 12 34"),
        ("+33 1 42 68 53 00", "+33 1 42 68 53 00"),
        ("1718", "1718"),
        ("", ""),
    ],
)
def test_phone_numbers_are_normalised_for_belgium(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize(
    "typed", ["123", "0470 12", "02 543 12 34 56 78", "0410 00 00 00", "appeler le matin", "+32"]
)
def test_invalid_phone_numbers_are_refused(directory, typed):
    with pytest.raises(ValidationError) as caught:
        directory.create(ResourceData(name="Service", phone=typed))

    assert caught.value.field == "phone"
    assert typed not in shown(caught.value)  # the message never repeats what was typed
    assert directory.search() == []


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ResourceData(name="   "), "name"),
        (ResourceData(name="x" * 201), "name"),
        (ResourceData(name="Service", email="pas-une-adresse"), "email"),
        (ResourceData(name="Service", category="inconnue"), "category"),
        (ResourceData(name="Service", resource_type="inconnu"), "resource_type"),
        (ResourceData(name="Service", learned_from="inconnu"), "learned_from"),
        (ResourceData(name="Service", last_checked=date(2024, 5, 16)), "last_checked"),
        (ResourceData(name="Service", notes="x" * 2001), "notes"),
    ],
)
def test_bad_fields_are_refused_and_nothing_is_written(directory, data, field):
    with pytest.raises(ValidationError) as caught:
        directory.create(data)

    assert caught.value.field == field
    assert directory.search() == []


def test_an_explicit_category_is_kept_even_if_the_type_has_another(directory):
    # A CPAS also offers home help: the referent may file it there.
    entry = directory.create(ResourceData(name="CPAS", resource_type="cpas", category="aide_domicile"))

    assert entry.category == "aide_domicile"


def test_update_replaces_the_fields(directory):
    resource_id = _add(directory, "Maison médicale", commune="Forest", notes="Ancienne note")

    updated = directory.update(resource_id, ResourceData(name="Maison médicale du Wiels", commune="Forest"))

    assert (updated.name, updated.notes) == ("Maison médicale du Wiels", "")
    assert directory.get(resource_id).name == "Maison médicale du Wiels"


def test_missing_entries_are_reported(directory):
    for call in (
        lambda: directory.get(99),
        lambda: directory.update(99, ResourceData(name="X")),
        lambda: directory.delete(99),
        lambda: directory.mark_checked(99),
        lambda: directory.usage_count(99),
    ):
        with pytest.raises(NotFoundError):
            call()


# -- search and filters ------------------------------------------------------------------------------------
@pytest.fixture
def sample(directory) -> dict[str, int]:
    return {
        "cpas": _add(directory, "CPAS de Saint-Gilles", resource_type="cpas", commune="Saint-Gilles"),
        "elan": _add(directory, "Élan — aide familiale", category="aide_domicile", commune="Forest"),
        "ssm": _add(
            directory, "Le Méridien", resource_type="ssm", commune="saint-gilles", notes="Psychologue"
        ),
        "kine": _add(
            directory,
            "Cabinet de kinésithérapie",
            resource_type="kine",
            commune="Schaerbeek",
            conditions="Sur prescription, conventionné",
            last_checked=date(2024, 1, 1),
        ),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("elan", ["elan"]),
        ("ÉLAN", ["elan"]),
        ("meridien", ["ssm"]),  # accents ignored
        ("psychologue", ["ssm"]),  # notes
        ("conventionne", ["kine"]),  # conditions
        ("schaerbeek", ["kine"]),  # commune
        ("saint gilles", ["cpas", "ssm"]),  # every word, anywhere
        ("cpas gilles", ["cpas"]),
        ("cpas forest", []),
        ("  ", ["kine", "cpas", "elan", "ssm"]),  # all, by name
        ("100%", []),
        ("_", []),  # LIKE wildcards are plain characters
    ],
)
def test_search_is_accent_and_case_insensitive_over_name_notes_conditions_commune(
    directory, sample, text, expected
):
    assert [entry.id for entry in directory.search(text)] == [sample[key] for key in expected]


def test_a_word_never_matches_across_two_fields(directory):
    _add(directory, "Centre Forest", notes="ier")

    assert directory.search("forestier") == []


def test_filters_combine(directory, sample):
    assert [e.id for e in directory.search(category="droits_administratif")] == [sample["cpas"]]
    assert [e.id for e in directory.search(resource_type="ssm")] == [sample["ssm"]]
    assert {e.id for e in directory.search(commune="SAINT-GILLES")} == {sample["cpas"], sample["ssm"]}
    assert [e.id for e in directory.search("psy", commune="Saint-Gilles")] == [sample["ssm"]]
    assert directory.search(resource_type="cpas", commune="Forest") == []


def test_communes_are_distinct_ignoring_case_and_accents(directory, sample):
    _add(directory, "Autre service", commune="Saint-Gilles")

    assert directory.communes() == ["Forest", "Saint-Gilles", "Schaerbeek"]


def test_orders(directory, sample):
    by_commune = [e.commune for e in directory.search(order="commune")]
    assert by_commune == ["Forest", "Saint-Gilles", "saint-gilles", "Schaerbeek"]
    by_check = [e.id for e in directory.search(order="last_checked")]
    assert by_check[-1] == sample["kine"]  # the only one ever checked comes last
    with pytest.raises(ValidationError):
        directory.search(order="random")


# -- not checked for twelve months -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("last_checked", "stale"),
    [(None, True), (date(2023, 5, 15), False), (date(2023, 5, 14), True), (date(2024, 5, 1), False)],
)
def test_stale_hint_after_twelve_months(directory, last_checked, stale):
    resource_id = _add(directory, "Service", last_checked=last_checked)

    assert directory.get(resource_id).stale is stale
    assert [e.id for e in directory.search(stale_only=True)] == ([resource_id] if stale else [])


def test_stale_cutoff_of_a_leap_day():
    assert stale_before(date(2024, 2, 29)) == date(2023, 2, 28)


def test_mark_checked_clears_the_hint(directory):
    resource_id = _add(directory, "Service")

    checked = directory.mark_checked(resource_id)

    assert (checked.last_checked, checked.stale) == (TODAY, False)
    assert directory.mark_checked(resource_id, date(2023, 1, 1)).stale
    with pytest.raises(ValidationError):
        directory.mark_checked(resource_id, date(2024, 5, 16))


# -- type-ahead --------------------------------------------------------------------------------------------
def test_type_ahead_starts_at_three_letters_with_name_prefixes_first(directory):
    ids = {
        name: _add(directory, name)
        for name in ("Maison médicale Le Noyer", "Une Maison des Aidants", "Remaison", "Épicerie sociale")
    }

    assert directory.type_ahead("ma") == []
    assert directory.type_ahead(" m a ") == []
    found = [entry.name for entry in directory.type_ahead("MAI")]
    assert found == ["Maison médicale Le Noyer", "Une Maison des Aidants", "Remaison"]  # prefix, word, inside
    assert [e.id for e in directory.type_ahead("epi")] == [ids["Épicerie sociale"]]
    assert len(directory.type_ahead("mai", limit=2)) == 2


def test_type_ahead_matches_several_words(directory):
    wanted = _add(directory, "CPAS de Saint-Gilles")
    _add(directory, "CPAS de Forest")

    assert [e.id for e in directory.type_ahead("cpas de sai")] == [wanted]


# -- deletion keeps the mobilisations --------------------------------------------------------------------
def _situation(register) -> int:
    services = Services.for_register(register)
    person = services.persons.create(PersonData(first_name="Anne", last_name="Lambert"))
    return services.situations.create(person.id, SituationData(started_on=date(2024, 1, 1))).id


def test_delete_keeps_mobilisations_with_the_name_as_text(register, directory):
    resource_id = _add(directory, "Club de natation")
    mobilisations = MobilisationService(register)
    mobilisation = mobilisations.add(_situation(register), MobilisationData(resource_id=resource_id))
    assert directory.usage_count(resource_id) == 1

    directory.update(resource_id, ResourceData(name="Club de natation d'Ixelles"))
    directory.delete(resource_id)

    kept = mobilisations.get(mobilisation.id)
    assert (kept.resource_id, kept.resource_label) == (None, "Club de natation d'Ixelles")
    with register.session() as session:
        assert session.scalar(select(Mobilisation.resource_name)) == "Club de natation d'Ixelles"
    with pytest.raises(NotFoundError):
        directory.get(resource_id)


def test_delete_writes_the_name_even_where_the_text_was_missing(register, directory):
    # Mobilisations imported from an older dump may carry an empty name next to their link.
    resource_id = _add(directory, "Service d'aide familiale")
    mobilisation = MobilisationService(register).add(
        _situation(register), MobilisationData(resource_id=resource_id)
    )
    with register.session() as session:
        session.get(Mobilisation, mobilisation.id).resource_name = ""

    directory.delete(resource_id)

    assert MobilisationService(register).get(mobilisation.id).resource_label == "Service d'aide familiale"


# -- folding -----------------------------------------------------------------------------------------------
@given(st.text())
def test_fast_fold_is_fold(text):
    assert fast_fold(text) == fold(text)
