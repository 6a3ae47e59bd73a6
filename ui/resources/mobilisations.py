"""The Mobilisations tab of a situation: the resources mobilised, their dated statuses, and who carries what.

Each action is saved at once (add, edit, status change, delete), like the priorities. "Who carries what"
counts the mobilisations per who mobilises them: the referent's own share against what the person, their
relatives and other professionals carry ("faire ou faire-faire", seed 003: the referent is often "la
ressource mobilisée et mobilisatrice d'autres ressources").
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import ChangeSet
from app.errors import NotFoundError
from app.mobilisations import MobilisationRead, MobilisationStatusRead
from app.services import Services
from ui.common.i18n import fill, shown_duration
from ui.common.operations import announce, subscribe
from ui.common.vocab_widgets import format_date, hint_label, label_of
from ui.common.widget_helpers import buddy_label, push_button, select_row_with_id
from ui.resources.mobilisation_dialogs import MobilisationDialog, MobilisationStatusDialog

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("resource", "who", "status", "since", "priority", "minutes")
GROUP_COLUMNS = ("en_cours", "en_place", "penurie", "sans_suite", "total")
REFERENT = "rp"


def ask(parent: QWidget, title: str, text: str) -> bool:
    """One place for the confirmation (tests answer it)."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


def history_line(change: MobilisationStatusRead) -> str:
    """ "12/03/2026 — Waiting list (Service full) « note »": one line of a mobilisation's history."""
    text = f"{format_date(change.changed_on)} — {label_of('mobilisation_statuses', change.status)}"
    if change.reason:
        text += f" ({label_of('failure_reasons', change.reason)})"
    return text + (f" « {change.note} »" if change.note else "")


class MobilisationTab(QWidget):
    """The situation's mobilisations, the selected one's history, and who carries what."""

    changed = Signal()

    def __init__(self, services: Services, situation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._situation_id = services, situation_id
        self._mobilisations: list[MobilisationRead] = []
        self.mobilisation_dialog: MobilisationDialog | None = None
        self.status_dialog: MobilisationStatusDialog | None = None
        self._build_widgets()
        self._build_layout()
        self._connect()
        self.refresh()
        subscribe(self, services, ("mobilisations", "priorities", "dialogue_sessions", "time_entries",
                                   "resources"), self._refresh_keeping_selection)

    def _refresh_keeping_selection(self) -> None:
        """A change made elsewhere (a priority, logged time…): read again, on the same line."""
        selected = self.selected_id()
        self.refresh()
        if selected is not None:
            self.select(selected)

    # -- building ----------------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        """Created in Tab order: the table, its buttons, the history, then who carries what."""
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("mobilisations")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Resource"),
                self.tr("Who mobilises"),
                self.tr("Status"),
                self.tr("Since"),
                self.tr("For the priority"),
                self.tr("Time"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((0, 150, 150, 85, 170, 60)):
            if width:
                header.resizeSection(column, width)
        self.add_button = push_button(
            self, "add_mobilisation", self.tr("&Add a mobilisation…"), self.add_mobilisation
        )
        self.edit_button = push_button(self, "edit_mobilisation", self.tr("&Edit…"), self.edit_selected)
        self.status_button = push_button(
            self, "change_status", self.tr("Change the stat&us…"), self.change_status
        )
        self.delete_button = push_button(
            self, "delete_mobilisation", self.tr("De&lete…"), self.delete_selected
        )
        self.log_button = push_button(self, "log_mobilisation_time", self.tr("Lo&g time…"), self.log_time)
        self.log_button.setToolTip(self.tr("Time spent on this mobilisation: calls, mails, paperwork…"))
        self.history = QListWidget(self)
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.history.setSpacing(3)
        self.carried = QTableWidget(0, len(GROUP_COLUMNS) + 2, self)
        self.carried.setObjectName("who_carries_what")
        self.carried.setHorizontalHeaderLabels(
            [
                self.tr("Who mobilises"),
                self.tr("In progress"),
                self.tr("In place"),
                self.tr("Shortage"),
                self.tr("No follow-up"),
                self.tr("Total"),
                self.tr("Share"),
            ]
        )
        self.carried.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.carried.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.carried.setTabKeyNavigation(False)
        self.carried.verticalHeader().hide()
        carried_header = self.carried.horizontalHeader()
        carried_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        carried_header.setSectionResizeMode(len(GROUP_COLUMNS) + 1, QHeaderView.ResizeMode.Stretch)
        self.carried_summary = QLabel(self)
        self.carried_summary.setObjectName("carried_summary")
        self.carried_summary.setWordWrap(True)

    def _labelled(self, text: str, buddy: QWidget) -> QLabel:
        buddy.setAccessibleName(text.replace("&", ""))
        return buddy_label(self, text, buddy)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.status_button, self.log_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self._labelled(self.tr("&Mobilised resources"), self.table))
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        history_label = self._labelled(self.tr("H&istory of its statuses"), self.history)
        history_label.setWordWrap(True)  # on two lines in a narrow window (853 pixels at 150 %)
        right.addWidget(history_label)
        right.addWidget(self.history, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 3)
        layout.addWidget(
            self._labelled(self.tr("Who &carries what: doing, or getting it done"), self.carried)
        )
        layout.addWidget(self.carried_summary)
        layout.addWidget(self.carried)
        layout.addWidget(hint_label(self.tr("Each action is saved at once."), self))

    def _connect(self) -> None:
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.itemActivated.connect(lambda _item: self.change_status())
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_selected)
        shortcut = QShortcut(QKeySequence("Ctrl+E"), self, self.change_status)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- reading -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the mobilisations and who carries what; the selection follows the mobilisation."""
        selected = self.selected_id()
        self._mobilisations = self._services.mobilisations.for_situation(self._situation_id)
        self.table.setRowCount(len(self._mobilisations))
        for row, mobilisation in enumerate(self._mobilisations):
            self._fill_row(row, mobilisation)
        self._show_carried()
        self.select(selected if selected is not None else self._last_id())

    def _fill_row(self, row: int, mobilisation: MobilisationRead) -> None:
        since = mobilisation.history[-1].changed_on if mobilisation.history else mobilisation.started_on
        status = label_of("mobilisation_statuses", mobilisation.status)
        if mobilisation.reason:
            status += f" ({label_of('failure_reasons', mobilisation.reason)})"
        resource = mobilisation.resource_label
        values = (
            resource,
            label_of("who_mobilises", mobilisation.who_mobilises),
            status,
            format_date(since),
            mobilisation.priority_text,
            shown_duration(mobilisation.minutes) if mobilisation.minutes else "",
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(ID_ROLE, mobilisation.id)
            item.setToolTip(value)
            self.table.setItem(row, column, item)
        if not mobilisation.in_directory:
            self.table.item(row, 0).setToolTip(fill(self.tr("%1 (not in the directory)"), resource))

    def _show_carried(self) -> None:
        carried = self._services.mobilisations.who_carries_what(self._situation_id)
        total = sum(counts["total"] for counts in carried.values())
        self.carried.setRowCount(len(carried))
        for row, (who, counts) in enumerate(carried.items()):
            cells = [label_of("who_mobilises", who)] + [str(counts[group]) for group in GROUP_COLUMNS]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if who == REFERENT:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.carried.setItem(row, column, item)
            self.carried.setCellWidget(row, len(cells), self._share_bar(counts["total"], total))
        self.carried_summary.setText(self._carried_text(carried, total))
        self._fit_carried()

    def _fit_carried(self) -> None:
        """As tall as its rows (a handful at most): the room goes to the list of mobilisations."""
        rows = self.carried.rowCount()
        height = self.carried.horizontalHeader().sizeHint().height() + 2 * self.carried.frameWidth()
        height += sum(self.carried.rowHeight(row) for row in range(rows)) if rows else 0
        self.carried.setFixedHeight(height + 2)

    def _share_bar(self, count: int, total: int) -> QProgressBar:
        bar = QProgressBar(self.carried)
        bar.setRange(0, max(total, 1))
        bar.setValue(count)
        bar.setFormat("%p %")
        # One text colour on both sides of the chunk's edge (the style paints the part over the chunk in
        # another colour: at 50 % "50" and "%" looked like two texts); a light chunk keeps it readable.
        palette = bar.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#9cc3e6"))
        palette.setColor(QPalette.ColorRole.HighlightedText, palette.color(QPalette.ColorRole.Text))
        bar.setPalette(palette)
        bar.setAccessibleName(fill(self.tr("%1 of %2"), count, total))
        bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return bar

    def _carried_text(self, carried: dict[str, dict[str, int]], total: int) -> str:
        if not total:
            return self.tr("No mobilisation yet.")
        yours = carried.get(REFERENT, {}).get("total", 0)
        return fill(
            self.tr(
                "You carry %1 of the %2 mobilisations yourself (%3 %); the person, their relatives or "
                "other professionals carry %4."
            ),
            yours,
            total,
            round(100 * yours / total),
            total - yours,
        )

    def carried_rows(self) -> list[list[str]]:
        """The "who carries what" table as text (the share bar as its percentage)."""
        columns = len(GROUP_COLUMNS) + 1
        return [
            [self.carried.item(row, column).text() for column in range(columns)]
            + [self.carried.cellWidget(row, columns).text()]
            for row in range(self.carried.rowCount())
        ]

    def _last_id(self) -> int | None:
        return self._mobilisations[-1].id if self._mobilisations else None

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def selected(self) -> MobilisationRead | None:
        return next((m for m in self._mobilisations if m.id == self.selected_id()), None)

    def mobilisations(self) -> list[MobilisationRead]:
        return list(self._mobilisations)

    def select(self, mobilisation_id: int | None) -> None:
        select_row_with_id(self.table, (m.id for m in self._mobilisations), mobilisation_id)
        self._show_selected()

    def _show_selected(self) -> None:
        mobilisation = self.selected()
        for button in (self.edit_button, self.status_button, self.log_button, self.delete_button):
            button.setEnabled(mobilisation is not None)
        self.history.clear()
        if mobilisation is not None:
            for change in mobilisation.history:
                self.history.addItem(history_line(change))

    def history_texts(self) -> list[str]:
        return [self.history.item(row).text() for row in range(self.history.count())]

    # -- writing -----------------------------------------------------------------------------------------
    def add_mobilisation(self) -> None:
        self.mobilisation_dialog = MobilisationDialog(self._services, self._situation_id, None, self)
        self.mobilisation_dialog.accepted.connect(lambda d=self.mobilisation_dialog: self._after_dialog(d))
        self.mobilisation_dialog.open()

    def edit_selected(self) -> None:
        mobilisation = self.selected()
        if mobilisation is None:
            return
        self.mobilisation_dialog = MobilisationDialog(self._services, self._situation_id, mobilisation, self)
        self.mobilisation_dialog.accepted.connect(lambda d=self.mobilisation_dialog: self._after_dialog(d))
        self.mobilisation_dialog.open()

    def change_status(self) -> None:
        mobilisation = self.selected()
        if mobilisation is None:
            return
        self.status_dialog = MobilisationStatusDialog(self._services, mobilisation, self)
        self.status_dialog.accepted.connect(lambda d=self.status_dialog: self._after_dialog(d))
        self.status_dialog.open()

    def log_time(self) -> None:
        """The quick log, every line tied to the selected mobilisation (the invisible work it costs)."""
        from ui.time.quick_log import QuickLogDialog

        mobilisation = self.selected()
        if mobilisation is None:
            return
        self.log_dialog = QuickLogDialog(self._services, self._situation_id, self, mobilisation=mobilisation)
        chosen = mobilisation.id
        self.log_dialog.saved.connect(lambda _entries: self._after_time_logged(chosen))
        self.log_dialog.open()

    def _after_time_logged(self, mobilisation_id: int) -> None:
        self.select(mobilisation_id)  # the list was read again on the quick log's change notice
        self.changed.emit()

    def _after_dialog(self, dialog: MobilisationDialog | MobilisationStatusDialog) -> None:
        saved = dialog.saved
        if saved is not None:  # a new directory entry may have been saved with it
            announce(self._services, ChangeSet.of(mobilisations=[saved.id]) | ChangeSet.all_of("resources"),
                     self)
            self.select(saved.id)
        self.changed.emit()

    def delete_selected(self) -> None:
        mobilisation = self.selected()
        if mobilisation is None:
            return
        text = fill(
            self.tr("Delete the mobilisation of “%1” and the history of its statuses?"),
            mobilisation.resource_label,
        )
        if mobilisation.minutes:
            text += "\n" + self.tr("The time spent on it stays in your time entries.")
        if not ask(self, self.tr("Delete the mobilisation"), text):
            return
        with contextlib.suppress(NotFoundError):  # already gone: the result is the same
            self._services.mobilisations.delete(mobilisation.id)
        announce(self._services, ChangeSet.of(mobilisations=[mobilisation.id]), self)
        self.changed.emit()
