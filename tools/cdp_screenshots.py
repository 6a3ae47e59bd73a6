"""Render the CdP sessions page, the review dialog and page 2 of an exported PDF for the documentation.

    QT_QPA_PLATFORM=offscreen python -m tools.cdp_screenshots docs/screenshots [--no-ner]

A throw-away register in a temporary folder holds invented situations (the identifiers of the CdP tests); the
interface is in French (the shipped translations).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from tools.screenshot_kit import output_folder, prepare_application, save_grab, temporary_register, wait_until

SIZE = (1180, 720)  # the default window


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
        "Le CPAS d'Anderlecht a été contacté pour une aide-ménagère. Elle fait ses courses chaussée de "
        "Mons le samedi."
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
    from app.cdp.sessions import CdpSessionData, CdpSessionService
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


def _session_shot(services, session_id: int, out: Path) -> None:
    from ui.cdp.sessions_page import CdpSessionsPage

    page = CdpSessionsPage(services, use_ner=False)

    def select() -> None:
        dates = [page.sessions.item(row, 0).text() for row in range(page.sessions.rowCount())]
        page.sessions.selectRow(dates.index("19/11/2026"))
        page.form.group.setFocus()

    save_grab(page, out / "cdp_session.png", select, size=SIZE, rounds=5)


def _review_shot(services, session, out: Path, *, use_ner: bool):
    from ui.cdp.review import CanvasReviewDialog

    dialog = CanvasReviewDialog(services, session, use_ner=use_ner)
    if not wait_until(lambda: dialog.review is not None, seconds=120):
        raise SystemExit("the review was not built")

    def prepare() -> None:
        key = f"{dialog.review.canvases[0].code}/narrative"
        dialog.select_field(key)
        source = dialog.review.fields[key].source
        start = source.index("décès")
        dialog.original.select_range(start, start + len("décès"))
        dialog.mask_selection()
        dialog.table.selectRow(1)

    save_grab(dialog, out / "cdp_review.png", prepare, size=SIZE, rounds=5)
    return dialog


def _canvas_page_shot(services, session, dialog, out: Path) -> None:
    from app.cdp.export import export_session

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
    use_ner = "--no-ner" not in args
    out = output_folder([arg for arg in args if arg != "--no-ner"])
    prepare_application("fr")
    from app.services import Services

    with temporary_register() as scratch:
        services = Services.for_register(scratch.register)
        session = _register_content(services)
        _session_shot(services, session.id, out)
        dialog = _review_shot(services, session, out, use_ner=use_ner)
        _canvas_page_shot(services, session, dialog, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
