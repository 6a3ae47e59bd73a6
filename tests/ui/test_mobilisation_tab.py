"""The Mobilisations tab on a real encrypted register: adding by type-ahead from the directory or as free text
saved to it, linking a priority, a dated status change with its reason and the history shown, editing,
deleting, and who carries what."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.mobilisations import MobilisationData
from app.resources_directory import ResourceData
from tests.ui.conftest import add_situation, show_active
from ui.common.vocab_widgets import format_date, label_of, to_qdate
from ui.resources import mobilisations as mobilisation_tab
from ui.resources.mobilisation_dialogs import reason_applies
from ui.resources.mobilisations import COLUMNS, MobilisationTab

TODAY = date.today()


pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def situation_id(services) -> int:  # instead of the conftest one: these tests need the fixed start date
    return add_situation(services, "Marc", "Janssens")  # started on 5 January 2026


@pytest.fixture
def directory(services) -> dict[str, int]:
    create = services.resources.create
    return {
        "cpas": create(
            ResourceData(name="CPAS de Saint-Gilles", resource_type="cpas", commune="Saint-Gilles")
        ).id,
        "centre": create(
            ResourceData(
                name="Centre de coordination Aide & Soins",
                resource_type="centre_coordination",
                commune="Forest",
            )
        ).id,
        "kine": create(ResourceData(name="Kiné Capart", commune="Ixelles")).id,
    }


@pytest.fixture
def open_tab(qtbot, services, situation_id):
    def factory() -> MobilisationTab:
        return show_active(qtbot, MobilisationTab(services, situation_id), (1100, 700))

    return factory


def cell(tab: MobilisationTab, row: int, column: str) -> str:
    return tab.table.item(row, COLUMNS.index(column)).text()


def test_three_letters_offer_the_directory_and_the_keyboard_picks_one(qtbot, open_tab, services, directory):
    tab = open_tab()
    tab.add_button.click()
    dialog = tab.mobilisation_dialog
    qtbot.waitExposed(dialog)
    picker = dialog.resource
    qtbot.keyClicks(picker.edit, "ce")
    assert picker.suggestion_names() == []  # two letters: nothing yet
    qtbot.keyClicks(picker.edit, "n")
    assert picker.suggestion_names() == ["Centre de coordination Aide & Soins"]
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.resource_id == directory["centre"]
    assert picker.text() == "Centre de coordination Aide & Soins"
    assert not picker.save_to_directory.isEnabled()  # already in the directory
    with qtbot.waitSignal(tab.changed):
        dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = services.mobilisations.for_situation(tab._situation_id)
    assert [(m.resource_id, m.resource_label, m.status) for m in saved] == [
        (directory["centre"], "Centre de coordination Aide & Soins", "envisagee")
    ]
    assert cell(tab, 0, "resource") == "Centre de coordination Aide & Soins"
    assert cell(tab, 0, "who") == label_of("who_mobilises", "rp")


def test_suggestions_match_any_word_accents_ignored(qtbot, open_tab, directory):
    tab = open_tab()
    tab.add_mobilisation()
    picker = tab.mobilisation_dialog.resource
    qtbot.keyClicks(picker.edit, "gil")  # a word inside the name
    assert picker.suggestion_names() == ["CPAS de Saint-Gilles"]
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "kine")
    assert picker.suggestion_names() == ["Kiné Capart"]


def test_free_text_saved_to_the_directory_with_a_priority(qtbot, open_tab, services, situation_id):
    rest = services.priorities.add(situation_id, "Rester chez moi", None, TODAY - timedelta(days=10))
    tab = open_tab()
    tab.add_mobilisation()
    dialog = tab.mobilisation_dialog
    picker = dialog.resource
    qtbot.keyClicks(picker.edit, "Voisine du 3e")
    assert picker.resource_id is None
    assert picker.save_to_directory.isEnabled()
    qtbot.keyClick(picker.save_to_directory, Qt.Key.Key_Space)
    assert picker.save_to_directory.isChecked()
    dialog.priority.setCurrentIndex(dialog.priority.findData(rest.id))
    assert dialog.priority.currentText() == "1. Rester chez moi"
    dialog.who.set_current_id("aidant_proche")
    dialog.started_on.setDate(to_qdate(TODAY - timedelta(days=3)))
    dialog.try_accept()
    [saved] = services.mobilisations.for_situation(situation_id)
    assert saved.priority_id == rest.id and saved.in_directory
    assert [r.name for r in services.resources.search("voisine")] == ["Voisine du 3e"]
    assert saved.started_on == TODAY - timedelta(days=3)
    assert cell(tab, 0, "priority") == "Rester chez moi"
    assert cell(tab, 0, "who") == label_of("who_mobilises", "aidant_proche")


def test_free_text_stays_text_when_not_saved(qtbot, open_tab, services, situation_id):
    tab = open_tab()
    tab.add_mobilisation()
    dialog = tab.mobilisation_dialog
    qtbot.keyClicks(dialog.resource.edit, "La paroisse")
    dialog.try_accept()
    [saved] = services.mobilisations.for_situation(situation_id)
    assert not saved.in_directory and saved.resource_label == "La paroisse"
    assert services.resources.search() == []


def test_an_empty_resource_is_refused_under_its_field(qtbot, open_tab, services, situation_id):
    tab = open_tab()
    tab.add_mobilisation()
    dialog = tab.mobilisation_dialog
    dialog.try_accept()
    assert dialog.isVisible()
    assert (
        dialog.errors["resource_name"].text() == "Choose a resource from the directory or type its name."
    )
    assert not dialog.errors["resource_name"].isHidden()
    assert services.mobilisations.for_situation(situation_id) == []


def test_status_change_from_full_to_in_place_shows_the_dated_history(
    qtbot, open_tab, services, situation_id, directory
):
    started = TODAY - timedelta(days=40)
    services.mobilisations.add(
        situation_id, MobilisationData(resource_id=directory["cpas"], status="proposee", started_on=started)
    )
    tab = open_tab()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.status_dialog
    qtbot.waitExposed(dialog)
    dialog.status.set_current_id("indisponible")
    assert dialog.reason.isEnabled()
    dialog.reason.set_current_id("service_sature")
    dialog.day.setDate(to_qdate(TODAY - timedelta(days=20)))
    dialog.note.setPlainText("Rappeler en mars")
    with qtbot.waitSignal(tab.changed):
        dialog.try_accept()
    full = label_of("mobilisation_statuses", "indisponible")
    saturated = label_of("failure_reasons", "service_sature")
    assert cell(tab, 0, "status") == f"{full} ({saturated})"

    tab.change_status()
    dialog = tab.status_dialog
    dialog.status.set_current_id("en_place")
    assert not dialog.reason.isEnabled() and dialog.reason.current_id() is None
    dialog.day.setDate(to_qdate(TODAY - timedelta(days=2)))
    dialog.try_accept()
    assert tab.history_texts() == [
        f"{format_date(started)} — {label_of('mobilisation_statuses', 'proposee')}",
        f"{format_date(TODAY - timedelta(days=20))} — {full} ({saturated}) « Rappeler en mars »",
        f"{format_date(TODAY - timedelta(days=2))} — {label_of('mobilisation_statuses', 'en_place')}",
    ]
    assert cell(tab, 0, "status") == label_of("mobilisation_statuses", "en_place")
    assert cell(tab, 0, "since") == format_date(TODAY - timedelta(days=2))
    [saved] = services.mobilisations.for_situation(situation_id)
    assert saved.status == "en_place" and saved.reason is None


def test_a_status_change_back_in_time_is_refused_in_the_dialog(
    qtbot, open_tab, services, situation_id, directory
):
    mobilisation = services.mobilisations.add(
        situation_id, MobilisationData(resource_id=directory["cpas"], started_on=TODAY - timedelta(days=5))
    )
    tab = open_tab()
    tab.change_status()
    dialog = tab.status_dialog
    dialog.status.set_current_id("envisagee")  # the current status again
    dialog.try_accept()
    assert dialog.isVisible() and "already has the status" in dialog.error.text()
    assert len(services.mobilisations.history(mobilisation.id)) == 1


def test_edit_keeps_the_status_and_changes_the_priority(qtbot, open_tab, services, situation_id, directory):
    priority = services.priorities.add(situation_id, "Voir du monde", None, TODAY - timedelta(days=10))
    services.mobilisations.add(
        situation_id, MobilisationData(resource_id=directory["kine"], status="en_cours")
    )
    tab = open_tab()
    tab.edit_button.click()
    dialog = tab.mobilisation_dialog
    assert dialog.resource.text() == "Kiné Capart" and dialog.resource.resource_id == directory["kine"]
    assert dialog.status.isHidden()
    dialog.priority.setCurrentIndex(dialog.priority.findData(priority.id))
    dialog.notes.setPlainText("Deux fois par semaine")
    dialog.try_accept()
    [saved] = services.mobilisations.for_situation(situation_id)
    assert (saved.priority_id, saved.notes, saved.status) == (
        priority.id,
        "Deux fois par semaine",
        "en_cours",
    )
    assert cell(tab, 0, "priority") == "Voir du monde"


def test_delete_asks_first(qtbot, open_tab, services, situation_id, directory, monkeypatch):
    services.mobilisations.add(situation_id, MobilisationData(resource_id=directory["kine"]))
    answers = [False, True]
    monkeypatch.setattr(mobilisation_tab, "ask", lambda _p, _t, _text: answers.pop(0))
    tab = open_tab()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(services.mobilisations.for_situation(situation_id)) == 1
    tab.delete_button.click()
    assert services.mobilisations.for_situation(situation_id) == []
    assert tab.table.rowCount() == 0 and not tab.delete_button.isEnabled()
    assert services.resources.get(directory["kine"]).name == "Kiné Capart"  # the entry stays


def test_who_carries_what_shows_doing_versus_getting_it_done(
    qtbot, open_tab, services, situation_id, directory
):
    add = services.mobilisations.add
    add(situation_id, MobilisationData(resource_id=directory["cpas"], status="en_place"))
    add(situation_id, MobilisationData(resource_id=directory["centre"], status="liste_attente"))
    add(
        situation_id,
        MobilisationData(resource_name="Sa fille", who_mobilises="aidant_proche", status="en_cours"),
    )
    add(
        situation_id,
        MobilisationData(resource_id=directory["kine"], who_mobilises="personne", status="refusee"),
    )
    tab = open_tab()
    who = lambda term: label_of("who_mobilises", term)  # noqa: E731
    assert tab.carried_rows() == [
        [who("rp"), "0", "1", "1", "0", "2", "50 %"],
        [who("personne"), "0", "0", "0", "1", "1", "25 %"],
        [who("aidant_proche"), "1", "0", "0", "0", "1", "25 %"],
    ]
    assert tab.carried_summary.text() == (
        "You carry 2 of the 4 mobilisations yourself (50 %); the person, their relatives or other "
        "professionals carry 2."
    )


def test_an_empty_situation_says_so(qtbot, open_tab):
    tab = open_tab()
    assert tab.carried_summary.text() == "No mobilisation yet."
    assert not tab.status_button.isEnabled()


def test_reason_applies_to_shortages_and_refusals_only():
    assert reason_applies("liste_attente") and reason_applies("echec") and reason_applies("refusee")
    assert reason_applies("bloquee_entourage")
    assert not reason_applies("en_place") and not reason_applies("envisagee") and not reason_applies(None)


def test_time_logged_on_a_mobilisation_is_tied_to_it(qtbot, open_tab, services, situation_id, directory):
    services.mobilisations.add(situation_id, MobilisationData(resource_id=directory["cpas"]))
    tab = open_tab()
    tab.select(tab.mobilisations()[0].id)
    assert tab.log_button.isEnabled()
    tab.log_time()
    dialog = tab.log_dialog
    qtbot.waitExposed(dialog)
    dialog.rows.rows[0].duration.setText("25")
    with qtbot.waitSignal(tab.changed):
        dialog.save()
    [entry] = services.time.for_situation(situation_id).entries
    assert entry.mobilisation_id == tab.mobilisations()[0].id and entry.minutes == 25
    assert cell(tab, 0, "minutes") == "25 min"
