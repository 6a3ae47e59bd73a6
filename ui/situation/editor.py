"""The situation editor: the person, the situation and the person's network, saved explicitly.

Saving is explicit (Enregistrer, Ctrl+S) and the header says when something is not saved; closing with unsaved
edits asks Save / Don't save / Cancel. Undo: Ctrl+Z inside a text field uses the field's own undo; the
"Undo last change" action (Ctrl+Z elsewhere) restores the form as it was before the last field changed (a
whole burst of typing in one field, a ticked box, a chosen item), back to the saved state and beyond.
Network members and status changes (watch, close, reopen) are complete actions saved at once.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.readmodels import PersonData, PersonRead, SituationData, SituationRead
from app.services import Services
from ui.common.i18n import fill
from ui.common.vocab_widgets import ERROR_COLOUR, set_text_colour
from ui.documents.menu import attach_documents
from ui.register.erase_person import erase_person
from ui.situation import form as situation_form
from ui.situation import person_form
from ui.situation.edit_history import EditHistory, part_of, prefixed
from ui.situation.form import SituationForm
from ui.situation.header import EditorHeader, ask_save_changes
from ui.situation.network import NetworkPanel
from ui.situation.person_form import PersonForm
from ui.situation.person_picker import PersonPicker
from ui.situation.saving import PERSON, SITUATION, EditorSaving
from ui.situation.status import CloseSituationDialog, SituationStatusBox


class SituationEditor(EditorSaving, QWidget):
    saved = Signal(int)  # situation id, after every successful save or status change
    closed = Signal()
    person_erased = Signal(int)  # person id; the editor then closes itself
    dirty_changed = Signal(bool)

    def __init__(self, services: Services, situation_id: int | None, parent: QWidget | None = None,
                 person_id: int | None = None, *, blank: bool = False) -> None:
        """`blank`: built but not filled (a spare editor, see ui.situation.spare_editor); `load()` fills it
        later."""
        super().__init__(parent)
        self._services = services
        self._situation: SituationRead | None = None
        self._person_id: int | None = None
        self._saved_state: dict = {}
        self._loading = False
        self._closing_without_asking = False
        self._saved_message = ""
        self._history = EditHistory([PERSON + f for f in person_form.TEXT_FIELDS]
                                    + [SITUATION + f for f in situation_form.TEXT_FIELDS])
        self._build()
        self.watch_changes()
        if not blank:
            self._load(situation_id, person_id)

    @property
    def services(self) -> Services:
        return self._services

    # -- building --------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.person_form = PersonForm(self, lazy=True)  # built when its tab is first shown (or a field used)
        self._picker: PersonPicker | None = None  # only a new situation shows it: built when first needed
        self.situation_form = SituationForm(self)
        self.status_box = SituationStatusBox(self)
        self.network = NetworkPanel(self._services, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editor_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab reaches the tab bar through the chain below
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.addTab(self._scrolling(self._person_page()), self.tr("&Person"))
        self.tabs.addTab(self._scrolling(self._situation_page()), self.tr("&Situation"))
        self.tabs.addTab(self.network, self.tr("&Network"))
        self.header = EditorHeader(self)
        self.save_button, self.undo_button = self.header.save_button, self.header.undo_button
        self.badge, self.code_label = self.header.badge, self.header.code_label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.header)
        self.message = QLabel(self)
        set_text_colour(self.message, ERROR_COLOUR)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._make_actions()
        self._connect()
        self._set_tab_order()
        # The Documents button (Ctrl+Shift+D; fridge note, GP note) and the consents in the Network tab.
        attach_documents(self)

    def _person_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self._person_layout = layout  # the picker goes first when it is built
        layout.addWidget(self.person_form, 1)
        self.erase_button = QPushButton(self.tr("&Erase this person…"), page)
        self.erase_button.setObjectName("erase_button")
        palette = self.erase_button.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, ERROR_COLOUR)
        self.erase_button.setPalette(palette)
        self.erase_button.setToolTip(self.tr("Erase the person and everything linked to them (GDPR)"))
        self.erase_button.clicked.connect(self.erase_current_person)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.erase_button)
        layout.addLayout(row)
        return page

    def _situation_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self.status_box)
        layout.addWidget(self.situation_form, 1)
        return page

    @property
    def picker(self) -> PersonPicker:
        """"Is the person already in your register?" (a new situation): built the first time it is needed."""
        if self._picker is None:
            picker = PersonPicker(self._services, self._person_layout.parentWidget())
            picker.setVisible(False)
            self._person_layout.insertWidget(0, picker)
            picker.person_chosen.connect(self._set_person)
            picker.person_cleared.connect(lambda: self._set_person(None))
            self._picker = picker
            self._set_tab_order()
        return self._picker

    def _set_tab_order(self) -> None:
        """Header, tab bar, then each page from top to bottom."""
        header, picker, status, network = self.header, self._picker, self.status_box, self.network
        picking = (picker.search, picker.use_button, picker.results, picker.change_button) if picker else ()
        chain = (header.undo_button, header.save_button, header.close_button, self.tabs.tabBar(),
                 *picking, *self.person_form.focus_chain(), self.erase_button,
                 status.watch_button, status.activate_button, status.close_button, status.reopen_button,
                 *self.situation_form.focus_chain(),
                 network.table, network.add_button, network.edit_button, network.remove_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _scrolling(self, page: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        page.resize(1, 1)  # no size hint asked of the whole page now: the area sizes it when shown
        area.setWidget(page)
        return area

    def _make_actions(self) -> None:
        self.save_action = self._action(self.tr("Save"), QKeySequence.StandardKey.Save, self.save)
        self.undo_action = self._action(self.tr("Undo last change"), QKeySequence.StandardKey.Undo,
                                        self.undo_last_change)
        # Ctrl+W is the window's "Close the situation" (on the menu): the editor keeps only Ctrl+F4, so
        # that the two are never an ambiguous shortcut
        self.close_action = self._action(self.tr("Close"), "Ctrl+F4", self.close)
        for index in range(self.tabs.count()):
            self._action(fill(self.tr("Show tab %1"), str(index + 1)), f"Alt+{index + 1}",
                         lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
        self.save_button.setToolTip(fill(self.tr("Save (%1)"), self.save_action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText)))
        self.undo_button.setToolTip(self.tr("Undo the last change outside a text field (Ctrl+Z)"))

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _connect(self) -> None:
        self.person_form.changed.connect(self._on_changed)
        self.person_form.built.connect(self._set_tab_order)
        self.situation_form.changed.connect(self._on_changed)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.undo_last_change)
        self.header.close_button.clicked.connect(self.close)
        self.status_box.watch_requested.connect(lambda: self._change_status(
            lambda s, sid: s.situations.set_watch(sid)))
        self.status_box.activate_requested.connect(lambda: self._change_status(
            lambda s, sid: s.situations.reopen(sid)))
        self.status_box.reopen_requested.connect(lambda: self._change_status(
            lambda s, sid: s.situations.reopen(sid)))
        self.status_box.close_requested.connect(self.close_situation)

    # -- public API ------------------------------------------------------------------------------------
    @property
    def situation_id(self) -> int | None:
        return self._situation.id if self._situation else None

    @property
    def person_id(self) -> int | None:
        return self._person_id

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Room for the tabs of later issues (dialogue & priorities, resources, time)."""
        return self.tabs.addTab(widget, title)

    def fill(self, situation_id: int | None, person_id: int | None = None) -> None:
        """The first filling of a blank editor (raises NotFoundError for an erased or stale situation)."""
        self._load(situation_id, person_id)

    def load(self, situation_id: int | None, person_id: int | None = None) -> bool:
        """Show another situation in this editor (cheaper than a new one); asks first about unsaved edits."""
        if not self.maybe_close():
            return False
        self._clear_errors()
        self._saved_message = ""
        if self._picker is not None:
            self._picker.search.clear()
            self._picker.clear_choice(emit=False)
        self._load(situation_id, person_id)
        return True

    def is_dirty(self) -> bool:
        """Unsaved edits here, or in a tab added later that keeps a form (the dialogue session)."""
        return self._state() != self._saved_state or bool(self._dirty_tabs())

    def _dirty_tabs(self) -> list[QWidget]:
        found = []
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            is_dirty = getattr(widget, "is_dirty", None)
            if widget is not self and callable(is_dirty) and is_dirty():
                found.append(widget)
        return found

    def maybe_close(self) -> bool:
        """True when the editor may close: nothing unsaved, or the user saved or discarded the edits."""
        if self._closing_without_asking or not self.is_dirty():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard_changes()
            return True
        return False

    def discard_changes(self) -> None:
        self._apply_state(self._saved_state)
        self._history.reset(self._saved_state)
        self._refresh_header()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_close():
            if self._picker is not None:
                self._picker.cancel_pending_search()
            event.accept()
            self.closed.emit()
        else:
            event.ignore()

    # -- loading ---------------------------------------------------------------------------------------
    def _load(self, situation_id: int | None, person_id: int | None) -> None:
        situation = self._services.situations.get(situation_id) if situation_id is not None else None
        person_id = situation.person_id if situation else person_id
        person = self._services.persons.get(person_id) if person_id is not None else None
        if situation is None and person is None:
            self.picker.setVisible(True)
        elif self._picker is not None:
            self._picker.setVisible(False)
        self._show(situation, person)
        self.tabs.setCurrentIndex(1 if situation else 0)
        self.situation_form.narrative.moveCursor(QTextCursor.MoveOperation.End)  # continue the story
        focus = self.situation_form.narrative if situation else (
            self.person_form.field("first_name") if person else self.picker.search)
        focus.setFocus()

    def _show(self, situation: SituationRead | None, person: PersonRead | None) -> None:
        """Show stored values and take them as the saved baseline."""
        self._situation, self._person_id = situation, person.id if person else None
        today = clock.today()
        self._apply_state({**prefixed(PERSON, person_form.state_of(person or PersonData())),
                           **prefixed(SITUATION, situation_form.state_of(situation or SituationData(),
                                                                          today))})
        self._saved_state = self._state()
        self._history.reset(self._saved_state)
        self.status_box.show_situation(situation)
        self.situation_form.next_checkin.setEnabled(not situation or situation.status != "closed")
        self.network.set_person(self._person_id)
        self._refresh_header()

    def _state(self) -> dict:
        return {**prefixed(PERSON, self.person_form.state()),
                **prefixed(SITUATION, self.situation_form.state())}

    def _apply_state(self, state: dict) -> None:
        self._loading = True
        try:
            self.person_form.set_state(part_of(PERSON, state))
            self.situation_form.set_state(part_of(SITUATION, state))
        finally:
            self._loading = False

    def _set_person(self, person: PersonRead | None) -> None:
        """New situation: for a person picked in the register (their record is the baseline) or a new one."""
        self._person_id = person.id if person else None
        shown = prefixed(PERSON, person_form.state_of(person or PersonData()))
        self._apply_state({**self._state(), **shown})
        self._saved_state.update(shown)
        self._history.reset(self._state())
        self.network.set_person(self._person_id)
        self._refresh_header()

    # -- editing ---------------------------------------------------------------------------------------
    def _on_changed(self) -> None:
        if self._loading:
            return
        self._history.record(self._state())
        self._refresh_header()

    def undo_last_change(self) -> None:
        state = self._history.undo()
        if state is not None:
            self._apply_state(state)
            self._refresh_header()

    def _refresh_header(self) -> None:
        code = self._situation.code if self._situation else None
        self.setWindowTitle((code or self.tr("New situation")) + "[*]")
        state = self.person_form.state()
        name = " ".join(p for p in (state["first_name"].strip(), state["last_name"].strip()) if p)
        self.header.show_identity(code, name, self._situation.status if self._situation else None)
        self.erase_button.setVisible(self._person_id is not None)
        dirty = self.is_dirty()
        self.header.show_save_state(dirty, self._situation is None, self._history.can_undo(),
                                    self._saved_message)
        self.undo_action.setEnabled(self._history.can_undo())
        self.setWindowModified(dirty)
        self.dirty_changed.emit(dirty)

    # -- erasure ---------------------------------------------------------------------------------------
    def erase_current_person(self) -> None:
        person_id = self._person_id
        if person_id is None or not erase_person(self._services, person_id, self):
            return
        self._closing_without_asking = True
        self.person_erased.emit(person_id)
        self.close()

    # -- overridable prompts (tests replace them) ---------------------------------------------------------
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return ask_save_changes(self)

    def ask_closure(self, situation: SituationRead):
        """(reason, date) chosen in the closure dialog, or None when cancelled."""
        dialog = CloseSituationDialog(situation.started_on, self)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def inform(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Situation"), text)
