"""Follow-ups (veille) on a real encrypted register: next check-in dates and FollowUp reminders."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app import clock
from app.errors import NotFoundError, ValidationError
from app.followups import CHECKIN, FOLLOWUP, FollowUpService
from app.readmodels import PersonData, SituationData
from app.services import Services
from storage.models import FollowUp

TODAY = date(2024, 5, 15)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def services(register) -> Services:
    return Services.for_register(register)


@pytest.fixture
def followups(register) -> FollowUpService:
    return FollowUpService(register)


def _situation(services: Services, last_name: str, next_checkin: date | None = None) -> int:
    person = services.persons.create(PersonData(first_name="Anne", last_name=last_name))
    data = SituationData(started_on=date(2024, 1, 1), next_checkin=next_checkin)
    return services.situations.create(person.id, data).id


def test_due_combines_checkins_and_reminders_sorted_by_date(services, followups):
    late = _situation(services, "Lambert", TODAY - timedelta(days=3))
    soon = _situation(services, "Peeters", TODAY + timedelta(days=2))
    _situation(services, "Later", TODAY + timedelta(days=30))
    _situation(services, "Never")
    followups.add(soon, TODAY, "rappeler la mutuelle")

    items = followups.due(TODAY + timedelta(days=7))

    assert [(i.situation_id, i.source) for i in items] == [(late, CHECKIN), (soon, FOLLOWUP), (soon, CHECKIN)]
    assert [i.overdue for i in items] == [True, False, False]
    assert items[0].person_name == "Anne Lambert"
    assert items[0].code == services.situations.get(late).code
    assert items[1].note == "rappeler la mutuelle"
    assert [i.situation_id for i in followups.due(TODAY)] == [late, soon]


def test_closed_situations_are_left_out(services, followups):
    sid = _situation(services, "Closed", TODAY)
    followups.add(sid, TODAY, "")
    services.situations.close(sid, "objectifs_atteints", TODAY)
    assert followups.due(TODAY) == []


def test_veille_situations_are_listed(services, followups):
    sid = _situation(services, "Watch", TODAY)
    services.situations.set_watch(sid)
    assert [i.situation_id for i in followups.due(TODAY)] == [sid]


def test_mark_done_reminder_sets_done_date(services, followups, register):
    sid = _situation(services, "Done")
    item = followups.add(sid, TODAY - timedelta(days=1), "passer voir")
    assert item.overdue

    followups.mark_done(item)

    assert followups.due(TODAY + timedelta(days=365)) == []
    with register.session() as session:
        assert session.scalars(select(FollowUp.done_on)).one() == TODAY


def test_mark_done_checkin_clears_or_moves_the_date(services, followups):
    first = _situation(services, "Clear", TODAY)
    second = _situation(services, "Move", TODAY)
    items = {i.situation_id: i for i in followups.due(TODAY)}

    followups.mark_done(items[first])
    followups.mark_done(items[second], next_checkin=TODAY + timedelta(days=14))

    assert services.situations.get(first).next_checkin is None
    assert services.situations.get(second).next_checkin == TODAY + timedelta(days=14)
    with pytest.raises(ValidationError):
        followups.mark_done(items[second], next_checkin=TODAY - timedelta(days=1))


def test_postpone_moves_either_source(services, followups):
    sid = _situation(services, "Later", TODAY)
    reminder = followups.add(sid, TODAY, "note")
    checkin = next(i for i in followups.due(TODAY) if i.source == CHECKIN)

    followups.postpone(reminder, TODAY + timedelta(days=7))
    followups.postpone(checkin, TODAY + timedelta(days=30))

    assert followups.due(TODAY) == []
    assert [i.source for i in followups.due(TODAY + timedelta(days=7))] == [FOLLOWUP]
    assert services.situations.get(sid).next_checkin == TODAY + timedelta(days=30)


def test_postpone_refuses_a_past_date(services, followups):
    sid = _situation(services, "Past", TODAY)
    item = followups.due(TODAY)[0]
    with pytest.raises(ValidationError) as caught:
        followups.postpone(item, TODAY - timedelta(days=1))
    assert caught.value.field == "due_on"
    assert services.situations.get(sid).next_checkin == TODAY


def test_stale_items_raise_not_found(services, followups):
    sid = _situation(services, "Erased", TODAY)
    item = followups.add(sid, TODAY, "")
    person_id = services.situations.get(sid).person_id
    services.persons.erase(person_id)
    with pytest.raises(NotFoundError):
        followups.mark_done(item)
    with pytest.raises(NotFoundError):
        followups.add(sid, TODAY, "")


def test_note_is_trimmed_and_bounded(services, followups):
    sid = _situation(services, "Note", TODAY)
    assert followups.add(sid, TODAY, "  appeler  ").note == "appeler"
    with pytest.raises(ValidationError):
        followups.add(sid, TODAY, "x" * 501)
