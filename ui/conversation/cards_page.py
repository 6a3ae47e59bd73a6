"""The cards screen: the pace (one to six cards at a time), the cards of this screen with "Not now" under
each, the person's words under the chosen card, and the way through the deck.

Keyboard: Tab goes through the cards and buttons, arrows move between cards, Space or Enter chooses a card,
Delete sets it aside, Page Down / Page Up show more or previous cards. Touch and mouse: every control is a
button at least 9 mm high.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from app.cards import Deck
from ui.conversation.card import ConversationCard
from ui.conversation.state import PACES, WORDS_MAX, ConversationState
from ui.conversation.style import target_px
from ui.conversation.texts import ConversationTexts

COLUMNS = {1: 1, 2: 2, 3: 3, 4: 2, 5: 3, 6: 3}
PICTOGRAM_SIDE = {1: 200, 2: 150, 3: 100, 4: 80, 5: 72, 6: 72}
BAR_POINTS = 18


def _button(text: str, parent: QWidget, name: str, quiet: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    if quiet:
        button.setProperty("role", "quiet")
    button.setMinimumHeight(target_px(parent))
    button.setMinimumWidth(target_px(parent))
    return button


def _bar_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSize(BAR_POINTS)
    label.setFont(font)
    return label


class CardsPage(QWidget):
    """Shows `state`'s current screen; `finished` when the person says they have finished."""

    finished = Signal()

    def __init__(self, deck: Deck, state: ConversationState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deck, self.state = deck, state
        self.texts = ConversationTexts(state.language)
        self.cards: list[ConversationCard] = []
        self._cells: list[QWidget] = []  # the cards and their "Not now" buttons on screen
        self._build()
        self.show_screen()

    # -- building ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.pace_label = _bar_label(self)
        self.pace_buttons = QButtonGroup(self)
        pace_row = QHBoxLayout()
        pace_row.setSpacing(6)
        pace_row.addWidget(self.pace_label)
        for pace in PACES:
            button = _button(str(pace), self, f"pace_{pace}", quiet=True)
            button.setCheckable(True)
            self.pace_buttons.addButton(button, pace)
            pace_row.addWidget(button)
        self.pace_buttons.idClicked.connect(self.set_pace)
        self.area = QWidget(self)
        self.area.setObjectName("cards_area")
        self.grid = QGridLayout(self.area)
        self.grid.setSpacing(18)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.area)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # a finger drags the cards when they scroll; set up after the first paint (its first use costs ~0.1 s)
        QTimer.singleShot(0, self, self._grab_touch_scrolling)
        self.words_label = _bar_label(self)
        self.words_label.setWordWrap(True)
        self.words = QPlainTextEdit(self)
        self.words.setObjectName("words")
        self.words.setTabChangesFocus(True)
        self.words.setFixedHeight(target_px(self) + 40)  # two lines of 22 pt
        self.words.textChanged.connect(self._on_words)
        self.previous = _button("", self, "previous", quiet=True)
        self.page_label = _bar_label(self)
        self.page_label.setProperty("role", "muted")
        self.next = _button("", self, "next", quiet=True)
        self.done = _button("", self, "done")
        self.previous.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.done.clicked.connect(self.finished.emit)
        # One bar at the bottom, so that the cards get the height: the way through, the pace, the end.
        nav = QHBoxLayout()
        for widget in (self.previous, self.page_label, self.next):
            nav.addWidget(widget)
        nav.addStretch(1)
        nav.addLayout(pace_row)
        nav.addStretch(1)
        nav.addWidget(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.words_label)
        layout.addWidget(self.words)
        layout.addLayout(nav)
        for keys, step in (("PgDown", 1), ("PgUp", -1)):
            QShortcut(QKeySequence(keys), self, lambda step=step: self.go(step))
        self.retranslate()

    def _grab_touch_scrolling(self) -> None:
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def retranslate(self) -> None:
        text = self.texts.text
        self.pace_label.setText(text("per_screen"))
        # Arrows read without reading; the words are the buttons' names for screen readers.
        self.previous.setText("◀")
        self.previous.setAccessibleName(text("previous"))
        self.previous.setToolTip(text("previous"))
        self.next.setText("▶")
        self.next.setAccessibleName(text("next"))
        self.next.setToolTip(text("next"))
        self.done.setText(text("done"))
        self.words.setAccessibleName(text("words_hint"))

    # -- the screen --------------------------------------------------------------------------------------
    def show_screen(self) -> None:
        """Rebuild the cards of the current screen from the state."""
        focus_id = next((card.card.id for card in self.cards if card.hasFocus()), None)
        for widget in self._cells:
            widget.hide()
            widget.deleteLater()
        self.cards, self._cells = [], []
        while self.grid.count():
            self.grid.takeAt(0)
        per_screen = self.state.per_screen
        self.pace_buttons.button(per_screen).setChecked(True)
        columns = COLUMNS[per_screen]
        for index, card_id in enumerate(self.state.screen()):
            self._add_card(card_id, index // columns, index % columns, per_screen)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.previous.setEnabled(self.state.page > 0)
        self.next.setEnabled(self.state.page < self.state.page_count() - 1)
        self.page_label.setText(self.texts.text("page", self.state.page + 1, self.state.page_count()))
        self._show_words()
        self._set_tab_order()
        target = next((card for card in self.cards if card.card.id == focus_id), None)
        (target or (self.cards[0] if self.cards else self.next)).setFocus()

    def _set_tab_order(self) -> None:
        """Each card then its "Not now", the words, then the bar from left to right: as they are seen."""
        chain = [*self._cells, self.words, self.previous, self.next, *self.pace_buttons.buttons(), self.done]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _add_card(self, card_id: str, row: int, column: int, per_screen: int) -> None:
        card = self._deck.card(card_id)
        if card is None:
            return
        names = (self.texts.text("card_name"), self.texts.text("card_chosen"))
        tile = ConversationCard(card, self.state.language, names, self.area)
        tile.set_mark_text(self.texts.text("chosen"))
        tile.set_pictogram_side(PICTOGRAM_SIDE[per_screen])
        tile.setChecked(card_id in self.state.chosen)
        tile.clicked.connect(lambda _checked=False, card_id=card_id: self.toggle(card_id))
        tile.installEventFilter(self)
        aside = _button(self.texts.text("not_now"), self.area, f"not_now_{card_id}", quiet=True)
        aside.setAccessibleName(f"{self.texts.text('not_now')}: {tile.label.text()}")
        aside.clicked.connect(lambda _checked=False, card_id=card_id: self.put_aside(card_id))
        cell = QVBoxLayout()
        cell.setSpacing(8)
        cell.addWidget(tile, 1)
        cell.addWidget(aside, 0, Qt.AlignmentFlag.AlignHCenter)
        self.grid.addLayout(cell, row, column)
        tile.show()  # now, not at the next event loop: the focus can go to it at once
        aside.show()
        self.cards.append(tile)
        self._cells += [tile, aside]

    def _show_words(self) -> None:
        current = self.state.current
        card = self._deck.card(current)
        shown = card is not None
        self.words.setEnabled(shown)
        self.words.blockSignals(True)
        self.words.setPlainText(self.state.words.get(current, "") if shown else "")
        self.words.blockSignals(False)
        if shown:
            self.words_label.setText(self.texts.text("words_for", card.label(self.state.language)))
        else:
            self.words_label.setText(self.texts.text("words_hint"))

    # -- what the person does ----------------------------------------------------------------------------
    def set_pace(self, per_screen: int) -> None:
        self.state.set_pace(per_screen)
        self.show_screen()

    def go(self, step: int) -> None:
        self.state.go(step)
        self.show_screen()

    def toggle(self, card_id: str) -> None:
        chosen = self.state.toggle(card_id)
        for card in self.cards:
            if card.card.id == card_id:
                card.setChecked(chosen)
        self._show_words()
        if chosen:
            self.words.setFocus()

    def put_aside(self, card_id: str) -> None:
        self.state.put_aside(card_id)
        self.show_screen()

    def _on_words(self) -> None:
        if self.state.current is None:
            return
        text = self.words.toPlainText()
        if len(text) > WORDS_MAX:  # a priority's text has a limit: stop there rather than refuse at the end
            self.words.setPlainText(text[:WORDS_MAX])
            return
        self.state.set_words(self.state.current, text)

    def eventFilter(self, watched, event) -> bool:
        is_card_key = isinstance(watched, ConversationCard) and isinstance(event, QKeyEvent)
        if is_card_key and event.type() == QKeyEvent.Type.KeyPress and self._card_key(watched, event):
            return True
        return super().eventFilter(watched, event)

    def _card_key(self, card: ConversationCard, event: QKeyEvent) -> bool:
        """Arrows move between the cards of the screen; Delete sets the card aside."""
        key = event.key()
        if key == Qt.Key.Key_Delete:
            self.put_aside(card.card.id)
            return True
        columns = COLUMNS[self.state.per_screen]
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -columns, Qt.Key.Key_Down: columns}
        if key not in steps:
            return False
        index = self.cards.index(card) + steps[key]
        if 0 <= index < len(self.cards):
            self.cards[index].setFocus()
        return True
