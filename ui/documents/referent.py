"""Asks for the referent's own contact the first time a handover sheet needs it (kept in the register)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.documents.referent import ReferentContact
from app.errors import CodedError
from ui.common.errors import error_text
from ui.common.vocab_widgets import error_label

OK = QDialogButtonBox.StandardButton.Ok


class ReferentContactDialog(QDialog):
    def __init__(self, contact: ReferentContact, submit, parent: QWidget | None = None) -> None:
        """`submit(contact)` saves, or raises a CodedError (shown, the dialog stays)."""
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Your contact on the documents"))
        self.edits = {name: QLineEdit(getattr(contact, name), self)
                      for name in ("name", "organisation", "phone", "email")}
        form = QFormLayout()
        for name, text in (("name", self.tr("Your &name")), ("organisation", self.tr("&Organisation")),
                           ("phone", self.tr("&Phone")), ("email", self.tr("&E-mail"))):
            label = QLabel(text, self)
            label.setBuddy(self.edits[name])
            self.edits[name].setObjectName(f"referent_{name}")
            form.addRow(label, self.edits[name])
        buttons = QDialogButtonBox(OK | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The handover sheet tells the next professional how to reach you."),
                                self))
        layout.addLayout(form)
        self.error = error_label(self)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def contact(self) -> ReferentContact:
        return ReferentContact(**{name: edit.text() for name, edit in self.edits.items()})

    def try_accept(self) -> None:
        try:
            self._submit(self.contact())
        except CodedError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()
