#!/usr/bin/env python3
"""Build the controlled vocabularies ``resources/vocab/<name>.json`` from the shared ``domain.json``.

Usage: ``python packaging/build_vocab.py [DOMAIN_JSON] [--out DIR]``.
Stdlib only; the output is deterministic (same input, same bytes).

Label rules: the French label is domain.json's ``fr`` (verbatim, first letter capitalised), else its
``fr_suggested``; a shorter UI label may be given in the tables below, in which case the domain text is kept
in ``fr_domain``. ``fr_verbatim`` is true only when the label is the verbatim ``fr`` of a seed document.
Dutch labels (absent from domain.json) and short English labels come from the tables below. Items written
here rather than taken from domain.json cite a seed id when the seeds ground them (often with a ``quote``),
else carry ``"source": "relais"`` and a short ``note``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple, NoReturn

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOMAIN = REPO_ROOT.parent / "shared" / "domain" / "domain.json"
DEFAULT_OUT = REPO_ROOT / "resources" / "vocab"
RELAIS = "relais"


class Tr(NamedTuple):
    """Dutch and short English label of a domain.json item, with an optional shorter French UI label."""

    nl: str
    en: str
    fr: str | None = None


# --- Label tables for items taken from domain.json (id -> Tr) ------------------------------------------

PATHOLOGY_LABELS = {
    "diabete": Tr("Diabetes", "Diabetes"),
    "irc": Tr("Chronische nierinsufficiëntie", "Chronic kidney disease"),
    "cardiovasculaire": Tr("Hart- en vaatziekten", "Cardiovascular disease", "Maladies cardiovasculaires"),
    "hta": Tr("Arteriële hypertensie", "Arterial hypertension"),
    "insuffisance_cardiaque": Tr("Hartfalen", "Heart failure", "Insuffisance cardiaque"),
    "bpco": Tr("COPD", "COPD"),
    "schizophrenie": Tr("Schizofrenie", "Schizophrenia", "Schizophrénie"),
    "cancer_sein": Tr("Borstkanker", "Breast cancer"),
    "cancer_pancreas": Tr("Uitgezaaide alvleesklierkanker", "Metastatic pancreatic cancer"),
    "obesite": Tr("Obesitas", "Obesity", "Obésité"),
    "depression": Tr("Depressie", "Depression"),
    "espt": Tr("Posttraumatische stressstoornis", "Post-traumatic stress disorder",
                "État de stress post-traumatique"),
    "multimorbidite": Tr("Multimorbiditeit", "Multimorbidity"),
}

VULNERABILITY_LABELS = {
    "polypathologie": Tr("Polypathologie", "Polypathology"),
    "polymedication": Tr("Polyfarmacie", "Polypharmacy"),
    "difficultes_financieres": Tr("Financiële moeilijkheden (IGO of OCMW)",
                                  "Financial difficulties (GRAPA or CPAS)"),
    "isolement_social": Tr("Sociaal isolement", "Social isolation"),
    "rehospitalisations": Tr("Herhaalde ziekenhuisopnames", "Repeated readmissions"),
    "troubles_psychiques": Tr("Psychische problemen", "Mental-health problems"),
    "difficultes_linguistiques": Tr("Taalbarrière", "Language barrier"),
    "sans_titre_de_sejour": Tr("Geen verblijfsvergunning", "No residence permit", "Sans titre de séjour"),
    "environnement_precaire": Tr("Precaire leefomgeving", "Precarious environment"),
    "logement": Tr("Huisvestingsproblemen", "Housing problems", "Problèmes de logement"),
    "non_acces_aux_droits": Tr("Geen toegang tot sociale rechten", "No access to social rights"),
    "entourage_contre_interet": Tr("Omgeving handelt tegen het belang van de persoon",
                                   "Relatives acting against the person’s interest"),
    "moyens_limites": Tr("Beperkte middelen", "Limited means", "Moyens limités"),
    "violences_intrafamiliales": Tr("Intrafamiliaal geweld", "Domestic violence"),
    "precarite": Tr("Bestaansonzekerheid", "Precariousness", "Précarité"),
    "multiculturalite": Tr("Multiculturele achtergrond", "Multicultural background"),
    "age": Tr("Kwetsbaarheid door leeftijd", "Age-related frailty"),
    "troubles_cognitifs": Tr("Cognitieve stoornissen", "Cognitive impairment"),
    "problematique_sociale": Tr("Sociale problematiek", "Social problem"),
    "vulnerabilite_psychosociale": Tr("Psychosociale kwetsbaarheid", "Psychosocial vulnerability"),
    "capacite_reseau": Tr("Weinig netwerk om op terug te vallen", "Low capacity to mobilise a network",
                          "Faible capacité à mobiliser un réseau"),
    "pas_de_mg": Tr("Geen huisarts", "No GP"),
    "perte_autonomie": Tr("Verlies van zelfredzaamheid", "Loss of autonomy"),
    "mobilite_transport": Tr("Kan niet alleen naar afspraken", "Cannot get to care alone"),
    "sans_abri": Tr("Dakloos", "Homeless", "Sans-abri"),
    "refugie_migrant": Tr("Vluchteling of migrant", "Refugee or migrant", "Réfugié ou migrant"),
    "sans_assurance": Tr("Niet aangesloten bij een ziekenfonds", "No health insurance",
                         "Sans assurance maladie"),
    "litteratie": Tr("Moeite met zorginstructies volgen", "Low health literacy"),
}

ROLE_LABELS = {
    "rp": Tr("Buurtreferent", "Proximity referent"),
    "personne": Tr("De begeleide persoon", "The person"),
    "aidant_proche": Tr("Mantelzorger", "Informal carer"),
    "autre_professionnel": Tr("Andere hulpverlener", "Another professional", "Autre professionnel"),
    "mg": Tr("Huisarts", "GP"),
    "referent_hospitalier": Tr("Ziekenhuisreferent", "Hospital referent"),
    "case_manager": Tr("Casemanager", "Case manager"),
    "coordinateur_soins": Tr("Zorgcoördinator", "Care coordinator"),
    "as_cpas": Tr("Maatschappelijk werker van het OCMW", "CPAS social worker"),
    "as_hospitalier": Tr("Maatschappelijk werker van het ziekenhuis", "Hospital social worker"),
    "personne_confiance": Tr("Vertrouwenspersoon", "Person of trust"),
}

MODE_LABELS = {
    "faire": Tr("Zelf doen", "Do it myself"),
    "faire_faire": Tr("Laten doen", "Get someone else to do it"),
    "personne_seule": Tr("De persoon doet het zelf", "The person does it"),
    "entourage": Tr("De omgeving doet het", "Relatives do it"),
}

KNOWLEDGE_SOURCE_LABELS = {
    "cdp": Tr("Praktijkgemeenschap", "Community of practice", "Communauté de pratique (CdP)"),
    "reseau_personnel": Tr("Eigen (professioneel) netwerk", "Own network"),
    "helpdesk": Tr("Telefonische helpdesk", "Telephone helpdesk"),
    "bruxelles_social": Tr("Sociaal Brussel (sociale kaart)", "Bruxelles Social directory"),
    "formation": Tr("Opleiding", "Training"),
}

DIALOGUE_MODE_LABELS = {
    "oral": Tr("Mondeling", "Oral", "Oral"),
    "cartes": Tr("Met de kaarten", "With the cards"),
}

TASK_LABELS = {
    "rassembler_infos": Tr("Informatie verzamelen", "Gather information", "Rassembler les informations"),
    "identifier_intervenants": Tr("Betrokken hulpverleners in kaart brengen",
                                  "Identify professionals involved"),
    "identifier_ressources": Tr("Mogelijke hulpbronnen zoeken (telefoneren)", "Identify resources (calls)",
                                "Identifier les ressources potentielles"),
    "ecouter": Tr("Luisteren naar de persoon", "Listen to the person"),
    "outil_dialogue": Tr("Gesprek met de dialoogtool", "Dialogue-tool session",
                         "Séance avec l’outil de dialogue"),
    "visite_domicile": Tr("Huisbezoek", "Home visit"),
    "anamnese": Tr("Anamnese", "History-taking"),
    "passer_relais": Tr("Overdragen", "Hand over"),
    "mettre_en_lien": Tr("In contact brengen", "Put in contact"),
    "relancer_clarifier": Tr("Opvolgen, verduidelijken", "Chase up, clarify"),
    "mails_documents": Tr("Mails en documenten uitwisselen", "E-mails and documents"),
    "communication_pros": Tr("Overleg met andere hulpverleners", "Talking with professionals",
                             "Communication entre professionnels"),
    "mail_mg": Tr("Mail aan de huisarts na huisbezoek", "E-mail to the GP after a visit",
                  "Mail au médecin généraliste après visite"),
    "demarches_materiel": Tr("Stappen voor hulpmiddelen", "Assistive-equipment steps",
                             "Démarches pour le matériel d’assistance"),
    "interprete": Tr("Tolk regelen", "Arrange an interpreter"),
    "administratif": Tr("Administratie in orde brengen", "Administrative paperwork"),
    "recherche_reseau": Tr("Netwerk zoeken", "Network search"),
    "veille": Tr("Waakzame opvolging", "Watchful follow-up"),
    "alerter": Tr("De arts verwittigen", "Alert the doctor"),
    "rencontre_famille": Tr("Gesprek met de familie", "Family meeting", "Rencontre avec la famille"),
    "laisser_trace": Tr("Een briefje achterlaten", "Leave a written note"),
    "concertation": Tr("Multidisciplinair overleg", "Multidisciplinary meeting",
                       "Concertation multidisciplinaire"),
    "accompagner": Tr("De persoon begeleiden (meegaan)", "Accompany the person", "Accompagner la personne"),
    "inclusion_boost": Tr("Inclusie in BOOST", "BOOST inclusion", "Inclusion dans BOOST"),
    "cdp_preparation": Tr("Voorbereiding praktijkgemeenschap", "Community-of-practice preparation",
                          "Préparer la CdP (canevas)"),
    "deplacement": Tr("Verplaatsing", "Travel"),
}

CATEGORY_LABELS = {
    "materiel_medical": Tr("Medisch materiaal en hulpmiddelen", "Medical equipment"),
    "alimentation": Tr("Voeding", "Food and nutrition"),
    "interpretariat": Tr("Tolken en interculturele bemiddeling", "Interpreting and mediation"),
    "activites_socioculturelles": Tr("Sociaal-culturele activiteiten en dagelijks leven",
                                     "Sociocultural and daily-life activities"),
    "sport": Tr("Sport en beweging", "Sport and physical activity"),
    "aide_domicile": Tr("Thuishulp (gezinszorg)", "Home help", "Aide à domicile"),
    "soins_infirmiers": Tr("Verpleegkundige zorg", "Nursing care"),
    "sante_mentale": Tr("Psychische ondersteuning", "Mental-health support"),
    "droits_administratif": Tr("Sociale rechten en administratie", "Social rights and paperwork",
                               "Droits et démarches administratives"),
    "logement": Tr("Huisvesting", "Housing"),
    "coordination": Tr("Coördinatie van hulp en zorg", "Care coordination"),
    "paramedical": Tr("Paramedische zorg", "Allied health"),
    "medecine_generale": Tr("Huisartsenzorg", "General practice", "Médecine générale"),
    "education_therapeutique": Tr("Patiënteneducatie", "Patient education"),
    "liaison_hopital": Tr("Brug tussen ziekenhuis en thuis", "Hospital–home liaison"),
    "soins_palliatifs": Tr("Palliatieve zorg", "Palliative care"),
    "transport": Tr("Vervoer", "Transport"),
    "acces_soins_precarite": Tr("Zorg voor de meest kwetsbaren", "Access to care for the most deprived"),
    "aide_juridique": Tr("Juridische hulp", "Legal aid"),
    "prevention": Tr("Preventie en screening", "Prevention and screening"),
    "aidants_proches": Tr("Ondersteuning van mantelzorgers", "Support for informal carers",
                          "Soutien aux aidants proches"),
    "projet_de_vie": Tr("Begeleiding levensproject", "Life project", "Projet de vie"),
    "information_orientation": Tr("Informatie en doorverwijzing", "Information and orientation"),
    "ressources_propres": Tr("Eigen hulpbronnen en netwerk", "Own resources and network",
                             "Ressources propres de la personne"),
}

FAILURE_LABELS = {  # domain.json has no French label for these: all three are written here.
    "service_sature": Tr("Dienst volzet, geen plaats", "Service full",
                         "Service saturé, pas de disponibilité"),
    "service_ne_sait_pas_suivre": Tr("Dienst kan de opvolging niet organiseren", "Service cannot follow up",
                                     "Le service ne sait pas organiser le suivi"),
    "refus_personne": Tr("Weigering door de persoon", "Refused by the person", "Refus de la personne"),
    "pas_de_demande": Tr("Geen echte hulpvraag", "No real request", "Pas de réelle demande"),
    "demande_contraire_sante": Tr("Vraag die de gezondheid schaadt", "Request harmful to health",
                                  "Demande contraire à sa santé"),
    "moyens_insuffisants": Tr("Onvoldoende middelen om het plan te volgen",
                              "Not enough means to follow the plan",
                              "Moyens insuffisants pour suivre le plan"),
    "entourage": Tr("Tegenwerking of onenigheid in de omgeving", "Relatives oppose or disagree",
                    "Opposition ou divergence de l’entourage"),
    "mauvaise_personne": Tr("Niet de ‘juiste’ persoon", "Not the right person", "Pas la « bonne » personne"),
    "interprete_parti": Tr("Tolk vertrokken (arts te laat)", "Interpreter left (doctor late)",
                           "Interprète parti (retard du médecin)"),
    "turnover": Tr("Personeelsverloop", "Staff turnover", "Turn-over des professionnels"),
    "pas_de_suivi_alerte": Tr("Melding zonder opvolging", "Warning not followed up",
                              "Alerte restée sans suite"),
    "pas_de_relais": Tr("Niemand om aan over te dragen", "Nobody to hand over to",
                        "Personne à qui passer le relais"),
    "substitution_service_gratuit": Tr("Risico een gratis dienst te vervangen",
                                       "Substituting for a free service",
                                       "Se substituer à un service gratuit"),
    "info_non_transmise": Tr("Informatie niet doorgegeven", "Information not passed on",
                             "Information non transmise"),
    "concertation_difficile": Tr("Overleg moeilijk te organiseren", "Concertation hard to organise",
                                 "Concertation difficile à organiser"),
    "sortie_non_planifiee": Tr("Onvoorzien ontslag uit het ziekenhuis", "Unplanned hospital discharge",
                               "Sortie d’hôpital non planifiée"),
    "appel_trop_tard": Tr("Te laat ingeschakeld", "Called in too late", "Appel trop tardif"),
    "outils_sous_utilises": Tr("Oriëntatietools te weinig gebruikt", "Orientation tools under-used",
                               "Outils d’orientation sous-utilisés"),
}

RESOURCE_TYPE_LABELS = {
    "cpas": Tr("OCMW (Openbaar Centrum voor Maatschappelijk Welzijn)", "CPAS (public social welfare centre)"),
    "amu": Tr("Dringende medische hulp (DMH)", "Urgent medical aid (AMU)"),
    "mutualite": Tr("Ziekenfonds", "Health-insurance fund"),
    "as_mutuelle": Tr("Sociale dienst van het ziekenfonds", "Health-fund social worker",
                      "Service social de la mutualité"),
    "as_commune": Tr("Maatschappelijk werker van de gemeente", "Municipal social worker",
                     "Assistant social de la commune"),
    "spf_asile": Tr("FOD Asiel en Migratie", "Federal asylum and migration service"),
    "centre_coordination": Tr("Coördinatiecentrum thuiszorg", "Home-care coordination centre",
                              "Centre de coordination de soins et de services à domicile"),
    "coordination_mutualiste": Tr("Thuiszorgcoördinatie van het ziekenfonds",
                                  "Health-fund home-care coordination",
                                  "Coordination de soins à domicile (mutualité)"),
    "dionysos": Tr("Dionysos (vzw)", "Dionysos (non-profit)"),
    "case_manager": Tr("Casemanager", "Case manager"),
    "protocole_3": Tr("Protocol 3-projecten", "‘Protocol 3’ projects"),
    "alzheimer_belgique": Tr("Alzheimer Belgique", "Alzheimer Belgique"),
    "sisd": Tr("GDT (Geïntegreerde Dienst voor Thuisverzorging)", "SISD (integrated home-care service)"),
    "cm_domicile": Tr("Multidisciplinair overleg thuis (MDO)", "Home multidisciplinary meeting"),
    "accompagnateurs_sociaux": Tr("Sociale begeleiders", "Social companions"),
    "brusano": Tr("Brusano", "Brusano"),
    "rml_b": Tr("LMN Brussel (RML-B)", "RML-B (Brussels local network)"),
    "rml": Tr("LMN (Lokaal Multidisciplinair Netwerk)", "Local multidisciplinary network (RML)"),
    "helpdesk": Tr("Telefonische helpdesk (BOOST)", "BOOST telephone helpdesk"),
    "bruxelles_social": Tr("Sociaal Brussel (sociale kaart)", "Bruxelles Social directory"),
    "bassin_concertation": Tr("Thematisch overleg van de zorgbassins", "Bassin thematic consultations"),
    "diapasons": Tr("Diapasons", "Diapasons (BOOST concertations)"),
    "projets_quartier": Tr("Buurtprojecten", "Neighbourhood projects", "Projets quartier"),
    "citisen": Tr("CitiSen", "CitiSen"),
    "zoom_seniors": Tr("Zoom Seniors", "Zoom Seniors"),
    "rezone": Tr("Rezone", "Rezone"),
    "hermesplus": Tr("HermesPlus", "HermesPlus"),
    "manaige": Tr("Man’Aige", "Man’Aige"),
    "centre_familial_bxl": Tr("Centre Familial de Bruxelles", "Centre Familial de Bruxelles"),
    "accompagnatrice_projet_vie": Tr("Begeleider levensproject", "Life-project companion"),
    "referent_hospitalier": Tr("Ziekenhuisreferent", "Hospital referent"),
    "as_hospitalier": Tr("Sociale dienst van het ziekenhuis", "Hospital social worker"),
    "auxad": Tr("Auxad", "Auxad"),
    "equipe_interface_pediatrique": Tr("Pediatrisch interfaceteam (Saint-Luc)",
                                       "Paediatric interface team (Saint-Luc)"),
    "globulhome": Tr("Globul’home (Koningin Fabiola Kinderziekenhuis)",
                     "Globul’home (Queen Fabiola hospital)"),
    "liaison_geriatrique": Tr("Externe geriatrische liaisonteams", "Geriatric outreach liaison teams"),
    "coordinateurs_hospitaliers": Tr("Zorgcoördinator in het ziekenhuis", "Hospital care coordinator",
                                     "Coordinateur de soins hospitalier"),
    "had": Tr("Thuishospitalisatie", "Hospital at home"),
    "service_chimio": Tr("Chemotherapiedienst (ziekenhuis)", "Hospital chemotherapy service"),
    "maison_accueil_chimio": Tr("Onthaalhuis voor chemotherapie", "Chemotherapy reception house"),
    "com": Tr("Multidisciplinair oncologisch consult (MOC)", "Multidisciplinary oncology meeting"),
    "mrs": Tr("Woonzorgcentrum (RVT)", "Nursing home"),
    "hopital": Tr("Ziekenhuis", "Hospital"),
    "ssm": Tr("Centrum voor Geestelijke Gezondheidszorg (CGG)", "Mental-health service (SSM)"),
    "equipe_mobile_sm": Tr("Mobiel team geestelijke gezondheidszorg", "Mobile mental-health team"),
    "reseau_107": Tr("GGZ-netwerken (artikel 107)", "Mental-health networks (article 107)"),
    "psy_premiere_ligne": Tr("Eerstelijnspsycholoog", "First-line psychologist"),
    "hopital_jour_sm": Tr("Psychiatrisch dagziekenhuis", "Mental-health day hospital"),
    "appartements_supervises": Tr("Beschut wonen", "Supervised flats"),
    "asso_accompagnement_psy": Tr("Begeleidingsvereniging (psychiatrische aandoening)",
                                  "Support association (psychiatric illness)",
                                  "Association d’accompagnement (troubles psychiatriques)"),
    "similes": Tr("Similes", "Similes"),
    "eole": Tr("Vereniging Eole", "Eole association"),
    "aide_familiale": Tr("Gezinszorg", "Family-helper service"),
    "infirmiers_domicile": Tr("Thuisverpleging", "Home-nursing services"),
    "ergotherapeute": Tr("Ergotherapeut", "Occupational therapist"),
    "kine": Tr("Kinesitherapeut", "Physiotherapist"),
    "dieteticien": Tr("Diëtist", "Dietitian", "Diététicien·ne"),
    "pharmacien": Tr("Apotheker", "Pharmacist", "Pharmacien·ne"),
    "podologue": Tr("Podoloog", "Podiatrist"),
    "bandagiste": Tr("Bandagist", "Orthopaedic supplier"),
    "interprete": Tr("Tolk", "Interpreter"),
    "club_sportif": Tr("Sportclub", "Sports club"),
    "mg": Tr("Huisarts", "General practitioner (GP)"),
    "maison_medicale": Tr("Wijkgezondheidscentrum", "Community health centre (maison médicale)"),
    "federation_mm": Tr("Fédération des maisons médicales (FMM)", "Federation of maisons médicales"),
    "intergroupe_mm_bxl": Tr("Brusselse intergroep van wijkgezondheidscentra",
                             "Brussels maisons médicales intergroup"),
    "cercle_mg": Tr("Huisartsenkring", "GP circle"),
    "famgb": Tr("FAMGB (Brusselse huisartsenfederatie)", "FAMGB (Brussels GP federation)", "FAMGB"),
    "amgqn": Tr("AMGQN (huisartsenvereniging noordwijken)", "AMGQN (northern-districts GP association)",
                "AMGQN"),
    "poste_de_garde": Tr("Huisartsenwachtpost", "GP out-of-hours post"),
    "sylos": Tr("Overlegplatform huisartsen-specialisten (SYLOS)", "GP–specialist platform (SYLOS)"),
    "sylos_historiques_bxl": Tr("Caesar de Paepe / HUDE / Molière", "Caesar de Paepe / HUDE / Molière"),
    "trajet_de_soins": Tr("Zorgtraject", "Care pathway"),
    "educateur_diabete": Tr("Diabeteseducator", "Diabetes educator"),
    "reseau_diabete_bxl": Tr("Diabetesnetwerk Brussel", "Brussels diabetes network"),
    "services_prevention": Tr("Diensten voor preventie en gezondheidspromotie",
                              "Prevention and health promotion"),
    "equipe_soutien_sp": Tr("Palliatieve thuiszorgequipe (MBE)", "Palliative home-support team"),
    "semiramis": Tr("Semiramis", "Semiramis"),
    "plateforme_sp": Tr("Netwerk palliatieve zorg", "Palliative-care platform"),
    "federation_sp_bxl": Tr("Federaties palliatieve zorg", "Palliative-care federations",
                            "Fédérations de soins palliatifs"),
    "sp_hospitaliers": Tr("Palliatieve zorg in het ziekenhuis", "Hospital palliative care"),
    "medecins_du_monde": Tr("Dokters van de Wereld", "Doctors of the World"),
    "mass": Tr("MASS", "MASS"),
    "msf": Tr("Artsen Zonder Grenzen", "Doctors Without Borders"),
    "samu_social": Tr("Samusocial", "Samusocial (street outreach)"),
    "infirmiers_de_rue": Tr("Straatverplegers", "Street nurses"),
    "caritas": Tr("Caritas", "Caritas"),
    "croix_rouge": Tr("Rode Kruis", "Red Cross"),
    "fedasil": Tr("Fedasil", "Fedasil (asylum agency)", "Fedasil"),
    "associations_logement": Tr("Woonverenigingen", "Housing associations"),
    "abris_hebergement": Tr("Opvangcentra en nachtopvang", "Shelters and reception centres"),
    "one": Tr("ONE (Kind en Gezin)", "ONE (birth and childhood office)"),
    "ccr_depistage": Tr("Referentiecentrum kankeropsporing (CCR)", "Cancer-screening centre (CCR)"),
    "mammographie": Tr("Gratis mammografie / Mammobiel", "Free mammography / Mammobiles",
                       "Mammographie gratuite / Mammobiles"),
    "medecine_scolaire": Tr("Schoolgezondheidszorg (CLB)", "School health services"),
    "planning_familial": Tr("Centrum voor gezinsplanning", "Family planning"),
    "medecine_travail": Tr("Arbeidsgeneeskunde", "Occupational health"),
    "evax": Tr("E-vax-platform", "E-vax platform"),
    "pediatre": Tr("Kinderarts", "Paediatrician"),
    "ambulance": Tr("Ziekenwagendienst", "Ambulance service"),
    "transport_local": Tr("Lokale vervoersdienst", "Local transport association"),
    "abrumet": Tr("Abrumet (Brussels Gezondheidsnetwerk)", "Abrumet (Brussels health network)"),
    "reseaux_sante_autres": Tr("Réseau Santé Wallon / CoZo / VZN / Vitalink",
                               "Other regional health-data hubs"),
    "ehealthbox": Tr("eHealthBox", "eHealthBox", "eHealthBox"),
    "dmg": Tr("Globaal medisch dossier (GMD)", "Global medical record (DMG)"),
    "glem": Tr("LOK (lokale kwaliteitsgroep)", "Local peer-review group (GLEM)"),
    "ssmg": Tr("SSMG (wetenschappelijke vereniging huisartsen)", "SSMG (general-practice society)"),
    "universites_mg": Tr("Academische centra voor huisartsgeneeskunde",
                         "University general-practice departments"),
    "impulseo": Tr("Impulseo-fonds", "Impulseo fund", "Fonds Impulseo"),
    "observatoire_sante": Tr("Gezondheidsobservatorium", "Health observatory"),
    "cebam": Tr("CEBAM (Belgisch Centrum voor Evidence-Based Medicine)", "CEBAM (Belgian EBM centre)"),
    "inami": Tr("RIZIV", "INAMI (national health insurance)"),
    "cocof": Tr("Franse Gemeenschapscommissie (COCOF)", "French Community Commission (COCOF)"),
    "cocom": Tr("GGC (Gemeenschappelijke Gemeenschapscommissie)", "Joint Community Commission (Cocom)"),
    "integreo": Tr("Integreo", "Integreo"),
    "kce": Tr("KCE (Federaal Kenniscentrum voor de Gezondheidszorg)", "KCE (health-care knowledge centre)"),
    "frb": Tr("Koning Boudewijnstichting", "King Baudouin Foundation", "Fondation Roi Baudouin (FRB)"),
    "zones_premiere_ligne": Tr("Eerstelijnszones / zorgraad", "First-line zones / care council"),
    "wit_gele_kruis": Tr("Wit-Gele Kruis", "Wit-Gele Kruis"),
    "vlaams_patientenplatform": Tr("Vlaams Patiëntenplatform vzw", "Flemish Patients’ Platform"),
    "gand_conseil_sante": Tr("Gezondheidsraad (stad Gent)", "Ghent city health council"),
    "gand_maison_enfant": Tr("Huis van het Kind (Gent)", "House of the Child (Ghent)"),
    "federations_coordination_wallonie": Tr("FASD / FCSD / Accoord", "FASD / FCSD / Accoord"),
    "plateforme_soins_primaires_wallonie": Tr("Platform eerstelijnszorg (Wallonië)",
                                              "Primary-care platform (Wallonia)"),
    "plateformes_sp_wallonie": Tr("Waalse palliatieve platforms (Delta, Oost)",
                                  "Walloon palliative platforms",
                                  "Plateformes de soins palliatifs (Wallonie)"),
    "agences_regionales": Tr("AViQ / Zorg en Gezondheid", "AViQ / Zorg en Gezondheid",
                             "AViQ / Zorg en Gezondheid"),
}

# Nœuds of the CdP report (003), per group, in the order of domain.json: (id, fr, nl, en).
# The short labels are written here; the full question is kept in "quote".
NOEUD_LABELS = {
    "PATIENT": [
        ("interet_patient_compromis", "Quand l’intérêt du patient semble compromis",
         "Wanneer het belang van de patiënt in het gedrang komt",
         "When the person’s interest seems compromised"),
        ("limites_aupres_patient", "Respecter ses limites auprès du patient",
         "Eigen grenzen bewaken bij de patiënt", "Keeping one’s limits with the person"),
    ],
    "PRESTATAIRE": [
        ("role_prestataire_relais", "Rôle du prestataire : jusqu’où, quand passer le relais ?",
         "Rol van de zorgverlener: hoe ver, wanneer overdragen?",
         "Provider’s role: how far, when to hand over?"),
        ("turnover_prestataires", "Turn-over des prestataires",
         "Personeelsverloop bij zorg- en hulpverleners", "Staff turnover"),
        ("reconnaissance_travail_support", "Reconnaissance du travail de support",
         "Erkenning van het ondersteunend werk", "Recognition of support work"),
        ("communication_professionnels", "Communication entre professionnels",
         "Communicatie tussen hulpverleners", "Communication between professionals"),
    ],
    "SITUATION": [
        ("coordination_situation_complexe", "Coordination des situations complexes",
         "Coördinatie bij complexe situaties", "Coordinating complex situations"),
        ("experience_professions_domicile", "Apprendre des professions à domicile",
         "Leren van de thuiszorgberoepen", "Learning from home-care professions"),
        ("ecoute_ou_orientation", "Situations demandant « seulement » écoute ou orientation",
         "Situaties die ‘enkel’ luisteren of doorverwijzen vragen",
         "Situations needing only listening or referral"),
    ],
}

# Mobilisation statuses: (id, fr, nl, en, terminal, shortage, ids of the domain.json outcome_states it maps).
MOBILISATION_STATUSES = [
    ("envisagee", "Envisagée", "Overwogen", "Considered", False, False, []),
    ("proposee", "Proposée", "Voorgesteld", "Proposed", False, False, ["proposee"]),
    ("en_cours", "Démarches en cours", "Stappen lopen", "Steps under way", False, False, ["en_cours"]),
    ("liste_attente", "Liste d’attente", "Wachtlijst", "Waiting list", False, True, ["en_attente"]),
    ("en_place", "En place", "Ingezet", "In place", False, False, ["mobilisee", "reactivee"]),
    ("relais_passe", "Relais passé", "Overgedragen", "Handed over", True, False, ["relais_passe"]),
    ("aboutie", "Aboutie", "Geslaagd", "Achieved", True, False, ["aboutie"]),
    ("refusee", "Refusée par la personne", "Geweigerd door de persoon", "Refused by the person",
     True, False, ["refusee"]),
    ("bloquee_entourage", "Bloquée par l’entourage", "Geblokkeerd door de omgeving", "Blocked by relatives",
     False, False, ["bloquee_entourage"]),
    ("indisponible", "Indisponible (service complet)", "Niet beschikbaar (dienst volzet)",
     "Unavailable (service full)", True, True, ["en_attente"]),
    ("echec", "Échec", "Mislukt", "Failed", True, True, ["echec", "rupture"]),
    ("pas_de_demande", "Pas de réelle demande", "Geen echte hulpvraag", "No real request",
     True, False, ["pas_de_demande"]),
]

# Roles in the person's network: (id, fr, nl, en, kind, source).
NETWORK_ROLES = [
    ("aidant_proche", "Aidant proche", "Mantelzorger", "Informal carer", "informal", ["000", "003"]),
    ("medecin_generaliste", "Médecin généraliste", "Huisarts", "GP", "health", ["000", "003", "004"]),
    ("infirmier_domicile", "Infirmier·ère à domicile", "Thuisverpleegkundige", "Home nurse",
     "health", ["003", "004"]),
    ("pharmacien", "Pharmacien·ne", "Apotheker", "Pharmacist", "health", ["000", "003", "004"]),
    ("kinesitherapeute", "Kinésithérapeute", "Kinesitherapeut", "Physiotherapist", "health", ["003", "004"]),
    ("ergotherapeute", "Ergothérapeute", "Ergotherapeut", "Occupational therapist", "health", ["003", "004"]),
    ("dieteticien", "Diététicien·ne", "Diëtist", "Dietitian", "health", ["003", "004"]),
    ("psychologue", "Psychologue", "Psycholoog", "Psychologist", "health", ["003", "004"]),
    ("specialiste", "Médecin spécialiste", "Arts-specialist", "Medical specialist", "health", ["000", "004"]),
    ("educateur_diabete", "Éducateur·rice en diabétologie", "Diabeteseducator", "Diabetes educator",
     "health", "004"),
    ("podologue", "Podologue", "Podoloog", "Podiatrist", "health", "004"),
    ("aide_familiale", "Aide familiale", "Verzorgende (gezinszorg)", "Family helper",
     "social", ["003", "004"]),
    ("aide_menagere", "Aide-ménagère", "Poetshulp", "Home help (housework)", "social", "004"),
    ("as_mutualite", "Assistant·e social·e de la mutualité", "Maatschappelijk werker van het ziekenfonds",
     "Health-fund social worker", "social", ["003", "004"]),
    ("as_cpas", "Assistant·e social·e du CPAS", "Maatschappelijk werker van het OCMW", "CPAS social worker",
     "social", "004"),
    ("as_commune", "Assistant·e social·e de la commune", "Maatschappelijk werker van de gemeente",
     "Municipal social worker", "social", "003"),
    ("as_hospitalier", "Assistant·e social·e hospitalier·ère", "Maatschappelijk werker van het ziekenhuis",
     "Hospital social worker", "social", ["000", "001"]),
    ("interprete", "Interprète", "Tolk", "Interpreter", "social", "003"),
    ("referent_hospitalier", "Référent hospitalier", "Ziekenhuisreferent", "Hospital referent",
     "coordination", ["000", "003"]),
    ("case_manager", "Case manager", "Casemanager", "Case manager",
     "coordination", ["000", "001", "003", "004"]),
    ("coordinateur_soins", "Coordinateur·rice de soins à domicile", "Zorgcoördinator thuiszorg",
     "Home-care coordinator", "coordination", ["000", "004"]),
    ("personne_confiance", "Personne de confiance / mandataire", "Vertrouwenspersoon / bewindvoerder",
     "Person of trust / legal representative", "informal", "001"),
    ("voisin", "Voisin·e", "Buur", "Neighbour", "informal", "000"),
    ("ami", "Ami·e", "Vriend(in)", "Friend", "informal", "000"),
]

OTHER_NOTE = "Anything else (details in free text)."


# --- Item construction ----------------------------------------------------------------------------------

def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def fail(message: str) -> NoReturn:
    raise SystemExit(f"build_vocab: {message}")


def own(item_id: str, fr: str, nl: str, en: str, source: Any = RELAIS, note: str | None = None,
        **attributes: Any) -> dict[str, Any]:
    """An item written here (not in domain.json); its source is a seed id when grounded, else 'relais'."""
    if source == RELAIS and not note:
        fail(f"item {item_id!r} has source 'relais' but no note")
    item: dict[str, Any] = {"id": item_id, "labels": {"fr": fr, "nl": nl, "en": en}, "source": source,
                            "fr_verbatim": False}
    if note:
        item["note"] = note
    item.update({key: value for key, value in attributes.items() if value is not None})
    return item


def other(**attributes: Any) -> dict[str, Any]:
    """The catch-all 'autre' item closing an open list."""
    return own("autre", "Autre", "Andere", "Other", note=OTHER_NOTE, **attributes)


def from_domain(entry: dict[str, Any], table: dict[str, Tr], default_source: Any = None,
                **attributes: Any) -> dict[str, Any]:
    """An item built from a domain.json entry, labelled through ``table``; None attributes are dropped."""
    item_id = entry["id"]
    if item_id not in table:
        fail(f"no Dutch/English label for {item_id!r}: add it to the label tables")
    tr = table[item_id]
    verbatim = entry.get("fr") or entry.get("name")
    domain_fr = verbatim or entry.get("fr_suggested")
    fr = tr.fr or (capitalise(domain_fr) if domain_fr else None)
    if not fr:
        fail(f"no French label for {item_id!r}")
    source = entry.get("source", default_source)
    if not source:
        fail(f"no source for {item_id!r}")
    item: dict[str, Any] = {"id": item_id, "labels": {"fr": fr, "nl": tr.nl, "en": tr.en}, "source": source,
                            "fr_verbatim": bool(verbatim) and tr.fr is None}
    if tr.fr and domain_fr and tr.fr != capitalise(domain_fr):
        item["fr_domain"] = domain_fr
    item.update({key: value for key, value in attributes.items() if value is not None})
    return item


def aliases(entry: dict[str, Any], key: str = "aliases_fr") -> list[str] | None:
    names = [alias["fr"] for alias in entry.get(key, [])]
    return names or None


def merge_sources(sources: Iterable[Any]) -> Any:
    """One source string, or a sorted list when several documents are cited; 'relais' when none."""
    merged: set[str] = set()
    for source in sources:
        merged.update([source] if isinstance(source, str) else source)
    if not merged:
        return RELAIS
    return next(iter(merged)) if len(merged) == 1 else sorted(merged)


# --- Vocabularies ---------------------------------------------------------------------------------------

Domain = dict[str, Any]
Items = list[dict[str, Any]]


def build_pathologies(domain: Domain) -> Items:
    items = []
    for entry in domain["pathologies"]["boost_targets"]:
        items.append(from_domain(entry, PATHOLOGY_LABELS, boost_target=True))
        for subtype in entry.get("subtypes", []):
            items.append(from_domain(subtype, PATHOLOGY_LABELS, boost_target=True, parent=entry["id"]))
    for entry in domain["pathologies"]["other_conditions_mentioned"]:
        items.append(from_domain(entry, PATHOLOGY_LABELS, boost_target=bool(entry.get("boost_target"))))
    return [*items, other(boost_target=False)]


def cdp_counts(domain: Domain) -> dict[str, int]:
    return {row["id"]: row["count"] for row in domain["vulnerability_frequencies_003"]["ranked"]}


def vulnerability_order(domain: Domain) -> Items:
    """CdP-counted vulnerabilities (003) first, then by example-situation count, then domain order."""
    entries = domain["vulnerabilities"]
    cdp = cdp_counts(domain)
    examples: dict[str, int] = {}
    for situation in domain["example_situations"]["items"]:
        for vid in situation["vulnerabilities"]:
            examples[vid] = examples.get(vid, 0) + 1
    position = {entry["id"]: index for index, entry in enumerate(entries)}

    def key(entry: dict[str, Any]) -> tuple[int, int, int]:
        vid = entry["id"]
        if vid in cdp:
            return (0, -cdp[vid], position[vid])
        return (1, -examples.get(vid, 0), position[vid])

    return sorted(entries, key=key)


def build_vulnerabilities(domain: Domain) -> Items:
    cdp = cdp_counts(domain)
    return [
        from_domain(entry, VULNERABILITY_LABELS, frequency_rank=rank,
                    boost_criterion=bool(entry.get("boost_criterion")), cdp_count=cdp.get(entry["id"]),
                    aliases_fr=aliases(entry), quote=entry.get("quote"))
        for rank, entry in enumerate(vulnerability_order(domain), start=1)
    ]


def build_situation_statuses(domain: Domain) -> Items:
    return [
        own("active", "Active", "Actief", "Active", note="Accompaniment under way.", open=True),
        own("veille", "Veille", "Waakzame opvolging", "Watchful follow-up", source="003", open=True,
            quote="Assurer une sorte de veille, d’attention particulière sur le patient inclus"),
        own("closed", "Clôturée", "Afgesloten", "Closed", note="Accompaniment ended (see closure reasons).",
            open=False),
    ]


def build_closure_reasons(domain: Domain) -> Items:
    return [
        own("objectifs_atteints", "Objectifs atteints", "Doelen bereikt", "Goals achieved", source="003",
            handover=False),
        own("relais_passe", "Relais passé à un autre professionnel",
            "Overgedragen aan een andere hulpverlener", "Handed over to another professional",
            source="003", handover=True),
        own("relais_case_manager", "Relais vers un case manager", "Overgedragen aan een casemanager",
            "Handed over to a case manager", source="003", handover=True,
            quote="Il importe d’identifier ces patients (ou ce moment de leur vie) "
                  "pour relayer vers un case manager."),
        own("pas_de_demande", "Pas de réelle demande", "Geen echte hulpvraag", "No real request",
            source="003", handover=False, quote="on voit qu’il n’y a pas de demande, on arrête"),
        own("ne_souhaite_plus", "La personne ne souhaite plus d’accompagnement",
            "De persoon wil geen begeleiding meer", "The person no longer wants support",
            source=["001", "003"], handover=False, quote="On ne peut pas forcer les gens à accepter l’aide"),
        own("changement_referent", "Départ ou changement de poste du référent",
            "Referent stopt of verandert van job", "Referent leaves or changes job", source="003",
            handover=True, note="Turnover in Brussels social-health teams (003)."),
        own("perte_de_contact", "Perte de contact", "Contact verloren", "Lost contact", source="001",
            handover=False, quote="ruptures de suivi"),
        own("demenagement", "Déménagement", "Verhuisd", "Moved away", handover=False,
            note="The person moved out of the referent’s area."),
        own("entree_mrs", "Entrée en maison de repos", "Opname in een woonzorgcentrum",
            "Moved into a nursing home", handover=True,
            note="The nursing-home team takes over the daily follow-up."),
        own("hospitalisation_longue", "Hospitalisation de longue durée", "Langdurige ziekenhuisopname",
            "Long hospital stay", handover=False, note="Long stay in hospital or rehabilitation."),
        own("deces", "Décès", "Overlijden", "Death", handover=False, note="The person died."),
        other(handover=False),
    ]


def build_origins(domain: Domain) -> Items:
    return [
        own("patientele_rp", "Patientèle / suivi existant du RP", "Eigen cliënteel (bestaande opvolging)",
            "Own caseload (existing follow-up)", source=["000", "003"],
            quote="tout professionnel accompagnant une personne faisant face à une situation "
                  "de vulnérabilité"),
        own("sortie_hopital", "Sortie d’hôpital (référent hospitalier)",
            "Ontslag uit het ziekenhuis (ziekenhuisreferent)", "Hospital discharge (hospital referent)",
            source=["000", "003"], quote="cherchent à passer le relais une fois le retour à domicile"),
        own("medecin_generaliste", "Médecin généraliste", "Huisarts", "GP", source=["000", "004"]),
        own("cpas", "CPAS", "OCMW", "CPAS", source="004"),
        own("mutualite", "Mutualité", "Ziekenfonds", "Health-insurance fund", source=["003", "004"]),
        own("centre_coordination", "Centre de coordination de soins à domicile",
            "Coördinatiecentrum thuiszorg", "Home-care coordination centre", source=["001", "004"]),
        own("autre_professionnel", "Autre professionnel", "Andere hulpverlener", "Other professional",
            source="003"),
        own("entourage", "Entourage / aidant proche", "Familie of mantelzorger", "Relatives / informal carer",
            source=["001", "004"],
            quote="le patient, un proche ou le médecin peut contacter le centre de coordination"),
        own("personne", "La personne elle-même", "De persoon zelf", "The person themself",
            source=["003", "004"]),
        own("projet_quartier", "Projet de quartier", "Buurtproject", "Neighbourhood project", source="000",
            quote="La détection des besoins d’aide et de soins via les partenaires "
                  "et les réseaux sociaux mis en place"),
        other(),
    ]


def build_network_roles(domain: Domain) -> Items:
    items = [own(rid, fr, nl, en, source=source, kind=kind)
             for rid, fr, nl, en, kind, source in NETWORK_ROLES]
    return [*items, other(kind="other")]


def build_who_mobilises(domain: Domain) -> Items:
    return [from_domain(entry, ROLE_LABELS, aliases_fr=aliases(entry), quote=entry.get("quote"))
            for entry in domain["who_mobilises"]["roles"]]


def build_mobilisation_modes(domain: Domain) -> Items:
    section = domain["who_mobilises"]
    source = section["mode_source_quote"]["source"]
    return [from_domain(entry, MODE_LABELS, default_source=source) for entry in section["mobilisation_modes"]]


def build_mobilisation_statuses(domain: Domain) -> Items:
    outcomes = {item["id"]: item for item in domain["outcomes_and_obstacles"]["outcome_states"]["items"]}
    items = []
    for sid, fr, nl, en, terminal, shortage, mapped in MOBILISATION_STATUSES:
        quotes = [outcomes[oid]["quote"] for oid in mapped if "quote" in outcomes[oid]]
        items.append(own(
            sid, fr, nl, en, source=merge_sources(outcomes[oid]["source"] for oid in mapped),
            note=None if mapped else "Considered by the referent, not yet proposed to the person.",
            terminal=terminal, shortage=shortage, domain_outcomes=mapped, quote=quotes[0] if quotes else None,
        ))
    return items


def build_failure_reasons(domain: Domain) -> Items:
    items = [from_domain(entry, FAILURE_LABELS, category=entry["category"], what_en=entry["en"],
                         quote=entry.get("quote"), quotes=entry.get("quotes"))
             for entry in domain["outcomes_and_obstacles"]["failure_reasons"]]
    return [*items, other(category="other")]


def build_priority_statuses(domain: Domain) -> Items:
    return [
        own("exprimee", "Exprimée", "Uitgesproken", "Expressed", source="003", active=True),
        own("en_cours", "En cours", "Loopt", "In progress", source="003", active=True),
        own("deposee", "Déposée", "Geparkeerd", "Parked", source="003", active=False,
            quote="La personne pourra revenir sur cet objectif au moment où elle sera prête."),
        own("atteinte", "Atteinte", "Bereikt", "Achieved", source="003", active=False),
        own("abandonnee", "Abandonnée", "Opgegeven", "Dropped", active=False,
            note="The person gave up this priority."),
        own("pas_de_demande", "Pas de réelle demande", "Geen echte hulpvraag", "No real request",
            source="003", active=False, quote="elles ont juste besoin de le dire"),
    ]


def build_dialogue_modes(domain: Domain) -> Items:
    items = [from_domain(entry, DIALOGUE_MODE_LABELS, quote=entry.get("example_quote"))
             for entry in domain["dialogue_tool"]["modes_of_use"]]
    mixed = own("mixte", "Mixte (oral et cartes)", "Gemengd (mondeling en kaarten)",
                "Mixed (oral and cards)", note="Part of the session orally, part with the cards.")
    return [*items, mixed]


def build_referent_tasks(domain: Domain) -> Items:
    return [from_domain(entry, TASK_LABELS, invisible=bool(entry["invisible"]), quote=entry.get("quote"))
            for entry in domain["referent_tasks"]]


def build_resource_categories(domain: Domain) -> Items:
    return [from_domain(entry, CATEGORY_LABELS, rp_knowledge_gap=bool(entry.get("rp_knowledge_gap")),
                        examples_fr=[example["fr"] for example in entry.get("examples", [])] or None)
            for entry in domain["resource_categories"]]


def build_resource_types(domain: Domain) -> Items:
    items = [from_domain(entry, RESOURCE_TYPE_LABELS, category=entry["category"], scope=entry["scope"],
                         brussels_specific=entry["brussels_specific"], what_en=entry.get("what_en"),
                         aliases_fr=aliases(entry, "aliases"))
             for entry in domain["resource_types"]]
    french_classes = own("cours_de_francais_generic", "Cours de français", "Lessen Frans", "French classes",
                         note="Generic resource of the example situations (003: learning French).",
                         category="activites_socioculturelles", scope="unspecified", brussels_specific=False)
    return [*items, french_classes]


def build_learned_from(domain: Domain) -> Items:
    items = [from_domain(entry, KNOWLEDGE_SOURCE_LABELS)
             for entry in domain["who_mobilises"]["knowledge_sources"]["items"]]
    return [
        *items,
        own("collegue", "Collègue", "Collega", "Colleague", source="003",
            quote="Ceux-ci se construisent au fur et à mesure des formations suivies, "
                  "des contacts personnels et professionnels"),
        own("la_personne", "La personne ou son entourage", "De persoon of de omgeving",
            "The person or relatives", note="The person or a relative told the referent about it."),
        own("internet", "Internet", "Internet", "Internet", note="Web search or an organisation’s website."),
        other(),
    ]


def build_cdp_noeuds(domain: Domain) -> Items:
    section = domain["cdp_canvas_fields"]["noeuds"]
    items = []
    for group, labels in NOEUD_LABELS.items():
        questions = section[group]
        if len(questions) != len(labels):
            fail(f"nœuds {group}: domain.json has {len(questions)} items, the label table {len(labels)}")
        for (nid, fr, nl, en), question in zip(labels, questions, strict=True):
            items.append(own(nid, fr, nl, en, source=section["source"], group=group.lower(),
                             quote=question["fr"]))
    return items


VOCABULARIES: list[tuple[str, str, Callable[[Domain], Items]]] = [
    ("pathologies", "Chronic conditions: the four BOOST target pathologies, their subtypes and other "
     "conditions mentioned in the documents.", build_pathologies),
    ("vulnerabilities", "Vulnerability criteria of the accompanied person, most frequent first "
     "(CdP counts, then example situations).", build_vulnerabilities),
    ("situation_statuses", "Lifecycle status of an accompanied situation.", build_situation_statuses),
    ("closure_reasons", "Reasons why a referent closes an accompaniment.", build_closure_reasons),
    ("origins", "How the person came to the referent.", build_origins),
    ("network_roles", "Roles of the people and professionals in the person’s network.", build_network_roles),
    ("who_mobilises", "Who mobilises a resource for the person (CdP canvas: “Qui mobilise la ressource ?”).",
     build_who_mobilises),
    ("mobilisation_modes", "How a resource is mobilised: do it, get it done, or let the person or "
     "relatives do it.", build_mobilisation_modes),
    ("mobilisation_statuses", "Status of a proposed or mobilised resource, including the documented "
     "failure modes (a parked need is a priority status).", build_mobilisation_statuses),
    ("failure_reasons", "Documented reasons why a resource could not be mobilised or an accompaniment "
     "failed.", build_failure_reasons),
    ("priority_statuses", "Status of a priority raised with the person through the dialogue tool.",
     build_priority_statuses),
    ("dialogue_modes", "How the dialogue tool (PPA, now BabbelBoost) was used.", build_dialogue_modes),
    ("referent_tasks", "Tasks of the referent for time entry, flagged when they are invisible work.",
     build_referent_tasks),
    ("resource_categories", "Categories of resources the referent can mobilise.", build_resource_categories),
    ("resource_types", "Types of Belgian and Brussels resources named in the documents, with category "
     "and scope.", build_resource_types),
    ("learned_from", "Where the referent learned about a resource.", build_learned_from),
    ("cdp_noeuds", "Recurring knots (nœuds) proposed to structure community-of-practice sessions, grouped "
     "patient / prestataire / situation.", build_cdp_noeuds),
]


# --- Output ---------------------------------------------------------------------------------------------

def render(name: str, description: str, items: Items) -> str:
    ids = [item["id"] for item in items]
    duplicates = sorted({item_id for item_id in ids if ids.count(item_id) > 1})
    if duplicates:
        fail(f"{name}: duplicate ids {duplicates}")
    document = {"vocabulary": name, "version": 1, "description": description, "items": items}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def build_all(domain: Domain) -> dict[str, str]:
    """File name -> file text, for every vocabulary."""
    return {f"{name}.json": render(name, description, builder(domain))
            for name, description, builder in VOCABULARIES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build resources/vocab/*.json from domain.json.")
    parser.add_argument("domain", nargs="?", type=Path, default=DEFAULT_DOMAIN, help="path to domain.json")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args(argv)
    domain = json.loads(args.domain.read_text(encoding="utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    for file_name, text in build_all(domain).items():
        (args.out / file_name).write_text(text, encoding="utf-8", newline="\n")
        print(f"{args.out / file_name}: {len(json.loads(text)['items'])} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
