"""Status of a situation: a coloured badge, the actions (watch, close, reopen) and the closure dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.readmodels import SituationRead
from ui.common.i18n import fill
from ui.common.vocab_widgets import (
    VocabCombo,
    date_edit,
    format_date,
    hint_label,
    label_of,
    to_date,
    to_qdate,
)

BADGE_COLOURS = {  # background, text: readable on light and dark themes alike
    "active": ("#dcefe1", "#1b5e2c"),
    "veille": ("#fbeccb", "#6b4700"),
    "closed": ("#e4e4e4", "#3a3a3a"),
    "new": ("#dde8f6", "#1f4a7a"),
}


class StatusBadge(QLabel):
    """A rounded label showing a situation status (text, not only colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_status("new", self.tr("New"))

    def set_status(self, status: str, text: str | None = None) -> None:
        background, colour = BADGE_COLOURS.get(status, BADGE_COLOURS["closed"])
        self.setText(text or label_of("situation_statuses", status))
        self.setAccessibleName(fill(self.tr("Status: %1"), self.text()))
        self.setStyleSheet(f"background: {background}; color: {colour}; border-radius: 9px;"
                           "padding: 3px 12px; font-weight: 600;")


class SituationStatusBox(QGroupBox):
    """Where the status is read and changed; the editor performs the requested changes."""

    watch_requested = Signal()
    activate_requested = Signal()
    close_requested = Signal()
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Status"), parent)
        self.badge = StatusBadge(self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.watch_button = self._button("watch_button", self.tr("Put on &watch (veille)"),
                                         self.tr("No active work, but keep an eye with check-ins"),
                                         self.watch_requested)
        self.activate_button = self._button("activate_button", self.tr("&Back to active accompaniment"),
                                            self.tr("Back to the active status"), self.activate_requested)
        self.close_button = self._button("close_button", self.tr("&Close the accompaniment…"),
                                         self.tr("Close with a reason and a date"), self.close_requested)
        self.reopen_button = self._button("reopen_button", self.tr("Reopen the a&ccompaniment"),
                                          self.tr("Reopen this accompaniment"), self.reopen_requested)
        self.new_hint = hint_label(self.tr("The status can be changed once the situation is saved."), self)
        row = QHBoxLayout(self)
        row.addWidget(self.badge)
        row.addWidget(self.details, 1)
        row.addWidget(self.new_hint, 1)
        for button in (self.watch_button, self.activate_button, self.close_button, self.reopen_button):
            row.addWidget(button)
        self.show_situation(None)

    def _button(self, name: str, text: str, tip: str, signal) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(signal)
        return button

    def show_situation(self, situation: SituationRead | None) -> None:
        status = situation.status if situation else None
        if situation is None:
            self.badge.set_status("new", self.tr("New"))
            self.details.clear()
        else:
            self.badge.set_status(situation.status)
            self.details.setText(self._details(situation))
        self.new_hint.setVisible(situation is None)
        self.details.setVisible(situation is not None)
        self.watch_button.setVisible(status == "active")
        self.activate_button.setVisible(status == "veille")
        self.close_button.setVisible(status in ("active", "veille"))
        self.reopen_button.setVisible(status == "closed")

    def _details(self, situation: SituationRead) -> str:
        if situation.status == "closed":
            return fill(self.tr("Closed on %1 — %2"), format_date(situation.closed_on),
                        label_of("closure_reasons", situation.closure_reason))
        return fill(self.tr("Accompanied since %1"), format_date(situation.started_on))


class CloseSituationDialog(QDialog):
    """Reason and date of a closure; the close button is enabled once a reason is chosen."""

    def __init__(self, started_on: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the accompaniment"))
        self.reason = VocabCombo("closure_reasons", self.tr("Choose a reason…"), self)
        self.reason.setObjectName("closure_reason")
        self.closed_on = date_edit(self)
        self.closed_on.setObjectName("closed_on")
        self.closed_on.setMaximumDate(QDate.currentDate())
        if started_on is not None:
            self.closed_on.setMinimumDate(to_qdate(started_on))
        form = QFormLayout()
        form.addRow(self._label(self.tr("&Reason"), self.reason), self.reason)
        form.addRow(self._label(self.tr("Closed &on"), self.closed_on), self.closed_on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.addButton(self.tr("Close the accompaniment"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reason.currentIndexChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason.current_id())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint_label(self.tr("Closing clears the next check-in date. You can reopen the "
                                            "accompaniment later."), self))
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", ""))
        return label

    def choice(self) -> tuple[str, date] | None:
        reason = self.reason.current_id()
        return (reason, to_date(self.closed_on.date())) if reason else None
