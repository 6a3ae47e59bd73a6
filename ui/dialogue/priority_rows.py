"""The priorities written during a dialogue session: numbered lines "the person's words + theme card".

Three lines to start with (the guidance is two or three priorities); more can be added. Empty lines are
ignored; a theme chosen without words is refused, so that nothing the referent meant to keep is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.cards import Deck
from ui.common.errors import WindowValidationError
from ui.common.i18n import fill
from ui.common.vocab_widgets import error_label
from ui.dialogue.card_grid import ThemeCombo

ROWS_AT_START = 3  # the guidance: two or three priorities


class PriorityRows(QWidget):
    """Numbered lines "the person's words + theme"; empty lines are ignored, more lines can be added."""

    def __init__(self, deck: Deck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deck, self._drawn = deck, []
        self.texts: list[QLineEdit] = []
        self.themes: list[ThemeCombo] = []
        self._grid = QGridLayout()
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(2, 1)
        self.error = error_label(self)
        self.add_button = QPushButton(self.tr("Add a &blank line"), self)
        self.add_button.setObjectName("add_priority_line")
        self.add_button.clicked.connect(lambda: self.add_row().setFocus())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self.error)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.reset()

    def add_row(self) -> QLineEdit:
        number = len(self.texts) + 1
        text = QLineEdit(self)
        text.setObjectName(f"priority_text_{number}")
        text.setPlaceholderText(self.tr("In the person's words…"))
        text.setAccessibleName(fill(self.tr("Priority %1, in the person's words"), number))
        theme = ThemeCombo(self._deck, parent=self)
        theme.setObjectName(f"priority_theme_{number}")
        theme.setAccessibleName(fill(self.tr("Theme of priority %1"), number))
        theme.set_drawn(self._drawn)
        text.returnPressed.connect(lambda: self._next_line(number))
        for column, widget in enumerate((QLabel(f"{number}.", self), text, theme)):
            self._grid.addWidget(widget, number, column)
            widget.show()  # at once, so that the new line can take the focus now
        if self.texts:
            QWidget.setTabOrder(self.themes[-1], text)
        QWidget.setTabOrder(text, theme)
        QWidget.setTabOrder(theme, self.add_button)
        self.texts.append(text)
        self.themes.append(theme)
        return text

    def _next_line(self, number: int) -> None:
        if number < len(self.texts):
            self.texts[number].setFocus()
        else:
            self.focusNextChild()  # past the last line's theme: goes on like Tab

    def reset(self) -> None:
        """Back to three empty lines (the lines added beyond them are removed)."""
        while len(self.texts) > ROWS_AT_START:
            self._remove_last_row()
        while len(self.texts) < ROWS_AT_START:
            self.add_row()
        for text, theme in zip(self.texts, self.themes, strict=True):
            text.clear()
            theme.set_theme(None)
        self.error.hide()

    def _remove_last_row(self) -> None:
        row = len(self.texts)
        for column in range(3):
            widget = self._grid.itemAtPosition(row, column).widget()
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.texts.pop()
        self.themes.pop()

    def set_deck(self, deck: Deck) -> None:
        self._deck = deck
        for theme in self.themes:
            theme.set_deck(deck)

    def set_drawn(self, card_ids: list[str]) -> None:
        self._drawn = list(card_ids)
        for theme in self.themes:
            theme.set_drawn(self._drawn)

    def entries(self) -> list[tuple[str, str | None]]:
        """(text, theme) of the filled lines; a theme without words is refused (ValidationError)."""
        entries = []
        for number, (text, theme) in enumerate(zip(self.texts, self.themes, strict=True), start=1):
            words = text.text().strip()
            if not words and theme.current_theme() is not None:
                message = fill(self.tr("Line %1: write the person's words, or choose “No theme”."), number)
                raise WindowValidationError(f"priority_{number}", message)
            if words:
                entries.append((words, theme.current_theme()))
        return entries

    def state(self) -> tuple:
        return tuple((t.text(), c.current_theme()) for t, c in zip(self.texts, self.themes, strict=True))
