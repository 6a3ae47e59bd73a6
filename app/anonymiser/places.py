"""Capitalised words that look like given names but are not people: countries, big cities and regions,
months and days, feasts and religious words, kinship nicknames, function words and eponymous diseases.

The given-names list (`gender-guesser`) knows "Paris", "France", "Avril", "Elle", "Mai" or "Noël" as
names; these lists keep such words in clear. All entries are folded (`fold_text`: no accents, lower case).
"""

from __future__ import annotations

import re
from functools import cache

from app.anonymiser.folding import fold_text
from app.anonymiser.stop_words import spacy_stop_words
from app.anonymiser.wordlists import entries

_COUNTRIES = """
belgique belgie belgium france frankrijk allemagne duitsland germany pays-bas nederland hollande holland
luxembourg luxemburg espagne spanje espana italie italia italy portugal suisse zwitserland autriche
angleterre engeland royaume-uni irlande ecosse grece griekenland pologne polen polska roumanie roemenie
romania bulgarie bulgarije hongrie hongarije tchequie slovaquie croatie serbie bosnie albanie kosovo
macedoine slovenie ukraine oekraine russie rusland bielorussie moldavie lituanie lettonie estonie suede
zweden norvege danemark denemarken finlande islande turquie turkije turkey chypre maroc marokko morocco
algerie algerije tunisie tunesie libye egypte egypt syrie syrie liban irak iran afghanistan pakistan inde
india chine china japon japan vietnam coree thailande philippines indonesie israel palestine jordanie
arabie yemen congo rdc zaire rwanda burundi cameroun kameroen senegal mali guinee niger nigeria ghana
togo benin cote ivoire gabon angola ethiopie erythree somalie soudan kenya tanzanie ouganda mauritanie
madagascar maurice comores afrique afrika africa europe europa amerique amerika america asie azie asia
oceanie bresil brazilie bresilia argentine chili perou colombie venezuela equateur bolivie mexique canada
etats-unis usa cuba haiti
"""

_CITIES = """
brussels
matonge marolles sablon flagey heysel josaphat cureghem kuregem chatelain dansaert bockstael meiser
montgomery schuman anneessens stalingrad rogier tour-et-taxis tour-and-taxis botanique
paris lille lyon marseille toulouse nice nantes strasbourg bordeaux rennes reims metz nancy london londres
londen amsterdam rotterdam utrecht maastricht eindhoven den-haag cologne keulen aachen aix-la-chapelle
berlin munich hamburg francfort madrid barcelone barcelona seville valence malaga rome roma milan naples
turin venise florence lisbonne lisboa lissabon porto braga coimbra faro funchal madere athenes varsovie
warschau warszawa cracovie krakow wroclaw gdansk lodz poznan lublin katowice bialystok bucarest bucuresti
boekarest cluj iasi timisoara constanta brasov craiova sofia budapest prague vienne wenen istanbul
ankara izmir antalya konya kayseri emirdag afyon bursa adana trabzon casablanca rabat tanger tangier
tetouan fes fez meknes marrakech agadir oujda nador al-hoceima alhoceima berkane taza alger oran
constantine tunis sfax sousse caire beyrouth damas bagdad teheran kaboul kinshasa lubumbashi
kisangani mbuji-mayi kananga goma bukavu matadi kigali bujumbura douala yaounde dakar bamako conakry
abidjan lome cotonou lagos accra addis-abeba nairobi new-york washington montreal quebec moscou kiev
kyiv jerusalem mecque medine dubai
kabylie rif anatolie wallonie flandre flandres vlaanderen wallonie bruxelles-capitale brabant hainaut
limbourg limburg ardennes campine kempen mediterranee atlantique sahara
"""

_MONTHS_DAYS_FEASTS = """
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
januari februari maart april mei juni juli augustus oktober
lundi mardi mercredi jeudi vendredi samedi dimanche maandag dinsdag woensdag donderdag vrijdag zaterdag
zondag noel paques toussaint pentecote ascension assomption carnaval kerstmis kerst pasen pinksteren
ramadan ramadhan aid eid kippour hanoucca nouvel-an reveillon saint-nicolas sinterklaas halloween
dieu allah jesus christ seigneur bouddha vierge coran bible torah islam
covid corona
"""

# Kinship and endearment words written with a capital ("Mamie est tombée"): they describe a role, and
# the review screen can still mask them.
_KINSHIP = """
maman papa mama papa mamie mamy papy papi meme pepe memere pepere tata tonton tatie tantine bonne-maman
bon-papa grand-mere grand-pere oma opa bomma bompa moeke vake vava
"""

# Function words and domain words the given-names list knows as rare names (fr, nl, en).
_FUNCTION_WORDS = """
le la les un une des du de il elle ils elles on nous vous je tu son sa ses mon ma mes ton ta tes ce cet
cette ces qui que quoi dont ou mais donc or ni car si non oui pas plus bien mal rien tout tous aussi
puis ensuite alors enfin hier demain aide aides soins sante femme mari justice madame monsieur
en het een dan dat ze zij hij hun hoe na in ja dag man broer al toen wel niet maar ook nog die deze dit
the and
bonjour bonsoir merci salut bref voila helas ok euh bon allo stop attention urgent remarque note objectif
dank hallo hoi doei groetjes coucou hello hey slt bisous
objet subject onderwerp fwd fw tr re cc cci bcc envoye sent verzonden rdv
"""

# Eponymous diseases and syndromes: kept (they describe the situation, not the person). Those that are
# also frequent surnames or given names (Wilson, Gilbert, Paget, Down, Bell…) are kept only after
# "maladie de", "syndrome de", "ziekte van"… (see `eponym_spans`).
_EPONYMS = """
parkinson alzheimer crohn huntington charcot hodgkin basedow raynaud meniere asperger korsakoff
creutzfeldt alzheimer's parkinson's lewy binswanger biermer waldenstrom kahler horton dupuytren
bechterew sjogren hashimoto kaposi willebrand scheuermann guillain barre tourette cushing addison
marfan ehlers danlos duchenne tay-sachs paget
"""
EPONYMS = frozenset(_EPONYMS.split())

_EPONYM_CONTEXT = re.compile(
    r"(?i)\b(?:maladie|syndrome|démence|demence|chorée|choree|sclérose|sclerose|ataxie|paralysie|"
    r"myopathie|ziekte|syndroom|dementie|corps|lichaampjes)\s+(?:de\s+la\s+|de\s+|d['’]\s?|du\s+|van\s+|"
    r"met\s+)"
    r"(?P<names>[A-ZÀ-ÖØ-Þ][\w'’]*(?:\s*(?:-|et|en|,)\s*[A-ZÀ-ÖØ-Þ][\w'’]*){0,3})"
)


# Stop words that are also given names, written with a capital mid-sentence mostly as names.
_STOP_WORDS_KEPT_AS_NAMES = frozenset(["ben", "aura"])


@cache
def _words() -> frozenset[str]:
    text = " ".join([_COUNTRIES, _CITIES, _MONTHS_DAYS_FEASTS, _KINSHIP, _FUNCTION_WORDS])
    words = {fold_text(w) for w in text.split()}
    words |= _care_words()
    french, dutch = spacy_stop_words("fr"), spacy_stop_words("nl")  # empty without spaCy: the list above
    words |= {fold_text(w) for w in (*french, *dutch)} - _STOP_WORDS_KEPT_AS_NAMES
    return frozenset(words)


def _care_words() -> set[str]:
    """Dutch care words and the words of the organisation lists (round 5): never a name."""
    words = {fold_text(w) for w in entries("dutch_care_words")}
    for name in ("institution_words", "roles", "living_places"):
        words |= {fold_text(t) for entry in entries(name) for t in entry.split() if len(t) > 3}
    return words


def is_function_word(folded: str) -> bool:
    """A French or Dutch function word or stop word ("Elle", "Chaque", "Trois", "Dan")."""
    return folded in _words() and folded not in _place_words()


def is_stop_word(folded: str) -> bool:
    """A function word proper (not one of the Dutch care or organisation words of `_care_words`)."""
    return is_function_word(folded) and folded not in _cached_care_words()


@cache
def _cached_care_words() -> frozenset[str]:
    return frozenset(_care_words())


@cache
def _calendar_and_kinship() -> frozenset[str]:
    return frozenset(fold_text(w) for w in (_MONTHS_DAYS_FEASTS + _KINSHIP).split())


@cache
def _french_stop_words() -> frozenset[str]:
    stop_words = spacy_stop_words("fr")
    if stop_words:
        return frozenset(fold_text(w) for w in stop_words)
    return frozenset(fold_text(w) for w in _FUNCTION_WORDS.split())  # without spaCy: the short list


def is_french_stop_word(folded: str) -> bool:
    """A French function word ("elle", "tout"): never a name after a French relation word."""
    return folded in _french_stop_words()


def is_calendar_or_kinship(folded: str) -> bool:
    """A month, day, feast, religious or kinship word ("Mai", "Noël", "Mamie")."""
    return folded in _calendar_and_kinship()


def is_place(folded: str) -> bool:
    """A country, big city or region (folded token or hyphenated compound)."""
    return folded in _place_words()


@cache
def _place_words() -> frozenset[str]:
    return frozenset(fold_text(w) for w in (_COUNTRIES + _CITIES).split())


def not_a_name(folded: str) -> bool:
    """Is this folded token a place, month, day, feast, kinship word, function word or disease?"""
    return folded in _words() or folded in EPONYMS


def eponym_spans(text: str) -> list[tuple[int, int]]:
    """Spans of eponymous disease names in context ("maladie de Wilson", "syndrome de Gilles de la
    Tourette", "ziekte van Parkinson") and of the well-known eponyms alone ("son Parkinson")."""
    spans = [(m.start("names"), m.end("names")) for m in _EPONYM_CONTEXT.finditer(text)]
    for match in re.finditer(r"[^\W\d_]+(?:['’][a-z])?", text):
        if fold_text(match.group()) in EPONYMS and match.group()[:1].isupper():
            spans.append((match.start(), match.end()))
    return spans
