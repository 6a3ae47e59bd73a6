"""Two people in one register, with everything a document reads: the documents of one must hold nothing of the
other."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.documents.consent import ConsentService
from app.documents.referent import ReferentContact, save_referent_contact
from app.mobilisation_reads import MobilisationData
from app.readmodels import NetworkMemberData, PersonData, SituationData
from app.services import Services

LONG_NOTE = ("Écrit à la main, très long : " + "Łódź, Ærøskøbing, Ñuñoa, Θεσσαλονίκη, Москва — ") * 72
OTHER_NAME = "Zébulon Koçak-Другой"


@dataclass(frozen=True)
class Pair:
    services: Services
    situation_id: int
    situation_code: str
    person_id: int
    other_situation_id: int
    member_id: int


def build_pair(services: Services, *, with_consent: bool = True) -> Pair:
    sid, pid, member_id = _main_person(services)
    other_pid = services.persons.create(PersonData(first_name="Zébulon", last_name="Koçak-Другой")).id
    other = services.situations.create(other_pid, SituationData(narrative="Récit de l'autre personne"))
    services.priorities.add(other.id, "Priorité de l'autre personne")
    services.network.add(other_pid, NetworkMemberData(role="voisin", name="Voisine de l'autre"))
    if with_consent:
        ConsentService(services.register).record(sid, "Dr Anaïs Öztürk", "Maison médicale Ἀθῆναι",
                                                 network_member_id=member_id)
    save_referent_contact(services.register, ReferentContact("Référente Noëlle", "Relais Bruxelles",
                                                             "02 123 45 67", "noelle@example.org"))
    code = services.situations.get(sid).code
    return Pair(services, sid, code, pid, other.id, member_id)


def _main_person(services: Services) -> tuple[int, int, int]:
    pid = services.persons.create(PersonData(first_name="Françoise", last_name="Nguyễn-Müller",
                                             birth_year=1941, phone="0470 00 00 00")).id
    situation = services.situations.create(pid, SituationData(
        started_on=date(2026, 1, 5), narrative="Vit seule au 3e étage, sans ascenseur. " + LONG_NOTE,
        vulnerabilities=(), next_checkin=date(2026, 12, 20)))
    sid = situation.id
    services.priorities.add(sid, "Pouvoir descendre voir ma sœur au rez-de-chaussée",
                            raised_on=date(2026, 2, 1))
    first = services.priorities.add(sid, "Ne plus avoir peur la nuit", raised_on=date(2026, 2, 1))
    services.priorities.set_notes(first.id, "Surtout depuis la chute de janvier.")
    member = services.network.add(pid, NetworkMemberData(role="medecin_generaliste", name="Dr Anaïs Öztürk",
                                                         phone="02 555 55 55", notes=LONG_NOTE))
    services.mobilisations.add(sid, MobilisationData(resource_name="Télévigilance Ωmega", who_mobilises="rp",
                                                     status="en_place", started_on=date(2026, 3, 1)))
    services.mobilisations.add(sid, MobilisationData(
        resource_name="Aide familiale CPAS", who_mobilises="as_cpas", status="liste_attente",
        started_on=date(2026, 3, 2)))
    services.followups.add(sid, date(2026, 12, 24), "Rappeler la kiné")
    return sid, pid, member.id
