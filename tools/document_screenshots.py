"""The documents of issue 15 rendered for docs/screenshots: each PDF's pages as PNG (pdftoppm, 60 dpi) and the
preview dialog with the consents of the Network tab, from the small demo register.

    QT_QPA_PLATFORM=offscreen python -m tools.document_screenshots docs/screenshots
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from tools.screenshot_kit import output_folder, prepare_application, save_grab, temporary_register

REFERENCE = date(2026, 11, 23)


def main(argv: list[str]) -> int:
    out = output_folder(argv)
    app = prepare_application("fr")
    from app.demo.builder import build_demo
    from app.documents.access import build_access
    from app.documents.consent import ConsentService
    from app.documents.handover import build_handover
    from app.documents.referent import ReferentContact, save_referent_contact
    from app.documents.situation_file import build_situation_file
    from app.services import Services

    with temporary_register() as scratch:
        register = scratch.register
        build_demo(register, "small", seed=0, reference=REFERENCE)
        services = Services.for_register(register)
        situation_id = _richest_situation(services)
        ConsentService(register).record(situation_id, "Dr Anaïs Öztürk", "Maison médicale Les Tilleuls",
                                        recorded_on=REFERENCE)
        save_referent_contact(register, ReferentContact("Noëlle Dubois", "Relais Schaerbeek",
                                                        "02 123 45 67", "noelle.dubois@example.org"))
        documents = {
            "documents-handover-fr": build_handover(register, situation_id, lang="fr"),
            "documents-handover-nl": build_handover(register, situation_id, lang="nl"),
            "documents-situation-file-fr": build_situation_file(register, situation_id, lang="fr"),
            "documents-access-en": build_access(register, situation_id, lang="en"),
        }
        for stem, document in documents.items():
            _pages(document.content, out / stem, scratch.work)
        _windows(services, situation_id, documents["documents-handover-fr"].content, out)
    app.processEvents()
    return 0


def _richest_situation(services) -> int:
    """The demo situation with the most priorities and mobilisations: the sheet shows every section."""
    from app.documents.dossier import gather_dossier

    ids = [row.id for row in services.situations.summaries()]
    return max(ids, key=lambda sid: (lambda d: len(d.priorities) + len(d.mobilisations) + len(d.network))(
        gather_dossier(services.register, sid)))


def _pages(pdf: bytes, stem: Path, work: Path) -> None:
    source = work / f"{stem.name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(source), str(stem)], check=True)
    for page in sorted(stem.parent.glob(f"{stem.name}-*.png")):
        print(page)


def _windows(services, situation_id: int, pdf: bytes, out: Path) -> None:
    from ui.documents.preview import PdfPreviewDialog
    from ui.situation.editor import SituationEditor

    preview = PdfPreviewDialog(pdf, "Fiche de relais", ["Contact du référent : vérifiez-le avant d'envoyer."])
    save_grab(preview, out / "documents-preview.png", size=(760, 900))
    preview.close()
    editor = SituationEditor(services, situation_id)
    editor.tabs.setCurrentWidget(editor.network)
    save_grab(editor, out / "documents-consents.png", size=(1180, 720))
    editor.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
