"""The preview shown before any document is written or printed: its pages, what the reader should know
(notices such as "text shortened"), and Save as PDF… / Print… / Close.

`exec()` then `.choice`: "save", "print" or None (closed). The dialog writes nothing itself: the caller saves
through the export pipeline or prints, and logs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.common.i18n import fill
from ui.documents.pages import page_images


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, notices: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(fill(self.tr("Preview — %1"), title))
        layout = QVBoxLayout(self)
        self.notice_labels = [self._notice(text) for text in notices]
        for label in self.notice_labels:
            layout.addWidget(label)
        self.pages = self._pages(pdf)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self._buttons())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.choose_print)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.choose_save)
        self.resize(720, 860)

    def _notice(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("preview_notice")
        label.setWordWrap(True)
        label.setStyleSheet("QLabel { background: #fff4d6; color: #3d2e00; padding: 6px; }")
        return label

    def _pages(self, pdf: bytes) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        holder = QWidget(area)
        holder.setStyleSheet("QWidget { background: #7a838c; }")
        column = QVBoxLayout(holder)
        column.setSpacing(12)
        self.page_labels: list[QLabel] = []
        images = page_images(pdf, dpi=84)
        for number, image in enumerate(images, start=1):
            label = QLabel(holder)
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(fill(self.tr("Page %1 of %2"), str(number), str(len(images))))
            column.addWidget(label)
            self.page_labels.append(label)
        area.setWidget(holder)
        area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll the pages
        return area

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        box.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.choose_save)
        self.print_button.clicked.connect(self.choose_print)
        self.close_button.clicked.connect(self.reject)
        self.save_button.setDefault(True)
        return box

    def choose_save(self) -> None:
        self.choice = "save"
        self.accept()

    def choose_print(self) -> None:
        self.choice = "print"
        self.accept()

    def reject(self) -> None:
        self.choice = None
        super().reject()
