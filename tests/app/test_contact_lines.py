"""Lines of the "to contact" list on a real register: one per situation, done or postponed as a whole."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.contact_lines import contact_lines, mark_line_done, postpone_line
from app.errors import ValidationError
from app.followups import CHECKIN, FOLLOWUP, FollowUpService
from app.readmodels import PersonData, SituationData
from app.services import Services

TODAY = date.today()


@pytest.fixture
def services(register) -> Services:
    return Services.for_register(register)


def add_situation(services: Services, first: str, last: str, *, next_checkin: date, started_on: date) -> int:
    person = services.persons.create(PersonData(first_name=first, last_name=last))
    return services.situations.create(person.id, SituationData(started_on=started_on,
                                                                next_checkin=next_checkin)).id


@pytest.fixture
def followups(register) -> FollowUpService:
    return FollowUpService(register)


@pytest.fixture
def both(services, followups) -> int:
    """A situation due for its check-in in two days, with two reminders (one overdue)."""
    situation = add_situation(services, "Anne", "Lambert", next_checkin=TODAY + timedelta(days=2),
                              started_on=TODAY - timedelta(days=30))
    followups.add(situation, TODAY - timedelta(days=1), "Rappeler la mutualité")
    followups.add(situation, TODAY + timedelta(days=4), "Demander le rapport")
    return situation


def test_a_situation_with_a_checkin_and_reminders_is_one_line(services, followups, both):
    other = add_situation(services, "Marc", "Peeters", next_checkin=TODAY, started_on=TODAY)
    lines = contact_lines(followups.due(TODAY + timedelta(days=7)))
    assert [line.situation_id for line in lines] == [both, other]  # dated by the earliest reason
    line = lines[0]
    assert [item.source for item in line.items] == [FOLLOWUP, CHECKIN, FOLLOWUP]
    assert line.has_checkin and line.reminders == 2 and line.overdue
    assert line.due_on == TODAY - timedelta(days=1)
    assert line.note == "Rappeler la mutualité · Demander le rapport"


def test_done_clears_every_reason_and_moves_the_checkin(services, followups, both):
    line = contact_lines(followups.due(TODAY + timedelta(days=7)))[0]
    mark_line_done(followups, line, next_checkin=TODAY + timedelta(days=30))
    assert followups.due(TODAY + timedelta(days=7)) == []
    assert services.situations.get(both).next_checkin == TODAY + timedelta(days=30)


def test_postpone_moves_every_reason(followups, both):
    line = contact_lines(followups.due(TODAY + timedelta(days=7)))[0]
    postpone_line(followups, line, TODAY + timedelta(days=14))
    moved = followups.due(TODAY + timedelta(days=14))
    assert {item.due_on for item in moved} == {TODAY + timedelta(days=14)} and len(moved) == 3


def test_a_past_date_is_refused_before_anything_is_written(services, followups, both):
    line = contact_lines(followups.due(TODAY + timedelta(days=7)))[0]
    with pytest.raises(ValidationError):
        postpone_line(followups, line, TODAY - timedelta(days=1))
    with pytest.raises(ValidationError):
        mark_line_done(followups, line, next_checkin=TODAY - timedelta(days=1))
    assert len(followups.due(TODAY + timedelta(days=7))) == 3
