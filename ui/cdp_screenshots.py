"""Render the CdP sessions page, the review dialog and page 2 of an exported PDF for the documentation.

    QT_QPA_PLATFORM=offscreen python -m ui.cdp_screenshots docs/screenshots
    python -m ui.cdp_screenshots --write-json /tmp/relais_tr/cdp.json   # the strings, for the .ts files

A throw-away register in a temporary folder holds invented situations (the identifiers of the CdP tests). The
interface is in French: the shipped translations are used first; strings they do not have yet fall back on
`TRANSLATIONS` below, which also holds the Dutch translations (a ready list for the .ts files).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

SIZE = (1100, 750)
PASSPHRASE = "marmite violette sous la pluie"

# context → English source → (French, Dutch)
TRANSLATIONS: dict[str, dict[str, tuple[str, str]]] = {
    "HighlightedText": {
        "found in the register": ("trouvé dans le registre", "gevonden in het register"),
        "found by a pattern": ("trouvé par un motif", "gevonden door een patroon"),
        "found by the language model": ("trouvé par le modèle de langue", "gevonden door het taalmodel"),
        "masked by you": ("masqué par vous", "door u gemaskeerd"),
        "Replaced by %1 (%2)": ("Remplacé par %1 (%2)", "Vervangen door %1 (%2)"),
        "To check: this is also a common word.": (
            "À vérifier : c'est aussi un mot courant.", "Na te kijken: dit is ook een gewoon woord."),
    },
    "CdpSessionForm": {
        "Date of the session": ("Date de la séance", "Datum van de sessie"),
        "e.g. CdP Brussels-West": ("p. ex. CdP Bruxelles-Ouest", "bv. CdP Brussel-West"),
        "Name of the group": ("Nom du groupe", "Naam van de groep"),
        "Patient": ("Patient", "Patiënt"),
        "Provider": ("Prestataire", "Zorgverlener"),
        "Situation": ("Situation", "Situatie"),
        "— none —": ("— aucun —", "— geen —"),
        "Nœud worked on": ("Nœud travaillé", "Behandeld knelpunt"),
        "The nœud in the group's own words": (
            "Le nœud dans les mots du groupe", "Het knelpunt in de eigen woorden van de groep"),
        "Situations brought to the session": (
            "Situations apportées à la séance", "Situaties ingebracht in de sessie"),
        "One positive element": ("Un élément positif", "Een positief element"),
        "One difficulty": ("Une difficulté", "Een moeilijkheid"),
        "One new element": ("Un élément nouveau", "Een nieuw element"),
        "One solution that emerged": ("Une solution ayant émergé", "Een oplossing die naar voren kwam"),
        "&1. One positive element": ("&1. Un élément positif", "&1. Een positief element"),
        "&2. One difficulty": ("&2. Une difficulté", "&2. Een moeilijkheid"),
        "&3. One new element": ("&3. Un élément nouveau", "&3. Een nieuw element"),
        "&4. One solution that emerged": (
            "&4. Une solution ayant émergé", "&4. Een oplossing die naar voren kwam"),
        "&Date:": ("&Date :", "&Datum:"),
        "&Group:": ("&Groupe :", "&Groep:"),
        "Nœud (recurring &problem):": ("Nœud (&problème récurrent) :", "Knelpunt (terugkerend &probleem):"),
        "In the group's own &words:": ("Dans les &mots du groupe :", "In de eigen w&oorden van de groep:"),
        "Situations &brought (one or two)": (
            "Situations &apportées (une ou deux)", "&Ingebrachte situaties (één of twee)"),
        "We talk about situations, not patients: only the pseudonym leaves this screen, and only for a "
        "situation whose person agreed to the exchange.": (
            "On parle de situations, pas de patients : seul le pseudonyme quitte cet écran, et seulement "
            "pour une situation dont la personne a accepté l'échange.",
            "We spreken over situaties, niet over patiënten: alleen het pseudoniem verlaat dit scherm, en "
            "alleen voor een situatie waarvan de persoon met de uitwisseling instemde."),
        "After the session: the four points reported": (
            "Après la séance : les quatre points rapportés", "Na de sessie: de vier gerapporteerde punten"),
        "No situation in the register yet.": (
            "Aucune situation dans le registre pour l'instant.", "Nog geen situatie in het register."),
        "consent not recorded": ("consentement non enregistré", "toestemming niet geregistreerd"),
    },
    "CdpSessionsPage": {
        "Community-of-practice sessions": (
            "Séances de la communauté de pratique", "Sessies van de praktijkgemeenschap"),
        "Date": ("Date", "Datum"),
        "Group": ("Groupe", "Groep"),
        "Nœud": ("Nœud", "Knelpunt"),
        "Situations": ("Situations", "Situaties"),
        "&New session": ("&Nouvelle séance", "&Nieuwe sessie"),
        "De&lete…": ("Supp&rimer…", "Ver&wijderen…"),
        "Prepare the e&xport…": ("Préparer l'e&xport…", "E&xport voorbereiden…"),
        "Review the anonymised canvases of the situations brought, then export them as PDF or JSON.": (
            "Relire les canevas anonymisés des situations apportées, puis les exporter en PDF ou en JSON.",
            "De geanonimiseerde canvassen van de ingebrachte situaties nalezen en ze dan exporteren als PDF "
            "of JSON."),
        "Sa&ve": ("&Enregistrer", "&Bewaren"),
        "Save the session (Ctrl+Enter)": (
            "Enregistrer la séance (Ctrl+Entrée)", "De sessie bewaren (Ctrl+Enter)"),
        "CdP &sessions": ("&Séances de CdP", "CdP-&sessies"),
        "Unsaved changes": ("Modifications non enregistrées", "Niet-bewaarde wijzigingen"),
        "The session shown has changes that are not saved. Leave them?": (
            "La séance affichée a des modifications non enregistrées. Les abandonner ?",
            "De getoonde sessie heeft niet-bewaarde wijzigingen. Ze laten vallen?"),
        "New session": ("Nouvelle séance", "Nieuwe sessie"),
        "Session of %1": ("Séance du %1", "Sessie van %1"),
        "At most %1 situations per session (the report advises one or two).": (
            "Au plus %1 situations par séance (le rapport en conseille une ou deux).",
            "Hoogstens %1 situaties per sessie (het rapport raadt er één of twee aan)."),
        "Session of %1 saved.": ("Séance du %1 enregistrée.", "Sessie van %1 bewaard."),
        "Delete this CdP session? The situations themselves are not touched.": (
            "Supprimer cette séance de CdP ? Les situations elles-mêmes ne sont pas touchées.",
            "Deze CdP-sessie verwijderen? De situaties zelf blijven ongewijzigd."),
        "Delete the session": ("Supprimer la séance", "De sessie verwijderen"),
        "Session deleted.": ("Séance supprimée.", "Sessie verwijderd."),
        "Tick at least one situation to prepare its canvas.": (
            "Cochez au moins une situation pour préparer son canevas.",
            "Vink minstens één situatie aan om haar canvas voor te bereiden."),
    },
    "CanvasReviewDialog": {
        "Export the anonymised canvases (PDF)": (
            "Exporter les canevas anonymisés (PDF)", "De geanonimiseerde canvassen exporteren (PDF)"),
        "Export the anonymised canvases (JSON)": (
            "Exporter les canevas anonymisés (JSON)", "De geanonimiseerde canvassen exporteren (JSON)"),
        "Review before export — CdP session": (
            "Relecture avant export — séance de CdP", "Nalezen vóór export — CdP-sessie"),
        "Preparing the anonymised texts… The language model can take a few seconds to load.": (
            "Préparation des textes anonymisés… Le modèle de langue peut mettre quelques secondes à se "
            "charger.",
            "De geanonimiseerde teksten worden voorbereid… Het laden van het taalmodel kan enkele seconden "
            "duren."),
        "Preparing": ("Préparation", "Voorbereiding"),
        "Text": ("Texte", "Tekst"),
        "Replaced": ("Remplacés", "Vervangen"),
        "Texts to review": ("Textes à relire", "Na te lezen teksten"),
        "Original text, replacements highlighted": (
            "Texte original, remplacements surlignés", "Originele tekst, vervangingen gemarkeerd"),
        "Text as it will be exported": ("Texte tel qu'il sera exporté", "Tekst zoals hij geëxporteerd wordt"),
        "&Mask the selection": ("&Masquer la sélection", "&Selectie maskeren"),
        "Select words in the original text, then mask them.": (
            "Sélectionnez des mots dans le texte original, puis masquez-les.",
            "Selecteer woorden in de originele tekst en maskeer ze dan."),
        "&Edit the text…": ("Modifi&er le texte…", "Tekst &bewerken…"),
        "Rewrite the exported text yourself; it is checked again.": (
            "Réécrire vous-même le texte exporté ; il est vérifié à nouveau.",
            "Herschrijf de geëxporteerde tekst zelf; hij wordt opnieuw nagekeken."),
        "Replacements in this text": ("Remplacements dans ce texte", "Vervangingen in deze tekst"),
        "Original": ("Original", "Origineel"),
        "Placeholder": ("Remplacé par", "Vervangen door"),
        "Kind": ("Type", "Soort"),
        "Why": ("Pourquoi", "Waarom"),
        "To check": ("À vérifier", "Na te kijken"),
        "&Restore (false positive)": ("&Restaurer (faux positif)", "He&rstellen (vals positief)"),
        "Keep the original words of the selected replacement.": (
            "Garder les mots d'origine du remplacement sélectionné.",
            "De oorspronkelijke woorden van de geselecteerde vervanging behouden."),
        "Structured parts of the canvas (read-only)": (
            "Parties structurées du canevas (lecture seule)",
            "Gestructureerde delen van het canvas (alleen lezen)"),
        "&I have read every text": ("J'a&i relu chaque texte", "Ik heb elke tekst gelez&en"),
        "&Confirm": ("&Confirmer", "Be&vestigen"),
        "Export &PDF…": ("Exporter en &PDF…", "Exporteren als &PDF…"),
        "Export &JSON…": ("Exporter en &JSON…", "Exporteren als &JSON…"),
        "Clo&se": ("&Fermer", "Sl&uiten"),
        "Session of %1": ("Séance du %1", "Sessie van %1"),
        "replaced": ("remplacé", "vervangen"),
        "to check": ("à vérifier", "na te kijken"),
        "masked by you": ("masqué par vous", "door u gemaskeerd"),
        "&Original text": ("Texte &original", "&Originele tekst"),
        "E&xported text": ("Texte e&xporté", "Geë&xporteerde tekst"),
        "Rep&lacements in this text": ("Remp&lacements dans ce texte", "Vervan&gingen in deze tekst"),
        "Structured parts (read-only)": (
            "Parties structurées (lecture seule)", "Gestructureerde delen (alleen lezen)"),
        "&Texts": ("&Textes", "&Teksten"),
        "The language model is not in use: names are found from the register and by patterns only. Read "
        "each text with extra care.": (
            "Le modèle de langue n'est pas utilisé : les noms sont trouvés seulement grâce au registre et "
            "aux motifs. Relisez chaque texte avec une attention particulière.",
            "Het taalmodel wordt niet gebruikt: namen worden alleen via het register en patronen gevonden. "
            "Lees elke tekst extra aandachtig."),
        "The canvases cannot be prepared: %1": (
            "Les canevas ne peuvent pas être préparés : %1",
            "De canvassen kunnen niet worden voorbereid: %1"),
        "The canvases could not be prepared (an unexpected error). Nothing was exported.": (
            "Les canevas n'ont pas pu être préparés (erreur inattendue). Rien n'a été exporté.",
            "De canvassen konden niet worden voorbereid (onverwachte fout). Er werd niets geëxporteerd."),
        "Session": ("Séance", "Sessie"),
        "Structured parts": ("Parties structurées", "Gestructureerde delen"),
        "%1 (%2 to check)": ("%1 (%2 à vérifier)", "%1 (%2 na te kijken)"),
        "Nœud, in the group's words": (
            "Nœud, dans les mots du groupe", "Knelpunt, in de woorden van de groep"),
        "One positive element": ("Un élément positif", "Een positief element"),
        "One difficulty": ("Une difficulté", "Een moeilijkheid"),
        "One new element": ("Un élément nouveau", "Een nieuw element"),
        "One solution that emerged": ("Une solution ayant émergé", "Een oplossing die naar voren kwam"),
        "Narrative": ("Récit", "Verhaal"),
        "Other pathologies": ("Autres pathologies", "Andere aandoeningen"),
        "Difficulties (dialogue session %1)": (
            "Difficultés (séance de dialogue %1)", "Moeilijkheden (dialoogsessie %1)"),
        "Added value (dialogue session %1)": (
            "Plus-value (séance de dialogue %1)", "Meerwaarde (dialoogsessie %1)"),
        "Priority %1": ("Priorité %1", "Prioriteit %1"),
        "Resource %1": ("Ressource %1", "Hulpbron %1"),
        "yes": ("oui", "ja"),
        "no": ("non", "nee"),
        "Restored: the original words will be exported.": (
            "Restauré : les mots d'origine seront exportés.",
            "Hersteld: de oorspronkelijke woorden worden geëxporteerd."),
        "Select words in the original text first.": (
            "Sélectionnez d'abord des mots dans le texte original.",
            "Selecteer eerst woorden in de originele tekst."),
        "Masked as %1.": ("Masqué en %1.", "Gemaskeerd als %1."),
        "Edit the text — %1": ("Modifier le texte — %1", "Tekst bewerken — %1"),
        "Text rewritten and checked again.": (
            "Texte réécrit et vérifié à nouveau.", "Tekst herschreven en opnieuw nagekeken."),
        "%1 Read the texts again, then confirm.": (
            "%1 Relisez les textes, puis confirmez à nouveau.",
            "%1 Lees de teksten opnieuw en bevestig dan."),
        "Replacements: %1 — to check: %2": ("Remplacements : %1 — à vérifier : %2",
                                             "Vervangingen: %1 — na te kijken: %2"),
        "Confirmed: you can export.": ("Confirmé : vous pouvez exporter.", "Bevestigd: u kunt exporteren."),
        "Writing the export…": ("Écriture de l'export…", "Export wordt geschreven…"),
        "Exported to %1": ("Exporté vers %1", "Geëxporteerd naar %1"),
        "The export was not written:\n%1\n\nChoose another folder or file name.": (
            "L'export n'a pas été écrit :\n%1\n\nChoisissez un autre dossier ou un autre nom de fichier.",
            "De export werd niet geschreven:\n%1\n\nKies een andere map of bestandsnaam."),
        "The export was not written (an unexpected error). Nothing was left behind.": (
            "L'export n'a pas été écrit (erreur inattendue). Aucun fichier partiel n'est resté.",
            "De export werd niet geschreven (onverwachte fout). Er bleef geen onvolledig bestand achter."),
        "The export was not written.": ("L'export n'a pas été écrit.", "De export werd niet geschreven."),
        "Export": ("Export", "Export"),
        "none": ("aucun", "geen"),
        "Age": ("Âge", "Leeftijd"),
        "Months of accompaniment": ("Mois d'accompagnement", "Maanden begeleiding"),
        "Status": ("Statut", "Status"),
        "Vulnerabilities": ("Vulnérabilités", "Kwetsbaarheden"),
        "Pathologies": ("Pathologies", "Aandoeningen"),
        "Network (roles only)": ("Réseau (rôles seulement)", "Netwerk (alleen rollen)"),
        "Dialogue tool": ("Outil de dialogue", "Dialoogtool"),
        "month %1: %2": ("mois %1 : %2", "maand %1: %2"),
        "Priorities": ("Priorités", "Prioriteiten"),
        "In the person's words (exported)": (
            "Dans les mots de la personne (exporté)", "In de woorden van de persoon (geëxporteerd)"),
        "Theme": ("Thème", "Thema"),
        "Resources mobilised": ("Ressources mobilisées", "Ingeschakelde hulpbronnen"),
        "Resource (exported)": ("Ressource (exportée)", "Hulpbron (geëxporteerd)"),
        "Type": ("Type", "Type"),
        "Category": ("Catégorie", "Categorie"),
        "Who mobilises": ("Qui mobilise", "Wie schakelt in"),
        "In the directory": ("Dans le répertoire", "In de gids"),
    },
    "EditTextDialog": {
        "Text as it will be exported": ("Texte tel qu'il sera exporté", "Tekst zoals hij geëxporteerd wordt"),
        "&Text as it will be exported:": (
            "&Texte tel qu'il sera exporté :", "&Tekst zoals hij geëxporteerd wordt:"),
        "Placeholders such as [PERSONNE 1] can stay. The new text is checked again when you accept: a name "
        "you type is masked like any other.": (
            "Les remplacements comme [PERSONNE 1] peuvent rester. Le nouveau texte est vérifié à nouveau "
            "quand vous acceptez : un nom que vous tapez est masqué comme les autres.",
            "Vervangingen zoals [PERSONNE 1] mogen blijven. De nieuwe tekst wordt opnieuw nagekeken wanneer "
            "u aanvaardt: een naam die u typt, wordt net als de andere gemaskeerd."),
    },
}  # fmt: skip


def translations_json() -> dict:
    """{context: {source: {"fr": …, "nl": …}}}, the format the lead merges into the .ts files."""
    return {
        context: {source: {"fr": fr, "nl": nl} for source, (fr, nl) in strings.items()}
        for context, strings in TRANSLATIONS.items()
    }


def write_json(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(translations_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(target)


def _french_fallback():
    from PySide6.QtCore import QTranslator

    class FrenchFallback(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            found = TRANSLATIONS.get(context, {}).get(source)
            return found[0] if found else None  # None: no translation here, the source text stays

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


def _first_situation(services) -> int:
    """An invented person whose identifiers appear in every free text of the canvas."""
    from app.dialogues import DialogueSessionData
    from app.mobilisations import MobilisationData
    from app.readmodels import NetworkMemberData, PersonData, SituationData
    from app.resources_directory import ResourceData

    person = services.persons.create(PersonData(
        first_name="Mireille", last_name="Vandenbossche", birth_year=1946, address="Rue des Tanneurs 14",
        postcode="1000", commune="Bruxelles", phone="0478 12 34 56", email="mireille.vdb@example.be",
    ))  # fmt: skip
    services.network.add(person.id, NetworkMemberData(role="aidant_proche", name="Karim El Ouali"))
    narrative = (
        "Mme Vandenbossche (Mireille) vit seule rue des Tanneurs 14 depuis le décès de son mari. "
        "Son fils Karim passe le dimanche. Joignable au 0478 12 34 56 ou par mireille.vdb@example.be. "
        "Le CPAS d'Anderlecht a été contacté pour une aide-ménagère."
    )
    situation = services.situations.create(person.id, SituationData(
        started_on=date(2026, 3, 2), narrative=narrative, vulnerabilities=("isolement_social",),
        pathologies=("diabete",), consent_cdp=True, consent_date=date(2026, 3, 2),
    ))  # fmt: skip
    services.dialogues.record(
        situation.id,
        DialogueSessionData(held_on=date(2026, 4, 7), mode="cartes", difficulties="Karim coupait la parole.",
                            added_value="Mireille a choisi elle-même ses cartes."),
        [("Revoir mes amies du quartier", None), ("Ne plus avoir peur de tomber", None)],
    )  # fmt: skip
    priority = services.priorities.for_situation(situation.id)[0]
    cpas = services.resources.create(ResourceData(name="CPAS d'Anderlecht", commune="Anderlecht"))
    services.mobilisations.add(situation.id, MobilisationData(
        resource_id=cpas.id, priority_id=priority.id, who_mobilises="rp", status="liste_attente",
        started_on=date(2026, 4, 10),
    ))  # fmt: skip
    services.resources.create(ResourceData(name="Infor-Homes Bruxelles", commune="Bruxelles"))
    services.mobilisations.add(situation.id, MobilisationData(
        resource_name="Infor-Homes Bruxelles", who_mobilises="aidant_proche", started_on=date(2026, 4, 12),
    ))  # fmt: skip
    other = services.persons.create(PersonData(first_name="Gaston", last_name="Lemaire", birth_year=1950))
    services.situations.create(other.id, SituationData(started_on=date(2026, 5, 1)))  # without consent
    return situation.id


def _register_content(services):
    """Three situations (one without consent) and two sessions, the second one with its four points."""
    from app.cdp_sessions import CdpSessionData, CdpSessionService
    from app.readmodels import PersonData, SituationData

    with_consent = _first_situation(services)
    person = services.persons.create(PersonData(first_name="Rose", last_name="Delvaux", birth_year=1938))
    third = services.situations.create(person.id, SituationData(
        started_on=date(2026, 6, 2), consent_cdp=True, consent_date=date(2026, 6, 2),
        narrative="Mme Delvaux attend une place en centre de jour ; Rose refuse encore la téléassistance.",
    ))  # fmt: skip
    cdp = CdpSessionService(services)
    earlier = cdp.create(CdpSessionData(held_on=date(2026, 9, 24), group_name="CdP Bruxelles-Ouest",
                                        noeud="limites_aupres_patient"))  # fmt: skip
    cdp.set_situations(earlier.id, [third.id])
    session = cdp.create(CdpSessionData(
        held_on=date(2026, 11, 19), group_name="CdP Bruxelles-Ouest", noeud="turnover_prestataires",
        noeud_text="L'aide familiale change presque chaque mois ; Mireille ne veut plus ouvrir.",
        feedback_positive="Le groupe a aidé Mireille à trouver une aide-ménagère stable.",
        feedback_difficulty="Joindre le service d'aide familiale le vendredi.",
        feedback_new="Une permanence sociale le mardi au CPAS d'Anderlecht.",
        feedback_solution="Appeler Infor-Homes Bruxelles plus tôt.",
    ))  # fmt: skip
    return cdp.set_situations(session.id, [with_consent, third.id])


def _process() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def _save(widget, target: Path, prepare=None) -> None:
    widget.resize(*SIZE)
    widget.show()
    _process()
    if prepare:
        prepare()
    _process()
    widget.grab().save(str(target))
    print(target)


def _session_shot(services, session_id: int, out: Path) -> None:
    from ui.cdp_sessions_page import CdpSessionsPage

    page = CdpSessionsPage(services, use_ner=False)

    def select() -> None:
        dates = [page.sessions.item(row, 0).text() for row in range(page.sessions.rowCount())]
        page.sessions.selectRow(dates.index("19/11/2026"))
        page.form.group.setFocus()

    _save(page, out / "cdp_session.png", select)


def _review_shot(services, session, out: Path, *, use_ner: bool):
    from PySide6.QtCore import QCoreApplication, QElapsedTimer

    from ui.cdp_review_dialog import CanvasReviewDialog

    dialog = CanvasReviewDialog(services, session, use_ner=use_ner)
    timer = QElapsedTimer()
    timer.start()
    while dialog.review is None and timer.elapsed() < 120_000:
        QCoreApplication.processEvents()
    if dialog.review is None:
        raise SystemExit("the review was not built")

    def prepare() -> None:
        key = f"{dialog.review.canvases[0].code}/narrative"
        dialog.select_field(key)
        source = dialog.review.fields[key].source
        start = source.index("décès")
        dialog.original.select_range(start, start + len("décès"))
        dialog.mask_selection()
        dialog.table.selectRow(1)

    _save(dialog, out / "cdp_review.png", prepare)
    return dialog


def _canvas_page_shot(services, session, dialog, out: Path) -> None:
    from app.cdp_export import export_session

    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found (apt-get install poppler-utils): no canvas page", file=sys.stderr)
        return
    dialog.review.confirm()
    with tempfile.TemporaryDirectory() as work:
        pdf = Path(work) / "seance.pdf"
        export_session(services.register, session, dialog.review, pdf)
        subprocess.run([pdftoppm, "-png", "-r", "70", "-f", "2", "-l", "2", "-singlefile", str(pdf),
                        str(out / "cdp_canvas_page")], check=True)  # fmt: skip
    print(out / "cdp_canvas_page.png")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--write-json"]:
        write_json(Path(args[1] if len(args) > 1 else "/tmp/relais_tr/cdp.json"))
        return 0
    use_ner = "--no-ner" not in args
    args = [arg for arg in args if arg != "--no-ner"]
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    _application()
    from app.services import Services
    from storage.register import Register

    with tempfile.TemporaryDirectory() as work:
        register, _code = Register.create(Path(work) / "register", PASSPHRASE, iterations=1)
        try:
            services = Services.for_register(register)
            session = _register_content(services)
            _session_shot(services, session.id, out)
            dialog = _review_shot(services, session, out, use_ner=use_ner)
            _canvas_page_shot(services, session, dialog, out)
        finally:
            register.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
