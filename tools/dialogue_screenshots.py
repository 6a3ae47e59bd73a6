"""Render the dialogue tab and the priorities panel offscreen for the documentation.

    QT_QPA_PLATFORM=offscreen python -m tools.dialogue_screenshots docs/screenshots

A throw-away register in a temporary folder holds one invented situation; the interface is in French (the
shipped translations).
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from tools.screenshot_kit import output_folder, prepare_application, save_grab, temporary_register

SIZE = (1180, 720)  # the default window


def _situation(services) -> int:
    from app import clock
    from app.dialogues import DialogueSessionData
    from app.readmodels import PersonData, SituationData

    today = clock.today()
    person = services.persons.create(PersonData(first_name="Odette", last_name="Exemple", birth_year=1944))
    situation = services.situations.create(person.id, SituationData(started_on=today - timedelta(days=150)))
    first = services.dialogues.record(
        situation.id,
        DialogueSessionData(
            held_on=today - timedelta(days=120),
            mode="cartes",
            cards=("solitude", "materiel", "moral"),
            difficulties="Fatiguée en fin de séance.",
            added_value="Elle a parlé de sa sœur pour la première fois.",
        ),
        [
            ("Rester chez moi", "logement"),
            ("Ne plus avoir peur de tomber", "materiel"),
            ("Voir du monde", "solitude"),
        ],
    )
    stay, fall, people = (priority.id for priority in first.priorities)
    change = services.priorities.change_status
    change(fall, "en_cours", today - timedelta(days=95), "Ergothérapeute contactée.")
    change(people, "deposee", today - timedelta(days=80), "Pas maintenant ; elle en reparlera.")
    change(fall, "atteinte", today - timedelta(days=30), "Barres d'appui posées.")
    change(stay, "en_cours", today - timedelta(days=60), "Demande d'aide familiale.")
    services.dialogues.record(
        situation.id,
        DialogueSessionData(held_on=today - timedelta(days=20), mode="oral"),
        [("Aller voir ma sœur à Namur", "famille"), ("Ne pas avoir mal la nuit", "corps")],
    )
    services.priorities.add(
        situation.id, "Comprendre mes nouveaux médicaments", "medicaments", today - timedelta(days=6)
    )
    return situation.id


def _dialogue_shot(services, situation_id: int, out: Path) -> None:
    from ui.dialogue.tab import DialogueTab

    tab = DialogueTab(services, situation_id)

    def fill_in() -> None:
        tab.cards.set_selected(["fatigue", "argent", "papiers", "solitude"])
        for text, _theme, words in zip(
            tab.rows.texts,
            tab.rows.themes,
            (
                "Être moins fatiguée l'après-midi",
                "M'en sortir avec les factures",
                "Qu'on m'aide pour la mutuelle",
            ),
            strict=True,
        ):
            text.setText(words)
        for theme, card in zip(tab.rows.themes, ("fatigue", "argent", "papiers"), strict=True):
            theme.set_theme(card)
        tab.difficulties.setPlainText("Beaucoup de cartes d'un coup : on en a retourné quatre.")
        tab.added_value.setPlainText("Elle a choisi elle-même par où commencer.")
        tab.cards.set_current_card("papiers")
        tab.cards.focus_current()

    save_grab(tab, out / "dialogue_tab.png", fill_in, size=SIZE)


def _priorities_shot(services, situation_id: int, out: Path) -> None:
    from ui.dialogue.priorities import PrioritiesPanel

    panel = PrioritiesPanel(services, situation_id)
    save_grab(panel, out / "priorities.png", lambda: panel.select(panel._priorities[1].id), size=SIZE)


def main(argv: list[str] | None = None) -> int:
    out = output_folder(sys.argv[1:] if argv is None else argv)
    prepare_application("fr")
    from app.services import Services

    with temporary_register() as scratch:
        services = Services.for_register(scratch.register)
        situation_id = _situation(services)
        _dialogue_shot(services, situation_id, out)
        _priorities_shot(services, situation_id, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
