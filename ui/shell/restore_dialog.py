"""Register → Restore a backup…: choose the file, read what it holds and what it replaces, confirm (the
backup's passphrase when its key is not the register's), then restore off the window's thread.

The window lets go of the register as for a lock (pages saved and closed), app.restoring swaps the files
after a safety backup, and the window shows the restored register as after an unlock. A failure before the
swap gives the same register back, untouched, with the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.registers import Register, RegisterError
from app.restoring import BackupSummary, Restored, describe_backup, restore_over
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.vocab_widgets import error_label
from ui.common.workers import run_in_background

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

translate = QCoreApplication.translate


class RestoreDialog(QDialog):
    """`confirmed(path, passphrase or None)` when the referent asks for the restore."""

    confirmed = Signal(object, object)

    def __init__(self, register: Register, start_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self._register, self._start_folder = register, start_folder
        self.summary: BackupSummary | None = None
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Backup file"))
        self.path.setPlaceholderText(self.tr("A .relais-backup file"))
        self.path.textChanged.connect(self._read)
        browse = QPushButton(self.tr("C&hoose…"), self)
        browse.clicked.connect(self.choose_file)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setObjectName("restoreDescription")
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the backup"))
        self.passphrase_label = QLabel(self.tr("Its &passphrase:"), self)
        self.passphrase_label.setBuddy(self.passphrase)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(self.tr("&Replace the register with this backup"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._arrange(browse)
        self._read("")

    def _arrange(self, browse: QPushButton) -> None:
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        file_label = QLabel(self.tr("&Backup:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(self.passphrase_label, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.description)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.path.setFocus()

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(self._start_folder),
            self.tr("Relais backups (*.relais-backup)"))
        if chosen:
            self.path.setText(chosen)

    def _read(self, text: str) -> None:
        """What the chosen file holds and what it replaces (read from its manifest: no unpacking)."""
        self.summary = None
        self.error.hide()
        path = Path(text.strip()).expanduser() if text.strip() else None
        if path is not None and path.is_file():
            try:
                self.summary = describe_backup(self._register, path)
            except RegisterError as error:
                self._say(error_text(error))
        elif path is not None:
            self._say(self.tr("No such file."))
        self.description.setText(self._describe(self.summary) if self.summary else self.tr(
            "Choose a backup made by Relais (Register → Back up now, or the daily automatic backups)."))
        other_key = self.summary is not None and not self.summary.same_key
        self.passphrase.setVisible(other_key)
        self.passphrase_label.setVisible(other_key)
        self.restore_button.setEnabled(self.summary is not None)
        self.adjustSize()  # the description and the passphrase row come and go

    def _describe(self, summary: BackupSummary) -> str:
        when = self.tr("an unknown date")
        if summary.created is not None:
            moment = QDateTime(summary.created)
            when = (QLocale().toString(moment.date(), QLocale.FormatType.LongFormat) + ", "
                    + QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat))
        counts = fill(self.tr("%n situation(s)", "", summary.situations or 0)) \
            if summary.situations is not None else ""
        text = fill(self.tr("Backup of %1%2."), when, f" — {counts}" if counts else "")
        text += "\n\n" + fill(self.tr(
            "Everything in the register “%1” will be replaced by this backup: what was added or changed "
            "since it was made will no longer be in the register. A safety backup of the register as it is "
            "now is made first, in %2."), self._register.folder.name, str(self._register.backups_dir))
        if not summary.same_key:
            text += "\n\n" + self.tr("This backup was made with another key (another register, or before a "
                                     "change of key): type the passphrase that opened it.")
        return text

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        if self.summary is None:
            return
        passphrase = self.passphrase.text() if not self.summary.same_key else None
        if passphrase == "":
            self._say(self.tr("Type the passphrase of the backup."))
            self.passphrase.setFocus()
            return
        self.confirmed.emit(Path(self.path.text().strip()).expanduser(), passphrase)
        super().accept()


# -- the flow in the window ----------------------------------------------------------------------------------
def restore_from_window(window: MainWindow) -> RestoreDialog | None:
    if window.services is None:
        return None
    if window.backup_status.running:  # the daily backup reads the register's files: let it finish first
        window.statusBar().showMessage(translate("RestoreDialog", "A backup is being made: try again in a "
                                                 "moment."), 5000)
        return None
    register = window.services.register
    start = window.preferences.chosen_backup_folder or register.backups_dir
    dialog = RestoreDialog(register, start, window)
    dialog.confirmed.connect(lambda path, passphrase: _restore(window, path, passphrase))
    dialog.exec()
    return dialog


def _restore(window: MainWindow, path: Path, passphrase: str | None) -> None:
    register = window.release_register()  # pages saved and closed, as for a lock; the register stays open
    progress = QProgressDialog(translate("RestoreDialog", "Restoring the backup…"), "", 0, 0, window)
    progress.setObjectName("restoreProgress")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)  # the lock screen behind takes no key
    progress.setMinimumDuration(0)
    progress.show()
    window.restoring = True
    task = run_in_background(restore_over, register, path, passphrase, receiver=window)
    task.succeeded.connect(lambda restored: _restored(window, progress, restored))
    task.failed.connect(lambda error: _not_restored(window, progress, register, error))


def _restored(window: MainWindow, progress: QProgressDialog, restored: Restored) -> None:
    progress.close()
    window.restoring = False
    window._on_unlocked(restored.register)
    text = translate("RestoreDialog", "Backup restored. The register as it was before is kept in %1.")
    window.statusBar().showMessage(fill(text, restored.safety_backup.name), 15000)


def _not_restored(window: MainWindow, progress: QProgressDialog, register: Register,
                  error: BaseException) -> None:
    progress.close()
    window.restoring = False
    if register.engine is not None:
        window._on_unlocked(register)  # nothing was replaced: the same register, as it was
    else:
        window.lock_screen.prepare()  # the files were put back; unlocking opens them again
    detail = error_text(error) if isinstance(error, RegisterError) else type(error).__name__
    box = QMessageBox(QMessageBox.Icon.Warning, translate("RestoreDialog", "Restore a backup"),
                      fill(translate("RestoreDialog", "The backup was not restored: %1"), detail),
                      parent=window)
    box.setObjectName("restoreFailed")
    box.open()
