"""The end of a conversation held in conversation mode: what the person chose becomes a dialogue session.

The person picks cards and says, in their own words, what they want about each one; the words are typed
under the card. At the end the chosen cards become a dialogue session in mode "cartes" and the first three
cards with words become proposed priorities (status "exprimée", the words kept exactly as typed, the card as
theme), which the referent then reviews in the dialogue tab. Guidance from the CdP (seed 003): two or three
priorities are enough, so words given for a fourth card go into the session's notes, verbatim, not lost.
Cards set aside ("pas maintenant") are not written: the person chose not to talk about them now.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.dialogues import DialogueService, DialogueSessionData, DialogueSessionRead, NewPriority

MODE = "cartes"
PROPOSED_MAX = 3


@dataclass(frozen=True)
class ChosenCard:
    card_id: str
    words: str = ""  # the person's own words, exactly as typed


@dataclass(frozen=True)
class ConversationResult:
    language: str  # the conversation's language (fr, nl, en), not the window's
    chosen: tuple[ChosenCard, ...] = ()  # in the order the person chose them
    set_aside: tuple[str, ...] = ()

    def proposed(self) -> list[NewPriority]:
        """(words, card id) of the first three chosen cards with words: the proposed priorities."""
        with_words = [card for card in self.chosen if card.words.strip()]
        return [(card.words, card.card_id) for card in with_words[:PROPOSED_MAX]]

    def extra_words(self) -> list[str]:
        with_words = [card for card in self.chosen if card.words.strip()]
        return [card.words.strip() for card in with_words[PROPOSED_MAX:]]


def record_conversation(
    dialogues: DialogueService, situation_id: int, result: ConversationResult
) -> DialogueSessionRead:
    """Save the conversation as one dialogue session with its proposed priorities (all or nothing)."""
    data = DialogueSessionData(
        mode=MODE,
        cards=tuple(card.card_id for card in result.chosen),
        notes="\n".join(result.extra_words()),
    )
    return dialogues.record(situation_id, data, result.proposed())
