"""Erasing a person: the confirmation, the automatic backup first, and no row left behind."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import func, select

from app import registers
from app.followups import FollowUpService
from app.readmodels import NetworkMemberData, PersonData, SituationData
from app.services import Services
from storage.backup import read_backup
from storage.models import (
    DialogueSession,
    FollowUp,
    NetworkMember,
    Person,
    Priority,
    Situation,
    SituationPathology,
    SituationVulnerability,
    TimeEntry,
)
from ui.register.erase_person import EraseDialog, PersonEraser, erase_person, summarise
from ui.situation.editor import SituationEditor

LINKED_TABLES = (Person, Situation, NetworkMember, FollowUp, SituationVulnerability, SituationPathology,
                 TimeEntry, DialogueSession, Priority)


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("unexpected modal dialog")

    for name in ("exec", "question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture
def services(register) -> Services:
    return Services.for_register(register)


@pytest.fixture
def person_id(services, register) -> int:
    """A person with two situations, a network, a reminder, time, a dialogue session and a priority."""
    person = services.persons.create(PersonData(first_name="Éloïse", last_name="Van Damme", birth_year=1948))
    for narrative in ("Premier accompagnement.", "Second accompagnement."):
        data = SituationData(started_on=date.today() - timedelta(days=90), narrative=narrative,
                             vulnerabilities=("isolement_social",), pathologies=("diabete",))
        situation = services.situations.create(person.id, data)
    services.network.add(person.id, NetworkMemberData(role="aidant_proche", name="Sophie Van Damme"))
    services.network.add(person.id, NetworkMemberData(role="medecin_generaliste", name="Dr Claes"))
    FollowUpService(register).add(situation.id, date.today(), "Rappeler")
    with register.session() as session:
        session.add(TimeEntry(worked_on=date.today(), minutes=45, task="visite_domicile",
                              situation_id=situation.id))
        session.add(DialogueSession(situation_id=situation.id, held_on=date.today(), mode="oral"))
        session.add(Priority(situation_id=situation.id, text="Retourner au marché", raised_on=date.today()))
    return person.id


@pytest.fixture
def other_person(services) -> int:
    person = services.persons.create(PersonData(first_name="Jan", last_name="Peeters"))
    services.situations.create(person.id, SituationData(narrative="Reste."))
    return person.id


def _counts(register) -> dict[str, int]:
    with register.session() as session:
        return {model.__name__: session.scalar(select(func.count()).select_from(model))
                for model in LINKED_TABLES}


def test_dialog_names_what_goes_and_needs_the_last_name(qtbot, services, person_id):
    summary = summarise(services, person_id)
    dialog = EraseDialog(summary)
    qtbot.addWidget(dialog)
    assert summary.network_members == 2
    assert len(summary.situation_codes) == 2
    assert not dialog.erase_button.isEnabled()

    qtbot.keyClicks(dialog.typed, "Van Dam")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "me")
    assert dialog.erase_button.isEnabled()
    dialog.typed.setText("  van damme ")
    assert dialog.erase_button.isEnabled()
    dialog.typed.setText("EFFACER")
    assert dialog.erase_button.isEnabled()
    dialog.typed.setText("Peeters")
    assert not dialog.erase_button.isEnabled()


def test_dialog_lists_the_codes(qtbot, services, person_id):
    summary = summarise(services, person_id)
    dialog = EraseDialog(summary)
    qtbot.addWidget(dialog)
    text = dialog._details_html()
    assert all(code in text for code in summary.situation_codes)


def test_erasure_backs_up_first_then_leaves_no_row(qtbot, monkeypatch, services, register, person_id,
                                                   other_person):
    before = _counts(register)
    assert all(count for count in before.values())
    messages = []
    monkeypatch.setattr(PersonEraser, "confirm", lambda self, summary: True)
    monkeypatch.setattr(PersonEraser, "inform", lambda self, text: messages.append(text))
    monkeypatch.setattr(PersonEraser, "ask", lambda self, text: False)

    assert erase_person(services, person_id, None) is True

    after = _counts(register)
    assert after["Person"] == 1 and after["Situation"] == 1  # only the other person remains
    for name in ("NetworkMember", "FollowUp", "TimeEntry", "DialogueSession", "Priority"):
        assert after[name] == 0, name
    assert after["SituationVulnerability"] == after["SituationPathology"] == 0
    backups = list(register.backups_dir.glob("*avant-effacement*.relais-backup"))
    assert len(backups) == 1
    assert read_backup(backups[0])  # a complete, verified backup
    assert len(messages) == 1 and str(backups[0]) in messages[0]
    assert services.persons.search("van damme") == []


def test_declining_erases_nothing_and_makes_no_backup(monkeypatch, services, register, person_id):
    before = _counts(register)
    monkeypatch.setattr(PersonEraser, "confirm", lambda self, summary: False)
    assert erase_person(services, person_id, None) is False
    assert _counts(register) == before
    assert list(register.backups_dir.glob("*.relais-backup")) == []


def test_failed_backup_erases_nothing(monkeypatch, services, register, person_id):
    from storage.errors import BackupError

    def no_space(*_args):
        raise BackupError("backup.write_failed", reason="ENOSPC")

    before = _counts(register)
    messages = []
    monkeypatch.setattr(registers, "back_up_automatically", no_space)  # the backup comes first
    monkeypatch.setattr(PersonEraser, "confirm", lambda self, summary: True)
    monkeypatch.setattr(PersonEraser, "inform", lambda self, text: messages.append(text))
    assert erase_person(services, person_id, None) is False
    assert _counts(register) == before
    assert "ENOSPC" in messages[0]  # the backup's own reason (disk full) is told


def test_editor_action_erases_and_closes(qtbot, monkeypatch, services, register, person_id):
    situation_id = services.situations.for_person(person_id)[0].id
    editor = SituationEditor(services, situation_id)
    qtbot.addWidget(editor)
    editor.show()
    monkeypatch.setattr(PersonEraser, "confirm", lambda self, summary: True)
    monkeypatch.setattr(PersonEraser, "inform", lambda self, text: None)
    monkeypatch.setattr(PersonEraser, "ask", lambda self, text: False)
    editor.tabs.setCurrentIndex(0)
    qtbot.keyClicks(editor.person_form.field("phone"), "0475")  # unsaved edits do not block the erasure

    with qtbot.waitSignal(editor.person_erased) as erased, qtbot.waitSignal(editor.closed):
        qtbot.mouseClick(editor.erase_button, Qt.MouseButton.LeftButton)

    assert erased.args == [person_id]
    assert _counts(register)["Person"] == 0
    assert not editor.isVisible()


def test_after_erasing_older_backups_are_named_with_their_rotation_and_purged_on_yes(
        monkeypatch, services, register, person_id, other_person):
    older = registers.back_up_automatically(register, "avant-import")
    questions = []
    monkeypatch.setattr(PersonEraser, "confirm", lambda self, summary: True)
    monkeypatch.setattr(PersonEraser, "inform", lambda self, text: None)
    monkeypatch.setattr(PersonEraser, "ask", lambda self, text: questions.append(text) or True)

    assert erase_person(services, person_id, None) is True

    assert len(questions) == 1 and "2 backup(s)" in questions[0]
    assert "last 10 backups made before an erasure" in questions[0]
    assert "one a month for 12 months" in questions[0]
    assert not older.exists() and list(register.backups_dir.glob("*.relais-backup")) == []
    assert registers.backups_holding_erased_data(register) == []
