"""Follow-ups to the calendar (.ics) on a real encrypted register: no names unless asked, all-day events on
the right dates, stable UIDs, one export-log row; and `relais calendar` end to end."""

from __future__ import annotations

import io
import json
import stat
import sys
from datetime import date, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from app import clock
from app.documents.calendar_export import export_calendar
from app.errors import NotFoundError
from app.followups import FollowUpService
from app.readmodels import PersonData, SituationData
from app.services import Services
from storage.models import ExportLog
from storage.register import Register
from tests.conftest import PASSPHRASE

TODAY = date(2024, 5, 15)
PLANTED = "Wójcik-Vandersmissen"  # a register name that must not reach the calendar by default


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def planted(register) -> dict[str, int | str]:
    services = Services.for_register(register)
    person = services.persons.create(PersonData(first_name="Zofia", last_name=PLANTED))
    data = SituationData(started_on=date(2024, 1, 1), next_checkin=TODAY + timedelta(days=3))
    situation = services.situations.create(person.id, data)
    FollowUpService(register).add(situation.id, TODAY + timedelta(days=10), f"appeler {PLANTED} au CPAS")
    other = services.persons.create(PersonData(first_name="Jan", last_name="Peeters"))
    second = services.situations.create(other.id, SituationData(started_on=date(2024, 2, 1),
                                                                next_checkin=TODAY - timedelta(days=2)))
    return {"id": situation.id, "code": situation.code, "other": second.code}


def _events(path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return sorted(calendar.walk("VEVENT"), key=lambda event: (event.decoded("dtstart"), str(event["uid"])))


def _logs(register: Register) -> list[ExportLog]:
    with register.session() as session:
        return list(session.scalars(select(ExportLog).where(ExportLog.kind == "calendar")))


def test_calendar_has_codes_only_by_default(register, planted, tmp_path):
    target = tmp_path / "suivis.ics"
    assert export_calendar(register, target, language="en") == 3
    raw = target.read_bytes().decode("utf-8")
    assert PLANTED not in raw and "Zofia" not in raw and "CPAS" not in raw and "Peeters" not in raw
    events = _events(target)
    assert [str(e["summary"]) for e in events] == [f"Check-in {planted['other']}",
                                                   f"Check-in {planted['code']}",
                                                   f"Follow-up {planted['code']}"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_events_are_all_day_on_their_dates(register, planted, tmp_path):
    target = tmp_path / "suivis.ics"
    export_calendar(register, target)
    starts = [(e.decoded("dtstart"), e.decoded("dtend")) for e in _events(target)]
    expected = [TODAY - timedelta(days=2), TODAY + timedelta(days=3), TODAY + timedelta(days=10)]
    assert starts == [(day, day + timedelta(days=1)) for day in expected]
    assert all(type(start) is date for start, _ in starts)  # a date, not a datetime: all-day


def test_names_and_notes_only_when_asked(register, planted, tmp_path):
    target = tmp_path / "avec-noms.ics"
    export_calendar(register, target, with_names=True, language="fr")
    events = _events(target)
    summaries = " ".join(str(e["summary"]) for e in events)
    assert f"Zofia {PLANTED}" in summaries and "Jan Peeters" in summaries
    assert f"appeler {PLANTED} au CPAS" in [str(e.get("description")) for e in events]
    assert "Prise de nouvelles" in summaries and "Rappel" in summaries


def test_uids_are_stable_and_follow_a_moved_checkin(register, planted, tmp_path):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_calendar(register, first)
    item = next(i for i in FollowUpService(register).due(date(9999, 1, 1)) if i.code == planted["code"]
                and i.source == "checkin")
    FollowUpService(register).postpone(item, TODAY + timedelta(days=20))
    export_calendar(register, second)
    uids = lambda path: {str(e["uid"]): e.decoded("dtstart") for e in _events(path)}  # noqa: E731
    assert uids(first).keys() == uids(second).keys() and len(uids(first)) == 3
    moved = [uid for uid, day in uids(second).items() if uids(first)[uid] != day]
    assert len(moved) == 1 and uids(second)[moved[0]] == TODAY + timedelta(days=20)


def test_one_situation_only(register, planted, tmp_path):
    target = tmp_path / "une.ics"
    assert export_calendar(register, target, situation_code=planted["code"].lower()) == 2
    assert all(planted["code"] in str(e["summary"]) for e in _events(target))
    with pytest.raises(NotFoundError):
        export_calendar(register, tmp_path / "inconnue.ics", situation_code="S-ZZZZ")
    assert not (tmp_path / "inconnue.ics").exists()


def test_each_export_is_logged_without_content(register, planted, tmp_path):
    export_calendar(register, tmp_path / "a.ics")
    export_calendar(register, tmp_path / "b.ics", situation_code=planted["code"], with_names=True)
    logs = _logs(register)
    assert [(log.format, log.item_count) for log in logs] == [("ics", 3), ("ics", 2)]
    settings = [json.loads(log.settings_json) for log in logs]
    assert settings[0] == {"situation": "all", "with_names": False, "language": "fr"}
    assert settings[1]["situation"] == planted["code"] and settings[1]["anonymised"] is False
    assert PLANTED not in "".join(log.settings_json for log in logs)


def test_relais_calendar_command(register_dir, tmp_path, monkeypatch, capsys):
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        services = Services.for_register(register)
        person = services.persons.create(PersonData(first_name="Zofia", last_name=PLANTED))
        services.situations.create(person.id, SituationData(started_on=date(2024, 1, 1),
                                                            next_checkin=TODAY + timedelta(days=1)))
    target = tmp_path / "agenda.ics"
    for extra, present in (((), False), (("--with-names",), True)):
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
        code = _main("calendar", str(register_dir), "--out", str(target), "--passphrase-stdin", *extra)
        out, err = capsys.readouterr()
        assert code == 0, err
        assert "Agenda écrit" in out and "(1 événements)" in out
        assert (PLANTED in target.read_text(encoding="utf-8")) is present
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        assert len(_logs(register)) == 2


def test_relais_calendar_refuses_another_suffix_before_the_passphrase(register_dir, tmp_path, capsys):
    code = _main("calendar", str(register_dir), "--out", str(tmp_path / "agenda.txt"))
    assert code == 1 and ".ics" in capsys.readouterr().err


def _main(*argv: str) -> int:
    from app.cli.main import main

    return main(list(argv))
