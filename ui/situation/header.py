"""The header of the situation editor: pseudonym, person, status, save state and the main buttons.

One row when the window is wide enough; on a narrow window (1280×800 at 150 %: 853 logical pixels) the save
state and the buttons go to a second row rather than widening the window past the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ui.common.vocab_widgets import HINT_STYLE
from ui.situation.status import StatusBadge

DIRTY_STYLE = "color: #8a5a00; font-weight: 600;"
SPACING = 12
ROW_GAP = 4  # between the two rows on a narrow window: its height is short too


class EditorHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_label = self._big_label("code_label", bold=True)
        self.name_label = self._big_label("name_label", bold=False)
        self.badge = StatusBadge(self)
        self.dirty_label = QLabel(self)
        self.dirty_label.setObjectName("dirty_label")
        # no Alt letter on Save and Undo: Ctrl+S and Ctrl+Z (in their tooltips) do it, and the fields and
        # buttons of the tabs take all the letters of "Save" / "Enregistrer" / "Opslaan"
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.undo_button = QPushButton(self.tr("Undo last change"), self)
        self.undo_button.setObjectName("undo_button")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("close_editor_button")
        self.identity, identity_row = self._part()
        for widget in (self.code_label, self.name_label, self.badge):
            identity_row.addWidget(widget)
        identity_row.addStretch(1)
        self.actions, self.actions_row = self._part()
        self.actions_row.addStretch(1)  # on a second row, the buttons stay on the right
        for widget in (self.dirty_label, self.undo_button, self.save_button, self.close_button):
            self.actions_row.addWidget(widget)
        self.rows = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(SPACING)
        self.rows.addWidget(self.identity, 1)
        self.rows.addWidget(self.actions)

    def _part(self) -> tuple[QWidget, QHBoxLayout]:
        part = QWidget(self)
        row = QHBoxLayout(part)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING)
        return part, row

    def _one_row_width(self) -> int:
        return (self.identity.minimumSizeHint().width() + SPACING
                + self.actions.minimumSizeHint().width())

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider part: below one row's width the parts go on two rows (resizeEvent)."""
        hint = super().minimumSizeHint()
        return QSize(max(self.identity.minimumSizeHint().width(), self.actions.minimumSizeHint().width()),
                     hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= self._one_row_width()
                     else QBoxLayout.Direction.TopToBottom)
        if direction != self.rows.direction():
            self.rows.setDirection(direction)
            self.rows.setSpacing(SPACING if direction == QBoxLayout.Direction.LeftToRight else ROW_GAP)
            self.updateGeometry()  # the height changes: the editor lays out again
        super().resizeEvent(event)

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
