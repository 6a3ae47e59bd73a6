"""A register with two situations for the CdP tests: identifiers planted in every free text of the canvas.

`IDENTIFIERS` are what must never leave the register; `KEPT` are resource names that must stay readable.
"""

from __future__ import annotations

from datetime import date

from app.dialogues import DialogueSessionData
from app.mobilisations import MobilisationData
from app.readmodels import NetworkMemberData, PersonData, SituationData
from app.resources_directory import ResourceData
from app.services import Services

IDENTIFIERS = (
    "Mireille", "Vandenbossche", "Karim", "El Ouali", "0478 12 34 56", "Rue des Tanneurs 14",
    "mireille.vdb@example.be", "85.07.30-033.28",
)  # fmt: skip
KEPT = ("CPAS d'Anderlecht", "Infor-Homes Bruxelles")


def build_two_situations(services: Services) -> tuple[int, int]:
    """(with consent, without consent) situation ids."""
    person = services.persons.create(PersonData(
        first_name="Mireille", last_name="Vandenbossche", birth_year=1946, address="Rue des Tanneurs 14",
        postcode="1000", commune="Bruxelles", phone="0478 12 34 56", email="mireille.vdb@example.be",
    ))  # fmt: skip
    services.network.add(person.id, NetworkMemberData(role="aidant_proche", name="Karim El Ouali"))
    narrative = (
        "Mme Vandenbossche (Mireille) vit seule rue des Tanneurs 14 depuis le décès de son mari. "
        "Son fils Karim passe le dimanche. NISS 85.07.30-033.28, joignable au 0478 12 34 56 ou par "
        "mireille.vdb@example.be. Le CPAS d'Anderlecht a été contacté."
    )
    consenting = services.situations.create(person.id, SituationData(
        started_on=date(2026, 3, 2), narrative=narrative, vulnerabilities=("isolement_social",),
        pathologies=("diabete",), consent_cdp=True, consent_date=date(2026, 3, 2),
    ))  # fmt: skip
    services.dialogues.record(
        consenting.id,
        DialogueSessionData(held_on=date(2026, 4, 7), mode="cartes", difficulties="Karim coupait la parole.",
                            added_value="Mireille a choisi elle-même ses cartes."),
        [("Revoir mes amies du quartier", None), ("Ne plus avoir peur de tomber", None)],
    )  # fmt: skip
    priority = services.priorities.for_situation(consenting.id)[0]
    cpas = services.resources.create(ResourceData(name="CPAS d'Anderlecht", commune="Anderlecht"))
    services.mobilisations.add(consenting.id, MobilisationData(
        resource_id=cpas.id, priority_id=priority.id, who_mobilises="rp", status="liste_attente",
        started_on=date(2026, 4, 10),
    ))  # fmt: skip
    services.resources.create(ResourceData(name="Infor-Homes Bruxelles", commune="Bruxelles"))
    services.mobilisations.add(consenting.id, MobilisationData(
        resource_name="Infor-Homes Bruxelles", who_mobilises="aidant_proche", started_on=date(2026, 4, 12),
    ))  # fmt: skip
    other = services.persons.create(PersonData(first_name="Gaston", last_name="Lemaire", birth_year=1950))
    without = services.situations.create(other.id, SituationData(
        started_on=date(2026, 5, 1), narrative="Gaston Lemaire refuse les aides.",
    ))  # fmt: skip
    return consenting.id, without.id
