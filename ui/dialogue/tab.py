"""The dialogue tab of a situation: past uses of the dialogue tool, and the form of one session.

A session is recorded in one go while (or right after) talking with the person: date and mode, the cards
drawn (keyboard: arrows and Space), the priorities in the person's own words with a theme card each, and the
two questions of the CdP canvas (difficulties encountered, added value experienced). Ctrl+Enter saves.
Priorities written here are created with the session; afterwards they live in the Priorities tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.changes import ChangeSet
from app.dialogues import DialogueSessionData, DialogueSessionRead
from app.errors import CodedError, NotFoundError, ValidationError
from app.services import Services
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.operations import runner_for
from ui.common.vocab_widgets import (
    VocabCombo,
    date_edit,
    error_label,
    format_date,
    hint_label,
    label_of,
    to_date,
    to_qdate,
)
from ui.common.widget_helpers import buddy_label, push_button
from ui.dialogue.card_grid import CardGrid, theme_label
from ui.dialogue.conversation_entry import ConversationEntry
from ui.dialogue.priority_rows import PriorityRows
from ui.dialogue.sessions_table import sessions_table

TEXT_HEIGHT = 64  # about three lines
SESSION_ROLE = Qt.ItemDataRole.UserRole
SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class DialogueTab(QWidget):
    """Past dialogue sessions of one situation and the form to record (or correct) one."""

    changed = Signal()

    def __init__(self, services: Services, situation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._situation_id = services, situation_id
        self._deck = services.deck_settings.current_deck()
        self._sessions: list[DialogueSessionRead] = []
        self._editing: DialogueSessionRead | None = None
        self._mode_chosen = False
        self._build_widgets()
        self._build_layout()
        self._connect()
        self.refresh()
        self.new_session()

    # -- building ----------------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        """Created in Tab order: past sessions, date, mode, cards, priorities, texts, save."""
        self.sessions = sessions_table(self)
        self.new_button = push_button(self, "new_session", self.tr("Ne&w session"), self.new_session)
        self.open_button = push_button(self, "open_session", self.tr("Open a&gain"), self.edit_selected)
        self.delete_button = push_button(self, "delete_session", self.tr("De&lete…"), self.delete_selected)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.date = date_edit(self)
        self.date.setObjectName("held_on")
        self.date.setAccessibleName(self.tr("Date of the session"))
        self.date.setMaximumDate(to_qdate(clock.today()))
        self.mode = VocabCombo("dialogue_modes", None, self)
        self.mode.setObjectName("mode")
        self.mode.setAccessibleName(self.tr("Mode of the session"))
        self.cards = CardGrid(self._deck, parent=self)
        self.cards.setAccessibleName(self.tr("Cards drawn"))
        self.cards_summary = hint_label("", self)
        self.rows = PriorityRows(self._deck, self)
        self.difficulties = self._text("difficulties", self.tr("Difficulties encountered"))
        self.added_value = self._text("added_value", self.tr("Added value experienced"))
        self.notes = self._text("notes", self.tr("Notes"))
        self.error = error_label(self)
        self.saved_message = hint_label("", self)
        self.save_button = push_button(self, "save_session", self.tr("S&ave session"), self.save)
        self.save_button.setToolTip(self.tr("Save the session (Ctrl+Enter)"))
        self.save_button.setDefault(True)
        # last in Tab order (the form is filled in order); F11 or its mnemonic reach it from anywhere
        self.conversation = ConversationEntry(self._services, self._situation_id, lambda: self._deck, self)
        self.conversation.recorded.connect(self._on_conversation_recorded)

    def _text(self, name: str, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(TEXT_HEIGHT)
        return edit

    def _build_layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(24)
        head.addWidget(buddy_label(self, self.tr("Da&y:"), self.date))
        head.addWidget(self.date)
        head.addSpacing(12)
        head.addWidget(buddy_label(self, self.tr("&Mode:"), self.mode))
        head.addWidget(self.mode)
        head.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._cards_column())
        splitter.addWidget(self._writing_column())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 460])  # three columns of cards at 1100 pixels
        layout = QVBoxLayout(self)
        layout.addWidget(buddy_label(self, self.tr("Past sessions"), self.sessions))
        layout.addLayout(self._sessions_row())
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.error, 1)
        save_row.addWidget(self.saved_message, 1)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)

    def _sessions_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.sessions, 1)
        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        return row

    def _cards_column(self) -> QWidget:
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(buddy_label(self, self.tr("&Cards drawn"), self.cards))
        layout.addWidget(self.conversation)
        layout.addWidget(self.cards_summary)
        layout.addWidget(self.cards, 1)
        return column

    def _writing_column(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(buddy_label(self, self.tr("Pr&iorities, in the person's words"), self.rows.texts[0]))
        layout.addWidget(
            hint_label(self.tr("Two or three are enough; saying it is already something."), page)
        )
        layout.addWidget(self.rows)
        for text, edit in (
            (self.tr("Di&fficulties encountered"), self.difficulties),
            (self.tr("Added val&ue experienced"), self.added_value),
            (self.tr("N&otes"), self.notes),
        ):
            layout.addWidget(buddy_label(self, text, edit))
            layout.addWidget(edit)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(page)
        return scroll

    def _connect(self) -> None:
        for keys in SAVE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self, self.save)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.sessions.itemActivated.connect(lambda _item: self.edit_selected())
        self.sessions.itemSelectionChanged.connect(self._update_buttons)
        self.cards.selection_changed.connect(self._on_cards_changed)
        self.mode.activated.connect(self._on_mode_chosen)

    # -- reading -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the sessions (and the deck, if another one was loaded meanwhile)."""
        deck = self._services.deck_settings.current_deck()
        if deck != self._deck:
            self._deck = deck
            self.cards.set_deck(deck)
            self.rows.set_deck(deck)
            self.conversation.refresh()
        self._sessions = list(reversed(self._services.dialogues.for_situation(self._situation_id)))
        self.sessions.setRowCount(len(self._sessions))
        for row, session in enumerate(self._sessions):
            self._fill_session_row(row, session)
        self._fit_sessions_height()
        self._update_buttons()

    def _fit_sessions_height(self) -> None:
        """Room for two to four sessions; more scroll."""
        rows = min(max(len(self._sessions), 2), 4)
        height = self.sessions.horizontalHeader().sizeHint().height() + 2 * self.sessions.frameWidth()
        self.sessions.setFixedHeight(height + rows * self.sessions.verticalHeader().defaultSectionSize())

    def _fill_session_row(self, row: int, session: DialogueSessionRead) -> None:
        cards = ", ".join(theme_label(self._deck, card_id, self.cards.lang) for card_id in session.cards)
        values = (
            format_date(session.held_on),
            label_of("dialogue_modes", session.mode),
            str(len(session.cards)),
            " · ".join(priority.text for priority in session.priorities) or "—",
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(SESSION_ROLE, session.id)
            item.setToolTip(cards if column == 2 and cards else value)
            self.sessions.setItem(row, column, item)

    def _update_buttons(self) -> None:
        chosen = bool(self.sessions.selectedItems())
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected_session_id(self) -> int | None:
        items = self.sessions.selectedItems()
        return items[0].data(SESSION_ROLE) if items else None

    # -- the form ----------------------------------------------------------------------------------------
    def new_session(self) -> None:
        """An empty form for a new session, dated today."""
        self._editing = None
        self._show(DialogueSessionData(held_on=clock.today()))
        self.title.setText(self.tr("New session"))
        self.save_button.setText(self.tr("S&ave session"))

    def edit_selected(self) -> None:
        session_id = self.selected_session_id()
        if session_id is not None:
            self.edit_session(session_id)

    def edit_session(self, session_id: int) -> None:
        """Load a past session into the form to correct it; its priorities stay in the Priorities tab."""
        self._editing = self._services.dialogues.get(session_id)
        self._show(self._editing)
        self.title.setText(fill(self.tr("Session of %1"), format_date(self._editing.held_on)))
        self.save_button.setText(self.tr("S&ave changes"))
        if self._editing.priorities:
            texts = " · ".join(priority.text for priority in self._editing.priorities)
            self.saved_message.setText(fill(self.tr("Already written: %1 (see the Priorities tab)."), texts))
        self.date.setFocus()

    def _show(self, data: DialogueSessionData) -> None:
        self.date.setDate(to_qdate(data.held_on or clock.today()))
        self.mode.set_current_id(data.mode)
        self._mode_chosen = data.cards != () or data.mode != "oral"
        self.cards.set_selected(data.cards)
        self._on_cards_changed(list(data.cards))
        self.rows.reset()
        self.difficulties.setPlainText(data.difficulties)
        self.added_value.setPlainText(data.added_value)
        self.notes.setPlainText(data.notes)
        self.error.hide()
        self.saved_message.clear()
        self._shown_state = self._state()

    def _on_conversation_recorded(self, session_id: int) -> None:
        """The referent reviews what the person chose: the session opens in the form."""
        self.refresh()
        self.edit_session(session_id)
        self.changed.emit()

    def _on_mode_chosen(self, _index: int) -> None:
        self._mode_chosen = True

    def _on_cards_changed(self, card_ids: list[str]) -> None:
        """Summary of the drawn cards; drawn cards come first in the theme lists; mode follows the cards."""
        self.rows.set_drawn(card_ids)
        if not self._mode_chosen:
            self.mode.set_current_id("cartes" if card_ids else "oral")
        if not card_ids:
            self.cards_summary.setText(
                self.tr("No card drawn. Arrows move, Space draws or puts back a card.")
            )
            return
        labels = ", ".join(theme_label(self._deck, card_id, self.cards.lang) for card_id in card_ids)
        self.cards_summary.setText(fill(self.tr("Drawn (%1): %2"), len(card_ids), labels))

    def _state(self) -> tuple:
        texts = (self.difficulties, self.added_value, self.notes)
        return (
            self.date.date(),
            self.mode.current_id(),
            tuple(self.cards.selected()),
            self.rows.state(),
            *(edit.toPlainText() for edit in texts),
        )

    def is_dirty(self) -> bool:
        """True when the form holds something not yet saved."""
        return self._state() != self._shown_state

    def form_data(self) -> DialogueSessionData:
        return DialogueSessionData(
            held_on=to_date(self.date.date()),
            mode=self.mode.current_id(),
            cards=tuple(self.cards.selected()),
            difficulties=self.difficulties.toPlainText(),
            added_value=self.added_value.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    # -- saving ------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Record the new session (or the corrections); on a refusal, say why next to the form."""
        self.error.hide()
        self.rows.error.hide()
        try:
            priorities = self.rows.entries()
            saved = self._write(self.form_data(), priorities)
        except ValidationError as error:
            self._show_error(error)
            return False
        except CodedError as error:  # gone meanwhile, or the register could not write
            self.error.setText(error_text(error))
            self.error.show()
            return False
        self.refresh()
        self.new_session()
        self.saved_message.setText(
            fill(
                self.tr("Session of %1 saved. Priorities written: %2."),
                format_date(saved.held_on),
                len(priorities),
            )
        )
        self.changed.emit()
        return True

    def _write(self, data: DialogueSessionData, priorities) -> DialogueSessionRead:
        """Through the register's runner: in order with every other write, every open view told."""
        editing, situation_id = self._editing, self._situation_id

        def write(services: Services) -> DialogueSessionRead:
            if editing is None:
                return services.dialogues.record(situation_id, data, priorities)
            return services.dialogues.update(editing.id, data, priorities)

        return runner_for(self._services).call(
            write, source=self,
            changes=lambda saved: ChangeSet.of(dialogue_sessions=[saved.id]) | ChangeSet.all_of("priorities"))

    def _show_error(self, error: ValidationError) -> None:
        if error.field == "priorities" or error.field.startswith("priority_"):
            self.rows.error.setText(error_text(error))
            self.rows.error.show()
            number = int(error.field.rsplit("_", 1)[1]) if error.field[-1].isdigit() else 1
            self.rows.texts[number - 1].setFocus()
            return
        self.error.setText(error_text(error))
        self.error.show()
        focus = {"held_on": self.date, "mode": self.mode}.get(error.field, self.difficulties)
        focus.setFocus()

    def delete_selected(self) -> None:
        """Delete the selected session after confirmation; its priorities stay."""
        session_id = self.selected_session_id()
        if session_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the session"),
            self.tr("Delete this dialogue session? The priorities written during it are kept."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        changes = ChangeSet.of(dialogue_sessions=[session_id]) | ChangeSet.all_of("priorities")
        try:
            runner_for(self._services).call(lambda s: s.dialogues.delete(session_id), changes=changes,
                                            source=self)
        except NotFoundError:
            pass  # already gone: the refresh below shows it
        except CodedError as error:
            QMessageBox.warning(self, self.tr("Delete the session"), error_text(error))
            return
        if self._editing is not None and self._editing.id == session_id:
            self.new_session()
        self.refresh()
        self.changed.emit()
