"""The priorities of one situation: ranked, in the person's words, each with a theme card and a dated status.

Every action is saved at once (reorder, words, theme, status change, add, delete). More than three active
priorities bring a calm banner (the guidance is two or three), never a dialog. A theme the current deck does
not know shows as "Unknown theme (id)" and is kept. Below, the strip chart of the statuses over time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.changes import ChangeSet, merge_states
from app.errors import NotFoundError, ValidationError
from app.priorities import ACTIVE_LIMIT, PriorityRead
from app.services import Services
from ui.common.i18n import fill
from ui.common.operations import announce, subscribe
from ui.common.vocab_widgets import (
    error_label,
    format_date,
    label_of,
)
from ui.common.widget_helpers import buddy_label, push_button, select_row_with_id
from ui.dialogue.card_grid import ThemeCombo, theme_label
from ui.dialogue.priority_chart import STATUS_ROLE, Lane, StatusBadgeDelegate, StatusStripChart, status_icon
from ui.dialogue.priority_status import StatusDialog

ID_ROLE = Qt.ItemDataRole.UserRole
BANNER_STYLE = "background: #eaf2f8; border: 1px solid #b6cfe0; border-radius: 6px;"
COLUMNS = ("rank", "text", "theme", "status", "since")


class PrioritiesPanel(QWidget):
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
    def _build_widgets(self) -> None:
        """Created in Tab order: the list and its buttons, the new priority, then the selected one."""
        self._build_banner()
        self._build_table()
        self.up_button = push_button(self, "move_up", self.tr("Move &up"), lambda: self.move_selected(-1))
        self.down_button = push_button(
            self, "move_down", self.tr("Move do&wn"), lambda: self.move_selected(1)
        )
        self.status_button = push_button(
            self, "change_status", self.tr("Change the s&tatus…"), self.change_status
        )
        self.delete_button = push_button(self, "delete_priority", self.tr("De&lete…"), self.delete_selected)
        self.new_words = QLineEdit(self)
        self.new_words.setObjectName("new_words")
        self.new_words.setPlaceholderText(self.tr("A new priority, in the person's words…"))
        self.new_theme = ThemeCombo(self._deck, parent=self)
        self.new_theme.setObjectName("new_theme")
        self.new_theme.setAccessibleName(self.tr("Theme of the new priority"))
        self.add_button = push_button(self, "add_priority", self.tr("&Add"), self.add_priority)
        self.add_error = error_label(self)
        self.words = QLineEdit(self)
        self.words.setObjectName("words")
        self.save_words_button = push_button(self, "save_words", self.tr("Sa&ve the words"), self.save_words)
        self.theme = ThemeCombo(self._deck, parent=self)
        self.theme.setObjectName("theme")
        self.words_error = error_label(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Your notes on this priority (what was tried, who to call…)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.save_notes_button = push_button(self, "save_notes", self.tr("Save the note&s"), self.save_notes)
        self.timeline = QListWidget(self)
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.chart = StatusStripChart(self)

    def _build_banner(self) -> None:
        self.banner = QFrame(self)
        self.banner.setObjectName("too_many_banner")
        self.banner.setStyleSheet(f"QFrame#too_many_banner {{ {BANNER_STYLE} }}")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_text.setStyleSheet("color: #1d3f57;")
        icon = QLabel(self.banner)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(22, 22)
        )
        row = QHBoxLayout(self.banner)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.banner_text, 1)
        self.banner.hide()

    def _build_table(self) -> None:
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("priorities")
        self.table.setAccessibleName(self.tr("Priorities, by rank"))
        self.table.setHorizontalHeaderLabels(
            ["#", self.tr("In the person's words"), self.tr("Theme"), self.tr("Status"), self.tr("Since")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(COLUMNS.index("status"), StatusBadgeDelegate(self.table))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Interactive,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(COLUMNS.index("theme"), 170)

    def _labelled(self, text: str, buddy: QWidget, bold: bool = True) -> QLabel:
        buddy.setAccessibleName(text.replace("&", "").rstrip(" :"))
        return buddy_label(self, text, buddy, bold=bold)

    def _build_layout(self) -> None:
        columns = QHBoxLayout()
        columns.addLayout(self._list_column(), 3)
        columns.addLayout(self._detail_column(), 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addWidget(self._labelled(self.tr("Statuses over time"), self.chart))
        layout.addWidget(self.chart)

    def _list_column(self) -> QVBoxLayout:
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.status_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        adding = QHBoxLayout()
        adding.addWidget(self._labelled(self.tr("&New:"), self.new_words, bold=False))
        adding.addWidget(self.new_words, 3)
        adding.addWidget(self.new_theme, 2)
        adding.addWidget(self.add_button)
        column = QVBoxLayout()
        column.addWidget(self._labelled(self.tr("&Priorities, by rank"), self.table))
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column.addLayout(adding)
        column.addWidget(self.add_error)
        return column

    def _detail_column(self) -> QVBoxLayout:
        grid = QGridLayout()
        grid.addWidget(self._labelled(self.tr("&Words:"), self.words, bold=False), 0, 0)
        grid.addWidget(self.words, 0, 1)
        grid.addWidget(self.save_words_button, 0, 2)
        grid.addWidget(self.words_error, 1, 1, 1, 2)
        grid.addWidget(self._labelled(self.tr("T&heme:"), self.theme, bold=False), 2, 0)
        grid.addWidget(self.theme, 2, 1, 1, 2)
        grid.addWidget(self._labelled(self.tr("N&otes:"), self.notes, bold=False), 3, 0,
                       Qt.AlignmentFlag.AlignTop)  # fmt: skip
        grid.addWidget(self.notes, 3, 1)
        grid.addWidget(self.save_notes_button, 3, 2, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("Selected priority"), self, styleSheet="font-weight: bold;"))
        column.addLayout(grid)
        column.addWidget(self._labelled(self.tr("H&istory of its statuses"), self.timeline))
        column.addWidget(self.timeline, 1)
        return column

    def _connect(self) -> None:
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.words.returnPressed.connect(self.save_words)
        self.theme.activated.connect(lambda _index: self.save_theme())
        self.new_words.returnPressed.connect(self.add_priority)
        for keys, slot in (
            ("Ctrl+Up", lambda: self.move_selected(-1)),
            ("Ctrl+Down", lambda: self.move_selected(1)),
            ("Ctrl+E", self.change_status),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_selected)
        self.table.itemActivated.connect(lambda _item: self.change_status())

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
    def _apply(self, action: Callable[[], object], error_label_widget: QLabel | None = None) -> bool:
        """Run one service call; refresh and announce on success, show the refusal inline otherwise."""
        try:
            action()
        except (ValidationError, NotFoundError) as error:
            if error_label_widget is None:
                QMessageBox.warning(self, self.tr("Priorities"), str(error))
            else:
                error_label_widget.setText(str(error))
                error_label_widget.show()
            return False
        self._shown = None  # the fields hold what was just saved
        self.refresh()
        announce(self._services, ChangeSet.all_of("priorities"), self)
        self.changed.emit()
        return True

    def move_selected(self, delta: int) -> None:
        ids = [priority.id for priority in self._priorities]
        chosen = self.selected_id()
        if chosen is None or not 0 <= ids.index(chosen) + delta < len(ids):
            return
        index = ids.index(chosen)
        ids[index], ids[index + delta] = ids[index + delta], ids[index]
        self._apply(lambda: self._services.priorities.reorder(self._situation_id, ids))

    def save_words(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self._apply(
                lambda: self._services.priorities.edit_text(chosen, self.words.text()), self.words_error
            )

    def save_notes(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            notes = self.notes.toPlainText()
            self._apply(lambda: self._services.priorities.set_notes(chosen, notes), self.words_error)

    def _save_pending_edits(self) -> None:
        """Words or notes typed for the priority shown before are saved when another one is selected, so
        nothing typed is lost silently (a refused text is said in a message)."""
        shown, self._shown = self._shown, None
        if shown is None or not any(p.id == shown.id for p in self._priorities):
            return
        words, notes = self.words.text(), self.notes.toPlainText()
        try:
            if words.strip() and words != shown.text:
                self._services.priorities.edit_text(shown.id, words)
            if notes != shown.notes:
                self._services.priorities.set_notes(shown.id, notes)
        except (ValidationError, NotFoundError) as error:
            QMessageBox.warning(self, self.tr("Priorities"), str(error))
            return
        if (words.strip() and words != shown.text) or notes != shown.notes:
            self._priorities = self._services.priorities.for_situation(self._situation_id)
            announce(self._services, ChangeSet.of(priorities=[shown.id]), self)
            self.changed.emit()

    def save_theme(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self._apply(
                lambda: self._services.priorities.set_theme(chosen, self.theme.current_theme()),
                self.words_error,
            )

    def add_priority(self) -> None:
        self.add_error.hide()

        def add() -> None:
            self._services.priorities.add(
                self._situation_id, self.new_words.text(), self.new_theme.current_theme()
            )

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
            self._services.priorities.change_status(priority.id, status, day, note)

        self.status_dialog = StatusDialog(priority, submit, self)
        self.status_dialog.accepted.connect(self._after_status_change)
        self.status_dialog.open()

    def _after_status_change(self) -> None:
        self.refresh()
        announce(self._services, ChangeSet.all_of("priorities"), self)
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
            self._apply(lambda: self._services.priorities.delete(priority.id))
