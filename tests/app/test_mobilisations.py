"""Mobilisations on a real encrypted register: adding (directory or free text), status history and its
refusals, priorities of the same situation only, who carries what, the shortage ranking and the minutes by
outcome, each on a hand-computed fixture."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app import clock
from app.errors import NotFoundError, ValidationError
from app.mobilisations import (
    MobilisationData,
    MobilisationService,
    ShortageRow,
    shortage_totals,
    status_group,
)
from app.priorities import PriorityService
from app.readmodels import PersonData, SituationData
from app.resources_directory import ResourceData, ResourceService
from app.services import Services
from app.vocab import vocabularies
from storage.models import MobilisationStatusChange, TimeEntry

TODAY = date(2024, 5, 15)
JAN_5, JAN_10, FEB_1 = date(2024, 1, 5), date(2024, 1, 10), date(2024, 2, 1)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def mobilisations(register) -> MobilisationService:
    return MobilisationService(register)


@pytest.fixture
def directory(register) -> ResourceService:
    return ResourceService(register)


def _situation(register, started_on: date = date(2023, 6, 1), name: str = "Lambert") -> int:
    services = Services.for_register(register)
    person = services.persons.create(PersonData(first_name="Anne", last_name=name))
    return services.situations.create(person.id, SituationData(started_on=started_on)).id


def _resource(directory: ResourceService, name: str, **fields) -> int:
    return directory.create(ResourceData(name=name, **fields)).id


def _history(read) -> list[tuple]:
    return [(change.status, change.changed_on, change.reason) for change in read.history]


def _change_count(register) -> int:
    with register.session() as session:
        return session.scalar(select(func.count()).select_from(MobilisationStatusChange))


# -- adding ------------------------------------------------------------------------------------------------
def test_add_from_the_directory_starts_the_history(register, mobilisations, directory):
    sid = _situation(register)
    cpas = _resource(directory, "CPAS de Forest", resource_type="cpas")
    priority = PriorityService(register).add(sid, "Payer mes médicaments", raised_on=JAN_5)

    added = mobilisations.add(
        sid,
        MobilisationData(
            resource_id=cpas,
            priority_id=priority.id,
            who_mobilises="rp",
            mode="faire_faire",
            status="proposee",
            started_on=JAN_10,
            notes="  Dossier à compléter  ",
        ),
    )

    assert (added.resource_label, added.in_directory, added.priority_text) == (
        "CPAS de Forest",
        True,
        "Payer mes médicaments",
    )
    assert (added.status, added.started_on, added.ended_on, added.notes) == (
        "proposee",
        JAN_10,
        None,
        "Dossier à compléter",
    )
    assert _history(added) == [("proposee", JAN_10, None)]
    assert mobilisations.for_situation(sid) == [added]


def test_free_text_stays_out_of_the_directory_unless_asked(register, mobilisations, directory):
    sid = _situation(register)

    neighbour = mobilisations.add(sid, MobilisationData(resource_name=" Voisine pour les courses "))
    parish = mobilisations.add(
        sid, MobilisationData(resource_name="Paroisse Saint-Antoine", save_to_directory=True)
    )

    assert (neighbour.resource_id, neighbour.resource_label) == (None, "Voisine pour les courses")
    assert parish.in_directory
    assert [entry.name for entry in directory.search()] == ["Paroisse Saint-Antoine"]
    assert directory.get(parish.resource_id).name == "Paroisse Saint-Antoine"


def test_an_initial_terminal_status_ends_the_mobilisation(register, mobilisations):
    sid = _situation(register)

    full = mobilisations.add(
        sid,
        MobilisationData(
            resource_name="Centre de jour", status="indisponible", reason="service_sature", started_on=FEB_1
        ),
    )

    assert (full.ended_on, full.reason) == (FEB_1, "service_sature")
    assert _history(full) == [("indisponible", FEB_1, "service_sature")]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (MobilisationData(), "resource_name"),
        (MobilisationData(resource_name="   "), "resource_name"),
        (MobilisationData(resource_name="X", who_mobilises="voisin"), "who_mobilises"),
        (MobilisationData(resource_name="X", mode="magie"), "mode"),
        (MobilisationData(resource_name="X", status="oubliee"), "status"),
        (MobilisationData(resource_name="X", reason="pas_envie"), "reason"),
        (MobilisationData(resource_name="X", started_on=date(2024, 5, 16)), "started_on"),
        (
            MobilisationData(resource_name="X", started_on=date(2023, 5, 31)),
            "started_on",
        ),  # before the situation
        (MobilisationData(resource_name="X", notes="x" * 2001), "notes"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(register, mobilisations, data, field):
    sid = _situation(register)

    with pytest.raises(ValidationError) as caught:
        mobilisations.add(sid, data)

    assert caught.value.field == field
    assert mobilisations.for_situation(sid) == []
    assert _change_count(register) == 0


def test_a_priority_of_another_situation_is_refused(register, mobilisations):
    sid, other = _situation(register), _situation(register, name="Peeters")
    foreign = PriorityService(register).add(other, "Voir du monde")

    with pytest.raises(ValidationError) as caught:
        mobilisations.add(sid, MobilisationData(resource_name="Club", priority_id=foreign.id))

    assert caught.value.field == "priority_id"
    assert mobilisations.for_situation(sid) == []
    added = mobilisations.add(other, MobilisationData(resource_name="Club", priority_id=foreign.id))
    with pytest.raises(ValidationError):
        mobilisations.update(added.id, MobilisationData(resource_name="Club", priority_id=999))


def test_unknown_situation_or_resource(register, mobilisations):
    with pytest.raises(NotFoundError):
        mobilisations.add(999, MobilisationData(resource_name="X"))
    with pytest.raises(NotFoundError):
        mobilisations.add(_situation(register), MobilisationData(resource_id=999))


# -- status history ----------------------------------------------------------------------------------------
def test_status_history_in_order_with_reasons(register, mobilisations):
    sid = _situation(register)
    added = mobilisations.add(sid, MobilisationData(resource_name="SSM", status="proposee", started_on=JAN_5))

    mobilisations.change_status(added.id, "liste_attente", JAN_10, reason="service_sature", note="Six mois")
    mobilisations.change_status(added.id, "indisponible", JAN_10)  # same day: insertion order
    done = mobilisations.change_status(added.id, "en_place")  # today

    assert _history(done) == [
        ("proposee", JAN_5, None),
        ("liste_attente", JAN_10, "service_sature"),
        ("indisponible", JAN_10, None),
        ("en_place", TODAY, None),
    ]
    assert done.history[1].note == "Six mois"
    assert (done.status, done.reason, done.ended_on) == ("en_place", None, None)
    assert mobilisations.history(added.id) == list(done.history)


def test_a_terminal_status_sets_the_end_and_leaving_it_clears_it(register, mobilisations):
    added = mobilisations.add(_situation(register), MobilisationData(resource_name="X", started_on=JAN_5))

    failed = mobilisations.change_status(added.id, "echec", FEB_1, reason="turnover")
    resumed = mobilisations.change_status(added.id, "en_cours", date(2024, 3, 1))

    assert (failed.ended_on, failed.reason) == (FEB_1, "turnover")
    assert (resumed.ended_on, resumed.reason) == (None, None)


@pytest.mark.parametrize(
    ("status", "changed_on", "reason", "field"),
    [
        ("proposee", FEB_1, None, "status"),  # already the status
        ("en_cours", date(2024, 1, 4), None, "changed_on"),  # before the start
        ("en_cours", date(2024, 1, 31), None, "changed_on"),  # before the previous change
        ("en_cours", date(2024, 5, 16), None, "changed_on"),  # future
        ("en_cours", FEB_1, "inventee", "reason"),
        ("inconnu", FEB_1, None, "status"),
    ],
)
def test_status_changes_refused(register, mobilisations, status, changed_on, reason, field):
    added = mobilisations.add(_situation(register), MobilisationData(resource_name="X", started_on=JAN_5))
    mobilisations.change_status(added.id, "liste_attente", FEB_1)
    mobilisations.change_status(added.id, "proposee", FEB_1)
    before = mobilisations.get(added.id)

    with pytest.raises(ValidationError) as caught:
        mobilisations.change_status(added.id, status, changed_on, reason=reason)

    assert caught.value.field == field
    assert mobilisations.get(added.id) == before


def test_update_keeps_the_status_and_moves_the_start_with_the_first_entry(register, mobilisations, directory):
    sid = _situation(register)
    added = mobilisations.add(sid, MobilisationData(resource_name="Voisine", started_on=JAN_10))
    mobilisations.change_status(added.id, "en_cours", FEB_1)
    kine = _resource(directory, "Kiné du quartier", resource_type="kine")

    updated = mobilisations.update(
        added.id,
        MobilisationData(resource_id=kine, who_mobilises="personne", status="aboutie", started_on=JAN_5),
    )

    assert (updated.resource_label, updated.who_mobilises, updated.status) == (
        "Kiné du quartier",
        "personne",
        "en_cours",
    )
    assert _history(updated) == [("envisagee", JAN_5, None), ("en_cours", FEB_1, None)]
    with pytest.raises(ValidationError) as caught:
        mobilisations.update(added.id, MobilisationData(resource_id=kine, started_on=date(2024, 2, 2)))
    assert caught.value.field == "started_on"


def test_delete_removes_the_history_and_keeps_the_time_spent(register, mobilisations):
    sid = _situation(register)
    added = mobilisations.add(sid, MobilisationData(resource_name="X", started_on=JAN_5))
    with register.session() as session:
        session.add(
            TimeEntry(
                worked_on=JAN_10,
                minutes=30,
                task="identifier_ressources",
                situation_id=sid,
                mobilisation_id=added.id,
            )
        )
    assert mobilisations.get(added.id).minutes == 30

    mobilisations.delete(added.id)

    assert mobilisations.for_situation(sid) == []
    assert _change_count(register) == 0
    with register.session() as session:
        assert session.scalar(select(TimeEntry.mobilisation_id)) is None
        assert session.scalar(select(TimeEntry.minutes)) == 30
    with pytest.raises(NotFoundError):
        mobilisations.get(added.id)


def test_every_status_has_a_group():
    groups = {status_group(term.id) for term in vocabularies()["mobilisation_statuses"]}
    assert groups == {"en_cours", "en_place", "penurie", "sans_suite"}
    assert status_group("liste_attente") == status_group("indisponible") == status_group("echec") == "penurie"
    assert status_group("aboutie") == "en_place" and status_group("refusee") == "sans_suite"


# -- who carries what --------------------------------------------------------------------------------------
def test_who_carries_what(register, mobilisations):
    sid, other = _situation(register), _situation(register, name="Peeters")
    for who, status in [
        ("mg", "echec"),
        ("rp", "proposee"),
        ("rp", "en_cours"),
        ("rp", "liste_attente"),
        ("personne", "aboutie"),
        ("aidant_proche", "refusee"),
    ]:
        mobilisations.add(sid, MobilisationData(resource_name="X", who_mobilises=who, status=status))
    mobilisations.add(other, MobilisationData(resource_name="X", who_mobilises="rp", status="en_place"))

    carried = mobilisations.who_carries_what(sid)

    assert list(carried) == ["rp", "personne", "aidant_proche", "mg"]  # the referent first
    assert carried["rp"] == {"en_cours": 2, "en_place": 0, "penurie": 1, "sans_suite": 0, "total": 3}
    assert carried["personne"] == {"en_cours": 0, "en_place": 1, "penurie": 0, "sans_suite": 0, "total": 1}
    assert carried["aidant_proche"]["sans_suite"] == 1
    assert carried["mg"]["penurie"] == 1
    assert mobilisations.who_carries_what(999) == {}


# -- shortages ---------------------------------------------------------------------------------------------
def _mobilise(service, sid, steps, **fields):
    """steps: [(status, date), …]; the first is the initial status."""
    (first, started), *later = steps
    added = service.add(sid, MobilisationData(status=first, started_on=started, **fields))
    for status, day in later:
        service.change_status(added.id, status, day)
    return added.id


@pytest.fixture
def shortage_fixture(register, mobilisations, directory):
    sid, other = _situation(register), _situation(register, name="Peeters")
    cpas1 = _resource(directory, "CPAS de Forest", resource_type="cpas")
    cpas2 = _resource(directory, "CPAS d'Anderlecht", resource_type="cpas")
    ssm = _resource(directory, "SSM Le Méridien", resource_type="ssm")
    kine = _resource(directory, "Kiné", resource_type="kine")
    grocery = _resource(directory, "Épicerie sociale", category="alimentation")  # no type
    m = mobilisations
    # counted: waiting list then full, both in the period -> once in total, once in each column
    _mobilise(
        m, sid, [("proposee", JAN_5), ("liste_attente", JAN_10), ("indisponible", FEB_1)], resource_id=cpas1
    )
    # not counted: the waiting list was before the period
    _mobilise(
        m,
        sid,
        [
            ("proposee", date(2023, 11, 1)),
            ("liste_attente", date(2023, 12, 1)),
            ("en_place", date(2024, 2, 10)),
        ],
        resource_id=cpas2,
    )
    # counted: failed on the period's last day
    _mobilise(m, sid, [("en_cours", date(2024, 1, 2)), ("echec", date(2024, 3, 31))], resource_id=cpas2)
    # counted: the initial status is a waiting list inside the period (then in place after it)
    _mobilise(m, sid, [("liste_attente", FEB_1), ("en_place", date(2024, 4, 2))], resource_id=ssm)
    # not counted: the waiting list comes after the period
    _mobilise(m, sid, [("envisagee", date(2024, 1, 1)), ("liste_attente", date(2024, 4, 1))], resource_id=ssm)
    # counted once: a waiting list the day before the period, another one inside it
    _mobilise(
        m,
        sid,
        [
            ("liste_attente", date(2023, 12, 31)),
            ("en_cours", date(2024, 1, 15)),
            ("liste_attente", date(2024, 2, 15)),
        ],
        resource_id=kine,
    )
    _mobilise(m, sid, [("indisponible", date(2024, 3, 1))], resource_name="Voisine")  # free text
    _mobilise(m, sid, [("echec", date(2024, 1, 20))], resource_id=grocery)  # untyped entry
    _mobilise(m, other, [("echec", date(2024, 3, 1))], resource_id=ssm)  # another situation
    return date(2024, 1, 1), date(2024, 3, 31)


def test_shortages_by_type_on_a_hand_computed_fixture(mobilisations, shortage_fixture):
    rows = mobilisations.shortages(*shortage_fixture)

    assert rows == [
        ShortageRow("cpas", "droits_administratif", waiting_list=1, unavailable=1, failed=1, total=2),
        ShortageRow("ssm", "sante_mentale", waiting_list=1, unavailable=0, failed=1, total=2),
        ShortageRow(None, None, waiting_list=0, unavailable=1, failed=1, total=2),
        ShortageRow("kine", "paramedical", waiting_list=1, unavailable=0, failed=0, total=1),
    ]
    assert shortage_totals(rows) == ShortageRow(None, None, waiting_list=3, unavailable=2, failed=3, total=7)


def test_shortages_by_category(mobilisations, shortage_fixture):
    rows = mobilisations.shortages(*shortage_fixture, by="category")

    assert rows == [
        ShortageRow(None, "droits_administratif", waiting_list=1, unavailable=1, failed=1, total=2),
        ShortageRow(None, "sante_mentale", waiting_list=1, unavailable=0, failed=1, total=2),
        ShortageRow(None, "paramedical", waiting_list=1, unavailable=0, failed=0, total=1),
        ShortageRow(None, None, waiting_list=0, unavailable=1, failed=0, total=1),
        ShortageRow(None, "alimentation", waiting_list=0, unavailable=0, failed=1, total=1),
    ]


def test_shortages_period_bounds(mobilisations, shortage_fixture):
    assert mobilisations.shortages(date(2024, 4, 1), date(2024, 4, 1)) == [
        ShortageRow("ssm", "sante_mentale", waiting_list=1, total=1)
    ]
    assert mobilisations.shortages(date(2022, 1, 1), date(2022, 12, 31)) == []
    with pytest.raises(ValidationError):
        mobilisations.shortages(date(2024, 2, 1), date(2024, 1, 1))
    with pytest.raises(ValidationError):
        mobilisations.shortages(*shortage_fixture, by="commune")


# -- minutes by outcome ------------------------------------------------------------------------------------
def test_minutes_by_outcome(register, mobilisations):
    sid = _situation(register)
    full = mobilisations.add(
        sid, MobilisationData(resource_name="Centre", status="indisponible", started_on=JAN_5)
    )
    in_place = mobilisations.add(
        sid, MobilisationData(resource_name="Kiné", status="en_place", started_on=JAN_5)
    )
    entries = [
        (JAN_5, 30, full.id),
        (JAN_10, 45, full.id),
        (date(2023, 12, 31), 20, full.id),  # before the period
        (FEB_1, 60, in_place.id),
        (FEB_1, 90, None),  # not about a mobilisation
    ]
    with register.session() as session:
        session.add_all(
            TimeEntry(
                worked_on=day,
                minutes=minutes,
                task="identifier_ressources",
                situation_id=sid,
                mobilisation_id=mobilisation_id,
            )
            for day, minutes, mobilisation_id in entries
        )

    minutes = mobilisations.minutes_by_outcome(date(2024, 1, 1), date(2024, 12, 31))

    assert list(minutes.items()) == [("en_place", 60), ("indisponible", 75)]  # vocabulary order
    assert mobilisations.get(full.id).minutes == 95  # all its time, whatever the period
    assert mobilisations.minutes_by_outcome(date(2025, 1, 1), date(2025, 1, 31)) == {}
