"""Distributions of the large demo: how often each vulnerability, status, task… occurs. Plausible guesses.

Where the documents give figures they are followed: financial difficulties, mental health and isolation are
the most frequent vulnerabilities (003: 18, 15 and 14 of 42 situations); waiting lists and full services are
common outcomes; the dialogue tool is used orally more often than with the cards.
"""

from __future__ import annotations

STATUS_COUNTS = {"active": 3_500, "veille": 750, "closed": 750}
VULNERABILITY_RATES = {
    "difficultes_financieres": 0.45, "troubles_psychiques": 0.34, "isolement_social": 0.33,
    "polymedication": 0.30, "polypathologie": 0.25, "perte_autonomie": 0.15,
    "difficultes_linguistiques": 0.12,
    "rehospitalisations": 0.12, "logement": 0.10, "mobilite_transport": 0.08, "litteratie": 0.08,
    "troubles_cognitifs": 0.07, "environnement_precaire": 0.06, "sans_assurance": 0.05, "pas_de_mg": 0.05,
    "non_acces_aux_droits": 0.05, "sans_titre_de_sejour": 0.04, "entourage_contre_interet": 0.03,
    "sans_abri": 0.03, "violences_intrafamiliales": 0.02,
}
PATHOLOGY_RATES = {
    "diabete": 0.55, "hta": 0.45, "bpco": 0.25, "irc": 0.15, "cardiovasculaire": 0.15,
    "insuffisance_cardiaque": 0.12, "depression": 0.08, "obesite": 0.08, "multimorbidite": 0.05,
    "schizophrenie": 0.02, "espt": 0.02, "cancer_sein": 0.01,
}
BOOST_PATHOLOGIES = ("diabete", "hta", "bpco", "irc", "cardiovasculaire", "insuffisance_cardiaque")
ORIGINS = {"patientele_rp": 30, "sortie_hopital": 15, "medecin_generaliste": 15, "cpas": 8, "mutualite": 6,
           "centre_coordination": 5, "autre_professionnel": 8, "entourage": 6, "personne": 4,
           "projet_quartier": 2, "autre": 1}
CLOSURE_REASONS = {"objectifs_atteints": 30, "relais_passe": 15, "relais_case_manager": 5,
                   "pas_de_demande": 6, "ne_souhaite_plus": 10, "changement_referent": 3,
                   "perte_de_contact": 10, "demenagement": 6,
                   "entree_mrs": 7, "hospitalisation_longue": 3, "deces": 8, "autre": 2}
NETWORK_ROLES = {"aidant_proche": 30, "medecin_generaliste": 25, "infirmier_domicile": 10, "pharmacien": 6,
                 "kinesitherapeute": 5, "aide_familiale": 6, "as_mutualite": 4, "as_cpas": 5,
                 "referent_hospitalier": 2, "case_manager": 1, "coordinateur_soins": 2, "specialiste": 3,
                 "psychologue": 2, "voisin": 3, "ami": 2, "autre": 1}
MODE_DIALOGUE = {"oral": 50, "cartes": 35, "mixte": 15}
PRIORITY_STATUSES_OPEN = {"exprimee": 15, "en_cours": 40, "deposee": 12, "atteinte": 20, "abandonnee": 8,
                          "pas_de_demande": 5}
PRIORITY_STATUSES_CLOSED = {"deposee": 10, "atteinte": 55, "abandonnee": 25, "pas_de_demande": 10}
MOBILISATION_STATUSES = {"en_place": 30, "en_cours": 14, "aboutie": 12, "liste_attente": 10, "proposee": 7,
                         "envisagee": 5, "relais_passe": 5, "indisponible": 4, "refusee": 4, "echec": 5,
                         "bloquee_entourage": 2, "pas_de_demande": 2}
FAILURES = {"liste_attente": ("service_sature",), "indisponible": ("service_sature",),
            "refusee": ("refus_personne", "demande_contraire_sante"), "bloquee_entourage": ("entourage",),
            "pas_de_demande": ("pas_de_demande",),
            "echec": ("interprete_parti", "turnover", "pas_de_suivi_alerte", "service_ne_sait_pas_suivre",
                      "moyens_insuffisants", "info_non_transmise", "sortie_non_planifiee")}
# who mobilises -> (weight, possible modes)
WHO = {"rp": (40, ("faire", "faire_faire")), "personne": (12, ("personne_seule",)),
       "aidant_proche": (8, ("entourage",)), "autre_professionnel": (12, ("faire_faire",)),
       "mg": (12, ("faire_faire",)), "referent_hospitalier": (4, ("faire_faire",)),
       "case_manager": (3, ("faire_faire",)), "coordinateur_soins": (4, ("faire_faire",)),
       "as_cpas": (4, ("faire_faire",)), "as_hospitalier": (1, ("faire_faire",))}
FREE_TEXT_RESOURCES = ("Voisine pour les courses", "Épicerie sociale du quartier", "Paroisse du quartier",
                       "Fils (transport aux rendez-vous)", "Association de la mosquée", "Groupe de parole")
# task -> (weight, typical minutes per entry)
TASKS = {
    "visite_domicile": (12, (30, 45, 60, 75, 90)), "identifier_ressources": (12, (10, 15, 20, 30, 45)),
    "mails_documents": (10, (5, 10, 15, 20, 30)), "ecouter": (10, (15, 20, 30, 45)),
    "relancer_clarifier": (8, (5, 10, 15, 20)), "communication_pros": (8, (10, 15, 20, 30)),
    "rassembler_infos": (6, (15, 20, 30)), "outil_dialogue": (3, (30, 40, 60)), "mail_mg": (5, (5, 10)),
    "administratif": (6, (15, 20, 30, 45)), "accompagner": (4, (60, 90, 120)), "veille": (5, (5, 10, 15)),
    "passer_relais": (3, (15, 20, 30, 45)), "mettre_en_lien": (3, (10, 15)), "interprete": (2, (15, 20, 30)),
    "demarches_materiel": (2, (20, 30, 45, 60)), "identifier_intervenants": (3, (10, 20)),
    "laisser_trace": (2, (10, 15, 20)), "alerter": (1, (5, 10, 15)), "rencontre_famille": (1, (30, 45, 60)),
    "concertation": (1, (45, 60, 90)), "anamnese": (1, (30, 45, 60)), "deplacement": (2, (10, 20, 30)),
}
UNBOUND_TASKS = {"cdp_preparation": (4, (20, 30, 45)), "recherche_reseau": (3, (15, 30, 45, 60)),
                 "concertation": (2, (60, 90, 120)), "deplacement": (1, (20, 30)),
                 "inclusion_boost": (1, (15, 30))}
RESOURCE_TASKS = frozenset({"identifier_ressources", "relancer_clarifier", "mails_documents", "administratif",
                            "passer_relais", "mettre_en_lien", "interprete", "demarches_materiel"})
