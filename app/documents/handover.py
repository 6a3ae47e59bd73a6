"""The handover sheet ("passer le relais"): what the professional who takes over needs, in one or two pages.

It names the person, so it is made only for a professional with a recorded, non-withdrawn consent
(app.documents.consent); the export log records the situation's code and the consent's id (to whom), never a
name or a text. Sections with nothing say so; long texts wrap and paginate.
"""

from __future__ import annotations

from functools import partial

from app.documents.consent import ConsentRead, ConsentService
from app.documents.dossier import Dossier, gather_dossier
from app.documents.output import RenderedDocument
from app.documents.pdf import PdfStory
from app.documents.referent import ReferentContact, referent_contact
from app.documents.texts import born_key, day, term, text
from storage.register import Register

KIND = "handover"
RESOURCE_GROUPS = ("en_place", "en_cours", "penurie", "sans_suite")
MAX_PAGES = 2
NOTE_LIMITS = (None, 600, 280, 120)  # characters per note, tried in turn until the sheet fits


def build_handover(register: Register, situation_id: int, *, consent_id: int | None = None,
                   to: str | None = None, lang: str = "fr") -> RenderedDocument:
    """Render the sheet for the consent chosen (by id, by name, or the only active one).

    Raises ConsentRequiredError ("documents.consent_missing" / "documents.consent_ambiguous")."""
    consent = ConsentService(register).require(situation_id, consent_id, to)
    dossier = gather_dossier(register, situation_id)
    contact = referent_contact(register)
    pdf, story = fitted_handover(dossier, consent, contact, lang)
    notices = (text("referent.none", lang),) if contact.missing else ()
    if story.shortened:
        notices += (text("handover.shortened", lang, count=story.shortened),)
    notices += story.notices(lang)
    settings = {"situation": dossier.code, "consent": consent.id, "lang": lang}
    return RenderedDocument(KIND, "pdf", pdf, settings, notices=notices,
                            recheck=partial(_recheck, situation_id, consent.id))


def _recheck(situation_id: int, consent_id: int, register: Register) -> None:
    ConsentService(register).require(situation_id, consent_id)


def fitted_handover(dossier: Dossier, consent: ConsentRead, contact: ReferentContact,
                    lang: str) -> tuple[bytes, PdfStory]:
    """The sheet in at most MAX_PAGES pages when shorter notes get it there: (pdf, the story rendered).

    The next professional reads it in minutes; the situation file keeps every note in full. Lists are never
    cut (a resource or a priority left out would mislead), so a very long list may still take more pages."""
    for limit in NOTE_LIMITS:
        story = PdfStory(f"{text('handover.title', lang)} — {dossier.code}",
                         f"{text('handover.title', lang)} — {dossier.code}", note_limit=limit)
        _head(story, dossier, consent, lang)
        _priorities(story, dossier, lang)
        _network(story, dossier, lang)
        _resources(story, dossier, lang)
        _followups(story, dossier, lang)
        _referent(story, contact, lang)
        pdf = story.render()
        if story.page_count <= MAX_PAGES:
            break
    return pdf, story


def _head(story: PdfStory, dossier: Dossier, consent: ConsentRead, lang: str) -> None:
    story.title(f"{text('handover.title', lang)} — {dossier.full_name}")
    role = consent.professional_role or "—"
    story.subtitle(text("handover.for", lang, name=consent.professional_name, role=role))
    story.para(text("handover.consent", lang, date=day(consent.recorded_on, lang)), "small")
    person = dossier.person
    facts = [dossier.code, text("started", lang, date=day(dossier.situation.started_on, lang)),
             text("status", lang, status=term("situation_statuses", dossier.situation.status, lang))]
    if person.birth_year:
        facts.insert(1, text(born_key(person.sex), lang, year=person.birth_year))
    story.para(" · ".join(facts), "small")
    contact = ", ".join(p for p in (person.address, f"{person.postcode} {person.commune}".strip(),
                                    person.phone, person.email) if p)
    story.para(contact, "small")


def _priorities(story: PdfStory, dossier: Dossier, lang: str) -> None:
    story.heading(text("priorities", lang))
    for line in dossier.priorities:
        status = term("priority_statuses", line.status, lang)
        story.item(f"« {line.text} »" if lang == "fr" else f"“{line.text}”", status, line.notes)
    if not dossier.priorities:
        story.empty(text("priorities.none", lang))


def _network(story: PdfStory, dossier: Dossier, lang: str) -> None:
    story.heading(text("network", lang))
    for member in dossier.network:
        who = ", ".join(p for p in (member.name, member.organisation) if p)
        reach = " · ".join(p for p in (member.phone, member.email) if p)
        story.item(term("network_roles", member.role, lang), " — ".join(p for p in (who, reach) if p),
                   member.notes)
    if not dossier.network:
        story.empty(text("network.none", lang))


def _resources(story: PdfStory, dossier: Dossier, lang: str) -> None:
    story.heading(text("resources", lang))
    for group in RESOURCE_GROUPS:
        lines = [line for line in dossier.mobilisations if line.group == group]
        if not lines:
            continue
        story.para(text("group." + group, lang), "lead")
        for line in lines:
            who = text("by", lang, who=term("who_mobilises", line.who_mobilises, lang))
            status = term("mobilisation_statuses", line.status, lang)
            since = text("since", lang, date=day(line.started_on, lang))
            story.item(line.resource, f"{status}, {who}, {since}", line.notes)
    if not dossier.mobilisations:
        story.empty(text("resources.none", lang))


def _followups(story: PdfStory, dossier: Dossier, lang: str) -> None:
    story.heading(text("followups", lang))
    if dossier.situation.next_checkin:
        story.item(text("next_checkin", lang, date=day(dossier.situation.next_checkin, lang)))
    for line in dossier.open_followups:
        story.item(text("due", lang, date=day(line.due_on, lang)), line.note)
    if not dossier.open_followups and not dossier.situation.next_checkin:
        story.empty(text("followups.none", lang))


def _referent(story: PdfStory, contact: ReferentContact, lang: str) -> None:
    story.heading(text("referent", lang))
    if contact.missing and not contact.name:
        story.empty(text("referent.none", lang))
        return
    story.item(contact.name, ", ".join(p for p in (contact.organisation, contact.phone, contact.email) if p))
