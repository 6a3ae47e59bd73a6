"""The priorities panel on a real encrypted register: status changes and their history, the calm reminder,
refused empty words, reordering, unknown themes and the strip chart."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import show_active
from ui.common.vocab_widgets import label_of
from ui.dialogue.priorities import COLUMNS, PrioritiesPanel

TODAY = date.today()
EMPTY_TEXT = "The text of the priority cannot be empty."  # the service's own message, in English


pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def priorities(services, situation_id) -> list[int]:
    raised = TODAY - timedelta(days=40)
    texts = (("Rester chez moi", "logement"), ("Voir du monde", "solitude"), ("Comprendre mes piqures", None))
    return [services.priorities.add(situation_id, text, theme, raised).id for text, theme in texts]


@pytest.fixture
def open_panel(qtbot, services, situation_id):
    def factory() -> PrioritiesPanel:
        return show_active(qtbot, PrioritiesPanel(services, situation_id), (1100, 750))

    return factory


def _column(panel: PrioritiesPanel, name: str) -> list[str]:
    return [panel.table.item(row, COLUMNS.index(name)).text() for row in range(panel.table.rowCount())]


def test_status_change_with_a_note_appears_in_the_timeline(qtbot, open_panel, services, priorities):
    panel = open_panel()
    changed = []
    panel.changed.connect(lambda: changed.append(True))
    panel.select(priorities[1])
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.status_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.status.set_current_id("deposee")
    assert "come back" in dialog.meaning.text()
    dialog.day.setDate(dialog.day.date().addDays(-3))
    dialog.note.setPlainText("Pas maintenant; elle en reparlera.")
    dialog.try_accept()
    assert not dialog.isVisible() and changed == [True]

    assert panel.selected_id() == priorities[1]
    assert panel.timeline_texts()[-1].startswith((TODAY - timedelta(days=3)).strftime("%d/%m/%Y"))
    assert label_of("priority_statuses", "deposee") in panel.timeline_texts()[-1]
    assert "Pas maintenant; elle en reparlera." in panel.timeline_texts()[-1]
    assert len(panel.timeline_texts()) == 2  # expressed, then parked
    assert _column(panel, "status")[1] == label_of("priority_statuses", "deposee")
    history = services.priorities.history(priorities[1])
    assert [(c.status, c.note) for c in history][-1] == ("deposee", "Pas maintenant; elle en reparlera.")
    assert panel.chart.lanes()[1].steps[-1] == (TODAY - timedelta(days=3), "deposee")


def test_a_refused_status_change_keeps_the_dialog_open_with_the_message(qtbot, open_panel, priorities):
    panel = open_panel()
    panel.select(priorities[0])
    panel.change_status()
    dialog = panel.status_dialog
    dialog.status.set_current_id("exprimee")  # already its status
    dialog.try_accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "“Expressed”" in dialog.error.text()  # the status label in the window's language
    dialog.reject()
    assert len(panel.timeline_texts()) == 1


def test_more_than_three_active_shows_a_calm_reminder(qtbot, open_panel, services, situation_id, priorities):
    panel = open_panel()
    assert not panel.banner.isVisible()  # three active: within the guidance
    panel.new_words.setText("Ne pas avoir mal la nuit")
    panel.add_priority()
    assert panel.banner.isVisible()
    assert "2 or 3" in panel.banner_text.text() and "4" in panel.banner_text.text()
    assert QApplication.activeModalWidget() is None  # never a dialog
    services.priorities.change_status(priorities[0], "deposee")
    panel.refresh()
    assert not panel.banner.isVisible()


def test_empty_words_are_refused_with_the_service_message(qtbot, open_panel, services, priorities):
    panel = open_panel()
    panel.select(priorities[0])
    panel.words.setText("   ")
    qtbot.keyClick(panel.words, Qt.Key.Key_Return)
    assert panel.words_error.isVisible() and panel.words_error.text() == EMPTY_TEXT
    assert services.priorities.get(priorities[0]).text == "Rester chez moi"
    panel.new_words.clear()
    panel.add_priority()
    assert panel.add_error.isVisible() and panel.add_error.text() == EMPTY_TEXT
    assert len(services.priorities.for_situation(panel._situation_id)) == 3
    panel.words.setText("Rester chez moi, au calme")
    panel.save_words()
    assert not panel.words_error.isVisible()
    assert services.priorities.get(priorities[0]).text == "Rester chez moi, au calme"


def test_reorder_with_buttons_and_keyboard(qtbot, open_panel, services, situation_id, priorities):
    panel = open_panel()
    panel.select(priorities[2])
    assert not panel.down_button.isEnabled()
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in services.priorities.for_situation(situation_id)] == [
        priorities[0],
        priorities[2],
        priorities[1],
    ]
    assert panel.selected_id() == priorities[2]  # the selection follows the priority
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _column(panel, "text") == ["Comprendre mes piqures", "Rester chez moi", "Voir du monde"]
    assert _column(panel, "rank") == ["1", "2", "3"]
    assert not panel.up_button.isEnabled()
    assert panel.chart.lanes()[0].label == "1. Comprendre mes piqures"


def test_theme_unknown_to_the_deck_shows_as_unknown_and_is_kept(qtbot, open_panel, services, situation_id):
    services.priorities.add(situation_id, "Trouver un logement sain", "carte-disparue")
    panel = open_panel()
    assert _column(panel, "theme") == ["Unknown theme (carte-disparue)"]
    assert panel.theme.current_theme() == "carte-disparue"
    panel.theme.setCurrentIndex(panel.theme.findData("logement"))
    panel.theme.activated.emit(panel.theme.currentIndex())
    assert services.priorities.for_situation(situation_id)[0].theme == "logement"
    assert _column(panel, "theme") == ["Le logement" if panel.theme.lang == "fr" else "Housing"]


def test_delete_asks_first(qtbot, open_panel, services, situation_id, priorities, monkeypatch):
    panel = open_panel()
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    panel.select(priorities[0])
    panel.delete_selected()
    assert [p.id for p in services.priorities.for_situation(situation_id)] == priorities[1:]
    assert panel.table.rowCount() == 2 and len(panel.chart.lanes()) == 2


def test_chart_describes_each_priority_in_words(qtbot, open_panel, services, priorities):
    services.priorities.change_status(priorities[0], "en_cours", TODAY - timedelta(days=5))
    panel = open_panel()
    description = panel.chart.accessibleDescription()
    assert f"1. Rester chez moi: {label_of('priority_statuses', 'en_cours')} since" in description
    assert [status for _day, status in panel.chart.lanes()[0].steps] == ["exprimee", "en_cours"]
    assert panel.chart.grab().width() == panel.chart.width()  # paints without error


def test_notes_are_saved_and_shown_per_priority(qtbot, open_panel, services, priorities):
    panel = open_panel()
    panel.select(priorities[0])
    panel.notes.setPlainText("A appelé le CPAS deux fois.")
    with qtbot.waitSignal(panel.changed):
        panel.save_notes()
    assert services.priorities.get(priorities[0]).notes == "A appelé le CPAS deux fois."
    panel.select(priorities[1])
    assert panel.notes.toPlainText() == ""
    panel.select(priorities[0])
    assert panel.notes.toPlainText() == "A appelé le CPAS deux fois."


def test_words_and_notes_typed_are_kept_when_another_priority_is_selected(
    qtbot, open_panel, services, priorities
):
    panel = open_panel()
    panel.select(priorities[0])
    panel.words.setText("Revoir ses petits-enfants")
    panel.notes.setPlainText("En parler à la fille.")
    panel.select(priorities[1])  # no save button pressed
    saved = services.priorities.get(priorities[0])
    assert saved.text == "Revoir ses petits-enfants" and saved.notes == "En parler à la fille."
    assert panel.words.text() == services.priorities.get(priorities[1]).text


def test_writes_go_through_the_runner_and_a_failure_is_said_in_words(qtbot, open_panel, services, priorities):
    from ui.common.operations import runner_for

    panel = open_panel()
    notices = []
    runner_for(services).changed.connect(lambda changes, source: notices.append((changes, source)))
    panel.select(priorities[0])
    panel.words.setText("Rester chez moi, avec le chat")
    panel.save_words()
    assert notices and notices[-1][1] is panel and notices[-1][0].touches_any("priorities")
    assert services.priorities.for_situation(panel._situation_id)[0].text == "Rester chez moi, avec le chat"
    services.priorities.delete(priorities[0])  # gone behind the panel's back
    panel.words.setText("Rester chez moi")
    panel.save_words()
    assert panel.words_error.isVisibleTo(panel)
    assert panel.words_error.text() == "This priority no longer exists in the register."
