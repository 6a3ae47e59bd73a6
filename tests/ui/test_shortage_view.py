"""The shortage view on a known register: resource types ranked by waiting lists, full services and failures
over the last twelve months, the totals row, grouping by category, the period, and the time spent."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.mobilisations import MobilisationData
from app.resources_directory import ResourceData
from app.time_entries import TimeEntryData
from tests.ui.conftest import add_situation
from ui.common.vocab_widgets import label_of, to_qdate
from ui.resources.shortages import ShortageView

TODAY = date.today()


@pytest.fixture
def known(services) -> dict[str, int]:
    """Three CPAS mobilisations (a waiting list then full, a failure, one in place), one centre full, one
    free-text failure, and one waiting list more than a year ago (outside the default period)."""
    situation = add_situation(services, "Fatima", "El Idrissi")
    cpas = services.resources.create(ResourceData(name="CPAS de Forest", resource_type="cpas")).id
    centre = services.resources.create(
        ResourceData(name="Centre Aide & Soins", resource_type="centre_coordination")
    ).id
    add, change = services.mobilisations.add, services.mobilisations.change_status
    start = max(date(2026, 1, 5), TODAY - timedelta(days=60))
    first = add(situation, MobilisationData(resource_id=cpas, status="liste_attente", started_on=start))
    change(first.id, "indisponible", start + timedelta(days=1), "service_sature")
    add(situation, MobilisationData(resource_id=cpas, status="echec", started_on=start))
    add(situation, MobilisationData(resource_id=cpas, status="en_place", started_on=start))
    full = add(situation, MobilisationData(resource_id=centre, status="indisponible", started_on=start))
    add(situation, MobilisationData(resource_name="Voisin", status="echec", started_on=start))
    services.time.log(
        [
            TimeEntryData("identifier_ressources", 45, start, situation, full.id),
            TimeEntryData("identifier_ressources", 30, start, situation, first.id),
        ]
    )
    return {"situation": situation, "cpas": cpas}


def test_types_ranked_with_totals_over_the_last_twelve_months(qtbot, services, known):
    view = ShortageView(services)
    qtbot.addWidget(view)
    since, until = view.period()
    assert until == TODAY and (TODAY - since).days in (365, 366)
    assert view.table_rows() == [
        [
            label_of("resource_types", "cpas"),
            label_of("resource_categories", "droits_administratif"),
            "1",
            "1",
            "1",
            "2",
        ],
        [
            label_of("resource_types", "centre_coordination"),
            label_of("resource_categories", "coordination"),
            "0",
            "1",
            "0",
            "1",
        ],
        ["Not typed (free text or an entry without type)", "", "0", "0", "1", "1"],
        ["Total", "", "1", "2", "2", "4"],
    ]
    assert view.table.item(3, 0).font().bold()
    assert view.time_spent.text() == (
        "Time spent on mobilisations now on a waiting list, unavailable or failed: 1 h 15 "
        "(of 1 h 15 on all mobilisations)."
    )


def test_grouped_by_category(qtbot, services, known):
    view = ShortageView(services)
    qtbot.addWidget(view)
    view.group_by.setCurrentIndex(view.group_by.findData("category"))
    rows = view.table_rows()
    assert rows[0] == [label_of("resource_categories", "droits_administratif"), "1", "1", "1", "2"]
    assert rows[-1] == ["Total", "1", "2", "2", "4"]
    assert view.table.horizontalHeaderItem(0).text() == "Category"


def test_a_period_without_shortage_says_so(qtbot, services, known):
    view = ShortageView(services)
    qtbot.addWidget(view)
    view.since.setDate(to_qdate(date(2020, 1, 1)))
    view.until.setDate(to_qdate(date(2020, 12, 31)))
    assert view.table_rows() == []
    assert not view.empty.isHidden()
    assert view.empty.text() == "No mobilisation met a shortage in this period."


def test_a_reversed_period_shows_the_service_message(qtbot, services, known):
    view = ShortageView(services)
    qtbot.addWidget(view)
    view.since.setDate(to_qdate(TODAY))
    view.until.setDate(to_qdate(TODAY - timedelta(days=3)))
    assert view.error.text() == "The start of the period must come before its end."
    assert view.table_rows() == []
