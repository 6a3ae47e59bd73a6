"""The words of the GDPR access PDF in French, Dutch and English: section titles, what each section means,
field labels and the fixed values (sex, yes/no, document kinds). The person reads this document: no column
name, no vocabulary id, no internal number may reach it (tests/documents/test_access.py checks fr, nl, en).
"""

from __future__ import annotations

from app.documents.texts import pick

# Keys are not "namespace.word" where the namespace is one of the error catalog's ("situation.", "time."):
# tests/app/test_error_catalog.py takes such literals for error codes.
_WORDS: dict[str, tuple[str, str, str]] = {  # key: (fr, nl, en)
    "title": (
        "Vos données dans le registre Relais",
        "Uw gegevens in het Relais-register",
        "Your data in the Relais register",
    ),
    "footer": ("Accès aux données (RGPD)", "Inzage in gegevens (AVG)", "Data access (GDPR)"),
    "intro": (
        "Vous avez demandé à voir les données qui vous concernent (droit d'accès, article 15 du RGPD). "
        "Ce document reprend tout ce que le registre Relais {holder} contient sur vous, {name}, au {date}.",
        "U hebt gevraagd om de gegevens over u in te zien (recht op inzage, artikel 15 van de AVG). "
        "Dit document bevat alles wat het Relais-register {holder} over u bevat, {name}, op {date}.",
        "You asked to see the data held about you (right of access, article 15 of the GDPR). "
        "This document sets out everything the Relais register {holder} holds about you, {name}, "
        "as of {date}.",
    ),
    "holder": ("tenu par {referent}", "bijgehouden door {referent}", "kept by {referent}"),
    "holder.none": ("de votre référent de proximité", "van uw buurtreferent", "of your local referent"),
    "contact": (
        "Pour toute question, pour faire corriger ou effacer une donnée : {contact}.",
        "Voor vragen, of om een gegeven te laten verbeteren of wissen: {contact}.",
        "For any question, or to have a piece of data corrected or erased: {contact}.",
    ),
    "sections": (
        "Chaque partie commence par une phrase qui dit ce qu'elle contient ; une partie vide le dit aussi. "
        "Les numéros internes du registre et les dates techniques d'enregistrement ne sont pas repris ici : "
        "la version JSON de ce même document, lisible par un ordinateur, contient absolument tout.",
        "Elk deel begint met een zin die zegt wat erin staat; een leeg deel zegt dat ook. "
        "De interne nummers van het register en de technische registratiedata staan hier niet in: "
        "de JSON-versie van hetzelfde document, leesbaar voor een computer, bevat werkelijk alles.",
        "Each section opens with a sentence saying what it holds; an empty section says so too. "
        "The register's internal numbers and technical record dates are left out here: the JSON version "
        "of this same document, readable by a computer, holds absolutely everything.",
    ),
    # Sections: title, then what it means.
    "identity": ("Vos données d'identité", "Uw identiteitsgegevens", "Your identity"),
    "about.identity": (
        "Qui vous êtes et comment vous joindre, tels que notés par votre référent.",
        "Wie u bent en hoe u te bereiken bent, zoals uw referent het noteerde.",
        "Who you are and how to reach you, as your referent wrote it down.",
    ),
    "situation": ("Votre situation", "Uw situatie", "Your situation"),
    "about.situation": (
        "L'accompagnement ouvert pour vous : son code (un pseudonyme qui remplace votre nom dans les "
        "statistiques), son état et ce qui a été noté de votre situation.",
        "De begeleiding die voor u geopend werd: haar code (een pseudoniem dat uw naam vervangt in de "
        "statistieken), haar stand van zaken en wat over uw situatie genoteerd werd.",
        "The accompaniment opened for you: its code (a pseudonym that replaces your name in statistics), "
        "its state and what was written down about your situation.",
    ),
    "network": ("Votre réseau", "Uw netwerk", "Your network"),
    "about.network": (
        "Les proches et les professionnels qui vous entourent.",
        "De naasten en professionals rondom u.",
        "The relatives and professionals around you.",
    ),
    "priorities": ("Vos priorités", "Uw prioriteiten", "Your priorities"),
    "about.priorities": (
        "Ce qui compte pour vous, dans vos mots, et comment chaque priorité a évolué.",
        "Wat voor u belangrijk is, in uw eigen woorden, en hoe elke prioriteit evolueerde.",
        "What matters to you, in your own words, and how each priority has moved on.",
    ),
    "dialogues": (
        "Les conversations avec l'outil de dialogue",
        "De gesprekken met de dialoogtool",
        "Conversations with the dialogue tool",
    ),
    "about.dialogues": (
        "Les moments d'échange menés avec les cartes de l'outil de dialogue.",
        "De gesprekken die met de kaarten van de dialoogtool gevoerd werden.",
        "The talks held with the cards of the dialogue tool.",
    ),
    "mobilisations": ("Les ressources mobilisées", "De ingezette hulpbronnen", "Resources mobilised"),
    "about.mobilisations": (
        "Les services et les aides sollicités pour vous, par qui, et ce qu'il en est advenu.",
        "De diensten en hulp die voor u aangesproken werden, door wie, en wat ervan kwam.",
        "The services and help sought for you, by whom, and what came of it.",
    ),
    "time": ("Le temps passé", "De bestede tijd", "Time spent"),
    "about.time": (
        "Le temps que votre référent a consacré à votre situation, jour par jour et par tâche.",
        "De tijd die uw referent aan uw situatie besteedde, per dag en per taak.",
        "The time your referent spent on your situation, day by day and by task.",
    ),
    "followups": ("Les rappels", "De herinneringen", "Reminders"),
    "about.followups": (
        "Les prochains contacts et démarches que votre référent s'est notés.",
        "De volgende contacten en stappen die uw referent voor zichzelf noteerde.",
        "The next contacts and steps your referent noted down for themselves.",
    ),
    "consents": ("Les accords de partage", "De toestemmingen om te delen", "Sharing agreements"),
    "about.consents": (
        "Les professionnels avec qui vous avez accepté que votre fiche de relais soit "
        "partagée, et quand un accord a été retiré.",
        "De professionals met wie u toestemming gaf om uw overdrachtsfiche te delen, en "
        "wanneer een toestemming ingetrokken werd.",
        "The professionals you agreed your handover sheet may be shared with, and when an "
        "agreement was withdrawn.",
    ),
    "exports": ("Les exports qui vous concernent", "De exports die u aanbelangen", "Exports about you"),
    "about.exports": (
        "Chaque document produit à partir de votre dossier : quand et lequel. Le registre ne "
        "garde pas le contenu de ces documents.",
        "Elk document dat uit uw dossier gemaakt werd: wanneer en welk. Het register bewaart "
        "de inhoud van die documenten niet.",
        "Each document made from your file: when and which. The register does not keep what "
        "those documents said.",
    ),
    "empty": (
        "Rien n'est enregistré dans cette partie.",
        "In dit deel is niets geregistreerd.",
        "Nothing is recorded in this section.",
    ),
    # Field labels.
    "first_name": ("Prénom", "Voornaam", "First name"),
    "last_name": ("Nom", "Achternaam", "Last name"),
    "birth_year": ("Année de naissance", "Geboortejaar", "Year of birth"),
    "sex": ("Sexe", "Geslacht", "Sex"),
    "address": ("Adresse", "Adres", "Address"),
    "postcode": ("Code postal", "Postcode", "Postcode"),
    "commune": ("Commune", "Gemeente", "Municipality"),
    "phone": ("Téléphone", "Telefoon", "Phone"),
    "email": ("Adresse e-mail", "E-mailadres", "E-mail address"),
    "languages": ("Langues parlées", "Gesproken talen", "Languages spoken"),
    "notes": ("Notes", "Notities", "Notes"),
    "code": ("Code de la situation", "Code van de situatie", "Situation code"),
    "status": ("État", "Stand van zaken", "State"),
    "started_on": ("Début de l'accompagnement", "Begin van de begeleiding", "Accompaniment started"),
    "closed_on": ("Fin de l'accompagnement", "Einde van de begeleiding", "Accompaniment ended"),
    "closure_reason": ("Motif de la fin", "Reden van het einde", "Why it ended"),
    "origin": (
        "Par qui la situation est arrivée",
        "Via wie de situatie binnenkwam",
        "How the situation came in",
    ),
    "vulnerabilities": ("Fragilités", "Kwetsbaarheden", "Vulnerabilities"),
    "pathologies": ("Problèmes de santé", "Gezondheidsproblemen", "Health conditions"),
    "other_pathologies": (
        "Autres problèmes de santé",
        "Andere gezondheidsproblemen",
        "Other health conditions",
    ),
    "consent_cdp": (
        "Accord pour que votre situation soit discutée anonymement en communauté de pratique",
        "Toestemming om uw situatie anoniem te bespreken in de praktijkgemeenschap",
        "Agreed to your situation being discussed anonymously in the community of practice",
    ),
    "consent_date": ("Date de cet accord", "Datum van die toestemming", "Date of that agreement"),
    "next_checkin": ("Prochain contact prévu", "Volgend contact gepland", "Next contact planned"),
    "narrative": ("Récit de la situation", "Verhaal van de situatie", "Account of the situation"),
    "organisation": ("Organisation", "Organisatie", "Organisation"),
    "raised_on": ("notée le {date}", "genoteerd op {date}", "noted on {date}"),
    "theme": ("Thème", "Thema", "Theme"),
    "history": ("Évolution", "Verloop", "History"),
    "mode": ("Façon de faire", "Werkwijze", "How"),
    "form": ("Forme", "Vorm", "Form"),
    "cards": ("Cartes tirées", "Getrokken kaarten", "Cards drawn"),
    "difficulties": ("Difficultés", "Moeilijkheden", "Difficulties"),
    "added_value": ("Ce que cela a apporté", "Wat het opleverde", "What it brought"),
    "for_priority": ("Pour la priorité", "Voor de prioriteit", "For the priority"),
    "who_mobilises": ("Mobilisée par", "Ingezet door", "Mobilised by"),
    "reason": ("Motif", "Reden", "Reason"),
    "since": ("Depuis le", "Sinds", "Since"),
    "until": ("Jusqu'au", "Tot", "Until"),
    "date": ("Date", "Datum", "Date"),
    "duration": ("Durée", "Duur", "Time"),
    "task": ("Tâche", "Taak", "Task"),
    "note": ("Note", "Notitie", "Note"),
    "total": ("Total", "Totaal", "Total"),
    "due_on": ("Prévu le", "Gepland op", "Due on"),
    "reminder": ("Rappel", "Herinnering", "Reminder"),
    "done_on": ("Fait le", "Gedaan op", "Done on"),
    "professional_name": ("Professionnel", "Professional", "Professional"),
    "professional_role": ("Fonction ou organisation", "Functie of organisatie", "Role or organisation"),
    "scope": ("Pour", "Voor", "For"),
    "recorded_on": ("Accord donné le", "Gegeven op", "Agreed on"),
    "withdrawn_on": ("Retiré le", "Ingetrokken op", "Withdrawn on"),
    "kind": ("Document", "Document", "Document"),
    "format": ("Format", "Formaat", "Format"),
    # Fixed values.
    "yes": ("oui", "ja", "yes"),
    "no": ("non", "nee", "no"),
    "unset": ("non renseigné", "niet ingevuld", "not given"),
    "sex.f": ("Femme", "Vrouw", "Woman"),
    "sex.m": ("Homme", "Man", "Man"),
    "sex.x": ("Autre (X)", "Anders (X)", "Other (X)"),
    "scope.handover": ("la fiche de relais", "de overdrachtsfiche", "the handover sheet"),
    "kind.handover": ("Fiche de relais", "Overdrachtsfiche", "Handover sheet"),
    "kind.situation_file": ("Dossier de situation", "Situatiedossier", "Situation file"),
    "kind.access": (
        "Accès aux données (ce document)",
        "Inzage in gegevens (dit document)",
        "Data access (this document)",
    ),
    "kind.gp_note": ("Note au médecin généraliste", "Bericht aan de huisarts", "Note to the GP"),
    "kind.fridge_note": ("Note pour le frigo", "Briefje voor op de koelkast", "Fridge note"),
    "kind.calendar": (
        "Rappels envoyés vers un agenda",
        "Herinneringen naar een agenda",
        "Reminders sent to a calendar",
    ),
    "situation_named": ("Situation {code}", "Situatie {code}", "Situation {code}"),
}


def words(key: str, lang: str, **params: object) -> str:
    return pick(_WORDS[key], lang, **params)


def known(key: str) -> bool:
    return key in _WORDS
