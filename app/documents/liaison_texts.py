"""The words of the fridge note and of the note to the GP, per language (fr, nl, en).

They are chosen per document, in the person's (or the GP's) language, not the window's: a Dutch-speaking
person gets a Dutch fridge note from a French window. So they live here, in a table, not in Qt's .ts files.
Short sentences, everyday words: the fridge note is read by people of 80 and more.
"""

from __future__ import annotations

from datetime import date

LANGUAGES = ("fr", "nl", "en")
EMERGENCY_NUMBER, ON_DUTY_NUMBER = "112", "1733"

_TEXTS: dict[str, tuple[str, str, str]] = {  # key: (fr, nl, en)
    "title": ("Mes numéros utiles", "Mijn nuttige nummers", "My useful numbers"),
    "for": ("Pour {name}", "Voor {name}", "For {name}"),
    "emergency": ("Urgence : appelez le 112", "Noodgeval: bel 112", "Emergency: call 112"),
    "emergency.what": ("Malaise, chute grave, feu.", "Onwel, zware val, brand.", "Collapse, bad fall, fire."),
    "on_duty": ("Médecin de garde : 1733", "Huisarts van wacht: 1733", "Doctor on duty: 1733"),
    "on_duty.what": ("La nuit, le week-end, les jours fériés.", "'s Nachts, in het weekend, op feestdagen.",
                     "At night, at weekends, on public holidays."),
    "role.referent": ("Mon référent", "Mijn referent", "My support worker"),
    "role.gp": ("Mon médecin", "Mijn huisarts", "My doctor"),
    "role.pharmacy": ("Ma pharmacie", "Mijn apotheek", "My pharmacy"),
    "role.nurse": ("Soins à domicile", "Mijn thuisverpleging", "My home nurse"),  # no "infirmier·ère" for 80+
    "what.referent": ("Pour une question, un souci à la maison.", "Voor een vraag, een zorg thuis.",
                      "For a question, a worry at home."),
    "what.gp": ("Pour ma santé, en journée.", "Voor mijn gezondheid, overdag.", "For my health, in the day."),
    "what.pharmacy": ("Pour mes médicaments.", "Voor mijn geneesmiddelen.", "For my medicines."),
    "what.nurse": ("Pour mes soins à la maison.", "Voor mijn verzorging thuis.", "For my care at home."),
    "no_phone": ("(numéro pas encore noté)", "(nummer nog niet genoteerd)", "(number not written yet)"),
    "next_visit": ("Prochaine visite", "Volgend bezoek", "Next visit"),
    "next_visit.none": ("Pas encore fixée. Mon référent m'appellera.",
                        "Nog niet vastgelegd. Mijn referent belt mij.",
                        "Not fixed yet. My support worker will call me."),
    "next_visit.none.unknown": ("Pas encore fixée.", "Nog niet vastgelegd.", "Not fixed yet."),
    "priorities": ("Ce qui compte pour moi", "Wat voor mij belangrijk is", "What matters to me"),
    "priorities.none": ("Nous en parlerons à la prochaine visite.",
                        "We praten erover bij het volgende bezoek.",
                        "We will talk about it at the next visit."),
    "agreed": ("Ce que nous avons convenu", "Wat we hebben afgesproken", "What we agreed"),
    "agreed.none": ("Rien pour l'instant.", "Nog niets.", "Nothing yet."),
    # the note speaks in the person's voice ("Mon médecin", "Ce qui compte pour moi"), so do the steps
    "who.rp": ("mon référent s'en occupe", "mijn referent regelt het", "my support worker sees to it"),
    "who.personne": ("je m'en occupe", "ik regel het zelf", "I see to it"),
    "who.aidant_proche": ("un proche s'en occupe", "een naaste regelt het", "someone close sees to it"),
    "who.other": ("un professionnel s'en occupe", "een hulpverlener regelt het", "a professional sees to it"),
    "made_on": ("Fait le {date} avec Relais.", "Gemaakt op {date} met Relais.",
                "Made on {date} with Relais."),
    # the note to the GP
    "gp.subject": ("{name} — après mon passage du {date}", "{name} — na mijn bezoek van {date}",
                   "{name} — after my visit on {date}"),
    "gp.subject.no_visit": ("{name} — des nouvelles", "{name} — nieuws", "{name} — news"),
    "gp.greeting": ("Bonjour Docteur {name},", "Beste dokter {name},", "Dear Dr {name},"),
    "gp.greeting.no_name": ("Bonjour Docteur,", "Beste dokter,", "Dear Doctor,"),
    "gp.intro": ("Je suis le référent de proximité de {name}{born}. Voici des nouvelles après mon passage du "
                 "{date}.",
                 "Ik ben de buurtreferent van {name}{born}. Hier wat nieuws na mijn bezoek van {date}.",
                 "I am the local support worker of {name}{born}. Here is some news after my visit on "
                 "{date}."),
    "gp.intro.no_visit": ("Je suis le référent de proximité de {name}{born}. Voici des nouvelles.",
                          "Ik ben de buurtreferent van {name}{born}. Hier wat nieuws.",
                          "I am the local support worker of {name}{born}. Here is some news."),
    "gp.born": (" (né·e en {year})", " (geboren in {year})", " (born in {year})"),
    "gp.born.f": (" (née en {year})", " (geboren in {year})", " (born in {year})"),
    "gp.born.m": (" (né en {year})", " (geboren in {year})", " (born in {year})"),
    "gp.seen": ("Ce que j'ai vu :", "Wat ik zag:", "What I saw:"),
    "gp.seen.none": ("(à compléter)", "(aan te vullen)", "(to be completed)"),
    "gp.priorities": ("Ses priorités, dans ses mots :", "Haar/zijn prioriteiten, in eigen woorden:",
                      "Their priorities, in their own words:"),
    "gp.priorities.none": ("Aucune priorité notée pour l'instant.", "Nog geen prioriteiten genoteerd.",
                           "No priorities noted yet."),
    "gp.steps": ("Démarches en cours :", "Lopende stappen:", "Steps under way:"),
    "gp.steps.none": ("Aucune démarche en cours.", "Geen lopende stappen.", "No steps under way."),
    "gp.in_place": ("Déjà en place :", "Al ingezet:", "Already in place:"),
    "gp.questions": ("Mes questions pour vous :", "Mijn vragen voor u:", "My questions for you:"),
    "gp.next_visit": ("Prochain passage prévu : {date}.", "Volgend bezoek gepland: {date}.",
                      "Next visit planned: {date}."),
    "gp.closing": ("Bien cordialement,", "Met vriendelijke groeten,", "Kind regards,"),
}

_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "en": "January February March April May June July August September October November December",
}
_WEEKDAYS = {
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}


def text(key: str, lang: str, **params: str) -> str:
    words = _TEXTS[key][LANGUAGES.index(check_language(lang))]
    return words.format(**params) if params else words


def has_text(key: str) -> bool:
    return key in _TEXTS


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported document language: {lang}")
    return lang


def date_in_words(day: date, lang: str) -> str:
    """'mardi 12 janvier 2027', 'dinsdag 12 januari 2027', 'Tuesday 12 January 2027'."""
    weekday = _WEEKDAYS[lang].split()[day.weekday()]
    month = _MONTHS[lang].split()[day.month - 1]
    first = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{weekday} {first} {month} {day.year}"


def person_language(languages: str) -> str:
    """The first of fr, nl, en named in the person's free-text languages ('néerlandais, arabe'), else fr."""
    lowered = languages.lower()
    hints = (("nl", ("nl", "néerl", "neerl", "nederl", "dutch", "vlaams", "flam")),
             ("en", ("en", "angl", "engl")), ("fr", ("fr", "franç", "franc", "frans")))
    positions = []
    for lang, words in hints:
        found = [lowered.find(word) for word in words if _word_at(lowered, word)]
        if found:
            positions.append((min(found), lang))
    return min(positions)[1] if positions else "fr"


def _word_at(text: str, word: str) -> bool:
    """`word` starts a word of `text` (so 'en' is not found inside 'flamand')."""
    index = text.find(word)
    while index != -1:
        if index == 0 or not text[index - 1].isalpha():
            return True
        index = text.find(word, index + 1)
    return False
