"""Change a priority's status: the new status, the day, and a note (kept in the priority's history).

`submit` saves and may refuse (a ValidationError): the message is shown in the dialog, which stays open.
The dialog is opened with `open()` (window-modal), never `exec()`: nothing blocks behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.errors import CodedError
from app.priorities import PriorityRead
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.vocab_widgets import (
    VocabCombo,
    date_edit,
    error_label,
    hint_label,
    label_of,
    to_date,
    to_qdate,
)


class StatusDialog(QDialog):
    """New status, date and note for one priority; `submit(status, day, note)` saves and may refuse."""

    def __init__(
        self, priority: PriorityRead, submit: Callable[[str, date, str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Change the status"))
        self.status = VocabCombo("priority_statuses", None, self)
        self.status.setObjectName("new_status")
        current = self.status.findData(priority.status)
        self.status.setCurrentIndex(1 if current == 0 else 0)
        self.meaning = hint_label("", self)
        self.day = date_edit(self)
        self.day.setObjectName("changed_on")
        self.day.setMaximumDate(to_qdate(clock.today()))
        self.day.setMinimumDate(
            to_qdate(priority.history[-1].changed_on if priority.history else priority.raised_on)
        )
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.error = error_label(self)
        self._build_layout(priority)
        self.status.currentIndexChanged.connect(self._show_meaning)
        self._show_meaning()

    def _build_layout(self, priority: PriorityRead) -> None:
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Status:"), self.status),
            (self.tr("&Date:"), self.day),
            (self.tr("&Note:"), self.note),
        ):
            widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
            form.addRow(text, widget)
            if widget is self.status:
                form.addRow("", self.meaning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        words = QLabel(
            fill(self.tr("“%1” — now: %2"), priority.text, label_of("priority_statuses", priority.status)),
            self,
        )
        words.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(words)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _show_meaning(self) -> None:
        meanings = {
            "deposee": self.tr("At least it has been said: the person can come back to it when ready."),
            "pas_de_demande": self.tr("Sometimes the person just needs to say it."),
            "en_cours": self.tr("Something is being done about it."),
        }
        text = meanings.get(self.status.current_id(), "")
        self.meaning.setText(text)
        self.meaning.setVisible(bool(text))

    def try_accept(self) -> None:
        try:
            self._submit(self.status.current_id(), to_date(self.day.date()), self.note.toPlainText())
        except CodedError as error:  # refused (validation), gone, or the register could not write
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()
