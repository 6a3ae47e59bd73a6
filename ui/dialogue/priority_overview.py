"""Across the register: how many priorities per theme and status (for the referent's own reflection), and the
card deck in use (load a deck file, or go back to the default deck).

A deck file is validated completely before it is used; when it is refused, its message (naming the problem
and where it is) is shown here and the current deck stays.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cards import DeckError
from app.services import Services
from app.vocab import vocabularies
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.vocab_widgets import error_label, hint_label, label_of, ui_language
from ui.dialogue.card_grid import theme_label

Counts = Mapping[tuple[str | None, str], int]
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PriorityOverview(QWidget):
    """Counts of priorities by theme (rows) and status (columns), with totals; the deck in use."""

    deck_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._lang = ui_language()
        self.table = QTableWidget(self)
        self.table.setObjectName("priority_counts")
        self.table.setAccessibleName(self.tr("Priorities by theme and status"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.empty = hint_label(self.tr("No priority in the register yet."), self)
        self.deck_name = QLabel(self)
        self.deck_name.setObjectName("deck_name")
        self.deck_name.setWordWrap(True)
        self.deck_error = error_label(self)
        self.deck_error.setObjectName("deck_error")
        self.deck_message = hint_label("", self)
        self.load_button = self._button("load_deck", self.tr("&Load a card deck…"), self.choose_deck_file)
        self.reset_button = self._button(
            "default_deck", self.tr("&Back to the default deck"), self.reset_deck
        )
        self._build_layout()
        self.refresh()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        title = QLabel(self.tr("&Priorities by theme and status"), self)
        title.setBuddy(self.table)
        title.setStyleSheet("font-weight: bold;")
        intro = hint_label(
            self.tr(
                "For your own reflection: the priorities of every situation in the register, "
                "counted by theme card and by current status."
            ),
            self,
        )
        deck_title = QLabel(self.tr("Card deck"), self)
        deck_title.setStyleSheet("font-weight: bold;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (title, intro, self.empty):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addSpacing(8)
        for widget in (deck_title, self.deck_name):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.deck_error)
        layout.addWidget(self.deck_message)

    # -- counts ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        deck = self._services.deck_settings.current_deck()
        counts = self._services.priorities.counts_by_theme_and_status(deck)
        self._show_deck(
            deck.display_name(self._lang),
            self._services.deck_settings.is_custom(),
            deck.notice.get(self._lang) or deck.notice.get("fr", ""),
        )
        themes = list(dict.fromkeys(theme for theme, _status in counts))
        statuses = vocabularies()["priority_statuses"].ids()
        self.table.clear()
        self.table.setColumnCount(len(statuses) + 2)
        self.table.setRowCount(len(themes) + 1 if themes else 0)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Theme"), *(label_of("priority_statuses", s) for s in statuses), self.tr("Total")]
        )
        for row, theme in enumerate(themes):
            self._fill_row(
                row,
                theme_label(deck, theme, self._lang),
                [counts.get((theme, status), 0) for status in statuses],
            )
        if themes:
            totals = [sum(counts.get((theme, status), 0) for theme in themes) for status in statuses]
            self._fill_row(len(themes), self.tr("Total"), totals, bold=True)
        self.empty.setVisible(not themes)
        self.table.setVisible(bool(themes))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_row(self, row: int, title: str, values: list[int], bold: bool = False) -> None:
        cells = [title, *(str(value) if value else "" for value in values), str(sum(values))]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(NUMBER_ALIGNMENT)
            if bold or column == len(cells) - 1:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def count(self, theme_title: str, status_column: int) -> str:
        """The text of one cell (for tests and accessibility checks): row by theme title, 1-based status."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == theme_title:
                return self.table.item(row, status_column).text()
        raise KeyError(theme_title)

    # -- the deck ----------------------------------------------------------------------------------------
    def _show_deck(self, name: str, custom: bool, notice: str) -> None:
        kind = self.tr("a deck loaded from a file") if custom else self.tr("the default deck")
        text = fill(self.tr("In use: %1 (%2)."), name, kind)
        self.deck_name.setText(f"{text} {notice}".strip())
        self.reset_button.setEnabled(custom)

    def choose_deck_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Load a card deck"), "", self.tr("Card decks (*.json);;All files (*)")
        )
        if path:
            self.load_deck_file(path)

    def load_deck_file(self, path: str) -> bool:
        """Use the deck in `path`; if it is refused, show why and keep the current deck."""
        self.deck_error.hide()
        self.deck_message.clear()
        try:
            deck = self._services.deck_settings.use_deck_file(path)
        except DeckError as error:
            self.deck_error.setText(
                fill(self.tr("This deck was not loaded: %1 The current deck stays."), error_text(error))
            )
            self.deck_error.show()
            return False
        self.refresh()
        self.deck_message.setText(
            fill(self.tr("Deck “%1” loaded (cards: %2)."), deck.display_name(self._lang), len(deck.cards))
        )
        self.deck_changed.emit()
        return True

    def reset_deck(self) -> None:
        self.deck_error.hide()
        self._services.deck_settings.reset_to_default()
        self.refresh()
        self.deck_message.setText(self.tr("Back to the default deck."))
        self.deck_changed.emit()
