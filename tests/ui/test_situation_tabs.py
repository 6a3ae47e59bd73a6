"""The situation editor gains Dialogue, Priorities, Mobilisations and Time tabs once the situation exists."""

from __future__ import annotations

from app.mobilisations import MobilisationData
from app.readmodels import PersonData
from tests.ui.conftest import add_situation
from ui.dialogue.priorities import PrioritiesPanel
from ui.dialogue.tab import DialogueTab
from ui.resources.mobilisations import MobilisationTab
from ui.situation.editor import SituationEditor
from ui.situation.tabs import attach_dialogue_tabs
from ui.time.entries import TimeListView


def _tab_types(editor: SituationEditor) -> list[type]:
    """Types of the tabs after showing each one (the dialogue tabs are built when first shown)."""
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
    return [type(editor.tabs.widget(i)) for i in range(editor.tabs.count())]


def test_existing_situation_has_dialogue_and_priorities_tabs(qtbot, services):
    situation_id = add_situation(services, "Aïcha", "Benali")
    editor = SituationEditor(services, situation_id)
    qtbot.addWidget(editor)
    attach_dialogue_tabs(editor, services)
    types = _tab_types(editor)
    assert types[-4:] == [DialogueTab, PrioritiesPanel, MobilisationTab, TimeListView]


def test_rewording_a_priority_shows_in_the_mobilisation_tab(qtbot, services):
    situation_id = add_situation(services, "Aïcha", "Benali")
    priority = services.priorities.add(situation_id, "Dormir mieux")
    services.mobilisations.add(situation_id, MobilisationData(resource_name="Centre du sommeil",
                                                              priority_id=priority.id))
    editor = SituationEditor(services, situation_id)
    qtbot.addWidget(editor)
    attach_dialogue_tabs(editor, services)
    _tab_types(editor)
    panel = editor.findChild(PrioritiesPanel)
    tab = editor.findChild(MobilisationTab)
    assert tab.mobilisations()[0].priority_text == "Dormir mieux"
    panel.select(priority.id)
    panel.words.setText("Retrouver le sommeil")
    with qtbot.waitSignal(panel.changed):
        panel.save_words()
    assert tab.mobilisations()[0].priority_text == "Retrouver le sommeil"


def test_new_situation_gets_the_tabs_after_its_first_save(qtbot, services):
    person = services.persons.create(PersonData(first_name="Jan", last_name="Peeters"))
    editor = SituationEditor(services, None, person_id=person.id)
    qtbot.addWidget(editor)
    attach_dialogue_tabs(editor, services)
    assert editor.tabs.count() == 3  # person, situation, network: nothing to talk about yet
    assert editor.save()
    assert editor.situation_id is not None
    assert DialogueTab in _tab_types(editor) and PrioritiesPanel in _tab_types(editor)
    attach_count = _tab_types(editor).count(DialogueTab)
    editor.saved.emit(editor.situation_id)  # a later save does not add the tabs twice
    assert _tab_types(editor).count(DialogueTab) == attach_count == 1


def test_an_unsaved_dialogue_session_counts_as_unsaved_in_the_editor(qtbot, services):
    from PySide6.QtWidgets import QMessageBox

    situation_id = add_situation(services, "Aïcha", "Benali")
    editor = SituationEditor(services, situation_id)
    qtbot.addWidget(editor)
    attach_dialogue_tabs(editor, services)
    _tab_types(editor)
    dialogue = editor.findChild(DialogueTab)
    assert not editor.is_dirty()
    dialogue.difficulties.setPlainText("Trop fatiguée pour les cartes.")
    assert editor.is_dirty()
    asked = []
    editor.ask_unsaved = lambda: asked.append(True) or QMessageBox.StandardButton.Save
    assert editor.maybe_close()
    assert asked == [True]
    [session] = services.dialogues.for_situation(situation_id)
    assert session.difficulties == "Trop fatiguée pour les cartes."
