"""Priorities on a real encrypted register: ranks, status history, the 2–3 reminder, timeline and counts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app import clock
from app.cards import default_deck, parse_deck
from app.errors import NotFoundError, ValidationError
from app.priorities import PriorityService
from app.readmodels import PersonData, SituationData
from app.services import Services
from storage.models import Priority, PriorityStatusChange
from tests.error_texts import raises_message, shown

TODAY = date(2024, 5, 15)
MARCH_1, MARCH_10, APRIL_2 = date(2024, 3, 1), date(2024, 3, 10), date(2024, 4, 2)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def services(register) -> Services:
    return Services.for_register(register)


@pytest.fixture
def priorities(register) -> PriorityService:
    return PriorityService(register)


def _situation(services: Services, last_name: str = "Lambert") -> int:
    person = services.persons.create(PersonData(first_name="Anne", last_name=last_name))
    return services.situations.create(person.id, SituationData(started_on=date(2024, 1, 1))).id


# -- adding ----------------------------------------------------------------------------------------------
def test_add_ranks_each_new_priority_last_with_its_first_history_entry(services, priorities):
    sid = _situation(services)

    first = priorities.add(sid, "  Rester chez moi ", theme="logement", raised_on=MARCH_1)
    second = priorities.add(sid, "Voir du monde")

    assert (first.text, first.theme, first.rank, first.status) == (
        "Rester chez moi",
        "logement",
        1,
        "exprimee",
    )
    assert (second.rank, second.raised_on, second.theme) == (2, TODAY, None)
    assert [(h.status, h.changed_on) for h in first.history] == [("exprimee", MARCH_1)]
    assert first.active
    assert [p.id for p in priorities.for_situation(sid)] == [first.id, second.id]


def test_ranks_are_per_situation(services, priorities):
    one, other = _situation(services, "Lambert"), _situation(services, "Peeters")
    priorities.add(one, "Rester chez moi")
    priorities.add(one, "Voir du monde")

    assert priorities.add(other, "Comprendre mon traitement").rank == 1


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_is_refused_and_nothing_is_written(services, priorities, text):
    sid = _situation(services)

    with pytest.raises(ValidationError) as caught:
        priorities.add(sid, text)

    assert caught.value.field == "text"
    assert shown(caught.value) == "Le texte de la priorité ne peut pas être vide."
    assert priorities.for_situation(sid) == []


def test_other_bad_input_on_add_is_refused(services, priorities):
    sid = _situation(services)
    with raises_message(ValidationError, match="trop long"):
        priorities.add(sid, "x" * 501)
    with raises_message(ValidationError, match="futur") as caught:
        priorities.add(sid, "Demain", raised_on=date(2024, 5, 16))
    assert caught.value.field == "raised_on"
    with pytest.raises(NotFoundError):
        priorities.add(9999, "Rester chez moi")
    with raises_message(ValidationError, match="séance de dialogue") as caught:
        priorities.add(sid, "Rester chez moi", dialogue_session_id=4242)
    assert caught.value.field == "dialogue_session_id"
    assert priorities.for_situation(sid) == []


def test_edit_text_theme_and_notes(services, priorities):
    sid = _situation(services)
    priority = priorities.add(sid, "Rester chez moi", theme="logement")

    priorities.edit_text(priority.id, "Rester chez moi le plus longtemps possible")
    priorities.set_theme(priority.id, "une-carte-d-un-autre-jeu")
    priorities.set_notes(priority.id, "Dit avec insistance.")

    read = priorities.get(priority.id)
    assert read.text == "Rester chez moi le plus longtemps possible"
    assert read.theme == "une-carte-d-un-autre-jeu"
    assert read.notes == "Dit avec insistance."
    assert priorities.set_theme(priority.id, "  ").theme is None
    with raises_message(ValidationError, match="ne peut pas être vide"):
        priorities.edit_text(priority.id, " ")
    assert priorities.get(priority.id).text == "Rester chez moi le plus longtemps possible"
    with pytest.raises(NotFoundError):
        priorities.edit_text(9999, "Autre")


# -- ranking ---------------------------------------------------------------------------------------------
def test_reorder_sets_ranks_in_the_given_order(services, priorities):
    sid = _situation(services)
    a, b, c = (priorities.add(sid, text).id for text in ("Rester chez moi", "Voir du monde", "Sortir"))

    result = priorities.reorder(sid, [c, a, b])

    assert [(p.id, p.rank) for p in result] == [(c, 1), (a, 2), (b, 3)]
    assert [p.id for p in priorities.for_situation(sid)] == [c, a, b]


def test_reorder_refuses_incomplete_repeated_or_foreign_lists(services, priorities):
    sid, other = _situation(services, "Lambert"), _situation(services, "Peeters")
    a, b = priorities.add(sid, "Rester chez moi").id, priorities.add(sid, "Voir du monde").id
    foreign = priorities.add(other, "Sortir").id

    for order in ([a], [a, a], [a, b, foreign], [b, a, a]):
        with pytest.raises(ValidationError) as caught:
            priorities.reorder(sid, order)
        assert caught.value.field == "order"
    assert [p.id for p in priorities.for_situation(sid)] == [a, b]


def test_delete_removes_history_and_closes_up_ranks(register, services, priorities):
    sid = _situation(services)
    a, b, c = (priorities.add(sid, text).id for text in ("Rester chez moi", "Voir du monde", "Sortir"))
    priorities.change_status(b, "en_cours")

    priorities.delete(b)

    assert [(p.id, p.rank) for p in priorities.for_situation(sid)] == [(a, 1), (c, 2)]
    with register.session() as session:
        assert (
            session.scalars(select(PriorityStatusChange).where(PriorityStatusChange.priority_id == b)).all()
            == []
        )
    with pytest.raises(NotFoundError):
        priorities.history(b)
    with pytest.raises(NotFoundError):
        priorities.delete(b)


# -- statuses --------------------------------------------------------------------------------------------
def test_status_changes_build_a_dated_history_with_notes(services, priorities):
    sid = _situation(services)
    pid = priorities.add(sid, "Voir du monde", raised_on=MARCH_1).id

    priorities.change_status(pid, "en_cours", MARCH_10, "Inscription au restaurant social")
    priorities.change_status(pid, "deposee", APRIL_2, " Au moins c'est déposé ")
    # The person can come back to a "déposée" priority when ready.
    priorities.change_status(pid, "en_cours", APRIL_2)
    read = priorities.change_status(pid, "atteinte", note="Elle y va chaque mardi")

    assert read.status == "atteinte" and not read.active
    assert [(h.changed_on, h.status, h.note) for h in priorities.history(pid)] == [
        (MARCH_1, "exprimee", ""),
        (MARCH_10, "en_cours", "Inscription au restaurant social"),
        (APRIL_2, "deposee", "Au moins c'est déposé"),
        (APRIL_2, "en_cours", ""),
        (TODAY, "atteinte", "Elle y va chaque mardi"),
    ]
    assert read.history == tuple(priorities.history(pid))


def test_history_is_ordered_by_date_then_insertion(register, services, priorities):
    """Imported histories may be stored out of date order: reading sorts them."""
    sid = _situation(services)
    pid = priorities.add(sid, "Sortir de l'appartement", raised_on=MARCH_1).id
    with register.session() as session:
        session.add(PriorityStatusChange(priority_id=pid, status="atteinte", changed_on=APRIL_2))
        session.add(PriorityStatusChange(priority_id=pid, status="en_cours", changed_on=MARCH_10))
        session.add(PriorityStatusChange(priority_id=pid, status="deposee", changed_on=MARCH_10))

    assert [h.status for h in priorities.history(pid)] == ["exprimee", "en_cours", "deposee", "atteinte"]


def test_refused_status_changes_leave_the_history_unchanged(services, priorities):
    sid = _situation(services)
    pid = priorities.add(sid, "Voir du monde", raised_on=MARCH_10).id
    priorities.change_status(pid, "en_cours", APRIL_2)

    refused = [
        (("en_cours", TODAY), "status", "déjà le statut « En cours »"),
        (("exprimee", MARCH_1), "changed_on", "où la priorité a été exprimée (10/03/2024)"),
        (("deposee", date(2024, 3, 20)), "changed_on", "changement de statut précédent (02/04/2024)"),
        (("atteinte", date(2024, 5, 16)), "changed_on", "futur"),
        (("resolue", TODAY), "status", "Valeur inconnue"),
        (("", TODAY), "status", "obligatoire"),
    ]
    for (status, changed_on), field, message in refused:
        with pytest.raises(ValidationError) as caught:
            priorities.change_status(pid, status, changed_on)
        assert caught.value.field == field, status
        assert message in shown(caught.value)

    assert [h.status for h in priorities.history(pid)] == ["exprimee", "en_cours"]
    assert priorities.get(pid).status == "en_cours"
    with pytest.raises(NotFoundError):
        priorities.change_status(9999, "en_cours")


def test_a_change_on_the_day_of_the_previous_one_is_accepted(services, priorities):
    sid = _situation(services)
    pid = priorities.add(sid, "Voir du monde", raised_on=MARCH_1).id

    priorities.change_status(pid, "pas_de_demande", MARCH_1, "Elle avait juste besoin de le dire")

    assert priorities.get(pid).status == "pas_de_demande"


# -- the 2–3 priorities guidance ---------------------------------------------------------------------------
def test_more_than_three_active_priorities_triggers_the_reminder(services, priorities):
    sid = _situation(services)
    ids = [priorities.add(sid, f"Priorité {n}").id for n in range(1, 4)]
    assert priorities.active_count(sid) == 3
    assert not priorities.too_many_active(sid)

    fourth = priorities.add(sid, "Priorité 4").id
    assert priorities.active_count(sid) == 4
    assert priorities.too_many_active(sid)
    assert not priorities.too_many_active(sid, limit=4)

    priorities.change_status(ids[0], "deposee")
    assert priorities.active_count(sid) == 3
    assert not priorities.too_many_active(sid)

    priorities.change_status(fourth, "en_cours")  # "en cours" is active too
    assert priorities.active_count(sid) == 3


def test_active_count_is_per_situation(services, priorities):
    one, other = _situation(services, "Lambert"), _situation(services, "Peeters")
    for n in range(4):
        priorities.add(one, f"Priorité {n}")

    assert priorities.active_count(other) == 0
    assert not priorities.too_many_active(other)


# -- progress at a glance --------------------------------------------------------------------------------
def test_status_timeline_lists_each_priority_steps_by_rank(register, services, priorities):
    sid = _situation(services)
    a = priorities.add(sid, "Rester chez moi", raised_on=MARCH_1).id
    b = priorities.add(sid, "Voir du monde", raised_on=MARCH_10).id
    priorities.change_status(a, "en_cours", MARCH_10)
    priorities.change_status(a, "atteinte", APRIL_2)
    priorities.reorder(sid, [b, a])
    with register.session() as session:  # as if imported without any history
        session.add(Priority(situation_id=sid, text="Ancienne", rank=3, raised_on=MARCH_1, status="deposee"))

    timeline = priorities.status_timeline(sid)

    assert timeline[:2] == [
        (b, [(MARCH_10, "exprimee")]),
        (a, [(MARCH_1, "exprimee"), (MARCH_10, "en_cours"), (APRIL_2, "atteinte")]),
    ]
    assert timeline[2][1] == [(MARCH_1, "deposee")]


def test_counts_by_theme_and_status_across_the_register(services, priorities):
    one, other = _situation(services, "Lambert"), _situation(services, "Peeters")
    housing = [priorities.add(one, "Rester chez moi", theme="logement").id]
    housing.append(priorities.add(other, "Garder mon appartement", theme="logement").id)
    priorities.add(other, "Un endroit calme", theme="logement")
    lonely = priorities.add(one, "Voir du monde", theme="solitude").id
    priorities.add(one, "Jardiner", theme="jardin")  # a card of a deck no longer in use
    priorities.add(other, "Sans carte")
    priorities.add(one, "Payer moins cher", theme="argent")
    for pid in housing:
        priorities.change_status(pid, "en_cours")
    priorities.change_status(lonely, "deposee")

    counts = priorities.counts_by_theme_and_status(default_deck())

    assert counts == {
        ("logement", "exprimee"): 1,
        ("logement", "en_cours"): 2,
        ("solitude", "deposee"): 1,
        ("argent", "exprimee"): 1,
        ("jardin", "exprimee"): 1,
        (None, "exprimee"): 1,
    }
    # Reading order: deck order (logement, solitude, argent), then unknown themes, then no theme.
    assert list(counts) == [
        ("logement", "exprimee"),
        ("logement", "en_cours"),
        ("solitude", "deposee"),
        ("argent", "exprimee"),
        ("jardin", "exprimee"),
        (None, "exprimee"),
    ]


def test_counts_follow_the_order_of_the_deck_given(services, priorities):
    sid = _situation(services)
    priorities.add(sid, "Rester chez moi", theme="logement")
    priorities.add(sid, "Voir du monde", theme="maison")
    reversed_deck = parse_deck(
        {
            "format": "relais-card-deck",
            "version": 1,
            "id": "petit",
            "name": {"fr": "Petit jeu"},
            "groups": [{"id": "vie", "labels": {"fr": "Vie"}}],
            "cards": [
                {"id": card, "group": "vie", "labels": {"fr": card}, "prompt": {"fr": "?"}}
                for card in ("maison", "logement")
            ],
        }
    )

    assert list(priorities.counts_by_theme_and_status(reversed_deck)) == [
        ("maison", "exprimee"),
        ("logement", "exprimee"),
    ]
