"""Card deck widgets: the grid of cards drawn during a dialogue session, and a theme chooser.

The grid lays the deck's cards out as raised, rounded tiles (`ui.dialogue.card_tile`) under their group
headings. It is
one stop in the Tab chain (a "roving" focus: only the current card takes Tab focus): arrows move between
cards, Home/End go to the first/last card, Page Up/Down to the previous/next group, Space or Enter draws or
puts back the current card, and Tab leaves the grid.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.cards import Deck
from ui.common.i18n import fill
from ui.common.vocab_widgets import ui_language
from ui.dialogue.card_tile import TILE_MIN_WIDTH, CardTile, accent_of
from ui.shell import pyside_fix

pyside_fix.install()

MOVES = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}
TOGGLE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
SPACING = 10


def theme_label(deck: Deck, theme: str | None, lang: str) -> str:
    """A theme's card label; "No theme" for None; "Unknown theme (id)" when the deck does not know it."""
    if theme is None:
        return QCoreApplication.translate("ThemeCombo", "No theme")
    if deck.is_known(theme):
        return deck.label(theme, lang)
    return fill(QCoreApplication.translate("ThemeCombo", "Unknown theme (%1)"), theme)


class CardGrid(QWidget):
    """The deck's cards by group; `selected()` lists the drawn card ids in drawing order."""

    selection_changed = Signal(list)

    def __init__(self, deck: Deck, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_grid")
        self._order: list[str] = []
        self._tiles: dict[str, CardTile] = {}
        self._rows: list[list[CardTile]] = []
        self._group_starts: list[int] = []  # row index of each group's first row
        self._columns = 0
        self._current: CardTile | None = None
        self._board = QWidget()
        self._board.setObjectName("card_board")
        self._grid = QGridLayout(self._board)
        self._grid.setSpacing(SPACING)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(self._board)
        self._scroll.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        self.set_deck(deck, lang)

    # -- public API -------------------------------------------------------------------------------------
    def set_deck(self, deck: Deck, lang: str | None = None) -> None:
        """Show another deck (the drawn cards are kept, even those the new deck does not know)."""
        self.deck, self.lang = deck, lang or ui_language()
        old_tiles = list(self._tiles.values())
        self._tiles = {}
        for card in deck.cards:
            tile = CardTile(card, self.lang, accent_of(deck, card.group), self._board)
            tile.installEventFilter(self)
            tile.toggled.connect(lambda checked, card_id=card.id: self._on_toggled(card_id, checked))
            self._tiles[card.id] = tile
        if old_tiles:
            self._replace_in_focus_chain(old_tiles)
        self._columns = 0
        self._current = None
        self._relayout(self._columns_for_width())
        self._show_selection()
        self._make_current(next(iter(self._tiles.values()), None))

    def _replace_in_focus_chain(self, old_tiles: list[CardTile]) -> None:
        """New tiles take the old ones' place in the Tab chain (new widgets would go to its end).

        The anchor is the last old tile (setTabOrder ignores widgets without focus, like the board).
        """
        previous = old_tiles[-1]
        for tile in self._tiles.values():
            QWidget.setTabOrder(previous, tile)
            previous = tile
        for tile in old_tiles:
            tile.hide()
            tile.deleteLater()

    def selected(self) -> list[str]:
        return list(self._order)

    def set_selected(self, ids: Iterable[str]) -> None:
        order = list(dict.fromkeys(card_id for card_id in ids if card_id))
        if order == self._order:
            return
        self._order = order
        self._show_selection()
        self.selection_changed.emit(list(self._order))

    def unknown_selected(self) -> list[str]:
        """Drawn card ids the current deck does not know (kept from an older deck)."""
        return [card_id for card_id in self._order if card_id not in self._tiles]

    def tile(self, card_id: str) -> CardTile:
        return self._tiles[card_id]

    def current_card(self) -> str | None:
        return self._current.card.id if self._current else None

    def set_current_card(self, card_id: str) -> None:
        self._make_current(self._tiles[card_id])

    def focus_current(self) -> None:
        if self._current:
            self._current.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- selection ---------------------------------------------------------------------------------------
    def _on_toggled(self, card_id: str, checked: bool) -> None:
        if checked and card_id not in self._order:
            self._order.append(card_id)
        elif not checked and card_id in self._order:
            self._order.remove(card_id)
        self._show_selection()
        self.selection_changed.emit(list(self._order))

    def _show_selection(self) -> None:
        numbers = {card_id: number for number, card_id in enumerate(self._order, start=1)}
        for card_id, tile in self._tiles.items():
            tile.blockSignals(True)
            tile.setChecked(card_id in numbers)
            tile.blockSignals(False)
            tile.number = numbers.get(card_id, 0)
            tile.setAccessibleName(self._accessible_name(tile))
            tile.update()

    def _accessible_name(self, tile: CardTile) -> str:
        if tile.number:
            return fill(self.tr("%1 (drawn, number %2)"), tile.text(), tile.number)
        return tile.text()

    # -- keyboard ----------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            columns = self._columns_for_width()
            if columns != self._columns:
                self._relayout(columns)
        elif isinstance(watched, CardTile):
            if event.type() == QEvent.Type.FocusIn:
                self._make_current(watched)
                self._scroll.ensureWidgetVisible(watched, 8, 8)
            elif event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                return self._handle_key(watched, event)
        return super().eventFilter(watched, event)

    def _handle_key(self, tile: CardTile, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False  # Ctrl+Enter (save) and other shortcuts go on to the window
        key = event.key()
        target = self._target(tile, key)
        if key not in TOGGLE_KEYS and target is None:
            return False
        if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
            if key in TOGGLE_KEYS:
                tile.toggle()
            elif target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _target(self, tile: CardTile, key: int) -> CardTile | None:
        row, column = self._position(tile)
        tiles = [t for r in self._rows for t in r]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            index = tiles.index(tile) + MOVES[key][1]  # reading order, across groups
            return tiles[index] if 0 <= index < len(tiles) else tile
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            target_row = row + MOVES[key][0]
            if not 0 <= target_row < len(self._rows):
                return tile
            return self._rows[target_row][min(column, len(self._rows[target_row]) - 1)]
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            return tiles[0] if key == Qt.Key.Key_Home else tiles[-1]
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            return self._group_jump(row, key == Qt.Key.Key_PageDown)
        return None

    def _group_jump(self, row: int, forward: bool) -> CardTile:
        group = max(i for i, start in enumerate(self._group_starts) if start <= row)
        group = min(group + 1, len(self._group_starts) - 1) if forward else max(group - 1, 0)
        return self._rows[self._group_starts[group]][0]

    def _position(self, tile: CardTile) -> tuple[int, int]:
        for row, tiles in enumerate(self._rows):
            if tile in tiles:
                return row, tiles.index(tile)
        return 0, 0

    def _make_current(self, tile: CardTile | None) -> None:
        """Roving focus: only the current card is in the Tab chain, so Tab enters and leaves the grid."""
        if self._current is not None and self._current is not tile:
            self._current.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._current = tile
        if tile is not None:
            tile.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(tile)

    # -- layout ------------------------------------------------------------------------------------------
    def _columns_for_width(self) -> int:
        width = self._scroll.viewport().width() - 2 * self._grid.contentsMargins().left()
        return max(1, (width + SPACING) // (TILE_MIN_WIDTH + SPACING))

    def _relayout(self, columns: int) -> None:
        """Place group headings and tiles on a grid of `columns` columns (rebuilt when the width changes)."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            if isinstance(item.widget(), QLabel):
                item.widget().deleteLater()
        self._columns, self._rows, self._group_starts = columns, [], []
        grid_row = 0
        for group in self.deck.groups:
            tiles = [self._tiles[card.id] for card in self.deck.cards_in(group.id)]
            if not tiles:
                continue
            heading = QLabel(group.label(self.lang), self._board)
            heading.setObjectName(f"group_{group.id}")
            heading.setStyleSheet(f"font-weight: bold; color: {accent_of(self.deck, group.id).name()};")
            self._grid.addWidget(heading, grid_row, 0, 1, columns)
            grid_row += 1
            self._group_starts.append(len(self._rows))
            for start in range(0, len(tiles), columns):
                self._rows.append(tiles[start : start + columns])
                for column, tile in enumerate(self._rows[-1]):
                    self._grid.addWidget(tile, grid_row, column)
                    tile.show()  # at once: a layout would show it only on the next event loop turn
                grid_row += 1
        for column in range(max(columns, self._grid.columnCount())):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self._grid.setRowStretch(grid_row, 1)


class ThemeCombo(QComboBox):
    """Choose a priority's theme among the deck's cards; drawn cards (if any) come first.

    A theme the deck does not know is kept as a first item "Unknown theme (id)", so it is never lost.
    """

    def __init__(self, deck: Deck, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self._deck, self.lang, self._drawn = deck, lang or ui_language(), []
        self._fill(None)

    def set_deck(self, deck: Deck, lang: str | None = None) -> None:
        theme = self.current_theme()
        self._deck, self.lang = deck, lang or self.lang
        self._fill(theme)

    def set_drawn(self, card_ids: Iterable[str]) -> None:
        """Put the cards drawn in the session at the top of the list."""
        theme = self.current_theme()
        self._drawn = [card_id for card_id in card_ids if self._deck.is_known(card_id)]
        self._fill(theme)

    def current_theme(self) -> str | None:
        return self.currentData()

    def set_theme(self, theme: str | None) -> None:
        if theme is not None and self.findData(theme) < 0:
            self._fill(theme)
        self.setCurrentIndex(max(self.findData(theme), 0))

    def _fill(self, theme: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("No theme"), None)
        if theme is not None and not self._deck.is_known(theme):
            self.addItem(fill(self.tr("Unknown theme (%1)"), theme), theme)
        for card_id in self._drawn:
            self.addItem("★ " + self._deck.label(card_id, self.lang), card_id)
        if self._drawn:
            self.insertSeparator(self.count())
        for card in self._deck.cards:
            if card.id not in self._drawn:
                self.addItem(card.label(self.lang), card.id)
        self.setCurrentIndex(max(self.findData(theme), 0))
        self.blockSignals(False)
