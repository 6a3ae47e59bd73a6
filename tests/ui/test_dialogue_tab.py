"""The dialogue tab on a real encrypted register: draw cards by keyboard, write priorities, save, reopen."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.dialogues import DialogueSessionData
from tests.ui.conftest import show_active
from ui.common.vocab_widgets import label_of
from ui.dialogue.tab import DialogueTab

TODAY = date.today()


pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def open_tab(qtbot, services, situation_id):
    def factory() -> DialogueTab:
        return show_active(qtbot, DialogueTab(services, situation_id), (1100, 750))

    return factory


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_draw_cards_write_two_priorities_save_and_see_them_in_a_new_tab(
    qtbot, open_tab, services, situation_id
):
    tab = open_tab()
    tab.mode.setFocus()
    _press(qtbot, Qt.Key.Key_Tab)  # from the mode into the cards
    first, third = tab.cards.selected(), tab.cards.deck.cards[2].id
    assert first == [] and QApplication.focusWidget().card.id == "corps"
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Return)
    assert tab.cards.selected() == ["corps", third]
    assert tab.mode.current_id() == "cartes"  # drawing cards sets the mode, the referent did not choose one
    _press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the grid for the first priority
    assert QApplication.focusWidget() is tab.rows.texts[0]
    qtbot.keyClicks(tab.rows.texts[0], "Rester chez moi")
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.rows.themes[0]
    assert tab.rows.themes[0].itemData(1) == "corps"  # drawn cards first in the theme list
    tab.rows.themes[0].setCurrentIndex(1)
    qtbot.keyClicks(tab.rows.texts[1], "Voir du monde")
    tab.difficulties.setFocus()
    qtbot.keyClicks(tab.difficulties, "Fatiguee a la fin.")
    saved = []
    tab.changed.connect(lambda: saved.append(True))
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved == [True]
    assert tab.rows.texts[0].text() == "" and tab.cards.selected() == []  # ready for the next session

    [stored] = services.dialogues.for_situation(situation_id)
    assert stored.cards == ("corps", third) and stored.mode == "cartes"
    assert [(p.text, p.theme) for p in stored.priorities] == [
        ("Rester chez moi", "corps"),
        ("Voir du monde", None),
    ]
    assert stored.difficulties == "Fatiguee a la fin."

    reopened = open_tab()
    table = reopened.sessions
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == label_of("dialogue_modes", "cartes")
    assert table.item(0, 2).text() == "2"
    assert table.item(0, 3).text() == "Rester chez moi · Voir du monde"
    table.selectRow(0)
    reopened.edit_selected()
    assert reopened.cards.selected() == ["corps", third]
    assert reopened.difficulties.toPlainText() == "Fatiguee a la fin."
    assert "Rester chez moi" in reopened.saved_message.text()


def test_empty_lines_are_ignored_and_a_theme_without_words_is_refused(
    qtbot, open_tab, services, situation_id
):
    tab = open_tab()
    tab.rows.texts[1].setText("Payer moins cher mes médicaments")
    tab.rows.themes[2].set_theme("argent")  # a theme, no words
    assert tab.save() is False
    assert tab.rows.error.isVisible() and "3" in tab.rows.error.text()
    assert QApplication.focusWidget() is tab.rows.texts[2]
    assert services.dialogues.for_situation(situation_id) == []
    tab.rows.themes[2].set_theme(None)
    assert tab.save() is True
    [stored] = services.dialogues.for_situation(situation_id)
    assert [p.text for p in stored.priorities] == ["Payer moins cher mes médicaments"]
    assert stored.mode == "oral" and stored.cards == ()


def test_a_chosen_mode_is_not_changed_by_drawing(qtbot, open_tab):
    tab = open_tab()
    tab.mode.setFocus()
    tab.mode.setCurrentIndex(tab.mode.findData("mixte"))
    tab.mode.activated.emit(tab.mode.currentIndex())  # what a choice by the user emits
    tab.cards.set_selected(["logement"])
    assert tab.mode.current_id() == "mixte"


def test_more_lines_can_be_added_and_go_back_to_three(qtbot, open_tab, services, situation_id):
    tab = open_tab()
    qtbot.mouseClick(tab.rows.add_button, Qt.MouseButton.LeftButton)
    assert len(tab.rows.texts) == 4 and QApplication.focusWidget() is tab.rows.texts[3]
    for number, text in enumerate(tab.rows.texts, start=1):
        text.setText(f"Priorité {number}")
    assert tab.save()
    assert len(services.priorities.for_situation(situation_id)) == 4
    assert len(tab.rows.texts) == 3


def test_correct_a_past_session_keeps_cards_unknown_to_the_deck(qtbot, open_tab, services, situation_id):
    old = services.dialogues.record(
        situation_id,
        DialogueSessionData(held_on=TODAY - timedelta(days=10), mode="cartes", cards=("old-card", "moral")),
    )
    tab = open_tab()
    tab.edit_session(old.id)
    assert tab.cards.unknown_selected() == ["old-card"]
    assert tab.save_button.text().replace("&", "") == "Save changes"
    tab.added_value.setPlainText("Elle a choisi par où commencer.")
    assert tab.is_dirty()
    assert tab.save()
    corrected = services.dialogues.get(old.id)
    assert corrected.cards == ("old-card", "moral")
    assert corrected.added_value == "Elle a choisi par où commencer."
    assert len(services.dialogues.for_situation(situation_id)) == 1  # corrected, not duplicated
    assert not tab.is_dirty()


def test_delete_a_session_after_confirmation_keeps_its_priorities(
    qtbot, open_tab, services, situation_id, monkeypatch
):
    services.dialogues.record(situation_id, DialogueSessionData(held_on=TODAY), [("Voir ma soeur", None)])
    tab = open_tab()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    tab.sessions.selectRow(0)
    tab.delete_selected()
    assert tab.sessions.rowCount() == 1  # "No": nothing deleted
    tab.delete_selected()
    assert tab.sessions.rowCount() == 0
    assert services.dialogues.for_situation(situation_id) == []
    assert [p.text for p in services.priorities.for_situation(situation_id)] == ["Voir ma soeur"]
