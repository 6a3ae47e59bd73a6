"""A situation with a full network around it, and another person whose data must never leak into it."""

from __future__ import annotations

import json
from datetime import date, timedelta

from app.mobilisation_reads import MobilisationData
from app.readmodels import NetworkMemberData, PersonData, SituationData
from app.services import Services
from app.time_entries import TimeEntryData
from storage.models import AppSetting

GP_PHONE, GP_EMAIL = "02 345 67 89", "a.lambert@example.org"
NURSE_PHONE, PHARMACY_PHONE, REFERENT_PHONE = "0470 12 34 56", "02 512 00 11", "0488 77 66 55"
LONG_WORDS = "Je voudrais " + "vraiment " * 50 + "rester chez moi"  # within the 500 a priority holds


def add_liaison_situation(services: Services, *, long: bool = False, gp_email: str = GP_EMAIL) -> int:
    person = services.persons.create(PersonData(first_name="Éloïse", last_name="Dupré", birth_year=1941))
    situation = services.situations.create(person.id, SituationData(
        started_on=date(2026, 1, 5), narrative="Vit seule au 4e étage.",
        next_checkin=date.today() + timedelta(days=9)))
    nurse = "Sofie Maes" + (" Van den Bossche-Oosterlinck de la Grande Rue du Midi" if long else "")
    for role, name, organisation, phone, email in (
        ("medecin_generaliste", "Dr Anne Lambert", "", GP_PHONE, gp_email),
        ("pharmacien", "M. Claes", "Pharmacie du Parc", PHARMACY_PHONE, ""),
        ("infirmier_domicile", nurse, "", NURSE_PHONE, ""),
    ):
        services.network.add(person.id, NetworkMemberData(role=role, name=name, organisation=organisation,
                                                          phone=phone, email=email))
    texts = ["Pouvoir aller au marché le samedi", "Ne plus avoir peur de tomber", "Revoir ma petite-fille"]
    for words in [LONG_WORDS, *texts, "Une cinquième priorité", "Une sixième"] if long else texts:
        services.priorities.add(situation.id, words)
    extra = " avec un très long commentaire" * 5 if long else ""
    steps = (("Aide familiale (CPAS)", "rp", "en_cours"), ("Téléalarme", "personne", "en_place"))
    for what, who, status in steps:
        services.mobilisations.add(situation.id, MobilisationData(resource_name=what + extra,
                                                                  who_mobilises=who, status=status))
    seen = "Marche avec difficulté, frigo presque vide." * (22 if long else 1)  # 1,000 characters at most
    services.time.log([TimeEntryData("visite_domicile", 60, situation_id=situation.id, note=seen)])
    return situation.id


def add_other_person(services: Services) -> int:
    person = services.persons.create(PersonData(first_name="Zénobe", last_name="Autrepersonne"))
    situation = services.situations.create(person.id, SituationData(started_on=date(2026, 2, 1)))
    services.network.add(person.id, NetworkMemberData(role="medecin_generaliste", name="Dr Zacharie Ailleurs",
                                                      phone="09 999 99 99", email="z@example.org"))
    services.priorities.add(situation.id, "Secret de Zénobe")
    return situation.id


def set_referent(services: Services, name: str = "Julie Renard", phone: str = REFERENT_PHONE) -> None:
    with services.register.session() as session:
        session.merge(AppSetting(key="referent_contact", value=json.dumps({"name": name, "phone": phone})))
