"""Round-4 corpus: 80 narratives written as an independent measure of the anonymiser.

Written without reading the anonymiser (app/anonymiser/) nor the earlier corpora (corpus.py, heldout.py,
the narratives of round3.py); only round3's mark-up format and evaluation helpers are reused, imported
from there. The notes imitate Brussels référents de proximité after home visits: telegraphic notes,
paragraphs, dash lists, lowercase SMS, forwarded e-mails, Dutch and mixed FR/NL, direct speech, table-like
records, hand-over notes to a colleague, misspelt register names and ALL-CAPS headers. Every identifier is
planted with an inline mark-up, parsed by `build()`:

    {kind|text}   must be masked      (kinds: MASKED_KINDS; the kind code decides)
    <kind|text>   must stay in clear  (kinds: KEPT_KINDS)

The register (`deny_inputs()`) and the directory (`keep_list()`) are new and fictitious; every person,
number and address is invented. Valid national numbers, BIS numbers, IBANs and eID card numbers carry
correct check digits (python-stdnum agrees); the `nissx` ones carry a wrong check.
"""

from __future__ import annotations

from tests.app.anonymiser.round3 import (
    KEPT_KINDS,
    MASKED_KINDS,
    Narrative,
    Planted,
    _parse,
    evaluate,
    kept,
    masked,
    name_tokens,
)

__all__ = [
    "KEPT_KINDS",
    "MASKED_KINDS",
    "Narrative",
    "Planted",
    "build",
    "deny_inputs",
    "evaluate",
    "keep_list",
    "kept",
    "masked",
    "name_tokens",
]


def deny_inputs() -> dict:
    """The fictitious register: persons (first, last), their streets, phones and e-mails, and network
    members written freely, as referents type them."""
    return {
        "names": [
            ("Marie-Claire", "Van den Bossche"),
            ("Rachid", "El Idrissi"),
            ("Jean-Baptiste", "Mbuyi Kalala"),
            ("Emine", "Öztürk"),
            ("Yamina", "Aït Ouali"),
            ("Lucie", "Boulanger"),
            ("Blanche", "Petit"),
            ("Mamadou", "Bah"),
            ("Hamza", "Ben Salah"),
            ("Ioana", "Popescu"),
            ("Krzysztof", "Wiśniewski"),
            ("Conceição", "da Silva"),
            ("Giuseppe", "Di Marco"),
            ("Nour", "Al Khatib"),
            ("Roger", "D'Haese"),
            "Dr. Tshibangu",
            "Tante Kadiatou",
            "Mehmet Çelik (beau-fils)",
            "Hugo De Smet (neveu)",
            "Dr Anne-Sophie Vanderelst",
            "kiné Serge Du Bois",
            "Mevrouw Janssens (buurvrouw)",
            "Karima El Idrissi (fille)",
            "Me Meunier (administratrice de biens)",
            "Ahmed (épicier)",
            "Aminata Sow (nièce)",
        ],
        "streets": [
            "Chaussée de Haecht 200, 1030 Schaerbeek",
            "Rue de Ribaucourt 45, 1080 Molenbeek-Saint-Jean",
            "Avenue Jean Volders 23, 1060 Saint-Gilles",
            "Rue Josaphat 98, 1030 Schaerbeek",
            "Rue Wayez 150, 1070 Anderlecht",
            "Rue Vanderkindere 12, 1180 Uccle",
            "Place Liedts 4, 1030 Schaerbeek",
            "Stalingradlaan 8, 1000 Brussel",
            "Square Ambiorix 7, 1000 Bruxelles",
            "Rue de la Loi 16, 1000 Bruxelles",
            "Boulevard Anspach 12, 1000 Bruxelles",
            "Clos des Lilas 3, 1140 Evere",
            "Drève de Lorraine 9, 1180 Uccle",
            "Quai du Commerce 20, 1000 Bruxelles",
            "Avenue Louise 54, 1050 Ixelles",
        ],
        "phones": [
            "0472 18 93 40",
            "0489/23.71.05",
            "0476 502 311",
            "+32 485 66 12 09",
            "02 522 90 14",
            "02 215 44 87",
            "02/410.22.63",
            "0468 77 14 52",
            "0495 30 28 17",
            "0479 81 02 36",
            "0484 12 67 98",
            "0497 44 05 61",
            "02 375 18 62",
            "0465 92 33 18",
            "02 647 31 09",
        ],
        "emails": [
            "mc.vandenbossche@skynet.be",
            "rachid.elidrissi@hotmail.com",
            "jb.mbuyi@gmail.com",
            "ioana.popescu85@yahoo.com",
            "hamza.bensalah@outlook.be",
            "lucie.boulanger@telenet.be",
        ],
    }


def keep_list() -> list[str]:
    """The referent's directory (Resource.name): organisations that must stay in clear, some of them named
    after people."""
    return [
        "CPAS d'Anderlecht",
        "CPAS de Bruxelles",
        "Centre Public d'Action Sociale de Saint-Gilles",
        "Maison médicale du Nord",
        "Mutualité chrétienne",
        "Christelijke Mutualiteit",
        "Solidaris",
        "Partenamut",
        "CHU Saint-Pierre",
        "Hôpital Brugmann",
        "Hôpital Erasme",
        "Cliniques universitaires Saint-Luc",
        "Institut Jules Bordet",
        "Maison Marie-Louise",
        "Huis voor Gezondheid",
        "OCMW Brussel",
        "OCMW Elsene",
        "Samenlevingsopbouw",
        "Wit-Gele Kruis",
        "UZ Brussel",
        "Infirmiers de Rue",
        "Samusocial",
        "Croix-Rouge",
    ]


_TEXTS: list[tuple[str, str, str]] = [
    (
        "fr",
        "telegraphic",
        (
            "VAD {r|Mme Van den Bossche}. BPCO stable, O2 2 l/min. Neveu {r|Hugo} passe le soir. "
            "<t|Spiriva> ok. Dr {r|Vanderelst} prévenue. Prochain passage <d|jeudi 6 mars à 10h>. Kiné "
            "dispo au {tel|02/512.34.56}."
        ),
    ),
    (
        "fr",
        "paragraph",
        (
            "Visite à domicile chez {r|Rachid El Idrissi}, {adr|rue de Ribaucourt 45}, {cp|1080 "
            "Molenbeek-Saint-Jean}. Monsieur vit seul depuis le décès de son épouse {u|Latifa}. Le "
            "diabète reste mal équilibré, il saute des repas pendant le <t|Ramadan> et se perd dans ses "
            "deux stylos d'insuline. Sa fille {r|Karima} l'appelle tous les jours mais habite à "
            "<p|Vilvoorde>. On ira ensemble à la <o|Maison médicale du Nord> pour revoir le schéma."
        ),
    ),
    (
        "fr",
        "list",
        (
            "- Patiente : {r|Emine Öztürk}, 63 ans\n"
            "- Diabète type 2 + dépression, très isolée depuis le départ de sa fille {u|Sevgi} en "
            "<p|Turquie>\n"
            "- Traitement : <t|Metformine> 850, <t|Sertraline> 50\n"
            "- Beau-fils {r|Mehmet} fait les courses le samedi\n"
            "- À contacter : <o|Solidaris> pour l'aide familiale"
        ),
    ),
    (
        "fr",
        "lowercase_sms",
        (
            "vu {r|yamina} ce matin, confuse, a oublié ses médocs 2 jours. la voisine {u|mme hermans} a "
            "les clés. fils injoignable au {tel|0486123344}. je repasse <d|mardi 14h>"
        ),
    ),
    (
        "fr",
        "email_forward",
        (
            "---------- Message transféré ----------\n"
            "De : {u|Stéphanie Lambotte}\n"
            "À : équipe référents Anderlecht\n"
            "Objet : TR: situation {r|Mme Aït Ouali}\n"
            "\n"
            "Bonjour,\n"
            "Je vous transmets la situation de {r|Mme Yamina Aït Ouali}, domiciliée {adr|rue Wayez 150}, "
            "{cp|1070 Anderlecht}. Le dossier est suivi au <o|CPAS d'Anderlecht> depuis l'an dernier. "
            "Madame oublie ses rendez-vous et son fils travaille de nuit.\n"
            "Bien à vous,\n"
            "{u|Stéphanie Lambotte}\n"
            "Assistante sociale\n"
            "Tél. {tel|02 512 34 56}"
        ),
    ),
    (
        "nl",
        "dutch",
        (
            "Huisbezoek bij {r|dhr. D'Haese}, {adr|Louizalaan 54}, {cp|1050 Elsene}. Meneer is geboren "
            "op {ddn|7 juni 1944} en heeft hartfalen, de benen zijn gezwollen. Zijn dochter {u|Griet} "
            "komt elke <t|woensdag>. Afspraak met <o|Huis voor Gezondheid> op <d|12 maart om 9u>."
        ),
    ),
    (
        "fr",
        "transcript",
        (
            "« {r|Blanche}, tu as pris tes gouttes ? » demande sa voisine {u|Ginette}. « <t|Bah> oui, ce "
            "matin », répond {r|Mme Petit}. Puis, plus bas : « Mon neveu {u|Didier} ne vient plus depuis "
            "la <t|Toussaint>. »"
        ),
    ),
    (
        "fr",
        "table_like",
        (
            "Nom : {r|DA SILVA Conceição}\n"
            "Adresse : {adr|Clos des Lilas 3}, {cp|1140 Evere}\n"
            "Tél : {tel|0497 44 05 61}\n"
            "NN : {niss|45.08.22-197.47}\n"
            "Mutuelle : <o|Mutualité chrétienne>\n"
            "Médecin traitant : {u|Dr Hanssens}"
        ),
    ),
    (
        "fr",
        "handover",
        (
            "Passation pour {u|Nadia} pendant mon congé (retour le 22) :\n"
            "\n"
            "1. {r|M. Ben Salah} : insuffisance cardiaque, se pèse chaque matin, m'appeler s'il prend "
            "plus de 2 kg en trois jours. Consultation cardio au <o|CHU Saint-Pierre> <d|le 18/03 à "
            "8h45>, il faut lui rappeler la veille.\n"
            "2. {r|Lucie} : dossier aide ménagère en cours chez <o|Solidaris>. Relancer par mail "
            "({mail|lucie.boulanger@telenet.be}), elle ne décroche pas le téléphone.\n"
            "3. Les autres situations sont calmes, rien à signaler.\n"
            "\n"
            "Merci !"
        ),
    ),
    (
        "fr",
        "misspelled",
        (
            "Appel de {r|Mme Vandenbosch} ce matin, essoufflée, a fini sa bonbonne. J'ai prévenu le "
            "{r|Dr Vanderelts}. Le neveu {r|Hugo Desmet} passera ce soir avec le <t|Ventolin> de la "
            "pharmacie de la <p|place Meiser>."
        ),
    ),
    (
        "fr",
        "allcaps",
        (
            "URGENT – {r|MBUYI KALALA JEAN-BAPTISTE}\n"
            "Dialyse annulée hier, transport non venu. Rappeler {r|Dr. Tshibangu} au {tel|+32 2 555 43 "
            "21}. Voir avec le service transport du <o|Centre Public d'Action Sociale de Saint-Gilles> "
            "et l'<o|Hôpital Brugmann>."
        ),
    ),
    (
        "fr",
        "telegraphic",
        (
            "{r|Mamadou Bah}, 47 a. HTA + diabète. NISS {niss|78421511014}. Vit {adr|Stalingradlaan 8}, "
            "{cp|1000 Bruxelles}. {r|Tante Kadiatou} traduit (peul). Réunion au <o|CPAS de Bruxelles> "
            "<d|mercredi 9h>."
        ),
    ),
    (
        "nl",
        "dutch",
        (
            "{r|Mevr. Popescu} belde naar het <o|OCMW Brussel>: haar leefloon is niet gestort. Ze heeft "
            "MS en loopt slecht. IBAN voor de terugbetaling: {iban|BE78 3630 8152 3486}. Haar buurman "
            "{u|Dirk Wouters} helpt met de boodschappen. Nieuwe afspraak <d|vrijdag 21 maart>."
        ),
    ),
    (
        "fr",
        "paragraph",
        (
            "{r|Krzysztof Wiśniewski} nous a été adressé par le service social du <o|CHU Saint-Pierre> "
            "après une exacerbation de BPCO. Il loge au {adr|bd Anspach 12}, quatrième étage sans "
            "ascenseur, chez un ami, {u|Tomasz}. Sa sœur {u|Małgorzata} vit à <p|Gdańsk> et envoie "
            "parfois un peu d'argent sur son compte {iban|BE53 0017 6234 9853}. Il parle peu le français "
            "; on échange en anglais. Pas de médecin traitant : proposition d'inscription à la <o|Maison "
            "médicale du Nord>."
        ),
    ),
    (
        "fr",
        "lowercase_sms",
        (
            "ok pour demain. {r|nour} a fait une hypo au cours, sa coloc {u|lina} a appelé le 112. "
            "glucomètre à refaire. son num: {tel|0465923318}. rdv diabéto <d|jeudi 11h> à <o|saint-luc>"
        ),
    ),
    (
        "fr",
        "email_forward",
        (
            "De: {mail|KARIMA.ELIDRISSI@GMAIL.COM}\n"
            "À: équipe Molenbeek\n"
            "Objet: Papa\n"
            "\n"
            "Bonjour Madame,\n"
            "Mon père {r|Rachid} n'ouvre plus la porte depuis <t|vendredi>. Pouvez-vous passer ? Je suis "
            "à <p|Lyon> jusqu'au 15 pour le travail.\n"
            "Vous pouvez me joindre au {tel|+33 6 71 24 58 90}.\n"
            "Merci beaucoup,\n"
            "{r|Karima El Idrissi}"
        ),
    ),
    (
        "fr",
        "table_like",
        (
            "Bénéficiaire: {r|Di Marco Giuseppe} | DDN: {ddn|11-04-1939} | NN: {niss|39041122697} | Tél: "
            "{tel|02 375 18 62} | Pathologie: <t|Parkinson> | Épouse: {u|Rosa}"
        ),
    ),
    (
        "fr",
        "transcript",
        (
            "{r|Mme Aït Ouali} me montre une photo : « Ça c'est {u|Samir}, mon petit-fils, il fait son "
            "stage à l'<o|Institut Jules Bordet>. Et là, {u|Lydia}, ma belle-fille, elle ne vient "
            "jamais. » Elle parle longuement de son mari {u|Mokrane}, décédé au pays. « Avec eux je "
            "parle <t|kabyle>, avec vous le français. »"
        ),
    ),
    (
        "nl",
        "dutch",
        (
            "Geen antwoord bij {r|dhr. D'Haese}. De buurvrouw, {r|mevrouw Janssens}, heeft een sleutel "
            "en belde me terug op {tel|0478 22 19 64}. Hij lag op de grond in de badkamer; ambulance "
            "naar <o|UZ Brussel>. Zijn zoon {u|Koen} is verwittigd. Volgende week is het <t|Pasen>, dus "
            "pas <d|dinsdag 22 april> terug."
        ),
    ),
    (
        "nl",
        "mixed_fr_nl",
        (
            "Overleg met <o|Samenlevingsopbouw> over {r|Mme Öztürk} : elle voudrait un logement social, "
            "maar de wachtlijst is lang. Haar schoonzoon {r|Mehmet Çelik} komt mee naar de afspraak "
            "<d|op 2 april om 14u>. Adres blijft {adr|Josaphatstraat 98}, {cp|1030 Schaarbeek}."
        ),
    ),
    (
        "fr",
        "handover",
        (
            "Pour {u|Kevin} qui reprend mes visites : {r|Mme Petit}, {adr|place Liedts 4}, sonner deux "
            "fois, elle entend mal. Les clés sont chez {r|Ahmed}, l'épicier du rez-de-chaussée. "
            "Administratrice de biens : Me {r|Meunier}, joignable au {tel|02/219.44.70}. Elle adore "
            "parler du <p|Schaerbeek> d'avant-guerre, ça la détend."
        ),
    ),
    (
        "fr",
        "list",
        (
            "Documents à fournir au <o|CPAS d'Anderlecht> pour {r|Yamina Aït Ouali} :\n"
            "- carte d'identité (n° {eid|592-1234567-32})\n"
            "- NN {niss|41.12.23-260.92} (l'ancien {nissx|41122326029} noté par erreur est à barrer)\n"
            "- extraits de compte {iban|BE49 7320 4188 6671}\n"
            "- attestation de la <o|Mutualité chrétienne>"
        ),
    ),
    (
        "fr",
        "telegraphic",
        (
            "Tél. {r|J.-B.} ce jour : fatigué, dialyse 3x/sem. Dr {r|Tshibangu} ok pour réévaluer. "
            "Transport via <o|Centre Public d'Action Sociale de Saint-Gilles>. <t|Lundi> : bilan "
            "sanguin. Planning envoyé sur {mail|jb.mbuyi@gmail.com}."
        ),
    ),
    (
        "fr",
        "paragraph",
        (
            "Première rencontre avec {r|Conceição} et son mari {u|Manuel Ferreira} dans leur appartement "
            "d'<p|Evere>. Madame est diabétique depuis vingt ans et a été amputée d'un orteil l'an "
            "dernier. Elle parle portugais avec son mari et un français hésitant avec nous. Leur fille "
            "{u|Ana Gomes} vit à <p|Porto> et téléphone chaque dimanche. Priorités <t|BabbelBoost> "
            "choisies ensemble : alimentation, soins des pieds, sorties. Infirmière à domicile via la "
            "<o|Croix-Rouge>."
        ),
    ),
    (
        "fr",
        "lowercase_sms",
        (
            "jai eu le fils de {r|mr di marco}, {u|luca}, il peut venir <d|samedi 10h>. il demande le "
            "num de la kiné: {tel|0472/33.18.07}"
        ),
    ),
    (
        "nl",
        "dutch",
        (
            "Verslag huisbezoek {r|Marie-Claire Van den Bossche}\n"
            "COPD gold 3, zuurstof thuis. Ze woont alleen aan de {adr|Haachtsesteenweg 200}, {cp|1030 "
            "Schaarbeek}. Kinesist {r|Serge Du Bois} komt twee keer per week. Zij wil graag naar de "
            "seniorenwerking van <o|Samenlevingsopbouw>.\n"
            "Volgende afspraak: <d|maandag 7 april 10u30>."
        ),
    ),
    (
        "fr",
        "transcript",
        (
            "Pendant la visite, {r|M. Ben Salah} appelle sa femme : « {u|Samia}, apporte la balance ! » "
            "Sa fille répond depuis la cuisine : « Papa, {u|Inès} l'a rangée sous le lit. » Il rit : « "
            "Mon docteur, le {u|Dr Ferhat}, veut que je me pèse comme le <t|boulanger> pèse sa farine. »"
        ),
    ),
    (
        "fr",
        "table_like",
        (
            "Nom: {r|POPESCU Ioana} ; Née le: {ddn|31/07/1985} ; NN: {niss|85073100328} ; Tél: {tel|+32 "
            "479 81 02 36} ; Mail: {mail|ioana.popescu85@yahoo.com} ; Neurologue: {u|Dr Van Acker} "
            "(<o|Hôpital Erasme>)"
        ),
    ),
    (
        "fr",
        "allcaps",
        (
            "SITUATION DE CRISE – {r|WIŚNIEWSKI}\n"
            "Appel du <o|Samusocial> hier à 23h : {r|Krzysztof} a été trouvé sur un banc à la <p|gare du "
            "Midi>. Son ami {u|Tomasz Nowak} dit qu'il a perdu sa carte d'identité. Numéro BIS : "
            "{niss|62.21.04-063.05}."
        ),
    ),
    (
        "nl",
        "mixed_fr_nl",
        (
            "Réunion de réseau chez {r|dhr. D'Haese}. Aanwezig: dochter {u|Griet D'Haese}, huisarts "
            "dokter {u|Claessens}, thuisverpleging <o|Wit-Gele Kruis>. On décide d'un passage infirmier "
            "deux fois par jour. Schoonzoon {u|Bart} regelt de aanvraag bij het <o|OCMW Elsene>."
        ),
    ),
    (
        "fr",
        "list",
        (
            "Suivi {r|Lucie Boulanger} – points ouverts\n"
            "- kiné : {r|Serge}, deux fois par semaine\n"
            "- aide ménagère : <o|Solidaris>, demande envoyée\n"
            "- la fille, {u|Émilie}, passe le week-end\n"
            "- adresse de la fille : {adr|avenue des Cerisiers 31}, {cp|1200 Woluwe-Saint-Lambert}\n"
            "- rappeler <d|vendredi 28/03>"
        ),
    ),
    (
        "fr",
        "misspelled",
        (
            "Vu {r|Mme Ozturk} avec son beau-fils {r|Mehmed Celik}. Glycémie à jeun 2,80 g/l. Elle ne "
            "prend plus sa <t|Metformine> pendant le <t|Ramadan> et mange beaucoup le soir."
        ),
    ),
    (
        "fr",
        "email_forward",
        (
            "-----Original Message-----\n"
            "From: {u|Dr Sophie Marchal} ({mail|s.marchal@mmnord.be})\n"
            "To: référents Molenbeek\n"
            "Subject: {r|Mr El Idrissi}\n"
            "\n"
            "Chère collègue,\n"
            "Le patient n'est pas venu à sa consultation <d|du 12/03>. Pouvez-vous vérifier qu'il va "
            "bien ? Sa fille m'a donné le {tel|0487 45 12 90}.\n"
            "\n"
            "{u|Dr S. Marchal}\n"
            "<o|Maison médicale du Nord>\n"
            "{tel|02/203.50.10}"
        ),
    ),
    (
        "fr",
        "paragraph",
        (
            "{r|Nour Al Khatib} a 23 ans, diabète de type 1 depuis l'enfance à <p|Alep>. Elle vit seule "
            "{adr|quai du Commerce 20}, {cp|B-1000 Bruxelles}, et suit des cours de français proposés "
            "par le <o|CPAS de Bruxelles>. Sa mère {u|Rania} est restée en <p|Turquie>."
        ),
    ),
    (
        "fr",
        "telegraphic",
        (
            "{r|Bah M.} absent au RDV. Rappelé {tel|0468 77 14 52} sans réponse. La tante est passée "
            "dire qu'il est chez un cousin à <p|Liège>. Repasser <d|le 02/04>."
        ),
    ),
    (
        "nl",
        "dutch",
        (
            "Mevrouw {r|da Silva} is gevallen in de keuken. Haar man {u|Manuel} belde de huisarts, "
            "dokter {u|Verstraeten}. Ze heeft blauwe plekken maar niets gebroken. Ze wil haar suiker "
            "niet meer prikken. Haar dochter in Portugal: {tel|+351 912 345 678}. Afspraak "
            "diabetesverpleegkundige <d|donderdag 10 april>."
        ),
    ),
    (
        "fr",
        "transcript",
        (
            "{r|Giuseppe} ne parle presque plus. Sa femme {u|Rosa} traduit : « Il dit que {u|Paolo}, son "
            "frère, lui manque. » Puis, en montrant le pilulier : « Le <t|Sinemet>, il le prend à 8h, "
            "12h et 18h. » Leur fille {u|Francesca Di Marco} est passée <t|dimanche>."
        ),
    ),
    (
        "nl",
        "table_like",
        (
            "Naam: {r|Bah, Mamadou}\n"
            "Rijksregisternr: {niss|784215 110 14}\n"
            "Adres: {adr|Stalingradlaan 8}, {cp|1000 Brussel}\n"
            "GSM: {tel|+32(0)468 77 14 52}\n"
            "Huisarts: {u|Dr. Diallo}\n"
            "Ziekenfonds: <o|Christelijke Mutualiteit>"
        ),
    ),
    (
        "fr",
        "handover",
        (
            "Passation {u|Julie} → {u|Hamid} :\n"
            "{r|Hamza} (cardio) – pesée ok, mais s'essouffle dans l'escalier. Adresse : {adr|square "
            "Ambiorix 7}, 3e étage. Son épouse préfère qu'on appelle sur {tel|0495.30.28.17}. Carte "
            "bancaire bloquée : le virement de la mutuelle passe par {iban|BE21 0682 2190 4503}."
        ),
    ),
    (
        "fr",
        "lowercase_sms",
        (
            "{r|mme petit} ok, juste un <t|petit> coup de blues. la voisine {u|josiane} passe le soir. "
            "rdv <d|lundi 15h>"
        ),
    ),
    (
        "fr",
        "allcaps",
        (
            "<t|NOTE ADMINISTRATIVE>\n"
            "DOSSIER : {r|AL KHATIB NOUR}\n"
            "NN : {niss|02041926837}\n"
            "ANCIEN NN (ERRONÉ) : {nissx|02.04.19-268.73}\n"
            "IBAN : {iban|BE70143093772025}\n"
            "DEMANDE : intervention du <o|CPAS de Bruxelles> pour l'insuline non remboursée"
        ),
    ),
    (
        "fr",
        "telegraphic",
        (
            "{r|Roger D'Haese} sorti de l'<o|UZ Brussel>, rentré {adr|av. Louise 54}. Kiné à domicile "
            "demandée. {r|Mevr. Janssens} garde la clé. Tél. fils {u|Koen} : {tel|0032 478 65 43 21}."
        ),
    ),
    (
        "fr",
        "paragraph",
        (
            "Longue visite chez {r|Marie-Claire} aujourd'hui. Elle me parle de son mari {u|Albert}, mort "
            "il y a dix ans, et de leur mercerie de la <p|chaussée d'Ixelles>. Elle a peur de finir à la "
            "<o|Maison Marie-Louise> comme sa sœur {u|Jeanine}.\n"
            "Le souffle est meilleur depuis les séances de kiné, elle arrive à descendre faire ses "
            "courses deux fois par semaine.\n"
            "On a rempli la demande de carte de stationnement pour personne handicapée : plaque "
            "{plate|1-KBT-482}. Son neveu l'aidera pour la partie en ligne."
        ),
    ),
    (
        "nl",
        "mixed_fr_nl",
        (
            "{r|Krzysztof} wil stoppen met drinken. On l'oriente vers le <o|Huis voor Gezondheid> pour "
            "un premier contact. Zijn vriend {u|Jacek} gaat mee. RDV <d|woensdag 16/04 om 14u>. Contact "
            ": {tel|0484 12 67 98}."
        ),
    ),
    (
        "fr",
        "list",
        (
            "Contacts utiles – {r|M. Mbuyi}\n"
            "- néphrologue : {u|Dr Kabasele}, <o|Cliniques universitaires Saint-Luc>\n"
            "- épouse : {u|Thérèse Ngalula}, {tel|0489 51 62 73}\n"
            "- frère à <p|Kinshasa> : {tel|+243 81 234 5678}"
        ),
    ),
    (
        "fr",
        "transcript",
        (
            "« Madame {r|Boulanger}, vous avez mal où ? » – « Partout, mon <t|petit>. » Son mari "
            "{u|Jean-Pierre} intervient : « Elle ne dort plus depuis <t|Pâques>. » Elle soupire : « "
            "{u|Jean-Pierre}, arrête, tu exagères. »"
        ),
    ),
    (
        "nl",
        "email_forward",
        (
            "Van: {u|Els Vercammen} ({mail|els.vercammen@ocmw-brussel.be})\n"
            "Aan: referenten Brussel\n"
            "Onderwerp: FW: {r|Mamadou Bah}\n"
            "\n"
            "Dag collega,\n"
            "Meneer verhuist volgende maand naar de {adr|Kerkstraat 12 bus 4}, {cp|1080 "
            "Sint-Jans-Molenbeek}. Het dossier blijft voorlopig bij <o|OCMW Brussel>.\n"
            "Groeten,\n"
            "{u|Els}\n"
            "{tel|0032 2 543 61 20}"
        ),
    ),
    (
        "fr",
        "paragraph",
        (
            "Ce matin, {r|Mme Popescu} m'a montré la lettre de <o|Solidaris> : son incapacité de travail "
            "est reconnue. Elle vit au {adr|rue de la Loi 16 bte 3}, {cp|1000 Bruxelles}, un immeuble "
            "dont l'ascenseur est en panne depuis des semaines. Le loyer part sur le compte du "
            "propriétaire {iban|BE54 5230 8440 1997}. Son ex-compagnon, {u|Adrian}, a encore une clé, ce "
            "qui l'inquiète."
        ),
    ),
    (
        "fr",
        "misspelled",
        (
            "{r|M. Bensalah} pas vu depuis deux semaines. Sa fille {u|Inès} dit qu'il est chez son frère "
            "à <p|Sfax>. Pour {r|Mr El Idrisi} : glycémies bien notées dans le carnet. {r|Mme Popesco} "
            "rappelle demain."
        ),
    ),
    (
        "fr",
        "telegraphic",
        (
            "Ouverture dossier {r|Mbuyi Kalala J-B}, né le {ddn|18/09/52}, NN {niss|52 09 18 333 88}. "
            "Mutuelle : <o|Partenamut>. Médecin : {r|Dr. Tshibangu}."
        ),
    ),
    (
        "fr",
        "lowercase_sms",
        (
            "{r|lucie} a chuté, rien de cassé. son mari dit appeler le {tel|+32 2 215 44 87}. elle veut "
            "pas aller à <o|brugmann>"
        ),
    ),
    (
        "nl",
        "dutch",
        (
            "Eerste gesprek met {r|Emine Öztürk} samen met tolk {u|Ayşe Kaya}. Mevrouw heeft diabetes en "
            "een depressie en komt zelden buiten. Ze woont op de derde verdieping zonder lift. Haar "
            "schoonzoon {r|Mehmet} doet de boodschappen op de markt aan het <p|Liedtsplein>. "
            "Prioriteiten <t|BabbelBoost>: eten, bewegen, eenzaamheid. Ze wil graag naar een "
            "vrouwengroep van <o|Samenlevingsopbouw> waar ze <t|Turks> kan spreken."
        ),
    ),
    (
        "fr",
        "table_like",
        (
            "| Nom | {r|Wisniewski Krzysztof} |\n"
            "| Naissance | {ddn|04/01/1962} |\n"
            "| BIS | {niss|62210406305} |\n"
            "| Hébergé chez | {u|Tomasz Nowak}, {adr|bd Anspach 12} |\n"
            "| Tél ami | {tel|0479 02 84 15} |"
        ),
    ),
    (
        "fr",
        "handover",
        (
            "Pour {u|Sarah} : le NN noté sur la fiche de {r|Mme Da Silva} était faux, le CPAS a renvoyé "
            "le dossier. Ancien numéro noté : {nissx|45.08.22-197.74}. Voir avec {u|Manuel} (le mari) "
            "qui garde les papiers. Appel prévu <d|mardi 8 avril à 9h30>."
        ),
    ),
    (
        "fr",
        "paragraph",
        (
            "{r|Hamza Ben Salah} touche une petite pension française (ancien travail à <p|Marseille>) "
            "versée sur {iban|FR76 3000 4013 2500 0123 4567 855}. Il confond ses numéros : sur le "
            "formulaire il a écrit {nissx|67030908830} comme numéro national. On corrige avec la carte "
            "d'identité lors du passage de <d|vendredi 11 avril>."
        ),
    ),
    (
        "fr",
        "list",
        (
            "Répertoire famille {r|Aït Ouali} :\n"
            "- fils {u|Hocine} : {tel|0470/12.34.56}\n"
            "- fille {u|Ouardia} : {tel|+33 1 45 67 89 10}\n"
            "- petit-fils {u|Samir} : {tel|04 70 55 16 23}"
        ),
    ),
    (
        "nl",
        "mixed_fr_nl",
        (
            "{r|Dhr. Di Marco} kan niet meer alleen naar buiten. Sa fille {u|Francesca}, qui habite "
            "{cp|1180 Ukkel}, voudrait une place à la <o|Maison Marie-Louise>, maar de wachtlijst is "
            "lang. Contact : {mail|francesca.dimarco@telenet.be}."
        ),
    ),
    (
        "fr",
        "transcript",
        (
            "Au téléphone, {r|Karima} : « Mon père, {r|Rachid}, il dit qu'il prend ses cachets, mais moi "
            "je trouve les boîtes de <t|Glucophage> pleines. Mon frère {u|Bilal} est à <p|Tanger>, son "
            "numéro c'est le {tel|+212 661 23 45 67}. » Je lui propose un passage <d|mercredi 16 avril>."
        ),
    ),
    (
        "nl",
        "dutch",
        (
            "{r|Mevr. Van den Bossche} belt: zuurstofapparaat stuk. Firma verwittigd, nieuw toestel "
            "<d|morgen om 8u>. Neef {r|Hugo De Smet} blijft vannacht bij haar."
        ),
    ),
    (
        "fr",
        "email_forward",
        (
            "Début du message réexpédié :\n"
            "De: {mail|hamza.bensalah@outlook.be}\n"
            "Objet: pension\n"
            "\n"
            "Bonjour, je vous envoie le numéro de compte de mon épouse {u|Samia Trabelsi} : {iban|be94 "
            "0634 1102 5714}. Merci.\n"
            "{r|Hamza}\n"
            "Envoyé de mon <t|iPhone>"
        ),
    ),
    (
        "fr",
        "telegraphic",
        (
            "Nièce {r|Aminata Sow} accompagne {r|M. Bah} au <o|CHU Saint-Pierre> <d|le 23/04 à 8h>. "
            "Diabète + HTA, pieds à surveiller. Plaque voiture de la nièce : {plate|2-GHK-517} (parking)."
        ),
    ),
    (
        "fr",
        "paragraph",
        (
            "{r|Blanche Petit} a 88 ans et vit seule {adr|place Liedts 4}. Elle a été institutrice à "
            "<p|Saint-Josse> pendant quarante ans. Elle ne sort plus depuis une chute en <t|janvier>. "
            "Elle me raconte son mariage avec {u|Fernand}, et toutes les fois où elle a passé une nuit "
            "<t|blanche> à attendre ses lettres. Son administratrice, Me {r|Meunier}, passe une fois par "
            "mois."
        ),
    ),
    (
        "nl",
        "dutch",
        (
            "Identiteitskaart van {r|dhr. D'Haese} verlopen (kaartnr. {eid|591-7654321-56}). Afspraak "
            "bij de gemeente <p|Elsene> <d|donderdag 24 april 10u>. Zijn dochter {u|Griet} gaat mee."
        ),
    ),
    (
        "fr",
        "lowercase_sms",
        (
            "envoie le rapport à {r|serge} (le kiné) : {mail|serge.dubois (at) kine-bxl.be} stp. {r|mme "
            "van den bossche} va mieux"
        ),
    ),
    (
        "fr",
        "allcaps",
        (
            "<t|RAPPEL> – NE PAS DIVULGUER\n"
            "{r|EL IDRISSI RACHID}, {adr|RUE DE RIBAUCOURT 45}, {cp|1080 MOLENBEEK}\n"
            "NN {niss|61.11.30 154-13}\n"
            "TÉL {tel|0489/23.71.05}"
        ),
    ),
    (
        "fr",
        "handover",
        (
            "Passation à {u|Fatima} : {r|Nour} a rendez-vous en diabéto à <o|Saint-Luc> <d|lundi 28 "
            "avril à 11h>. Elle a changé de numéro : {tel|0466 18 27 39}. Son frère {u|Omar Al Khatib} "
            "vit à <p|Gand>. Elle fait le <t|Ramadan> : adapter les doses avec l'infirmière."
        ),
    ),
    (
        "fr",
        "table_like",
        (
            "Fiche contact – {r|Mme Popescu}\n"
            "Frère : {u|Vasile Popescu}, <p|Iași>, tél. {tel|+40 721 234 567}\n"
            "Compte NL (ancien emploi) : {iban|NL72 INGB 0417 2605 20}"
        ),
    ),
    (
        "fr",
        "misspelled",
        (
            "Visite chez {r|Mme Ait-Ouali}. Fils {u|Hocine} présent. {r|Yamna} reconnaît son fils mais "
            "plus moi. <t|Alzheimer> débutant selon la gériatrie de l'<o|Hôpital Brugmann>."
        ),
    ),
    (
        "fr",
        "paragraph",
        (
            "Le neveu de {r|Mme Petit}, {u|Didier Lambert}, souhaite reprendre contact. Il habite "
            "{adr|chaussée de Haecht 512/3}, {cp|1030 Schaerbeek}, et a écrit depuis "
            "{mail|didier.lambert62@hotmail.com}. {r|Blanche} hésite : il ne l'a plus appelée depuis la "
            "mort de sa sœur. On en reparle <d|lundi 5 mai>."
        ),
    ),
    (
        "nl",
        "dutch",
        (
            "{r|Dhr. Bah} is naar zijn zus in <p|Antwerpen> (tel. {tel|03 231 45 67}). Daarna logeert "
            "hij bij een vriend in <p|Gent>, {tel|09/223.45.78}. Terug rond <d|15 mei>."
        ),
    ),
    (
        "fr",
        "telegraphic",
        (
            "{r|Conceição} en revalidation à <p|Ottignies> ({tel|010 43 72 11}), ensuite chez sa fille à "
            "<p|Nivelles>, {tel|067 21 88 04}. Mari {u|Manuel} reste seul, NN {niss|55.00.02-177.45}, à "
            "surveiller."
        ),
    ),
    (
        "fr",
        "transcript",
        (
            "{r|Emine} au téléphone avec sa fille : « {u|Sevgi}, ne t'inquiète pas, {r|Mehmet} vient "
            "demain. » Puis à moi : « Ma fille m'appelle depuis <p|Istanbul>, son numéro c'est le "
            "{tel|+90 532 123 45 67}. » Elle ajoute que le <t|Lantus> lui fait peur."
        ),
    ),
    (
        "fr",
        "list",
        (
            "Orientations proposées à {r|M. Wiśniewski} :\n"
            "- <o|Infirmiers de Rue> pour les soins de plaies\n"
            "- <o|CPAS de Bruxelles> : aide médicale urgente\n"
            "- <o|Huis voor Gezondheid> : inscription\n"
            "- visite commune le <d|mardi 13 mai à 10h> avec {u|Tomasz}"
        ),
    ),
    (
        "nl",
        "mixed_fr_nl",
        (
            "Appel de {u|Lotte Verhaegen} (<o|Wit-Gele Kruis>) : {r|Mevr. Van den Bossche} weigert de "
            "verpleging. Elle dit que {r|Hugo} s'en occupe. {u|Lotte} vraagt een overleg op <d|vrijdag "
            "16 mei>. Haar nummer : {tel|0476/88.12.03}."
        ),
    ),
    (
        "fr",
        "paragraph",
        (
            "{r|Yamina Aït Ouali}, née le {ddn|23 décembre 1941} à <p|Tizi Ouzou>, est arrivée en "
            "Belgique en 1968. Elle a travaillé comme femme de ménage à <p|Anderlecht> jusqu'à sa "
            "pension. Sa belle-fille {u|Lydia} voudrait l'inscrire au centre de jour de la <o|Maison "
            "Marie-Louise>."
        ),
    ),
    (
        "fr",
        "email_forward",
        (
            "Fwd: demande de visite\n"
            "From: {u|Abdelkader Mansouri} ({mail|A.MANSOURI@SKYNET.BE})\n"
            "To: Relais Schaerbeek\n"
            "\n"
            "Bonjour, ma voisine {r|Mme Öztürk} ne répond plus depuis deux jours. J'habite juste "
            "au-dessus, {adr|rue Josaphat 98 bte 5}.\n"
            "Cordialement,\n"
            "{u|A. Mansouri}\n"
            "GSM {tel|0032 486 77 21 09}"
        ),
    ),
    (
        "nl",
        "dutch",
        (
            "Dossier {r|Roger D'Haese}, ° {ddn|07.06.1944}, rijksregister {niss|44.06.07-081.93}. "
            "Valrisico hoog. Dochter {u|Griet} vraagt een personenalarm via de <o|Christelijke "
            "Mutualiteit>."
        ),
    ),
    (
        "fr",
        "lowercase_sms",
        (
            "{r|jean-baptiste} hospitalisé à <o|st-pierre> depuis hier soir. son épouse {u|thérèse} dit "
            "rien de grave. je passe <d|jeudi 14h>"
        ),
    ),
    (
        "fr",
        "handover",
        (
            "Pour la collègue qui reprend {r|Mme Boulanger} : NN {niss|500512 042 04}. Attention, "
            "l'ancien numéro du dossier papier ({nissx|50.05.12-042.40}) est erroné. Elle habite "
            "{adr|rue Vanderkindere 12}, {cp|1180 Uccle}. Fille {u|Émilie}, {tel|0475 20 31 42}."
        ),
    ),
    (
        "fr",
        "allcaps",
        (
            "DEMANDE D'INTERVENTION URGENTE\n"
            "{r|DI MARCO Giuseppe}, {adr|drève de Lorraine 9}, {cp|1180 Uccle}\n"
            "Chute cette nuit. Épouse {u|Rosa} épuisée. <t|Parkinson> avancé. Demande de répit à la "
            "<o|Maison Marie-Louise>."
        ),
    ),
]


def build() -> list[Narrative]:
    narratives = []
    for lang, style, source in _TEXTS:
        text, planted = _parse(source)
        narratives.append(Narrative(text, planted, lang, style))
    return narratives
