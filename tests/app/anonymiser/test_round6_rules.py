"""Round-6 rules (issue 19), written for these tests (not taken from a corpus): Dutch titles and family
words, Dutch adjectives before an institution word, codes after an alarm or a door through "van de",
codes spelt digit by digit, CPAS/OCMW numbers after the institution, dotted seven-digit foreigner-office
numbers, lower-case "de smet" as a word, French–Dutch code-switching. Mark-up of round 5: {kind|text}
masked, <kind|text> kept."""

from __future__ import annotations

import pytest

from app.anonymiser import Anonymiser, DenyList
from tests.app.anonymiser import round5

REGISTER = [("Noël", "Lambert"), ("Pieter", "Bakker"),
            ("Els", "De Smet"), ("Wim", "Vos"), ("Anouk", "Groen"), ("Ria", "Koning"),
            ("Jef", "Storm"), ("Mia", "Visser"), ("Lieve", "Roos"), ("Sofie", "Claes"),
            ("Piet", "De Lange"), ("Jan", "De Haan")]  # fmt: skip

CASES = [
    # codes
    "Sleutelkluis: {code|4812}. Alarm {code|7731}.",
    "Het alarm: {code|9052}.",
    "Alarme: {code|8899}.",
    "De code van de voordeur is {code|2580B}.",
    "Sleutelkluisje aan de deur, code {code|4-7-1-2}.",
    "Boîte à clés à gauche de la porte, code {code|3 9 1 7}.",
    "Sleutelkastje naast de deur: {code|7777}.",
    "Le code est {code|4812}.",
    "De code is {code|7204}.",
    "Code: {code|12-34}.",
    "PIN {code|0451}.",
    "Code toegang {code|9126}.",
    "La boîte à clés (code {code|6671}) est à droite.",
    # file numbers
    "OCMW {file|2024/0587}.",
    "CPAS n° {file|2023/4512}.",
    "Dossier n° {file|ocmw/2023/778}.",
    "Zijn dossier bij DVZ ({file|8.812.447}) is nog open.",
    "Hij kwam in 2015 naar België; nummer {file|9.002.118} bij de DVZ.",
    "Patiëntnummer {file|3318402} in het <org|UZ Brussel>.",
    # titles and family words
    "Mvr {u|Hendrickx} en dhr. {u|Maes} waren aanwezig.",
    "Les voisins, de familie {u|Ceulemans}, sont partis.",
    "La famille {u|Mukendi} est arrivée.",
    "De zoon van mevrouw {r|Koning}, {u|Bart}, komt op zondag.",
    # words that are register names
    "De <w|smid> en de <w|smet> op zijn naam.",
    "Een <w|vos> en een <w|haas> in de tuin.",
    "<w|De lange> gang, zegt meneer {r|De Lange}.",
    "Mevrouw {r|De Haan} heeft een <w|haan> in de tuin.",
    "Meneer {r|de lange} belt.",
    # organisations
    "Via <org|Brusselse Hoofdstedelijke Dienst voor Huisvesting> een woning gezocht.",
    "De dokter, dr. {u|Wouters}, van <org|Medisch Huis Vooruit>.",
    "Mevrouw {r|Claes} is bij de <org|Christelijke Mutualiteit> aangesloten.",
    # after the corpus's first run (general shapes, examples written here)
    "La carte médicale ({file|MC-24-2219}) expire en mai.",
    "Klantnummer {file|Q-448120} bij de mutualiteit.",
    "N° de séjour {file|25-0071234} à l'hôpital.",
    "PV {file|BR.12.K4.005510/2024} déposé.",
    "Son numéro CGVS était {file|22/09876}.",
    "Badge {file|FDS 0912 4477}.",
    "Numéro de dossier ONEM {file|B25-087766}; l'<org|ONEM> attend.",
    "Cadenas de la cave {code|417}.",
    "Code van de fietsenstalling: {code|3321}.",
    "Toegangscode gebouw is {code|5*1*9*0}.",
    "Le dr {u|Mathonet} a rappelé.",
    "Hij werkte in het <org|Metropole> en kookt nu bij <org|Het Kompas>.",
    "Elle fait le ménage chez <org|Services Ménagers Nord>.",
    "Elle ne veut pas passer <w|Noël> seule.",
    "L'ergothérapeute de <org|Domilift> passe lundi.",
    # code-switching
    "Mevrouw {r|Bakker} est passée au <org|CPAS>, maar de maatschappelijk werker {u|Siham} was er niet.",
    "Code porte: {code|4417}, sleutelkluis {code|2299}; OCMW-dossier {file|SCH/2024/00871}.",
    "Monsieur {r|Koning} attend la <w|koning> van België à la télé, grapt hij.",
]
# Left in clear: an amount of money written like a foreigner-office number; "code" before a year.
KEPT_NUMBERS = [
    "Une facture de 1.250.000 € ? Non.",
    "Le code 2023 de la route.",
    "Elle ne comprend pas les courriers de l'ONEM.",
    "La ligne 71 et le COVID-19.",
]


@pytest.fixture(scope="module", params=[False, True], ids=["without_ner", "with_ner"])
def anon(request) -> Anonymiser:
    return Anonymiser(DenyList(names=REGISTER), keep=["UZ Brussel"], use_ner=request.param)


@pytest.mark.parametrize("source", CASES)
def test_round6_shapes(anon: Anonymiser, source: str) -> None:
    text, planted = round5._parse(source)
    result = anon.scrub(text)
    wrong = [
        (p.kind, p.text)
        for p in planted
        if not (round5.kept(p, result) if p.kind in round5.KEPT_KINDS else round5.masked(p, result))
    ]
    assert wrong == [], result.text


@pytest.mark.parametrize("text", KEPT_NUMBERS)
def test_numbers_that_are_no_identifier_stay(anon: Anonymiser, text: str) -> None:
    assert anon.scrub(text).text == text


def test_a_postcode_with_its_country_letter_is_no_file_number(anon: Anonymiser) -> None:
    assert "NUMÉRO" not in anon.scrub("Envoyé au B-1000 Bruxelles.").text
