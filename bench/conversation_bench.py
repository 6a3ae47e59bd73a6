"""Conversation mode: how long the GUI thread is busy for each thing the person does (DESIGN.md §8: no GUI
stall over 50 ms), with the default deck (32 cards, one SVG pictogram each), at 1366×768, offscreen.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/conversation_bench.py
Prints JSON: opening the window, starting the conversation (3 cards), a screen at each pace (1 to 6 cards,
painted), the next screen, choosing a card, and recording the conversation in a throw-away register.
"""

from __future__ import annotations

import _common  # noqa: F401 - puts the repository on sys.path
from _common import report, timed

from tools.screenshot_kit import prepare_application, process_events, temporary_register

SIZE = (1366, 768)
BUDGET_MS = 50


def main() -> None:
    prepare_application("fr")
    from app.readmodels import PersonData, SituationData
    from app.services import Services
    from ui.conversation.window import ConversationWindow

    with temporary_register() as scratch:
        services = Services.for_register(scratch.register)
        person = services.persons.create(PersonData(first_name="Banc", last_name="Essai"))
        situation_id = services.situations.create(person.id, SituationData()).id
        deck = services.deck_settings.current_deck()
        windows: list[ConversationWindow] = []

        def open_window() -> None:
            window = ConversationWindow(deck, situation_id, lambda: services)
            window.resize(*SIZE)
            window.show()
            window.repaint()
            windows.append(window)

        def start() -> None:
            window = windows[-1]
            window.start("fr")
            window.repaint()

        figures = {"open_window": timed(open_window), "start_3_cards": timed(start, repeat=1)}
        # touch scrolling is set up right after the first paint, on the next turn of the event loop
        figures["after_first_paint"] = timed(process_events, repeat=1)
        window = windows[-1]
        page = window.cards_page
        for pace in range(1, 7):
            figures[f"screen_of_{pace}"] = timed(lambda pace=pace: (page.set_pace(pace), window.repaint()))
        page.set_pace(3)
        figures["next_screen"] = timed(lambda: (page.go(1), window.repaint()))
        figures["choose_card"] = timed(lambda: (page.toggle(page.cards[0].card.id), window.repaint()))
        if page.cards[0].card.id not in page.state.chosen:
            page.toggle(page.cards[0].card.id)
        page.words.setPlainText("Pouvoir encore sortir seule le matin")
        figures["record"] = timed(lambda: window.save_and_leave(), repeat=1)
        process_events()
        # the person's actions; opening (the referent's F11) and recording (the end) are reported apart
        actions = ("screen", "next", "choose")
        worst = max(value["max_ms"] for name, value in figures.items() if name.startswith(actions))
        report({"size": SIZE, "budget_ms": BUDGET_MS, "worst_interaction_ms": worst,
                "within_budget": worst <= BUDGET_MS, "figures": figures})


if __name__ == "__main__":
    main()
