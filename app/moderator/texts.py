"""The fixed words of the moderator's synthesis in French, Dutch and English (PDF, CSV header, the labels the
synthesis makes itself), in the pattern of app.invisible_work_texts.

Chosen per file: `relais cdp merge` writes in the environment's language, the Moderator page in the window's.
Counts are grouped by a space in French and Dutch (``1 234``), by a comma in English (``1,234``); dates read
dd/mm/yyyy in French and Dutch, ISO in English (app.invisible_work_texts.day_text). The refused files' reasons
come from the message catalog (app.moderator.refusals), shared with the CLI and the window.
"""

from __future__ import annotations

import re
import string
from datetime import date

from app.durations import format_hours
from app.invisible_work_texts import day_text
from app.moderator.suppression import K

LANGUAGES = ("fr", "nl", "en")
SUPPRESSED = f"< {K}"  # a count of 1…4, the same in every language

_TEXTS: dict[str, tuple[str, str, str]] = {  # key: (fr, nl, en)
    # -- the document --
    "pdf.meta.title": ("Synthèse des dossiers de CdP", "Synthese van de CdP-bundels",
                       "Synthesis of the CdP bundles"),
    "pdf.footer": ("Anonymisé — Relais — synthèse du modérateur",
                   "Geanonimiseerd — Relais — synthese van de moderator",
                   "Anonymised — Relais — moderator's synthesis"),
    "pdf.page": ("page", "pagina", "page"),
    "pdf.title": ("Synthèse des dossiers de la communauté de pratique",
                  "Synthese van de bundels van de praktijkgemeenschap",
                  "Synthesis of the community of practice's bundles"),
    "pdf.period.none": ("Aucun dossier lisible", "Geen leesbare bundel", "No readable bundle"),
    "pdf.period.one": ("Période : {first}", "Periode: {first}", "Period: {first}"),
    "pdf.period.range": ("Période : {first} à {last}", "Periode: {first} tot {last}",
                         "Period: {first} to {last}"),
    "pdf.made_on": ("Établie le {date} avec Relais.", "Opgemaakt op {date} met Relais.",
                    "Drawn up on {date} with Relais."),
    # Dutch and English say "label: count", which reads right for 1 as for 1,000.
    "pdf.overview.bundles": (
        "{cdp} dossiers de séance et {work} dossiers de travail invisible fusionnés ; "
        "{refused} fichiers refusés.",
        "Samengevoegde sessiebundels: {cdp}; bundels onzichtbaar werk: {work}; "
        "geweigerde bestanden: {refused}.",
        "Session bundles merged: {cdp}; invisible-work bundles merged: {work}; files refused: {refused}.",
    ),
    "pdf.overview.counts": (
        "{referents} référents, {sessions} séances, {situations} situations distinctes.",
        "Referenten: {referents}; sessies: {sessions}; verschillende situaties: {situations}.",
        "Referents: {referents}; sessions: {sessions}; distinct situations: {situations}.",
    ),
    "pdf.no_chart": ("Pas de graphique : {why}.", "Geen grafiek: {why}.", "No chart: {why}."),
    "pdf.total": ("Total", "Totaal", "Total"),
    # -- the nœuds --
    "pdf.noeuds.title": ("Nœuds travaillés, par nombre de référents",
                         "Behandelde knelpunten, per aantal referenten",
                         "Nœuds worked on, by number of referents"),
    "pdf.col.noeud": ("Nœud", "Knelpunt", "Nœud"),
    "pdf.col.sessions": ("Séances", "Sessies", "Sessions"),
    "pdf.col.referents": ("Référents", "Referenten", "Referents"),
    "pdf.noeuds.no_chart": (
        "chaque nœud a été soulevé par moins de {k} référents",
        "elk knelpunt werd door minder dan {k} referenten aangekaart",
        "every nœud was raised by fewer than {k} referents",
    ),
    # -- the two-way tables --
    "pdf.priorities.title": ("Priorités par thème et vulnérabilité (situations)",
                             "Prioriteiten per thema en kwetsbaarheid (situaties)",
                             "Priorities by theme and vulnerability (situations)"),
    "pdf.shortages.title": ("Registre des pénuries : type de ressource — commune (situations)",
                            "Register van de tekorten: soort hulpbron — gemeente (situaties)",
                            "Shortage ledger: resource type — municipality (situations)"),
    "pdf.cross.part": ("{title} — partie {number} / {count}", "{title} — deel {number} / {count}",
                       "{title} — part {number} / {count}"),
    # -- the outcomes --
    "pdf.outcomes.title": ("Issues des mobilisations de ressources",
                           "Uitkomsten van de ingeschakelde hulpbronnen",
                           "Outcomes of resource mobilisations"),
    "pdf.col.outcome": ("Issue de la démarche", "Uitkomst van de inzet", "Outcome of the mobilisation"),
    "pdf.col.situations": ("Situations", "Situaties", "Situations"),
    "pdf.col.shortage": ("Pénurie", "Tekort", "Shortage"),
    "pdf.yes": ("oui", "ja", "yes"),
    "pdf.outcomes.no_chart": (
        "chaque issue compte moins de {k} situations",
        "elke uitkomst telt minder dan {k} situaties",
        "every outcome counts fewer than {k} situations",
    ),
    # -- the referents' time --
    "pdf.time.title": ("Structure du temps des référents", "Tijdsbesteding van de referenten",
                       "How the referents' time is spent"),
    "pdf.time.total": (
        "{hours} de travail déclarées par {referents} référents, dont {share} % de travail invisible.",
        "{hours} werk gemeld door {referents} referenten, waarvan {share} % onzichtbaar werk.",
        "{hours} of work reported by {referents} referents, {share} % of it invisible work.",
    ),
    "pdf.time.spread": (
        "Part invisible par référent : médiane {median} %, "
        "la moitié des référents entre {low} % et {high} %.",
        "Onzichtbaar aandeel per referent: mediaan {median} %, "
        "de helft van de referenten tussen {low} % en {high} %.",
        "Invisible share per referent: median {median} %, "
        "half of the referents between {low} % and {high} %.",
    ),
    "pdf.col.task": ("Tâche", "Taak", "Task"),
    "pdf.col.nature": ("Nature", "Soort", "Kind"),
    "pdf.col.hours": ("Heures", "Uren", "Hours"),
    "pdf.nature.invisible": ("invisible", "onzichtbaar", "invisible"),
    "pdf.nature.face": ("en présence", "met de persoon", "with the person"),
    "pdf.time.no_chart": (
        "chaque tâche invisible a été déclarée par moins de {k} référents",
        "elke onzichtbare taak werd door minder dan {k} referenten gemeld",
        "every invisible task was reported by fewer than {k} referents",
    ),
    # -- the four points --
    "pdf.four.title": ("Les quatre points de chaque séance, pour le groupe projet",
                       "De vier punten van elke sessie, voor de projectgroep",
                       "The four points of each session, for the project group"),
    "pdf.four.more": (
        "Les {shown} séances les plus récentes sur {total} ; toutes sont dans le CSV et le JSON.",
        "De {shown} recentste sessies van {total}; ze staan allemaal in de CSV en de JSON.",
        "The {shown} most recent sessions out of {total}; all of them are in the CSV and the JSON.",
    ),
    "pdf.col.session": ("Séance", "Sessie", "Session"),
    "pdf.col.positive": ("Positif", "Positief", "Positive"),
    "pdf.col.difficulty": ("Difficulté", "Moeilijkheid", "Difficulty"),
    "pdf.col.new": ("Nouveau", "Nieuw", "New"),
    "pdf.col.solution": ("Solution", "Oplossing", "Solution"),
    # -- how small cells were hidden --
    "pdf.method": (
        "<b>Méthode.</b> Chaque dossier a été vérifié avant la fusion : format et version connus, "
        "schéma respecté, aucun identifiant direct (NISS, téléphone, e-mail, IBAN, rue et numéro) ; "
        "un même dossier n'est compté qu'une fois. Toute case comptant de 1 à {below} référents ou "
        "situations est remplacée par « < {k} », et d'autres cases sont masquées avec elle pour qu'aucune "
        "ne puisse être retrouvée à partir des totaux. Une situation n'est connue que par son pseudonyme "
        "dans le registre de son référent.",
        "<b>Methode.</b> Elke bundel werd vóór het samenvoegen gecontroleerd: bekend formaat en bekende "
        "versie, schema gevolgd, geen directe identificatiegegevens (rijksregisternummer, telefoon, e-mail, "
        "IBAN, straat en huisnummer); eenzelfde bundel wordt maar één keer geteld. Elk vak dat 1 tot {below} "
        "referenten of situaties telt, wordt vervangen door „< {k}”, en andere vakken worden mee verborgen, "
        "zodat geen enkel vak uit de totalen kan worden afgeleid. Een situatie is alleen gekend via haar "
        "pseudoniem in het register van haar referent.",
        "<b>Method.</b> Each bundle was checked before the merge: known format and version, schema "
        "followed, no direct identifier (NISS, phone, e-mail, IBAN, street and number); the same bundle is "
        "counted only once. Any cell counting 1 to {below} referents or situations is replaced by “< {k}”, "
        "and other cells are hidden with it so that none can be worked out from the totals. A situation is "
        "known only by its pseudonym in its referent's register.",
    ),
    # -- labels the synthesis makes itself (the bundles' own labels stay as they are) --
    "label.no_theme": ("Sans thème", "Geen thema", "No theme"),
    "label.no_type": ("Type non précisé", "Soort niet vermeld", "Type not given"),
    "label.no_commune": ("Commune non précisée", "Gemeente niet vermeld", "Municipality not given"),
    # -- the CSV header (the table names and keys of its rows are stable ids, the same in every language) --
    "csv.columns": ("tableau;ligne;colonne;valeur", "tabel;rij;kolom;waarde", "table;row;column;value"),
}  # fmt: skip


def language(lang: str) -> str:
    """`lang` if the synthesis has it, else French."""
    return lang if lang in LANGUAGES else "fr"


def text(key: str, lang: str, **params: object) -> str:
    words = _TEXTS[key][LANGUAGES.index(language(lang))]
    return words.format(**params) if params else words


def fixed_texts(lang: str) -> dict[str, str]:
    """Every fixed text in `lang`, placeholders unfilled (key → text): what a test checks a file against."""
    index = LANGUAGES.index(language(lang))
    return {key: words[index] for key, words in _TEXTS.items()}


def literal_parts(template: str) -> list[str]:
    """The words of `template` around its placeholders and markup (`<b>…</b>`), white space made single
    spaces as a PDF's extracted text has it."""
    parts = [literal for literal, *_ in string.Formatter().parse(template)]
    pieces = (" ".join(re.sub(r"</?b>", " ", part).split()) for part in parts)
    return [piece for piece in pieces if piece]


def number(value: int, lang: str) -> str:
    """``1 234`` in French and Dutch, ``1,234`` in English."""
    grouped = f"{value:,}"
    return grouped if language(lang) == "en" else grouped.replace(",", " ")


def count(value: int | None, lang: str) -> str:
    """A published count: ``< 5`` when suppressed (None)."""
    return SUPPRESSED if value is None else number(value, lang)


def hours(minutes: int, lang: str) -> str:
    """Whole hours (app.durations.format_hours: ``1 234 h``, Dutch ``1 234 u``), grouped ``1,234 h`` in
    English."""
    written = format_hours(minutes, language(lang))
    return re.sub(r"(?<=\d) (?=\d{3}\b)", ",", written) if language(lang) == "en" else written


def day(value: date, lang: str) -> str:
    """``05/12/2026`` in French and Dutch, ``2026-12-05`` in English."""
    return day_text(value, language(lang))
