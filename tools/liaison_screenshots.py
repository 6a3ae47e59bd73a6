"""Fridge notes (fr, nl, and one with long texts) as PNG pages, and the note-to-the-GP dialog in French and
Dutch, from a throw-away register with fictional data. The PDF pages need pdftoppm (poppler-utils).

    QT_QPA_PLATFORM=offscreen python -m tools.liaison_screenshots docs/screenshots
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from tools.screenshot_kit import output_folder, prepare_application, save_grab, temporary_register

PRIORITIES = ["Pouvoir aller au marché le samedi", "Ne plus avoir peur de tomber dans la salle de bain",
              "Revoir ma petite-fille"]
LONG_PRIORITY = "Je voudrais rester chez moi jusqu'au bout, " + "avec mon chat et mes plantes, " * 12


def fill(services, *, long: bool) -> int:
    from app.mobilisation_reads import MobilisationData
    from app.readmodels import NetworkMemberData, PersonData, SituationData
    from app.time_entries import TimeEntryData
    from storage.models import AppSetting

    person = services.persons.create(PersonData(first_name="Éloïse", last_name="Dupré", birth_year=1941))
    situation = services.situations.create(person.id, SituationData(
        started_on=date.today() - timedelta(days=60), next_checkin=date.today() + timedelta(days=9)))
    nurse = "Sofie Maes-Van den Bossche de la Grande Rue du Midi" if long else "Sofie Maes"
    for role, name, organisation, phone, email in (
        ("medecin_generaliste", "Dr Anne Lambert", "", "02 345 67 89", "a.lambert@example.org"),
        ("pharmacien", "", "Pharmacie du Parc", "02 512 00 11", ""),
        ("infirmier_domicile", nurse, "", "0470 12 34 56", ""),
    ):
        services.network.add(person.id, NetworkMemberData(role, name, organisation, phone, email))
    for words in ([LONG_PRIORITY, *PRIORITIES, "Une cinquième"] if long else PRIORITIES):
        services.priorities.add(situation.id, words)
    steps = (("Aide familiale du CPAS", "rp", "en_cours"), ("Téléalarme", "personne", "en_place"),
             ("Repas à domicile", "aidant_proche", "proposee"))
    for what, who, status in steps:
        services.mobilisations.add(situation.id, MobilisationData(resource_name=what, who_mobilises=who,
                                                                  status=status))
    services.time.log([TimeEntryData("visite_domicile", 60, situation_id=situation.id,
                                     note="Marche avec difficulté ; frigo presque vide ; moral meilleur.")])
    with services.register.session() as session:
        session.merge(AppSetting(key="referent_contact",
                                 value=json.dumps({"name": "Julie Renard", "phone": "0488 77 66 55"})))
    return situation.id


def page_png(pdf: bytes, target: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found (apt-get install poppler-utils): no PDF page", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "note.pdf"
        source.write_bytes(pdf)
        stem = str(target.with_suffix(""))
        subprocess.run([pdftoppm, "-png", "-r", "80", "-singlefile", str(source), stem], check=True)
    print(target)


def main(argv: list[str] | None = None) -> int:
    out = output_folder(list(sys.argv[1:] if argv is None else argv))
    from app.documents.fridge_note import fridge_note
    from app.services import Services

    for long, pages in ((False, (("fr", "fridge-note-fr.png"), ("nl", "fridge-note-nl.png"))),
                        (True, (("fr", "fridge-note-long-fr.png"),))):
        with temporary_register() as scratch:
            services = Services.for_register(scratch.register)
            situation_id = fill(services, long=long)
            for lang, name in pages:
                page_png(fridge_note(scratch.register, situation_id, lang).pdf, out / name)
            if not long:
                _gp_dialogs(services, situation_id, out)
    return 0


def _gp_dialogs(services, situation_id: int, out: Path) -> None:
    for lang in ("fr", "nl"):
        prepare_application(lang)
        from ui.documents.gp_note_dialog import GpNoteDialog

        dialog = GpNoteDialog(services, situation_id, lang)
        save_grab(dialog, out / f"gp-note-{lang}.png", size=(760, 680))
        dialog.deleteLater()


if __name__ == "__main__":
    raise SystemExit(main())
