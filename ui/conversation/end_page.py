"""The last screen of a conversation, for the person: the chosen cards with their words, to finish or go back;
and the referent's panel (opened only by the referent's key chord or long press) to leave the mode.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.cards import Deck
from ui.conversation.state import ConversationState
from ui.conversation.style import target_px
from ui.conversation.texts import ConversationTexts


def _big_button(text: str, parent: QWidget, name: str, quiet: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    if quiet:
        button.setProperty("role", "quiet")
    button.setMinimumHeight(target_px(parent))
    return button


def _label(text: str, parent: QWidget, points: int, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the person's words are shown as typed, never as markup
    font = label.font()
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    return label


class EndPage(QWidget):
    """What the person chose, in the conversation's language; `back` or `finish`."""

    back = Signal()
    finish = Signal()

    def __init__(self, deck: Deck, state: ConversationState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deck, self._state = deck, state
        self._texts = ConversationTexts(state.language)
        self.title = _label(self._texts.text("summary"), self, 30, bold=True)
        self.list = QWidget(self)
        self.list.setObjectName("cards_area")
        self._rows = QVBoxLayout(self.list)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button = _big_button("◀  " + self._texts.text("back"), self, "back", quiet=True)
        self.finish_button = _big_button(self._texts.text("finish"), self, "finish")
        self.back_button.clicked.connect(self.back.emit)
        self.finish_button.clicked.connect(self.finish.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        language = self._state.language
        if not self._state.chosen:
            self._rows.addWidget(_label(self._texts.text("nothing_chosen"), self.list, 24))
        for card_id in self._state.chosen:
            card = self._deck.card(card_id)
            words = self._state.words.get(card_id, "").strip() or self._texts.text("no_words")
            self._rows.addWidget(_label(card.label(language) if card else card_id, self.list, 26, bold=True))
            self._rows.addWidget(_label(words, self.list, 24))
        if self._state.set_aside:
            labels = ", ".join(self._deck.label(card_id, language) for card_id in self._state.set_aside)
            aside = _label(self._texts.text("set_aside", labels), self.list, 20)
            aside.setProperty("role", "muted")
            self._rows.addWidget(aside)
        self._rows.addStretch(1)
        self.finish_button.setFocus()


class ReferentPanel(QFrame):
    """For the referent only, in the window's language: save and leave, leave without saving, or go back."""

    save_and_leave = Signal()
    leave = Signal()
    resume = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referent_panel")
        self.text = _label(self.tr(
            "Leave conversation mode? “Save and leave” records the chosen cards and the person's words as a "
            "dialogue session with up to three proposed priorities, to review in the dialogue tab."),
            self, 18)
        self.save_button = _big_button(self.tr("Save and leave"), self, "save_and_leave")
        self.leave_button = _big_button(self.tr("Leave without saving"), self, "leave", quiet=True)
        self.resume_button = _big_button(self.tr("Back to the conversation"), self, "resume", quiet=True)
        self.error = _label("", self, 16)
        self.error.hide()
        self.save_button.clicked.connect(self.save_and_leave.emit)
        self.leave_button.clicked.connect(self._leave_clicked)
        self.resume_button.clicked.connect(self.resume.emit)
        self._chosen = 0  # cards that leaving without saving would lose
        self._armed = False
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        for button in (self.save_button, self.leave_button, self.resume_button):
            layout.addWidget(button)
        layout.addStretch(2)

    def prepare(self, chosen: int) -> None:
        """The panel as it opens: `chosen` cards would be lost by leaving without saving."""
        self._chosen, self._armed = chosen, False
        self.leave_button.setText(self.tr("Leave without saving"))
        self.show_error("")

    def _leave_clicked(self) -> None:
        """With cards chosen, a first press only says what would be lost; the second one leaves."""
        if self._chosen and not self._armed:
            self._armed = True
            self.show_error(self.tr("%n chosen card(s) and the person's words will not be recorded. "
                                    "Press again to leave without saving.", "", self._chosen))
            self.leave_button.setText(self.tr("Leave and lose the chosen cards"))
            return
        self.leave.emit()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
