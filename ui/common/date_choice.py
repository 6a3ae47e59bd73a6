"""A small dialog to pick a date with quick choices (+1 week, +2 weeks, +1 month), optionally "none"."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import clock
from ui.common.vocab_widgets import OptionalDateEdit, error_label

QUICK_DAYS = (7, 14, 30)


class DateChoiceDialog(QDialog):
    """Ask for a date from today on; with `allow_none`, unticking the box means "no date"."""

    def __init__(self, title: str, message: str, initial: date | None, allow_none: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.picker = OptionalDateEdit(self.tr("&On"), self.tr("none"), self)
        self.picker.setObjectName("date_choice")
        self.picker.edit.setAccessibleName(title)
        self.picker.default_offset_days = QUICK_DAYS[0]
        texts = (self.tr("+1 week"), self.tr("+2 weeks"), self.tr("+1 month"))
        names = (self.tr("In one week"), self.tr("In two weeks"), self.tr("In one month"))
        self.quick_buttons = [self.picker.add_quick_choice(text, days, name)
                              for text, days, name in zip(texts, QUICK_DAYS, names, strict=True)]
        self.picker.finish_row()
        self.picker.set_date(initial)
        self.picker.check.setVisible(allow_none)
        if not allow_none and initial is None:
            self.picker.set_date(clock.today())
        self.error = error_label(self)
        self._build_layout(message)

    def _build_layout(self, message: str) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        label = QLabel(message, self)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (label, self.picker, self.error, buttons):
            layout.addWidget(widget)
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def accept(self) -> None:
        chosen = self.chosen_date()
        if chosen is not None and chosen < clock.today():
            self.error.setText(self.tr("Choose today or a later date."))
            self.error.show()
            self.picker.edit.setFocus()
            return
        super().accept()

    def chosen_date(self) -> date | None:
        return self.picker.date()
