"""Time lists: the time spent on one situation, or across the register for a date range, with totals.

Lines can be edited (Enter) or deleted (Delete, after a confirmation). Entries without a situation (CdP,
training) appear in the register-wide list; an entry tied to a mobilisation names what was mobilised.
A register-wide list shows at most the `LIMIT` most recent lines; its totals always cover the whole range.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.changes import ChangeSet
from app.errors import CodedError
from app.invisible_work import percent
from app.services import Services
from app.time_entries import NOTE_MAX, TimeEntryData, TimeEntryRead, TimeList, TimeTotals
from ui.common.errors import error_text
from ui.common.i18n import fill, shown_duration
from ui.common.operations import announce, runner_for, subscribe
from ui.common.vocab_widgets import date_edit, error_label, format_date, hint_label, to_date, to_qdate
from ui.common.widget_helpers import push_button
from ui.time.quick_log import QuickLogDialog
from ui.time.quick_log_rows import DurationEdit, SituationPicker, TaskCombo, duration_problem, task_label

LIMIT = 2000
Index = QModelIndex | QPersistentModelIndex


class TimeEntriesModel(QAbstractTableModel):
    COLUMNS = 7  # date, duration, task, kind, situation, mobilisation, note
    SITUATION, MOBILISATION = 4, 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[TimeEntryRead] = []
        self._mobilisations: dict[int, str] = {}

    def set_entries(self, entries: list[TimeEntryRead], mobilisations: dict[int, str]) -> None:
        self.beginResetModel()
        self._entries, self._mobilisations = list(entries), dict(mobilisations)
        self.endResetModel()

    def entry(self, row: int) -> TimeEntryRead:
        return self._entries[row]

    def entries(self) -> list[TimeEntryRead]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Date"), self.tr("Duration"), self.tr("Task"), self.tr("Kind"),
                   self.tr("Situation"), self.tr("Mobilisation"), self.tr("Note"))
        return headers[section] if 0 <= section < self.COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(entry, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, entry: TimeEntryRead, column: int) -> str:
        kind = self.tr("Invisible work") if entry.invisible else self.tr("With the person")
        situation = entry.situation_code or self.tr("— none —")
        mobilisation = self._mobilisations.get(entry.mobilisation_id, "") if entry.mobilisation_id else ""
        return (format_date(entry.worked_on), shown_duration(entry.minutes), task_label(entry.task), kind,
                situation, mobilisation, entry.note)[column]


def totals_text(totals: TimeTotals) -> str:
    """"Total 2 h 10 · with the person 1 h · invisible work 1 h 10 (54 %)"."""
    if not totals.total:
        return QCoreApplication.translate("TimeListView", "No time recorded.")
    text = QCoreApplication.translate(
        "TimeListView", "Total %1 · with the person %2 · invisible work %3 (%4 %)"
    )
    return fill(text, shown_duration(totals.total),
                shown_duration(totals.face_to_face), shown_duration(totals.invisible),
                percent(totals.invisible, totals.total))


class TimeListView(QWidget):
    """The time of one situation (`situation_id`) or of the whole register (None, with a date range)."""

    changed = Signal()  # lines were added, edited or deleted

    def __init__(self, services: Services | None, situation_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._situation_id = situation_id
        self.log_dialog: QuickLogDialog | None = None
        self.edit_dialog: EntryEditDialog | None = None
        self.model = TimeEntriesModel(self)
        self.table = self._make_table()
        today = clock.today()
        self.start = date_edit(self)
        self.start.setObjectName("time_from")
        self.start.setDate(to_qdate((today.replace(day=1) - timedelta(days=1)).replace(day=1)))
        self.end = date_edit(self)
        self.end.setObjectName("time_to")
        for field, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            field.setAccessibleName(name)
            field.dateChanged.connect(lambda _d: self.refresh())
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("time_totals")
        self.totals_label.setWordWrap(True)
        self.limit_label = hint_label("", self)
        self.range_error = error_label(self)
        self.log_button = push_button(self, "log_time", self.tr("Log t&ime…"), self.log_time)
        self.edit_button = push_button(self, "edit_time", self.tr("&Edit…"), self.edit_selected)
        self.delete_button = push_button(self, "delete_time", self.tr("De&lete…"), self.delete_selected)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)  # Delete in the table deletes the selected line
        self._build_layout()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.set_services(services)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("time_table")
        table.setAccessibleName(self.tr("Time spent"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnHidden(TimeEntriesModel.SITUATION, self._situation_id is not None)
        return table

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        if self._situation_id is None:
            for text, field in ((self.tr("&From"), self.start), (self.tr("T&o"), self.end)):
                label = QLabel(text, self)
                label.setBuddy(field)
                top.addWidget(label)
                top.addWidget(field)
        else:
            self.start.hide()
            self.end.hide()
        top.addWidget(self.totals_label, 1)
        buttons = QHBoxLayout()
        for button in (self.log_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.range_error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.limit_label)
        layout.addLayout(buttons)

    # -- public API ------------------------------------------------------------------------------------
    def set_services(self, services: Services | None) -> None:
        """New services (unlock) reload the list; None (lock) empties it and closes the open dialogs."""
        for dialog in (self.log_dialog, self.edit_dialog):
            if dialog is not None:
                dialog.reject()
        self._services = services
        self.setEnabled(services is not None)
        if services is not None:
            subscribe(self, services, ("time_entries", "mobilisations", "situations", "persons"),
                      lambda: self.refresh() if self._services is services else None)
        self.refresh()

    def set_range(self, start: date, end: date) -> None:
        for field, value in ((self.start, start), (self.end, end)):
            field.blockSignals(True)
            field.setDate(to_qdate(value))
            field.blockSignals(False)
        self.refresh()

    def eventFilter(self, watched, event) -> bool:
        key_press = event.type() == QEvent.Type.KeyPress
        if watched is self.table and key_press and event.key() == Qt.Key.Key_Delete:
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Reload the lines and totals, keeping the selected line when it is still there."""
        if self._services is None:
            self.model.set_entries([], {})
            self.totals_label.clear()
            self.limit_label.clear()
            self._update_buttons()
            return
        selected = self.selected_entry()
        listing = self._load()
        if listing is None:
            return
        labels = self._services.time.mobilisation_labels(entry.mobilisation_id for entry in listing.entries)
        self.model.set_entries(list(listing.entries), labels)
        self.table.resizeColumnsToContents()
        self.totals_label.setText(totals_text(listing.totals))
        limited = self._situation_id is None and len(listing.entries) == LIMIT
        self.limit_label.setText(fill(self.tr("Only the %1 most recent lines are shown; the totals cover the "
                                              "whole period."), LIMIT) if limited else "")
        ids = [entry.id for entry in listing.entries]
        if selected is not None and selected.id in ids:
            self.table.selectRow(ids.index(selected.id))
        self._update_buttons()

    def entries(self) -> list[TimeEntryRead]:
        return self.model.entries()

    def selected_entry(self) -> TimeEntryRead | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def log_time(self) -> QuickLogDialog | None:
        if self._services is None:
            return None
        self.log_dialog = QuickLogDialog(self._services, self._situation_id, self)
        self.log_dialog.finished.connect(lambda result: self._dialog_done("log_dialog", result))
        self.log_dialog.open()
        return self.log_dialog

    def edit_selected(self) -> EntryEditDialog | None:
        entry = self.selected_entry()
        if entry is None or self._services is None:
            return None
        self.edit_dialog = EntryEditDialog(self._services, entry, self)
        self.edit_dialog.finished.connect(lambda result: self._dialog_done("edit_dialog", result))
        self.edit_dialog.open()
        return self.edit_dialog

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or self._services is None or not self.confirm_delete(entry):
            return
        changes = ChangeSet.of(time_entries=[entry.id])
        try:  # through the register's runner: in order with every other write, every open view told
            runner_for(self._services).call(lambda s: s.time.delete(entry.id), changes=changes, source=self)
        except CodedError as error:
            QMessageBox.warning(self, self.tr("Time spent"), error_text(error))
            announce(self._services, changes, self)  # gone meanwhile: the views read again
        self.changed.emit()

    # -- overridable prompt (tests replace it) -------------------------------------------------------------
    def confirm_delete(self, entry: TimeEntryRead) -> bool:
        text = fill(self.tr("Delete this line: %1, %2 on %3?"), task_label(entry.task),
                    shown_duration(entry.minutes), format_date(entry.worked_on))
        answer = QMessageBox.question(self, self.tr("Delete the line"), text)
        return answer == QMessageBox.StandardButton.Yes

    # -- internals -------------------------------------------------------------------------------------
    def _load(self) -> TimeList | None:
        if self._situation_id is not None:
            return self._services.time.for_situation(self._situation_id)
        start, end = to_date(self.start.date()), to_date(self.end.date())
        if end < start:
            self.range_error.setText(self.tr("The end of the period is before its start."))
            self.range_error.show()
            return None
        self.range_error.hide()
        return self._services.time.between(start, end, limit=LIMIT)

    def _dialog_done(self, name: str, result: int) -> None:
        dialog = getattr(self, name)
        setattr(self, name, None)
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and self._services is not None:
            if name == "edit_dialog":  # the quick log told the views itself, through the runner
                announce(self._services, ChangeSet.all_of("time_entries"), self)
            self.changed.emit()

    def _update_buttons(self) -> None:
        selected = self.selected_entry() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)


class EntryEditDialog(QDialog):
    """Change one line: date, task, duration, situation (register-wide only), mobilisation, note."""

    def __init__(self, services: Services, entry: TimeEntryRead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the time"))
        self._services, self._entry = services, entry
        self.worked_on = date_edit(self)
        self.worked_on.setMaximumDate(QDate.currentDate())
        self.worked_on.setDate(to_qdate(entry.worked_on))
        self.task = TaskCombo(services.time.task_usage_ranking(), self)
        self.task.set_task(entry.task)
        self.duration = DurationEdit(self)
        self.duration.setText(shown_duration(entry.minutes))
        self.situation = SituationPicker(services.situations.summaries(), self)
        self.situation.set_situation(entry.situation_id)
        self.mobilisation = _mobilisation_combo(services, entry, self)
        self.note = QLineEdit(entry.note, self)
        self.note.setMaxLength(NOTE_MAX)
        self.error = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.duration.advance.connect(self.save)
        form = QFormLayout()
        rows = ((self.tr("&Date:"), self.worked_on), (self.tr("&Task:"), self.task),
                (self.tr("D&uration:"), self.duration), (self.tr("S&ituation:"), self.situation),
                (self.tr("&Mobilisation:"), self.mobilisation), (self.tr("N&ote:"), self.note))
        for text, widget in rows:
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def save(self) -> None:
        task, (found, situation_id) = self.task.task_id(), self.situation.resolve()
        problem = duration_problem(self.duration.text())
        if task is None or not found or problem:
            return self._show(problem or (self.tr("Choose a task from the list.") if task is None else
                                          self.tr("No single situation matches: choose one from the list.")))
        mobilisation = self.mobilisation.currentData() if situation_id == self._entry.situation_id else None
        data = TimeEntryData(task, self.duration.minutes(), to_date(self.worked_on.date()), situation_id,
                             mobilisation, self.note.text())
        entry_id = self._entry.id
        try:
            runner_for(self._services).call(lambda s: s.time.update(entry_id, data),
                                            changes=ChangeSet.of(time_entries=[entry_id]), source=self)
        except CodedError as error:  # refused, gone meanwhile, or the register could not write
            return self._show(error_text(error))
        self.accept()
        return None

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def _mobilisation_combo(services: Services, entry: TimeEntryRead, parent: QWidget) -> QComboBox:
    """None, or one of the situation's mobilisations (what was mobilised, and since when)."""
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("EntryEditDialog", "— none —"), None)
    if entry.situation_id is not None:
        for mobilisation in services.mobilisations.for_situation(entry.situation_id):
            text = f"{mobilisation.resource_label} ({format_date(mobilisation.started_on)})"
            combo.addItem(text, mobilisation.id)
    combo.setCurrentIndex(max(combo.findData(entry.mobilisation_id), 0))
    tip = QCoreApplication.translate("EntryEditDialog", "The mobilisations of the line's situation.")
    combo.setToolTip(tip)
    return combo
