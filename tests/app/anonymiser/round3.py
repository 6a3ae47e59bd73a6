"""Round-3 corpus: 80 narratives written for an independent measure of the anonymiser.

Written without reading corpus.py or heldout.py, in the voice of Brussels référents de proximité after
home visits (telegraphic notes, long paragraphs, dash lists, all-lowercase notes, SMS style, Dutch and
mixed FR/NL). Every identifier is planted with an inline mark-up, parsed by `build()`:

    {kind|text}   must be masked      (kinds: MASKED_KINDS; the kind code decides)
    <kind|text>   must stay in clear  (kinds: KEPT_KINDS)

The register (`deny_inputs()`) is a small fictitious one; every name, number and address is invented.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MASKED_KINDS = (
    "register_name",
    "unknown_name",
    "niss",
    "niss_invalid",
    "phone",
    "iban",
    "email",
    "address",
    "postcode",
    "birth_date",
    "plate",
    "eid",
)
KEPT_KINDS = ("resource", "place", "trap", "appointment")
_CODES = {
    "r": "register_name",
    "u": "unknown_name",
    "niss": "niss",
    "nissx": "niss_invalid",
    "tel": "phone",
    "iban": "iban",
    "mail": "email",
    "adr": "address",
    "cp": "postcode",
    "ddn": "birth_date",
    "plate": "plate",
    "eid": "eid",
    "o": "resource",
    "p": "place",
    "t": "trap",
    "d": "appointment",
}
_MARK = re.compile(r"\{(\w+)\|([^{}]+)\}|<(\w+)\|([^<>]+)>")
_PARTICLES = frozenset(
    [
        "de",
        "du",
        "des",
        "d",
        "la",
        "le",
        "l",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "el",
        "al",
        "bin",
        "ibn",
        "da",
        "dos",
        "di",
        "del",
        "mc",
    ]
)
_TITLES = frozenset(
    ["m", "mme", "mr", "dr", "madame", "monsieur", "mevrouw", "meneer", "dhr", "mevr", "tante", "kine"]
)


@dataclass(frozen=True)
class Planted:
    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Narrative:
    text: str
    planted: tuple[Planted, ...]
    lang: str  # "fr", "nl" (Dutch or mixed)
    style: str


def deny_inputs() -> dict:
    """The fictitious register: persons (first, last), their streets, phones and e-mails, and network
    members written freely, as referents type them."""
    return {
        "names": [
            ("Jeanne", "Dupont"),
            ("Mohamed", "El Amrani"),
            ("Marie-Thérèse", "Vandenbroeck"),
            ("Abdoulaye", "Diallo"),
            ("Zeynep", "Yılmaz"),
            ("Piotr", "Kowalczyk"),
            ("Françoise", "Lefèvre-Dumont"),
            ("Joseph", "Ngoy Kabongo"),
            ("Hélène", "D'Hondt"),
            ("Rose", "Martin"),
            ("Willy", "Peeters"),
            ("Aïcha", "Benali"),
            "Sophie Dupont (fille)",
            "Dr. Mukendi",
            "kiné Ben",
            "Tante Odette",
            "Karim (voisin)",
            "Dr Anne Lambert",
            "Mevrouw Claes (buurvrouw)",
            "Fatima Benali (sœur)",
            "Mr Vermeulen (administrateur de biens)",
        ],
        "streets": [
            "Rue Haute 112, 1000 Bruxelles",
            "Chaussée de Gand 245, 1080 Molenbeek-Saint-Jean",
            "Avenue Brugmann 310, 1180 Uccle",
            "Rue de la Victoire 58, 1060 Saint-Gilles",
            "Rue de Brabant 140, 1030 Schaerbeek",
            "Rue Ransfort 33, 1080 Molenbeek",
            "Avenue de la Couronne 402, 1050 Ixelles",
            "Rue Malibran 17, 1050 Ixelles",
            "Kasteleinsplein 8, 1050 Elsene",
            "Rue des Tanneurs 60, 1000 Bruxelles",
            "Gentsesteenweg 512, 1080 Sint-Jans-Molenbeek",
            "Boulevard Lemonnier 90, 1000 Bruxelles",
        ],
        "phones": [
            "0475 12 34 56",
            "0486/55.44.33",
            "02 345 67 89",
            "0493 21 09 87",
            "0471 90 80 70",
            "0498 11 22 33",
            "02 640 11 22",
            "0488 76 54 32",
            "02 465 33 10",
        ],
        "emails": ["jeanne.dupont@skynet.be", "a.diallo@gmail.com", "piotr.kowal@wp.pl"],
    }


def keep_list() -> list[str]:
    """The referent's directory (Resource.name)."""
    return [
        "Maison médicale Les Marolles",
        "CPAS de Forest",
        "Infor-Homes",
        "Senoah",
        "Wit-Gele Kruis",
        "Familiehulp",
        "Centre de coordination Aide & Soins à Domicile",
        "Service social Solidaris",
        "Hôpital Erasme",
        "Bruxelles-Propreté",
        "Resto du Cœur de Saint-Gilles",
        "Le Pont des Arts asbl",
        "Centre de jour Les Tournesols",
    ]


_TEXTS: list[tuple[str, str, str]] = [
    # 1
    (
        "fr",
        "telegraphic",
        "VAD chez {r|Mme Dupont} ce matin. Chute la semaine passée, pas d'hospit. Fille ({r|Sophie}) passe "
        "le "
        "<t|mercredi>. Tél fille {tel|0476 33 21 98}. Reste chez elle, refuse <o|Infor-Homes> pour "
        "l'instant.",
    ),
    # 2
    (
        "fr",
        "paragraph",
        "Première rencontre avec {r|M. El Amrani} au domicile, {adr|chaussée de Gand 245}, {cp|1080 "
        "Molenbeek}. "
        "Il vit seul depuis le décès de son épouse. Diabète mal équilibré, insuline 2x/j, <t|Metformine 850 "
        "mg>. "
        "Son fils {u|Youssef} passe le week-end mais travaille à Anvers. Il parle de son voisin {u|Rachid} "
        "qui "
        "fait les courses. Prochain rdv <d|le 14/03 à 10h30> avec le <o|CPAS de Forest> pour la GRAPA.",
    ),
    # 3
    (
        "fr",
        "list",
        "Situation {r|VANDENBROECK}:\n- BPCO, O2 à domicile\n- kiné 2x/sem ({r|kiné Ben})\n"
        "- fille {u|Nathalie} très présente, belle-fille {u|Griet} moins\n- NISS {niss|38.01.17-263.32}\n"
        "- mutuelle <o|Partenamut>\n- à revoir <d|jeudi 9h>",
    ),
    # 4
    (
        "fr",
        "lowercase",
        "vu {r|diallo} ce mat. ok pour le kiné. sa soeur {u|fatou} vient de <p|Liège> la semaine pro. "
        "appeler {u|ousmane} (neveu) au {tel|0466 12 77 03}. rdv <d|lundi 14h> maison médicale.",
    ),
    # 5
    (
        "fr",
        "sms",
        "Slt, {r|Zeynep} a appelé, elle a perdu sa carte. Son mari {u|Mehmet} dit que c'est au <o|CPAS>. "
        "Tu peux rappeler au {tel|+32 471 90 80 70} stp? Merci. {u|Leyla}",
    ),
    # 6
    (
        "nl",
        "paragraph",
        "Huisbezoek bij {r|mevrouw D'Hondt}, {adr|Kasteleinsplein 8}, {cp|1050 Elsene}. Zij woont alleen, "
        "haar zoon {u|Bart} woont in Gent. Thuisverpleging door het <o|Wit-Gele Kruis> elke ochtend. "
        "Buurvrouw {r|Claes} heeft een sleutel. Afspraak met de huisarts <d|op 12 mei>.",
    ),
    # 7
    (
        "fr",
        "paragraph",
        "{r|Piotr} (M. {r|Kowalczyk}) a reçu son avertissement extrait de rôle, il ne comprend pas le "
        "français administratif. Sa fille {u|Agnieszka} traduit quand elle peut. Compte {iban|BE16 0682 "
        "1176 5474}"
        ". Sa femme {u|Małgorzata} est rentrée en Pologne, numéro polonais {tel|+48 601 234 567}. "
        "Mail: {mail|piotr.kowal@wp.pl}.",
    ),
    # 8
    (
        "fr",
        "telegraphic",
        "Mme {r|Lefèvre-Dumont}, 84 ans, <t|Alzheimer> débutant. Mari {u|Gérard} épuisé. Centre de jour "
        "<o|Les Tournesols> 2j/sem envisagé. Tél fixe {tel|02/640.11.22}. Les {r|Lefèvre} n'ont pas "
        "d'autres enfants.",
    ),
    # 9
    (
        "fr",
        "paragraph",
        "Appel de {r|Joseph Ngoy} ce mardi: la STIB a changé l'arrêt du <t|le 49> et il ne trouve plus "
        "son chemin vers la <o|maison médicale>. Il habite {adr|rue Malibran 17}. Son cousin {u|Kabeya} "
        "l'accompagne parfois. Je propose le taxi social.",
    ),
    # 10
    (
        "fr",
        "list",
        "Réseau de {r|Mme Martin}:\n- {r|Dr Lambert} (MG)\n- {r|Tante Odette} (tous les dimanches)\n"
        "- voisin {r|Karim}\n- aide familiale <o|Familiehulp> 3x/sem\n- pharmacie de la <p|Place Flagey>",
    ),
    # 11
    (
        "fr",
        "paragraph",
        "<t|Rose> fanée sur la table, frigo vide. {r|Rose} n'a pas mangé depuis deux jours, elle dit que "
        "<t|Pierre tombale> de son mari l'occupe plus que son assiette. Pas de famille proche. "
        "Contact avec <o|Senoah> pour une solution de répit.",
    ),
    # 12
    (
        "fr",
        "telegraphic",
        "{r|W. Peeters} {ddn|°12/04/1939}. {adr|Gentsesteenweg 512}. Parkinson avancé (<t|Parkinson>), "
        "chutes ++. <t|Madopar> 4x/j. Fils {u|Dirk} à <p|Alost>. Tél {tel|02 465 33 10}.",
    ),
    # 13
    (
        "fr",
        "paragraph",
        "{r|Aïcha} m'explique que sa sœur {r|Fatima} ne veut plus qu'on parle de la maison de repos. "
        "Pendant le <t|Ramadan> elle ne prend pas ses médicaments le jour, on adapte avec le Dr "
        "{u|Haddad}. Elle est née le {ddn|3 février 1948} à Oujda. NISS {niss|48020312333} à vérifier.",
    ),
    # 14
    (
        "nl",
        "telegraphic",
        "Dhr. {u|Verstraeten}, geb. {ddn|14.07.1944}. Woont {adr|Brusselsesteenweg 301 bus 4}, "
        "{cp|1090 Jette}. Dochter {u|Els} belt elke dag. <o|Familiehulp> 2x/week. "
        "Tel {tel|0478 45 12 90}.",
    ),
    # 15
    (
        "fr",
        "mixed",
        "Overleg met {u|Inge} van het <o|OCMW> de Schaerbeek: pas de réponse pour la carte médicale. "
        "{r|Abdoulaye} attend depuis 6 semaines. Ze zegt dat het dossier volledig is. Je relance "
        "<d|vendredi>.",
    ),
    # 16
    (
        "fr",
        "paragraph",
        "Dame de 91 ans, {r|Marie-Thérèse}, vit seule {adr|avenue Brugmann}. Sa petite-fille {u|Camille} "
        "vient de "
        "<p|Paris> à <t|Noël> et à la <t|Toussaint>. Elle ne veut pas de {u|Mme Rasquin} (ancienne aide) et "
        "réclame {u|Nadège}. IBAN pour la facture: {iban|BE35310123456737}.",
    ),
    # 17
    (
        "fr",
        "sms",
        "Je suis chez {r|JEANNE} là. Elle est tombée, pompiers appelés. Sa fille injoignable au "
        "{tel|0475/12.34.56}, c'est le n° de {r|Jeanne} en fait. Qqn a le n° de {r|Sophie} ??",
    ),
    # 18
    (
        "fr",
        "paragraph",
        "{u|Ilse} de la maison médicale m'a transmis le dossier. Mme {u|Ngalula} (née {u|Tshibangu}) est "
        "revenue de Kinshasa, son fils {u|Patrick} a un numéro congolais {tel|+243 81 234 5678}. Elle "
        "souffre de la maladie de <t|Crohn>. Rendez-vous à <o|Hôpital Erasme> <d|le 3 avril>.",
    ),
    # 19
    (
        "fr",
        "list",
        "- {u|Lucas} (petit-fils) : s'occupe des papiers\n- {u|Mme Mertens} : voisine du 2e\n"
        "- {u|Kevin} : livreur de repas\n- Dr {u|Vanhoutte} : cardiologue\n- <o|ASD> matin et soir",
    ),
    # 20
    (
        "fr",
        "lowercase",
        "rappeler {u|mme lemaire} pour la télévigilance. fille {u|cécile} au {tel|0472 88 19 44}. "
        "adresse {adr|rue de la croix de fer 12 bte 3}, {cp|1000 bruxelles}.",
    ),
    # 21
    (
        "fr",
        "paragraph",
        "J'ai accompagné {r|M. Diallo} au <o|CPAS de Forest>. L'assistante sociale, {u|Mme Janssens}, "
        "demande un extrait de compte et la carte d'identité (n° {eid|592-1234567-89}). Il a aussi une dette "
        "chez Sibelga de <t|850 €>. Le dossier passe au comité <d|le 21 mars>.",
    ),
    # 22
    (
        "nl",
        "paragraph",
        "Mevrouw {u|Wouters} (85) wil thuis blijven. Haar kleinzoon {u|Jonas} komt op zaterdag. Ik heb "
        "contact opgenomen met het <o|Wit-Gele Kruis> en met {u|Sarah} van de dienst gezinszorg. "
        "E-mail kleinzoon: {mail|jonas.wouters@telenet.be}.",
    ),
    # 23
    (
        "fr",
        "telegraphic",
        "Mr {u|Ngoy}, pas de lien avec {r|Joseph}. Orienté par <o|Solidaris>. Douleurs <t|2x 500 mg> "
        "Dafalgan. "
        "Chambre <t|214> à Saint-Pierre. Sortie prévue <d|mardi>.",
    ),
    # 24
    (
        "fr",
        "paragraph",
        "Les {u|Janssens} du troisième se plaignent du bruit. {r|Yilmaz} (Mme) en pleure. Son fils {u|Emre} "
        "veut qu'elle déménage chez lui à <p|Anderlecht>. Elle préfère rester à <p|Schaerbeek>, près de la "
        "mosquée et du marché.",
    ),
    # 25
    (
        "fr",
        "sms",
        "dsl pr le retard, chez {u|Mme Bouzid} ça a duré. sa fille {u|Samira} veut un rdv avec toi. "
        "son gsm {tel|0485.66.77.88}",
    ),
    # 26
    (
        "fr",
        "paragraph",
        "Lors de la visite, {r|Joseph} m'a montré une lettre de la banque: compte {iban|BE21 0012 3456 "
        "7803}, "
        "et un virement vers un compte français {iban|FR76 3000 6000 0112 3456 7890 189} qu'il ne "
        "reconnaît pas. Je soupçonne son neveu {u|Christian}. J'en parle à {r|Mr Vermeulen}.",
    ),
    # 27
    (
        "fr",
        "telegraphic",
        "NISS patiente: {niss|530921 118 40}. Erreur sur la feuille: {nissx|53.09.21-118.41}. Corrigé.",
    ),
    # 28
    (
        "fr",
        "paragraph",
        "{u|Bogdan} et {u|Ionela}, couple roumain hébergé chez une cousine, {adr|rue de Mérode 77}, "
        "{cp|1060 Saint-Gilles}. Pas de titre de séjour pour lui. Elle est enceinte de 6 mois. Orientés vers "
        "Médecins du Monde. Tél {tel|+40 721 345 678}.",
    ),
    # 29
    (
        "fr",
        "list",
        "Contacts utiles pour {r|Mme Benali} :\n- {r|Fatima} (sœur) {tel|0489 21 43 65}\n"
        "- Dr {r|Mukendi}\n- {u|Sylvie}, AS <o|Partenamut>\n- <o|Bruxelles-Propreté> pour les encombrants",
    ),
    # 30
    (
        "nl",
        "sms",
        "Hoi, {u|Marleen} hier. Mevr {r|Claes} is gevallen, ligt in het UZ. Bel me op {tel|0497 12 34 98}.",
    ),
    # 31
    (
        "fr",
        "paragraph",
        "Depuis <t|Pâques>, {r|Hélène} ne sort plus. {u|Anouk}, sa fille, pense à un début de dépression. "
        "Le médecin a prescrit du <t|Xanax>, elle en prend trop. J'ai proposé un suivi par le service de "
        "santé mentale. {u|Anouk} refuse que son frère {u|Thibault} soit mis au courant.",
    ),
    # 32
    (
        "fr",
        "telegraphic",
        "DDN {ddn|12.10.1942}, mariée le <d|05/08/2011> (2e mariage). "
        "Adresse {adr|Av. Brugmann 310}, {cp|1180 Uccle}.",
    ),
    # 33
    (
        "fr",
        "paragraph",
        "Mme {u|Kaya} a 76 ans, turcophone. Son petit-fils {u|Baran} traduit. Elle a reçu une amende pour "
        "sa voiture immatriculée {plate|1-ABC-123} qu'elle ne conduit plus depuis deux ans. Numéro turc de "
        "sa "
        "fille: {tel|+90 532 123 45 67}.",
    ),
    # 34
    (
        "fr",
        "lowercase",
        "passage chez {r|el amrani}: frigo vide, factures empilées. appel au {tel|02 513 44 87} (sa fille "
        "{u|nadia}). on voit ensemble <d|jeudi>.",
    ),
    # 35
    (
        "fr",
        "paragraph",
        "Le kiné, {u|Olivier Dethier}, trouve que {r|M. Peeters} a perdu beaucoup de force. Il propose un "
        "déambulateur. Le bandagiste demande un devis à envoyer par mail à {mail|contact@bandagiste-"
        "etterbeek.be}.",
    ),
    # 36
    (
        "fr",
        "list",
        "Visite du <d|12 février>\n- présents : {r|Jeanne Dupont}, sa fille, {u|Amandine} (AF)\n"
        "- priorité 1 : rester à domicile\n- priorité 2 : voir du monde (<o|Le Pont des Arts asbl>)\n"
        "- à faire : demande <o|Infor-Homes>, appel {u|Mme Dewit}",
    ),
    # 37
    (
        "fr",
        "paragraph",
        "Mme {u|Mbuyi} vit avec ses trois petits-enfants. {u|Grâce}, l'aînée, a 14 ans et fait "
        "l'interprète. Le propriétaire, M. {u|Van der Elst}, menace d'expulsion. Elle habite "
        "{adr|rue Gray 154/2}, {cp|1050 Ixelles}, dans le quartier de <p|Matongé>.",
    ),
    # 38
    (
        "nl",
        "mixed",
        "Gesprek met {r|Willy} en zijn dochter {u|Katrien}. Hij wil niet naar een rusthuis. On a parlé du "
        "<o|Centre de coordination Aide & Soins à Domicile>. Zij belt terug op {tel|02/465.33.10}.",
    ),
    # 39
    (
        "fr",
        "telegraphic",
        "Mme {r|DUPONT Jeanne}, NN {niss|41031204589}, {adr|Rue Haute 112}, {cp|1000 Bxl}. GRAPA. "
        "Poids 48 kg, perte de <t|5 %>.",
    ),
    # 40
    (
        "fr",
        "paragraph",
        "{u|Aurélie} (infirmière) me signale que {r|Zeynep} cache ses médicaments. Son mari est décédé en "
        "<t|octobre>. Elle parle d'aller vivre chez sa sœur à Izmir. J'ai contacté {u|Deniz} de "
        "l'association turque du quartier.",
    ),
    # 41
    (
        "fr",
        "sms",
        "Coucou {u|Julie}, rdv chez {r|Kowalczyk} décalé à <d|15h>. Le code porte c'est 4521B. Bises",
    ),
    # 42
    (
        "fr",
        "paragraph",
        "Monsieur {u|Ndiaye}, 68 ans, sénégalais, ancien docker. Il parle peu de sa famille; un fils "
        "{u|Mamadou} à Dakar ({tel|+221 77 123 45 67}). Insuffisance rénale, dialyse 3x/semaine à l'hôpital. "
        "Transport organisé par la mutuelle.",
    ),
    # 43
    (
        "fr",
        "list",
        "Documents demandés :\n- carte eID (n° {eid|591-2345678-12})\n- attestation <o|Solidaris>\n"
        "- composition de ménage\n- extrait de compte {iban|BE94735001234514}",
    ),
    # 44
    (
        "fr",
        "paragraph",
        "Appel de l'hôpital: {r|Marie Thérèse Vandenbroeck} sort <d|demain>. L'infirmière de liaison, "
        "{u|Mme Colin}, demande qui s'occupe du pilulier. {r|Mme Vandenbroeck} a une voisine, {u|Josiane}, "
        "qui a les clés.",
    ),
    # 45
    (
        "fr",
        "telegraphic",
        "bis {niss|41.23.12-045.35}. Pas de mutuelle. Né en {ddn|1941}. Vit chez {u|Brahim}.",
    ),
    # 46
    (
        "nl",
        "paragraph",
        "{u|Stijn} van de sociale dienst van het ziekenhuis belde. Mevrouw {u|Goossens} wordt ontslagen "
        "<d|vrijdag>. Adres: {adr|Vlaamsesteenweg 45 bus 2}, {cp|1000 Brussel}. Haar zus {u|Lieve} woont in "
        "de buurt.",
    ),
    # 47
    (
        "fr",
        "paragraph",
        "Chez les {r|Dupont}, ambiance tendue. La fille veut placer sa mère, la mère refuse. J'ai rappelé "
        "que "
        "c'est {r|Jeanne} qui décide. Prochaine concertation <d|le 2 mai à 14h> avec le Dr {r|Lambert}.",
    ),
    # 48
    (
        "fr",
        "lowercase",
        "pour {u|fatou}: courses faites, frigo ok. pour {r|abdoulaye}: rappel rdv dentiste. "
        "tél {tel|0493 21 09 87}.",
    ),
    # 49
    (
        "fr",
        "paragraph",
        "Rencontre avec {u|Mme Vermeersch}, 79 ans, veuve, {adr|avenue des Celtes 22}. Elle a un neveu, "
        "{u|Benoît}, qui gère ses comptes. Elle lui a versé 3.000 € en deux mois. Je fais un signalement.",
    ),
    # 50
    (
        "fr",
        "telegraphic",
        "{u|Mr Hassani}: tél perso {tel|+212 6 61 23 45 67}, tél belge {tel|0467/20.30.40}. "
        "<t|Ramadan> → adapter insuline.",
    ),
    # 51
    (
        "fr",
        "paragraph",
        "{u|Elif} et {u|Hatice}, deux voisines, passent tous les jours chez {r|Mme Yılmaz}. Elles lui "
        "apportent la soupe. La famille ne veut pas d'aide familiale. Le médecin ({u|Dr Aydin}) est d'accord "
        "pour un passage infirmier.",
    ),
    # 52
    (
        "fr",
        "list",
        "Synthèse {u|J.D.} (<p|Molenbeek>):\n- vit seul\n- CPAS: revenu d'intégration\n"
        "- pathologies: <t|diabète>, <t|BPCO>\n- réseau: aucun sauf Tonton {u|Samir}",
    ),
    # 53
    (
        "fr",
        "paragraph",
        "Je retrouve {r|Françoise} dans sa cuisine. Elle ne reconnaît plus son mari "
        "{u|Gérard}. Le neurologue a exclu la maladie de <t|Charcot> et parle "
        "d'<t|Alzheimer>. Sa fille {u|Valérie} vient de <p|Namur>.",
    ),
    # 54
    ("fr", "sms", "Le kiné {r|Ben} peut pas mardi. Tu peux prévenir {r|Hélène} ? Merci 🙏"),
    # 55
    (
        "fr",
        "paragraph",
        "Visite avec l'ergo {u|Laure} pour adapter la salle de bain. M. {r|Kowalczyk} veut garder sa "
        "baignoire. Devis du bandagiste: <t|1.250 €>. Intervention possible de la <o|Partenamut> à "
        "hauteur de 60 %.",
    ),
    # 56
    (
        "nl",
        "telegraphic",
        "Mw. {u|De Smet}, geboren op {ddn|3 maart 1936}. Rijksregisternummer {niss|36.03.03-145.57}. "
        "Zoon {u|Pieter}: {tel|0474 56 78 90}.",
    ),
    # 57
    (
        "fr",
        "paragraph",
        "<t|Lundi> de Pentecôte: la maison médicale était fermée. {u|Océane}, stagiaire, a tenu la "
        "permanence. Elle a reçu {r|M. Diallo} et sa femme {u|Aminata}.",
    ),
    # 58
    (
        "fr",
        "telegraphic",
        "Mme {u|Lopes da Silva}, portugaise, 72 ans. Fille {u|Ana Paula} au {tel|+351 912 345 678}. "
        "Compte {iban|PL61 1090 1014 0000 0712 1981 2874}? non, c'est celui du gendre {u|Tomasz}.",
    ),
    # 59
    (
        "fr",
        "paragraph",
        "J'ai téléphoné à {r|Mme Benali} pour lui dire que la demande de Senoah est acceptée. Elle était "
        "avec "
        "{u|Yasmina}, sa nièce, qui m'a donné son adresse mail {mail|yasmina.b@hotmail.com}.",
    ),
    # 60
    (
        "fr",
        "list",
        "A faire semaine pro:\n- appeler {r|D'Hondt} (voisine: {r|Claes})\n"
        "- envoyer dossier à {mail|a.diallo@gmail.com}\n- relancer <o|Service social Solidaris>",
    ),
    # 61
    (
        "fr",
        "paragraph",
        "{u|Sébastien} et {u|Kevin}, les deux fils de {r|Rose Martin}, ne s'entendent pas. {u|Sébastien} "
        "voudrait vendre l'appartement, {u|Kevin} veut garder leur mère à domicile. Elle est née en "
        "{ddn|1937}"
        ".",
    ),
    # 62
    (
        "fr",
        "telegraphic",
        "NISS {nissx|290411 207 68} (faux? à vérifier), bon n°: {niss|29.11.04-207.68}. "
        "Adresse {adr|Rue de Brabant 140}, {cp|1030 Schaerbeek}.",
    ),
    # 63
    (
        "fr",
        "paragraph",
        "Depuis la sortie d'hospitalisation, {u|Mme Cools} dort dans son fauteuil. Son compagnon, "
        "{u|Marcel}, a 90 ans et ne peut plus l'aider à se lever. J'ai appelé l'<o|ASD> et {u|Noémie} du "
        "service social de la mutuelle.",
    ),
    # 64
    (
        "nl",
        "paragraph",
        "Ik ben langs geweest bij meneer {u|Bulut}. Zijn kleindochter {u|Zehra} was er ook. Hij heeft "
        "problemen met zijn suiker (<t|diabetes>). Afspraak bij de diabetoloog op <d|woensdag 10u>.",
    ),
    # 65
    ("fr", "sms", "{r|Mohamed} ok pr <d|demain 9h>. dis a {u|Nordine} de venir avec les papiers"),
    # 66
    (
        "fr",
        "paragraph",
        "{u|Anastasia}, la fille de {u|Mme Popescu}, a envoyé un mail depuis "
        "{mail|anastasia.popescu@yahoo.ro}. "
        "Elle veut savoir si sa mère peut avoir une aide ménagère. Mme {u|Popescu} vit {adr|rue du Progrès "
        "305}"
        ", {cp|1030 Schaerbeek}.",
    ),
    # 67
    (
        "fr",
        "telegraphic",
        "Dossier {r|F. Lefèvre-Dumont}: ok. Dossier {r|J. Ngoy Kabongo}: manque attestation. "
        "Dossier {r|A.B.}: complet.",
    ),
    # 68
    (
        "fr",
        "paragraph",
        "Le fils de {r|M. Peeters} est dans la <t|Marine> marchande à Anvers, "
        "il vient rarement. Le <t|Dafalgan Forte> ne suffit plus, on passe au Tramadol.",
    ),
    # 69
    (
        "fr",
        "list",
        "Intervenants autour de {u|M. Boulanger} :\n- {u|Christine} (aide familiale)\n"
        "- Dr {u|Leclercq} (MG)\n- {u|Mme Lambotte} (voisine)\n- son fils {u|Frédéric}",
    ),
    # 70
    (
        "fr",
        "paragraph",
        "{u|Wiktoria}, aide-soignante polonaise, s'occupe de {r|Piotr Kowalczyk} la nuit, non déclarée. "
        "Le fils, {u|Paweł}, paie en liquide. Je n'ai pas à juger mais je note le risque.",
    ),
    # 71
    (
        "nl",
        "mixed",
        "{r|Willy Peeters}: opname UZ Brussel. Contact {u|Annelies} (sociale dienst) au "
        "{tel|02 477 41 11}. Thuis: <o|Familiehulp> stopt tijdelijk.",
    ),
    # 72
    (
        "fr",
        "paragraph",
        "La maman d'{u|Inès} m'appelle: {u|Inès} ne va plus à l'école depuis que sa grand-mère, {u|Mme "
        "Saïdi}, est malade. Elles habitent {adr|rue Vandenpeereboom 12}, "
        "{cp|1080 Molenbeek}.",
    ),
    # 73
    (
        "fr",
        "telegraphic",
        "{u|Jean-Claude} {u|Lemaître}, né le {ddn|1er juin 1945}, veuf, <p|Marolles>. Fréquente le "
        "<o|Resto du Cœur de Saint-Gilles>. Pas de téléphone.",
    ),
    # 74
    (
        "fr",
        "paragraph",
        "{u|Antoine} passe chez {r|Tante Odette} le samedi avec ses enfants. Il m'a dit que {r|Rose} avait "
        "oublié son rendez-vous chez le dentiste. Je propose un agenda mural et un rappel téléphonique.",
    ),
    # 75
    (
        "fr",
        "sms",
        "Info: {u|Mme Kabila} sortie de Saint-Luc. Rappeler sa fille {u|Christelle} {tel|0032 477 55 66 11}",
    ),
    # 76
    (
        "fr",
        "paragraph",
        "{u|Mustafa} ({u|M. Özdemir}) a des dettes de loyer. Le juge de paix a fixé une audience <d|le 17 "
        "juin"
        ">. {u|Mustafa} dit que son propriétaire, M. {u|Claessens}, ne répare pas le chauffage. "
        "IBAN propriétaire {iban|BE17063412345621}.",
    ),
    # 77
    (
        "fr",
        "lowercase",
        "chez {u|jonas} et {u|ilse}: bébé ok, maman fatiguée. rdv ONE <d|jeudi>. pour {u|ilse}: "
        "ddn {ddn|14/02/1990}.",
    ),
    # 78
    (
        "fr",
        "paragraph",
        "Concertation autour de {r|Mme Vandenbroeck} avec {r|Dr Anne Lambert}, {u|Bénédicte} (infirmière) et "
        "{u|Sandrine} (AS hôpital). On convient de repasser la main au case manager dans <t|6 mois>.",
    ),
    # 79
    (
        "nl",
        "telegraphic",
        "Mevr. {u|Van Damme}, {adr|Leopold II-laan 120 bus 5}, {cp|1080 Sint-Jans-Molenbeek}. "
        "Dochter {u|Hilde}: {mail|hilde.vandamme@proximus.be}.",
    ),
    # 80
    (
        "fr",
        "paragraph",
        "Dernière visite chez {r|Mme Dupont} avant les vacances. {u|Gaëlle}, qui me remplace, viendra "
        "<d|le 5 août>. Sa fille {r|Sophie Dupont} a laissé son numéro: {tel|+33 6 12 34 56 78}. <t|Juillet> "
        "a été difficile avec la chaleur.",
    ),
]


def _parse(source: str) -> tuple[str, tuple[Planted, ...]]:
    parts: list[str] = []
    planted: list[Planted] = []
    cursor = 0
    length = 0
    for match in _MARK.finditer(source):
        before = source[cursor : match.start()]
        parts.append(before)
        length += len(before)
        code = match.group(1) or match.group(3)
        text = match.group(2) or match.group(4)
        planted.append(Planted(_CODES[code], text, length, length + len(text)))
        parts.append(text)
        length += len(text)
        cursor = match.end()
    parts.append(source[cursor:])
    return "".join(parts), tuple(planted)


def build() -> list[Narrative]:
    narratives = []
    for lang, style, source in _TEXTS:
        text, planted = _parse(source)
        narratives.append(Narrative(text, planted, lang, style))
    return narratives


def name_tokens(name: str) -> list[str]:
    """The words of a planted name that must not survive (titles and particles left aside)."""
    words = re.findall(r"[^\W\d_]+", name)
    return [w for w in words if _plain(w) not in _PARTICLES and _plain(w) not in _TITLES and len(w) > 1]


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def masked(planted: Planted, result) -> bool:
    """Is the planted identifier gone from the scrubbed text? A name counts when every one of its words is
    inside a replacement; any other identifier when its span is entirely covered by replacements."""
    spans = [(r.start, r.end) for r in result.replacements]
    if planted.kind in ("register_name", "unknown_name"):
        words = [
            (planted.start + m.start(), planted.start + m.end())
            for m in re.finditer(r"[^\W\d_]+", planted.text)
            if m.group() in name_tokens(planted.text)
        ]
        if not words:  # initials only ("J.D.")
            words = [(planted.start, planted.end)]
    else:
        words = [(planted.start, planted.end)]
    for start, end in words:
        covered = [c for c in range(start, end) if any(s <= c < e for s, e in spans)]
        if planted.kind in ("register_name", "unknown_name"):
            if not covered:
                return False
        elif len(covered) < (end - start) - 1:  # a trailing dot or letter may stay out
            return False
    return True


def kept(planted: Planted, result) -> bool:
    """Is the trap or resource left entirely in clear?"""
    return not any(r.start < planted.end and planted.start < r.end for r in result.replacements)


def evaluate(anon, narratives: list[Narrative]) -> dict:
    """Recall per kind, kept rate per kept kind, precision estimate (a replacement is right when it
    overlaps a planted identifier), and the failures as (narrative index, kind, planted text) for
    debugging (never print them in CI logs)."""
    ok: dict[str, int] = {}
    total: dict[str, int] = {}
    failures: list[tuple[int, str, str]] = []
    spans = right = 0
    false_positives: list[tuple[int, str]] = []
    for index, narrative in enumerate(narratives):
        result = anon.scrub(narrative.text)
        identifiers = [p for p in narrative.planted if p.kind in MASKED_KINDS]
        for planted in narrative.planted:
            total[planted.kind] = total.get(planted.kind, 0) + 1
            good = kept(planted, result) if planted.kind in KEPT_KINDS else masked(planted, result)
            ok[planted.kind] = ok.get(planted.kind, 0) + good
            if not good:
                failures.append((index + 1, planted.kind, planted.text))
        for replacement in result.replacements:
            spans += 1
            if any(replacement.start < p.end and p.start < replacement.end for p in identifiers):
                right += 1
            else:
                false_positives.append((index + 1, replacement.original))
    masked_total = sum(total.get(k, 0) for k in MASKED_KINDS)
    masked_ok = sum(ok.get(k, 0) for k in MASKED_KINDS)
    return {
        "recall": {k: round(ok[k] / total[k], 3) for k in MASKED_KINDS if total.get(k)},
        "recall_all": round(masked_ok / masked_total, 3),
        "kept_rate": {k: round(ok[k] / total[k], 3) for k in KEPT_KINDS if total.get(k)},
        "precision_estimate": round(right / spans, 3) if spans else None,
        "replacements": spans,
        "failures": failures,
        "false_positives": false_positives,
    }
