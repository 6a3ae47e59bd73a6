"""The note to the GP after a visit: drafted from the visit's log, edited by the referent, then handed to the
referent's own mail program. Relais never sends mail.

The draft (`draft_gp_note`) says the date of the last visit, what was seen (the time entries' notes of that
day, or the narrative), the priorities in the person's words, the steps under way and a place for questions.
The window hands it over as a `mailto:` URL when that stays short (`MAILTO_LIMIT`: some mail programs and
systems cut longer URLs), else as an `.eml` draft written through the export pipeline into the referent's
private exports folder and opened the same way. Without the GP's e-mail the text can still be copied (for a
secure messaging service). Each way out is logged once: kind, channel, situation pseudonym, language, the
recipient's role — never the text.
"""

from __future__ import annotations

import email.policy
from dataclasses import dataclass, replace
from datetime import date
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import quote

import platformdirs

from app.documents.liaison_data import LiaisonData, gather_liaison
from app.documents.liaison_texts import check_language, text
from app.documents.output import RenderedDocument, log_handed_over, save_document
from app.documents.texts import born_key
from app.vocab import vocabularies
from storage.register import Register

MAILTO_LIMIT = 1800  # characters of the whole encoded URL: what every common mail program takes whole
KIND = "gp_note"


@dataclass(frozen=True)
class GpNoteDraft:
    code: str  # the situation's pseudonym (for the log and the file name)
    lang: str
    to: str  # the GP's e-mail from the person's network; "" when none is recorded
    gp_name: str
    subject: str
    body: str

    def edited(self, subject: str, body: str) -> GpNoteDraft:
        return replace(self, subject=subject, body=body)

    def settings(self, channel: str) -> dict[str, str]:
        return {"situation": self.code, "lang": self.lang, "recipient": "gp", "channel": channel}


def draft_gp_note(register: Register, situation_id: int, lang: str) -> GpNoteDraft:
    data = gather_liaison(register, situation_id)
    gp = data.contact("gp")
    subject, body = compose(data, check_language(lang))
    return GpNoteDraft(data.code, lang, gp.email if gp else "", gp.name if gp else "", subject, body)


def initials(name: str) -> str:
    """"Éloïse Dupré-Van Damme" → "É. D.-V. D.": enough for the GP beside the body, little for others."""
    def word(part: str) -> str:
        return "-".join(piece[0] + "." for piece in part.split("-") if piece)

    return " ".join(word(part) for part in name.split() if part[0].isalpha())


def compose(data: LiaisonData, lang: str) -> tuple[str, str]:
    """Subject and body of the draft, in `lang`."""
    name, visit = data.person.display_name, data.last_visit
    year = data.person.birth_year
    born = text(born_key(data.person.sex, "gp.born"), lang, year=str(year)) if year else ""
    day = _numeric(visit.day) if visit else ""
    # The subject travels in clear even over secure mail and shows in notifications: initials only.
    who = initials(name) + (f" ({year})" if year else "")
    subject = text("gp.subject", lang, name=who, date=day) if visit else text("gp.subject.no_visit", lang,
                                                                                name=who)
    gp = data.contact("gp")
    gp_name = _without_title(gp.name) if gp else ""
    lines = [text("gp.greeting", lang, name=gp_name) if gp_name else text("gp.greeting.no_name", lang), ""]
    lines += [text("gp.intro", lang, name=name, born=born, date=day) if visit
              else text("gp.intro.no_visit", lang, name=name, born=born), ""]
    # Only what was noted at the visit: the narrative is the referent's own record, not news for the GP.
    seen = visit.note.strip() if visit else ""
    lines += [text("gp.seen", lang), seen or text("gp.seen.none", lang), ""]
    lines += _section(text("gp.priorities", lang), list(data.priorities), text("gp.priorities.none", lang))
    under_way = [_step(step, lang) for step in data.steps if step.group == "en_cours"]
    lines += _section(text("gp.steps", lang), under_way, text("gp.steps.none", lang))
    in_place = [_step(step, lang) for step in data.steps if step.group != "en_cours"]
    if in_place:
        lines += _section(text("gp.in_place", lang), in_place, "")
    lines += [text("gp.questions", lang), "- ", ""]
    if data.next_visit is not None:
        lines += [text("gp.next_visit", lang, date=_numeric(data.next_visit)), ""]
    lines += [text("gp.closing", lang), *_signature(data)]
    return subject, "\n".join(lines).rstrip() + "\n"


def _section(title: str, items: list[str], empty: str) -> list[str]:
    return [title, *(f"- {item}" for item in items)] + ([empty] if not items else []) + [""]


def _step(step, lang: str) -> str:
    vocab = vocabularies()
    status = vocab["mobilisation_statuses"].label(step.status, lang)
    who = _lower_first(vocab["who_mobilises"].label(step.who, lang))
    separator = " ; " if lang == "fr" else "; "
    return f"{step.what} ({status.lower()}{separator}{who})"


def _lower_first(label: str) -> str:
    """'Buurtreferent' → 'buurtreferent' inside a sentence; an acronym ('GP', 'CPAS') stays as it is."""
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


def _without_title(name: str) -> str:
    """'Dr Anne Lambert' → 'Anne Lambert': the greeting already says 'Docteur'."""
    words = name.split()
    if words and words[0].lower().rstrip(".") in ("dr", "docteur", "dokter", "doctor"):
        words = words[1:]
    return " ".join(words)


def _signature(data: LiaisonData) -> list[str]:
    referent = data.referent
    return [part for part in (referent.name, referent.phone, referent.email) if part] if referent else []


def _numeric(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def mailto_url(to: str, subject: str, body: str) -> str:
    """An RFC 6068 mailto: URL; line breaks as CRLF, everything outside unreserved characters encoded."""
    crlf = "\r\n".join(body.splitlines())
    return f"mailto:{quote(to, safe='@')}?subject={quote(subject, safe='')}&body={quote(crlf, safe='')}"


def fits_mailto(draft: GpNoteDraft) -> bool:
    return bool(draft.to) and len(mailto_url(draft.to, draft.subject, draft.body)) <= MAILTO_LIMIT


def eml_bytes(draft: GpNoteDraft) -> bytes:
    """A draft message (X-Unsent: mail programs open it ready to edit and send), UTF-8, CRLF lines."""
    message = EmailMessage(policy=email.policy.SMTP)
    if draft.to:
        message["To"] = draft.to
    message["Subject"] = draft.subject
    message["X-Unsent"] = "1"
    message.set_content(draft.body)
    return message.as_bytes()


def eml_file_name(draft: GpNoteDraft, today: date) -> str:
    """Named by the pseudonym and date, never by the person's name."""
    return f"note-gp-{draft.code}-{today:%Y%m%d}.eml"


def save_gp_note_eml(register: Register, draft: GpNoteDraft, path: Path) -> Path:
    document = RenderedDocument(KIND, "eml", eml_bytes(draft), draft.settings("eml"))
    save_document(register, document, path)
    return path


def log_gp_note(register: Register, draft: GpNoteDraft, channel: str) -> None:
    """Log a note handed over without a file: channel "mailto" (mail program) or "copy" (copied text)."""
    log_handed_over(register, KIND, channel, draft.settings(channel))


def private_exports_folder() -> Path:
    """Where a draft for the mail program is written: the user's own data folder, readable by them only."""
    folder = Path(platformdirs.user_data_dir("Relais", appauthor=False)) / "exports"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)
    return folder
