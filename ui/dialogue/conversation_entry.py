"""The way from a situation's dialogue tab into conversation mode: a button (and F11), and what the referent
should know about the deck before handing the screen over.

What the deck lacks for a conversation (cards without a pictogram, shown as text; cards without a text in
Dutch or English, shown in French) is said here, to the referent, and never on the person's screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from app.card_pictograms import deck_gaps
from app.cards import Deck
from app.services import Services
from ui.common.i18n import fill
from ui.common.vocab_widgets import hint_label
from ui.common.widget_helpers import push_button
from ui.conversation.texts import LANGUAGE_NAMES
from ui.conversation.window import ConversationWindow

OPEN_KEYS = "F11"


class ConversationEntry(QWidget):
    """"Conversation mode" button and deck notes; `recorded(session_id)` when a conversation was saved."""

    recorded = Signal(int)

    def __init__(
        self, services: Services, situation_id: int, deck: Callable[[], Deck], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._services, self._situation_id, self._deck = services, situation_id, deck
        self.window_: ConversationWindow | None = None
        self.button = push_button(self, "conversation_mode", self.tr("Conv&ersation mode"), self.open)
        self.button.setToolTip(self.tr("The cards full screen, for the person to choose (F11)"))
        self.notes = hint_label("", self)
        self.notes.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.notes, 1)
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addStretch(0)  # the button keeps its size when there is no note beside it
        shortcut = QShortcut(QKeySequence(OPEN_KEYS), parent, self.open)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh()

    def refresh(self) -> None:
        """Tell the referent what will fall back in the current deck."""
        deck = self._deck()
        parts = []
        no_pictogram = deck_gaps(deck, "fr").without_pictogram
        if no_pictogram:
            parts.append(fill(self.tr("Cards without a pictogram, shown as text only: %1."),
                              len(no_pictogram)))
        for language in ("nl", "en"):
            untranslated = deck_gaps(deck, language).untranslated
            if untranslated:
                parts.append(fill(self.tr("Cards shown in French in a conversation in %1: %2."),
                                  LANGUAGE_NAMES[language], len(untranslated)))
        self.notes.setText(" ".join(parts))
        self.notes.setVisible(bool(parts))

    def open(self) -> ConversationWindow:
        """Open (or bring back) the conversation window, full screen."""
        if self.window_ is None:
            host = self.window()
            # The window belongs to the main window, not to this tab: a lock closes the tab, while the
            # conversation must survive it. After unlocking, the main window's new services write it.
            if hasattr(host, "locked_changed"):
                source = lambda: host.services  # noqa: E731
            else:
                source = lambda services=self._services: services  # noqa: E731
            self.window_ = ConversationWindow(self._deck(), self._situation_id, source, host)
            if hasattr(host, "locked_changed"):
                host.locked_changed.connect(self.window_.set_locked)
            # a method of this object, not its signal: the connection goes with this tab at a lock
            self.window_.recorded.connect(self._on_recorded)
            self.window_.destroyed.connect(self._forget)
        self.window_.showFullScreen()
        self.window_.activateWindow()
        return self.window_

    def _on_recorded(self, session_id: int) -> None:
        self.recorded.emit(session_id)

    def _forget(self, *_args) -> None:
        self.window_ = None
