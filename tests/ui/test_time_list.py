"""Time lists: per situation and register-wide, totals, mobilisations shown, edit and delete."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from app import clock
from app.mobilisations import MobilisationData
from app.time_entries import TimeEntryData
from tests.ui.conftest import add_situation
from ui.common.i18n import install_translations
from ui.time.entries import TimeEntriesModel, TimeListView

TODAY = clock.today()


@pytest.fixture
def logged(services):
    """Odette: a visit, a call tied to a mobilisation; plus a CdP session without situation, an old mail."""
    odette = add_situation(services, "Odette", "Exemple")
    other = add_situation(services, "Autre", "Personne")
    cpas = services.mobilisations.add(odette, MobilisationData(resource_name="CPAS d'Ixelles",
                                                               started_on=TODAY - timedelta(days=3)))
    services.time.log([
        TimeEntryData("visite_domicile", 45, TODAY - timedelta(days=2), odette),
        TimeEntryData("identifier_ressources", 15, TODAY - timedelta(days=1), odette, cpas.id, "Appel CPAS"),
    ])
    services.time.log([TimeEntryData("cdp_preparation", 60, TODAY)])
    services.time.log([TimeEntryData("mails_documents", 20, TODAY - timedelta(days=200), other)])
    return {"odette": odette, "other": other, "cpas": cpas.id}


def make_view(qtbot, services, situation_id) -> TimeListView:
    view = TimeListView(services, situation_id)
    qtbot.addWidget(view)
    view.show()
    return view


def column(view: TimeListView, number: int) -> list[str]:
    return [view.model.text(entry, number) for entry in view.entries()]


def test_a_situation_lists_its_time_with_totals_and_mobilisations(qtbot, services, logged):
    view = make_view(qtbot, services, logged["odette"])
    assert column(view, 2) == ["Identify resources (calls)", "Home visit"]
    assert column(view, 1) == ["15 min", "45 min"]
    assert column(view, 3) == ["Invisible work", "With the person"]
    assert column(view, TimeEntriesModel.MOBILISATION) == ["CPAS d'Ixelles", ""]
    assert view.table.isColumnHidden(TimeEntriesModel.SITUATION)
    assert view.totals_label.text() == "Total 1 h · with the person 45 min · invisible work 15 min (25 %)"


def test_the_register_list_filters_by_dates_and_keeps_work_without_situation(qtbot, services, logged):
    view = make_view(qtbot, services, None)
    view.set_range(TODAY - timedelta(days=30), TODAY)
    tasks = ["Community-of-practice preparation", "Identify resources (calls)", "Home visit"]
    assert column(view, 2) == tasks
    code = services.situations.get(logged["odette"]).code
    assert column(view, TimeEntriesModel.SITUATION) == ["— none —", code, code]
    assert view.totals_label.text() == "Total 2 h · with the person 45 min · invisible work 1 h 15 (62 %)"

    view.set_range(TODAY - timedelta(days=365), TODAY)
    assert len(view.entries()) == 4

    view.set_range(TODAY, TODAY - timedelta(days=1))
    assert view.range_error.isVisible()
    assert "before its start" in view.range_error.text()


def test_editing_a_line_saves_it_and_refreshes_the_totals(qtbot, services, logged):
    view = make_view(qtbot, services, logged["odette"])
    view.select_row(1)  # the home visit
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter edits
    dialog = view.edit_dialog
    assert dialog is not None and dialog.duration.text() == "45 min"
    dialog.duration.setText("1h")
    dialog.mobilisation.setCurrentIndex(dialog.mobilisation.findData(logged["cpas"]))
    dialog.note.setText("Avec sa fille")
    with qtbot.waitSignal(view.changed):
        dialog.save()

    edited = [entry for entry in services.time.for_situation(logged["odette"]).entries if entry.minutes == 60]
    assert len(edited) == 1 and edited[0].task == "visite_domicile" and edited[0].note == "Avec sa fille"
    assert edited[0].mobilisation_id == logged["cpas"]
    assert view.totals_label.text().startswith("Total 1 h 15 · with the person 1 h")


def test_a_bad_edit_says_why_and_changes_nothing(qtbot, services, logged):
    view = make_view(qtbot, services, logged["odette"])
    view.select_row(0)
    dialog = view.edit_selected()
    dialog.duration.setText("0")
    dialog.save()
    assert dialog.isVisible() and dialog.error.text() == "A duration of zero minutes cannot be saved."
    assert [entry.minutes for entry in services.time.for_situation(logged["odette"]).entries] == [15, 45]


def test_deleting_asks_first(qtbot, services, logged, monkeypatch):
    view = make_view(qtbot, services, logged["odette"])
    answers = []
    monkeypatch.setattr(view, "confirm_delete", lambda entry: answers.append(entry.task) or len(answers) > 1)
    view.select_row(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # declined
    assert len(services.time.for_situation(logged["odette"]).entries) == 2
    view.select_row(0)
    view.delete_button.click()  # confirmed
    assert answers == ["identifier_ressources", "identifier_ressources"]
    remaining = services.time.for_situation(logged["odette"]).entries
    assert [entry.task for entry in remaining] == ["visite_domicile"]
    assert column(view, 2) == ["Home visit"]


def test_logging_from_the_list_and_locking(qtbot, services, logged):
    view = make_view(qtbot, services, logged["odette"])
    dialog = view.log_time()
    dialog.rows.rows[0].duration.setText("30")
    with qtbot.waitSignal(view.changed):
        dialog.save()
    assert len(view.entries()) == 3

    view.set_services(None)
    assert view.entries() == [] and not view.isEnabled() and view.totals_label.text() == ""


def test_a_dutch_window_writes_durations_the_flemish_way_and_reads_them_back(qtbot, services, logged):
    install_translations("nl")
    try:
        view = make_view(qtbot, services, None)
        view.set_range(TODAY - timedelta(days=30), TODAY)
        assert column(view, 1) == ["1 u", "15 min", "45 min"]
        totals = view.totals_label.text()
        assert totals.startswith("Totaal 2 u ·") and "1 u 15 (62 %)" in totals
        view.select_row(0)  # the CdP preparation, one hour
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        dialog = view.edit_dialog
        assert dialog is not None and dialog.duration.text() == "1 u"
        dialog.duration.setText("1 u 30")  # what the window writes, typed back
        with qtbot.waitSignal(view.changed):
            dialog.save()
        assert 90 in [entry.minutes for entry in view.entries()]
        assert "1 u 30" in column(view, 1)
    finally:
        install_translations("en")
