"""Register → Import a personal export (JSON)…: choose the file, see what it would add (the whole file is
checked off the window's thread, nothing written), confirm, read the result.

The import runs as an operation of the register's runner after an automatic backup (app.import_preview); a
malformed file is refused at the preview, with the record and field named, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import ChangeSet
from app.errors import CodedError
from app.import_preview import ImportPreview, ImportResult, import_after_backup, preview_import
from app.registers import Register
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.vocab_widgets import error_label
from ui.common.workers import run_in_background

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

translate = QCoreApplication.translate


class ImportDialog(QDialog):
    """`confirmed(path)` once a previewed file is accepted."""

    confirmed = Signal(object)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a personal export"))
        self._register = register
        self.preview: ImportPreview | None = None
        self.checking = False
        self._asked = ""  # the file whose preview is awaited: an older answer is dropped
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("A .json file written by “relais export-json”"))
        self.path.textChanged.connect(self._check)
        browse = QPushButton(self.tr("C&hoose…"), self)
        browse.clicked.connect(self.choose_file)
        self.description = QLabel(self.tr("The people, situations and everything recorded with them are "
                                          "added to this register; nothing in it is changed or removed."),
                                  self)
        self.description.setWordWrap(True)
        self.description.setObjectName("importDescription")
        self.error = error_label(self)
        self.error.setObjectName("importError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)
        row.addWidget(file_label)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.description)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self.path.setFocus()

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Import a personal export"), "",
                                                      self.tr("Relais exports (*.json)"))
        if chosen:
            self.path.setText(chosen)

    def _check(self, text: str) -> None:
        self.preview = None
        self.import_button.setEnabled(False)
        self.error.hide()
        path = Path(text.strip()).expanduser() if text.strip() else None
        if path is None or not path.is_file():
            self._asked = ""
            return
        self._asked, self.checking = str(path), True
        self.description.setText(self.tr("Checking the file…"))
        task = run_in_background(preview_import, self._register, path, receiver=self)
        task.succeeded.connect(lambda preview, asked=str(path): self._previewed(asked, preview))
        task.failed.connect(lambda error, asked=str(path): self._refused(asked, error))

    def _previewed(self, asked: str, preview: ImportPreview) -> None:
        if asked != self._asked:
            return
        self.checking, self.preview = False, preview
        self.description.setText(self.describe(preview) + "\n\n" + self.tr(
            "A backup of the register is made first: it undoes the import if needed."))
        self.import_button.setEnabled(True)
        self.adjustSize()  # the description grew: the dialog shows it whole

    def _refused(self, asked: str, error: BaseException) -> None:
        if asked != self._asked:
            return
        self.checking = False
        self.description.setText(self.tr("Nothing will be imported from this file."))
        detail = error_text(error) if isinstance(error, CodedError) else type(error).__name__
        self.error.setText(fill(self.tr("This file cannot be imported: %1"), detail))
        self.error.show()
        self.adjustSize()

    def describe(self, preview: ImportPreview) -> str:
        parts = [self.tr("%n person(s)", "", preview.persons),
                 self.tr("%n situation(s)", "", preview.situations),
                 self.tr("%n resource(s) of the directory", "", preview.resources),
                 self.tr("%n time entry(ies)", "", preview.time_entries),
                 self.tr("%n reminder(s)", "", preview.followups),
                 self.tr("%n CdP session(s)", "", preview.cdp_sessions)]
        return fill(self.tr("This file will add: %1."), ", ".join(parts))

    def result_text(self, result: ImportResult) -> str:
        return fill(self.tr("%n situation(s) imported. The register as it was before is kept in the backup "
                            "%1.", "", result.situations), result.backup.name)

    def accept(self) -> None:
        if self.preview is None:
            return
        self.confirmed.emit(Path(self._asked))
        super().accept()


# -- the flow in the window ----------------------------------------------------------------------------------
def import_from_window(window: MainWindow) -> ImportDialog | None:
    if window.services is None:
        return None
    dialog = ImportDialog(window.services.register, window)
    dialog.confirmed.connect(lambda path: _import(window, dialog, path))
    dialog.exec()
    return dialog


def _import(window: MainWindow, dialog: ImportDialog, path: Path) -> None:
    window.runner.run(lambda s: import_after_backup(s.register, path), changes=ChangeSet.everything(),
                      receiver=window, label=translate("ImportDialog", "Importing…"),
                      done=lambda result: _imported(window, dialog, result),
                      failed=lambda error: _failed(window, error))


def _failed(window: MainWindow, error: BaseException) -> None:
    detail = error_text(error) if isinstance(error, CodedError) else type(error).__name__
    _say(window, fill(translate("ImportDialog", "Nothing was imported: %1"), detail), failed=True)


def _imported(window: MainWindow, dialog: ImportDialog, result: ImportResult) -> None:
    window.backup_status.show(window.services)
    _say(window, dialog.result_text(result))


def _say(window: MainWindow, text: str, *, failed: bool = False) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information,
                      translate("ImportDialog", "Import a personal export"), text, parent=window)
    box.setObjectName("importResult")
    box.open()
    window.import_result = box
