"""Time entries on a real encrypted register: the quick log (all rows or none), refusals per row, lists with
their totals, the task ranking of the quick-log list, and the desk timer surviving a lock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app import clock
from app.errors import NotFoundError, ValidationError
from app.mobilisations import MobilisationData, MobilisationService
from app.readmodels import PersonData, SituationData
from app.services import Services
from app.time_entries import (
    TIMER_KEY,
    EntryError,
    TimeEntryData,
    TimerState,
    TimeService,
    TimeTotals,
    is_invisible,
)
from app.vocab import vocabularies
from storage.models import AppSetting, TimeEntry
from storage.register import Register
from tests.conftest import PASSPHRASE

TODAY = date(2026, 3, 20)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def times(register) -> TimeService:
    return TimeService(register)


def _situation(register, last_name: str) -> int:
    services = Services.for_register(register)
    person = services.persons.create(PersonData(first_name="Test", last_name=last_name))
    return services.situations.create(person.id, SituationData(started_on=date(2026, 1, 1))).id


@pytest.fixture
def two_situations(register) -> tuple[int, int]:
    return _situation(register, "Aerts"), _situation(register, "Bosmans")


def _count(register) -> int:
    with register.session() as session:
        return session.scalar(select(func.count()).select_from(TimeEntry))


def test_quick_log_of_a_visit_and_two_invisible_tasks(times, two_situations):
    first, _ = two_situations
    rows = [
        TimeEntryData("visite_domicile", 60, situation_id=first, note="RAS"),
        TimeEntryData("mail_mg", 10, situation_id=first),
        TimeEntryData("relancer_clarifier", 15, situation_id=first),
    ]
    saved = times.log(rows)
    assert [(e.task, e.minutes, e.worked_on) for e in saved] == [
        ("visite_domicile", 60, TODAY),
        ("mail_mg", 10, TODAY),
        ("relancer_clarifier", 15, TODAY),
    ]
    assert [e.invisible for e in saved] == [False, True, True]
    assert {e.situation_code for e in saved} == {times.for_situation(first).entries[0].situation_code}
    assert saved[0].note == "RAS"
    assert times.for_situation(first).totals == TimeTotals(85, 25)


def test_one_bad_row_saves_nothing_and_names_the_row(register, times, two_situations):
    first, second = two_situations
    elsewhere = MobilisationService(register).add(second, MobilisationData(resource_name="CPAS"))
    rows = [
        TimeEntryData("visite_domicile", 60, situation_id=first),
        TimeEntryData("identifier_ressources", 20, situation_id=first, mobilisation_id=elsewhere.id),
    ]
    with pytest.raises(EntryError) as caught:
        times.log(rows)
    assert caught.value.row == 1 and caught.value.field == "mobilisation_id"
    assert _count(register) == 0


def test_entry_may_point_to_a_mobilisation_of_its_own_situation(register, times, two_situations):
    first, _ = two_situations
    mobilisation = MobilisationService(register).add(first, MobilisationData(resource_name="Aide familiale"))
    [entry] = times.log(
        [TimeEntryData("identifier_ressources", 30, situation_id=first, mobilisation_id=mobilisation.id)]
    )
    assert entry.mobilisation_id == mobilisation.id
    assert MobilisationService(register).get(mobilisation.id).minutes == 30


def test_entries_without_situation_are_allowed(times):
    [entry] = times.log([TimeEntryData("cdp_preparation", 90)])
    assert entry.situation_id is None and entry.situation_code is None
    assert times.between(TODAY, TODAY).totals == TimeTotals(90, 90)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (TimeEntryData("inconnue", 10), "task"),
        (TimeEntryData("veille", 0), "minutes"),
        (TimeEntryData("veille", -5), "minutes"),
        (TimeEntryData("veille", 24 * 60 + 1), "minutes"),
        (TimeEntryData("veille", True), "minutes"),
        (TimeEntryData("veille", 1.5), "minutes"),
        (TimeEntryData("veille", 10, worked_on=TODAY + timedelta(days=1)), "worked_on"),
        (TimeEntryData("veille", 10, note="x" * 1001), "note"),
        (TimeEntryData("veille", 10, mobilisation_id=1), "mobilisation_id"),
    ],
)
def test_rows_refused_with_the_field(register, times, data, field):
    with pytest.raises(EntryError) as caught:
        times.log([TimeEntryData("veille", 5), data])
    assert caught.value.row == 1 and caught.value.field == field
    assert _count(register) == 0


def test_unknown_situation_and_empty_log_refused(times):
    with pytest.raises(NotFoundError):
        times.log([TimeEntryData("veille", 5, situation_id=999)])
    with pytest.raises(ValidationError):
        times.log([])


def test_next_checkin_planned_in_the_same_transaction(register, times, two_situations):
    first, second = two_situations
    times.log([TimeEntryData("visite_domicile", 45, situation_id=first)], next_checkin=date(2026, 4, 2))
    assert Services.for_register(register).situations.get(first).next_checkin == date(2026, 4, 2)
    mixed = [TimeEntryData("veille", 5, situation_id=first), TimeEntryData("veille", 5, situation_id=second)]
    with pytest.raises(ValidationError):
        times.log(mixed, next_checkin=date(2026, 4, 2))
    with pytest.raises(ValidationError):
        times.log([TimeEntryData("veille", 5, situation_id=first)], next_checkin=TODAY - timedelta(days=1))
    assert _count(register) == 1


def test_update_and_delete(register, times, two_situations):
    first, second = two_situations
    [entry] = times.log([TimeEntryData("veille", 10, situation_id=first)])
    changed = times.update(entry.id, TimeEntryData("alerter", 25, date(2026, 3, 1), situation_id=second))
    assert (changed.task, changed.minutes, changed.worked_on, changed.situation_id) == (
        "alerter", 25, date(2026, 3, 1), second,
    )  # fmt: skip
    assert times.get(entry.id) == changed
    with pytest.raises(EntryError):
        times.update(entry.id, TimeEntryData("alerter", 0))
    times.delete(entry.id)
    assert _count(register) == 0
    with pytest.raises(NotFoundError):
        times.delete(entry.id)
    with pytest.raises(NotFoundError):
        times.get(entry.id)


def test_lists_and_totals(times, two_situations):
    first, second = two_situations
    times.log([
        TimeEntryData("visite_domicile", 60, date(2026, 2, 1), situation_id=first),
        TimeEntryData("administratif", 20, date(2026, 2, 3), situation_id=first),
        TimeEntryData("accompagner", 120, date(2026, 2, 10), situation_id=second),
        TimeEntryData("mails_documents", 15, date(2026, 3, 1), situation_id=second),
        TimeEntryData("cdp_preparation", 30, date(2026, 2, 15)),
    ])  # fmt: skip
    own = times.for_situation(first)
    assert [e.worked_on for e in own.entries] == [date(2026, 2, 3), date(2026, 2, 1)]  # most recent first
    assert own.totals == TimeTotals(80, 20) and own.totals.face_to_face == 60
    february = times.between(date(2026, 2, 1), date(2026, 2, 28))
    assert len(february.entries) == 4
    assert february.totals == TimeTotals(230, 50)
    assert february.totals == times.totals(date(2026, 2, 1), date(2026, 2, 28))
    second_only = times.between(date(2026, 1, 1), TODAY, situation_id=second)
    assert second_only.totals == TimeTotals(135, 15) == times.totals(date(2026, 1, 1), TODAY, second)
    assert round(second_only.totals.invisible_share, 3) == round(15 / 135, 3)
    assert TimeTotals().invisible_share is None
    latest = times.between(date(2026, 2, 1), date(2026, 2, 28), limit=2)
    assert [e.worked_on for e in latest.entries] == [date(2026, 2, 15), date(2026, 2, 10)]
    assert latest.totals == february.totals  # the totals still cover the whole range
    with pytest.raises(ValidationError):
        times.between(date(2026, 3, 1), date(2026, 2, 1))
    with pytest.raises(NotFoundError):
        times.for_situation(999)


def test_task_usage_ranking(times, two_situations):
    first, _ = two_situations
    times.log([TimeEntryData("veille", 5, situation_id=first)] * 3 + [TimeEntryData("alerter", 5)] * 2)
    ranking = times.task_usage_ranking()
    assert ranking[:2] == ["veille", "alerter"]
    known = vocabularies()["referent_tasks"].ids()
    assert sorted(ranking) == sorted(known)
    unused = [task for task in known if task not in ("veille", "alerter")]
    assert ranking[2:] == unused  # vocabulary order for the others


def test_invisible_flag_comes_from_the_vocabulary():
    assert is_invisible("mail_mg") and is_invisible("passer_relais")
    assert not is_invisible("visite_domicile") and not is_invisible("ecouter")


# -- desk timer ------------------------------------------------------------------------------------------
def test_timer_survives_closing_the_register(register_dir, two_situations):
    first, _ = two_situations
    started = datetime(2026, 3, 20, 8, 30, tzinfo=UTC)
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        TimeService(register).save_timer(TimerState(started, "relancer_clarifier", first))
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        state = TimeService(register).load_timer()
        assert state == TimerState(started, "relancer_clarifier", first)
        assert state.elapsed_minutes(started + timedelta(minutes=42, seconds=20)) == 42
        assert state.elapsed_minutes(started + timedelta(seconds=5)) == 1
        TimeService(register).clear_timer()
        assert TimeService(register).load_timer() is None
        TimeService(register).clear_timer()  # clearing twice is harmless


def test_timer_drops_an_erased_situation_and_ignores_a_damaged_value(register, times, two_situations):
    first, _ = two_situations
    times.save_timer(TimerState(datetime(2026, 3, 20, 8, 0, tzinfo=UTC), None, first))
    services = Services.for_register(register)
    services.persons.erase(services.situations.get(first).person_id)  # GDPR erasure while the timer runs
    assert times.load_timer().situation_id is None
    with register.session() as session:
        session.merge(AppSetting(key=TIMER_KEY, value="{pas du json"))
    assert times.load_timer() is None


def test_timer_needs_an_aware_timestamp(times):
    with pytest.raises(ValueError):
        times.save_timer(TimerState(datetime(2026, 3, 20, 8, 0)))
