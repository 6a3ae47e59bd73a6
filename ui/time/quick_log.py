"""The quick log after a home visit: a few lines of task + duration, the next check-in, saved in one go.

Designed for the common case, a visit and two invisible tasks, typed without the mouse in about ten key
presses once the dialog is open:

    45 ⏎  10 ⏎  15  Alt+W  Ctrl+⏎

The first line comes with the most used face-to-face task and the cursor in its duration; Enter in the last
duration adds a line that comes with the most used invisible task not already on a line, the cursor again
in its duration (Shift+Tab reaches the task, whose list is ordered by use, with type-ahead). Alt+W plans the
next check-in one week ahead, Ctrl+Enter saves. Each bad line says why below itself and nothing is saved
until every line reads; blank lines are skipped.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.changes import ChangeSet
from app.errors import NotFoundError, ValidationError
from app.mobilisations import MobilisationRead
from app.services import Services
from app.time_entries import NOTE_MAX, EntryError, TimeEntryData, TimeEntryRead
from ui.common.errors import error_text
from ui.common.i18n import fill, shown_duration
from ui.common.operations import runner_for
from ui.common.vocab_widgets import OptionalDateEdit, date_edit, error_label, hint_label, to_date
from ui.time.quick_log_rows import LogRows, SituationPicker, task_is_invisible

NEXT_CHECKIN_DAYS = (7, 14, 30)


class QuickLogDialog(QDialog):
    """Log time for one situation (or none); `saved` carries the entries written."""

    saved = Signal(list)  # list[TimeEntryRead]

    def __init__(self, services: Services, situation_id: int | None, parent: QWidget | None = None, *,
                 mobilisation: MobilisationRead | None = None, preselected: int | None = None) -> None:
        """With `mobilisation` (of `situation_id`), every line is time spent on that mobilisation. Without
        `situation_id`, the picker starts on `preselected` (the row selected in a list), if given."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log time"))
        self._mobilisation = mobilisation
        self.setObjectName("quick_log")
        self._services = services
        self._ranking = services.time.task_usage_ranking()
        self._entries: list[TimeEntryRead] = []
        self.situation_label = QLabel(self)
        self.picker: SituationPicker | None = None
        if situation_id is None:
            self.picker = SituationPicker(services.situations.summaries(), self)
            self.picker.setObjectName("situation_picker")
            self.picker.currentIndexChanged.connect(lambda _i: self._situation_changed())
            self.picker.lineEdit().editingFinished.connect(self._situation_changed)
        self.situation_error = error_label(self)
        self.worked_on = date_edit(self)
        self.worked_on.setObjectName("worked_on")
        self.worked_on.setMaximumDate(QDate.currentDate())
        self.worked_on.setAccessibleName(self.tr("Date of the work"))
        self.worked_on.setMaximumWidth(self.worked_on.sizeHint().width() + 40)  # a date, not a text line
        self.rows = LogRows(self._ranking, self)
        self.rows.advance_from.connect(self._advance)
        self.add_button = QPushButton(self.tr("&Add a line"), self)
        self.add_button.setObjectName("add_line")
        self.add_button.setToolTip(self.tr("Add a line (Enter in the last duration)"))
        self.add_button.clicked.connect(self.add_line)
        self.next_checkin = self._make_next_checkin()
        self.checkin_error = error_label(self)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setMaxLength(NOTE_MAX)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setToolTip(self.tr("Saved with the first line."))
        self.general_error = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Enter belongs to the lines, Ctrl+Enter saves
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self._situation_id = situation_id
        self._build_layout()
        self.rows.add_row(self._first_task())
        if self.picker is not None:
            self.picker.set_situation(preselected)
        self._preselected = preselected is not None and self.situation_id() == preselected
        self._situation_changed()
        self.resize(max(self.sizeHint().width(), 620), self.sizeHint().height())

    def _make_next_checkin(self) -> OptionalDateEdit:
        picker = OptionalDateEdit(self.tr("&Next check-in"), self.tr("none"), self)
        picker.setObjectName("next_checkin")
        picker.edit.setAccessibleName(self.tr("Next check-in"))
        picker.default_offset_days = NEXT_CHECKIN_DAYS[0]
        texts = (self.tr("+1 &week"), self.tr("+2 wee&ks"), self.tr("+1 &month"))
        names = (self.tr("In one week"), self.tr("In two weeks"), self.tr("In one month"))
        for text, days, name in zip(texts, NEXT_CHECKIN_DAYS, names, strict=True):
            picker.add_quick_choice(text, days, name).setAutoDefault(False)
        picker.finish_row()
        return picker

    def _build_layout(self) -> None:
        form = QFormLayout()
        if self.picker is not None:
            label = QLabel(self.tr("S&ituation:"), self)
            label.setBuddy(self.picker)
            form.addRow(label, self.picker)
            form.addRow(self.situation_error)  # the whole width: a wrapped reason in the field column clips
        else:
            form.addRow(self.tr("Situation:"), self.situation_label)
        if self._mobilisation is not None:
            form.addRow(self.tr("For the mobilisation:"), QLabel(self._mobilisation.resource_label, self))
        when = QLabel(self.tr("&Date:"), self)
        when.setBuddy(self.worked_on)
        form.addRow(when, self.worked_on)
        heading = QLabel(self.tr("&Time spent"), self)
        heading.setBuddy(self.rows)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(hint_label(self.tr("Enter: next line · Ctrl+Enter: save"), self), 1)
        note = QLabel(self.tr("N&ote:"), self)
        note.setBuddy(self.note)
        bottom = QFormLayout()
        bottom.addRow(self.next_checkin)
        bottom.addRow(self.checkin_error)
        bottom.addRow(note, self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(heading)
        layout.addWidget(self.rows)
        layout.addLayout(add_row)
        layout.addSpacing(6)
        layout.addLayout(bottom)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # -- public API ------------------------------------------------------------------------------------
    def situation_id(self) -> int | None:
        if self.picker is None:
            return self._situation_id
        return self.picker.resolve()[1]

    def add_line(self) -> None:
        row = self.rows.add_row(self._next_invisible_task())
        row.duration.setFocus()

    def _mobilisation_id(self, situation_id: int | None) -> int | None:
        chosen = self._mobilisation
        return chosen.id if chosen is not None and chosen.situation_id == situation_id else None

    def saved_entries(self) -> list[TimeEntryRead]:
        return list(self._entries)

    def save(self) -> None:
        """Check every line; save them all in one transaction, or show why in the lines and save nothing."""
        values, problems = self.rows.values()
        self.rows.show_errors(problems)
        self.general_error.hide()
        self.checkin_error.hide()
        situation_ok = self._check_situation()
        if problems or not situation_ok:
            self._focus_first_problem(problems)
            return
        situation_id = self.situation_id()
        worked_on = to_date(self.worked_on.date())
        note = self.note.text().strip()
        mobilisation_id = self._mobilisation_id(situation_id)
        entries = [
            TimeEntryData(value.task, value.minutes, worked_on, situation_id, mobilisation_id,
                          note=note if not number else "")
            for number, value in enumerate(values)
        ]
        self._write(entries, self._next_checkin_for(situation_id), values)

    def _write(self, entries: list[TimeEntryData], next_checkin: date | None, values) -> None:
        """Through the register's writer; the dialog closes when the lines are saved."""
        situation_id = entries[0].situation_id if entries else None
        self.save_button.setEnabled(False)
        runner_for(self._services).run(
            lambda s: s.time.log(entries, next_checkin), source=self,
            changes=lambda saved: ChangeSet.of(
                time_entries=[entry.id for entry in saved], situations=[situation_id],
                followups=[situation_id], mobilisations=[entries[0].mobilisation_id if entries else None]),
            done=self._logged, failed=lambda error: self._refused(error, values))

    def _logged(self, entries: list[TimeEntryRead]) -> None:
        self._entries = list(entries)
        self.save_button.setEnabled(True)
        self.saved.emit(self.saved_entries())
        self.accept()

    def _refused(self, error: BaseException, values) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, EntryError):
            self.rows.show_errors({values[error.row].index: error_text(error)})
            self._focus_first_problem({values[error.row].index: error_text(error)})
        elif isinstance(error, ValidationError):
            label = self.checkin_error if error.field == "next_checkin" else self.general_error
            label.setText(error_text(error))
            label.show()
        elif isinstance(error, NotFoundError):
            self.general_error.setText(error_text(error))
            self.general_error.show()
        else:
            raise error

    # -- internals -------------------------------------------------------------------------------------
    def _first_task(self) -> str | None:
        return next((task for task in self._ranking if not task_is_invisible(task)), None)

    def _next_invisible_task(self) -> str | None:
        used = self.rows.used_tasks()
        invisible = [task for task in self._ranking if task_is_invisible(task)]
        return next((task for task in invisible if task not in used), invisible[0] if invisible else None)

    def _advance(self, index: int) -> None:
        if index == len(self.rows.rows) - 1:
            if self.rows.rows[index].blank():
                self.next_checkin.check.setFocus()  # an empty last line: the lines are done
            else:
                self.add_line()
        else:
            self.rows.rows[index + 1].duration.setFocus()

    def _situation_changed(self) -> None:
        situation_id = self.situation_id()
        if self.picker is None and situation_id is not None:
            situation = self._services.situations.get(situation_id)
            person = self._services.persons.get(situation.person_id)
            self.situation_label.setText(f"{situation.code} — {person.first_name} {person.last_name}")
        current = None
        if situation_id is not None:
            planned = self._services.situations.get(situation_id).next_checkin
            current = planned if planned and planned >= clock.today() else None
        self.next_checkin.set_date(current)
        self.next_checkin.setEnabled(situation_id is not None)

    def _check_situation(self) -> bool:
        if self.picker is None:
            return True
        ok, _situation_id = self.picker.resolve()
        self._show_error(self.situation_error, "" if ok else self.tr(
            "No single situation matches: choose one from the list, or leave it empty."))
        return ok

    def _next_checkin_for(self, situation_id: int | None) -> date | None:
        return self.next_checkin.date() if situation_id is not None else None

    def _focus_first_problem(self, problems: dict[int, str]) -> None:
        if self.situation_error.isVisible() and self.picker is not None:
            self.picker.setFocus()
        elif problems:
            row = self.rows.rows[min(problems)]
            (row.task if row.task.task_id() is None else row.duration).setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.picker is not None and not self._preselected:
            self.picker.setFocus()
        else:
            self.rows.rows[0].duration.setFocus()

    def has_typing(self) -> bool:
        """Something typed that closing would lose: a duration or a note."""
        return any(not row.blank() for row in self.rows.rows) or bool(self.note.text().strip())

    def reject(self) -> None:
        """Escape or Cancel on a half-filled log asks first: a stray key loses no visit."""
        if self.has_typing() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Log time"), self.tr("Close without saving the time typed?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _show_error(self, label: QLabel, text: str) -> None:
        """Show a reason below its field, growing the dialog so that a wrapped reason is never clipped."""
        label.setText(text)
        label.setVisible(bool(text))
        self.layout().activate()
        needed = self.layout().totalHeightForWidth(self.width()) if self.layout().hasHeightForWidth() else 0
        if needed > self.height():
            self.resize(self.width(), needed)

    def summary_text(self) -> str:
        """"Time saved: 3 lines, 1 h 10" for a status bar, without any name."""
        total = sum(entry.minutes for entry in self._entries)
        return fill(self.tr("Time saved: %n line(s), %1.", "", len(self._entries)), shown_duration(total))
