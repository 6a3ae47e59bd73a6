"""Adds the Dialogue, Priorities, Mobilisations and Time tabs to a situation editor once the situation exists.

A new situation has no id until its first save, so the tabs appear then; they follow the editor when it
loads another situation. Keeping this here keeps situation_editor.py about the person and the situation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from app.services import Services
from ui.common.operations import subscribe


def attach_dialogue_tabs(editor, services: Services) -> None:
    """Install (now or after the first save) the tabs that need a saved situation."""
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
        editor.tabs.currentChanged.connect(self._build_when_shown)

    def ensure(self) -> None:
        situation_id = self._editor.situation_id
        if situation_id is None or situation_id == self._situation_id:
            return
        self._remove()
        # Alt+D reaches the Dialogue tab; the three after it are Alt+5, Alt+6, Alt+7 (their letters are taken
        # by the menus and the fields of the tabs). Placeholders first: the real tabs (a 32-card grid…) are
        # built when first shown, so opening a situation stays fast.
        for title in (QCoreApplication.translate("SituationTabs", "&Dialogue"),
                      QCoreApplication.translate("SituationTabs", "Priorities"),
                      QCoreApplication.translate("SituationTabs", "Mobilisations"),
                      QCoreApplication.translate("SituationTabs", "Time")):
            placeholder = QWidget(self._editor)
            self._editor.add_tab(placeholder, title)
            self._widgets.append(placeholder)
        self._situation_id = situation_id

    def _build_when_shown(self, index: int) -> None:
        widget = self._editor.tabs.widget(index)
        if widget in self._widgets and self._widgets and not self._built:
            self.build()
            self._editor.tabs.setCurrentIndex(index)

    @property
    def _built(self) -> bool:
        return any(type(w) is not QWidget for w in self._widgets)

    def build(self) -> None:
        """Replace the placeholders by the real tabs (all at once)."""
        from ui.dialogue.priorities import PrioritiesPanel
        from ui.dialogue.tab import DialogueTab
        from ui.resources.mobilisations import MobilisationTab
        from ui.time.entries import TimeListView

        dialogue = DialogueTab(self._services, self._situation_id, self._editor)
        priorities = PrioritiesPanel(self._services, self._situation_id, self._editor)
        mobilisations = MobilisationTab(self._services, self._situation_id, self._editor)
        time = TimeListView(self._services, self._situation_id, self._editor)
        # no tab refreshes another: each hears the runner's change notices (ui.common.operations)
        subscribe(self, self._services, ("resources",), self._refresh_directory)
        real_tabs = (dialogue, priorities, mobilisations, time)
        tabs = self._editor.tabs
        for placeholder, real in zip(list(self._widgets), real_tabs, strict=True):
            index = tabs.indexOf(placeholder)
            title = tabs.tabText(index)
            tabs.blockSignals(True)
            tabs.removeTab(index)
            tabs.insertTab(index, real, title)
            tabs.blockSignals(False)
            placeholder.deleteLater()
        self._widgets = list(real_tabs)

    def _refresh_directory(self) -> None:
        """A mobilisation may have saved a new entry to the directory: an open directory page shows it
        (until ui.resources.directory subscribes to the change notices itself)."""
        from ui.resources.directory import ResourceDirectory

        window = self._editor.window()
        for directory in window.findChildren(ResourceDirectory) if window is not None else ():
            directory.refresh()

    def _remove(self) -> None:
        tabs = self._editor.tabs
        for widget in self._widgets:
            index = tabs.indexOf(widget)
            if index >= 0:
                tabs.removeTab(index)
            widget.deleteLater()
        self._widgets = []
