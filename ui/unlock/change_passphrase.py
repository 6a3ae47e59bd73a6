"""Change the passphrase: the current one (proof that it is the referent), then the new one twice.

Only the key slot is rewrapped (no database rewrite); the recovery code and a key remembered on this computer
keep working. Both key derivations run on a pool thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app import registers
from app.registers import Register, RegisterError, WrongSecretError
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.workers import run_in_background
from ui.unlock.passphrase_fields import PassphraseFields
from ui.unlock.password_edit import password_edit

ERROR_STYLE = "color: #9b1c1c;"


class ChangePassphraseDialog(QDialog):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.register = register
        self.busy = False
        self.current = password_edit(self.tr("Current passphrase"), self)
        current_label = QLabel(self.tr("C&urrent passphrase:"), self)
        current_label.setBuddy(self.current)
        self.fields = PassphraseFields(self, user_inputs=(register.folder.name,))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&hange"))
        self.buttons.accepted.connect(self.try_change)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(current_label, self.current)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def try_change(self) -> None:
        if self.busy:
            return
        if not self.current.text():
            self.show_error(self.tr("Type your current passphrase."))
            self.current.setFocus()
            return
        problem = self.fields.problem()
        if problem:
            self.show_error(problem)
            self.fields.first.setFocus()
            return
        self._set_busy(True)
        task = run_in_background(registers.change_passphrase, self.register, self.current.text(),
                                 self.fields.passphrase())
        task.succeeded.connect(self._on_changed)
        task.failed.connect(self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.current, self.fields, self.buttons):
            widget.setEnabled(not busy)

    def _on_changed(self, _result: object) -> None:
        self._set_busy(False)
        self.current.clear()
        self.fields.clear()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongSecretError):
            self.show_error(self.tr("The current passphrase is not right."))
            self.current.selectAll()
            self.current.setFocus()
        elif isinstance(error, RegisterError):
            self.show_error(error_text(error))
        else:
            self.show_error(fill(self.tr("The passphrase could not be changed (%1)."), type(error).__name__))
