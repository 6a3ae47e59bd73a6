"""The situation editor on a real encrypted register: typing, saving, reopening, network, status, prompts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.readmodels import NetworkMemberData, PersonData, SituationData
from app.services import Services
from app.vocab import vocabularies
from ui.common.vocab_widgets import TERM_ROLE, label_of
from ui.situation.editor import SituationEditor
from ui.situation.network import MemberDialog

Button = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the run: every test must replace the prompts it meets."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("unexpected modal dialog")

    for name in ("exec", "question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture
def services(register) -> Services:
    return Services.for_register(register)


@pytest.fixture
def open_editor(qtbot, services):
    def factory(situation_id: int | None = None, person_id: int | None = None) -> SituationEditor:
        editor = SituationEditor(services, situation_id, person_id=person_id)
        editor.ask_unsaved = lambda: Button.Discard  # at teardown; tests about the question replace it
        qtbot.addWidget(editor)
        editor.resize(1000, 700)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()  # shortcuts (Ctrl+S, Ctrl+Z) need an active window
        qtbot.waitUntil(editor.isActiveWindow)
        return editor

    return factory


@pytest.fixture
def situation_id(services) -> int:
    person = services.persons.create(PersonData(first_name="Anne", last_name="Lambert", birth_year=1950))
    data = SituationData(started_on=date.today() - timedelta(days=30), narrative="Vit seule.",
                         vulnerabilities=("isolement_social",))
    return services.situations.create(person.id, data).id


def _tick(checklist, term_id: str, qtbot) -> None:
    """Tick a term the keyboard way: make it current, press Space."""
    row = next(r for r in range(checklist.count()) if checklist.item(r).data(TERM_ROLE) == term_id)
    checklist.setFocus()
    checklist.setCurrentRow(row)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)


def test_new_person_and_situation_typed_saved_and_reopened(qtbot, open_editor, services):
    editor = open_editor()
    form = editor.person_form
    form.field("first_name").insert("Éloïse")  # QTest can only type ASCII keys
    qtbot.keyClicks(form.field("last_name"), "Van Damme")
    qtbot.keyClicks(form.field("birth_year"), "1948")
    qtbot.keyClicks(form.field("phone"), "0475 12 34 56")
    editor.tabs.setCurrentIndex(1)
    situation = editor.situation_form
    qtbot.keyClicks(situation.narrative, "Vit seule au 3e etage.")
    _tick(situation.vulnerabilities, "isolement_social", qtbot)
    _tick(situation.vulnerabilities, "difficultes_financieres", qtbot)
    _tick(situation.pathologies, "diabete", qtbot)
    situation.origin.set_current_id("sortie_hopital")
    two_weeks = situation.next_checkin.findChildren(type(editor.save_button))[1]
    qtbot.mouseClick(two_weeks, Qt.MouseButton.LeftButton)
    assert editor.is_dirty()

    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    new_id = saved.args[0]
    assert not editor.is_dirty()
    stored = services.situations.get(new_id)
    assert stored.narrative == "Vit seule au 3e etage."
    assert set(stored.vulnerabilities) == {"isolement_social", "difficultes_financieres"}
    assert stored.pathologies == ("diabete",)
    assert stored.origin == "sortie_hopital"
    assert stored.next_checkin == date.today() + timedelta(days=14)
    person = services.persons.get(stored.person_id)
    assert (person.first_name, person.last_name, person.birth_year) == ("Éloïse", "Van Damme", 1948)
    assert editor.code_label.text() == stored.code

    reopened = open_editor(new_id)
    assert reopened.person_form.field("last_name").text() == "Van Damme"
    assert reopened.situation_form.narrative.toPlainText() == "Vit seule au 3e etage."
    assert set(reopened.situation_form.vulnerabilities.checked_ids()) == {
        "isolement_social", "difficultes_financieres"}
    assert reopened.situation_form.next_checkin.date() == date.today() + timedelta(days=14)
    assert not reopened.is_dirty()


def test_ctrl_s_saves(qtbot, open_editor, services, situation_id):
    editor = open_editor(situation_id)
    qtbot.keyClicks(editor.situation_form.narrative, " Chute en mars.")
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.situation_form.narrative, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.situations.get(situation_id).narrative == "Vit seule. Chute en mars."


def test_lists_put_frequent_vulnerabilities_and_boost_pathologies_first(open_editor):
    form = open_editor().situation_form
    vulns = [form.vulnerabilities.item(r).data(TERM_ROLE) for r in range(form.vulnerabilities.count())]
    ranks = [vocabularies()["vulnerabilities"].get(v).attribute("frequency_rank") for v in vulns]
    assert ranks == sorted(ranks)
    paths = [form.pathologies.item(r).data(TERM_ROLE) for r in range(form.pathologies.count())]
    boost = [vocabularies()["pathologies"].get(p).attribute("boost_target") for p in paths if p]
    assert boost == sorted(boost, reverse=True)
    assert paths[0] is None  # a section title first


def test_invalid_email_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, open_editor, services):
    editor = open_editor()
    qtbot.keyClicks(editor.person_form.field("last_name"), "Peeters")
    qtbot.keyClicks(editor.person_form.field("email"), "pas-une-adresse")
    editor.tabs.setCurrentIndex(2)

    assert editor.save() is False

    assert editor.tabs.currentIndex() == 0
    assert "e-mail" in editor.person_form.error_text("email").lower()
    assert services.persons.count() == 0
    assert editor.is_dirty()
    editor.person_form.field("email").setText("jan@example.org")
    assert editor.save() is True
    assert editor.person_form.error_text("email") == ""
    assert services.persons.count() == 1


def test_existing_person_can_be_picked_for_a_new_situation(qtbot, open_editor, services, situation_id):
    editor = open_editor()
    qtbot.keyClicks(editor.picker.search, "lamb")
    editor.picker.search_now()
    assert editor.picker.results.count() == 1
    editor.picker.use_selected()
    assert editor.person_form.field("first_name").text() == "Anne"
    qtbot.keyClicks(editor.situation_form.narrative, "Second accompagnement.")

    assert editor.save()

    person_id = services.situations.get(situation_id).person_id
    assert services.persons.count() == 1
    assert len(services.situations.for_person(person_id)) == 2


def test_network_members_are_added_edited_and_removed(qtbot, open_editor, services, situation_id):
    editor = open_editor(situation_id)
    panel = editor.network
    person_id = services.situations.get(situation_id).person_id

    def fill_and_accept(dialog: MemberDialog, **values) -> bool:
        dialog.edits["role"].set_current_id(values.pop("role", "medecin_generaliste"))
        for name, value in values.items():
            dialog.edits[name].setText(value)
        dialog.try_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    panel.run_dialog = lambda d: fill_and_accept(d, name="Dr Claes", organisation="Maison médicale")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    members = services.network.for_person(person_id)
    assert [(m.role, m.name, m.organisation) for m in members] == [
        ("medecin_generaliste", "Dr Claes", "Maison médicale")]
    assert panel.table.rowCount() == 1

    panel.select_row(0)
    panel.run_dialog = lambda d: fill_and_accept(d, name="Dr Martin Claes", phone="02 511 22 33")
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert services.network.for_person(person_id)[0].phone == "02 511 22 33"
    assert panel.table.item(0, 1).text() == "Dr Martin Claes"

    asked = []
    panel.confirm_remove = lambda member: asked.append(member.name) or False
    panel.select_row(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert len(services.network.for_person(person_id)) == 1
    panel.confirm_remove = lambda member: asked.append(member.name) or True
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert asked == ["Dr Martin Claes", "Dr Martin Claes"]
    assert services.network.for_person(person_id) == []
    assert panel.table.rowCount() == 0
    assert not editor.is_dirty()  # network changes are saved at once


def test_network_dialog_refuses_a_bad_email_and_stays_open(qtbot, services, situation_id):
    person_id = services.situations.get(situation_id).person_id
    dialog = MemberDialog(lambda data: services.network.add(person_id, data))
    qtbot.addWidget(dialog)
    dialog.edits["name"].setText("Sophie")
    dialog.edits["email"].setText("sophie@")
    dialog.try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["email"].text()
    assert services.network.for_person(person_id) == []


def test_network_waits_for_the_person_to_be_saved(open_editor):
    editor = open_editor()
    assert not editor.network.add_button.isEnabled()


def test_close_with_reason_then_reopen_and_watch(qtbot, open_editor, services, situation_id):
    editor = open_editor(situation_id)
    box = editor.status_box
    editor.ask_closure = lambda situation: ("objectifs_atteints", date.today())
    qtbot.mouseClick(box.close_button, Qt.MouseButton.LeftButton)
    stored = services.situations.get(situation_id)
    assert (stored.status, stored.closure_reason, stored.closed_on) == ("closed", "objectifs_atteints",
                                                                         date.today())
    assert box.reopen_button.isVisible() and not box.close_button.isVisible()
    assert not editor.situation_form.next_checkin.isEnabled()  # a closed accompaniment has no check-in
    assert editor.badge.text() == label_of("situation_statuses", "closed")

    qtbot.mouseClick(box.reopen_button, Qt.MouseButton.LeftButton)
    assert services.situations.get(situation_id).status == "active"
    qtbot.mouseClick(box.watch_button, Qt.MouseButton.LeftButton)
    assert services.situations.get(situation_id).status == "veille"
    assert box.activate_button.isVisible()


def test_cancelled_closure_changes_nothing(qtbot, open_editor, services, situation_id):
    editor = open_editor(situation_id)
    editor.ask_closure = lambda situation: None
    qtbot.mouseClick(editor.status_box.close_button, Qt.MouseButton.LeftButton)
    assert services.situations.get(situation_id).status == "active"


def test_status_change_saves_pending_edits_first(qtbot, open_editor, services, situation_id):
    editor = open_editor(situation_id)
    qtbot.keyClicks(editor.situation_form.narrative, " Relais au CPAS.")
    qtbot.mouseClick(editor.status_box.watch_button, Qt.MouseButton.LeftButton)
    stored = services.situations.get(situation_id)
    assert (stored.status, stored.narrative) == ("veille", "Vit seule. Relais au CPAS.")
    assert not editor.is_dirty()


@pytest.mark.parametrize("answer, closes, saved", [(Button.Cancel, False, False),
                                                    (Button.Discard, True, False),
                                                    (Button.Save, True, True)])
def test_closing_with_unsaved_edits_asks(qtbot, open_editor, services, situation_id, answer, closes, saved):
    editor = open_editor(situation_id)
    qtbot.keyClicks(editor.situation_form.narrative, " Nouvelle chute.")
    asked = []
    editor.ask_unsaved = lambda: asked.append(True) or answer
    closed = []
    editor.closed.connect(lambda: closed.append(True))

    assert editor.close() is closes

    assert asked == [True]
    assert bool(closed) is closes
    expected = "Vit seule. Nouvelle chute." if saved else "Vit seule."
    assert services.situations.get(situation_id).narrative == expected


def test_closing_without_edits_does_not_ask(open_editor, situation_id):
    editor = open_editor(situation_id)
    editor.ask_unsaved = lambda: pytest.fail("asked without reason")
    assert editor.maybe_close()
    assert open_editor().maybe_close()  # an untouched new situation


def test_undo_restores_the_last_changed_field(qtbot, open_editor, situation_id):
    editor = open_editor(situation_id)
    form = editor.situation_form
    qtbot.keyClicks(form.narrative, " Suite")
    _tick(form.vulnerabilities, "troubles_psychiques", qtbot)
    assert editor.undo_button.isEnabled()

    qtbot.keyClick(form.vulnerabilities, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # outside a text
    assert "troubles_psychiques" not in form.vulnerabilities.checked_ids()
    assert form.narrative.toPlainText() == "Vit seule. Suite"

    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert form.narrative.toPlainText() == "Vit seule."
    assert not editor.is_dirty()
    assert not editor.undo_button.isEnabled()


def test_dirty_indicator_follows_edits(qtbot, open_editor, situation_id):
    editor = open_editor(situation_id)
    assert not editor.save_button.isEnabled()
    qtbot.keyClicks(editor.person_form.field("commune"), "Ixelles")
    assert editor.save_button.isEnabled()
    assert editor.isWindowModified()
    assert editor.header.dirty_label.text() != ""
    editor.person_form.field("commune").clear()
    assert not editor.is_dirty()


def test_add_tab_leaves_room_for_later_tabs(open_editor):
    from PySide6.QtWidgets import QLabel

    editor = open_editor()
    index = editor.add_tab(QLabel("Temps"), "Time")
    assert editor.tabs.tabText(index) == "Time"
    assert editor.tabs.count() == 4


def test_network_data_shown_with_role_labels(qtbot, open_editor, services, situation_id):
    person_id = services.situations.get(situation_id).person_id
    services.network.add(person_id, NetworkMemberData(role="as_cpas", organisation="CPAS de Saint-Gilles"))
    editor = open_editor(situation_id)
    assert editor.network.table.item(0, 0).text() == label_of("network_roles", "as_cpas")


def test_changing_the_picked_person_goes_back_to_a_new_one(qtbot, open_editor, services, situation_id):
    editor = open_editor()
    qtbot.keyClicks(editor.picker.search, "anne")
    editor.picker.search_now()
    qtbot.keyClick(editor.picker.results, Qt.Key.Key_Return)
    assert editor.person_id == services.situations.get(situation_id).person_id
    qtbot.mouseClick(editor.picker.change_button, Qt.MouseButton.LeftButton)
    assert editor.person_id is None
    assert editor.person_form.field("first_name").text() == ""
    qtbot.keyClicks(editor.person_form.field("last_name"), "Janssens")
    assert editor.save()
    assert services.persons.count() == 2


def test_identity_edits_update_the_person(qtbot, open_editor, services, situation_id):
    editor = open_editor(situation_id)
    editor.person_form.field("postcode").setText("1060")
    qtbot.keyClicks(editor.person_form.field("commune"), "Saint-Gilles")
    assert editor.save()
    person = services.persons.get(services.situations.get(situation_id).person_id)
    assert (person.postcode, person.commune) == ("1060", "Saint-Gilles")


def test_load_shows_another_situation_after_asking(qtbot, open_editor, services, situation_id):
    other = services.persons.create(PersonData(last_name="Dubois"))
    other_id = services.situations.create(other.id, SituationData(narrative="Autre.")).id
    editor = open_editor(situation_id)
    qtbot.keyClicks(editor.situation_form.narrative, " Edit")
    editor.ask_unsaved = lambda: Button.Cancel
    assert editor.load(other_id) is False
    assert editor.situation_id == situation_id
    editor.ask_unsaved = lambda: Button.Discard
    assert editor.load(other_id) is True
    assert editor.situation_id == other_id
    assert editor.situation_form.narrative.toPlainText() == "Autre."
    assert not editor.is_dirty()


def test_person_tab_is_built_when_first_shown_with_the_stored_values(qtbot, open_editor, situation_id):
    """An existing situation opens on its Situation tab; the Person fields appear when their tab is shown."""
    editor = open_editor(situation_id)
    form = editor.person_form
    assert not form.is_built and editor._picker is None
    assert form.state()["last_name"] == "Lambert"
    assert editor.header.name_label.text() == "Anne Lambert"
    editor.tabs.setCurrentIndex(0)
    assert form.is_built
    assert form.field("last_name").isVisible()
    assert form.field("last_name").text() == "Lambert" and form.field("birth_year").text() == "1950"
    assert not editor.is_dirty() and not editor.save_button.isEnabled()
    # keyboard: the fields take their place between the tab bar and the erase button
    chain, widget = [], editor.tabs.tabBar()
    for _ in range(14):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain.index(form.field("first_name")) < chain.index(form.field("notes")) \
        < chain.index(editor.erase_button)
    qtbot.keyClicks(form.field("commune"), "Ixelles")
    assert editor.is_dirty()


def test_a_hidden_person_field_used_before_its_tab_is_shown(qtbot, open_editor, services, situation_id):
    editor = open_editor(situation_id)
    assert editor.person_form.error_text("last_name") == ""
    editor.person_form.field("phone").setText("02 511 00 00")
    assert editor.is_dirty()
    assert editor.save()
    assert services.persons.get(services.situations.get(situation_id).person_id).phone == "02 511 00 00"
