"""The priorities of one situation: ranked, in the person's words, each with a theme card and a dated status.

Every action is saved at once (reorder, words, theme, status change, add, delete). More than three active
priorities bring a calm banner (the guidance is two or three), never a dialog. A theme the current deck does
not know shows as "Unknown theme (id)" and is kept. Below, the strip chart of the statuses over time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from app import clock
from app.changes import ChangeSet, merge_states
from app.errors import CodedError
from app.priorities import ACTIVE_LIMIT, PriorityRead
from app.services import Services
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.operations import runner_for, subscribe
from ui.common.vocab_widgets import (
    format_date,
    label_of,
)
from ui.common.widget_helpers import select_row_with_id
from ui.dialogue.card_grid import theme_label
from ui.dialogue.priorities_layout import COLUMNS, PrioritiesLayout
from ui.dialogue.priority_chart import STATUS_ROLE, Lane, status_icon
from ui.dialogue.priority_status import StatusDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class PrioritiesPanel(PrioritiesLayout, QWidget):
    """Ranked priorities of one situation, the selected one's words, theme and history, and the chart."""

    changed = Signal()

    def __init__(self, services: Services, situation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._situation_id = services, situation_id
        self._deck = services.deck_settings.current_deck()
        self._priorities: list[PriorityRead] = []
        self._shown: PriorityRead | None = None  # the priority whose words and notes are in the fields
        self.status_dialog: StatusDialog | None = None
        self._build_widgets()
        self._build_layout()
        self._connect()
        self.refresh()
        subscribe(self, services, ("priorities", "dialogue_sessions"), self._take_changes_made_elsewhere,
                  own=False)

    def _take_changes_made_elsewhere(self) -> None:
        """Read the priorities again; words or notes being typed stay unless the same field changed
        elsewhere too, and then the referent chooses."""
        shown = self._shown
        mine = {"text": self.words.text(), "notes": self.notes.toPlainText()}
        self._shown = None  # nothing is saved on the way: the typed text is merged below
        self.refresh()
        stored = self.selected()
        if shown is None or stored is None or stored.id != shown.id:
            return
        merged, conflicts = merge_states({"text": shown.text, "notes": shown.notes}, mine,
                                         {"text": stored.text, "notes": stored.notes})
        if conflicts and not self.ask_keep_mine():
            merged.update({"text": stored.text, "notes": stored.notes})
        self.words.setText(merged["text"])
        self.notes.setPlainText(merged["notes"])

    def ask_keep_mine(self) -> bool:
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, self.tr("Changed elsewhere"), self.tr(
            "This priority was changed elsewhere while you were editing it. Keep your version? (No takes "
            "the other version.)"), buttons.Yes | buttons.No, buttons.Yes)
        return answer == buttons.Yes

    # -- building ----------------------------------------------------------------------------------------
    # -- reading -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the priorities, the banner and the chart; the selection follows the priority."""
        self._save_pending_edits()
        selected = self.selected_id()
        self._deck = self._services.deck_settings.current_deck()
        for combo in (self.theme, self.new_theme):
            combo.set_deck(self._deck)
        self._priorities = self._services.priorities.for_situation(self._situation_id)
        self.table.setRowCount(len(self._priorities))
        for row, priority in enumerate(self._priorities):
            self._fill_row(row, priority)
        self._show_banner()
        self._show_chart()
        self.select(selected if selected is not None else self._first_id())

    def _fill_row(self, row: int, priority: PriorityRead) -> None:
        since = priority.history[-1].changed_on if priority.history else priority.raised_on
        values = (
            str(priority.rank),
            priority.text,
            self._theme_text(priority.theme),
            label_of("priority_statuses", priority.status),
            format_date(since),
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(ID_ROLE, priority.id)
            item.setToolTip(value)
            self.table.setItem(row, column, item)
        self.table.item(row, COLUMNS.index("status")).setData(STATUS_ROLE, priority.status)

    def _theme_text(self, theme: str | None) -> str:
        return theme_label(self._deck, theme, self.theme.lang)

    def _show_banner(self) -> None:
        if not self._services.priorities.too_many_active(self._situation_id, ACTIVE_LIMIT):
            self.banner.hide()
            return
        active = sum(priority.active for priority in self._priorities)
        self.banner_text.setText(
            fill(
                self.tr(
                    "%1 priorities are active. The guide advises staying with 2 or 3 priorities: perhaps "
                    "one of them can be set as “parked” (at least it has been said; the person can come back "
                    "to it)."
                ),
                active,
            )
        )
        self.banner.setAccessibleName(self.banner_text.text())
        self.banner.show()

    def _show_chart(self) -> None:
        texts = {priority.id: f"{priority.rank}. {priority.text}" for priority in self._priorities}
        timeline = self._services.priorities.status_timeline(self._situation_id)
        self.chart.set_lanes([Lane(texts[pid], tuple(steps)) for pid, steps in timeline], clock.today())

    def _first_id(self) -> int | None:
        return self._priorities[0].id if self._priorities else None

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def selected(self) -> PriorityRead | None:
        return next((p for p in self._priorities if p.id == self.selected_id()), None)

    def select(self, priority_id: int | None) -> None:
        select_row_with_id(self.table, (p.id for p in self._priorities), priority_id)
        self._show_selected()

    def _show_selected(self) -> None:
        self._save_pending_edits()
        priority = self.selected()
        self._shown = priority
        for widget in (
            self.up_button,
            self.down_button,
            self.status_button,
            self.delete_button,
            self.words,
            self.save_words_button,
            self.theme,
            self.notes,
            self.save_notes_button,
        ):
            widget.setEnabled(priority is not None)
        self.words_error.hide()
        self.timeline.clear()
        if priority is None:
            self.words.clear()
            self.notes.clear()
            self.theme.set_theme(None)
            return
        self.notes.setPlainText(priority.notes)
        self.up_button.setEnabled(self._priorities[0].id != priority.id)
        self.down_button.setEnabled(self._priorities[-1].id != priority.id)
        self.words.setText(priority.text)
        self.theme.set_theme(priority.theme)
        for change in priority.history:
            self.timeline.addItem(self._timeline_item(change.changed_on, change.status, change.note))

    def _timeline_item(self, day: date, status: str, note: str) -> QListWidgetItem:
        text = f"{format_date(day)} — {label_of('priority_statuses', status)}"
        item = QListWidgetItem(status_icon(status), text + (f"\n      « {note} »" if note else ""))
        item.setData(STATUS_ROLE, status)
        return item

    def timeline_texts(self) -> list[str]:
        return [self.timeline.item(row).text() for row in range(self.timeline.count())]

    # -- writing -----------------------------------------------------------------------------------------
    def _write(self, action: Callable[[Services], object], changes: ChangeSet | None = None) -> object:
        """One write through the register's runner (in order with every other write, change notice to
        every open view); raises its typed error, for the caller to say at the right place."""
        return runner_for(self._services).call(action, changes=changes or ChangeSet.all_of("priorities"),
                                               source=self)

    def _apply(self, action: Callable[[Services], object], error_label_widget: QLabel | None = None) -> bool:
        """Run one write; refresh on success, show the refusal (typed, translated) inline otherwise."""
        try:
            self._write(action)
        except CodedError as error:
            if error_label_widget is None:
                QMessageBox.warning(self, self.tr("Priorities"), error_text(error))
            else:
                error_label_widget.setText(error_text(error))
                error_label_widget.show()
            return False
        self._shown = None  # the fields hold what was just saved
        self.refresh()
        self.changed.emit()
        return True

    def move_selected(self, delta: int) -> None:
        ids = [priority.id for priority in self._priorities]
        chosen = self.selected_id()
        if chosen is None or not 0 <= ids.index(chosen) + delta < len(ids):
            return
        index = ids.index(chosen)
        ids[index], ids[index + delta] = ids[index + delta], ids[index]
        self._apply(lambda s: s.priorities.reorder(self._situation_id, ids))

    def save_words(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            words = self.words.text()
            self._apply(lambda s: s.priorities.edit_text(chosen, words), self.words_error)

    def save_notes(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            notes = self.notes.toPlainText()
            self._apply(lambda s: s.priorities.set_notes(chosen, notes), self.words_error)

    def _save_pending_edits(self) -> None:
        """Words or notes typed for the priority shown before are saved when another one is selected, so
        nothing typed is lost silently (a refused text is said in a message)."""
        shown, self._shown = self._shown, None
        if shown is None or not any(p.id == shown.id for p in self._priorities):
            return
        words, notes = self.words.text(), self.notes.toPlainText()
        new_words, new_notes = bool(words.strip()) and words != shown.text, notes != shown.notes
        if not (new_words or new_notes):
            return

        def write(services: Services) -> None:
            if new_words:
                services.priorities.edit_text(shown.id, words)
            if new_notes:
                services.priorities.set_notes(shown.id, notes)

        try:
            self._write(write, ChangeSet.of(priorities=[shown.id]))
        except CodedError as error:
            QMessageBox.warning(self, self.tr("Priorities"), error_text(error))
            return
        self._priorities = self._services.priorities.for_situation(self._situation_id)
        self.changed.emit()

    def save_theme(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            theme = self.theme.current_theme()
            self._apply(lambda s: s.priorities.set_theme(chosen, theme), self.words_error)

    def add_priority(self) -> None:
        self.add_error.hide()

        words, theme = self.new_words.text(), self.new_theme.current_theme()

        def add(services: Services) -> None:
            services.priorities.add(self._situation_id, words, theme)

        if self._apply(add, self.add_error):
            self.new_words.clear()
            self.new_theme.set_theme(None)
            self.select(self._priorities[-1].id)

    def change_status(self) -> None:
        """Open the status dialog (window-modal, not blocking); the change is saved when it is accepted."""
        priority = self.selected()
        if priority is None:
            return

        def submit(status: str, day: date, note: str) -> None:
            self._write(lambda s: s.priorities.change_status(priority.id, status, day, note),
                        ChangeSet.of(priorities=[priority.id]))

        self.status_dialog = StatusDialog(priority, submit, self)
        self.status_dialog.accepted.connect(self._after_status_change)
        self.status_dialog.open()

    def _after_status_change(self) -> None:
        self.refresh()
        self.changed.emit()

    def delete_selected(self) -> None:
        priority = self.selected()
        if priority is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the priority"),
            fill(self.tr("Delete “%1” and the history of its statuses?"), priority.text),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(lambda s: s.priorities.delete(priority.id))
