# ruff: noqa: E501  (data file: narratives and pools are long literals)
"""A deterministic corpus of narratives with planted identifiers, for the anonymiser tests and bench.

`build()` returns the register (deny list inputs), the keep list, and narratives: ~110 French texts
generated from templates and pools with a fixed seed, ~15 hand-written French narratives in the style of
the referents' reports, and ~25 Dutch or mixed texts. Every planted identifier is recorded with its kind
and its exact spelling in the text.

Kinds: register_name, unknown_name, niss, bis, niss_invalid, phone, iban, email, address, postcode, dob,
and two kinds that must be KEPT: resource (organisation/resource names) and appointment (plain dates).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

SEED = 20260314
MASKED_KINDS = (
    "register_name",
    "unknown_name",
    "niss",
    "bis",
    "niss_invalid",
    "phone",
    "iban",
    "email",
    "address",
    "postcode",
    "dob",
)
KEPT_KINDS = ("resource", "appointment")


@dataclass(frozen=True)
class Planted:
    text: str
    kind: str


@dataclass
class Narrative:
    text: str
    lang: str
    planted: list[Planted] = field(default_factory=list)
    source: str = "template"


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    address: str
    phone: str
    email: str


# --- the register -------------------------------------------------------------------------------------
PERSONS = (
    Person(
        "Jean-Pierre", "Dubois", "Rue de la Loi 16, 1000 Bruxelles", "0470 12 34 56", "jp.dubois@gmail.com"
    ),
    Person(
        "Fatima", "El Amrani", "Chaussée de Gand 112 bte 3", "02 411 22 33", "fatima.elamrani@hotmail.com"
    ),
    Person("Hélène", "Van den Broeck", "Avenue Brugmann 45", "0486 55 44 33", "helene.vdb@skynet.be"),
    Person("Rose", "Martin", "Rue Haute 298", "0495 10 20 30", "rose.martin@outlook.be"),
    Person("Mamadou", "Diallo", "Boulevard Lemonnier 87", "0488 77 66 55", ""),
    Person(
        "Marie-Claire",
        "Lefèbvre",
        "Kerkstraat 12, 1070 Anderlecht",
        "02 520 11 22",
        "mc.lefebvre@proximus.be",
    ),
    Person("Pierre", "Constant", "Square Ambiorix 3", "0478 90 12 34", ""),
    Person("Zoé", "N'Diaye", "Rue des Tanneurs 58", "0499 11 22 33", "zoe.ndiaye@gmail.com"),
    Person("Günther", "Schäfer", "Avenue Louise 231/5", "02 640 00 11", ""),
    Person("Aïcha", "Benali", "Rue Vandenbranden 7", "0473 21 43 65", "aicha.b@yahoo.fr"),
    Person("Joseph", "D'Hondt", "Steenweg op Gent 45 bus 3", "02 465 78 90", ""),
    Person("Blanche", "Marin", "Drève de Lorraine 9", "0477 66 55 44", ""),
)
MEMBERS = (
    ("Mme Fatima El Amrani", "", ""),
    ("Dr. Peeters", "02 538 11 11", "dr.peeters@medecins.be"),
    ("Jean-Pierre (fils)", "", ""),
    ("Karim Benali", "0472 33 44 55", ""),
    ("Sophie Wauters (infirmière)", "0475 98 76 54", "sophie.wauters@asd-bru.be"),
    ("Dr Nathalie Goossens", "02 344 55 66", ""),
    ("Ginette Vermeulen", "", ""),
    ("Youssef", "0484 12 12 12", ""),
    ("M. Olivier Lambotte", "", "o.lambotte@cpas-anderlecht.be"),
    ("Anne-Sophie Claes", "", ""),
)
DIRECTORY = (
    "Maison médicale Le Noyer",
    "CPAS d'Anderlecht",
    "CPAS de Schaerbeek",
    "Infor-Homes",
    "Solidaris",
    "Partenamut",
    "Service d'aide familiale de Saint-Gilles",
    "Espace Seniors",
    "Brusano",
    "Centre de Service Social de Forest",
    "Hôpital Érasme",
    "Cliniques universitaires Saint-Luc",
    "Maison médicale des Marolles",
    "Les Petits Riens",
    "Télé-Secours",
    "Mutualité chrétienne",
    "Infirmiers de rue",
    "Samusocial",
    "Alzheimer Belgique",
    "Croix-Rouge",
    "CHU Saint-Pierre",
    "Aide et Soins à Domicile",
    "Centre Familial de Bruxelles",
    "Similes",
    "Semiramis",
)

UNKNOWN_FIRST = (
    "Ginette",
    "Yasmina",
    "Khadija",
    "Bernadette",
    "Mehmet",
    "Lucien",
    "Ilse",
    "Wouter",
    "Nadia",
    "Abdel",
    "Svetlana",
    "Paulette",
    "Rachid",
    "Françoise",
    "Koen",
    "Agnieszka",
    "Ousmane",
    "Hanane",
    "Marcel",
    "Liesbeth",
    "Thérèse",
    "Gaston",
    "Moussa",
    "Fernande",
)
UNKNOWN_LAST = (
    "Haddad",
    "Lefèvre",
    "Janssens",
    "Kowalski",
    "Ouedraogo",
    "Mertens",
    "Bouzid",
    "Vandamme",
    "Dupont",
    "Nkembe",
    "Rahmani",
    "Willems",
    "Yilmaz",
    "Leclercq",
    "Moreau",
    "Peeters-Smet",
    "Gilson",
    "Tshibangu",
    "Hermans",
    "Lemaire",
    "Cools",
    "Baert",
)
FR_STREETS = (
    "rue de la Loi",
    "avenue Louise",
    "chaussée de Wavre",
    "boulevard Anspach",
    "place Flagey",
    "rue Haute",
    "avenue du Roi",
    "rue des Tanneurs",
    "drève de Lorraine",
    "clos des Lilas",
    "square Ambiorix",
    "impasse du Pré",
    "allée des Peupliers",
    "quai au Foin",
    "chemin du Moulin",
    "rue de l'Église",
    "av. Brugmann",
    "bd Lemonnier",
    "chée d'Alsemberg",
    "rue du Midi",
    "avenue de la Couronne",
    "rue Josaphat",
    "rue Général Leman",
    "chaussée de Haecht",
    "place Bara",
    "rue Blaes",
    "Av. Louise",
    "rue Vanderkindere",
    "boulevard du Souverain",
    "rue Saint-Bernard",
)
NL_STREETS = (
    "Kerkstraat",
    "Louizalaan",
    "Brusselsesteenweg",
    "Leopoldlaan",
    "Sint-Jansplein",
    "Stationsstraat",
    "Dorpsstraat",
    "Frankrijklei",
    "Lindendreef",
    "Molenweg",
    "Gentsesteenweg",
    "Koningslaan",
)
POSTCODES = (
    ("1000", "Bruxelles"),
    ("1070", "Anderlecht"),
    ("1030", "Schaerbeek"),
    ("1180", "Uccle"),
    ("1060", "Saint-Gilles"),
    ("1210", "Saint-Josse-ten-Noode"),
    ("1080", "Molenbeek-Saint-Jean"),
    ("1050", "Ixelles"),
    ("1190", "Forest"),
    ("1140", "Evere"),
    ("1090", "Jette"),
    ("1200", "Woluwe-Saint-Lambert"),
    ("9000", "Gent"),
    ("2000", "Antwerpen"),
    ("4000", "Liège"),
    ("1020", "Laeken"),
    ("1081", "Koekelberg"),
)
FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
NL_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
FOREIGN_IBANS = (
    "FR7630006000011234567890189",
    "DE89370400440532013000",
    "NL91ABNA0417164300",
    "LU280019400644750000",
    "ES9121000418450200051332",
)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


class _Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    # -- names -----------------------------------------------------------------------------------------
    def register_name(self, person: Person) -> str:
        r = self.r
        first, last = person.first, person.last
        forms = [
            f"{first} {last}",
            first,
            last,
            f"Mme {last}",
            f"M. {last}",
            f"{last.upper()}",
            f"{first.upper()} {last.upper()}",
            strip_accents(f"{first} {last}"),
            f"{last} {first}",
            f"madame {last}",
            f"{first} {last[0]}.",
        ]
        if "-" in first:
            a, b = first.split("-", 1)
            forms += [
                f"{a} {b} {last}",
                f"{a[0]}.-{b[0]}. {last}",
                f"{a[0]}{b[0]} {last}",
                f"{a}-{b}",
                f"{a[0]}.-{b[0]}. {last[0]}.",
                f"{a[0]}{b[0]}".upper(),
            ]
        else:
            forms += [f"{first[0]}. {last}", f"{first[0]}. {last[0]}."]
        if " " in last:
            forms += [last.replace(" ", ""), last.replace(" ", "-")]
        if last[0].lower() in "aeiouéh":
            forms += [f"chez d'{last}"[5:] if False else f"d'{last}"]
        if first == "Hélène":
            forms += ["Helene", "HELENE", "Hélene"]
        if first == "Zoé":
            forms += ["Zoe", "Zoë"]
        if last == "Lefèbvre":
            forms += ["Lefebvre", "LEFEBVRE", "Lefèbvre"]
        form = r.choice(forms)
        return form

    def member_name(self) -> str:
        return self.r.choice(
            [
                "Peeters",
                "Dr Peeters",
                "le docteur Peeters",
                "Karim",
                "Karim Benali",
                "Sophie Wauters",
                "Sophie",
                "Wauters",
                "Dr Goossens",
                "Nathalie Goossens",
                "Ginette Vermeulen",
                "Youssef",
                "Lambotte",
                "Olivier Lambotte",
                "Anne-Sophie",
                "Anne Sophie Claes",
                "CLAES",
            ]
        )

    def unknown_name(self) -> str:
        r = self.r
        first, last = r.choice(UNKNOWN_FIRST), r.choice(UNKNOWN_LAST)
        return r.choice([f"{first} {last}", f"{first} {last}", last, first])

    # -- numbers ---------------------------------------------------------------------------------------
    def _niss_digits(self, bis: bool = False) -> str:
        r = self.r
        while True:
            year = r.randint(1925, 2004)
            month = r.randint(1, 12) + (r.choice((20, 40)) if bis else 0)
            day = r.randint(1, 28)
            serial = r.randint(1, 997)
            body = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
            base = int(("2" if year >= 2000 else "") + body)
            check = 97 - base % 97
            digits = f"{body}{check:02d}"
            valid = stdnum_bis.is_valid(digits) if bis else stdnum_nn.is_valid(digits)
            if valid:
                return digits

    def _format_niss(self, d: str) -> str:
        return self.r.choice(
            [
                f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}",
                d,
                f"{d[0:6]} {d[6:9]} {d[9:11]}",
                f"{d[0:6]}-{d[6:9]}-{d[9:11]}",
                f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:11]}",
                f"{d[0:2]}.{d[2:4]}.{d[4:6]}.{d[6:9]}.{d[9:11]}",
                f"{d[0:6]}-{d[6:9]}.{d[9:11]}",
            ]
        )

    def niss(self) -> str:
        return self._format_niss(self._niss_digits())

    def bis(self) -> str:
        return self._format_niss(self._niss_digits(bis=True))

    def niss_invalid(self) -> str:
        d = self._niss_digits()
        wrong = f"{(int(d[9:]) + self.r.randint(1, 50)) % 97 or 1:02d}"
        digits = d[:9] + wrong
        assert not stdnum_nn.is_valid(digits)
        return self._format_niss(digits)

    def phone(self) -> str:
        r = self.r
        while True:
            if r.random() < 0.5:
                national = f"4{r.choice('789')}{r.randint(0, 9)}{r.randint(0, 999999):06d}"
            else:
                zone = r.choice(
                    [
                        "2",
                        "10",
                        "11",
                        "13",
                        "14",
                        "15",
                        "16",
                        "19",
                        "3",
                        "4",
                        "50",
                        "51",
                        "52",
                        "53",
                        "54",
                        "55",
                        "56",
                        "57",
                        "58",
                        "59",
                        "60",
                        "61",
                        "63",
                        "64",
                        "65",
                        "67",
                        "68",
                        "69",
                        "71",
                        "80",
                        "81",
                        "82",
                        "83",
                        "84",
                        "85",
                        "86",
                        "87",
                        "89",
                        "9",
                    ]
                )
                rest = 8 - len(zone)
                national = zone + f"{r.randint(2 * 10 ** (rest - 1), 10**rest - 1)}"
            number = phonenumbers.parse("+32" + national)
            if phonenumbers.is_valid_number(number):
                break
        n = national
        if n.startswith("4"):
            groups = [n[:3], n[3:5], n[5:7], n[7:9]]
        elif len(n) == 8 and n[0] in "2349":
            groups = [n[:1], n[1:4], n[4:6], n[6:8]]
        else:
            groups = [n[:2], n[2:4], n[4:6], n[6:8]]
        zero = "0" + groups[0]
        return r.choice(
            [
                f"{zero} {' '.join(groups[1:])}",
                f"{zero}/{'.'.join(groups[1:])}",
                f"{zero}.{'.'.join(groups[1:])}",
                f"{zero}-{'-'.join(groups[1:])}",
                zero + "".join(groups[1:]),
                f"+32 {' '.join(groups)}",
                f"+32{n}",
                f"0032 {' '.join(groups)}",
                f"+32 (0){groups[0]} {' '.join(groups[1:])}",
                f"{zero}/{''.join(groups[1:])}",
                f"{zero} {''.join(groups[1:3])} {groups[3]}",
            ]
        )

    def iban(self) -> str:
        r = self.r
        if r.random() < 0.3:
            compact = r.choice(FOREIGN_IBANS)
        else:
            while True:  # the bank code must exist (python-stdnum checks it)
                account = f"{r.choice(['001', '063', '068', '096', '310', '363', '539', '630', '732', '750', '000', '143', '210'])}{r.randint(0, 9999999):07d}"
                check = int(account) % 97 or 97
                bban = f"{account}{check:02d}"
                compact = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
                if stdnum_iban.is_valid(compact):
                    break
        if r.random() < 0.6:
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return compact

    def email(self) -> str:
        r = self.r
        first = strip_accents(r.choice(UNKNOWN_FIRST)).lower()
        last = strip_accents(r.choice(UNKNOWN_LAST)).lower().replace("-", "")
        domain = r.choice(
            [
                "gmail.com",
                "hotmail.com",
                "skynet.be",
                "proximus.be",
                "yahoo.fr",
                "telenet.be",
                "outlook.com",
                "cpas-schaerbeek.brussels",
                "mutsoc.be",
            ]
        )
        return r.choice(
            [
                f"{first}.{last}@{domain}",
                f"{first[0]}{last}@{domain}",
                f"{last}{r.randint(1, 99)}@{domain}",
                f"{first}_{last}@{domain}".upper() if r.random() < 0.1 else f"{first}-{last}@{domain}",
            ]
        )

    def address_fr(self) -> str:
        r = self.r
        street = r.choice(FR_STREETS)
        n = r.randint(1, 350)
        base = r.choice(
            [
                f"{street} {n}",
                f"{street}, {n}",
                f"{street} {n} bte {r.randint(1, 30)}",
                f"{street} {n}/{r.randint(1, 12)}",
                f"{street} {n}B",
                f"{n}, {street}",
                f"{street} n° {n}",
                f"{street} {n} boîte {r.randint(1, 9)}",
            ]
        )
        if r.random() < 0.4:
            code, commune = r.choice(POSTCODES)
            base += r.choice([f", {code} {commune}", f" - {code} {commune}", f", B-{code} {commune}"])
        return base[0].upper() + base[1:] if r.random() < 0.3 else base

    def address_nl(self) -> str:
        r = self.r
        street = r.choice(NL_STREETS)
        n = r.randint(1, 300)
        base = r.choice(
            [
                f"{street} {n}",
                f"{street} {n} bus {r.randint(1, 20)}",
                f"{street} {n}/{r.randint(1, 9)}",
                f"Steenweg op {r.choice(['Gent', 'Ninove', 'Mechelen'])} {n}",
            ]
        )
        if r.random() < 0.4:
            code, commune = r.choice(POSTCODES)
            base += f", {code} {commune}"
        return base

    def postcode(self) -> str:
        code, commune = self.r.choice(POSTCODES)
        return self.r.choice([f"{code} {commune}", f"B-{code} {commune}", f"B-{code} {commune.upper()}"])

    def dob(self, lang: str = "fr") -> tuple[str, str]:
        """(text around, the date part that must be masked)."""
        r = self.r
        year = r.randint(1928, 1975)
        month = r.randint(1, 12)
        day = r.randint(1, 28)
        if lang == "nl":
            date_text = r.choice(
                [
                    f"{day} {NL_MONTHS[month - 1]} {year}",
                    f"{day:02d}/{month:02d}/{year}",
                    f"{day}.{month}.{year}",
                ]
            )
            return r.choice(["geboren op {d}", "geboortedatum: {d}", "°{d}", "geb. {d}"]), date_text
        date_text = r.choice(
            [
                f"{day} {FR_MONTHS[month - 1]} {year}",
                f"{day:02d}/{month:02d}/{year}",
                f"{day}/{month}/{year % 100:02d}",
                f"{day:02d}.{month:02d}.{year}",
                f"{'1er' if day == 1 else day} {FR_MONTHS[month - 1]} {year}",
                f"{day}-{month:02d}-{year}",
            ]
        )
        frame = r.choice(
            [
                "né le {d}",
                "née le {d}",
                "DDN : {d}",
                "°{d}",
                "date de naissance : {d}",
                "née le {d} à Tanger",
                "né(e) le {d}",
                "D.D.N. {d}",
                "naissance : {d}",
            ]
        )
        return frame, date_text

    def appointment(self) -> str:
        r = self.r
        day, month = r.randint(1, 28), r.randint(1, 12)
        return r.choice(
            [f"{day} {FR_MONTHS[month - 1]} 2026", f"{day:02d}/{month:02d}/2026", f"{day}/{month}/2025"]
        )


# --- French templates ------------------------------------------------------------------------------------
# Slots: {P} register name, {U} unknown name (bare), {UT} unknown name after a title, {UR} after a relation,
# {M} network member, {R} resource, {NISS} {BIS} {BAD} {TEL} {IBAN} {MAIL} {ADR} {CP} {DOB} {RDV}
FR_TEMPLATES = (
    "{P} vit seul·e depuis le décès de son conjoint. Suivi par {R} depuis {RDV}.",
    "Visite à domicile chez {P}, {ADR}. Elle parle de sa peur de tomber.",
    "Appel de {M} ce matin : il s'inquiète pour {P} qui ne mange plus.",
    "Numéro national de {P} : {NISS}. Dossier transmis à {R}.",
    "NISS {NISS} à vérifier avec la mutuelle ({R}).",
    "Pour la demande, le numéro BIS est {BIS}.",
    "Le numéro noté sur la carte ({BAD}) semble erroné, à revérifier avec {P}.",
    "Joignable au {TEL} le matin, ou via sa fille au {TEL}.",
    "Tél. {TEL} — ne répond pas avant 10h.",
    "Virement de la GRAPA sur le compte {IBAN}.",
    "Compte bancaire : {IBAN} (géré par l'administrateur de biens).",
    "Contact par mail : {MAIL}, en copie {M}.",
    "{P} a déménagé : nouvelle adresse {ADR}.",
    "Elle habite {ADR}, au 3e étage sans ascenseur.",
    "Domicilié {CP}, chez son frère.",
    "{P}, {DOB}, diabétique depuis 20 ans.",
    "Patiente {DOB}, vit avec son petit-fils.",
    "Rencontre avec {UT} du {R} le {RDV}.",
    "Sa voisine {UR} passe tous les jours lui apporter le pain.",
    "{UT} (kiné) vient deux fois par semaine.",
    "Discussion avec {U} à propos du retour à domicile.",
    "Selon {U}, la situation s'est dégradée depuis l'hiver.",
    "{P} refuse l'aide familiale proposée par {R}.",
    "J'ai recontacté {M} pour organiser la concertation avec {R}.",
    "Rendez-vous le {RDV} au {R} avec {P}.",
    "Prochain contact prévu le {RDV}.",
    "{R} a accepté la demande d'aide ; {P} est soulagée.",
    "Le fils ({UR}) souhaite une maison de repos, {P} veut rester chez elle.",
    "Madame {P} ne comprend pas ses traitements ; la pharmacienne {UR} a fait un schéma.",
    "Son médecin, le Dr {PL}, est informé.",
    "Courrier envoyé à {P}, {ADR}.",
    "Inscription à {R} faite par {M}.",
    "Coordonnées de l'aidant : {U}, {TEL}, {MAIL}.",
    "{P} ({DOB}) souhaite voir du monde ; {R} propose un après-midi.",
)
RELATIONS = (
    "sa fille",
    "son fils",
    "sa voisine",
    "son voisin",
    "sa nièce",
    "son neveu",
    "son ami",
    "l'infirmière",
    "la kiné",
    "son petit-fils",
    "sa sœur",
    "son mari",
)
TITLES = ("Mme", "M.", "Madame", "Monsieur", "Dr", "Dr.", "Docteur", "Mr")


def _fill(gen: _Gen, template: str, lang: str = "fr") -> Narrative:
    r = gen.r
    planted: list[Planted] = []
    out = template

    def put(slot: str, value: str, kind: str, surface: str | None = None) -> None:
        nonlocal out
        out = out.replace("{" + slot + "}", value, 1)
        planted.append(Planted(surface if surface is not None else value, kind))

    while "{" in out:
        slot = out[out.index("{") + 1 : out.index("}")]
        if slot == "P":
            put(slot, gen.register_name(r.choice(PERSONS)), "register_name")
        elif slot == "PL":
            put(slot, r.choice(["Peeters", "Goossens", "PEETERS"]), "register_name")
        elif slot == "M":
            put(slot, gen.member_name(), "register_name")
        elif slot == "U":
            put(slot, gen.unknown_name(), "unknown_name")
        elif slot == "UT":
            name = gen.unknown_name()
            put(slot, f"{r.choice(TITLES)} {name}", "unknown_name", name)
        elif slot == "UR":
            name = r.choice(UNKNOWN_FIRST)
            put(slot, f"{r.choice(RELATIONS)} {name}", "unknown_name", name)
        elif slot == "R":
            put(slot, r.choice(DIRECTORY), "resource")
        elif slot == "NISS":
            put(slot, gen.niss(), "niss")
        elif slot == "BIS":
            put(slot, gen.bis(), "bis")
        elif slot == "BAD":
            put(slot, gen.niss_invalid(), "niss_invalid")
        elif slot == "TEL":
            put(slot, gen.phone(), "phone")
        elif slot == "IBAN":
            put(slot, gen.iban(), "iban")
        elif slot == "MAIL":
            put(slot, gen.email(), "email")
        elif slot == "ADR":
            put(slot, gen.address_nl() if lang == "nl" else gen.address_fr(), "address")
        elif slot == "CP":
            put(slot, gen.postcode(), "postcode")
        elif slot == "DOB":
            frame, date_text = gen.dob(lang)
            put(slot, frame.format(d=date_text), "dob", date_text)
        elif slot == "RDV":
            put(slot, gen.appointment(), "appointment")
        else:
            raise ValueError(slot)
    return Narrative(out, lang, planted)


def _generated_fr(gen: _Gen, count: int) -> list[Narrative]:
    narratives = []
    for _ in range(count):
        parts = [_fill(gen, t) for t in gen.r.sample(FR_TEMPLATES, gen.r.randint(3, 6))]
        narratives.append(
            Narrative(" ".join(p.text for p in parts), "fr", [x for p in parts for x in p.planted])
        )
    return narratives


# --- hand-written French narratives --------------------------------------------------------------------
def _hand_fr() -> list[Narrative]:
    def n(text: str, *planted: tuple[str, str]) -> Narrative:
        for surface, _ in planted:
            assert surface in text, surface
        return Narrative(text, "fr", [Planted(s, k) for s, k in planted], "hand")

    return [
        n(
            "Mme Rose Martin, 81 ans, vit seule rue Haute 298 depuis sa chute de janvier. Sa fille, Isabelle, vit "
            "à l'étranger. Elle touche la GRAPA. Infirmière à domicile deux fois par jour. Elle dit « rester chez "
            "moi, ne plus avoir peur de tomber, voir du monde ». La robe rose qu'elle portait à la fête du quartier "
            "l'a fait sourire.",
            ("Rose Martin", "register_name"),
            ("rue Haute 298", "address"),
            ("Isabelle", "unknown_name"),
        ),
        n(
            "Monsieur DIALLO (Mamadou), insuffisant cardiaque et BPCO, vit à Saint-Josse avec son épouse qui traduit "
            "pour lui. Trois devis de bandagistes demandés. L'AS de la mutualité (Solidaris) a été contactée. "
            "Tél. épouse : 0488/77.66.55. J'ai débordé largement.",
            ("DIALLO", "register_name"),
            ("Mamadou", "register_name"),
            ("0488/77.66.55", "phone"),
            ("Solidaris", "resource"),
        ),
        n(
            "Situation de Jean Pierre Dubois (JP pour les intimes) : diabète de type 2, HTA. Son fils Jean-Pierre "
            "junior passe le dimanche. Le Dr. Peeters (MG) a été prévenu par eHealthBox. Le CPAS d'Anderlecht "
            "instruit une demande de carte médicale. NN 48.03.03-123.47 à vérifier.",
            ("Jean Pierre Dubois", "register_name"),
            ("JP", "register_name"),
            ("Jean-Pierre", "register_name"),
            ("Peeters", "register_name"),
            ("CPAS d'Anderlecht", "resource"),
            ("48.03.03-123.47", "niss_invalid"),
        ),
        n(
            "Visite chez Mme d'Amrani (Fatima) chée de Gand 112 bte 3, 1080 Molenbeek-Saint-Jean. Elle ne parle "
            "que l'arabe ; son neveu Youssef traduit. Née le 12/05/1950 à Oujda. Rendez-vous le 14 avril 2026 à la "
            "Maison médicale des Marolles.",
            ("Amrani", "register_name"),
            ("Fatima", "register_name"),
            ("chée de Gand 112 bte 3", "address"),
            ("1080 Molenbeek-Saint-Jean", "postcode"),
            ("12/05/1950", "dob"),
            ("Youssef", "register_name"),
            ("14 avril 2026", "appointment"),
            ("Maison médicale des Marolles", "resource"),
        ),
        n(
            "HELENE VAN DEN BROECK — avenue Brugmann 45, 1180 Uccle. DDN : 3/3/48. Veuve, sans enfants. Elle "
            "voudrait entrer en résidence-services. Contact Infor-Homes pris le 02/03/2026. Mail : "
            "helene.vdb@skynet.be.",
            ("HELENE VAN DEN BROECK", "register_name"),
            ("avenue Brugmann 45", "address"),
            ("3/3/48", "dob"),
            ("Infor-Homes", "resource"),
            ("helene.vdb@skynet.be", "email"),
            ("02/03/2026", "appointment"),
        ),
        n(
            "Zoe Ndiaye m'appelle en pleurs : son propriétaire veut récupérer l'appartement rue des Tanneurs. "
            "Elle a contacté une association pour le logement, sans réponse. Sa voisine Paulette l'héberge "
            "provisoirement. GSM : +32 499 11 22 33.",
            ("Zoe Ndiaye", "register_name"),
            ("Paulette", "unknown_name"),
            ("+32 499 11 22 33", "phone"),
        ),
        n(
            "Réunion de concertation avec Sophie (infirmière ASD), Dr Goossens et Olivier Lambotte du CPAS de "
            "Schaerbeek. Mr Schafer refuse toujours les repas à domicile. Prochaine réunion en mai.",
            ("Sophie", "register_name"),
            ("Goossens", "register_name"),
            ("Olivier Lambotte", "register_name"),
            ("Schafer", "register_name"),
            ("CPAS de Schaerbeek", "resource"),
        ),
        n(
            "Aïcha BENALI et son fils Karim sont venus à la permanence. Karim a perdu son emploi ; il gère les "
            "papiers de sa mère. Compte de madame : BE71 0961 2345 6769. À orienter vers le service social de la "
            "mutualité (Partenamut).",
            ("Aïcha BENALI", "register_name"),
            ("Karim", "register_name"),
            ("BE71 0961 2345 6769", "iban"),
            ("Partenamut", "resource"),
        ),
        n(
            "Pierre Constant, 74 ans, square Ambiorix 3. Suivi constant nécessaire pour l'observance. Pierre dit "
            "qu'il « n'est pas un numéro ».",
            ("Pierre Constant", "register_name"),
            ("square Ambiorix 3", "address"),
            ("Pierre", "register_name"),
        ),
        n(
            "Joseph D'Hondt (Steenweg op Gent 45 bus 3) : rencontre avec l'ergothérapeute de Brusano. Il voudrait "
            "retourner à la pêche avec son ami Marcel Gilson. Téléphone fixe 02/465.78.90.",
            ("Joseph D'Hondt", "register_name"),
            ("Steenweg op Gent 45 bus 3", "address"),
            ("Brusano", "resource"),
            ("Marcel Gilson", "unknown_name"),
            ("02/465.78.90", "phone"),
        ),
        n(
            "Mme Blanche Marin (°14.07.1939) a passé une nuit blanche après l'annonce du diagnostic. Son gendre, "
            "M. Kowalski, s'occupe des courses. Coordination via Aide et Soins à Domicile.",
            ("Blanche Marin", "register_name"),
            ("14.07.1939", "dob"),
            ("Kowalski", "unknown_name"),
            ("Aide et Soins à Domicile", "resource"),
        ),
        n(
            "Marie-Claire Lefebvre, Kerkstraat 12 à Anderlecht. Elle a peur de l'hôpital depuis son séjour à "
            "Érasme. Sa petite-fille Liesbeth vient de Gent le week-end. Appel au 02 520 11 22.",
            ("Marie-Claire Lefebvre", "register_name"),
            ("Kerkstraat 12", "address"),
            ("Liesbeth", "unknown_name"),
            ("02 520 11 22", "phone"),
        ),
        n(
            "Echange avec Ginette Vermeulen, la voisine de Günther Schäfer, qui a les clés. M. Schäfer est né le "
            "1er février 1941. Le taxi social de la commune l'emmène à Bordet le 3 mars 2026.",
            ("Ginette Vermeulen", "register_name"),
            ("Günther Schäfer", "register_name"),
            ("Schäfer", "register_name"),
            ("1er février 1941", "dob"),
            ("3 mars 2026", "appointment"),
        ),
        n(
            "Dossier CPAS : n° de registre national 85073003328, adresse de référence au CPAS. "
            "Mme El-Amrani souhaite garder l'anonymat auprès du Samusocial.",
            ("85073003328", "niss"),
            ("El-Amrani", "register_name"),
            ("Samusocial", "resource"),
        ),
        n(
            "J.-P. D. a encore oublié son rendez-vous à Saint-Luc. Sa belle-fille, Mme Yilmaz, va lui installer "
            "un pilulier. Anne-Sophie Claes (kiné) signale une perte de poids.",
            ("J.-P. D.", "register_name"),
            ("Yilmaz", "unknown_name"),
            ("Anne-Sophie Claes", "register_name"),
        ),
    ]


# --- Dutch and mixed --------------------------------------------------------------------------------------
NL_TEMPLATES = (
    "{P} woont alleen in de {ADR}. Haar dochter {U} komt elke zondag.",
    "Huisbezoek bij {P}, {DOB}. Zij is bang om te vallen.",
    "Rijksregisternummer: {NISS}. Dossier doorgestuurd naar het OCMW.",
    "Bereikbaar op {TEL} of via e-mail {MAIL}.",
    "Rekeningnummer {IBAN} voor de huurwaarborg.",
    "Gesprek met dokter {UN} over de medicatie van {P}.",
    "Mevrouw {UN} van het ziekenfonds belt terug op {RDV}.",
    "{P} verhuist naar {ADR}, {CP}.",
    "Contact met {M} over de thuiszorg van Wit-Gele Kruis.",
    "Mme {P} habite {ADR} ; haar zoon {U} helpt met de papieren.",
)


def _generated_nl(gen: _Gen, count: int) -> list[Narrative]:
    narratives = []
    for _ in range(count):
        parts = []
        for template in gen.r.sample(NL_TEMPLATES, gen.r.randint(2, 4)):
            template = template.replace("{UN}", "{U}")
            parts.append(_fill(gen, template, "nl"))
        narratives.append(
            Narrative(" ".join(p.text for p in parts), "nl", [x for p in parts for x in p.planted])
        )
    return narratives


def build(seed: int = SEED, french: int = 110, dutch: int = 25) -> list[Narrative]:
    gen = _Gen(seed)
    return [*_generated_fr(gen, french), *_hand_fr(), *_generated_nl(gen, dutch)]


def deny_inputs() -> dict[str, list]:
    """The DenyList constructor arguments for the register above."""
    return {
        "names": [(p.first, p.last) for p in PERSONS] + [m[0] for m in MEMBERS],
        "streets": [p.address for p in PERSONS],
        "phones": [p.phone for p in PERSONS] + [m[1] for m in MEMBERS],
        "emails": [p.email for p in PERSONS] + [m[2] for m in MEMBERS],
    }


def keep_list() -> list[str]:
    return list(DIRECTORY)


def survives(surface: str, output: str) -> bool:
    """Does `surface` still appear in `output` (folded, on word boundaries)?"""
    import re

    from app.anonymiser.folding import fold_text

    needle = re.escape(fold_text(surface).strip())
    return re.search(rf"(?<![\w]){needle}(?![\w])", fold_text(output)) is not None
