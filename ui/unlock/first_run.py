"""First run: where to keep the register, a passphrase (twice, with a strength meter), the recovery code shown
once (print / PDF, "I have written it down"), and "remember on this computer".

The register is created when the passphrase page is committed, on a pool thread (key derivation and
calibration take about a second); from then on there is no going back and no cancelling before the
recovery code has been acknowledged, so the code can never be lost by a stray Escape.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import registers
from app.registers import KeyringUnavailableError, Register, RegisterError, is_register, keyring_available
from ui.common.errors import error_text
from ui.common.first_paint import AfterFirstPaint
from ui.common.i18n import fill
from ui.common.workers import run_in_background
from ui.unlock import recovery_sheet
from ui.unlock.passphrase_fields import PassphraseFields

ERROR_STYLE = "color: #9b1c1c;"
FOLDER, PASSPHRASE, RECOVERY, FINISH = range(4)


def wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def error_label(parent: QWidget) -> QLabel:
    label = wrapped("", parent)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def show_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


def nearest_existing(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


class FolderPage(QWizardPage):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Relais"))
        self.setSubTitle(self.tr("Relais keeps the register of the situations you accompany encrypted on "
                                 "this computer. First, choose where to keep it: the suggested folder suits "
                                 "most people."))
        self.folder = QLineEdit(str(folder), self)
        self.folder.setAccessibleName(self.tr("Register folder"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        label = QLabel(self.tr("Register &folder:"), self)
        label.setBuddy(self.folder)
        self.error = error_label(self)
        existing = QPushButton(self.tr("&Open an existing register instead…"), self)
        existing.clicked.connect(lambda: self.wizard().request_open_existing())
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(wrapped(self.tr("The folder will hold the encrypted database, its key file and "
                                         "automatic backups. Choose a new or empty folder."), self))
        layout.addStretch(1)
        layout.addWidget(existing, 0, Qt.AlignmentFlag.AlignLeft)
        # not a mandatory field ("folder*"): Qt counts those complete only once edited, and the suggested
        # folder is a valid answer as it stands
        self.registerField("folder", self.folder)
        self.folder.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.folder.text().strip())

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Register folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def chosen_folder(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def problem(self) -> str | None:
        folder = self.chosen_folder()
        if not self.folder.text().strip():
            return self.tr("Choose a folder.")
        if is_register(folder):
            return self.tr("This folder already contains a Relais register. Use “Open an existing register "
                           "instead…”, or choose another folder.")
        if folder.exists() and not folder.is_dir():
            return self.tr("This is a file, not a folder. Choose a folder.")
        if folder.is_dir() and any(folder.iterdir()):
            return self.tr("This folder is not empty. Choose a new or empty folder.")
        if not os.access(nearest_existing(folder), os.W_OK):
            return self.tr("Relais is not allowed to write in this folder. Choose another one, for example "
                           "in your documents.")
        return None

    def validatePage(self) -> bool:
        problem = self.problem()
        show_error(self.error, problem)
        return problem is None


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("You will type it each time you open Relais. A short sentence of four or "
                                 "five unusual words is easy to remember and hard to guess."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the register"))
        self.fields = PassphraseFields(self)
        self.error = error_label(self)
        self.fields.changed.connect(self._clear_stale_error)
        self.busy = wrapped("", self)
        self.busy.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(wrapped(self.tr("Nobody, not even the Relais team, can recover a forgotten "
                                         "passphrase: the next page gives you a recovery code for that day."),
                                 self))

    def initializePage(self) -> None:
        self.fields.user_inputs = tuple(self.wizard().folder.parts[-2:])
        self.fields.first.setFocus()

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if wizard.register is not None:
            return True
        if wizard.creating:
            return False
        problem = self.fields.problem()
        show_error(self.error, problem)
        if problem is None:
            wizard.create_register(self.fields.passphrase())
        return False

    def _clear_stale_error(self) -> None:
        """The refusal shown at the last attempt goes once the typing has changed (the meter and the
        mismatch line keep saying what is wrong meanwhile)."""
        if self.error.isVisible() and not self.wizard().creating:
            show_error(self.error, None)

    def set_busy(self, busy: bool) -> None:
        self.busy.setText(self.tr("Creating your encrypted register… (a second or two)"))
        self.busy.setVisible(busy)
        self.fields.setEnabled(not busy)


class RecoveryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr("If you forget your passphrase, this code is the only way to open your "
                                 "register. It is shown only now."))
        self.code = QLabel(self)
        self.code.setFont(QFont("monospace", 18, QFont.Weight.Bold))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setMinimumHeight(64)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self._print)
        self.print_button.setEnabled(recovery_sheet.printing_available())
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.status = wrapped("", self)
        self.noted = QCheckBox(self.tr("I have &written down the recovery code and will keep it somewhere "
                                       "safe"), self)
        self.registerField("noted*", self.noted)
        self._arrange()

    def _arrange(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(wrapped(self.tr("Write it on paper or print it, and keep it away from the computer. "
                                         "A PDF kept on this computer does not help if the computer is lost: "
                                         "print it, or copy it to a USB stick kept elsewhere."), self))
        layout.addStretch(1)
        layout.addWidget(self.noted)

    def initializePage(self) -> None:
        self.code.setText(self.wizard().recovery_code)
        # after QWizard has given the page's first button the focus: Space ticks "I have written it down",
        # it does not open the print dialog
        QTimer.singleShot(0, self.noted, self.noted.setFocus)  # dropped if the page is gone first

    def _print(self) -> None:
        if recovery_sheet.print_sheet(self.wizard().recovery_code, self.wizard().folder, self):
            self.status.setText(self.tr("The recovery code was sent to the printer."))

    def _save_pdf(self) -> None:
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery code as PDF"),
            str(Path.home() / self.tr("Relais recovery code.pdf")), self.tr("PDF documents (*.pdf)"))
        if target:
            self.save_pdf(Path(target))

    def save_pdf(self, target: Path) -> bool:
        try:
            recovery_sheet.save_pdf(self.wizard().recovery_code, self.wizard().folder, target)
        except OSError:
            self.status.setText(self.tr("The PDF could not be saved there. Choose another place."))
            return False
        self.status.setText(fill(self.tr("Saved: %1"), target))
        return True


class FinishPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Opening Relais"))
        self.setSubTitle(self.tr("Your register is ready."))
        self.remember = QCheckBox(self.tr("&Remember on this computer (open without typing the passphrase)"),
                                  self)
        self.explanation = wrapped("", self)
        self.error = error_label(self)
        available = keyring_available()
        self.remember.setEnabled(available)
        self.explanation.setText(
            self.tr("The key is kept in this computer's keyring and Relais opens as soon as you are logged "
                    "in to your session. Fine on a personal computer protected by a password; avoid it on a "
                    "shared computer. The passphrase always keeps working.") if available else
            self.tr("Not available: this computer has no keyring (a secure store for keys), so you will type "
                    "your passphrase each time you open Relais."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.remember)
        layout.addWidget(self.explanation)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(wrapped(self.tr("After a few minutes without activity, Relais locks itself; Ctrl+L "
                                         "locks it at once. You can change this in the preferences."), self))

    def validatePage(self) -> bool:
        if not self.remember.isChecked():
            return True
        try:
            registers.remember_on_this_computer(self.wizard().register)
        except KeyringUnavailableError as error:
            show_error(self.error, error_text(error))
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            return False
        return True


class TypingGuard(QObject):
    """Typing that lands on a navigation button goes nowhere: a referent who tabbed past "Confirm" and goes
    on typing a passphrase with spaces must not press "Back" (and then type into the folder field) or
    "Cancel". Enter still presses the default button; the mouse still clicks."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if plain and event.text() and event.text().isprintable():
                return True
        return False


class FirstRunWizard(AfterFirstPaint, QWizard):
    """After `exec()`: `register` is the new, unlocked register (or None if cancelled before creating it);
    `open_existing_requested` is True when the referent chose to open an existing register instead."""

    def __init__(self, folder: Path, parent: QWidget | None = None, *, iterations: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Relais — new register"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.register: Register | None = None
        self.recovery_code = ""
        self.creating = False
        self.open_existing_requested = False
        self.error_text = ""
        self._iterations = iterations
        self.folder_page = FolderPage(folder, self)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        self.finish_page = FinishPage(self)
        for page_id, page in ((FOLDER, self.folder_page), (PASSPHRASE, self.passphrase_page),
                              (RECOVERY, self.recovery_page), (FINISH, self.finish_page)):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open Relais"))
        self._typing_guard = TypingGuard(self)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).installEventFilter(self._typing_guard)
        self.resize(720, 560)

    @property
    def folder(self) -> Path:
        return self.folder_page.chosen_folder()

    def request_open_existing(self) -> None:
        self.open_existing_requested = True
        super().reject()

    def create_register(self, passphrase: str) -> None:
        self.creating = True
        self.passphrase_page.set_busy(True)
        self.button(QWizard.WizardButton.CommitButton).setEnabled(False)
        task = run_in_background(registers.create, self.folder, passphrase, iterations=self._iterations)
        task.succeeded.connect(self._on_created)
        task.failed.connect(self._on_failed)

    def _on_created(self, result: tuple[Register, str]) -> None:
        self.creating = False
        self.register, self.recovery_code = result
        self.passphrase_page.set_busy(False)
        self.passphrase_page.fields.clear()
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.next()

    def _on_failed(self, error: BaseException) -> None:
        self.creating = False
        self.passphrase_page.set_busy(False)
        self.button(QWizard.WizardButton.CommitButton).setEnabled(True)
        if isinstance(error, RegisterError):
            message = error_text(error)
        elif isinstance(error, OSError):
            message = self.tr("The register could not be created in this folder (no permission, or the disk "
                              "is full). Go back and choose another folder.")
        else:
            message = fill(self.tr("The register could not be created (%1)."), type(error).__name__)
        self.error_text = message
        show_error(self.passphrase_page.error, message)

    def reject(self) -> None:
        """Escape or closing the window: ignored once the register exists (the code must be acknowledged)."""
        if self.register is None and not self.creating:
            super().reject()
