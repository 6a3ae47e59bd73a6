"""Render the resource directory, the Mobilisations tab, the shortage view and an import plan offscreen.

    QT_QPA_PLATFORM=offscreen python -m tools.resource_screenshots docs/screenshots

A throw-away register in a temporary folder holds invented resources and situations; the interface is in
French (the shipped translations).
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from tools.screenshot_kit import output_folder, prepare_application, save_grab, temporary_register

SIZE = (1180, 720)  # the default window


def _directory(services) -> dict[str, int]:
    from app import clock
    from app.resources_directory import ResourceData

    today = clock.today()
    entries = (
        ("cpas_sg", "CPAS de Saint-Gilles", "cpas", None, "Saint-Gilles", 30, "02 600 54 11"),
        ("centre", "Centre de coordination Aide & Soins", "centre_coordination", None, "Forest", 90, ""),
        ("ssm", "Service de santé mentale Le Méridien", "ssm", None, "Saint-Josse", 420, ""),
        ("repas", "Repas à domicile du CPAS de Forest", None, "alimentation", "Forest", None, ""),
        ("mm", "Maison médicale du Midi", "maison_medicale", None, "Anderlecht", 200, "02 520 12 34"),
        ("interp", "Interprétariat social Setis", "interprete", None, "Bruxelles", 500, ""),
        ("kine", "Kiné à domicile Capart", "kine", None, "Ixelles", 15, ""),
        ("cpas_f", "CPAS de Forest", "cpas", None, "Forest", 60, "02 349 61 11"),
    )
    ids = {}
    for key, name, type_, category, commune, days, phone in entries:
        checked = today - timedelta(days=days) if days is not None else None
        ids[key] = services.resources.create(
            ResourceData(
                name=name,
                resource_type=type_,
                category=category,
                commune=commune,
                phone=phone,
                last_checked=checked,
                learned_from="cdp" if key in ("ssm", "interp") else "collegue",
                conditions="Habiter la commune ; sur rendez-vous" if type_ == "cpas" else "",
                waiting_list_notes="Trois mois d'attente pour un premier rendez-vous" if key == "ssm" else "",
            )
        ).id
    return ids


def _situations(services, ids: dict[str, int]) -> int:
    """One situation with a varied set of mobilisations (the one shown), and two more for the shortages."""
    from app import clock
    from app.mobilisations import MobilisationData
    from app.readmodels import PersonData, SituationData
    from app.time_entries import TimeEntryData

    today = clock.today()
    start = today - timedelta(days=300)

    def situation(first: str, last: str) -> int:
        person = services.persons.create(PersonData(first_name=first, last_name=last, birth_year=1946))
        return services.situations.create(person.id, SituationData(started_on=start)).id

    add, change = services.mobilisations.add, services.mobilisations.change_status
    shown = situation("Odette", "Exemple")
    stay = services.priorities.add(shown, "Rester chez moi", "logement", start + timedelta(days=5))
    fall = services.priorities.add(
        shown, "Ne plus avoir peur de tomber", "materiel", start + timedelta(days=5)
    )
    centre = add(
        shown,
        MobilisationData(
            resource_id=ids["centre"],
            priority_id=stay.id,
            status="proposee",
            started_on=today - timedelta(days=120),
        ),
    )
    change(
        centre.id, "liste_attente", today - timedelta(days=100), "service_sature", "Six semaines d'attente"
    )
    change(centre.id, "en_place", today - timedelta(days=55), note="Aide familiale deux matinées par semaine")
    add(
        shown,
        MobilisationData(
            resource_id=ids["kine"],
            priority_id=fall.id,
            status="en_place",
            started_on=today - timedelta(days=80),
        ),
    )
    ssm = add(
        shown,
        MobilisationData(resource_id=ids["ssm"], status="en_cours", started_on=today - timedelta(days=70)),
    )
    change(ssm.id, "indisponible", today - timedelta(days=40), "service_sature")
    add(
        shown,
        MobilisationData(
            resource_name="Sa sœur (Namur)",
            who_mobilises="aidant_proche",
            status="en_cours",
            started_on=today - timedelta(days=30),
        ),
    )
    add(
        shown,
        MobilisationData(
            resource_id=ids["repas"],
            who_mobilises="personne",
            mode="personne_seule",
            status="refusee",
            reason="refus_personne",
            started_on=today - timedelta(days=20),
        ),
    )
    services.time.log(
        [
            TimeEntryData("identifier_ressources", 95, today - timedelta(days=100), shown, centre.id),
            TimeEntryData("identifier_ressources", 40, today - timedelta(days=45), shown, ssm.id),
        ]
    )
    for first, last, key, status in (
        ("Marc", "Janssens", "ssm", "liste_attente"),
        ("Fatima", "El Idrissi", "cpas_f", "echec"),
        ("Jan", "Peeters", "interp", "indisponible"),
        ("Éloïse", "Dupré", "ssm", "echec"),
    ):
        other = situation(first, last)
        add(
            other,
            MobilisationData(resource_id=ids[key], status=status, started_on=today - timedelta(days=90)),
        )
    return shown


def _shots(services, out: Path) -> None:
    from app.resource_sharing import ResourceSharing
    from ui.resources.directory import ResourceDirectory
    from ui.resources.import_dialog import ResourceImportDialog
    from ui.resources.mobilisations import MobilisationTab
    from ui.resources.shortages import ShortageView

    ids = _directory(services)
    situation_id = _situations(services, ids)
    directory = ResourceDirectory(services)
    directory.resize(*SIZE)
    save_grab(directory, out / "resource_directory.png", lambda: directory.select_id(ids["ssm"]))
    tab = MobilisationTab(services, situation_id)
    tab.resize(*SIZE)
    save_grab(tab, out / "mobilisations.png", lambda: tab.select(tab.mobilisations()[0].id))
    view = ShortageView(services)
    view.resize(1000, 420)
    save_grab(view, out / "shortages.png")
    plan = ResourceSharing(services.register).plan_document(
        {
            "format": "relais-resources",
            "version": 1,
            "exported_at": "2026-01-15T10:00:00+00:00",
            "resources": [
                {"name": "CPAS de Saint-Gilles", "commune": "Saint-Gilles", "phone": "02 600 54 11"},
                {"name": "Épicerie sociale Le Colibri", "commune": "Forest", "category": "alimentation"},
                {
                    "name": "Maison médicale du Midi",
                    "commune": "anderlecht",
                    "resource_type": "maison_medicale",
                },
                {"name": "Équipe mobile Sectorisée", "commune": "Ixelles", "category": "sante_mentale"},
            ],
        }
    )
    dialog = ResourceImportDialog(plan)
    dialog.resize(960, 400)
    save_grab(dialog, out / "resource_import.png")


def main(argv: list[str] | None = None) -> int:
    out = output_folder(sys.argv[1:] if argv is None else argv)
    prepare_application("fr")
    from app.services import Services

    with temporary_register() as scratch:
        _shots(Services.for_register(scratch.register), out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
