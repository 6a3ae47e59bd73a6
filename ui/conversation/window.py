"""The conversation window: the deck full screen for the person, with nothing of the register on it.

Opened from a situation's dialogue tab (button or F11). The referent chooses the conversation's language,
then hands the screen over. No names, codes, menus or notifications: only cards, the person's words and the
way through the deck. Leaving needs the referent: Ctrl+Shift+Q, or a long press (two seconds) on the small
dot in the top right corner, opens the referent's panel (save and leave, leave without saving, go back);
Escape and the window's close button do nothing.

When Relais locks (idle time, Ctrl+L, the session or the lid), the window hides, so that only the neutral lock
screen shows; its state (pace, screen, chosen cards, words) stays in memory, and after unlocking the
conversation comes back where it was. The words typed are written only at the end, through the dialogue
service, as the dialogue tab does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.cards import Deck
from app.changes import ChangeSet
from app.conversation import record_conversation
from app.errors import NotFoundError, ValidationError
from app.services import Services
from ui.common.errors import error_text
from ui.common.operations import announce
from ui.conversation.cards_page import CardsPage
from ui.conversation.end_page import EndPage, ReferentPanel
from ui.conversation.state import ConversationState
from ui.conversation.style import SHEET, target_px
from ui.conversation.texts import LANGUAGE_NAMES, LANGUAGES

LEAVE_KEYS = "Ctrl+Shift+Q"
LONG_PRESS_MS = 2000
EXIT_DOT = 28  # small on purpose: the person should not find it by chance


class ConversationWindow(QWidget):
    """`recorded(session_id)` once the conversation is saved; the window then closes."""

    recorded = Signal(int)

    def __init__(
        self,
        deck: Deck,
        situation_id: int,
        services_source: Callable[[], Services | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("conversation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(SHEET)
        self.setWindowTitle(self.tr("Conversation"))  # no name, no code: the title shows in the task bar
        self._deck, self._situation_id, self._services_source = deck, situation_id, services_source
        self.state = ConversationState([card.id for card in deck.cards])
        self.cards_page: CardsPage | None = None
        self.end_page: EndPage | None = None
        self._leaving = False
        self._locked = False
        self._build()
        QShortcut(QKeySequence(LEAVE_KEYS), self, self.open_referent_panel,
                  context=Qt.ShortcutContext.WindowShortcut)

    # -- building ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.start_page = self._start_page()
        self.stack.addWidget(self.start_page)
        self.referent = ReferentPanel(self)
        self.referent.save_and_leave.connect(self.save_and_leave)
        self.referent.leave.connect(self.leave)
        self.referent.resume.connect(self.resume)
        self.stack.addWidget(self.referent)
        self.exit_dot = QPushButton("·", self)
        self.exit_dot.setObjectName("exit_dot")
        self.exit_dot.setFixedSize(EXIT_DOT, EXIT_DOT)
        self.exit_dot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard way out is the key chord
        self.exit_dot.setAccessibleName(self.tr("For the referent: hold two seconds to leave"))
        self.exit_dot.setStyleSheet("QPushButton { background: transparent; color: #6b6b6b; border: none;"
                                    " min-height: 0; padding: 0; font-size: 14pt; }")
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(LONG_PRESS_MS)
        self._hold.timeout.connect(self.open_referent_panel)
        self.exit_dot.pressed.connect(self._hold.start)
        self.exit_dot.released.connect(self._hold.stop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 12, 28, 20)
        layout.addWidget(self.stack, 1)

    def _start_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("In which language shall we talk?"), page)
        font = title.font()
        font.setPointSize(28)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        hint = QLabel(fill_keys(self.tr(
            "For the referent: choose the language of the conversation, then hand over the screen. To leave, "
            "press %1 or hold the small dot in the top right corner for two seconds.")), page)
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        hint_font = hint.font()
        hint_font.setPointSize(14)
        hint.setFont(hint_font)
        buttons = QHBoxLayout()
        self.language_buttons: dict[str, QPushButton] = {}
        for language in LANGUAGES:
            button = QPushButton(LANGUAGE_NAMES[language], page)
            button.setObjectName(f"language_{language}")
            button.setMinimumSize(3 * target_px(page), 2 * target_px(page))
            button.clicked.connect(lambda _checked=False, language=language: self.start(language))
            self.language_buttons[language] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addSpacing(24)
        layout.addWidget(hint)
        layout.addStretch(2)
        return page

    # -- the conversation --------------------------------------------------------------------------------
    def start(self, language: str) -> None:
        """Begin in `language`: the cards' texts and the person's buttons are in it from now on."""
        self.state.language = language
        self.cards_page = CardsPage(self._deck, self.state, self)
        self.cards_page.finished.connect(self.show_end)
        self.end_page = EndPage(self._deck, self.state, self)
        self.end_page.back.connect(self.show_cards)
        self.end_page.finish.connect(self.save_and_leave)
        self.stack.addWidget(self.cards_page)
        self.stack.addWidget(self.end_page)
        self.show_cards()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # In the top right corner, over whatever page shows: the referent always finds it there.
        self.exit_dot.move(self.width() - EXIT_DOT - 4, 4)
        self.exit_dot.raise_()

    def show_cards(self) -> None:
        self.stack.setCurrentWidget(self.cards_page)
        self.cards_page.show_screen()

    def show_end(self) -> None:
        self.end_page.refresh()
        self.stack.setCurrentWidget(self.end_page)

    def open_referent_panel(self) -> None:
        self._hold.stop()
        self._before_referent = self.stack.currentWidget()
        self.referent.prepare(len(self.state.chosen))
        self.referent.save_button.setEnabled(bool(self.state.chosen))
        self.stack.setCurrentWidget(self.referent)
        self.referent.resume_button.setFocus()

    def resume(self) -> None:
        self.stack.setCurrentWidget(getattr(self, "_before_referent", self.start_page))
        if self.stack.currentWidget() is self.cards_page:
            self.cards_page.show_screen()

    # -- leaving -----------------------------------------------------------------------------------------
    def save_and_leave(self) -> bool:
        """Record the conversation; on a refusal the referent's panel says why and nothing is lost."""
        services = self._services_source()
        if services is None:  # locked meanwhile: the window is hidden and comes back after unlocking
            return False
        try:
            saved = record_conversation(services.dialogues, self._situation_id, self.state.result())
        except (ValidationError, NotFoundError) as error:
            self.open_referent_panel()
            self.referent.show_error(error_text(error))
            return False
        changes = ChangeSet.of(dialogue_sessions=[saved.id]) | ChangeSet.all_of("priorities")
        announce(services, changes, self)
        self.recorded.emit(saved.id)
        self.leave()
        return True

    def leave(self) -> None:
        self._leaving = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Only the referent's panel closes the window: not Alt+F4, not the window manager's button.
        if self._leaving:
            super().closeEvent(event)
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return  # Escape must not leave the mode
        super().keyPressEvent(event)

    # -- locking -----------------------------------------------------------------------------------------
    def set_locked(self, locked: bool) -> None:
        """Hide while Relais is locked (the neutral lock screen shows); come back as it was afterwards."""
        if locked == self._locked or self._leaving:
            return
        self._locked = locked
        if locked:
            self.hide()
        else:
            self.showFullScreen()
            self.activateWindow()

    @property
    def is_locked(self) -> bool:
        return self._locked


def fill_keys(text: str) -> str:
    return text.replace("%1", QKeySequence(LEAVE_KEYS).toString(QKeySequence.SequenceFormat.NativeText))
