"""The fixed words of the documents in French, Dutch and English (chosen per document, not the window's).

Vocabulary terms (statuses, roles) come from the vocabularies in the same language (app.vocab).
"""

from __future__ import annotations

from datetime import date

from app.vocab import vocabularies

LANGUAGES = ("fr", "nl", "en")

_TEXTS: dict[str, tuple[str, str, str]] = {  # key: (fr, nl, en)
    "handover.title": ("Passer le relais", "Het stokje doorgeven", "Handing over"),
    "handover.for": ("Fiche de relais pour {name} ({role})", "Overdrachtsfiche voor {name} ({role})",
                     "Handover sheet for {name} ({role})"),
    "handover.consent": ("Partagé avec l'accord de la personne, enregistré le {date}.",
                         "Gedeeld met toestemming van de persoon, geregistreerd op {date}.",
                         "Shared with the person's consent, recorded on {date}."),
    "handover.shortened": (
        "{count} note(s) raccourcie(s) pour tenir la fiche en deux pages (elles finissent par « … ») ; "
        "le dossier de situation les garde en entier.",
        "{count} notitie(s) ingekort om de fiche op twee pagina's te houden (ze eindigen op '…'); "
        "het situatiedossier bewaart ze volledig.",
        "{count} note(s) shortened to keep the sheet to two pages (they end with “…”); the situation file "
        "keeps them in full.",
    ),
    "unshown": (
        "{count} caractère(s) d'une écriture que les polices du document n'ont pas (coréen, devanagari, "
        "thaï…) s'impriment comme des cases vides : écrivez ce nom aussi en lettres latines.",
        "{count} teken(s) uit een schrift dat de lettertypen van het document niet hebben (Koreaans, "
        "Devanagari, Thai…) worden als lege vakjes afgedrukt: schrijf die naam ook in Latijnse letters.",
        "{count} character(s) of a script the document's fonts lack (Korean, Devanagari, Thai…) print as "
        "empty boxes: write that name in Latin letters too.",
    ),
    "person": ("Personne", "Persoon", "Person"),
    "situation": ("Situation", "Situatie", "Situation"),
    "priorities": ("Ses priorités, dans ses mots", "Prioriteiten, in eigen woorden",
                   "Priorities, in the person's words"),
    "priorities.none": ("Aucune priorité enregistrée.", "Geen prioriteiten geregistreerd.",
                        "No priority recorded."),
    "network": ("Le réseau : qui fait quoi", "Het netwerk: wie doet wat", "The network: who does what"),
    "network.none": ("Aucun membre du réseau enregistré.", "Geen netwerkleden geregistreerd.",
                     "No network member recorded."),
    "resources": ("Ressources", "Hulpbronnen", "Resources"),
    "group.en_place": ("En place", "Ingezet", "In place"),
    "group.en_cours": ("En cours", "Lopend", "Under way"),
    "group.penurie": ("Essayé sans succès (pénurie)", "Geprobeerd zonder succes (tekort)",
                      "Tried and failed (shortage)"),
    "group.sans_suite": ("Sans suite", "Zonder gevolg", "Not pursued"),
    "resources.none": ("Aucune ressource mobilisée.", "Geen hulpbronnen ingezet.", "No resource mobilised."),
    "by": ("mobilisé par {who}", "door {who}", "mobilised by {who}"),
    "followups": ("Suivis ouverts et prochaines étapes", "Open opvolging en volgende stappen",
                  "Open follow-ups and next steps"),
    "followups.none": ("Aucun suivi ouvert.", "Geen open opvolging.", "No open follow-up."),
    "next_checkin": ("Prochain contact prévu le {date}", "Volgend contact gepland op {date}",
                     "Next check-in planned on {date}"),
    "referent": ("Référent de proximité à contacter", "Buurtreferent om te contacteren",
                 "Referent to contact"),
    "referent.none": ("Contact du référent non renseigné.", "Contactgegevens van de referent niet ingevuld.",
                      "Referent's contact not given."),
    "since": ("depuis le {date}", "sinds {date}", "since {date}"),
    "due": ("le {date}", "op {date}", "on {date}"),
    "file.title": ("Dossier de situation", "Situatiedossier", "Situation file"),
    "file.private": ("Document personnel du référent — ne pas diffuser",
                     "Persoonlijk document van de referent — niet verspreiden",
                     "The referent's own record — do not circulate"),
    "identity": ("Identité", "Identiteit", "Identity"),
    "narrative": ("Récit", "Verhaal", "Narrative"),
    "narrative.none": ("Aucun récit enregistré.", "Geen verhaal geregistreerd.", "No narrative recorded."),
    "vulnerabilities": ("Vulnérabilités", "Kwetsbaarheden", "Vulnerabilities"),
    "pathologies": ("Pathologies", "Aandoeningen", "Conditions"),
    "dialogues": ("Dialogues", "Gesprekken", "Dialogues"),
    "dialogues.none": ("Aucun dialogue enregistré.", "Geen gesprekken geregistreerd.",
                       "No dialogue recorded."),
    "followups.all": ("Suivis", "Opvolging", "Follow-ups"),
    "done": ("fait le {date}", "gedaan op {date}", "done on {date}"),
    "time": ("Temps consacré : {hours}", "Bestede tijd: {hours}", "Time spent: {hours}"),
    "cdp_yes": (
        "Accord pour parler de la situation en communauté de pratique (anonymisée), donné le {date}.",
        "Toestemming om de situatie (geanonimiseerd) te bespreken in de praktijkgemeenschap, "
        "gegeven op {date}.",
        "Consent to discuss the situation (anonymised) in the community of practice, given on {date}.",
    ),
    "cdp_no": ("Pas d'accord pour en parler en communauté de pratique.",
               "Geen toestemming om ze te bespreken in de praktijkgemeenschap.",
               "No consent to discuss it in the community of practice."),
    "consents_heading": ("Accords de partage (fiche de relais)",
                         "Toestemmingen om te delen (overdrachtsfiche)",
                         "Consents to share (handover sheet)"),
    "consents_none": ("Aucun accord de partage enregistré.", "Geen toestemming om te delen geregistreerd.",
                      "No consent to share recorded."),
    "consent_since": ("depuis le {date}", "sinds {date}", "since {date}"),
    "consent_withdrawn": ("retiré le {date}", "ingetrokken op {date}", "withdrawn on {date}"),
    "status": ("Statut : {status}", "Status: {status}", "Status: {status}"),
    "started": ("Commencée le {date}", "Begonnen op {date}", "Started on {date}"),
    "closed": ("clôturée le {date}", "afgesloten op {date}", "closed on {date}"),
    "access.title": ("Accès aux données (RGPD)", "Inzage in gegevens (AVG)", "Data access (GDPR)"),
    "access.intro": ("Tout ce que le registre de Relais contient sur {name}, au {date}.",
                     "Alles wat het Relais-register over {name} bevat, op {date}.",
                     "Everything the Relais register holds about {name}, as of {date}."),
    "none": ("Rien d'enregistré.", "Niets geregistreerd.", "Nothing recorded."),
    "page": ("page", "pagina", "page"),
    "born": ("née / né en {year}", "geboren in {year}", "born in {year}"),
    "born.f": ("née en {year}", "geboren in {year}", "born in {year}"),
    "born.m": ("né en {year}", "geboren in {year}", "born in {year}"),
}


def born_key(sex: str | None, prefix: str = "born") -> str:
    """French agrees with the recorded sex ("née", "né"); unknown or "x" keeps both forms."""
    return f"{prefix}.{sex}" if sex in ("f", "m") else prefix


def text(key: str, lang: str, **params: object) -> str:
    return pick(_TEXTS[key], lang, **params)


def pick(words: tuple[str, str, str], lang: str, **params: object) -> str:
    """The `lang` one of (fr, nl, en) words (French for another language), its {placeholders} filled."""
    found = words[LANGUAGES.index(lang if lang in LANGUAGES else "fr")]
    return found.format(**params) if params else found


def term(vocabulary: str, term_id: str | None, lang: str) -> str:
    return vocabularies()[vocabulary].label(term_id, lang) if term_id else ""


def day(value: date | None, lang: str) -> str:
    if value is None:
        return ""
    return value.isoformat() if lang == "en" else value.strftime("%d/%m/%Y")
