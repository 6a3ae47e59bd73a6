""""Remind me…" (Ctrl+R) for the situation in front (open, or selected in a list): a follow-up reminder
with its own note, besides the next check-in.

The reminder is a FollowUp (app.followups), written through the register's runner; the "To contact" list
hears the change notice and shows it with its note on its day. The date starts a week ahead, the usual
rhythm of a check-in; the note is optional (what to ask, whom to call).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.changes import ChangeSet
from app.errors import CodedError
from app.followups import NOTE_MAX, FollowUpItem
from app.services import Services
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.operations import runner_for
from ui.common.vocab_widgets import date_edit, error_label, to_date, to_qdate

DEFAULT_DELAY = timedelta(days=7)


class ReminderDialog(QDialog):
    """The date and the note of one reminder; `saved(FollowUpItem)` once it is in the register."""

    saved = Signal(object)

    def __init__(self, services: Services, situation_id: int, code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderDialog")
        self._services, self._situation_id = services, situation_id
        self.setWindowTitle(fill(self.tr("Remind me — %1"), code))
        self.due = date_edit(self)
        self.due.setMinimumDate(QDate.currentDate())
        self.due.setDate(to_qdate(clock.today() + DEFAULT_DELAY))
        self.due.setAccessibleName(self.tr("Date of the reminder"))
        self.note = QLineEdit(self)
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("What to do, whom to call (optional)"))
        self.note.setAccessibleName(self.tr("Note of the reminder"))
        self.note.setMinimumWidth(360)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self._label(self.tr("&Date:"), self.due), self.due)
        form.addRow(self._label(self.tr("&Note:"), self.note), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("It will appear in “To contact” on that day, with its note."), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.note.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def chosen(self) -> tuple[date, str]:
        return to_date(self.due.date()), self.note.text()

    def accept(self) -> None:
        due_on, note = self.chosen()
        situation_id = self._situation_id
        runner_for(self._services).run(
            lambda s: s.followups.add(situation_id, due_on, note), receiver=self,
            changes=ChangeSet.of(followups=[situation_id]), done=self._saved, failed=self._refused)

    def _saved(self, item: FollowUpItem) -> None:
        self.saved.emit(item)
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self.error.setText(error_text(error) if isinstance(error, CodedError) else type(error).__name__)
        self.error.show()


def remind_from_editor(editor) -> ReminderDialog | None:
    """The reminder of the editor's situation; a new situation is saved first (a reminder needs it)."""
    if editor.situation_id is None and not editor.save():
        return None
    return open_reminder(editor.services, editor.situation_id, editor)


def open_reminder(services: Services, situation_id: int, parent: QWidget) -> ReminderDialog:
    code = services.situations.get(situation_id).code
    dialog = ReminderDialog(services, situation_id, code, parent)
    dialog.saved.connect(lambda item: _say_saved(parent, item))
    dialog.exec()
    return dialog


def _say_saved(parent: QWidget, item: FollowUpItem) -> None:
    window = parent.window()
    if hasattr(window, "statusBar"):
        when = QLocale().toString(to_qdate(item.due_on), QLocale.FormatType.ShortFormat)
        text = QCoreApplication.translate("ReminderDialog", "Reminder set for %1.")
        window.statusBar().showMessage(fill(text, when), 5000)
