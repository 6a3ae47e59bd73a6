"""Figures of the invisible-work report against a hand-computed fixture; small-cell suppression; an empty
period; a period whose end precedes its start.

The fixture (period January–March 2026), minutes per situation — face to face (F) / invisible (I):
    S1: Jan visite_domicile 60 F, mail_mg 15 I, identifier_ressources 45 I (mobilisation on a waiting list),
        Feb administratif 30 I                                   → I 90, F 60
    S2: Jan visite_domicile 90 F, Feb passer_relais 60 I (mobilisation aboutie)   → I 60, F 90
    S3: Feb ecouter 30 F, Mar relancer_clarifier 20 I (mobilisation: service full) → I 20, F 30
    S4: Mar mails_documents 40 I;  S5: Mar visite_domicile 45 F;  S6: Mar veille 10 I
    no situation: Jan cdp_preparation 120 I, Mar recherche_reseau 30 I
    outside the period: Dec 2025 visite_domicile 999 (S1), Apr 2026 administratif 777 (S2)
Totals: 595 min, invisible 370 (62 %); tied to situations 445, invisible 220 (49 %), face to face 225.
By month: January 330, February 120, March 145. Median invisible per situation: (40 + 20) / 2 = 30.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from app import clock
from app.errors import ValidationError
from app.invisible_work import (
    InvisibleWorkService,
    OutcomeMinutes,
    Period,
    chart_series,
    count_text,
    parse_month,
    suppress,
)
from app.mobilisations import MobilisationData, MobilisationService
from app.readmodels import PersonData, SituationData
from app.services import Services
from app.time_entries import TimeEntryData, TimeService
from tests.error_texts import shown

TODAY = date(2026, 4, 15)
QUARTER = Period(date(2026, 1, 1), date(2026, 3, 1))
PEOPLE = [
    ("Josiane", "Vandermeulen"),
    ("Mohamed", "El Amrani"),
    ("Ghislaine", "Verbruggen"),
    ("Fatoumata", "Diallo"),
    ("Roger", "Claessens"),
    ("Maria", "Santos"),
]
NOTE = "Appel de sa fille Mireille Vandermeulen, rue Haute 12"
NARRATIVE = "Vit seule depuis le décès de son mari Albert"
MOBILISATION_NOTE = "Refus poli du CPAS, à relancer par Mme Wouters"


@dataclass(frozen=True)
class Fixture:
    codes: tuple[str, ...]  # S1 … S6
    names: tuple[str, ...]
    secrets: tuple[str, ...]  # free texts that must never come out


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def build_fixture(register, situations: int = 6) -> Fixture:
    """The register described in the module docstring (or its first `situations` situations)."""
    services = Services.for_register(register)
    ids = []
    for first, last in PEOPLE[:situations]:
        person = services.persons.create(PersonData(first_name=first, last_name=last, notes=NOTE))
        data = SituationData(started_on=date(2025, 11, 1), narrative=f"{first} {last}. {NARRATIVE}")
        ids.append(services.situations.create(person.id, data).id)
    mobilisations = [_mobilisation(register, ids[index], status) for index, status in _MOBILISED[:situations]]
    rows = [_entry(ids, mobilisations, *row) for row in _ENTRIES if row[2] is None or row[2] < situations]
    TimeService(register).log(rows)
    codes = tuple(services.situations.get(sid).code for sid in ids)
    names = tuple(part for person in PEOPLE[:situations] for part in person)
    return Fixture(codes, names, (NOTE, NARRATIVE, MOBILISATION_NOTE, "Mireille", "Albert", "Wouters"))


_MOBILISED = [(0, "liste_attente"), (1, "aboutie"), (2, "indisponible")]
# (day, task, situation index or None, minutes, mobilisation index or None)
_ENTRIES = [
    (date(2026, 1, 10), "visite_domicile", 0, 60, None),
    (date(2026, 1, 10), "mail_mg", 0, 15, None),
    (date(2026, 1, 12), "identifier_ressources", 0, 45, 0),
    (date(2026, 2, 3), "administratif", 0, 30, None),
    (date(2026, 1, 20), "visite_domicile", 1, 90, None),
    (date(2026, 2, 5), "passer_relais", 1, 60, 1),
    (date(2026, 2, 10), "ecouter", 2, 30, None),
    (date(2026, 3, 1), "relancer_clarifier", 2, 20, 2),
    (date(2026, 3, 5), "mails_documents", 3, 40, None),
    (date(2026, 3, 6), "visite_domicile", 4, 45, None),
    (date(2026, 3, 7), "veille", 5, 10, None),
    (date(2026, 1, 25), "cdp_preparation", None, 120, None),
    (date(2026, 3, 20), "recherche_reseau", None, 30, None),
    (date(2025, 12, 31), "visite_domicile", 0, 999, None),
    (date(2026, 4, 1), "administratif", 1, 777, None),
]


def _mobilisation(register, situation_id: int, status: str) -> int:
    data = MobilisationData(
        resource_name="Service d'aide familiale",
        status=status,
        started_on=date(2026, 1, 5),
        notes=MOBILISATION_NOTE,
    )
    return MobilisationService(register).add(situation_id, data).id


def _entry(ids, mobilisations, day, task, situation, minutes, mobilisation) -> TimeEntryData:
    return TimeEntryData(
        task,
        minutes,
        day,
        situation_id=None if situation is None else ids[situation],
        mobilisation_id=None if mobilisation is None else mobilisations[mobilisation],
        note=NOTE,
    )


@pytest.fixture
def fixture(register) -> Fixture:
    return build_fixture(register)


# -- figures -----------------------------------------------------------------------------------------------
def test_totals_and_tasks(register, fixture):
    data = InvisibleWorkService(register).report(QUARTER)
    assert not data.empty
    assert (data.totals.total, data.totals.invisible, data.totals.face_to_face) == (595, 370, 225)
    assert (data.situation_totals.total, data.situation_totals.invisible) == (445, 220)
    assert data.unbound_minutes == 150
    assert {task.task: task.minutes for task in data.by_task} == {
        "visite_domicile": 195, "cdp_preparation": 120, "passer_relais": 60, "identifier_ressources": 45,
        "mails_documents": 40, "administratif": 30, "ecouter": 30, "recherche_reseau": 30,
        "relancer_clarifier": 20, "mail_mg": 15, "veille": 10,
    }  # fmt: skip
    assert [task.minutes for task in data.by_task] == sorted((t.minutes for t in data.by_task), reverse=True)
    home_visit = data.by_task[0]
    assert (home_visit.label, home_visit.invisible) == ("Passage à domicile", False)


def test_minutes_by_month_and_stacked_series(register, fixture):
    data = InvisibleWorkService(register).report(QUARTER)
    per_month: dict[date, int] = {}
    for cell in data.by_month:
        per_month[cell.month] = per_month.get(cell.month, 0) + cell.minutes
    assert per_month == {date(2026, 1, 1): 330, date(2026, 2, 1): 120, date(2026, 3, 1): 145}
    january = {cell.task: cell.minutes for cell in data.by_month if cell.month == date(2026, 1, 1)}
    assert january == {
        "visite_domicile": 150,
        "mail_mg": 15,
        "identifier_ressources": 45,
        "cdp_preparation": 120,
    }
    series = chart_series(data, top_face=1, top_invisible=2)
    assert [(layer.label, layer.invisible) for layer in series] == [
        ("Passage à domicile", False),
        ("Autres tâches en présence", False),
        ("Préparer la CdP (canevas)", True),
        ("Passer le relais", True),
        ("Autres tâches invisibles", True),
    ]
    assert [sum(column) for column in zip(*(layer.values for layer in series), strict=True)] == [
        330,
        120,
        145,
    ]
    assert series[1].values == (0, 30, 0)  # écouter, February


def test_situations_ranked_by_invisible_time_with_codes_only(register, fixture):
    data = InvisibleWorkService(register).report(QUARTER)
    s1, s2, s3, s4, s5, s6 = fixture.codes
    assert [(row.code, row.invisible, row.face_to_face) for row in data.ranking] == [
        (s1, 90, 60), (s2, 60, 90), (s4, 40, 0), (s3, 20, 30), (s6, 10, 0), (s5, 0, 45),
    ]  # fmt: skip
    assert data.situation_count == 6 and not data.ranking_withheld
    assert data.median_invisible_per_situation == 30
    assert [row.code for row in InvisibleWorkService(register).report(QUARTER, ranking_size=2).ranking] == [
        s1,
        s2,
    ]


def test_minutes_by_mobilisation_outcome(register, fixture):
    data = InvisibleWorkService(register).report(QUARTER)
    # One situation per outcome: every count is suppressed, so every outcome's minutes are withheld, and
    # so are the totals ("Aboutie" is alone in its group: the totals would give it away).
    assert data.outcomes == (
        OutcomeMinutes("liste_attente", "Liste d’attente", True, None, None),
        OutcomeMinutes("aboutie", "Aboutie", False, None, None),
        OutcomeMinutes("indisponible", "Indisponible (service complet)", True, None, None),
    )
    assert data.shortage_minutes is None and data.outcome_minutes is None


def test_headline_sentences(register, fixture):
    headlines = InvisibleWorkService(register).report(QUARTER).headlines
    assert headlines == (
        "De janvier 2026 à mars 2026, le registre compte 10 h de travail : 62 % de travail invisible et "
        "38 % en présence de la personne.",
        "Sur la période, 49 % du temps consacré aux situations est du travail invisible : pour une heure "
        "passée avec la personne, 59 min de travail autour d'elle.",
        "Le travail invisible qui a pris le plus de temps : « Préparer la CdP (canevas) » (2 h), "
        "« Passer le relais » (1 h) et « Identifier les ressources potentielles » (45 min).",
        "Ce temps concerne 6 situations ; le travail invisible médian par situation est de 30 min.",
        "S'y ajoutent 3 h de travail hors situation "
        "(communauté de pratique, formation, recherche de réseau…).",
    )


def test_no_name_and_no_free_text_in_the_figures(register, fixture):
    shown = repr(InvisibleWorkService(register).report(QUARTER))
    for text in fixture.names + fixture.secrets + ("Service d'aide familiale",):
        assert text not in shown


def test_single_month_and_partial_months(register, fixture):
    march = InvisibleWorkService(register).report(Period(date(2026, 3, 15), date(2026, 3, 2)))
    assert march.totals.total == 145
    assert march.headlines[0].startswith("En mars 2026, le registre compte 2 h de travail")


# -- small cells -----------------------------------------------------------------------------------------
def test_fewer_than_five_situations_are_not_shown(register):
    fixture = build_fixture(register, situations=3)
    data = InvisibleWorkService(register).report(QUARTER)
    assert data.situation_count is None and data.ranking_withheld
    assert data.ranking == () and data.median_invisible_per_situation is None
    assert count_text(data.situation_count) == "< 5"
    shown = repr(data)
    assert not any(code in shown for code in fixture.codes)
    assert any("moins de 5 situations" in sentence for sentence in data.headlines)
    assert all("3 situations" not in sentence for sentence in data.headlines)


@pytest.mark.parametrize(("count", "shown"), [(0, 0), (1, None), (4, None), (5, 5), (1234, 1234)])
def test_suppression_threshold(count, shown):
    assert suppress(count) == shown
    assert count_text(suppress(count)) == ("< 5" if shown is None else f"{count:,}".replace(",", " "))


@pytest.mark.parametrize(("situations", "shown"), [(4, None), (5, 5)])
def test_outcome_counts_suppressed_below_five(register, situations, shown):
    services = Services.for_register(register)
    for index in range(situations):
        person = services.persons.create(PersonData(first_name="P", last_name=f"N{index}"))
        situation = services.situations.create(person.id, SituationData(started_on=date(2026, 1, 1))).id
        mobilisation = _mobilisation(register, situation, "en_place")
        TimeService(register).log(
            [
                TimeEntryData(
                    "mettre_en_lien",
                    10,
                    date(2026, 2, 1),
                    situation_id=situation,
                    mobilisation_id=mobilisation,
                )
            ]
        )
    data = InvisibleWorkService(register).report(QUARTER)
    minutes = None if shown is None else 10 * situations  # withheld beside a suppressed count
    assert data.outcomes == (OutcomeMinutes("en_place", "En place", False, minutes, shown),)
    assert data.situation_count == shown


# -- empty and refused periods -----------------------------------------------------------------------------
def test_empty_period_says_so(register, fixture):
    data = InvisibleWorkService(register).report(Period(date(2025, 6, 1), date(2025, 8, 1)))
    assert data.empty
    assert data.by_task == () and data.by_month == () and data.ranking == () and data.outcomes == ()
    assert data.headlines == (
        "Aucun temps n'a été enregistré sur la période (juin 2025 – août 2025) : ce rapport ne contient donc "
        "ni graphique ni tableau.",
    )
    assert chart_series(data) == ()


def test_end_before_start_is_refused():
    with pytest.raises(ValidationError) as caught:
        Period(date(2026, 3, 1), date(2026, 1, 31))
    assert shown(caught.value) == "La fin de la période (2026-01) précède son début (2026-03)."
    with pytest.raises(ValidationError):
        Period.parse("2026-03", "2026-01")


@pytest.mark.parametrize("text", ["2026-13", "mars 2026", "2026", "", "2026-03-01"])
def test_unreadable_month_is_refused(text):
    with pytest.raises(ValidationError) as caught:
        parse_month(text, "from")
    assert "AAAA-MM" in shown(caught.value)


def test_period_bounds_and_labels():
    period = Period.parse("2025-11", "2026-02")
    assert (period.start_month, period.last_day) == (date(2025, 11, 1), date(2026, 2, 28))
    assert period.months == (date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1))
    assert period.label == "novembre 2025 – février 2026"
    assert Period.parse("2024-02", "2024-02").last_day == date(2024, 2, 29)
    assert len(Period.parse("2023-11", "2026-10").months) == 36
    assert Period.parse("2026-12", "2026-12").label == "décembre 2026"
