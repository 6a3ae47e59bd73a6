#!/usr/bin/env python3
"""Build ``resources/demo/examples.json``: the 14 example situations of domain.json, ready for the demo.

Usage: ``python packaging/build_demo_examples.py [DOMAIN_JSON] [--out FILE]``.
Stdlib only; the output is deterministic (same input, same bytes).

domain.json gives the structure of each situation (pathologies, vulnerabilities, dialogue tool, priorities,
resources, time). This script adds what the demo needs and the documents do not give, all invented: a
synthetic identity (name, birth year, Brussels address, phone), the person's network, French translations of
the English notes, a récit in the referent's voice, the status of each priority and which priority each
resource serves. No real person is described.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any, NoReturn

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOMAIN = REPO_ROOT.parent / "shared" / "domain" / "domain.json"
DEFAULT_OUT = REPO_ROOT / "resources" / "demo" / "examples.json"
REFERENCE_YEAR = 2026

# domain.json commune label -> (commune, postcode) as written in a Brussels address.
COMMUNES = {
    "Bruxelles (centre)": ("Bruxelles", "1000"),
    "Saint-Gilles": ("Saint-Gilles", "1060"),
    "Saint-Josse": ("Saint-Josse-ten-Noode", "1210"),
}

# Per situation: identity, situation fields, network, translations and récit. Names, addresses and phone
# numbers are invented; organisations are generic or public institutions.
EXAMPLES: dict[str, dict[str, Any]] = {
    "S01": {
        "person": {"first_name": "Jeannine", "last_name": "Vandenbroucke",
                   "address": "Rue de la Victoire 112", "phone": "02 538 41 27", "languages": "français",
                   "notes": "Vit seule depuis sa chute ; sa fille vit à Lyon. GRAPA."},
        "origin": "patientele_rp", "status": "active", "consent_cdp": True,
        "network": [
            ("aidant_proche", "Martine Vandenbroucke", "", "Sa fille ; vit à Lyon, appelle le dimanche."),
            ("medecin_generaliste", "Dr Philippe Lemaire", "Cabinet médical du Parvis", ""),
            ("coordinateur_soins", "Nadia Bouzid", "Centre de coordination de soins à domicile", ""),
        ],
        "difficultes": "Se fatigue après vingt minutes ; une deuxième séance a été nécessaire.",
        "plus_value": "Elle a parlé de sa solitude pour la première fois.",
        "priorities": [("en_cours", [1]), ("en_cours", [2]), ("deposee", [3])],
        "notes": [
            "Aide familiale deux fois par semaine, organisée par la coordinatrice.",
            "Visite à domicile faite ; devis pour les barres d’appui en attente de la réponse de la "
            "mutualité.",
            "Après-midi de quartier proposée ; elle préfère attendre de mieux marcher.",
        ],
        "recit": "Madame vit seule à Saint-Gilles depuis sa chute de l’hiver dernier ; sa fille Martine "
                 "habite à Lyon et appelle le dimanche. Je passe chez elle comme infirmière à domicile et "
                 "c’est avec les cartes qu’elle a parlé pour la première fois de sa solitude. Elle veut "
                 "avant tout rester chez elle et ne plus avoir peur de tomber. Le centre de coordination "
                 "a mis en place une aide familiale deux fois par semaine et l’ergothérapeute attend la "
                 "réponse de la mutualité pour les barres d’appui. L’après-midi de quartier est déposée : "
                 "elle y reviendra quand elle marchera mieux.",
    },
    "S02": {
        "person": {"first_name": "Hüseyin", "last_name": "Demir", "address": "Rue de la Limite 27",
                   "phone": "0476 52 18 93", "languages": "turc, quelques mots de français",
                   "notes": "Vit avec son épouse, aidante principale."},
        "origin": "sortie_hopital", "status": "active", "consent_cdp": True,
        "network": [
            ("aidant_proche", "Fatma Demir", "", "Son épouse ; parle peu le français."),
            ("medecin_generaliste", "Dr Serkan Öztürk", "Cabinet médical de la Place Saint-Josse", ""),
            ("infirmier_domicile", "Karim El Amrani", "Soins infirmiers à domicile Saint-Josse",
             "Prépare le pilulier chaque semaine."),
        ],
        "difficultes": "Son épouse traduit et répond à sa place ; difficile d’entendre ses propres "
                       "priorités.",
        "plus_value": "Sortir de nouveau est apparu comme son souhait principal, plus que le matériel "
                      "lui-même.",
        "priorities": [("en_cours", [1, 2]), ("en_cours", [3, 4])],
        "notes": [
            "Trois devis rassemblés ; plusieurs allers-retours de documents et de mails.",
            "L’assistante sociale de la mutualité a repris le dossier de remboursement.",
            "Interprète réservé pour la cardiologie ; le médecin était en retard et l’interprète n’a pas "
            "pu rester.",
            "Préparation du pilulier chaque semaine.",
        ],
        "cdp_flag": "Situation de débordement (« j’ai débordé largement ») : à relayer vers un case "
                    "manager ?",
        "recit": "Monsieur vit à Saint-Josse avec son épouse, qui est son aidante principale et parle peu "
                 "le français. Il a été hospitalisé trois fois cette année pour son cœur et sa BPCO, et "
                 "il ne sort presque plus de l’appartement. En parlant avec lui, c’est l’envie de sortir "
                 "qui est apparue, plus que la chaise roulante électrique elle-même. Les devis du "
                 "bandagiste et le dossier de la mutualité m’ont demandé énormément de mails et de "
                 "documents. L’interprète réservé pour la cardiologie n’a pas pu rester : le médecin "
                 "avait du retard.",
    },
    "S03": {
        "person": {"first_name": "Sandrine", "last_name": "Claes", "address": "Rue Haute 187",
                   "phone": "0487 31 64 02", "languages": "français",
                   "notes": "Revenu d’intégration (CPAS)."},
        "origin": "medecin_generaliste", "status": "active", "consent_cdp": True,
        "network": [
            ("medecin_generaliste", "Dr Hélène Vermeulen", "Cabinet médical de la rue Blaes", ""),
            ("as_cpas", "Julien Peeters", "CPAS de Bruxelles", ""),
        ],
        "difficultes": "Au début, elle ne voulait parler que d’alimentation.",
        "plus_value": "La natation est venue spontanément à partir d’une carte.",
        "priorities": [("atteinte", [1]), ("en_cours", [2])],
        "notes": [
            "Inscrite dans un club avec un accompagnement par un kinésithérapeute ; elle a repris les "
            "cours de natation.",
            "Quatre services de santé mentale appelés : aucun ne peut commencer un suivi avant plusieurs "
            "mois.",
            "Les visites de l’éducatrice en diabétologie ont commencé.",
        ],
        "time_notes": {"identifier_ressources": "appels à quatre services"},
        "recit": "Madame vit seule dans le centre avec un revenu du CPAS ; son diabète s’est déséquilibré "
                 "pendant un épisode dépressif. Je la vois comme diététicienne et, au début, elle ne "
                 "voulait parler que d’alimentation. C’est une carte qui a fait revenir la natation, "
                 "qu’elle aimait beaucoup, et elle a repris les cours dans un club. Pour trouver "
                 "quelqu’un à qui parler, j’ai appelé quatre services de santé mentale : aucun ne peut "
                 "commencer avant plusieurs mois.",
    },
    "S04": {
        "person": {"first_name": "Jean-Pierre", "last_name": "Lemmens",
                   "address": "Chaussée de Waterloo 214", "phone": "02 539 27 60", "languages": "français",
                   "notes": "Neuf médicaments par jour."},
        "origin": "sortie_hopital", "status": "active", "consent_cdp": True,
        "network": [
            ("referent_hospitalier", "Caroline Dewitte", "CHU Saint-Pierre",
             "Référente hospitalière BOOST."),
            ("medecin_generaliste", "Dr Marc Jacobs", "Cabinet médical de la Barrière", ""),
            ("aidant_proche", "Monique Lemmens", "", "Sa sœur ; vit à Namur."),
        ],
        "difficultes": "Visites courtes ; priorités recueillies en deux passages.",
        "plus_value": "Le voyage a donné un objectif concret au plan de traitement.",
        "priorities": [("en_cours", [1, 2]), ("atteinte", [3])],
        "notes": [
            "La référente hospitalière a transmis la lettre de sortie et les contacts.",
            "Plan de soins à domicile mis en place dans la semaine.",
            "Revue de la médication et lettre pour le voyage ; le voyage a pu se faire.",
        ],
        "time_notes": {"passer_relais": "appel avec la référente hospitalière"},
        "recit": "Monsieur est rentré chez lui à Saint-Gilles après une hospitalisation en cardiologie, "
                 "avec neuf médicaments à prendre chaque jour. Aucun référent de proximité n’avait été "
                 "identifié à la sortie : la référente hospitalière a tenu le rôle, puis m’a passé le "
                 "relais comme infirmier à domicile. Ses priorités sont venues en deux passages : ne plus "
                 "retourner à l’hôpital et aller voir sa sœur à Namur. Avec son médecin, nous avons revu "
                 "la médication et préparé une lettre pour le voyage, qui a pu se faire.",
    },
    "S05": {
        "person": {"first_name": "Samira", "last_name": "El Idrissi", "address": "Rue de l’Union 19",
                   "phone": "0465 28 71 34", "languages": "arabe",
                   "notes": "Sans titre de séjour ; aide médicale urgente via le CPAS."},
        "origin": "autre_professionnel", "status": "active", "consent_cdp": True,
        "network": [
            ("as_cpas", "Thomas Willems", "CPAS de Saint-Josse-ten-Noode",
             "Dossier d’aide médicale urgente."),
            ("medecin_generaliste", "Dr Leïla Haddad", "Maison médicale Les Tilleuls", ""),
            ("voisin", "Nora Benali", "", "Voisine ; traduit parfois."),
        ],
        "difficultes": "Il a fallu un interprète par téléphone ; certaines cartes étaient difficiles à "
                       "expliquer.",
        "plus_value": "Apprendre le français est apparu comme sa priorité à elle, avant les questions "
                      "médicales.",
        "priorities": [("atteinte", [1, 2, 3]), ("en_cours", [4])],
        "notes": [
            "Dossier d’aide médicale urgente auprès du CPAS ; accordée après trois semaines.",
            "Inscrite dans une maison médicale.",
            "Gardé comme solution de repli ; pas nécessaire jusqu’ici.",
            "Cours de français commencés (organisme non précisé).",
        ],
        "time_notes": {"accompagner": "accompagnée au CPAS"},
        "recit": "Madame vit à Saint-Josse sans titre de séjour ni revenu ; elle parle arabe et n’avait "
                 "pas de médecin pour son diabète. Comme assistante sociale, j’ai monté avec elle le "
                 "dossier d’aide médicale urgente et je l’ai accompagnée au CPAS ; l’aide a été accordée "
                 "après trois semaines. Elle est maintenant inscrite dans une maison médicale, et "
                 "Médecins du Monde reste une solution de repli. Avec les cartes et un interprète par "
                 "téléphone, c’est l’envie d’apprendre le français qui est venue en premier.",
    },
    "S06": {
        "person": {"first_name": "Roger", "last_name": "Van Damme", "address": "Rue de Flandre 76",
                   "phone": "02 511 63 08", "languages": "français, néerlandais",
                   "notes": "Son fils gère ses comptes."},
        "origin": "patientele_rp", "status": "veille", "consent_cdp": True,
        "network": [
            ("aidant_proche", "Didier Van Damme", "",
             "Son fils ; gère son argent, refuse l’aide extérieure."),
            ("medecin_generaliste", "Dr Anne Michiels", "Cabinet médical Sainte-Catherine", ""),
        ],
        "difficultes": "Son fils est présent pendant les visites.",
        "plus_value": "Il a nommé de petits souhaits (descendre au café) plutôt que des besoins de soins.",
        "priorities": [("en_cours", [1, 2]), ("deposee", [])],
        "notes": [
            "Heures d’aide familiale supplémentaires refusées.",
            "Case manager proposé ; son fils s’y est opposé.",
            "Médecin prévenu que la porte ne s’était pas ouverte trois fois ; pas de suite.",
        ],
        "time_notes": {"veille": "appels de veille"},
        "cdp_flag": "Nœud PATIENT : situation défavorable à l’intérêt de la personne ; respect de son « "
                    "non ».",
        "recit": "Monsieur vit seul dans le centre avec sa BPCO ; son fils Didier gère son argent et "
                 "refuse toute aide extérieure. Lui aussi dit non aux heures d’aide familiale et au case "
                 "manager, et je respecte ce refus, même s’il m’inquiète. Quand la porte ne s’est pas "
                 "ouverte trois fois de suite, j’ai prévenu son médecin, sans suite. Ce qu’il demande est "
                 "simple : qu’on le laisse chez lui et pouvoir descendre au café. Je garde le lien par "
                 "des appels de veille et j’ai amené la situation en communauté de pratique.",
    },
    "S07": {
        "person": {"first_name": "Nadine", "last_name": "Wouters", "address": "Rue de Mérode 143",
                   "phone": "0472 90 15 38", "languages": "français",
                   "notes": "Revenu d’intégration (CPAS)."},
        "origin": "medecin_generaliste", "status": "active", "consent_cdp": True,
        "network": [
            ("medecin_generaliste", "Dr Youssef Benjelloun", "Maison médicale de la Porte de Hal", ""),
            ("as_cpas", "Céline Dubois", "CPAS de Saint-Gilles", "Organise le transport vers l’hôpital."),
            ("psychologue", "Lucas Renard", "Équipe mobile de santé mentale", ""),
        ],
        "difficultes": "Anxieuse avec les cartes ; nous sommes passées à la conversation.",
        "plus_value": "La peur des transports est apparue comme le principal obstacle aux soins.",
        "priorities": [("en_cours", [2, 3]), ("en_cours", [1])],
        "notes": [
            "L’équipe mobile de santé mentale la suit à domicile.",
            "Transport du CPAS vers l’hôpital ; je l’ai accompagnée la première fois.",
            "Liste d’attente.",
        ],
        "recit": "Madame vit seule à Saint-Gilles ; elle a une schizophrénie, de l’hypertension et un "
                 "diabète. Elle n’arrive pas à aller seule à ses rendez-vous à l’hôpital : les cartes "
                 "l’angoissaient, alors nous avons simplement parlé, et la peur des transports est "
                 "apparue comme le vrai obstacle. Le CPAS organise maintenant le transport et je l’ai "
                 "accompagnée la première fois. L’équipe mobile de santé mentale la suit à domicile, mais "
                 "le service de santé mentale a une liste d’attente.",
    },
    "S08": {
        "person": {"first_name": "Albert", "last_name": "Janssens", "address": "Boulevard de Dixmude 32",
                   "phone": "02 512 47 85", "languages": "français, néerlandais",
                   "notes": "Vit en maison de repos et de soins ; veuf depuis le printemps."},
        "origin": "patientele_rp", "status": "active", "consent_cdp": True,
        "network": [
            ("aidant_proche", "Christine Janssens", "", "Sa fille ; visite le mercredi."),
            ("medecin_generaliste", "Dr Pierre Dupuis", "Médecin coordinateur de la maison de repos", ""),
        ],
        "difficultes": "Émotionnellement lourd pour moi.",
        "plus_value": "Le deuil a été nommé comme priorité ; l’équipe a adapté les activités.",
        "priorities": [("en_cours", [1]), ("atteinte", [2])],
        "notes": [
            "Plusieurs organismes contactés : « ils sont full ».",
            "Promenade quotidienne au jardin ajoutée à son plan de soins.",
        ],
        "time_notes": {"identifier_ressources": "appels sans résultat"},
        "recit": "Monsieur vit dans notre maison de repos ; il a une BPCO et une maladie cardiaque, et il "
                 "a perdu sa femme au printemps. Avec les cartes, c’est le deuil qui est venu en premier "
                 ": il voulait parler de sa femme. J’ai cherché un soutien psychologique, mais tous les "
                 "organismes appelés étaient complets. L’équipe a adapté les activités et il sort "
                 "maintenant chaque jour au jardin.",
    },
    "S09": {
        "person": {"first_name": "Maria", "last_name": "Fernandes", "address": "Rue du Midi 92",
                   "phone": "02 513 82 46", "languages": "portugais, français",
                   "notes": "Sa fille est son aidante principale."},
        "origin": "patientele_rp", "status": "active", "consent_cdp": True,
        "network": [
            ("aidant_proche", "Ana Fernandes", "", "Sa fille ; aidante principale, épuisée."),
            ("medecin_generaliste", "Dr Sarah Cohen", "Cabinet médical de la rue du Midi", ""),
            ("educateur_diabete", "Julie Mertens", "Éducation au diabète (trajet de soins)", ""),
        ],
        "difficultes": "La fille et la mère n’avaient pas les mêmes priorités.",
        "plus_value": "L’épuisement de sa fille a pu être dit et pris en compte.",
        "priorities": [("en_cours", [1]), ("en_cours", [2])],
        "notes": [
            "Éducatrice en diabétologie ; une fiche sur les signes d’hypoglycémie est rangée dans une "
            "boîte au frigo.",
            "Sa fille a fait la demande via la mutualité ; en attente.",
        ],
        "recit": "Madame commence l’insuline pour son diabète et a aussi de l’hypertension ; elle a du "
                 "mal à suivre les consignes reçues à l’hôpital. Sa fille Ana s’occupe de tout et elle "
                 "est épuisée. À la pharmacie, nous avons parlé toutes les trois : la mère et la fille "
                 "n’avaient pas les mêmes priorités, et la fatigue d’Ana a enfin pu être dite. "
                 "L’éducatrice en diabétologie est passée et une fiche sur les hypoglycémies est rangée "
                 "dans une boîte au frigo.",
    },
    "S10": {
        "person": {"first_name": "Dariusz", "last_name": "Nowak",
                   "address": "Sans domicile – adresse de référence au CPAS", "phone": "0489 44 27 15",
                   "languages": "polonais, un peu de français",
                   "notes": "Dort le plus souvent près de la gare du Midi."},
        "origin": "autre_professionnel", "status": "active", "consent_cdp": False,
        "network": [
            ("autre", "Élodie Martin", "Médecins du Monde",
             "Équipe sociale : affiliation à une mutualité."),
            ("medecin_generaliste", "Dr Kevin Maes", "Maison médicale du Vieux Marché",
             "Soins de la plaie."),
        ],
        "difficultes": "Conversation dans la rue, souvent interrompue.",
        "plus_value": "Pour lui, dormir passait avant la plaie.",
        "priorities": [("en_cours", [3]), ("en_cours", [1, 2])],
        "notes": [
            "L’équipe sociale travaille à son affiliation à une mutualité.",
            "Soins de la plaie dans une maison médicale.",
            "Association pour le logement : en attente.",
        ],
        "recit": "Monsieur vit à la rue autour du centre ; il a un diabète avec une plaie au pied et une "
                 "BPCO, et il n’est affilié à aucune mutualité. Nous avons parlé dans la rue, souvent "
                 "interrompus, et pour lui, trouver un endroit pour dormir passe avant son pied. La plaie "
                 "est soignée dans une maison médicale et l’équipe sociale de Médecins du Monde s’occupe "
                 "de son affiliation. L’association pour le logement n’a pas de place : il est sur liste "
                 "d’attente.",
    },
    "S11": {
        "person": {"first_name": "Rachida", "last_name": "Bensaïd", "address": "Rue Saint-François 34",
                   "phone": "0494 17 58 20", "languages": "arabe, français", "notes": ""},
        "origin": "personne", "status": "closed", "closure_reason": "objectifs_atteints", "consent_cdp": True,
        "network": [
            ("medecin_generaliste", "Dr Olivier Hermans", "Cabinet médical de la Chaussée de Louvain", ""),
        ],
        "difficultes": "Aucune.",
        "plus_value": "Rapide ; une seule priorité.",
        "priorities": [("atteinte", [1])],
        "notes": [
            "Elle a vérifié ses droits au remboursement auprès de sa mutualité ; des médicaments "
            "équivalents moins chers ont été discutés avec son médecin.",
        ],
        "recit": "Madame est venue à la pharmacie inquiète du prix de ses médicaments pour l’hypertension "
                 "et les reins. Nous avons pris le temps d’en parler et je lui ai indiqué le service "
                 "social de sa mutualité. Elle y est allée seule et a fait vérifier ses droits ; son "
                 "médecin lui a prescrit des équivalents moins chers.",
    },
    "S12": {
        "person": {"first_name": "Antonio", "last_name": "Gómez", "address": "Avenue Jean Volders 23",
                   "phone": "0478 63 09 51", "languages": "espagnol, français",
                   "notes": "Travaille à temps plein ; consultations en fin de journée."},
        "origin": "patientele_rp", "status": "active", "consent_cdp": True,
        "network": [
            ("aidant_proche", "Lucía Gómez", "", "Son épouse."),
            ("dieteticien", "Camille Leroy", "Cabinet de diététique de la rue de Moscou", ""),
            ("specialiste", "Dr Nathalie Simon", "Diabétologie, CHU Saint-Pierre", ""),
        ],
        "difficultes": "Peu de temps en consultation ; l’outil a été utilisé en deux fois.",
        "plus_value": "Le sport a été abordé comme un plaisir, pas comme un traitement.",
        "priorities": [("en_cours", [1, 2]), ("atteinte", [3])],
        "notes": [
            "Contrat trajet de soins signé ; éducateur choisi dans la liste du RML-B.",
            "Consultations de diététique remboursées.",
            "Inscrit dans un club de marche et de vélo.",
        ],
        "recit": "Monsieur est mon patient depuis des années ; avec son surpoids, son diabète demande "
                 "maintenant de l’insuline. Il travaille à temps plein et avait peur de perdre son "
                 "travail à cause des injections. Nous avons utilisé les cartes en deux consultations, et "
                 "le sport est revenu comme un plaisir plutôt qu’un traitement. Le trajet de soins est "
                 "signé, il voit une diététicienne et il a rejoint un club de marche et de vélo.",
    },
    "S13": {
        "person": {"first_name": "Simone", "last_name": "Verstraeten", "address": "Rue de Laeken 133",
                   "phone": "02 217 36 94", "languages": "français",
                   "notes": "Souhaite mourir à la maison ; famille présente."},
        "origin": "patientele_rp", "status": "active", "consent_cdp": False,
        "network": [
            ("aidant_proche", "Philippe Verstraeten", "", "Son fils."),
            ("aidant_proche", "Véronique Verstraeten", "", "Sa fille ; passe chaque soir."),
            ("medecin_generaliste", "Dr Bernard Lecocq", "Cabinet médical du Béguinage", ""),
        ],
        "difficultes": "Fatigue ; échanges très courts.",
        "plus_value": "Son souhait de rester à la maison a été entendu et partagé avec son médecin.",
        "priorities": [("en_cours", [2]), ("en_cours", [1])],
        "notes": [
            "Équipe de soutien en soins palliatifs appelée (la famille a trouvé que c’était tard) ; lit "
            "adapté livré par l’équipe.",
            "Heures supplémentaires ; cahier de communication à la maison.",
        ],
        "recit": "Madame est en fin de vie avec une BPCO et une insuffisance cardiaque ; elle veut rester "
                 "chez elle jusqu’au bout. Ses enfants sont très présents et nous nous sommes réunis avec "
                 "eux. Les échanges avec elle sont courts, mais son souhait a été entendu et partagé avec "
                 "son médecin. L’équipe de soins palliatifs est venue, un peu tard selon la famille, et "
                 "j’ai des heures en plus avec un cahier de communication à la maison.",
    },
    "S14": {
        "person": {"first_name": "Jean-Claude", "last_name": "Mbuyi", "address": "Rue des Deux Églises 47",
                   "phone": "0485 72 36 11", "languages": "français, lingala",
                   "notes": "Logement humide ; revenu d’intégration (CPAS)."},
        "origin": "cpas", "status": "active", "consent_cdp": True,
        "network": [
            ("as_cpas", "Aurélie Goossens", "CPAS de Saint-Josse-ten-Noode",
             "Nouvelle assistante sociale depuis le départ de la précédente."),
            ("medecin_generaliste", "Dr Ibrahim Diallo", "Maison médicale de l’Astronomie", ""),
        ],
        "difficultes": "Beaucoup de problèmes à la fois ; difficile de s’en tenir à deux ou trois "
                       "priorités.",
        "plus_value": "Il a clairement mis le logement en premier.",
        "priorities": [("en_cours", [1, 2]), ("en_cours", [3])],
        "notes": [
            "Dossier ouvert dans une association pour le logement ; en attente.",
            "L’assistante sociale est partie ; dossier repris avec une nouvelle assistante sociale.",
            "Le médecin a fait le point sur la fatigue et le traitement.",
        ],
        "time_notes": {"passer_relais": "réexpliquer la situation à la nouvelle assistante sociale du CPAS"},
        "recit": "Monsieur vit à Saint-Josse dans un appartement humide, avec un revenu du CPAS ; il a de "
                 "l’hypertension, un diabète et une dépression. Il avait beaucoup de problèmes à la fois, "
                 "mais il a clairement mis le logement en premier. Le dossier est ouvert dans une "
                 "association pour le logement, sans place pour l’instant. Son assistante sociale du CPAS "
                 "est partie en cours de route et j’ai dû tout réexpliquer à la nouvelle.",
    },
}

def fail(message: str) -> NoReturn:
    print(f"build_demo_examples: {message}", file=sys.stderr)
    raise SystemExit(1)


def sex_and_age(summary: str) -> tuple[str, int]:
    match = re.match(r"(Woman|Man), (\d+)", summary)
    if not match:
        fail(f"cannot read sex and age from {summary!r}")
    return ("f" if match.group(1) == "Woman" else "m"), int(match.group(2))


def build_item(item: dict[str, Any], extra: dict[str, Any], invisible: set[str]) -> dict[str, Any]:
    sid = item["id"]
    sex, age = sex_and_age(item["summary_en"])
    commune, postcode = COMMUNES[item["commune"]]
    if len(extra["notes"]) != len(item["resources"]) or len(extra["priorities"]) != len(item["priorities"]):
        fail(f"{sid}: notes or priorities do not match domain.json")
    time_notes = extra.get("time_notes", {})
    if {t["task"] for t in item["time"] if "note_en" in t} != set(time_notes):
        fail(f"{sid}: every English time note needs a French one, and only those")
    time = [{"task": t["task"], "minutes": t["minutes"], "note": time_notes.get(t["task"], ""),
             "invisible": t["task"] in invisible} for t in item["time"]]
    if sum(t["minutes"] for t in time) != item["time_total_minutes"]:
        fail(f"{sid}: time entries do not add up to time_total_minutes")
    if sum(t["minutes"] for t in time if t["invisible"]) != item["time_invisible_minutes"]:
        fail(f"{sid}: invisible minutes differ from time_invisible_minutes")
    priority_of = {index: rank for rank, (_, served) in enumerate(extra["priorities"], 1) for index in served}
    return {
        "id": sid,
        "summary_en": item["summary_en"],
        "person": {**extra["person"], "sex": sex, "age": age, "birth_year": REFERENCE_YEAR - age,
                   "postcode": postcode, "commune": commune},
        "network": [{"role": role, "name": name, "organisation": organisation, "notes": notes}
                    for role, name, organisation, notes in extra["network"]],
        "rp_profession": item["rp_profession"],
        "commune": commune,
        "origin": extra["origin"],
        "status": extra["status"],
        "closure_reason": extra.get("closure_reason"),
        "consent_cdp": extra["consent_cdp"],
        "pathologies": item["pathologies"] + item.get("other_conditions", []),
        "vulnerabilities": item["vulnerabilities"],
        "dialogue_tool": {"mode": item["dialogue_tool"]["mode"], "difficultes": extra["difficultes"],
                          "plus_value": extra["plus_value"]},
        "priorities": [{"text": p["fr_synthetic"], "en": p["en"], "status": status}
                       for p, (status, _) in zip(item["priorities"], extra["priorities"], strict=True)],
        "resources": [resource(entry, note, priority_of.get(index)) for index, (entry, note)
                      in enumerate(zip(item["resources"], extra["notes"], strict=True), 1)],
        "time": time,
        "time_total_minutes": item["time_total_minutes"],
        "time_invisible_minutes": item["time_invisible_minutes"],
        "cdp_flag": extra.get("cdp_flag", ""),
        "recit": extra["recit"],
    }


def resource(entry: dict[str, Any], note: str, priority: int | None) -> dict[str, Any]:
    # "Service full" separates a closed door (indisponible) from an ordinary waiting list.
    text = entry["note_en"].lower()
    return {
        "resource_type": entry["resource_type"],
        "category": entry["category"],
        "who_mobilises": entry["who_mobilises"],
        "mode": entry["mode"],
        "outcome": entry["outcome"],
        "failure_reason": entry.get("failure_reason"),
        "service_full": entry["outcome"] == "en_attente" and ("full" in text or "none can" in text),
        "priority": priority,
        "note": note,
        "note_en": entry["note_en"],
    }


def build(domain: dict[str, Any]) -> dict[str, Any]:
    items = domain["example_situations"]["items"]
    if [item["id"] for item in items] != sorted(EXAMPLES):
        fail("the example situations of domain.json are not S01…S14")
    invisible = {task["id"] for task in domain["referent_tasks"] if task["invisible"]}
    return {
        "description": "Situations d’exemple de la démo : structure tirée de domain.json "
                       "(example_situations) ; identités, réseaux, traductions et récits inventés "
                       "(packaging/build_demo_examples.py).",
        "synthetic": True,
        "reference_year": REFERENCE_YEAR,
        "items": [build_item(item, EXAMPLES[item["id"]], invisible) for item in items],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("domain", nargs="?", type=Path, default=DEFAULT_DOMAIN)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    try:
        domain = json.loads(args.domain.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        fail(f"cannot read {args.domain}: {exc}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(build(domain), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
