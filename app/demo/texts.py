"""French sentences the large demo assembles into récits, priorities and notes. Synthetic data only.

Récits are built from one opening sentence, one or two sentences tied to the situation's vulnerabilities, and
optional sentences about the dialogue tool, the resources and what comes next, so that full-text search has
varied, realistic text to work on. Placeholders: {age} (« 78 ans »), {commune}, {pathology}, {relative}.
"""

from __future__ import annotations

import json
import random
from datetime import date

PATHOLOGY_PHRASES = {
    "diabete": "un diabète", "hta": "de l’hypertension", "irc": "une insuffisance rénale chronique",
    "bpco": "une BPCO", "insuffisance_cardiaque": "une insuffisance cardiaque",
    "cardiovasculaire": "une maladie cardiovasculaire",
}

OPENINGS_F = (
    "Madame, {age}, vit seule à {commune} avec {pathology}.",
    "À {age}, Madame vit à {commune} ; elle a {pathology} et se fatigue vite.",
    "Je suis Madame, {age}, depuis plusieurs mois à {commune} pour {pathology}.",
    "Madame habite {commune} avec son mari ; elle a {pathology} et prend beaucoup de médicaments.",
    "Madame, {age}, m’a été présentée par son médecin : elle a {pathology} et vit au troisième étage sans "
    "ascenseur.",
    "Madame vit chez sa fille à {commune} depuis son hospitalisation ; elle a {pathology}.",
)
OPENINGS_M = (
    "Monsieur, {age}, vit seul à {commune} avec {pathology}.",
    "À {age}, Monsieur vit à {commune} ; il a {pathology} et sort peu.",
    "Je suis Monsieur, {age}, depuis plusieurs mois à {commune} pour {pathology}.",
    "Monsieur habite {commune} avec son épouse ; il a {pathology} et oublie parfois ses médicaments.",
    "Monsieur, {age}, est rentré de l’hôpital il y a peu ; il a {pathology}.",
    "Monsieur vit dans un petit studio à {commune} ; il a {pathology} et refuse souvent qu’on l’aide.",
)

VULNERABILITY_SENTENCES: dict[str, tuple[str, ...]] = {
    "difficultes_financieres": (
        "Les fins de mois sont difficiles : le loyer passe avant les médicaments.",
        "Le revenu du CPAS ne suffit pas et les factures s’accumulent.",
        "Avec la GRAPA, il reste très peu une fois le loyer payé.",
    ),
    "troubles_psychiques": (
        "L’humeur est basse depuis des mois et les rendez-vous sont souvent oubliés.",
        "Des angoisses importantes rendent chaque sortie difficile.",
        "Un suivi psychologique serait utile, mais les services contactés sont complets.",
    ),
    "isolement_social": (
        "Presque plus personne ne passe ; {relative} appelle de temps en temps.",
        "Les journées sont longues et la télévision reste allumée toute la journée.",
        "Depuis le décès du conjoint, les contacts se sont raréfiés.",
    ),
    "difficultes_linguistiques": (
        "La langue est une vraie barrière : {relative} traduit, mais pas toujours fidèlement.",
        "Les consultations se font avec un interprète quand on en trouve un.",
    ),
    "polymedication": (
        "Le pilulier compte une dizaine de médicaments et les horaires se mélangent.",
        "Les médicaments changent à chaque hospitalisation et personne n’a la liste à jour.",
    ),
    "polypathologie": ("Les spécialistes se succèdent sans toujours se parler.",),
    "rehospitalisations": ("Plusieurs hospitalisations cette année, chaque fois par les urgences.",),
    "perte_autonomie": ("Les courses et la toilette deviennent difficiles sans aide.",),
    "logement": ("Le logement est humide et mal chauffé ; une demande de logement social est en cours.",),
    "sans_titre_de_sejour": ("Sans titre de séjour, l’accès aux soins passe par l’aide médicale urgente.",),
    "sans_assurance": ("Pas de mutualité pour l’instant : tout doit être avancé ou reporté.",),
    "pas_de_mg": ("Pas de médecin généraliste attitré ; les urgences servent de premier recours.",),
    "entourage_contre_interet": ("{relative} s’oppose aux aides proposées et bloque plusieurs démarches.",),
    "mobilite_transport": ("Aller seul à l’hôpital est impossible : il faut organiser chaque trajet.",),
    "litteratie": ("Les consignes écrites de l’hôpital ne sont pas comprises ; il faut tout réexpliquer.",),
    "sans_abri": ("Pas de logement : les nuits se passent dans un abri ou dans la rue.",),
    "environnement_precaire": ("L’immeuble est insalubre et les problèmes de voisinage s’accumulent.",),
    "troubles_cognitifs": ("Des oublis de plus en plus fréquents inquiètent {relative}.",),
    "non_acces_aux_droits": ("Plusieurs droits ne sont pas ouverts faute de papiers en ordre.",),
}
GENERIC_VULNERABILITY_SENTENCE = "La situation reste fragile et demande une attention régulière."

RELATIVES_F = ("sa fille", "sa sœur", "sa nièce", "une voisine", "son fils", "son neveu")
RELATIVES_M = ("son fils", "sa fille", "son frère", "un voisin", "son neveu", "sa sœur")

DIALOGUE_SENTENCES = (
    "Avec les cartes, c’est une envie toute simple qui est venue en premier.",
    "L’outil de dialogue a permis de nommer deux priorités claires.",
    "En parlant sans les cartes, les priorités sont apparues petit à petit.",
    "La séance avec l’outil a été courte, mais elle a changé la manière de voir les choses.",
    "Les priorités de la famille et celles de la personne n’étaient pas les mêmes.",
)
RESOURCE_SENTENCES = (
    "Plusieurs services ont été appelés ; certains ont une liste d’attente de plusieurs mois.",
    "L’aide à domicile est en place et soulage beaucoup.",
    "J’ai passé le relais à un collègue pour les démarches administratives.",
    "Beaucoup de mails et de coups de fil pour peu de résultats pour l’instant.",
    "Le médecin traitant a été prévenu après la visite à domicile.",
    "Le dossier à la mutualité a enfin abouti.",
)
CLOSINGS = (
    "Je repasse dans quinze jours pour faire le point.",
    "Au moins, c’est déposé : on y reviendra quand ce sera le moment.",
    "Situation à apporter en communauté de pratique.",
    "Un relais vers un case manager serait à envisager.",
    "Je garde le contact par téléphone.",
)

PRIORITY_TEXTS = (
    "Rester chez moi", "Ne plus avoir peur de tomber", "Voir du monde", "Sortir de l’appartement",
    "Comprendre mon traitement", "Reprendre la natation", "Trouver quelqu’un à qui parler",
    "Ne plus retourner à l’hôpital", "Aller voir ma famille", "Avoir mes médicaments",
    "Apprendre le français",
    "Qu’on me laisse chez moi", "Pouvoir descendre au café", "Aller à mes rendez-vous sans paniquer",
    "Garder mon appartement", "Parler de ma femme", "Sortir au jardin", "Comprendre mes piqûres",
    "Que ma fille puisse souffler", "Un endroit pour dormir", "Soigner mon pied",
    "Payer moins cher mes médicaments", "Garder mon travail", "Bouger plus", "Ne pas avoir mal",
    "Trouver un logement sain", "Être moins fatigué", "Faire mes courses seul", "Retrouver le sommeil",
    "Revoir mes petits-enfants", "Remettre mes papiers en ordre", "Manger mieux sans dépenser plus",
    "Ne plus être essoufflé dans l’escalier", "Avoir une aide pour la toilette", "Partir en vacances au pays",
    "Reprendre le marché du dimanche", "Pouvoir prendre le tram", "Avoir un médecin à moi",
    "Que mon fils arrête de décider pour moi", "Retourner à la mosquée", "Retourner à l’église le dimanche",
    "Ne plus vivre dans l’humidité", "Payer mes dettes", "Comprendre les courriers",
    "Avoir quelqu’un en cas de chute", "Reprendre le vélo", "Cuisiner de nouveau", "Aller au cimetière",
    "Avoir moins de médicaments", "Rester autonome", "Retrouver des amis", "Faire une activité le matin",
)

DIALOGUE_DIFFICULTIES = (
    "", "", "Fatigue ; séance écourtée.", "Un proche répondait à sa place.",
    "Cartes difficiles à comprendre.",
    "Beaucoup de sujets à la fois ; difficile de choisir.", "Il a fallu un interprète.",
    "Visite interrompue par le téléphone.", "Émotion forte en parlant de la famille.",
)
DIALOGUE_ADDED_VALUES = (
    "", "Une priorité inattendue est apparue.", "La personne a parlé de sa solitude.",
    "Le projet de vie a été nommé pour la première fois.", "La famille a entendu ce que la personne voulait.",
    "Les priorités ont servi de fil rouge pour les professionnels.",
    "La personne a repris la main sur ses choix.",
)

MOBILISATION_NOTES: dict[str, tuple[str, ...]] = {
    "envisagee": ("À proposer lors de la prochaine visite.", "Déposé : la personne y reviendra."),
    "proposee": ("Proposé ; la personne réfléchit.", "Coordonnées données à la personne."),
    "en_cours": ("Dossier envoyé, en attente de réponse.", "Devis demandés.", "Premier contact pris."),
    "liste_attente": ("Inscrit sur la liste d’attente.", "Liste d’attente de plusieurs mois."),
    "en_place": ("En place depuis deux semaines.", "Passages réguliers.", "Tout se passe bien."),
    "relais_passe": ("Relais passé avec un compte rendu écrit.", "Le relais a été pris rapidement."),
    "aboutie": ("Objectif atteint.", "Démarche terminée avec succès."),
    "refusee": ("La personne ne veut pas d’aide extérieure.", "Refus après un premier essai."),
    "bloquee_entourage": ("La famille s’y oppose.", "Le conjoint refuse que quelqu’un vienne."),
    "indisponible": ("« Ils sont full » : pas de place.", "Service complet, plus d’inscriptions."),
    "echec": ("L’interprète est parti avant la consultation.", "Le professionnel a quitté le service.",
              "Alerte donnée, sans suite."),
    "pas_de_demande": ("Pas de réelle demande pour l’instant.",),
}

TIME_NOTES = ("", "", "", "", "appel", "mail", "suivi du dossier", "deux appels sans réponse",
              "compte rendu au médecin", "rendez-vous fixé", "documents envoyés")
FOLLOW_UP_NOTES = ("Appel de veille", "Passer voir comment ça va", "Vérifier la réponse de la mutualité",
                   "Relancer le service pour la liste d’attente", "Faire le point après l’hospitalisation",
                   "Rappeler la famille", "Vérifier le pilulier")
CONDITIONS = ("Sur rendez-vous", "Gratuit", "Tarif INAMI, tiers payant", "Selon les revenus",
              "Pour les habitants de la commune", "Sans rendez-vous le matin",
              "Orientation par un professionnel")
WAITING_NOTES = ("Liste d’attente de trois à six mois", "Complet jusqu’à nouvel ordre",
                 "Délai d’environ un mois", "Prioritaire pour les sorties d’hôpital")
NETWORK_NOTES = ("", "", "", "Passe chaque semaine.", "Joignable le matin.", "À prévenir en cas d’urgence.",
                 "Vit à l’étranger.", "Très présent·e.")


def narrative(person: dict, reference: date, vulnerabilities: list[str], pathologies: list[str],
              rng: random.Random) -> str:
    """A récit of 2 to 6 sentences in the referent's voice, consistent with the situation's fields."""
    female = person["sex"] == "f"
    phrases = [PATHOLOGY_PHRASES[p] for p in pathologies if p in PATHOLOGY_PHRASES][:2]
    relative = rng.choice(RELATIVES_F if female else RELATIVES_M)
    opening = rng.choice(OPENINGS_F if female else OPENINGS_M).format(
        age=f"{reference.year - person['birth_year']} ans", commune=person["commune"],
        pathology=" et ".join(phrases) or "plusieurs maladies chroniques")
    sentences = [opening]
    for vulnerability in rng.sample(vulnerabilities, min(len(vulnerabilities), rng.randint(1, 2))):
        options = VULNERABILITY_SENTENCES.get(vulnerability, (GENERIC_VULNERABILITY_SENTENCE,))
        sentence = rng.choice(options).format(relative=relative)
        sentences.append(sentence[0].upper() + sentence[1:])
    for pool, chance in ((DIALOGUE_SENTENCES, 0.5), (RESOURCE_SENTENCES, 0.5), (CLOSINGS, 0.4)):
        if rng.random() < chance:
            sentences.append(rng.choice(pool))
    return " ".join(sentences)

# The card of the default deck (resources/cards/default_deck.json) each demo priority was raised with.
PRIORITY_THEMES: dict[str, str] = {
    "Rester chez moi": "logement", "Ne plus avoir peur de tomber": "securite", "Voir du monde": "solitude",
    "Sortir de l’appartement": "deplacements", "Comprendre mon traitement": "comprendre_traitement",
    "Reprendre la natation": "bouger", "Trouver quelqu’un à qui parler": "moral",
    "Ne plus retourner à l’hôpital": "retour_hopital", "Aller voir ma sœur": "famille",
    "Aller voir ma famille": "famille", "Avoir mes médicaments": "medicaments",
    "Apprendre le français": "langue", "Qu’on me laisse chez moi": "logement",
    "Pouvoir descendre au café": "loisirs", "Aller à mes rendez-vous sans paniquer": "rendez_vous",
    "Garder mon appartement": "logement", "Parler de ma femme": "moral", "Sortir au jardin": "loisirs",
    "Comprendre mes piqûres": "comprendre_traitement", "Que ma fille puisse souffler": "aidants",
    "Un endroit pour dormir": "logement", "Soigner mon pied": "corps",
    "Payer moins cher mes médicaments": "argent", "Garder mon travail": "travail", "Bouger plus": "bouger",
    "Ne pas avoir mal": "corps", "Rester à la maison jusqu’au bout": "sens",
    "Trouver un logement sain": "logement", "Être moins fatigué": "fatigue",
    "Faire mes courses seul": "menage_courses", "Retrouver le sommeil": "fatigue",
    "Revoir mes petits-enfants": "famille", "Remettre mes papiers en ordre": "papiers",
    "Manger mieux sans dépenser plus": "alimentation", "Ne plus être essoufflé dans l’escalier": "corps",
    "Avoir une aide pour la toilette": "autonomie", "Partir en vacances au pays": "projet",
    "Reprendre le marché du dimanche": "loisirs", "Pouvoir prendre le tram": "deplacements",
    "Avoir un médecin à moi": "professionnels", "Que mon fils arrête de décider pour moi": "famille",
    "Retourner à la mosquée": "sens", "Retourner à l’église le dimanche": "sens",
    "Ne plus vivre dans l’humidité": "logement", "Payer mes dettes": "argent",
    "Comprendre les courriers": "papiers", "Avoir quelqu’un en cas de chute": "securite",
    "Reprendre le vélo": "bouger", "Cuisiner de nouveau": "alimentation", "Aller au cimetière": "sens",
    "Avoir moins de médicaments": "medicaments", "Rester autonome": "autonomie",
    "Retrouver des amis": "solitude", "Faire une activité le matin": "loisirs",
}
EXTRA_CARDS = ("moral", "argent", "famille", "loisirs", "fatigue", "logement", "papiers", "bouger")


def cards_drawn(mode: str, themes: list[str], rng) -> str:
    """JSON list of the cards drawn: none when oral, else the priorities' themes and a few more."""
    if mode == "oral":
        return "[]"
    drawn = list(dict.fromkeys(themes))
    drawn += [card for card in rng.sample(EXTRA_CARDS, 3) if card not in drawn][:2]
    return json.dumps(drawn)
