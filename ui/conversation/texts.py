"""The person's texts of the conversation screen, in the conversation's language rather than the window's.

The conversation's language (fr, nl or en) is chosen for the person when the mode starts; the window keeps
its own. So these texts are marked with QT_TRANSLATE_NOOP (lupdate collects them into the usual .ts files)
and looked up in a translator of their own, loaded for that language and never installed application-wide.
English is the source language. The referent's texts (the exit panel) use the window's language: self.tr.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from ui.common import i18n

CONTEXT = "Conversation"
LANGUAGES = ("fr", "nl", "en")
# Each language's own name, so that the person recognises theirs whatever the window's language.
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}

SOURCES = {
    "not_now": QT_TRANSLATE_NOOP("Conversation", "Not now"),
    "chosen": QT_TRANSLATE_NOOP("Conversation", "Chosen"),
    "previous": QT_TRANSLATE_NOOP("Conversation", "Previous cards"),
    "next": QT_TRANSLATE_NOOP("Conversation", "More cards"),
    "per_screen": QT_TRANSLATE_NOOP("Conversation", "Cards at a time:"),
    "page": QT_TRANSLATE_NOOP("Conversation", "Screen %1 of %2"),
    "words_for": QT_TRANSLATE_NOOP("Conversation", "In your own words, about “%1”:"),
    "words_hint": QT_TRANSLATE_NOOP("Conversation", "Touch a card that matters to you."),
    "done": QT_TRANSLATE_NOOP("Conversation", "I have finished"),
    "summary": QT_TRANSLATE_NOOP("Conversation", "What you chose"),
    "nothing_chosen": QT_TRANSLATE_NOOP("Conversation", "No card chosen yet."),
    "set_aside": QT_TRANSLATE_NOOP("Conversation", "Set aside for now: %1"),
    "back": QT_TRANSLATE_NOOP("Conversation", "Back to the cards"),
    "finish": QT_TRANSLATE_NOOP("Conversation", "Finish"),
    "card_name": QT_TRANSLATE_NOOP("Conversation", "Card: %1"),
    "card_chosen": QT_TRANSLATE_NOOP("Conversation", "Card: %1, chosen"),
    "no_words": QT_TRANSLATE_NOOP("Conversation", "(no words)"),
}


class ConversationTexts:
    """`text(key, *args)` in one language; a text with no translation reads in English (the source)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "fr"
        self._translator = QTranslator()
        if self.language != "en":
            self._translator.load(str(i18n.translations_folder() / f"relais_{self.language}.qm"))

    def text(self, key: str, *args: object) -> str:
        text = self._tr(SOURCES[key])
        return i18n.fill(text, *args) if args else text

    def _tr(self, source: str) -> str:
        # the sources are the QT_TRANSLATE_NOOP texts above (tests/ui/test_tr_literals.py knows _tr)
        return self._translator.translate(CONTEXT, source) or source
