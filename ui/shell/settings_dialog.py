"""Preferences: language, auto-lock delay, remember on this computer, passphrase, backup folder.

QSettings only ever receives preferences and paths (see ui/preferences.py); the "remember" choice lives in
the OS keyring itself, so it is read from there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import registers
from app.registers import KeyringUnavailableError, Register
from ui.common.errors import error_text
from ui.common.i18n import LANGUAGE_NAMES, SUPPORTED, fill, system_language
from ui.shell.preferences import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, Preferences
from ui.unlock.change_passphrase import ChangePassphraseDialog

ERROR_STYLE = "color: #9b1c1c;"
HINT_STYLE = "color: palette(placeholder-text);"


def hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


class SettingsDialog(QDialog):
    def __init__(self, preferences: Preferences, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.preferences = preferences
        self.register = register
        self.was_remembered = registers.is_remembered(register)
        layout = QVBoxLayout(self)
        layout.addWidget(self._general_box())
        layout.addWidget(self._security_box())
        layout.addWidget(self._backup_box())
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    # -- sections --------------------------------------------------------------------------------------
    def _general_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("General"), self)
        self.language = QComboBox(box)
        self.language.setAccessibleName(self.tr("Language"))
        system = LANGUAGE_NAMES[system_language()]
        self.language.addItem(fill(self.tr("System language (%1)"), system), "system")
        for code in SUPPORTED:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(self.preferences.language), 0))
        self.idle = QSpinBox(box)
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setValue(self.preferences.idle_minutes)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setMinimumWidth(110)
        self.idle.setAccessibleName(self.tr("Lock after this many idle minutes"))
        form = QFormLayout(box)
        form.addRow(self._label(self.tr("&Language:"), self.language), self.language)
        form.addRow("", hint(self.tr("A new language applies the next time Relais starts."), box))
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle)
        idle_row.addStretch(1)
        form.addRow(self._label(self.tr("Lock &after:"), self.idle), idle_row)
        form.addRow("", hint(self.tr("Relais locks itself after this many minutes without activity. "
                                     "Ctrl+L locks at once."), box))
        return box

    def _security_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This computer and the passphrase"), self)
        self.remember = QCheckBox(self.tr("&Remember this register on this computer"), box)
        available = registers.keyring_available()
        self.remember.setEnabled(available)
        self.remember.setChecked(self.was_remembered)
        explanation = (self.tr("Relais then opens without the passphrase while you are logged in to your "
                               "session. Avoid it on a shared computer.") if available else
                       self.tr("Not available: this computer has no keyring (a secure store for keys), so "
                               "Relais asks for the passphrase each time."))
        self.remember_hint = hint(explanation, box)
        change = QPushButton(self.tr("&Change the passphrase…"), box)
        change.clicked.connect(self.change_passphrase)
        layout = QVBoxLayout(box)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_hint)
        row = QHBoxLayout()
        row.addWidget(change)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"), self)
        self._shown_backup_folder = str(self.preferences.backup_folder)
        self.backup_folder = QLineEdit(self._shown_backup_folder, box)
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        browse = QPushButton(self.tr("C&hoose…"), box)
        browse.clicked.connect(self._choose_backup_folder)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(browse)
        form = QFormLayout(box)
        form.addRow(self._label(self.tr("&Backup folder:"), self.backup_folder), row)
        form.addRow("", hint(self.tr(
            "“Back up now” (Ctrl+Shift+S) writes an encrypted copy there. Relais also backs up by itself at "
            "the first unlock of each day, into this folder once you have chosen one (until then into the "
            "register's own “backups” folder), and keeps 7 daily, 4 weekly and 12 monthly copies. A USB "
            "stick kept elsewhere is a good place."), box))
        return box

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- actions ---------------------------------------------------------------------------------------
    def _choose_backup_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_folder.text())
        if chosen:
            self.backup_folder.setText(chosen)

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.register, self)
        if dialog.exec():
            QMessageBox.information(self, self.tr("Passphrase changed"), self.tr(
                "Your new passphrase is in use. Your recovery code has not changed."))

    def accept(self) -> None:
        if not self._apply_keyring():
            return
        self.preferences.language = self.language.currentData()
        self.preferences.idle_minutes = self.idle.value()
        folder = self.backup_folder.text().strip()
        # the default shown untouched stays a default: the daily backups keep going to the register's folder
        if folder and folder != self._shown_backup_folder:
            self.preferences.backup_folder = Path(folder).expanduser()
        self.preferences.sync()
        super().accept()

    def _apply_keyring(self) -> bool:
        wanted = self.remember.isChecked()
        if wanted == self.was_remembered:
            return True
        try:
            if wanted:
                registers.remember_on_this_computer(self.register)
            else:
                registers.forget_on_this_computer(self.register)
        except KeyringUnavailableError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return False
        self.was_remembered = wanted
        return True
