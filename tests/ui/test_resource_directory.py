"""The resource directory page on a real encrypted register: create and edit through the form, refusals under
their field, search-as-you-type and filters, the twelve-month hint, deleting with the mobilisations kept, and
exporting the selection."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.mobilisations import MobilisationData
from app.resources_directory import ResourceData
from tests.ui.conftest import add_situation, show_active
from ui.resources import directory as resource_directory
from ui.resources.directory import ResourceDirectory
from ui.resources.model import LAST_CHECKED, NAME, STALE_ROLE

TODAY = date.today()


pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def entries(services) -> dict[str, int]:
    create = services.resources.create
    return {
        "cpas": create(
            ResourceData(
                name="CPAS de Saint-Gilles",
                resource_type="cpas",
                commune="Saint-Gilles",
                last_checked=TODAY - timedelta(days=30),
            )
        ).id,
        "ssm": create(
            ResourceData(
                name="Service de santé mentale Le Méridien",
                category="sante_mentale",
                commune="Saint-Josse",
                conditions="Écoute en arabe et en français",
                last_checked=TODAY - timedelta(days=400),
            )
        ).id,
        "repas": create(
            ResourceData(name="Repas à domicile Forest", category="alimentation", commune="Forest")
        ).id,
    }


@pytest.fixture
def open_directory(qtbot, services):
    def factory() -> ResourceDirectory:
        return show_active(qtbot, ResourceDirectory(services), (1200, 760))

    return factory


def shown_names(page: ResourceDirectory) -> list[str]:
    return [page.model.index(row, NAME).data() for row in range(page.model.rowCount())]


def test_create_through_the_form_with_the_keyboard(qtbot, open_directory, services):
    page = open_directory()
    page.new_button.click()
    assert page.form.fields["name"].hasFocus()
    qtbot.keyClicks(page.form.fields["name"], "Maison medicale du Midi")
    qtbot.keyClicks(page.form.fields["commune"], "Anderlecht")
    qtbot.keyClicks(page.form.fields["phone"], "025431234")
    page.form.resource_type.set_current_id("maison_medicale")
    page.form.checked_today_button.click()
    qtbot.keyClick(page.form.fields["commune"], Qt.Key.Key_Return)  # Enter in a line saves

    saved = services.resources.search("midi")
    assert [r.name for r in saved] == ["Maison medicale du Midi"]
    assert saved[0].phone == "02 543 12 34"  # normalised by the service, shown back in the form
    assert saved[0].last_checked == TODAY and not saved[0].stale
    assert saved[0].category is not None  # filled from the type
    assert page.form.fields["phone"].text() == "02 543 12 34"
    assert shown_names(page) == ["Maison medicale du Midi"]
    assert page.selected_ids() == [saved[0].id]


def test_refusals_appear_under_their_field(qtbot, open_directory, services):
    page = open_directory()
    page.save()
    assert page.form.visible_errors() == {"name": "The name of the resource is required."}
    qtbot.keyClicks(page.form.fields["name"], "Helpdesk")
    qtbot.keyClicks(page.form.fields["phone"], "12")
    qtbot.keyClicks(page.form.fields["email"], "pas une adresse")
    page.save()
    assert list(page.form.visible_errors()) == ["phone"]
    assert "phone number" in page.form.visible_errors()["phone"]
    assert page.form.fields["phone"].hasFocus()
    page.form.fields["phone"].clear()
    page.save()
    assert page.form.visible_errors() == {"email": "Invalid e-mail address."}
    assert services.resources.search() == []


def test_edit_an_entry_and_changes_are_saved_when_moving_on(qtbot, open_directory, services, entries):
    page = open_directory()
    page.select_id(entries["repas"])
    assert page.form.fields["name"].text() == "Repas à domicile Forest"
    page.form.fields["cost"].setFocus()
    qtbot.keyClicks(page.form.fields["cost"], "8 EUR le repas")
    page.select_id(entries["cpas"])  # moving to another entry saves the change first
    assert services.resources.get(entries["repas"]).cost == "8 EUR le repas"
    assert page.form.fields["name"].text() == "CPAS de Saint-Gilles"

    page.form.fields["email"].setText("faux")
    page.form.fields["email"].textEdited.emit("faux")
    page.select_id(entries["ssm"])  # refused: the form stays on its entry with the message
    assert page.form.visible_errors() == {"email": "Invalid e-mail address."}
    assert page.selected_ids() == [entries["cpas"]]
    assert page.form.fields["name"].text() == "CPAS de Saint-Gilles"


def test_search_as_you_type_ignores_accents_and_filters_combine(qtbot, open_directory, entries):
    page = open_directory()
    assert shown_names(page) == [
        "CPAS de Saint-Gilles",
        "Repas à domicile Forest",
        "Service de santé mentale Le Méridien",
    ]
    qtbot.keyClicks(page.search, "meridien")
    assert shown_names(page) == ["Service de santé mentale Le Méridien"]
    page.search.clear()
    qtbot.keyClicks(page.search, "ecoute arabe")  # words of the conditions, accents ignored
    assert shown_names(page) == ["Service de santé mentale Le Méridien"]
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and len(shown_names(page)) == 3

    page.category.setCurrentIndex(page.category.findData("alimentation"))
    assert shown_names(page) == ["Repas à domicile Forest"]
    page.category.setCurrentIndex(page.category.findData("droits_administratif"))
    assert shown_names(page) == ["CPAS de Saint-Gilles"]  # the category filled from the type
    assert page.resource_type.findData("cpas") > 0
    assert page.resource_type.findData("maison_medicale") == -1  # types of the chosen category only
    page.resource_type.setCurrentIndex(page.resource_type.findData("cpas"))
    assert shown_names(page) == ["CPAS de Saint-Gilles"]
    page.category.setCurrentIndex(0)
    page.resource_type.setCurrentIndex(0)
    assert [page.commune.itemText(i) for i in range(page.commune.count())][1:] == [
        "Forest",
        "Saint-Gilles",
        "Saint-Josse",
    ]
    page.commune.setCurrentIndex(page.commune.findData("Forest"))
    assert shown_names(page) == ["Repas à domicile Forest"]


def test_stale_entries_carry_a_visible_hint(qtbot, open_directory, entries):
    page = open_directory()
    cells = {
        page.model.index(row, NAME).data(): page.model.index(row, LAST_CHECKED)
        for row in range(page.model.rowCount())
    }
    assert cells["CPAS de Saint-Gilles"].data(STALE_ROLE) is False
    assert "to check" not in cells["CPAS de Saint-Gilles"].data()
    assert cells["Service de santé mentale Le Méridien"].data().endswith("— to check")
    assert "12 months" in cells["Service de santé mentale Le Méridien"].data(Qt.ItemDataRole.ToolTipRole)
    assert cells["Repas à domicile Forest"].data() == "never checked — to check"
    assert "to check: 2" in page.count.text()

    page.stale_only.click()
    assert shown_names(page) == ["Repas à domicile Forest", "Service de santé mentale Le Méridien"]
    page.select_id(entries["ssm"])
    assert page.form.stale_hint.isVisible()
    assert "Not checked for 12 months" in page.form.stale_hint.text()
    page.form.checked_today_button.click()
    page.save()
    assert shown_names(page) == ["Repas à domicile Forest"]  # checked today: no longer stale


def test_sorting_by_last_checked_puts_never_checked_first(qtbot, open_directory, entries):
    page = open_directory()
    page.table.sortByColumn(LAST_CHECKED, Qt.SortOrder.AscendingOrder)
    assert shown_names(page) == [
        "Repas à domicile Forest",
        "Service de santé mentale Le Méridien",
        "CPAS de Saint-Gilles",
    ]
    page.select_id(entries["cpas"])
    page.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert shown_names(page)[0] == "Service de santé mentale Le Méridien"
    assert page.selected_ids() == [entries["cpas"]]  # the selection follows its entry


def test_delete_asks_and_keeps_the_mobilisations_with_the_name(
    qtbot, open_directory, services, entries, monkeypatch
):
    situation_id = add_situation(services, "Éloïse", "Dupré")
    mobilisation = services.mobilisations.add(situation_id, MobilisationData(resource_id=entries["cpas"]))
    questions: list[str] = []
    answers = [False, True]

    def ask(_parent, _title, text):
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(resource_directory, "ask", ask)
    page = open_directory()
    page.select_id(entries["cpas"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # declined: nothing happens
    assert services.resources.usage_count(entries["cpas"]) == 1
    page.delete_button.click()
    assert "Mobilisations using it: 1" in questions[0]
    assert "“CPAS de Saint-Gilles” written as text" in questions[0]
    assert "CPAS de Saint-Gilles" not in shown_names(page)
    kept = services.mobilisations.get(mobilisation.id)
    assert kept.resource_id is None and kept.resource_label == "CPAS de Saint-Gilles"
    assert page.form.fields["name"].text() == ""


def test_delete_of_an_unused_entry_does_not_mention_mobilisations(
    qtbot, open_directory, entries, monkeypatch
):
    questions: list[str] = []
    monkeypatch.setattr(resource_directory, "ask", lambda _p, _t, text: questions.append(text) or True)
    page = open_directory()
    page.select_id(entries["repas"])
    page.delete_selected()
    assert questions == ["Delete “Repas à domicile Forest” from the directory?"]
    assert shown_names(page) == ["CPAS de Saint-Gilles", "Service de santé mentale Le Méridien"]


def test_export_selected_writes_only_those_entries(
    qtbot, open_directory, entries, tmp_path, monkeypatch, messages
):
    target = tmp_path / "partage.json"
    monkeypatch.setattr(resource_directory, "choose_export_path", lambda _parent: str(target))
    page = open_directory()
    assert not page.export_button.isEnabled()
    page.select_id(entries["cpas"])
    page.select_id(entries["repas"], extend=True)
    assert page.export_button.isEnabled()
    page.export_button.click()
    qtbot.waitUntil(lambda: page.export_task is None, timeout=20_000)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [r["name"] for r in document["resources"]] == ["CPAS de Saint-Gilles", "Repas à domicile Forest"]
    assert "id" not in document["resources"][0]
    assert "Entries written: 2" in messages[-1] and "no person data" in messages[-1]


def test_changed_is_emitted_on_save(qtbot, open_directory):
    page = open_directory()
    page.form.fields["name"].setText("Épicerie sociale")
    with qtbot.waitSignal(page.changed):
        page.form.save_button.click()


def test_a_refusal_is_scrolled_into_sight_with_its_field(qtbot, services):
    page = show_active(qtbot, ResourceDirectory(services), (1180, 360))  # the form is taller than the page
    bar = page._form_scroll.verticalScrollBar()
    qtbot.keyClicks(page.form.fields["name"], "Helpdesk")
    qtbot.keyClicks(page.form.fields["phone"], "12")
    bar.setValue(bar.maximum())  # the person scrolled down to the notes, then saves
    phone, label = page.form.fields["phone"], page.form.errors["phone"]
    qtbot.waitUntil(lambda: phone.visibleRegion().isEmpty())
    page.form.save_button.click()

    def whole(widget) -> bool:
        return not widget.isHidden() and widget.visibleRegion().boundingRect() == widget.rect()

    qtbot.waitUntil(lambda: whole(label) and whole(phone))
