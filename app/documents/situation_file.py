"""The situation file: a printable PDF of one situation for the referent's own records (not to be shared).

Everything the situation holds: identity, status, narrative, vulnerabilities and pathologies, priorities,
network, resources, follow-ups (done and open), dialogues and the time spent. Logged as kind
"situation_file" with the situation's code; no consent is needed (it stays with the referent).
"""

from __future__ import annotations

from app.documents.consent import ConsentRead, ConsentService
from app.documents.dossier import Dossier, gather_dossier
from app.documents.handover import RESOURCE_GROUPS
from app.documents.output import RenderedDocument
from app.documents.pdf import PdfStory
from app.documents.texts import born_key, day, term, text
from app.durations import format_duration
from storage.register import Register

KIND = "situation_file"


def build_situation_file(register: Register, situation_id: int, *, lang: str = "fr") -> RenderedDocument:
    dossier = gather_dossier(register, situation_id)
    settings = {"situation": dossier.code, "lang": lang}
    story = situation_file_story(dossier, lang, ConsentService(register).for_situation(situation_id))
    return RenderedDocument(KIND, "pdf", story.render(), settings, notices=story.notices(lang))


def situation_file_story(dossier: Dossier, lang: str, consents: list[ConsentRead] = ()) -> PdfStory:
    title = f"{text('file.title', lang)} — {dossier.code}"
    story = PdfStory(title, f"{title} — {text('file.private', lang)}")
    story.title(f"{text('file.title', lang)} — {dossier.full_name}")
    story.para(text("file.private", lang), "small")
    _identity(story, dossier, lang)
    _situation(story, dossier, lang)
    _lists(story, dossier, lang)
    _consents(story, consents, lang)
    return story


def _identity(story: PdfStory, dossier: Dossier, lang: str) -> None:
    p = dossier.person
    story.heading(text("identity", lang))
    story.para(dossier.full_name, "lead")
    if p.birth_year:
        story.para(text(born_key(p.sex), lang, year=p.birth_year))
    for value in (p.address, f"{p.postcode} {p.commune}".strip(), p.phone, p.email, p.languages, p.notes):
        story.para(value)


def _situation(story: PdfStory, dossier: Dossier, lang: str) -> None:
    s = dossier.situation
    story.heading(f"{text('situation', lang)} {dossier.code}")
    status = text("status", lang, status=term("situation_statuses", s.status, lang))
    if s.closed_on:
        status += f", {text('closed', lang, date=day(s.closed_on, lang))}"
    story.para(f"{text('started', lang, date=day(s.started_on, lang))} · {status}")
    if s.next_checkin:
        story.para(text("next_checkin", lang, date=day(s.next_checkin, lang)))
    story.para(text("time", lang, hours=format_duration(dossier.minutes, lang)))
    if s.consent_cdp:
        story.para(text("cdp_yes", lang, date=day(s.consent_date, lang) if s.consent_date else "—"))
    else:
        story.para(text("cdp_no", lang))
    for key, vocab, ids in (("vulnerabilities", "vulnerabilities", dossier.vulnerabilities),
                            ("pathologies", "pathologies", dossier.pathologies)):
        labels = [term(vocab, i, lang) for i in ids] + ([s.other_pathologies] if key == "pathologies" else [])
        story.para(f"{text(key, lang)} : {', '.join(x for x in labels if x) or '—'}")
    story.heading(text("narrative", lang))
    if s.narrative.strip():
        story.para(s.narrative)
    else:
        story.empty(text("narrative.none", lang))


def _lists(story: PdfStory, dossier: Dossier, lang: str) -> None:
    story.heading(text("priorities", lang))
    for line in dossier.priorities:
        story.item(line.text, f"{term('priority_statuses', line.status, lang)}, {day(line.raised_on, lang)}",
                   line.notes)
    if not dossier.priorities:
        story.empty(text("priorities.none", lang))
    story.heading(text("network", lang))
    for m in dossier.network:
        detail = ", ".join(x for x in (m.name, m.organisation, m.phone, m.email) if x)
        story.item(term("network_roles", m.role, lang), detail, m.notes)
    if not dossier.network:
        story.empty(text("network.none", lang))
    _resources(story, dossier, lang)
    _followups_and_dialogues(story, dossier, lang)


def _resources(story: PdfStory, dossier: Dossier, lang: str) -> None:
    story.heading(text("resources", lang))
    for group in RESOURCE_GROUPS:
        for line in (x for x in dossier.mobilisations if x.group == group):
            who = text("by", lang, who=term("who_mobilises", line.who_mobilises, lang))
            status = term("mobilisation_statuses", line.status, lang)
            story.item(line.resource, f"{status}, {who}, {day(line.started_on, lang)}", line.notes)
    if not dossier.mobilisations:
        story.empty(text("resources.none", lang))


def _followups_and_dialogues(story: PdfStory, dossier: Dossier, lang: str) -> None:
    story.heading(text("followups.all", lang))
    for line in dossier.followups:
        done = f" ({text('done', lang, date=day(line.done_on, lang))})" if line.done_on else ""
        story.item(text("due", lang, date=day(line.due_on, lang)) + done, line.note)
    if not dossier.followups:
        story.empty(text("followups.none", lang))
    story.heading(text("dialogues", lang))
    for d in dossier.dialogues:
        story.item(day(d.held_on, lang), term("dialogue_modes", d.mode, lang),
                   "\n".join(x for x in (d.difficulties, d.added_value, d.notes) if x))
    if not dossier.dialogues:
        story.empty(text("dialogues.none", lang))


def _consents(story: PdfStory, consents, lang: str) -> None:
    story.heading(text("consents_heading", lang))
    for consent in consents:
        when = text("consent_since", lang, date=day(consent.recorded_on, lang))
        if consent.withdrawn_on:
            when += ", " + text("consent_withdrawn", lang, date=day(consent.withdrawn_on, lang))
        story.item(consent.professional_name, ", ".join(x for x in (consent.professional_role, when) if x))
    if not consents:
        story.empty(text("consents_none", lang))
