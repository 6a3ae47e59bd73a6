"""Render the dialogue tab and the priorities panel offscreen for the documentation.

    QT_QPA_PLATFORM=offscreen python -m ui.dialogue_screenshots docs/screenshots

A throw-away register in a temporary folder holds one invented situation. The interface is in French: the
shipped translations are used first; strings they do not have yet fall back on `FRENCH` below (also a ready
list for the .ts files).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

SIZE = (1100, 750)
PASSPHRASE = "marmite violette sous la pluie"
FRENCH = {
    "&Add a line": "&Ajouter une ligne",
    "In the person's words…": "Dans les mots de la personne…",
    "Past sessions": "Séances passées",
    "Date": "Date",
    "Mode": "Mode",
    "Cards": "Cartes",
    "Priorities written": "Priorités notées",
    "&New session": "&Nouvelle séance",
    "&Open": "&Ouvrir",
    "De&lete…": "&Supprimer…",
    "&Date:": "&Date :",
    "&Mode:": "&Mode :",
    "&Cards drawn": "&Cartes tirées",
    "&Priorities, in the person's words": "&Priorités, dans les mots de la personne",
    "Two or three are enough; saying it is already something.": (
        "Deux ou trois suffisent ; le dire, c'est déjà quelque chose."
    ),
    "D&ifficulties encountered": "D&ifficultés rencontrées",
    "Added &value experienced": "Plus-&value éprouvée",
    "N&otes": "N&otes",
    "&Save session": "&Enregistrer la séance",
    "Save the session (Ctrl+Enter)": "Enregistrer la séance (Ctrl+Entrée)",
    "New session": "Nouvelle séance",
    "Drawn (%1): %2": "Tirées (%1) : %2",
    "No card drawn. Arrows move, Space draws or puts back a card.": (
        "Aucune carte tirée. Flèches : se déplacer ; Espace : tirer ou reposer une carte."
    ),
    "No theme": "Sans thème",
    "Unknown theme (%1)": "Thème inconnu (%1)",
    "In the person's words": "Dans les mots de la personne",
    "Theme": "Thème",
    "Status": "Statut",
    "Since": "Depuis",
    "Move &up": "&Monter",
    "Move do&wn": "&Descendre",
    "Change the s&tatus…": "Changer le s&tatut…",
    "Sa&ve the words": "En&registrer les mots",
    "A new priority, in the person's words…": "Une nouvelle priorité, dans les mots de la personne…",
    "&Add": "&Ajouter",
    "&New:": "&Nouvelle :",
    "&Priorities, by rank": "&Priorités, par rang",
    "&Words:": "Mo&ts :",
    "T&heme:": "T&hème :",
    "Selected priority": "Priorité sélectionnée",
    "H&istory of its statuses": "H&istorique de ses statuts",
    "Statuses over time": "Statuts au fil du temps",
    "today": "aujourd'hui",
    "%1 priorities are active. The guide advises staying with 2 or 3 priorities: perhaps one of them can be "
    "set as “parked” (at least it has been said; the person can come back to it).": (
        "%1 priorités sont actives. Le guide conseille de rester sur 2 ou 3 priorités : l'une d'elles "
        "peut peut-être passer en « déposée » (au moins c'est déposé ; la personne pourra y revenir)."
    ),
    "%1 (drawn, number %2)": "%1 (tirée, n° %2)",
    "Past dialogue sessions": "Séances de dialogue passées",
    "Cards drawn": "Cartes tirées",
    "Difficulties encountered": "Difficultés rencontrées",
    "Added value experienced": "Plus-value éprouvée",
    "Notes": "Notes",
    "Session of %1": "Séance du %1",
    "&Save changes": "&Enregistrer les modifications",
    "Already written: %1 (see the Priorities tab).": "Déjà notées : %1 (voir l'onglet Priorités).",
    "Session of %1 saved. Priorities written: %2.": "Séance du %1 enregistrée. Priorités notées : %2.",
    "Delete the session": "Supprimer la séance",
    "Delete this dialogue session? The priorities written during it are kept.": (
        "Supprimer cette séance de dialogue ? Les priorités notées pendant la séance sont conservées."
    ),
    "Priorities, by rank": "Priorités, par rang",
    "Priorities": "Priorités",
    "Delete the priority": "Supprimer la priorité",
    "Delete “%1” and the history of its statuses?": "Supprimer « %1 » et l'historique de ses statuts ?",
    "Priorities by theme and status": "Priorités par thème et par statut",
    "No priority in the register yet.": "Aucune priorité dans le registre pour l'instant.",
    "&Load a card deck…": "&Charger un jeu de cartes…",
    "&Back to the default deck": "&Revenir au jeu par défaut",
    "&Priorities by theme and status": "&Priorités par thème et par statut",
    "For your own reflection: the priorities of every situation in the register, counted by theme card and "
    "by current status.": (
        "Pour votre propre réflexion : les priorités de toutes les situations du registre, comptées par "
        "carte thème et par statut actuel."
    ),
    "Card deck": "Jeu de cartes",
    "Total": "Total",
    "a deck loaded from a file": "un jeu chargé depuis un fichier",
    "the default deck": "le jeu par défaut",
    "In use: %1 (%2).": "Jeu utilisé : %1 (%2).",
    "Load a card deck": "Charger un jeu de cartes",
    "Card decks (*.json);;All files (*)": "Jeux de cartes (*.json);;Tous les fichiers (*)",
    "This deck was not loaded: %1 The current deck stays.": (
        "Ce jeu n'a pas été chargé : %1 Le jeu actuel reste en place."
    ),
    "Deck “%1” loaded (cards: %2).": "Jeu « %1 » chargé (cartes : %2).",
    "Back to the default deck.": "Retour au jeu par défaut.",
    "Priority %1, in the person's words": "Priorité %1, dans les mots de la personne",
    "Theme of priority %1": "Thème de la priorité %1",
    "Line %1: write the person's words, or choose “No theme”.": (
        "Ligne %1 : écrivez les mots de la personne, ou choisissez « Sans thème »."
    ),
    "Change the status": "Changer le statut",
    "&Status:": "&Statut :",
    "&Note:": "&Note :",
    "“%1” — now: %2": "« %1 » — actuellement : %2",
    "At least it has been said: the person can come back to it when ready.": (
        "Au moins c'est déposé : la personne pourra y revenir quand elle sera prête."
    ),
    "Sometimes the person just needs to say it.": "Parfois, la personne a juste besoin de le dire.",
    "Something is being done about it.": "Quelque chose est en cours à ce sujet.",
    "Priority statuses over time": "Statuts des priorités au fil du temps",
    "%1: %2 since %3": "%1 : %2 depuis le %3",
    "No priority yet.": "Pas encore de priorité.",
    "Theme of the new priority": "Thème de la nouvelle priorité",
    "Date of the session": "Date de la séance",
    "Mode of the session": "Mode de la séance",
}


def _french_fallback():
    from PySide6.QtCore import QTranslator

    class FrenchFallback(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return FRENCH.get(source)  # None: no translation here, the source text stays

        def isEmpty(self) -> bool:
            return False

    return FrenchFallback()


def _application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui import pyside_fix

    pyside_fix.install()
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translations

    app = QApplication.instance() or QApplication([])
    fonts = Path(__file__).resolve().parent.parent / "resources" / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(fonts / name))
    app.setFont(QFont("DejaVu Sans", 9))
    fallback = _french_fallback()
    app.installTranslator(fallback)  # installed first: the shipped .qm, installed next, wins
    install_translations("fr", app)
    app.french_fallback = fallback  # keep it alive
    return app


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


def _save(widget, target: Path, prepare=None) -> None:
    from PySide6.QtWidgets import QApplication

    widget.resize(*SIZE)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    if prepare:
        prepare()
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(target))
    print(target)


def _dialogue_shot(services, situation_id: int, out: Path) -> None:
    from ui.dialogue_tab import DialogueTab

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

    _save(tab, out / "dialogue_tab.png", fill_in)


def _priorities_shot(services, situation_id: int, out: Path) -> None:
    from ui.priorities_panel import PrioritiesPanel

    panel = PrioritiesPanel(services, situation_id)
    _save(panel, out / "priorities.png", lambda: panel.select(panel._priorities[1].id))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    _application()
    from app.services import Services
    from storage.register import Register

    with tempfile.TemporaryDirectory() as work:
        register, _code = Register.create(Path(work) / "register", PASSPHRASE, iterations=1)
        try:
            services = Services.for_register(register)
            situation_id = _situation(services)
            _dialogue_shot(services, situation_id, out)
            _priorities_shot(services, situation_id, out)
        finally:
            register.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
