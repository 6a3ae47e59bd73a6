"""Render the quick log, the time list and the invisible-work dashboard offscreen for the documentation.

    QT_QPA_PLATFORM=offscreen python -m ui.time_screenshots docs/screenshots
    python -m ui.time_screenshots --write-json /tmp/relais_tr/time.json   # the fr/nl strings, for the .ts

A throw-away register in a temporary folder is filled with the small demo (invented people). The interface
is in French: the shipped translations first, then `TRANSLATIONS` below (also the ready list for the .ts).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

SIZE = (1100, 750)
PASSPHRASE = "marmite violette sous la pluie"

# context → English source → (French, Dutch)
TRANSLATIONS: dict[str, dict[str, tuple[str, str]]] = {
    "QuickLogDialog": {
        "&Add a line": ("&Ajouter une ligne", "Regel toe&voegen"),
        "&Date:": ("&Date :", "&Datum:"),
        "&Next check-in": ("&Prochain contact", "Volgend &contact"),
        "&Save": ("&Enregistrer", "&Opslaan"),
        "S&ituation:": ("&Situation :", "&Situatie:"),
        "&Time spent": ("&Temps passé", "Bestede &tijd"),
        "+1 &month": ("+1 &mois", "+1 &maand"),
        "+1 &week": ("+1 semai&ne", "+1 &week"),
        "+2 wee&ks": ("+2 sema&ines", "+2 wee&k"),
        "Add a line (Enter in the last duration)": (
            "Ajouter une ligne (Entrée dans la dernière durée)",
            "Regel toevoegen (Enter in de laatste duur)",
        ),
        "Date of the work": ("Date du travail", "Datum van het werk"),
        "Enter: next line · Ctrl+Enter: save": (
            "Entrée : ligne suivante · Ctrl+Entrée : enregistrer",
            "Enter: volgende regel · Ctrl+Enter: opslaan",
        ),
        "In one month": ("Dans un mois", "Over een maand"),
        "In one week": ("Dans une semaine", "Over een week"),
        "In two weeks": ("Dans deux semaines", "Over twee weken"),
        "Log time": ("Noter le temps", "Tijd noteren"),
        "N&ote:": ("N&ote :", "&Notitie:"),
        "Next check-in": ("Prochain contact", "Volgend contact"),
        "No single situation matches: choose one from the list, or leave it empty.": (
            "Aucune situation ne correspond de façon certaine : choisissez-la dans la liste, "
            "ou laissez vide.",
            "Geen enkele situatie past eenduidig: kies er een uit de lijst, of laat leeg.",
        ),
        "Note": ("Note", "Notitie"),
        "Save (Ctrl+Enter)": ("Enregistrer (Ctrl+Entrée)", "Opslaan (Ctrl+Enter)"),
        "Saved with the first line.": (
            "Enregistrée avec la première ligne.",
            "Opgeslagen bij de eerste regel.",
        ),
        "Situation:": ("Situation :", "Situatie:"),
        "Time saved: %1 line(s), %2.": (
            "Temps enregistré : %1 ligne(s), %2.",
            "Tijd opgeslagen: %1 regel(s), %2.",
        ),
        "none": ("aucun", "geen"),
    },
    "DurationText": {
        "A duration cannot be negative.": (
            "Une durée ne peut pas être négative.",
            "Een duur kan niet negatief zijn.",
        ),
        "A duration of zero minutes cannot be saved.": (
            "Une durée de zéro minute ne peut pas être enregistrée.",
            "Een duur van nul minuten kan niet worden opgeslagen.",
        ),
        "More than 24 h on one line: split this time over several days.": (
            "Plus de 24 h sur une seule ligne : répartissez ce temps sur plusieurs jours.",
            "Meer dan 24 u op één regel: verdeel deze tijd over meerdere dagen.",
        ),
        "Type a duration, for example 45, 1h30 or 1:30.": (
            "Indiquez une durée, par exemple 45, 1h30 ou 1:30.",
            "Geef een duur op, bijvoorbeeld 45, 1u30 of 1:30.",
        ),
        "Unreadable duration: “%1”. Write for example 45, 45 min, 1h30, 1:30 or 1,5 h.": (
            "Durée illisible : « %1 ». Écrivez par exemple 45, 45 min, 1h30, 1:30 ou 1,5 h.",
            "Onleesbare duur: „%1”. Schrijf bijvoorbeeld 45, 45 min, 1u30, 1:30 of 1,5 u.",
        ),
        "“%1”: give the unit, for example “%1 h” or “90 min”.": (
            "« %1 » : précisez l'unité, par exemple « %1 h » ou « 90 min ».",
            "„%1”: geef de eenheid, bijvoorbeeld „%1 u” of „90 min”.",
        ),
    },
    "TaskCombo": {"Task": ("Tâche", "Taak")},
    "SituationPicker": {
        "No situation (CdP, training…)": (
            "Sans situation (CdP, formation…)",
            "Zonder situatie (PG, opleiding…)",
        ),
        "Situation": ("Situation", "Situatie"),
    },
    "DurationEdit": {
        "Duration": ("Durée", "Duur"),
        "e.g. 45, 1h30": ("ex. 45, 1h30", "bv. 45, 1u30"),
    },
    "LogRows": {
        "Choose a task from the list.": ("Choisissez une tâche de la liste.", "Kies een taak uit de lijst."),
        "Duration of line %1": ("Durée de la ligne %1", "Duur van regel %1"),
        "Remove line %1": ("Retirer la ligne %1", "Regel %1 verwijderen"),
        "Remove this line": ("Retirer cette ligne", "Deze regel verwijderen"),
        "Task of line %1": ("Tâche de la ligne %1", "Taak van regel %1"),
    },
    "StopTimerDialog": {
        "&Discard this time": ("&Abandonner ce temps", "Deze tijd &weggooien"),
        "&Keep running": ("&Continuer", "&Laten lopen"),
        "&Save": ("&Enregistrer", "Op&slaan"),
        "&Task:": ("&Tâche :", "&Taak:"),
        "Choose a task from the list.": ("Choisissez une tâche de la liste.", "Kies een taak uit de lijst."),
        "D&uration:": ("D&urée :", "D&uur:"),
        "N&ote:": ("N&ote :", "N&otitie:"),
        "No single situation matches: choose one from the list, or leave it empty.": (
            "Aucune situation ne correspond de façon certaine : choisissez-la dans la liste, "
            "ou laissez vide.",
            "Geen enkele situatie past eenduidig: kies er een uit de lijst, of laat leeg.",
        ),
        "Note": ("Note", "Notitie"),
        "S&ituation:": ("S&ituation :", "S&ituatie:"),
        "Started at %1. Leave the situation empty for work not tied to one (CdP, training…).": (
            "Démarré à %1. Laissez la situation vide pour un travail qui n'en concerne aucune "
            "(CdP, formation…).",
            "Gestart om %1. Laat de situatie leeg voor werk dat niet bij één situatie hoort "
            "(PG, opleiding…).",
        ),
        "Stop the timer": ("Arrêter le chronomètre", "Tijdmeting stoppen"),
    },
    "TimerWidget": {
        "Running for %1": ("En cours depuis %1", "Loopt al %1"),
        "Running for more than 24 h: forgotten?": (
            "En cours depuis plus de 24 h : oublié ?",
            "Loopt al meer dan 24 u: vergeten?",
        ),
        "Start the timer": ("Démarrer le chronomètre", "Tijdmeting starten"),
        "Stop and say what the time was for": (
            "Arrêter et dire à quoi ce temps a servi",
            "Stoppen en zeggen waarvoor de tijd diende",
        ),
        "Stop the timer": ("Arrêter le chronomètre", "Tijdmeting stoppen"),
        "Time work at the desk: a call, mails, paperwork": (
            "Chronométrer un travail au bureau : un appel, des mails, des papiers",
            "Bureauwerk timen: een telefoon, mails, papierwerk",
        ),
    },
    "TimeEntriesModel": {
        "Date": ("Date", "Datum"),
        "Duration": ("Durée", "Duur"),
        "Invisible work": ("Travail invisible", "Onzichtbaar werk"),
        "Kind": ("Nature", "Soort"),
        "Mobilisation": ("Démarche", "Inzet"),
        "Note": ("Note", "Notitie"),
        "Situation": ("Situation", "Situatie"),
        "Task": ("Tâche", "Taak"),
        "With the person": ("Avec la personne", "Met de persoon"),
        "— none —": ("— aucune —", "— geen —"),
    },
    "TimeListView": {
        "&Delete…": ("&Supprimer…", "Verwij&deren…"),
        "&Edit…": ("&Modifier…", "&Wijzigen…"),
        "&From": ("&Du", "&Van"),
        "&Log time…": ("&Noter du temps…", "Tijd &noteren…"),
        "&To": ("&Au", "&Tot"),
        "Delete the line": ("Supprimer la ligne", "Regel verwijderen"),
        "Delete this line: %1, %2 on %3?": (
            "Supprimer cette ligne : %1, %2 le %3 ?",
            "Deze regel verwijderen: %1, %2 op %3?",
        ),
        "From": ("Du", "Van"),
        "No time recorded.": ("Aucun temps enregistré.", "Geen tijd genoteerd."),
        "Only the %1 most recent lines are shown; the totals cover the whole period.": (
            "Seules les %1 lignes les plus récentes sont affichées ; les totaux couvrent toute la période.",
            "Alleen de %1 recentste regels worden getoond; de totalen gelden voor de hele periode.",
        ),
        "The end of the period is before its start.": (
            "La fin de la période précède son début.",
            "Het einde van de periode ligt vóór het begin.",
        ),
        "Time spent": ("Temps passé", "Bestede tijd"),
        "To": ("Au", "Tot"),
        "Total %1 · with the person %2 · invisible work %3 (%4 %)": (
            "Total %1 · avec la personne %2 · travail invisible %3 (%4 %)",
            "Totaal %1 · met de persoon %2 · onzichtbaar werk %3 (%4 %)",
        ),
    },
    "EntryEditDialog": {
        "&Date:": ("&Date :", "&Datum:"),
        "&Mobilisation:": ("Dé&marche :", "In&zet:"),
        "&Task:": ("&Tâche :", "&Taak:"),
        "Choose a task from the list.": ("Choisissez une tâche de la liste.", "Kies een taak uit de lijst."),
        "D&uration:": ("D&urée :", "D&uur:"),
        "Edit the time": ("Modifier le temps", "Tijd wijzigen"),
        "N&ote:": ("N&ote :", "N&otitie:"),
        "No single situation matches: choose one from the list.": (
            "Aucune situation ne correspond de façon certaine : choisissez-la dans la liste.",
            "Geen enkele situatie past eenduidig: kies er een uit de lijst.",
        ),
        "S&ituation:": ("S&ituation :", "S&ituatie:"),
        "The mobilisations of the line's situation.": (
            "Les démarches de la situation de la ligne.",
            "De inzet voor de situatie van deze regel.",
        ),
        "— none —": ("— aucune —", "— geen —"),
    },
    "InvisibleWorkDashboard": {
        "%1 (%2 %) · situations: %3": ("%1 (%2 %) · situations : %3", "%1 (%2 %) · situaties: %3"),
        "%1 invisible of %2": ("%1 invisibles sur %2", "%1 onzichtbaar van %2"),
        "&From": ("&Du mois", "&Van maand"),
        "&Show the figures": ("Affic&her les chiffres", "Cijfers t&onen"),
        "&To": ("&Au mois", "&Tot maand"),
        "CSV files (*.csv)": ("Fichiers CSV (*.csv)", "CSV-bestanden (*.csv)"),
        "Ca&ncel the export": ("A&nnuler l'export", "Export a&nnuleren"),
        "Computing the figures…": ("Calcul des chiffres…", "Cijfers worden berekend…"),
        "Export &CSV…": ("Exporter en &CSV…", "&CSV exporteren…"),
        "Export &PDF…": ("Exporter en &PDF…", "&PDF exporteren…"),
        "Export cancelled: no file was written.": (
            "Export annulé : aucun fichier n'a été écrit.",
            "Export geannuleerd: er is geen bestand geschreven.",
        ),
        "Export the report": ("Exporter le rapport", "Rapport exporteren"),
        "Fewer than 5 situations had time in this period: the detail per situation is not shown, so that "
        "nobody can be recognised.": (
            "Moins de 5 situations ont du temps sur cette période : le détail par situation "
            "n'est pas montré, "
            "pour que personne ne puisse être reconnu.",
            "Minder dan 5 situaties hebben tijd in deze periode: het detail per situatie wordt niet getoond, "
            "zodat niemand herkend kan worden.",
        ),
        "First month": ("Premier mois", "Eerste maand"),
        "Invisible work": ("Travail invisible", "Onzichtbaar werk"),
        "Last month": ("Dernier mois", "Laatste maand"),
        "Minutes by task and month": ("Minutes par tâche et par mois", "Minuten per taak en per maand"),
        "No time recorded from %1 to %2: nothing to show for this period.": (
            "Aucun temps enregistré de %1 à %2 : rien à montrer pour cette période.",
            "Geen tijd genoteerd van %1 tot %2: niets te tonen voor deze periode.",
        ),
        "No time tied to a situation in this period.": (
            "Aucun temps lié à une situation sur cette période.",
            "Geen tijd gekoppeld aan een situatie in deze periode.",
        ),
        "No time was tied to a mobilisation in this period.": (
            "Aucun temps n'a été lié à une démarche sur cette période.",
            "Er werd in deze periode geen tijd aan een inzet gekoppeld.",
        ),
        "Other outcomes": ("Autres issues", "Andere uitkomsten"),
        "PDF documents (*.pdf)": ("Documents PDF (*.pdf)", "PDF-documenten (*.pdf)"),
        "Shortage (waiting list, service full, failure)": (
            "Pénurie (liste d'attente, service complet, échec)",
            "Tekort (wachtlijst, dienst vol, mislukt)",
        ),
        "Situations appear by pseudonym only; the %1 with the most invisible time.": (
            "Les situations n'apparaissent que par leur pseudonyme ; les %1 qui ont le plus de "
            "travail invisible.",
            "Situaties verschijnen alleen met hun pseudoniem; de %1 met het meeste onzichtbare werk.",
        ),
        "Situations by invisible time": (
            "Situations selon le travail invisible",
            "Situaties volgens onzichtbaar werk",
        ),
        "Situations by invisible time (pseudonyms)": (
            "Situations selon le travail invisible (pseudonymes)",
            "Situaties volgens onzichtbaar werk (pseudoniemen)",
        ),
        "The figures could not be computed: %1": (
            "Les chiffres n'ont pas pu être calculés : %1",
            "De cijfers konden niet worden berekend: %1",
        ),
        "The file was not written (%1).": (
            "Le fichier n'a pas été écrit (%1).",
            "Het bestand is niet geschreven (%1).",
        ),
        "The file was not written: %1": (
            "Le fichier n'a pas été écrit : %1",
            "Het bestand is niet geschreven: %1",
        ),
        "The last month is before the first one: choose the months again.": (
            "Le dernier mois précède le premier : choisissez à nouveau les mois.",
            "De laatste maand ligt vóór de eerste: kies de maanden opnieuw.",
        ),
        "Time on mobilisations by outcome": (
            "Temps des démarches selon leur issue",
            "Tijd voor inzet per uitkomst",
        ),
        "Time on mobilisations, by their outcome": (
            "Temps passé sur les démarches, selon leur issue",
            "Tijd besteed aan inzet, per uitkomst",
        ),
        "With the person": ("Avec la personne", "Met de persoon"),
        "With the person and invisible work": (
            "Avec la personne et travail invisible",
            "Met de persoon en onzichtbaar werk",
        ),
        "Writing the file…": ("Écriture du fichier…", "Bestand wordt geschreven…"),
        "Written: %1": ("Écrit : %1", "Geschreven: %1"),
        "invisible work": ("travail invisible", "onzichtbaar werk"),
        "with the person": ("avec la personne", "met de persoon"),
    },
    "StackedMonthChart": {
        "Minutes by task and month": ("Minutes par tâche et par mois", "Minuten per taak en per maand"),
    },
    "ShareBar": {
        "Face to face and invisible work": (
            "En présence et travail invisible",
            "Met de persoon en onzichtbaar werk",
        ),
    },
}


def translations_json() -> dict:
    return {
        context: {source: {"fr": fr, "nl": nl} for source, (fr, nl) in strings.items()}
        for context, strings in TRANSLATIONS.items()
    }


def _french_fallback():
    from PySide6.QtCore import QTranslator

    class FrenchFallback(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            pair = TRANSLATIONS.get(context, {}).get(source)
            return pair[0] if pair else None  # None: the shipped .qm or the source text

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
    app.french_fallback = fallback
    return app


def _settle(widget, size=SIZE) -> None:
    from PySide6.QtWidgets import QApplication

    widget.resize(*size)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()


def _quick_log_shot(services, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.quick_log import QuickLogDialog

    situation = services.situations.summaries(status="active")[0]
    dialog = QuickLogDialog(services, situation.id)
    _settle(dialog, (680, dialog.sizeHint().height()))
    rows = dialog.rows
    rows.rows[0].duration.setText("45")
    dialog.add_line()
    rows.rows[1].duration.setText("1,5")  # shows a refused line, with its reason
    dialog.add_line()
    rows.rows[2].duration.setText("15 min")
    dialog.save()
    dialog.next_checkin.set_date(date.today() + timedelta(days=7))
    dialog.resize(680, dialog.sizeHint().height())
    for _ in range(5):
        QApplication.processEvents()
    dialog.grab().save(str(out / "quick_log.png"))
    print(out / "quick_log.png")
    dialog.reject()


def _time_list_shot(services, out: Path, today: date) -> None:
    from ui.time_list import TimeListView

    view = TimeListView(services, None)
    view.set_range(today - timedelta(days=14), today)
    _settle(view)
    view.select_row(2)
    view.grab().save(str(out / "time_list.png"))
    print(out / "time_list.png")


def _dashboard_shot(services, out: Path, today: date) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.invisible_work_dashboard import InvisibleWorkDashboard

    dashboard = InvisibleWorkDashboard(None)
    dashboard.set_period(date(today.year, 1, 1), today)
    _settle(dashboard, (1100, 900))
    dashboard.set_services(services)
    while dashboard.data() is None:  # computed off the GUI thread
        QApplication.processEvents()
    for _ in range(5):
        QApplication.processEvents()
    dashboard.grab().save(str(out / "invisible_work_dashboard.png"))
    print(out / "invisible_work_dashboard.png")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--write-json"]:
        target = Path(args[1])
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(translations_json(), ensure_ascii=False, indent=1), encoding="utf-8")
        print(target)
        return 0
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    _application()
    from app import clock
    from app.demo import build_demo
    from app.services import Services
    from storage.register import Register

    today = clock.today()
    with tempfile.TemporaryDirectory() as work:
        register, _code = Register.create(Path(work) / "register", PASSPHRASE, iterations=1)
        try:
            build_demo(register, "small", reference=today)
            services = Services.for_register(register)
            _quick_log_shot(services, out)
            _time_list_shot(services, out, today)
            _dashboard_shot(services, out, today)
        finally:
            register.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
