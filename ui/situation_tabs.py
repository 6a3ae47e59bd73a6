"""Adds the dialogue and priorities tabs to a situation editor once the situation exists.

A new situation has no id until its first save, so the tabs appear then; they follow the editor when it
loads another situation. Keeping this here keeps situation_editor.py about the person and the situation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.services import Services


def attach_dialogue_tabs(editor, services: Services) -> None:
    """Install (now or after the first save) the Dialogue and Priorities tabs of issue 4."""
    holder = _DialogueTabs(editor, services)
    editor.saved.connect(lambda _id: holder.ensure())
    holder.ensure()


class _DialogueTabs(QObject):
    def __init__(self, editor, services: Services) -> None:
        super().__init__(editor)
        self._editor = editor
        self._services = services
        self._situation_id: int | None = None
        self._widgets: list = []

    def ensure(self) -> None:
        situation_id = self._editor.situation_id
        if situation_id is None or situation_id == self._situation_id:
            return
        self._remove()
        from ui.dialogue_tab import DialogueTab
        from ui.priorities_panel import PrioritiesPanel

        dialogue = DialogueTab(self._services, situation_id, self._editor)
        priorities = PrioritiesPanel(self._services, situation_id, self._editor)
        dialogue.changed.connect(priorities.refresh)
        self._editor.add_tab(dialogue, QCoreApplication.translate("SituationTabs", "&Dialogue"))
        self._editor.add_tab(priorities, QCoreApplication.translate("SituationTabs", "P&riorities"))
        self._widgets = [dialogue, priorities]
        self._situation_id = situation_id

    def _remove(self) -> None:
        for widget in self._widgets:
            index = self._editor.tabs.indexOf(widget)
            if index >= 0:
                self._editor.tabs.removeTab(index)
            widget.deleteLater()
        self._widgets = []
