"""The header of the situation editor: pseudonym, person, status, save state and the main buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ui.common.vocab_widgets import HINT_STYLE
from ui.situation.status import StatusBadge

DIRTY_STYLE = "color: #8a5a00; font-weight: 600;"


class EditorHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_label = self._big_label("code_label", bold=True)
        self.name_label = self._big_label("name_label", bold=False)
        self.badge = StatusBadge(self)
        self.dirty_label = QLabel(self)
        self.dirty_label.setObjectName("dirty_label")
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.undo_button = QPushButton(self.tr("&Undo last change"), self)
        self.undo_button.setObjectName("undo_button")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("close_editor_button")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for widget in (self.code_label, self.name_label, self.badge):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.dirty_label, self.undo_button, self.save_button, self.close_button):
            row.addWidget(widget)

    def _big_label(self, name: str, bold: bool) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(bold)
        label.setFont(font)
        return label

    def show_identity(self, code: str | None, name: str, status: str | None) -> None:
        """`code` and `status` are None for a situation not saved yet."""
        self.code_label.setText(code or self.tr("New situation"))
        self.name_label.setText(name or self.tr("(no name yet)"))
        if status:
            self.badge.set_status(status)
        else:
            self.badge.set_status("new", self.tr("New"))

    def show_save_state(self, dirty: bool, is_new: bool, can_undo: bool, saved_message: str) -> None:
        self.save_button.setEnabled(dirty or is_new)
        self.undo_button.setEnabled(can_undo)
        if dirty:
            self.dirty_label.setText("● " + self.tr("Unsaved changes"))
        elif is_new:
            self.dirty_label.setText(self.tr("Not saved yet"))
        else:
            self.dirty_label.setText(saved_message or self.tr("All changes saved"))
        self.dirty_label.setStyleSheet(DIRTY_STYLE if dirty else HINT_STYLE)


def ask_save_changes(parent: QWidget) -> QMessageBox.StandardButton:
    """Save / Don't save / Cancel, with Save as the default and Escape cancelling."""
    button, translate = QMessageBox.StandardButton, QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("EditorHeader", "Unsaved changes"),
                      translate("EditorHeader", "This situation has changes that are not saved."),
                      button.Save | button.Discard | button.Cancel, parent)
    box.setInformativeText(translate("EditorHeader", "Save them before closing?"))
    box.button(button.Save).setText(translate("EditorHeader", "&Save"))
    box.button(button.Discard).setText(translate("EditorHeader", "Do&n't save"))
    box.button(button.Cancel).setText(translate("EditorHeader", "Cancel"))
    box.setDefaultButton(button.Save)
    box.setEscapeButton(button.Cancel)
    box.exec()
    return box.standardButton(box.clickedButton())
