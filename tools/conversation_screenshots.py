"""Render conversation mode offscreen for the documentation, at the sizes of the issue (16).

    QT_QPA_PLATFORM=offscreen python -m tools.conversation_screenshots docs/screenshots

A throw-away register in a temporary folder holds one invented situation; the window is in French, the
conversation in French (one screen in Dutch, to show that the conversation's language is its own).
"""

from __future__ import annotations

import sys

from tools.screenshot_kit import output_folder, prepare_application, save_grab, temporary_register

SIZES = ((1366, 768), (1920, 1080), (1280, 800))


def _situation(services) -> int:
    from app.readmodels import PersonData, SituationData

    person = services.persons.create(PersonData(first_name="Odette", last_name="Exemple", birth_year=1944))
    return services.situations.create(person.id, SituationData()).id


def _window(services, situation_id: int):
    from ui.conversation.window import ConversationWindow

    deck = services.deck_settings.current_deck()
    return ConversationWindow(deck, situation_id, lambda: services)


def _name(kind: str, size: tuple[int, int]) -> str:
    return f"conversation-{kind}-{size[0]}x{size[1]}.png"


def _cards(window, language: str = "fr", pace: int = 3) -> None:
    window.start(language)
    page = window.cards_page
    page.set_pace(pace)
    page.go(2)
    first = page.state.screen()[0]
    page.toggle(first)
    page.words.setPlainText("Pouvoir encore sortir seule le matin" if language == "fr"
                            else "'s Morgens nog alleen naar buiten kunnen")


def main(argv: list[str] | None = None) -> int:
    out = output_folder(sys.argv[1:] if argv is None else argv)
    prepare_application("fr")
    from app.services import Services

    with temporary_register() as scratch:
        services = Services.for_register(scratch.register)
        situation_id = _situation(services)
        start = _window(services, situation_id)
        save_grab(start, out / _name("start", SIZES[0]), size=SIZES[0])
        for size in SIZES:
            window = _window(services, situation_id)
            save_grab(window, out / _name("cards", size), lambda window=window: _cards(window), size=size)
        one = _window(services, situation_id)
        save_grab(one, out / _name("one-card", SIZES[0]), lambda: _cards(one, pace=1), size=SIZES[0])
        six = _window(services, situation_id)
        save_grab(six, out / _name("six-cards-nl", SIZES[2]), lambda: _cards(six, "nl", 6), size=SIZES[2])
        end = _window(services, situation_id)

        def to_the_end() -> None:
            _cards(end)
            end.cards_page.put_aside(end.state.screen()[1])
            end.cards_page.toggle(end.state.screen()[1])
            end.cards_page.words.setPlainText("Qu'on m'explique les papiers de la mutuelle")
            end.show_end()

        save_grab(end, out / _name("end", SIZES[0]), to_the_end, size=SIZES[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
