"""The note to the GP, drafted from the visit's log, edited here, then handed to the referent's own mail
program. Relais never sends mail.

"Open in my mail program" uses a `mailto:` link when the note is short enough, else writes an `.eml` draft to
the private exports folder and opens it the same way. "Copy the text" is for a secure messaging service (and
the only way out when the GP's e-mail is not in the network). Each way out is logged, never the text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from app import clock
from app.changes import ChangeSet
from app.documents.gp_note import (
    GpNoteDraft,
    draft_gp_note,
    eml_file_name,
    fits_mailto,
    log_gp_note,
    mailto_url,
    private_exports_folder,
    save_gp_note_eml,
)  # fmt: skip
from app.documents.liaison_texts import LANGUAGES
from app.errors import CodedError
from app.services import Services
from ui.common.errors import error_text
from ui.common.i18n import current_language, fill
from ui.common.operations import runner_for

LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}


def open_gp_note(editor) -> None:
    if editor.situation_id is not None:
        GpNoteDialog(editor.services, editor.situation_id, current_language(), editor).exec()


class GpNoteDialog(QDialog):
    def __init__(self, services: Services, situation_id: int, lang: str, parent: QWidget | None = None, *,
                 exports_folder: Callable[[], Path] = private_exports_folder) -> None:
        super().__init__(parent)
        self._services, self._situation_id, self._exports_folder = services, situation_id, exports_folder
        self.setWindowTitle(self.tr("Note to the GP"))
        self.resize(720, 640)
        self._build()
        self.language.setCurrentIndex(LANGUAGES.index(lang if lang in LANGUAGES else "fr"))
        self.language.currentIndexChanged.connect(lambda _index: self._redraft())
        self._redraft()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        warning = QLabel(self.tr("<b>Ordinary e-mail is not a secure channel.</b> For health information, "
                                 "prefer your secure messaging service: use “Copy the text” and paste it "
                                 "there."), self)
        warning.setWordWrap(True)
        layout.addWidget(warning)
        form = QFormLayout()
        self.language, self.recipient = QComboBox(self), QLabel(self)
        self.language.addItems([LANGUAGE_NAMES[lang] for lang in LANGUAGES])
        self.recipient.setWordWrap(True)
        self.subject, self.body = QLineEdit(self), QPlainTextEdit(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("To:"), self.recipient)
        form.addRow(self.tr("&Subject:"), self.subject)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(self._buttons())

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.mail_button = QPushButton(self.tr("&Open in my mail program"), self)
        self.copy_button = QPushButton(self.tr("&Copy the text"), self)
        for button, slot in ((self.mail_button, self.open_in_mail), (self.copy_button, self.copy_text)):
            button.clicked.connect(slot)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        # Enter copies: the warning above advises a secure messaging service over ordinary e-mail.
        self.copy_button.setDefault(True)
        return buttons

    def _redraft(self) -> None:
        lang = LANGUAGES[self.language.currentIndex()]
        self._draft = draft_gp_note(self._services.register, self._situation_id, lang)
        self.subject.setText(self._draft.subject)
        self.body.setPlainText(self._draft.body)
        if self._draft.to:
            self.recipient.setText(f"{self._draft.gp_name} <{self._draft.to}>".strip())
        else:
            self.recipient.setText(self.tr("No e-mail address for the GP in the person's network: copy the "
                                           "text into your secure messaging service or your mail."))
        self.mail_button.setEnabled(bool(self._draft.to))
        self.status.clear()

    def draft(self) -> GpNoteDraft:
        """The draft as edited on screen."""
        return self._draft.edited(self.subject.text().strip(), self.body.toPlainText())

    def open_in_mail(self) -> None:
        draft = self.draft()
        if not draft.to:
            return
        if fits_mailto(draft):
            if not QDesktopServices.openUrl(QUrl(mailto_url(draft.to, draft.subject, draft.body))):
                self.status.setText(self.tr("No mail program answered on this computer: nothing was opened "
                                            "or sent. Use “Copy the text” and paste it where you write."))
                return
            self._log(draft, "mailto")
            self.status.setText(self.tr("Opened in your mail program: check it and send it from there."))
            return
        target = self._exports_folder() / eml_file_name(draft, clock.today())
        if not self._run(lambda services: save_gp_note_eml(services.register, draft, target)):
            return
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            said = self.tr("The note was too long for a mail link: it was written as %1 and opened in your "
                           "mail program. Delete the file once the mail is sent.")
        else:
            said = self.tr("The note was too long for a mail link: it was written as %1, but no program "
                           "opened it. Open it with your mail program, or use “Copy the text”.")
        self.status.setText(fill(said, str(target)))

    def copy_text(self) -> None:
        draft = self.draft()
        QGuiApplication.clipboard().setText(f"{draft.subject}\n\n{draft.body}")
        self._log(draft, "copy")
        self.status.setText(self.tr("The text is copied: paste it into your secure messaging service."))

    def _log(self, draft: GpNoteDraft, channel: str) -> None:
        self._run(lambda services: log_gp_note(services.register, draft, channel))

    def _run(self, operation) -> bool:
        try:
            runner_for(self._services).call(operation, changes=ChangeSet())  # only an export-log row
        except CodedError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return False
        return True
