"""Complementary suppression in the invisible-work figures (issue 19): an outcome's minutes withheld beside
its suppressed count of situations cannot be worked out from the printed totals (the shortage minutes and
the share of shortage time). A reader's attack (`recoverable`) succeeds on primary suppression alone and
fails on the report, the PDF and the bundle."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app import clock
from app.exports.invisible_work_bundle import invisible_work_bundle
from app.invisible_work import InvisibleWorkService, OutcomeMinutes, Period
from app.invisible_work_suppression import recoverable, withhold_minutes
from app.mobilisations import MobilisationData, MobilisationService
from app.readmodels import PersonData, SituationData
from app.services import Services
from app.time_entries import TimeEntryData, TimeService

QUARTER = Period(date(2026, 1, 1), date(2026, 3, 1))
# status → (situations, minutes per situation): one shortage outcome is small (2 situations), the other
# shortage outcome and the other outcomes are large.
PLAN = {"liste_attente": (6, 20), "echec": (2, 35), "aboutie": (7, 15), "en_place": (5, 12)}


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2026, 4, 15))


def _row(status: str, shortage: bool, minutes: int, situations: int) -> OutcomeMinutes:
    return OutcomeMinutes(status, status, shortage, minutes, situations if situations >= 5 else None)


def test_primary_suppression_alone_gives_a_withheld_cell_away():
    rows = [_row("liste_attente", True, 120, 6), _row("refus", True, 70, 2), _row("aboutie", False, 105, 7)]
    naive = [OutcomeMinutes(r.status, r.label, r.shortage, None if r.situations is None else r.minutes,
                            r.situations) for r in rows]  # fmt: skip
    assert recoverable(naive, 190, 295) == {"refus": 70}  # the attack works: 190 − 120
    shown, shortage, total = withhold_minutes(rows)
    assert recoverable(shown, shortage, total) == {}
    assert [r.minutes for r in shown] == [None, None, 105] and (shortage, total) == (190, 295)


def test_a_lone_withheld_cell_in_its_group_withholds_the_totals():
    rows = [_row("refus", True, 70, 2), _row("aboutie", False, 105, 7), _row("en_place", False, 60, 5)]
    shown, shortage, total = withhold_minutes(rows)
    assert (shortage, total) == (None, None)
    assert recoverable(shown, shortage, total) == {}


@pytest.mark.parametrize("seed", range(40))
def test_no_withheld_cell_is_recoverable_in_random_tables(seed):
    import random

    draw = random.Random(seed)
    rows = [
        _row(f"s{i}", draw.random() < 0.5, draw.randint(1, 300), draw.choice([1, 2, 3, 4, 5, 8, 20]))
        for i in range(draw.randint(1, 6))
    ]
    shown, shortage, total = withhold_minutes(rows)
    assert recoverable(shown, shortage, total) == {}
    assert all(r.minutes is None for r in shown if r.situations is None)  # primary kept


def _register_with_outcomes(register) -> None:
    services = Services.for_register(register)
    entries = []
    for status, (situations, minutes) in PLAN.items():
        for index in range(situations):
            person = services.persons.create(PersonData(first_name="P", last_name=f"{status}{index}"))
            situation = services.situations.create(person.id, SituationData(started_on=date(2026, 1, 1))).id
            data = MobilisationData(resource_name="Service", status=status, started_on=date(2026, 1, 5))
            mobilisation = MobilisationService(register).add(situation, data).id
            entries.append(TimeEntryData("mettre_en_lien", minutes, date(2026, 2, 1), situation_id=situation,
                                         mobilisation_id=mobilisation))  # fmt: skip
    TimeService(register).log(entries)


def test_the_printed_report_and_bundle_do_not_give_the_small_outcome_away(register):
    _register_with_outcomes(register)
    data = InvisibleWorkService(register).report(QUARTER)
    by_status = {o.status: o for o in data.outcomes}
    assert by_status["echec"].situations is None and by_status["echec"].minutes is None
    assert by_status["liste_attente"].minutes is None  # the complementary cell
    assert data.shortage_minutes == 6 * 20 + 2 * 35  # the total stays: two unknowns in one equation
    assert recoverable(data.outcomes, data.shortage_minutes, data.outcome_minutes) == {}
    # The same attack on the bundle a moderator receives: its outcome rows and the report's totals.
    bundle = json.loads(json.dumps(invisible_work_bundle(data, "R-TEST")))
    rows = [OutcomeMinutes(o["status"], o["label"], o["shortage"], o["minutes"], o["situations"])
            for o in bundle["outcomes"]]  # fmt: skip
    assert recoverable(rows, data.shortage_minutes, data.outcome_minutes) == {}
    assert 70 not in [o["minutes"] for o in bundle["outcomes"]]
