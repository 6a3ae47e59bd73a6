"""Dialogue sessions on a real encrypted register: cards drawn, priorities written while talking."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app import clock
from app.dialogues import DialogueService, DialogueSessionData
from app.errors import NotFoundError, ValidationError
from app.priorities import PriorityService
from app.readmodels import PersonData, SituationData
from app.services import Services
from storage.models import DialogueSession, Priority
from tests.error_texts import shown

TODAY = date(2024, 5, 15)
MARCH_1, APRIL_2 = date(2024, 3, 1), date(2024, 4, 2)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def services(register) -> Services:
    return Services.for_register(register)


@pytest.fixture
def dialogues(register) -> DialogueService:
    return DialogueService(register)


def _situation(services: Services, last_name: str = "Lambert") -> int:
    person = services.persons.create(PersonData(first_name="Anne", last_name=last_name))
    return services.situations.create(person.id, SituationData(started_on=date(2024, 1, 1))).id


def _count(register, model) -> int:
    with register.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_record_keeps_everything_and_creates_the_priorities_written(services, dialogues):
    sid = _situation(services)
    data = DialogueSessionData(
        held_on=MARCH_1,
        mode="cartes",
        cards=("logement", " solitude ", "logement", "", "fatigue"),
        difficulties=" Elle parlait surtout de sa fille. ",
        added_value="Une priorité inattendue est apparue.",
        notes="Séance à domicile",
    )

    read = dialogues.record(sid, data, [("Rester chez moi", "logement"), ("Voir du monde", None)])

    assert read.situation_id == sid and read.held_on == MARCH_1 and read.mode == "cartes"
    assert read.cards == ("logement", "solitude", "fatigue")  # drawing order, no blanks, no repeats
    assert read.difficulties == "Elle parlait surtout de sa fille."
    assert (read.added_value, read.notes) == ("Une priorité inattendue est apparue.", "Séance à domicile")
    assert [(p.text, p.theme, p.rank, p.status) for p in read.priorities] == [
        ("Rester chez moi", "logement", 1, "exprimee"),
        ("Voir du monde", None, 2, "exprimee"),
    ]
    assert all(p.raised_on == MARCH_1 and p.dialogue_session_id == read.id for p in read.priorities)
    assert all(
        [(h.status, h.changed_on) for h in p.history] == [("exprimee", MARCH_1)] for p in read.priorities
    )
    assert dialogues.get(read.id) == read


def test_priorities_written_in_a_session_follow_existing_ones(register, services, dialogues):
    sid = _situation(services)
    PriorityService(register).add(sid, "Comprendre mon traitement", raised_on=MARCH_1)

    read = dialogues.record(sid, DialogueSessionData(held_on=APRIL_2), [("Sortir de l'appartement", None)])

    assert [p.rank for p in read.priorities] == [2]
    assert [p.text for p in PriorityService(register).for_situation(sid)] == [
        "Comprendre mon traitement",
        "Sortir de l'appartement",
    ]


def test_cards_unknown_to_the_deck_are_kept(services, dialogues):
    sid = _situation(services)

    read = dialogues.record(sid, DialogueSessionData(mode="mixte", cards=("carte-de-la-cdp", "logement")))

    assert dialogues.get(read.id).cards == ("carte-de-la-cdp", "logement")
    assert read.held_on == TODAY


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (DialogueSessionData(mode="telephone"), "mode", "Valeur inconnue"),
        (DialogueSessionData(mode=""), "mode", "obligatoire"),
        (DialogueSessionData(held_on=date(2024, 5, 16)), "held_on", "futur"),
        (DialogueSessionData(cards="logement"), "cards", "liste d'identifiants"),
        (DialogueSessionData(cards=("logement", 3)), "cards", "identifiant"),
        (DialogueSessionData(difficulties="x" * 5001), "difficulties", "trop long"),
    ],
)
def test_bad_sessions_are_refused_and_nothing_is_written(register, services, dialogues, data, field, message):
    sid = _situation(services)

    with pytest.raises(ValidationError) as caught:
        dialogues.record(sid, data)

    assert caught.value.field == field
    assert message in shown(caught.value)
    assert _count(register, DialogueSession) == 0


def test_a_blank_priority_refuses_the_whole_session(register, services, dialogues):
    sid = _situation(services)

    with pytest.raises(ValidationError) as caught:
        dialogues.record(
            sid, DialogueSessionData(mode="oral"), [("Rester chez moi", None), ("  ", "logement")]
        )

    assert caught.value.field == "priorities"
    assert shown(caught.value) == "Priorité n° 2 : Le texte de la priorité ne peut pas être vide."
    assert _count(register, DialogueSession) == 0
    assert _count(register, Priority) == 0


def test_record_on_a_missing_situation(dialogues):
    with pytest.raises(NotFoundError):
        dialogues.record(9999, DialogueSessionData())


def test_update_replaces_fields_and_adds_new_priorities(services, dialogues):
    sid = _situation(services)
    first = dialogues.record(
        sid, DialogueSessionData(held_on=MARCH_1, cards=("logement",)), [("Rester", None)]
    )

    updated = dialogues.update(
        first.id,
        DialogueSessionData(held_on=APRIL_2, mode="mixte", cards=("fatigue",), added_value="Elle a osé."),
        [("Dormir mieux", "fatigue")],
    )

    assert (updated.held_on, updated.mode, updated.cards, updated.added_value) == (
        APRIL_2,
        "mixte",
        ("fatigue",),
        "Elle a osé.",
    )
    assert [(p.text, p.raised_on) for p in updated.priorities] == [
        ("Rester", MARCH_1),
        ("Dormir mieux", APRIL_2),
    ]
    assert dialogues.get(first.id) == updated
    with pytest.raises(NotFoundError):
        dialogues.update(9999, DialogueSessionData())


def test_delete_keeps_the_priorities_without_the_link(register, services, dialogues):
    sid = _situation(services)
    read = dialogues.record(sid, DialogueSessionData(), [("Rester chez moi", None), ("Voir du monde", None)])

    dialogues.delete(read.id)

    assert dialogues.for_situation(sid) == []
    remaining = PriorityService(register).for_situation(sid)
    assert [(p.text, p.dialogue_session_id) for p in remaining] == [
        ("Rester chez moi", None),
        ("Voir du monde", None),
    ]
    with pytest.raises(NotFoundError):
        dialogues.get(read.id)
    with pytest.raises(NotFoundError):
        dialogues.delete(read.id)


def test_for_situation_lists_its_sessions_oldest_first(services, dialogues):
    sid, other = _situation(services, "Lambert"), _situation(services, "Peeters")
    late = dialogues.record(sid, DialogueSessionData(held_on=APRIL_2), [("Sortir", None)]).id
    early = dialogues.record(sid, DialogueSessionData(held_on=MARCH_1)).id
    dialogues.record(other, DialogueSessionData(held_on=MARCH_1))

    sessions = dialogues.for_situation(sid)

    assert [s.id for s in sessions] == [early, late]
    assert [[p.text for p in s.priorities] for s in sessions] == [[], ["Sortir"]]


def test_damaged_cards_value_reads_as_no_cards(register, services, dialogues):
    sid = _situation(services)
    read = dialogues.record(sid, DialogueSessionData(cards=("logement",)))
    with register.session() as session:
        session.get(DialogueSession, read.id).cards_json = "pas du json"

    assert dialogues.get(read.id).cards == ()
