"""Where a conversation is: the pace, the screen shown, the cards chosen (with the person's words), the cards
set aside. Plain Python, kept by the window across an idle lock so that the conversation resumes as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.conversation import ChosenCard, ConversationResult
from app.priorities import TEXT_MAX

PACES = (1, 2, 3, 4, 5, 6)
DEFAULT_PACE = 3
WORDS_MAX = TEXT_MAX  # the words become a priority's text


@dataclass
class ConversationState:
    deck_order: list[str]
    language: str = "fr"
    per_screen: int = DEFAULT_PACE
    page: int = 0
    chosen: list[str] = field(default_factory=list)
    words: dict[str, str] = field(default_factory=dict)
    set_aside: list[str] = field(default_factory=list)
    current: str | None = None  # the chosen card whose words are being typed

    # -- the screens -------------------------------------------------------------------------------------
    def shown_cards(self) -> list[str]:
        """The deck without the cards set aside, in deck order."""
        return [card for card in self.deck_order if card not in self.set_aside]

    def page_count(self) -> int:
        return max(1, -(-len(self.shown_cards()) // self.per_screen))

    def screen(self) -> list[str]:
        start = self.page * self.per_screen
        return self.shown_cards()[start : start + self.per_screen]

    def go(self, step: int) -> None:
        self.page = min(max(self.page + step, 0), self.page_count() - 1)

    def set_pace(self, per_screen: int) -> None:
        """Fewer or more cards at a time; the first card on screen stays on screen."""
        first = self.page * self.per_screen
        self.per_screen = min(max(per_screen, PACES[0]), PACES[-1])
        self.page = min(first // self.per_screen, self.page_count() - 1)

    # -- choosing ----------------------------------------------------------------------------------------
    def toggle(self, card_id: str) -> bool:
        """Choose the card, or un-choose it (its words are kept if it is chosen again); True if chosen."""
        if card_id in self.chosen:
            self.chosen.remove(card_id)
            if self.current == card_id:
                self.current = self.chosen[-1] if self.chosen else None
            return False
        self.chosen.append(card_id)
        self.current = card_id
        return True

    def put_aside(self, card_id: str) -> None:
        """"Not now": the card leaves the screens (and the chosen cards) for this conversation."""
        if card_id in self.chosen:
            self.toggle(card_id)
        if card_id not in self.set_aside:
            self.set_aside.append(card_id)
        self.page = min(self.page, self.page_count() - 1)

    def set_words(self, card_id: str, words: str) -> None:
        self.words[card_id] = words[:WORDS_MAX]

    def result(self) -> ConversationResult:
        chosen = tuple(ChosenCard(card, self.words.get(card, "")) for card in self.chosen)
        return ConversationResult(self.language, chosen, tuple(self.set_aside))
