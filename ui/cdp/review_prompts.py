"""The modal dialogs of the CdP review, one place each: tests replace these functions.

The file dialog and the message box are asked by the export flow (ui/cdp/review_export.py), the rewrite
dialog by the field view (ui/cdp/review_field.py); both call them through this module, never a copy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.common.vocab_widgets import hint_label

FILTERS = {"pdf": "PDF (*.pdf)", "json": "JSON (*.json)"}


def choose_export_path(parent: QWidget, fmt: str, suggested: Path) -> str:
    titles = {
        "pdf": QCoreApplication.translate("CanvasReviewDialog", "Export the anonymised canvases (PDF)"),
        "json": QCoreApplication.translate("CanvasReviewDialog", "Export the anonymised canvases (JSON)"),
    }
    title = titles[fmt]
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), FILTERS[fmt])
    return path


def warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def edit_text(parent: QWidget, title: str, text: str) -> str | None:
    """The referent's rewrite of an exported text, or None when cancelled."""
    dialog = EditTextDialog(title, text, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.text()


class EditTextDialog(QDialog):
    """A small dialog to rewrite one exported text; it is checked again when accepted."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("rewrite")
        self.edit.setPlainText(text)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Text as it will be exported"))
        label = QLabel(self.tr("&Text as it will be exported:"), self)
        label.setBuddy(self.edit)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(hint_label(self.tr(
            "Placeholders such as [PERSONNE 1] can stay. The new text is checked again when you accept: a "
            "name you type is masked like any other."), self))  # fmt: skip
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def text(self) -> str:
        return self.edit.toPlainText()
