"""The fixed words of the invisible-work report in French, Dutch and English (headlines, PDF, CSV header).

Chosen per report (`ReportData.lang`), not per window: the dashboard asks for the window's language, the
command line for --lang or the environment's. Task and outcome labels come from the vocabularies in the same
language (app.vocab). Durations ("1 h 05", "45 min") use symbols read the same way in the three languages.
"""

from __future__ import annotations

from datetime import date

LANGUAGES = ("fr", "nl", "en")

MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin",
           "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni",
           "juli", "augustus", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
SHORT_MONTHS = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
    "nl": ("jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}  # fmt: skip

_TEXTS: dict[str, tuple[str, str, str]] = {  # key: (fr, nl, en)
    # -- the period --
    "months.range": ("{first} – {last}", "{first} – {last}", "{first} – {last}"),
    "months.phrase.one": ("En {month}", "In {month}", "In {month}"),
    "months.phrase.range": ("De {first} à {last}", "Van {first} tot {last}", "From {first} to {last}"),
    # -- headlines --
    "headline.empty": (
        "Aucun temps n'a été enregistré sur la période ({period}) : "
        "ce rapport ne contient donc ni graphique ni tableau.",
        "Er werd geen tijd geregistreerd in deze periode ({period}): "
        "dit rapport bevat dus geen grafiek of tabel.",
        "No time was recorded in the period ({period}), so this report has no chart and no table.",
    ),
    "headline.overall": (
        "{period}, le registre compte {hours} de travail : "
        "{share} % de travail invisible et {rest} % en présence de la personne.",
        "{period} telt het register {hours} werk: "
        "{share} % onzichtbaar werk en {rest} % met de persoon.",
        "{period}, the register holds {hours} of work: "
        "{share} % invisible work and {rest} % with the person.",
    ),
    "headline.situations": (
        "Sur la période, {share} % du temps consacré aux situations est du travail invisible",
        "In deze periode is {share} % van de tijd voor situaties onzichtbaar werk",
        "Over the period, {share} % of the time spent on situations is invisible work",
    ),
    "headline.per_hour": (
        " : pour une heure passée avec la personne, {duration} de travail autour d'elle.",
        ": per uur met de persoon komt er {duration} werk rond die persoon bij.",
        ": for every hour spent with the person, {duration} of work around them.",
    ),
    "headline.tasks": (
        "Le travail invisible qui a pris le plus de temps : {tasks}.",
        "Het onzichtbare werk dat de meeste tijd vroeg: {tasks}.",
        "The invisible work that took the most time: {tasks}.",
    ),
    "headline.task": ("« {label} » ({hours})", "‘{label}’ ({hours})", "“{label}” ({hours})"),
    "and": (" et ", " en ", " and "),
    "headline.few": (
        "Ce temps concerne moins de {k} situations : le détail par situation n'est pas montré, "
        "pour qu'aucune personne ne puisse être reconnue.",
        "Deze tijd betreft minder dan {k} situaties: de details per situatie worden niet getoond, "
        "zodat niemand herkend kan worden.",
        "This time concerns fewer than {k} situations: the detail per situation is not shown, "
        "so that nobody can be recognised.",
    ),
    "headline.count": (
        "Ce temps concerne {count} situations ; le travail invisible médian par situation est de {median}.",
        "Deze tijd betreft {count} situaties; de mediaan van het onzichtbare werk per situatie is {median}.",
        "This time concerns {count} situations; the median invisible work per situation is {median}.",
    ),
    "headline.shortage": (
        "Temps passé sur des démarches qui se sont heurtées à une pénurie (liste d'attente, service complet "
        "ou échec) : {hours}, soit {share} % du temps lié aux démarches.",
        "Tijd besteed aan inzet die op een tekort stuitte (wachtlijst, dienst vol of mislukt): "
        "{hours}, dat is {share} % van de tijd voor inzet.",
        "Time spent on mobilisations that ran into a shortage (waiting list, service full or failure): "
        "{hours}, that is {share} % of the time tied to mobilisations.",
    ),
    "headline.unbound": (
        "S'y ajoutent {hours} de travail hors situation "
        "(communauté de pratique, formation, recherche de réseau…).",
        "Daarbovenop komt {hours} werk buiten situaties "
        "(praktijkgemeenschap, opleiding, netwerk zoeken…).",
        "On top of this come {hours} of work outside situations "
        "(community of practice, training, finding network partners…).",
    ),
    # -- chart layers --
    "others.invisible": ("Autres tâches invisibles", "Andere onzichtbare taken", "Other invisible tasks"),
    "others.face": ("Autres tâches en présence", "Andere taken met de persoon",
                    "Other tasks with the person"),
    # -- the PDF --
    "pdf.footer": ("Anonymisé — Relais — période {period}", "Geanonimiseerd — Relais — periode {period}",
                   "Anonymised — Relais — period {period}"),
    "pdf.page": ("page", "pagina", "page"),
    "pdf.meta.title": ("Travail invisible — {period}", "Onzichtbaar werk — {period}",
                       "Invisible work — {period}"),
    "pdf.meta.subject": (
        "Rapport anonymisé du travail invisible", "Geanonimiseerd rapport over onzichtbaar werk",
        "Anonymised report of invisible work",
    ),
    "pdf.title": ("Le travail invisible du référent de proximité",
                  "Het onzichtbare werk van de buurtreferent", "The invisible work of the local referent"),
    "pdf.period": ("Période : {period}", "Periode: {period}", "Period: {period}"),
    "pdf.generated": ("Rapport anonymisé tiré du registre Relais, établi le {date}.",
                      "Geanonimiseerd rapport uit het Relais-register, opgemaakt op {date}.",
                      "Anonymised report from the Relais register, drawn up on {date}."),
    "pdf.key.total": ("de travail enregistré", "werk geregistreerd", "of work recorded"),
    "pdf.key.invisible": ("de travail invisible", "onzichtbaar werk", "invisible work"),
    "pdf.key.situations": ("situations concernées", "betrokken situaties", "situations concerned"),
    "pdf.key.shortage": ("de démarches en pénurie", "inzet met een tekort", "on mobilisations in shortage"),
    "pdf.section.months": ("Temps par mois et par tâche", "Tijd per maand en per taak",
                           "Time by month and task"),
    "pdf.section.share": ("Travail invisible et temps en présence", "Onzichtbaar werk en tijd met de persoon",
                          "Invisible work and time with the person"),
    "pdf.section.tasks": ("Temps par tâche", "Tijd per taak", "Time by task"),
    "pdf.section.ranking": ("Situations classées par temps de travail invisible",
                            "Situaties gerangschikt naar onzichtbaar werk",
                            "Situations ranked by invisible work"),
    "pdf.section.outcomes": ("Temps passé sur les démarches, selon leur issue",
                             "Tijd besteed aan inzet, per uitkomst",
                             "Time spent on mobilisations, by their outcome"),
    "pdf.hours": ("heures", "uren", "hours"),
    "pdf.invisible": ("Travail invisible", "Onzichtbaar werk", "Invisible work"),
    "pdf.face": ("En présence de la personne", "Met de persoon", "With the person"),
    "pdf.share.invisible": (
        "Travail invisible : {share} % ({duration})", "Onzichtbaar werk: {share} % ({duration})",
        "Invisible work: {share} % ({duration})",
    ),
    "pdf.share.face": ("En présence de la personne : {share} % ({duration})",
                       "Met de persoon: {share} % ({duration})", "With the person: {share} % ({duration})"),
    "pdf.col.task": ("Tâche", "Taak", "Task"),
    "pdf.col.nature": ("Nature", "Soort", "Kind"),
    "pdf.col.time": ("Temps", "Tijd", "Time"),
    "pdf.col.share": ("Part", "Aandeel", "Share"),
    "pdf.nature.invisible": ("invisible", "onzichtbaar", "invisible"),
    "pdf.nature.face": ("en présence", "met de persoon", "with the person"),
    "pdf.total": ("Total", "Totaal", "Total"),
    "pdf.ranking.withheld": (
        "Moins de {k} situations sur la période : le détail par situation n'est pas montré.",
        "Minder dan {k} situaties in deze periode: de details per situatie worden niet getoond.",
        "Fewer than {k} situations in the period: the detail per situation is not shown.",
    ),
    "pdf.ranking.intro": (
        "Les {shown} situations qui ont demandé le plus de travail invisible, sur {count} situations avec du "
        "temps enregistré (codes pseudonymes).",
        "De {shown} situaties die het meeste onzichtbare werk vroegen, van {count} situaties met "
        "geregistreerde tijd (pseudoniemcodes).",
        "The {shown} situations that took the most invisible work, out of {count} situations with time "
        "recorded (pseudonym codes).",
    ),
    "pdf.col.rank": ("Rang", "Rang", "Rank"),
    "pdf.col.situation": ("Situation", "Situatie", "Situation"),
    "pdf.col.invisible": ("Invisible", "Onzichtbaar", "Invisible"),
    "pdf.col.face": ("En présence", "Met de persoon", "With the person"),
    "pdf.col.invisible_share": ("Part invisible", "% onzichtbaar", "Invisible share"),
    "pdf.col.outcome": ("Issue de la démarche", "Uitkomst van de inzet", "Outcome of the mobilisation"),
    "pdf.col.situations": ("Situations", "Situaties", "Situations"),
    "pdf.col.shortage": ("Pénurie", "Tekort", "Shortage"),
    "pdf.yes": ("oui", "ja", "yes"),
    "pdf.withheld": ("masqué", "verborgen", "withheld"),
    "pdf.outcome_intro": (
        "Temps enregistré pour une démarche précise (une ressource mobilisée), selon le statut actuel de "
        "cette démarche. Pénurie : liste d'attente, service complet ou échec.",
        "Tijd geregistreerd voor een bepaalde inzet (een ingeschakelde hulpbron), volgens de huidige status "
        "van die inzet. Tekort: wachtlijst, dienst vol of mislukt.",
        "Time recorded for a given mobilisation (a resource called on), by the mobilisation's current "
        "status. Shortage: waiting list, service full or failure.",
    ),
    "pdf.method": (
        "<b>Méthode et anonymisation.</b> Les durées viennent du registre personnel et chiffré du référent. "
        "Le travail invisible regroupe les tâches d'organisation faites autour de la personne (appels, "
        "mails, démarches, passage de relais…) ; le temps en présence regroupe visites, écoute, séances avec "
        "l'outil de dialogue et accompagnements. Les situations n'apparaissent que par leur code "
        "pseudonyme : aucun nom, aucune note ni aucun texte libre n'est repris. Les nombres de situations "
        "de 1 à {below} sont remplacés par « < {k} » ; sous ce seuil, le détail par situation n'est pas "
        "montré. Le temps d'une issue de démarche comptant moins de {k} situations est masqué "
        "(« {withheld} »), ainsi qu'un second temps ou le total de pénurie, pour qu'il ne se déduise pas "
        "des totaux.",
        "<b>Methode en anonimisering.</b> De duur komt uit het persoonlijke, versleutelde register van de "
        "referent. Onzichtbaar werk omvat het organisatiewerk rond de persoon (telefoons, mails, stappen, "
        "overdracht…); tijd met de persoon omvat bezoeken, luisteren, gesprekken met de dialoogtool en "
        "begeleiding. Situaties verschijnen alleen met hun pseudoniemcode: geen naam, "
        "geen notitie en geen vrije tekst wordt overgenomen. Aantallen situaties van 1 tot {below} worden "
        "vervangen door '< {k}'; onder die drempel worden de details per situatie niet getoond. De tijd van "
        "een uitkomst met minder dan {k} situaties wordt verborgen ('{withheld}'), net als een tweede tijd "
        "of het totaal van de tekorten, zodat hij niet uit de totalen af te leiden is.",
        "<b>Method and anonymisation.</b> Durations come from the referent's personal, encrypted register. "
        "Invisible work gathers the organising done around the person (calls, e-mails, mobilisations, "
        "handovers…); time with the person gathers visits, listening, sessions with the dialogue tool and "
        "accompanying. Situations appear only by their pseudonym code: no name, no note and no free text is "
        "included. Counts of situations from 1 to {below} are replaced by “< {k}”; below that threshold the "
        "detail per situation is not shown. The time of an outcome counting fewer than {k} situations is "
        "withheld (“{withheld}”), and so is a second time or the shortage total, so that it cannot be worked "
        "out from the totals.",
    ),
    "file.stem": ("travail-invisible", "onzichtbaar-werk", "invisible-work"),  # the suggested file name
    # -- the CSV header (ids stay those of the vocabulary) --
    "csv.columns": ("mois;tache_id;tache;invisible;minutes", "maand;taak_id;taak;onzichtbaar;minuten",
                    "month;task_id;task;invisible;minutes"),
}


def language(lang: str) -> str:
    """`lang` if the report has it, else French."""
    return lang if lang in LANGUAGES else "fr"


def text(key: str, lang: str, **params: object) -> str:
    words = _TEXTS[key][LANGUAGES.index(language(lang))]
    return words.format(**params) if params else words


def month_label(month: date, lang: str = "fr") -> str:
    """``mars 2026``, ``maart 2026``, ``March 2026``."""
    return f"{MONTHS[language(lang)][month.month - 1]} {month.year}"


def short_month(month: date, lang: str = "fr") -> str:
    return SHORT_MONTHS[language(lang)][month.month - 1]


def day_text(value: date, lang: str = "fr") -> str:
    """A date in a sentence: ``05/12/2026``; ISO in English, where 05/12 would read as May."""
    return value.isoformat() if language(lang) == "en" else value.strftime("%d/%m/%Y")
