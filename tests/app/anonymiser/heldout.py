"""A held-out corpus, written apart from `corpus.py` (other author's voice, other names, other phrasing):
narratives as Brussels référents de proximité write them in their notes and CdP canvases.

Markup: identifiers are written `{kind:surface}` inside the text and recorded as planted identifiers.
Kinds to mask: r register name, u unknown name (bare first names, nicknames, full names…), p phone,
e e-mail, a address, c postcode, n NISS, i IBAN, d date of birth. Kinds to keep: k resource or
organisation, t trap (months, pronouns, countries, cities, feasts, eponymous diseases: not people).

Eponymous diseases (Parkinson, Alzheimer, Crohn, Charcot…) are deliberately kept: they describe the
situation, and masking them would make the case unreadable for the community of practice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MASKED = {
    "r": "register_name",
    "u": "unknown_name",
    "p": "phone",
    "e": "email",
    "a": "address",
    "c": "postcode",
    "n": "niss",
    "i": "iban",
    "d": "dob",
}
KEPT = {"k": "resource", "t": "trap"}
MASKED_KINDS = tuple(MASKED.values())
KEPT_KINDS = tuple(KEPT.values())

# The register of the referent: the persons followed and their network members.
REGISTER_NAMES: list[str | tuple[str, str]] = [
    ("Josiane", "Van Damme"),
    ("Marcel", "Dewolf"),
    ("Fatma", "Yilmaz"),
    ("Henriette", "Lambotte"),
    ("Kazimierz", "Nowak"),
    ("Odette", "Piron"),
    ("Mamadou", "Diallo"),
    ("Rosa", "Ferreira"),
    ("Gilberte", "Vanderlinden"),
    ("Abdelkader", "Ouali"),
    ("Mireille", "Tshibangu"),
    ("Frans", "Claes"),
    ("Ioana", "Popescu"),
    "Dr Karima Bensaïd",
    "Pieter De Smedt (kiné)",
]
REGISTER_PHONES = ["0477 28 19 64", "02 241 63 08"]
REGISTER_EMAILS = ["famille.dewolf@skynet.be"]
REGISTER_STREETS = ["Rue Josaphat 214"]

# The referent's directory (Resource.name), passed as `keep=` like the export does.
DIRECTORY = [
    "Maison médicale Norman Bethune",
    "Entraide de Saint-Gilles",
    "Centre de coordination Aide & Soins à Domicile",
    "Les Petits Riens",
    "Home Les Tilleuls",
    "Pharmacie Sainte-Marie",
    "Antenne Seniors Ixelles",
    "Dienstencentrum Het Anker",
    "Service de santé mentale Le Méridien",
]


@dataclass
class Planted:
    text: str
    kind: str


@dataclass
class Narrative:
    text: str
    lang: str
    planted: list[Planted] = field(default_factory=list)


_MARK = re.compile(r"\{([a-z]):([^{}]+)\}")


def _n(raw: str, lang: str = "fr") -> Narrative:
    planted = [Planted(m.group(2), {**MASKED, **KEPT}[m.group(1)]) for m in _MARK.finditer(raw)]
    return Narrative(_MARK.sub(lambda m: m.group(2), raw), lang, planted)


RAW_FR = [
    "Visite du mardi chez {r:Josiane}. Sa fille {u:Lucie} était là, avec son compagnon {u:Kevin}. "
    "{u:Lucie} voudrait que sa maman reste à domicile le plus longtemps possible. On a rappelé le "
    "{k:CPAS de Schaerbeek} pour la guidance budgétaire.",
    "Elle a rencontré {u:Ahmed Benali} et {u:Lucie} au club; {u:Ahmed} la raccompagne le jeudi. "
    "{t:Elle} dit que sans eux elle ne sortirait plus.",
    "Mme {r:Lambotte} vit seule depuis le décès de son mari en {t:avril}. Les voisins du deuxième, "
    "{u:Mohamed} et {u:Nadia}, font ses courses. {u:Nadia} appelle tous les soirs vers 20 h.",
    "{u:Agnieszka}, l'aide ménagère, passe deux fois par semaine. Elle a remarqué que Monsieur oubliait "
    "ses médicaments. J'ai contacté la {k:Maison médicale Norman Bethune}.",
    "Réunion de concertation avec {u:Els}, la coordinatrice du {k:Centre de coordination Aide & Soins à "
    "Domicile}, et le médecin. {r:Marcel} était présent, un peu confus.",
    "{u:Ali} vient tous les dimanches avec les petits-enfants. Sa sœur {u:Samira} habite à Liège et "
    "téléphone au {p:0486 51 20 77}.",
    "Monsieur {r:Nowak} parle peu français. Son neveu {u:Tomasz} traduit. Ils sont arrivés de "
    "{t:Pologne} en 1992. Le fils, {u:Piotr KOWALCZYK}, vit en Angleterre.",
    "La famille {r:Diallo} : {u:Aminata} (l'épouse), {u:Ousmane}, {u:Mariama} et {u:Ibrahima}, les trois "
    "enfants. {u:Ousmane} s'occupe des papiers à la {k:Solidaris}.",
    "{u:Marie-Claire} (la belle-fille) et {u:Jean-Luc} (le fils) se disputent au sujet du home. "
    "{u:Jean-Luc} voudrait une place aux {k:Home Les Tilleuls}, {u:Marie-Claire} préfère attendre.",
    "Adresse de la dame : {a:rue Vanderlinden 48 bte 3}, {c:1030 Schaerbeek}. Interphone en panne, "
    "appeler le {p:0472 90 11 45} avant de monter.",
    "Mme {r:Ferreira} est portugaise, arrivée de {t:Lisbonne} dans les années 70. Sa voisine "
    "{u:Conceição} l'aide pour la toilette. {u:Joaquim}, son frère, vit à Porto.",
    "{r:Odette} souffre de la maladie de {t:Parkinson}. Tremblements plus marqués depuis {t:Noël}. "
    "Sa nièce {u:Bernadette} vient de Namur une fois par mois.",
    "Appel de {u:Yannick} (le petit-fils) : il a trouvé sa grand-mère par terre. {u:Yannick} a appelé "
    "le 112 puis le {k:Télé-Secours}. Hospitalisation à Saint-Luc.",
    "Situation compliquée. {u:Mustafa}, le fils aîné, gère l'argent de sa mère et refuse l'aide du "
    "{k:CPAS}. {u:Emine}, sa femme, est plus ouverte. {u:Mustafa} travaille de nuit.",
    "{u:Dédé}, le voisin de palier, a les clés. Il passe le matin. {u:Jojo} (son copain du café) "
    "l'accompagne parfois au marché du Midi.",
    "Monsieur {r:Ouali} ({d:né le 14 février 1938}) est diabétique. Son fils {u:Karim} demande une "
    "aide pour le {t:Ramadan}, le médecin déconseille le jeûne.",
    "Appel à {u:Chantal} de l'{k:Entraide de Saint-Gilles} pour un colis alimentaire. Elle m'a donné "
    "le nom d'une bénévole, {u:Véronique}, qui fait les visites à domicile.",
    "{u:Grégory} et {u:Stéphanie}, les enfants, vivent en France. Ils appellent rarement. Madame dit "
    "que {t:Dieu} l'aide à tenir.",
    "Mme {r:Tshibangu} a de la famille à {t:Kinshasa}. Sa fille {u:Bijou} vit à Matonge et passe le "
    "samedi. {u:Bijou} a un numéro belge : {p:0465 23 87 10}.",
    "{u:Florin} et {u:Ionela}, un couple roumain, louent le rez-de-chaussée. {u:Florin} a aidé à "
    "déménager le lit médicalisé. Très serviables.",
    "Présents : {r:Dr Bensaïd}, {u:Sophie} (infirmière à domicile), {u:Julien} (ergo), la fille "
    "{u:Nathalie} et moi. Prochaine réunion en {t:septembre}.",
    "Les enfants de Madame : {u:Patrick}, {u:Isabelle}, {u:Didier} et {u:Catherine}. Seul "
    "{u:Didier} habite à Bruxelles; il passe le mercredi.",
    "{u:Kevin} et {u:Jessica} (petits-enfants) ont créé un groupe WhatsApp pour organiser les visites. "
    "{u:Jessica} m'y a ajoutée. Mail de la famille : {e:jessica.verhaegen@gmail.com}.",
    "{u:Fatima-Zahra}, la fille cadette, est infirmière. Elle a fait la demande d'intervention "
    "à la {k:Solidaris} et au {k:CPAS de Schaerbeek}.",
    "Monsieur est très isolé. Ancien ouvrier chez Volkswagen Forest. Seul contact : un ancien "
    "collègue, {u:Roger Vandenbroucke}, qui l'appelle au {p:02 376 45 12} le lundi.",
    "{u:Mehmet} (le gendre) conduit Madame {r:Yilmaz} à ses rendez-vous à Brugmann. {u:Ayşe}, sa "
    "fille, fait la traduction. Madame parle turc et un peu français.",
    "Rencontre avec l'assistante sociale de l'hôpital, {u:Aurélie}. Sortie prévue vendredi. "
    "{r:Gilberte} veut rentrer chez elle, {u:Aurélie} pense qu'un court séjour serait mieux.",
    "{u:Anne-Sophie}, kiné, passe trois fois par semaine. Elle a signalé une chute le 3 mars. "
    "Pas de fracture. On a commandé un {k:Télé-Secours}.",
    "NISS de Madame pour le dossier {k:Infor-Homes} : {n:41.03.12-117.17}. {u:Lucie} doit "
    "encore envoyer la composition de ménage.",
    "Virement du loyer bloqué. Compte de Monsieur : {i:BE17 0015 4330 1221}. Sa fille {u:Rachida} "
    "s'en occupe avec le {k:CPAS}.",
    "{u:Nicole} (la voisine d'en face) a alerté : volets fermés depuis deux jours. {u:Nicole} a "
    "un double des clés. Finalement Monsieur était chez son fils à Anderlecht.",
    "Mme {r:Popescu} est arrivée de {t:Bucarest} en 2009 pour garder ses petits-enfants, {u:Andrei} "
    "et {u:Bianca}. Aujourd'hui c'est elle qui a besoin d'aide.",
    "{u:Zoé} (l'assistante de la pharmacie) prépare le pilulier. {u:Hugo}, étudiant kiné, "
    "accompagne Monsieur en promenade le mercredi après-midi.",
    "Madame a un {t:Alzheimer} débutant. Son mari {u:Albert} est épuisé. Je lui ai parlé des "
    "groupes de parole de la Ligue Alzheimer. {u:Albert} hésite.",
    "Monsieur {r:Claes} ({d:°23/07/1950}) a été hospitalisé pour une poussée de {t:Crohn}. "
    "Sa compagne {u:Martine} gère seule.",
    "{u:Brahim} et {u:Youssef}, les fils, se relaient la nuit. {u:Youssef} vit à {t:Anvers} et "
    "descend le week-end. Ils ont une cousine au {t:Maroc}.",
    "{u:Thérèse}, 89 ans, la voisine de Madame, est elle-même fragile. Elles se téléphonent matin et "
    "soir. {u:Thérèse} n'a pas de famille.",
    "Coordonnées du fils : {u:Olivier DUBOIS}, GSM {p:0495 62 33 18}, ou au bureau le "
    "{p:02 743 88 10} (après 14 h).",
    "Madame habite {a:avenue Rogier 117/2}. Son ami {u:Gaston} vient jouer aux cartes. {u:Gaston} "
    "a 93 ans mais il monte encore les trois étages.",
    "{u:Kasongo}, le fils de Madame, est reparti au {t:Congo} pour trois mois. En son absence, "
    "{u:Espérance}, une amie de l'église, passe chaque jour.",
    "J'ai accompagné Monsieur aux {k:Les Petits Riens} pour un matelas. Le vendeur, {u:Jérémy}, nous a "
    "fait un prix. Livraison {a:chaussée de Haecht 580 bus 12}.",
    "Au téléphone : {u:Sandrine}, la belle-fille. Elle trouve que sa belle-mère maigrit. Repas "
    "chauds via la commune, à partir du 2 juin.",
    "{u:Lucas} (12 ans) et {u:Emma} (9 ans), les arrière-petits-enfants, égayent les visites. "
    "Madame parle d'eux sans arrêt.",
    "Contact de la tutrice : Maître {u:Delphine Wauters}, {e:d.wauters@avocats-bxl.be}. "
    "Elle gère les comptes depuis {t:janvier}.",
    "Mme {r:Piron} refuse toujours la toilette. {u:Brigitte}, l'aide familiale, a trouvé un "
    "compromis : le bain le samedi avec {u:Coralie}, sa collègue.",
    "{u:Mouna} et {u:Hamza}, les voisins, ont appelé le {k:Centre de coordination Aide & Soins à "
    "Domicile}. Madame était tombée dans la cuisine.",
    "Monsieur reçoit la visite de {u:Frère Laurent} de la paroisse. Il est très croyant et va à "
    "la messe à Pâques et à {t:Noël}.",
    "Le fils, {u:Sébastien}, nous a écrit depuis {t:Paris}. Il pense revenir s'installer à "
    "{t:Bruxelles}. {u:Sébastien} est au chômage.",
    "Rendez-vous pris à l'{k:Antenne Seniors Ixelles} avec {u:Delphine}. Madame a apprécié. "
    "Prochaine séance le 14 octobre.",
    "Papiers de la GRAPA remplis avec {u:Mathilde}, la fille. NISS : {n:38.11.02-254.76}. "
    "Adresse de correspondance : {a:rue Gallait 80}, {c:1030 Schaerbeek}.",
    "Madame parle souvent de {u:Lulu}, son ancienne voisine, et de {u:Fernand}, son premier mari. "
    "Les souvenirs reviennent quand on regarde les photos.",
    "{u:Ilunga Mbuyi}, le neveu, est venu de Liège. Il voudrait mettre sa tante en maison de repos. "
    "{r:Mireille} refuse. Tension dans la famille.",
    "{u:Hélène} et {u:Paul Meert}, un couple de bénévoles, accompagnent Monsieur à la piscine. "
    "Ils ont 70 ans tous les deux.",
    "{u:Naïma}, l'infirmière du matin, dit que les plaies guérissent mal. {u:Naïma} a demandé un "
    "avis au {r:Dr Bensaïd}.",
    "{u:Constant}, le fils aîné, et {u:Pierre}, le cadet, ne se parlent plus depuis l'héritage de "
    "leur père. {u:Pierre} habite Uccle.",
    "Monsieur a travaillé trente ans à la STIB. Son copain {u:Momo} vient le chercher pour le café. "
    "Il appelle depuis une cabine, jamais de GSM.",
    "Demande de carte de stationnement : {u:Sylvie VAN DEN BOSSCHE}, fille, tél. {p:0478 / 33 21 09}. "
    "Madame a la sclérose en plaques.",
    "Dossier {k:Infor-Homes} ouvert. Date de naissance de Madame : {d:02/09/1931}. La petite-fille "
    "{u:Océane} fait les visites des homes avec nous.",
    "{r:Abdelkader} a fêté ses 86 ans. {u:Leïla}, {u:Sofiane} et {u:Inès} étaient là. "
    "Ambiance chaleureuse malgré la fatigue.",
    "Madame {r:Van Damme} a fait une chute. {u:Roland}, son frère, vit dans le même immeuble au "
    "{a:boulevard Lambermont 150}. C'est lui qui a appelé.",
    "{u:João} et {u:Filipa}, les voisins du dessus, ont monté les courses. Madame leur donne des "
    "cours de couture en échange.",
    "Le {k:Service de santé mentale Le Méridien} suit Monsieur depuis deux ans. Sa psychologue, "
    "{u:Camille}, propose une visite à domicile.",
    "{u:Agnès} (la sœur) et {u:Raymond} (le beau-frère) ont proposé d'héberger Madame pendant les "
    "travaux. Elle a refusé.",
    "Pas de nouvelles de {u:Vincent} depuis {t:mai}. Madame s'inquiète. Il avait promis de venir "
    "pour son anniversaire.",
    "Monsieur montre des signes de la maladie de {t:Charcot}. L'équipe de soins palliatifs de "
    "{k:Sémiramis} est informée. Sa fille {u:Gwendoline} reste dormir.",
]

RAW_NL = [
    "Huisbezoek bij {r:Frans}. Zijn dochter {u:Els} komt elke dinsdag. Buurman {u:Jef} brengt soep. "
    "{u:Els} belt me op {p:0474 12 56 90} als er iets is.",
    "Mevrouw {r:Vanderlinden} woont alleen sinds het overlijden van {u:Georges}. {u:Lieve}, haar "
    "dochter, woont in Gent en komt om de twee weken.",
    "{u:Wim} en {u:Griet} (kinderen) willen een plaats in een woonzorgcentrum. {u:Wim} heeft al "
    "contact opgenomen met het {k:OCMW}.",
    "Adres: {a:Gentsesteenweg 312 bus 5}, {c:1080 Molenbeek}. {u:Koen}, de kleinzoon, heeft de "
    "sleutels. Mevrouw is geboren op {d:3 mei 1936}.",
    "Meneer {r:Dewolf} heeft {t:Parkinson}. De thuisverpleegster {u:Sarah} komt elke ochtend. "
    "Zijn vrouw {u:Annemie} is uitgeput.",
    "{u:Dirk} en {u:Hilde} van hiernaast doen de boodschappen. {u:Hilde} is gepensioneerd en heeft "
    "tijd. In {t:augustus} gaan ze op reis.",
    "Het {k:Dienstencentrum Het Anker} organiseert maaltijden. {u:Bart}, de sociaal werker, kan "
    "Meneer ophalen. Hij is bereikbaar op {e:bart.janssens@hetanker.be}.",
    "{u:Tine} (nicht) regelt de papieren. Rekeningnummer: {i:BE35 0632 5308 2937}. "
    "Mevrouw tekent niet graag.",
    "Visite chez Monsieur {r:Claes}. Sa fille {u:Veerle} parle français. {u:Stijn}, le petit-fils, "
    "étudie à la VUB et passe le vendredi.",
    "{u:Jan Peeters} en {u:An} (buren) hebben de ambulance gebeld. Mevrouw lag in de badkamer. "
    "{u:Jan} heeft de sleutel.",
    "Gesprek met {u:Kathleen} van de mutualiteit. Rijksregisternummer: {n:50.07.23-033.85}. "
    "Volgende afspraak in {t:oktober}.",
    "{u:Marleen}, de poetshulp, vindt dat Meneer vermagert. {u:Marleen} komt op maandag en "
    "donderdag. Hij eet alleen soep.",
]


def build() -> list[Narrative]:
    return [*(_n(raw) for raw in RAW_FR), *(_n(raw, "nl") for raw in RAW_NL)]


def deny_inputs() -> dict[str, list]:
    return {
        "names": list(REGISTER_NAMES),
        "streets": list(REGISTER_STREETS),
        "phones": list(REGISTER_PHONES),
        "emails": list(REGISTER_EMAILS),
    }


def keep_list() -> list[str]:
    return list(DIRECTORY)


def survives(surface: str, output: str) -> bool:
    """Does `surface` still appear in `output` (folded, on word boundaries)?"""
    from app.anonymiser.folding import fold_text

    needle = re.escape(fold_text(surface).strip())
    return re.search(rf"(?<![\w]){needle}(?![\w])", fold_text(output)) is not None


def name_survives(surface: str, output: str) -> bool:
    """Does any word of a name (3 letters or more, not a particle or title) survive in `output`?"""
    from app.anonymiser.folding import fold_text
    from app.anonymiser.lexicon import PARTICLES, TITLES

    words = re.findall(r"[^\W\d_]+", surface)
    return any(
        survives(w, output) for w in words if len(w) >= 2 and fold_text(w) not in PARTICLES | TITLES
    )
