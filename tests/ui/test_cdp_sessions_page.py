"""The CdP sessions page on a real encrypted register: a session with its situations (one without consent,
greyed with its reason, cannot be ticked), the nœud grouped by kind, the four points saved and read back,
refusals under their field, deleting after a question, and the way to the review."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.cdp.sessions import CdpSessionData, CdpSessionService
from tests.app.cdp_fixture import build_two_situations
from tests.ui.conftest import show_active
from ui.cdp import sessions_page as cdp_sessions_page
from ui.cdp.sessions_page import CdpSessionsPage
from ui.common.vocab_widgets import to_qdate

FOUR_POINTS = {
    "feedback_positive": "Le groupe a proposé de passer par le CPAS.",
    "feedback_difficulty": "Le turn-over des aides familiales.",
    "feedback_new": "Une permanence sociale le mardi.",
    "feedback_solution": "Appeler Infor-Homes Bruxelles plus tôt.",
}


pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def situations(services) -> tuple[int, int]:
    return build_two_situations(services)


@pytest.fixture
def open_page(qtbot, services):
    def factory() -> CdpSessionsPage:
        return show_active(qtbot, CdpSessionsPage(services, use_ner=False), (1100, 750))

    return factory


def test_a_session_with_its_situations_and_four_points_is_saved_and_read_back(
    qtbot, open_page, services, situations
):
    with_consent, without = situations
    page = open_page()
    form = page.form
    ineligible = form.candidate_item(without)
    assert "consent not recorded" in ineligible.text() and "Gaston Lemaire" in ineligible.text()
    assert not ineligible.flags() & Qt.ItemFlag.ItemIsEnabled  # greyed
    assert not form.set_checked(without)  # cannot be ticked
    eligible = form.candidate_item(with_consent)
    code = services.situations.get(with_consent).code
    assert code in eligible.text() and "Mireille Vandenbossche" in eligible.text()
    assert form.situations.item(0) is eligible  # eligible ones first
    assert not page.export_button.isEnabled()  # no situation yet

    form.situations.setFocus()
    form.situations.setCurrentItem(eligible)
    qtbot.keyClick(form.situations, Qt.Key.Key_Space)  # ticked from the keyboard
    assert form.chosen_ids() == [with_consent]
    assert page.export_button.isEnabled()

    form.date.setDate(to_qdate(date(2026, 11, 19)))
    form.group.setText("CdP Bruxelles-Ouest")
    headers = [row for row in range(form.noeud.count()) if form.noeud.itemData(row) is None][1:]
    assert [form.noeud.itemText(row) for row in headers] == ["PATIENT", "PROVIDER", "SITUATION"]
    assert all(not form.noeud.model().item(row).isEnabled() for row in headers)
    form.noeud.set_current_id("turnover_prestataires")
    form.noeud_text.setPlainText("Quand l'aide familiale change chaque mois.")
    for name, text in FOUR_POINTS.items():
        form.feedback[name].setPlainText(text)
    assert form.is_dirty()
    form.group.setFocus()
    qtbot.keyClick(form.group, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves

    (stored,) = CdpSessionService(services).list()
    assert stored.situation_ids == (with_consent,)
    assert stored.group_name == "CdP Bruxelles-Ouest" and stored.noeud == "turnover_prestataires"
    assert stored.held_on == date(2026, 11, 19)
    assert {name: getattr(stored, name) for name in FOUR_POINTS} == FOUR_POINTS
    assert "19/11/2026" in page.saved_message.text()
    assert not form.is_dirty()

    again = open_page()  # reload from the register
    assert again.sessions.rowCount() == 1
    row = [again.sessions.item(0, column).text() for column in range(4)]
    assert row == ["19/11/2026", "CdP Bruxelles-Ouest",
                   "Staff turnover — Quand l'aide familiale change chaque mois.", "1"]  # fmt: skip
    again.sessions.selectRow(0)
    assert again.editing().id == stored.id
    assert again.form.group.text() == "CdP Bruxelles-Ouest"
    assert again.form.noeud.current_id() == "turnover_prestataires"
    assert again.form.chosen_ids() == [with_consent]
    assert again.form.feedback["feedback_solution"].toPlainText() == FOUR_POINTS["feedback_solution"]
    assert "19/11/2026" in again.form.title.text()


def test_a_refusal_is_shown_under_its_field_and_nothing_is_saved(qtbot, open_page, services, situations):
    page = open_page()
    page.form.group.setText("x" * 200)
    page.save_button.click()
    errors = page.form.visible_errors()
    assert "group_name" in errors and "120" in errors["group_name"]
    assert page.form.group.hasFocus()
    assert CdpSessionService(services).list() == []
    page.form.group.setText("CdP Forest")
    page.save_button.click()
    assert page.form.visible_errors() == {}
    assert [s.group_name for s in CdpSessionService(services).list()] == ["CdP Forest"]


def test_deleting_asks_first(qtbot, open_page, services, situations, monkeypatch):
    cdp = CdpSessionService(services)
    created = cdp.create(CdpSessionData(held_on=date(2026, 10, 1), group_name="CdP Ixelles"))
    page = open_page()
    page.sessions.selectRow(0)
    assert page.editing().id == created.id and page.delete_button.isEnabled()
    answers = [False, True]
    questions = []
    monkeypatch.setattr(cdp_sessions_page, "ask", lambda _p, _t, q: questions.append(q) or answers.pop(0))
    page.delete_button.click()
    assert [s.id for s in cdp.list()] == [created.id]  # refused: kept
    page.delete_button.click()
    assert cdp.list() == [] and page.sessions.rowCount() == 0
    assert len(questions) == 2 and "not touched" in questions[0]
    assert page.editing() is None and page.form.group.text() == ""


def test_leaving_unsaved_changes_asks_first(qtbot, open_page, services, situations, monkeypatch):
    cdp = CdpSessionService(services)
    first = cdp.create(CdpSessionData(held_on=date(2026, 10, 1), group_name="CdP Ixelles"))
    cdp.create(CdpSessionData(held_on=date(2026, 9, 1), group_name="CdP Etterbeek"))
    page = open_page()
    page.sessions.selectRow(0)
    page.form.group.setText("CdP Ixelles (modifié)")
    monkeypatch.setattr(cdp_sessions_page, "ask", lambda *_args: False)
    page.sessions.selectRow(1)
    assert page.editing().id == first.id and page.form.group.text() == "CdP Ixelles (modifié)"
    assert page.selected_session_id() == first.id
    monkeypatch.setattr(cdp_sessions_page, "ask", lambda *_args: True)
    page.sessions.selectRow(1)
    assert page.form.group.text() == "CdP Etterbeek"


def test_prepare_the_export_saves_then_opens_the_review(qtbot, open_page, services, situations):
    with_consent, _without = situations
    page = open_page()
    messages = []
    page.status_message.connect(messages.append)
    page.form.group.setText("CdP Schaerbeek")
    page.form.set_checked(with_consent)
    dialog = page.prepare_export()  # saves the new session first
    assert dialog is not None and page.review_dialog is dialog
    qtbot.addWidget(dialog)
    (stored,) = CdpSessionService(services).list()
    assert stored.situation_ids == (with_consent,)
    qtbot.waitUntil(lambda: dialog.review is not None, timeout=20_000)
    assert [canvas.situation_id for canvas in dialog.review.canvases] == [with_consent]
    assert any("saved" in message for message in messages)
    dialog.close()  # deleted with its review
    assert page.review_dialog is None
