"""Round-5 corpus: 90 narratives written for an independent measure of the anonymiser (issue 19).

First run on main at commit 58fdf48 (before any round-5 tuning; 91 narratives, 48 French, 43 Dutch or
mixed; 539 planted items; recall for masked kinds, kept rate for kept kinds; "fr" / "nl" = Dutch or mixed):

    kind            n fr/nl   without NER fr / nl   with NER fr / nl
    register_name   60/59     1.000  1.000          1.000  1.000
    unknown_name    34/28     0.882  0.786          0.882  0.821
    niss, phone, iban, email, address, birth_date: 1.000 everywhere
    postcode         5/5      0.800  0.400          0.800  0.400   (a bare postcode after a masked street)
    code             9/8      0.000  0.000          0.000  0.000
    fileno          20/15     0.050  0.000          0.050  0.000
    org             77/56     0.857  0.929          0.831  0.661
    word            24/27     0.917  0.481          0.917  0.481
    place            3/4      1.000  1.000          1.000  1.000
    quasi kept      18/19     0.944  1.000          0.944  0.947
    quasi seen      18/19     0.056  0.000          0.056  0.053

    All languages: without NER org 0.887, word 0.686, unknown 0.839, code+fileno 1 of 52, quasi seen 0.027,
    precision estimate 0.874; with NER org 0.759, word 0.686, unknown 0.855, precision estimate 0.794.

Written without reading app/anonymiser/ nor the earlier corpora's narratives, in the voice of Brussels
référents de proximité after home visits: telegraphic notes, mails, handovers, SMS, tables, French, Dutch
and French/Dutch code-switching inside one text. Round 5 is about general shapes: organisation names of
every Belgian form, case-file numbers and codes, unknown names in kinship, nickname and Dutch title forms,
common words that are also surnames or register names, and quasi-identifiers.

Mark-up (round 3's: `{code|text}` must be masked, `<code|text>` must stay in clear), with round 5's kinds:

    masked   register_name, unknown_name, niss (NISS and BIS, valid check digits), phone, iban, email,
             address, postcode, birth_date (round 3's)
             code      a key-box, door or alarm code ("code 4729", "sleutelkluis 7302")
             fileno    a case-file number: 7-digit hospital patient number, CPAS/OCMW file with a letter
                       prefix and a year, Fedasil/CGRA/DVZ numbers, medical card, "dossiernummer"
    kept     org       an organisation name (maison médicale, CPAS/OCMW, SISD, SSM, équipe mobile, ASBL/vzw,
                       wijkgezondheidscentrum, CAW, huis van het kind, hospital, a brand, a network member's
                       organisation), whether or not the directory lists it
             word      an ordinary word that is also a surname or a register name ("naar de bakker",
                       "un pull blanc", "la Saint-Nicolas", "station Merode")
             place     a place that does not single the person out (a market, a station met in passing)
             quasi     a quasi-identifier: the person's commune of residence in free text, a full
                       appointment date, a nursing home that is the person's place of life. Decision: these
                       are not required to be masked (the referent generalises them in the review), but they
                       must not go unseen: `evaluate` reports `seen` (masked, or flagged as a candidate or an
                       ambiguous replacement) and `quasi_kept` (left in clear) separately; the floor is on
                       `seen`.

The register is fictitious: `deny_inputs()` (persons, network members, streets, phones, e-mails),
`network()` (network members with their organisation), `directory()` (Resource.name) and `keep_list()`
(the directory plus the network members' organisations, which the issue says are organisations to keep).
Every name, number and address is invented.
"""

from __future__ import annotations

from tests.app.anonymiser import round3
from tests.app.anonymiser.round3 import Narrative, Planted, kept, masked, name_tokens

__all__ = ["Narrative", "Planted", "build", "deny_inputs", "evaluate", "keep_list", "name_tokens"]

_ROUND3_MASKED = tuple(k for k in round3.MASKED_KINDS if k not in ("niss_invalid", "plate", "eid"))
MASKED_KINDS = (*_ROUND3_MASKED, "code", "fileno")
KEPT_KINDS = ("org", "word", "place", "quasi")
_CODES = {
    "r": "register_name",
    "u": "unknown_name",
    "niss": "niss",
    "tel": "phone",
    "iban": "iban",
    "mail": "email",
    "adr": "address",
    "cp": "postcode",
    "ddn": "birth_date",
    "code": "code",
    "file": "fileno",
    "org": "org",
    "w": "word",
    "p": "place",
    "q": "quasi",
}


def network() -> list[tuple[str, str]]:
    """Network members as referents type them, with their `organisation` value."""
    return [
        ("Dr Pascale Hermans", "Maison médicale Le Noyer"),
        ("Sarah Mertens", "CPAS de Saint-Josse-ten-Noode"),
        ("Koen Maes", "Wijkgezondheidscentrum De Brug"),
        ("Inès Verbruggen", "Équipe mobile Ariane"),
        ("Tom Claes", "CAW Brussel"),
        ("Lotte Wuyts", "Huis van het Kind Sint-Joost"),
        ("Dr Karim Belkacem", "Service de santé mentale Le Sextant"),
        ("Aurélie Moens", "Les Petits Riens"),
        ("Joke Peeters", "Buurthuis Lola"),
        ("Véronique Lemaire", "SISD Bruxelles Santé"),
        ("Hamid Azzouzi", "Solidaris"),
    ]


def deny_inputs() -> dict:
    """The fictitious register: persons (first, last), relatives written freely, network members, their
    streets, phones and e-mails."""
    persons = [
        ("Marguerite", "Vanderlinden"),
        ("Youssef", "Bakker"),
        ("Fatoumata", "Camara"),
        ("Lucienne", "De Smet"),
        ("Rik", "Vos"),
        ("Josiane", "Leroy"),
        ("Bogdan", "Nowak"),
        ("Germaine", "Blanc"),
        ("Roos", "Verhaegen"),
        ("Anna", "Groen"),
        ("Louis", "Koning"),
        ("Nicolas", "Dewit"),
        ("Clémence", "Gilet"),
        ("Marcel", "Storm"),
        ("Jan", "Visser"),
        ("Simone", "Merode"),
        ("Henri", "Delacroix"),
        ("Paul", "Franc"),
        ("Rachida", "El Idrissi"),
        ("Zohra", "Benmoussa"),
    ]
    relatives = ["Sophie Vanderlinden (fille)", "Mevrouw Peeters (buurvrouw)", "Tonton Issa (oncle)"]
    return {
        "names": persons + relatives + [member for member, _org in network()],
        "streets": [
            "Rue de la Poste 87, 1030 Schaerbeek",
            "Rue Verte 21, 1210 Saint-Josse-ten-Noode",
            "Brabantstraat 140, 1030 Schaarbeek",
            "Rue de Mérode 214, 1060 Saint-Gilles",
            "Chaussée de Ninove 402, 1080 Molenbeek-Saint-Jean",
            "Avenue Van Volxem 300, 1190 Forest",
            "Vlaamsesteenweg 88, 1000 Brussel",
            "Rue Gray 150, 1050 Ixelles",
        ],
        "phones": ["0472 18 93 40", "02 219 44 81", "0485/61.27.09", "+32 479 30 11 58", "0497 44 02 36"],
        "emails": ["m.vanderlinden@telenet.be", "youssef.bakker@hotmail.com", "fcamara1961@gmail.com"],
    }


def directory() -> list[str]:
    """The referent's resource directory (Resource.name)."""
    return [
        "Maison médicale Le Noyer",
        "Wijkgezondheidscentrum De Brug",
        "Infirmiers de rue",
        "CHU Saint-Pierre",
        "Clinique Sainte-Anne Saint-Remi",
        "UZ Brussel",
        "Hôpital Brugmann",
        "Huis voor Gezondheid",
        "Bij Ons - Chez Nous",
        "DoucheFLUX",
        "Infor-Homes",
        "Centre de jour Les Glycines",
        "Entraide des Marolles",
        "Wit-Gele Kruis",
    ]


def keep_list() -> list[str]:
    """What the register knows to be organisations: the directory and the network members' organisations."""
    return directory() + sorted({org for _member, org in network()})


_TEXTS: list[tuple[str, str, str]] = []  # filled below by _fr() and _nl()

_FR: list[tuple[str, str]] = [
    (
        "note",
        "VAD chez Mme {r|Vanderlinden}. Vit seule à <q|Schaerbeek> depuis le décès du mari. Suivie par la "
        "<org|Maison médicale Le Noyer>, passage infi 2x/sem. Code boîte à clés : {code|4729}. Sa fille "
        "{r|Sophie} passe le dimanche. Tél fille {tel|0472 18 93 40}.",
    ),
    (
        "note",
        "Rencontré M. {r|Bakker} avec l'interprète de <org|Intermedia>. Dossier CPAS n° {file|SJ-2023-0418} "
        "en cours de révision. Il a rendez-vous le <q|14 mars 2025 à 9h30> au <org|CHU Saint-Pierre> "
        "(n° patient {file|4821937}). Il passe chaque matin chez le <w|boulanger> du coin, c'est sa sortie.",
    ),
    (
        "mail",
        "Bonjour {r|Sarah},\nJe te transmets pour Mme {r|Camara} : NISS {niss|38.03.14-117.88}, adresse "
        "{adr|rue de la Poste 87}, {cp|1030} Schaerbeek. Elle est bénévole de <org|Bij Ons - Chez Nous> le "
        "mardi. Son neveu, que tout le monde appelle « {u|Baba} », vient l'aider pour les courses. Tu "
        "peux la "
        "joindre au {tel|0485/61.27.09}.\nBien à toi",
    ),
    (
        "handover",
        "Relais pour l'équipe : Mme {r|Germaine Blanc}, 86 ans, vit à la <q|Résidence Les Érables> depuis "
        "janvier. Elle porte toujours son <w|gilet> <w|blanc> et refuse de l'enlever. Contact : la "
        "<org|Résidence Les Érables>, l'éducatrice {u|Nathalie}. La psy de l'<org|Équipe mobile Ariane> "
        "passera le <q|2 avril 2025>.",
    ),
    (
        "sms",
        "slt, vu {r|clemence} ce matin, ok. code porte {code|1958}. elle a retrouvé son <w|gilet> bleu lol. "
        "rappelle tante {u|Fatou} au {tel|+32 486 77 12 09} stp",
    ),
    (
        "note",
        "M. {r|Nowak} (BIS {niss|79520540216}) : pas de titre de séjour définitif. N° OE {file|9.254.871}, "
        "dossier CGRA {file|22/14873}. Suivi social par <org|Caritas International>, accompagnement santé "
        "par <org|Médecins du Monde>. Carte médicale CPAS n° {file|CM-2024-11872}.",
    ),
    (
        "note",
        "Mme {r|El Idrissi} a été hospitalisée à la <org|Clinique Sainte-Anne Saint-Remi> (chute). "
        "Sortie prévue avec le <org|SISD Bruxelles Santé>. Son fils {u|Anouar El Idrissi} vit à <p|Liège>. "
        "IBAN pour la facture de la kiné : {iban|BE77 9458 0730 2142}.",
    ),
    (
        "table",
        "Qui | Quoi | Contact\n"
        "AS CPAS | dossier {file|F/2021/0932} | {tel|02 219 44 81}\n"
        "<org|Aide & Soins à Domicile> | toilette lu-me-ve | {tel|02 647 03 56}\n"
        "Dr {u|Lambrechts} (MG) | renouvellement insuline | {tel|02/538.12.47}\n"
        "<org|Infirmiers de rue> | passage si besoin | via le site",
    ),
    (
        "note",
        "Visite avec Mme {r|Leroy} chez les <org|Petits Riens> pour un matelas. Le vendeur, surnommé "
        "« {u|Jojo} », connaît bien le quartier. Elle voudrait un <w|manteau> <w|brun>. Elle habite "
        "{adr|avenue Van Volxem 300} à <q|Forest>.",
    ),
    (
        "mail",
        "Objet : Mme {r|Lucienne De Smet}\nBonjour Docteur,\nSuite à notre échange, Mme {r|De Smet} "
        "(née le {ddn|11/10/1956}) a revu le Dr {r|Belkacem} au <org|Service de santé mentale Le Sextant>. "
        "Elle demande un suivi à la <org|Ligue Bruxelloise pour la Santé Mentale>? Je ne crois pas que ce "
        "soit le bon lieu. Cordialement.",
    ),
    (
        "note",
        "Passé avec {r|Nicolas Dewit} au marché de la <p|gare du Midi>. Il prépare la <w|Saint-Nicolas> "
        "pour ses "
        "petits-enfants, ça le motive. Rendez-vous cardiologue à l'<org|Hôpital Brugmann> le "
        "<q|28/05/2025>. Il vit seul à <q|Laeken>.",
    ),
    (
        "handover",
        "Pour {u|Mireille} (remplacement) : M. {r|Henri Delacroix}, il prend le métro à <w|Delacroix> pour "
        "aller au <org|Centre de jour Les Glycines>. Il a le code de la boîte à clé : {code|0412}. Sa "
        "voisine "
        "{u|Mme Rasquin} a un double.",
    ),
    (
        "note",
        "mme {r|merode} tres fatiguee. rdv chez {r|simone} demain. elle descend a <w|Merode> pour aller a "
        "l'<org|Entraide des Marolles>? non, c'est loin. Plutot <org|Bij Ons - Chez Nous>.",
    ),
    (
        "note",
        "Le fils de M. {r|Franc}, {u|Kevin}, est très <w|franc> avec nous : il dit qu'il ne peut plus. "
        "Demande d'aide familiale à <org|Familiehulp>, et repas via <org|Bruxelles Seniors>? "
        "Réf. dossier <org|Solidaris> : {file|2024/SOL/55871}.",
    ),
    (
        "mail",
        "Bonjour,\nJe vous écris au sujet de M. {u|Abdelkader Tazi}, suivi par l'<org|ASBL Le Pivot>. "
        "Il a perdu sa carte médicale (n° {file|CM/2023/4471}). Pourriez-vous contacter l'assistante "
        "sociale du <org|CPAS d'Anderlecht>, {u|Séverine}, au {tel|02 529 40 11} ?\nMerci",
    ),
    (
        "note",
        "Mme {r|Benmoussa}: diabète, BPCO. Tonton {r|Issa} passe tous les jours. Le kiné de la "
        "<org|Maison médicale Antonin Artaud> vient le jeudi. Code sonnette {code|23B}. Elle a peur de "
        "finir à la <org|Résidence Saint-Joseph> comme sa sœur.",
    ),
    (
        "sms",
        "Coucou, {r|Mme Gilet} a ratée le rdv à l'<org|Institut Jules Bordet>, nouveau rdv le "
        "<q|mardi 6 mai 2025 à 14h>. Son n° patient {file|7712045}. Je préviens sa nièce {u|Lolita}.",
    ),
    (
        "note",
        "M. {r|Koning}, 79 ans, vit à la <q|Seniorie du Parc> (80 ans et plus, 12 résidents). "
        "Visite avec {u|Mme Dierickx}, bénévole de <org|Les Amis d'Aline>. Il parle de sa femme {u|Odile} "
        "décédée en 2019.",
    ),
    (
        "note",
        "Accueil au <org|Centre Alfred Delannoy> pour M. {r|Bogdan Nowak}, "
        "il y va pour la douche, puis chez <org|DoucheFLUX> le vendredi. Il a un compte "
        "{iban|BE10573681930304} mais la carte est bloquée.",
    ),
    (
        "handover",
        "Note de transmission, semaine 12\n- Mme {r|Vanderlinden} : OK, code {code|4729} inchangé.\n"
        "- M. {r|Storm} : rappeler {u|Gaëlle}, sa fille, au {tel|0032 475 21 09 88}.\n"
        "- Mme {r|Camara} : dossier CPAS {file|SJ-2023-0418} révisé.\n- Réunion <org|Brusano> jeudi.",
    ),
    (
        "note",
        "Mme {r|Rachida} dit que son mari, qu'ils appellent « {u|le Grand Momo} » dans le quartier, boit. "
        "L'<org|Équipe mobile Ariane> ne peut pas intervenir sans demande. Prise de contact avec le "
        "<org|Service de santé mentale Le Sextant> via Dr {r|Karim Belkacem}.",
    ),
    (
        "note",
        "Grand-mère {u|Zeinab} garde les enfants. La maman, {r|Fatoumata}, travaille à la "
        "<org|Maison de quartier Rosalie> le matin. NISS enfant : {niss|03041721178}. Crèche via le "
        "<org|Huis van het Kind Sint-Joost>.",
    ),
    (
        "mail",
        "Chère collègue,\nMme {r|Josiane Leroy} a un nouveau numéro : {tel|+32 (0)470 55 18 23}. Elle sera "
        "opérée le <q|17 juin 2025> à la <org|Clinique Saint-Jean>. L'<org|ASBL Senoah> peut l'aider à "
        "chercher une maison de repos ; elle refuse pour l'instant. Elle vit à <q|Ixelles> au "
        "{adr|rue Gray 150}.\nBien à vous",
    ),
    (
        "note",
        "Visite avec {u|Benoît}, l'éducateur de <org|SoliMob>. M. {r|Vos} a repeint sa cuisine en "
        "<w|rouge>. Il se plaint du <w|vent> et de la pluie, veut une <w|veste> chaude. Les <org|Restos du "
        "Cœur> de Laeken lui donnent un colis.",
    ),
    (
        "note",
        "N° d'affilié mutuelle : {file|120-4471835-66}. Mme {r|Groen} ne sait plus qui est son médecin. "
        "Le <org|Centre Médical Enaden> la connaît. Elle a sa carte <org|Proxi Bruxelles>.",
    ),
    (
        "table",
        "Personne: {r|Anna Groen}\nNé(e) le: {ddn|30 juin 1952}\nNISS: {niss|52.06.30-084.53}\n"
        "Adresse: {adr|Rue Verte 21}, {cp|1210} Saint-Josse\nMédecin: Dr {u|Ahmadi}, "
        "<org|Maison médicale du Nord>\nSuivi: <org|CPAS de Saint-Josse-ten-Noode>, AS {r|Sarah Mertens}",
    ),
    (
        "note",
        "{r|Marcel} a sa fête le 16, la <w|Saint-Marcel>? Je n'en suis pas sûre. Il écoute la radio, il "
        "adore les <w|orages>, la <w|tempête>... bref. Il a été à l'<org|Hôpital Érasme> pour un "
        "contrôle (dossier {file|3302918}).",
    ),
    (
        "note",
        "Réunion de concertation avec le <org|SISD Bruxelles Santé>, l'<org|Équipe mobile Ariane>, "
        "l'infirmière de l'<org|Aide & Soins à Domicile> ({u|Malika}) et Dr {r|Pascale Hermans}. "
        "Prochaine concertation le <q|3 juillet 2025>.",
    ),
    (
        "sms",
        "Hello! M. {r|visser} pas là, voisine dit hospitalisé à l'<org|HIS Bracops>. appelle le "
        "{tel|02 555 31 11} demain. code cave {code|7390}",
    ),
    (
        "note",
        "Mme {r|Simone Merode} habite {adr|rue de Mérode 214} ({cp|1060}). Elle va à la "
        "<org|Maison médicale Cité Santé> et au <org|Club Antoine Wiertz> pour le bridge. Sa petite-fille "
        "{u|Lisa Van Acker} s'occupe des papiers.",
    ),
    (
        "mail",
        "Bonjour Madame,\nVotre demande concerne M. {r|Paul Franc} (n° patient {file|6129384} au "
        "<org|CHU Brugmann>). Je vous confirme que le <org|CPAS de Forest> a ouvert le dossier "
        "{file|FO/2025-00231}. Versement sur {iban|BE75 6426 2129 9751}.\nCordialement,\n"
        "{u|Mme Deschamps}, service social",
    ),
    (
        "note",
        "Mme {r|Blanc} confond les jours. C'était <w|blanc> bonnet et <w|bonnet blanc> pour elle, dit sa "
        "voisine {u|Ginette}. Projet : centre de jour <org|Le Bois Fleuri>, inscription via "
        "<org|Infor-Homes>.",
    ),
    (
        "handover",
        "M. {r|Youssef Bakker} (ddn {ddn|02.11.1947}), {adr|Brabantstraat 140}, {cp|1030} Schaerbeek. "
        "Son cousin, surnommé « {u|Doudou} », a les clés. Digicode {code|2580A}. Passage de "
        "<org|Infirmiers de rue> le lundi.",
    ),
    (
        "note",
        "L'interprète de <org|Bruxelles Accueil> ({u|Aylin}) a aidé pour Mme {r|Benmoussa}. Elle était "
        "contente. Suivi à la <org|Maison médicale Santé Plurielle>. RDV ORL le <q|12/09/2025 à 10h15>.",
    ),
    (
        "note",
        "Accompagné M. {r|Delacroix} à la <org|Clinique Sainte-Anne Saint-Remi> : service de gériatrie. "
        "Patient {file|5510382}. Il connaît le Dr {u|Vandamme} depuis 20 ans. Au retour, arrêt chez "
        "<org|Colruyt> (chez les <org|Petits Riens> fermé).",
    ),
    (
        "note",
        "rencontre {r|mme el idrissi} + {r|rachida} (meme personne). vit a <q|Molenbeek> au 3e sans "
        "ascenseur. {adr|Chaussee de Ninove}. <org|CPAS de Molenbeek> dossier {file|MO-2022-1187}. "
        "prochain rdv "
        "<q|mercredi 21 mai 2025>.",
    ),
    (
        "note",
        "M. {r|Louis Koning} veut rejoindre la chorale <org|Les Voix de Jette>. Il était <w|roi> du "
        "quartier à l'époque. Suivi par <org|Alteo> pour les sorties. Tél : {tel|0478.22.19.03}.",
    ),
    (
        "mail",
        "Re: dossier {r|Camara}\nLe Fedasil a transmis le numéro {file|FED-2024-08731}. Le centre "
        "<org|Croix-Rouge Petit-Château> l'a hébergée en 2023. Son frère {u|Sékou Camara} attend à "
        "<p|Bruxelles>. Adresse de référence : <org|CPAS de Bruxelles>.",
    ),
    (
        "note",
        "Mme {r|Verhaegen} ({r|Roos}) reçoit un bouquet de <w|roses> chaque vendredi de sa fille "
        "{u|Elke}. Elle est suivie par le <org|Wit-Gele Kruis> et le <org|Huis voor Gezondheid>.",
    ),
    (
        "note",
        "L'ergo du <org|Centre de Réadaptation Saint-Luc> passe mardi. M. {r|Jan Visser} (BIS "
        "{niss|90.42.28-157.23}) n'a pas de mutuelle. Il dort parfois chez son ami, surnommé "
        "« {u|Tintin} ». Contact <org|CAW Brussel> : {r|Tom Claes}.",
    ),
    (
        "note",
        "Mme {r|Clémence Gilet}, {adr|chaussée de Ninove 402}, {cp|1080} Molenbeek. Mail : "
        "{mail|clem.gilet54@outlook.be}. Elle tricote des <w|gilets> pour <org|Les Petits Riens>. "
        "RDV <org|Maison médicale Le Noyer> le <q|vendredi 4 avril 2025>.",
    ),
    (
        "handover",
        "Urgence : Mme {r|Leroy} a chuté. Emmenée au <org|CHU Saint-Pierre>, n° de séjour "
        "{file|2093744}. Prévenir son frère {u|Gilbert Leroy} ({tel|04 223 18 90}). La voisine a le code "
        "{code|6021}.",
    ),
    (
        "note",
        "Pour M. {r|Nicolas}, la <w|Saint-Nicolas> est dure (anniversaire de la mort du fils). "
        "Proposition : groupe de parole à <org|Parents Désenfantés asbl>. Il vit à <q|Evere> depuis 1970.",
    ),
    (
        "note",
        "Mme {r|Zohra Benmoussa} ne veut plus aller au <org|Centre de jour Les Glycines>: trop loin de "
        "<w|Ribaucourt>. L'AS de <org|Solidaris>, {r|Hamid Azzouzi}, cherche une alternative.",
    ),
    (
        "mail",
        "Bonjour {u|Françoise},\nComme convenu : Mme {r|Marguerite Vanderlinden}, n° national "
        "{niss|33 05 06 198 59}. Compte de la fille : {iban|BE20 2200 3322 4556}. Le notaire Me "
        "{u|Dutilleul} a les documents.\nBàv",
    ),
    (
        "note",
        "Visite à domicile annulée : Mme {r|Groen} à la <org|Clinique Saint-Michel>. Son petit-fils "
        "{u|Dylan} dit qu'elle est <w|verte> de peur. Numéro patient {file|4419027}.",
    ),
    (
        "sms",
        "Mr {r|delacroix} ok pr demain. Tel neveu {tel|0499 123 456}. pas oublier la clé, code "
        "{code|8841}. bisous",
    ),
    (
        "mail",
        "Bonjour,\nPour info, M. {r|Storm} a déménagé à la <q|Maison de repos Les Tilleuls> à Uccle. Nouveau "
        "fixe : {tel|+32 2 374 56 12}. Son ancien dossier au <org|CPAS de Schaerbeek> ({file|SCH/2019/8821}) "
        "est clôturé. Sa nièce, Mme {u|Hélène Dubois-Maes}, gère ses comptes ({iban|BE12 2040 5608 6592}).\n"
        "Bonne journée",
    ),
]

_NL: list[tuple[str, str]] = [
    (
        "note",
        "Huisbezoek bij mevrouw {r|Vanderlinden}. Ze woont alleen in <q|Schaarbeek>. Sleutelkluis "
        "{code|7302}. Dochter {r|Sophie} komt op zondag. Ze gaat elke ochtend naar de <w|bakker> om de hoek.",
    ),
    (
        "note",
        "Dhr. {r|Bakker} gezien met zijn zoon {u|Rayan}. OCMW-dossier {file|A/2022/1187}. Hij wacht op "
        "<w|groen> licht van het <org|OCMW Brussel> voor de huurwaarborg. Huisarts: dr. {u|Verstraeten}, "
        "<org|Wijkgezondheidscentrum De Brug>.",
    ),
    (
        "mail",
        "Dag {r|Koen},\nMevr. {r|Groen} heeft een afspraak op <q|3 april 2025 om 10u> in het <org|UZ "
        "Brussel> "
        "(patiëntnummer {file|3318402}). Kan iemand van het <org|Wijkgezondheidscentrum Botanique> haar "
        "brengen? Haar gsm: {tel|0472/18.93.40}.\nMvg",
    ),
    (
        "sms",
        "hey, mevr {r|de smet} niet thuis. buurvrouw {r|Peeters} zegt ze is in het <org|UMC Sint-Pieter>. "
        "bel haar dochter {u|Griet} op {tel|0486 20 31 47}",
    ),
    (
        "note",
        "Meneer {r|Vos} woont in <q|Anderlecht>, {adr|rue Wayez}. Hij kijkt graag naar de <w|vos> in de tuin "
        "achter. Contact <org|CAW Brussel>, onthaal: {r|Tom Claes}. Dossiernummer {file|2024/AH/0571}.",
    ),
    (
        "handover",
        "Overdracht week 14\n- mevrouw {r|Verhaegen}: ok, kreeg een <w|roos> van de buren.\n"
        "- dhr. {r|Storm}: na de <w|storm> van vorige week lekt het dak, <org|Renovas> gebeld.\n"
        "- mevr. {r|Camara}: OCMW-dossier {file|SJ/2023/0418}, afspraak <q|woensdag 7 mei 2025>.",
    ),
    (
        "mixed",
        "Vu Mme {r|Koning} ce matin, ze is heel moe. Le <org|Huis van het Kind Sint-Joost> vraagt of de "
        "kleinzoon {u|Milan} naar de crèche mag. Code van de deur: {code|4417}. Elle a dit: "
        '"ik ben geen <w|koning>, ik ben gewoon oud".',
    ),
    (
        "note",
        "Meneer {r|Visser} was vroeger <w|visser> in <p|Oostende>. Nu woont hij in de "
        "<q|Residentie Lindenhof> (80+). Zijn dochter {u|An Visser} komt elke week. Rijksregisternummer "
        "{niss|44.08.21-019.40}.",
    ),
    (
        "mixed",
        "Bonjour {r|Lotte}, zie hieronder pour dhr. {r|Nowak}: DVZ-nummer {file|8.912.344}, CGVS "
        "{file|23/10562}. Hij slaapt bij <org|Samusocial> of bij <org|Pierre d'Angle>. Zijn vriend, die ze "
        '"{u|Bolle}" noemen, helpt hem. Groetjes',
    ),
    (
        "note",
        "Mevrouw {r|Benmoussa} opgevolgd door het <org|Centrum Geestelijke Gezondheidszorg Brussel>. "
        "Psychiater dr. {u|Wouters}. Ze heeft <w|roos> op de hoofdhuid, vraagt shampoo via de apotheek. "
        "IBAN {iban|BE80 3832 3640 5677}.",
    ),
    (
        "table",
        "Naam | Organisatie | Tel\n"
        "{r|Koen Maes} | <org|Wijkgezondheidscentrum De Brug> | {tel|02 410 76 85}, "
        "{mail|k.maes@wgc-debrug.be}\n"
        "mevr. {u|Hilde Goossens} | <org|i-mens> | {tel|+32 2 555 01 23}\n"
        "{r|Lotte Wuyts} | <org|Huis van het Kind Sint-Joost> | {tel|0497/44.02.36}",
    ),
    (
        "mixed",
        "M. {r|Delacroix} a raté sa consultatie in het <org|UVC Brugmann>. Nieuwe afspraak op "
        "<q|19 juni 2025>. Hij neemt de metro in <w|Delacroix>. Patiëntnummer {file|6604871}.",
    ),
    (
        "note",
        "Dochter van mevrouw {r|Leroy}, {u|Katrien}, belt ons: mama is gevallen. <org|Wit-Gele Kruis> komt "
        "vanaf maandag. Sleutelkastje code {code|0917}. Adres: {adr|Vlaamsesteenweg 88}, {cp|1000} Brussel.",
    ),
    (
        "sms",
        "dhr {r|bakker} ok. ging naar de <w|bakker> en de slager. volgende keer meer tijd. tel zoon "
        "{tel|0032 486 55 12 90}",
    ),
    (
        "mixed",
        "Réunion avec {r|Inès Verbruggen} (<org|Équipe mobile Ariane>) en {r|Joke Peeters} (<org|Buurthuis "
        "Lola>). Mevrouw {r|El Idrissi} wil niet meer naar het <org|Sint-Jansziekenhuis>. On cherche "
        "un wijkgezondheidscentrum dichterbij.",
    ),
    (
        "note",
        "Meneer {r|Jan Visser}, geboren op {ddn|25/07/1968}, rijksregister {niss|68072530633}. OCMW "
        "{file|SG-2024/7741}. Woont in <q|Sint-Gillis>, {adr|Rue de Mérode 214}. Neemt de tram aan de "
        "<w|Merode>? nee, dat is Etterbeek.",
    ),
    (
        "mail",
        "Beste collega,\nMevr. {r|Zohra Benmoussa} heeft een nieuwe medische kaart: {file|MK/2024/0932}. "
        "Ze gaat naar het <org|Wijkgezondheidscentrum Medikuregem>. Haar kleinzoon, die ze "
        '"{u|Pitchou}" noemen, tolkt voor haar.\nVriendelijke groeten,\n{u|Ellen}',
    ),
    (
        "note",
        "<w|Storm> en regen, dus geen bezoek in de tuin. Meneer {r|Storm} bleef binnen, keek naar "
        "de <w|koning> op tv. Afspraak <org|Kenniscentrum WWZ> op <q|dinsdag 10 juni 2025>.",
    ),
    (
        "mixed",
        "Tante {u|Aminata} is venue avec Mme {r|Camara}. Ze spreekt geen Frans, dus tolk via "
        "<org|Brussel Onthaal>. Dossier OCMW {file|OC-2021-3356}. Elle vit à <q|Saint-Josse> depuis 2015.",
    ),
    (
        "note",
        "Meneer {u|Janssens}, de buurman, heeft de sleutel. Mevrouw {r|De Smet} is een <w|smet> op haar "
        "blazoen vergeten, zegt ze lachend. Ze gaat naar <org|Ons Huis vzw> op donderdag.",
    ),
    (
        "handover",
        "Overdracht: dhr. {r|Youssef Bakker}, {adr|Brabantstraat 140}, {cp|1030} Schaarbeek. "
        "Gsm {tel|0472 18 93 40}. Huisarts {r|Pascale Hermans} (<org|Maison médicale Le Noyer>). "
        "Sleutelkluis {code|5836}. Zoon van dhr. {r|Bakker}: {u|Ilias}.",
    ),
    (
        "mixed",
        "Salut! dhr. {r|Nowak} est passé chez <org|Vzw Hobo> voor een douche. Pas de papiers. Bis-nummer "
        "{niss|79.52.05-402.16}. Il veut aller chez les <org|Petits Riens> voor kleren, een <w|jas> en "
        "<w|schoenen>.",
    ),
    (
        "note",
        "Mevrouw {r|Roos Verhaegen} woont in <q|Elsene>. Ze kent {u|mevrouw Lambrecht} van de "
        "<org|Seniorenraad Elsene>. Afspraak huisarts <q|14/03/2025 om 9u30>. Email "
        "{mail|roos.verhaegen@skynet.be}.",
    ),
    (
        "note",
        "De <w|visser> op de markt geeft hem gratis vis. Meneer {r|Visser} lacht erom. Hij wordt gevolgd "
        "door <org|Zorgcentrum Sint-Anna> en <org|Solidariteit voor het Gezin>. Code poort {code|1212}.",
    ),
    (
        "mixed",
        "Mevr. {r|Gilet} wil haar <w|gilet> niet uitdoen. L'aide familiale de <org|Aide et Soins à "
        "Domicile> dit qu'elle a froid. Ze woont op de {adr|Rue Verte 21}, {cp|1210}. Voisine: "
        "madame {u|Kabasele}.",
    ),
    (
        "note",
        "Dhr. {r|Henri Delacroix} wordt opgenomen in de <org|Kliniek Sint-Jan>. Opnamenummer "
        "{file|2871603}. Zijn broer {u|Raymond} komt uit <p|Gent>. Contact dienst maatschappelijk werk "
        "van de "
        "<org|Kliniek Sint-Jan>: {tel|02 219 90 00}.",
    ),
    (
        "sms",
        "mevr {r|groen} belde, ze heeft <w|groene> bonen gekocht, alles ok. afspraak "
        "<org|WGC Brabant> <q|vrijdag 16 mei 2025 14u>. tel {tel|+32478123456}",
    ),
    (
        "mixed",
        "Concertation (verslag naar {mail|overleg.sisd@gmail.com}): <org|SISD Bruxelles Santé> "
        "({r|Véronique Lemaire}), <org|Familiehulp>, "
        "<org|Thuiszorg Brussel>, en de maatschappelijk werker van het <org|OCMW Sint-Gillis>, {u|Lien}. "
        "Mme {r|Franc} veut rester thuis. Volgende overleg <q|2 september 2025>.",
    ),
    (
        "note",
        "Mevrouw {r|Lucienne} (dochter van wijlen meneer {u|Achiel De Smet}) woont alleen in "
        "<q|Jette>. Ze gaat naar het <org|Dienstencentrum Het Anker>. IBAN {iban|BE12224154990992}.",
    ),
    (
        "mixed",
        "Vandaag bij Mme {r|Blanc}. Elle porte une <w|blouse> <w|blanche>, heel proper. Son fils "
        "{u|Thierry} vit à <p|Namur>. Ze is ingeschreven bij <org|Infor-Homes> maar wil niet naar een home.",
    ),
    (
        "note",
        "Meneer {r|Koning} (geboortedatum {ddn|09.01.1961}) heeft schulden. <org|CAW Brussel> en "
        "<org|Schuldbemiddeling OCMW Vorst> volgen. Dossiernummer {file|VO/2025-00412}. Rekening "
        "{iban|BE89 5145 4752 7785}.",
    ),
    (
        "mail",
        "Hallo {r|Tom},\nIk zag dhr. {r|Vos} gisteren bij <org|De Schakel vzw>. Hij vroeg naar "
        "{u|Moustapha}, de vrijwilliger van <org|Bij Ons - Chez Nous>. Kun jij hem bellen op "
        "{tel|02/219.44.81}?\nGroeten",
    ),
    (
        "note",
        "Mevrouw {r|Simone Merode}: <org|Brusselse Welzijns- en Gezondheidsraad> gaf info over "
        "<org|Zorgzame Buurt Molenbeek>. Ze wil niet verhuizen uit <q|Sint-Gillis>. Code "
        "sleutelkluis: {code|3070}.",
    ),
    (
        "mixed",
        "ok pour {r|rik}: ziekenhuis <org|HUB Erasme>, patient {file|5127736}. il a eu peur avec la "
        "<w|storm>, het dak is kapot. Afspraak <q|maandag 23 juni 2025 om 11u>.",
    ),
    (
        "note",
        "Mevr. {u|Vercammen} van <org|Familiehulp> zegt dat mevrouw {r|Leroy} vergeetachtig wordt. "
        "Doorverwijzing naar <org|Geheugenkliniek UZ Brussel>. Zoon {u|Bart Leroy} is akkoord.",
    ),
    (
        "mixed",
        "Mme {r|Rachida El Idrissi} heeft een OCMW-kaart ({file|CM-2025-0218}). La pharmacienne de la "
        "<org|Pharmacie Saint-Guidon> la connaît. Woont op {adr|Chaussée de Ninove 402}, {cp|1080}.",
    ),
    (
        "note",
        "Dhr. {r|Nicolas Dewit} viert <w|Sinterklaas> met de kleinkinderen. {r|Nicolas} is moe na de "
        "dialyse in het <org|Algemeen Ziekenhuis Sint-Elisabeth>. NISS {niss|61 01 09 345 91}.",
    ),
    (
        "table",
        "Persoon: mevr. {r|Fatoumata Camara}\nAdres: {adr|Rue de la Poste 87}, {cp|1030}\n"
        "Gsm: {tel|04 85 61 27 09}\nHuisarts: <org|Wijkgezondheidscentrum De Brug>\nFedasil: "
        "{file|FED-2023-11905}\nOpmerking: woont alleen in <q|Schaarbeek>",
    ),
    (
        "mixed",
        "{u|Mevrouw Aerts} (buurvrouw) zegt que M. {r|Paul Franc} ne sort plus. <org|Senior Montessori "
        "Brussel> kan helpen. Il est <w|franc> et direct, hij zegt wat hij denkt.",
    ),
    (
        "note",
        "Oom {u|Mehmet} brengt eten. Mevrouw {r|Benmoussa} wil naar het <org|Huis van het Kind Molenbeek> "
        "voor haar kleindochter. Code deur {code|8125}. Haar dochter woont in <p|Vilvoorde>.",
    ),
    (
        "mixed",
        "Mevr. {r|Anna Groen}: vandaag <q|vendredi 13 juin 2025>, rdv chez la kiné de <org|Kinecentrum "
        "Dansaert>. Elle met sa <w|robe> <w|verte>, ze houdt van <w|groen>.",
    ),
    (
        "sms",
        "dhr {r|storm} ok, oom {u|Jef} was er. sleutelkluis {code|2468}. tot morgen",
    ),
    (
        "mixed",
        "Bonjour {r|Koen}, dhr. {r|Louis Koning} vit seul à <q|Koekelberg>. Hij gaat naar het "
        "<org|Lokaal Dienstencentrum Randstad>. Le médecin de la <org|Maison médicale du Canal>, dr. "
        "{u|Nkosi}, vraagt een bloedname. Nummer van zijn kleindochter {u|Yasmina}: {tel|0470 36 21 58}.",
    ),
]


def _parse(source: str) -> tuple[str, tuple[Planted, ...]]:
    """Round 3's mark-up (round3._MARK), with round 5's codes: round3._parse only knows round 3's."""
    parts: list[str] = []
    planted: list[Planted] = []
    cursor = length = 0
    for match in round3._MARK.finditer(source):
        before = source[cursor : match.start()]
        text = match.group(2) or match.group(4)
        parts += [before, text]
        length += len(before)
        planted.append(Planted(_CODES[match.group(1) or match.group(3)], text, length, length + len(text)))
        length += len(text)
        cursor = match.end()
    parts.append(source[cursor:])
    return "".join(parts), tuple(planted)


def build() -> list[Narrative]:
    texts = [("fr", *text) for text in _FR] + [("nl", *text) for text in _NL]
    narratives = []
    for lang, style, source in texts:
        text, planted = _parse(source)
        narratives.append(Narrative(text, planted, lang, style))
    return narratives


def _seen(planted: Planted, result) -> bool:
    """Masked, or flagged for the review (a candidate or an ambiguous replacement overlapping it)."""
    flags = [*result.replacements, *result.candidates, *result.ambiguous]
    return any(f.start < planted.end and planted.start < f.end for f in flags)


def _rates(ok: dict, total: dict, kinds) -> dict:
    return {k: round(ok.get(k, 0) / total[k], 3) for k in kinds if total.get(k)}


def evaluate(anon, narratives: list[Narrative]) -> dict:
    """Round 3's measure with round 5's kinds: recall per masked kind, kept rate per kept kind (quasi
    included: left in clear), `seen` for quasi-identifiers, the same split by language ("fr", "nl" =
    Dutch or mixed), a precision estimate, and the failures as (narrative index, kind, planted text) for
    debugging (never print them in CI logs)."""
    ok: dict[str, dict[str, int]] = {"all": {}, "fr": {}, "nl": {}}
    total: dict[str, dict[str, int]] = {"all": {}, "fr": {}, "nl": {}}
    seen = {"all": [0, 0], "fr": [0, 0], "nl": [0, 0]}
    failures: list[tuple[int, str, str]] = []
    spans = right = 0
    false_positives: list[tuple[int, str]] = []
    for index, narrative in enumerate(narratives):
        result = anon.scrub(narrative.text)
        for planted in narrative.planted:
            good = kept(planted, result) if planted.kind in KEPT_KINDS else masked(planted, result)
            for scope in ("all", narrative.lang):
                total[scope][planted.kind] = total[scope].get(planted.kind, 0) + 1
                ok[scope][planted.kind] = ok[scope].get(planted.kind, 0) + good
                if planted.kind == "quasi":
                    seen[scope][0] += _seen(planted, result)
                    seen[scope][1] += 1
            if not (_seen(planted, result) if planted.kind == "quasi" else good):
                failures.append((index + 1, planted.kind, planted.text))  # a quasi-identifier unseen
        identifiers = [p for p in narrative.planted if p.kind in MASKED_KINDS]
        for replacement in result.replacements:
            spans += 1
            if any(replacement.start < p.end and p.start < replacement.end for p in identifiers):
                right += 1
            else:
                false_positives.append((index + 1, replacement.original))
    report = {
        scope: {
            "recall": _rates(ok[scope], total[scope], MASKED_KINDS),
            "kept_rate": _rates(ok[scope], total[scope], KEPT_KINDS),
            "quasi_seen": round(seen[scope][0] / seen[scope][1], 3) if seen[scope][1] else None,
        }
        for scope in ("fr", "nl")
    }
    masked_total = sum(total["all"].get(k, 0) for k in MASKED_KINDS)
    return {
        "recall": _rates(ok["all"], total["all"], MASKED_KINDS),
        "recall_all": round(sum(ok["all"].get(k, 0) for k in MASKED_KINDS) / masked_total, 3),
        "kept_rate": _rates(ok["all"], total["all"], KEPT_KINDS),
        "quasi_seen": round(seen["all"][0] / seen["all"][1], 3),
        "by_language": report,
        "precision_estimate": round(right / spans, 3) if spans else None,
        "replacements": spans,
        "failures": failures,
        "false_positives": false_positives,
    }
