"""The fridge note: one A4 page for the person's home, in large print and in the person's language.

Who to call for what (112, the doctor on duty 1733, the referent, GP, pharmacy, home nurse), the next visit,
the priorities in the person's words and what was agreed. Every text has a fixed place and a maximum number of
lines; a longer text is cut with a visible "…" and counted, so that the preview can say "3 texts were
shortened". Body text is 15 pt or more, black on white; pictograms are resources/pictograms/*.svg.

The note is rendered once for the preview; the bytes the person saw are the bytes written
(`save_fridge_note`, through the export pipeline: one ExportLog row, never the content).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents.fitting import fit
from app.documents.liaison_data import Contact, LiaisonData, gather_liaison
from app.documents.liaison_texts import check_language, date_in_words, text
from app.documents.output import RenderedDocument, save_document
from app.documents.pictograms import pictogram
from app.documents.scripts import draw_line, register_fallback, text_width, unshown
from app.exports.pdf_style import BOLD, FONT
from storage.register import Register

INK, RED, GREY = colors.black, colors.HexColor("#b00000"), colors.HexColor("#333333")
MARGIN = 16 * mm
LEFT, RIGHT, TOP, BOTTOM = MARGIN, A4[0] - MARGIN, A4[1] - MARGIN, MARGIN
BODY, LEADING = 15, 19  # the smallest text on the note: 15 pt
MAX_ITEMS, ITEM_LINES = 4, 3
FOOTER_SPACE = 26  # the line 'Made on … with Relais' at the foot of the page
ROLE_PICTOGRAMS = {"referent": "house", "gp": "doctor", "pharmacy": "pharmacy", "nurse": "nurse"}


@dataclass(frozen=True)
class FridgeNote:
    pdf: bytes
    lang: str
    shortened: int  # how many texts were cut with "…" (the preview says so)
    code: str  # the situation's pseudonym, for the export log
    referent_missing: bool = False  # the referent's own contact is not filled in: no "my referent" line
    unshown: int = 0  # characters no embedded font can draw (app.documents.scripts): the preview says so


def fridge_note(register: Register, situation_id: int, lang: str) -> FridgeNote:
    data = gather_liaison(register, situation_id)
    pdf, page = render_fridge_note(data, check_language(lang))
    return FridgeNote(pdf, lang, page.shortened, data.code, referent_missing=data.referent is None,
                      unshown=page.unshown)


def save_fridge_note(register: Register, note: FridgeNote, path: Path) -> None:
    """Write the previewed note atomically (0600) and log it: kind, format, situation code, language."""
    save_document(register, fridge_document(note), path)


def fridge_document(note: FridgeNote) -> RenderedDocument:
    """The previewed bytes, with what the export log keeps: situation code, language, recipient."""
    settings = {"situation": note.code, "lang": note.lang, "recipient": "person"}
    return RenderedDocument("fridge_note", "pdf", note.pdf, settings)


def render_fridge_note(data: LiaisonData, lang: str) -> tuple[bytes, _Page]:
    register_fallback()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(text("title", lang))
    canvas.setAuthor("Relais")
    page = _Page(canvas, lang)
    page.header(data.person.display_name)
    page.emergency()
    page.referent_shown = data.referent is not None
    for role in ("referent", "gp", "pharmacy", "nurse"):
        contact = data.referent if role == "referent" else data.contact(role)
        if contact is not None:
            page.contact(contact)
    page.next_visit(data.next_visit)
    page.lists(data.priorities, [_step_line(step.what, step.who, lang) for step in data.steps])
    page.footer(date_in_words(data.today, lang))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), page


def _step_line(what: str, who: str, lang: str) -> str:
    key = f"who.{who}" if who in ("rp", "personne", "aidant_proche") else "who.other"
    return _labelled(what.strip(), text(key, lang), lang)


def _labelled(label: str, value: str, lang: str) -> str:
    """'Mon médecin : Dr Lambert' (French puts a space before the colon), 'My doctor: Dr Lambert'."""
    return f"{label} : {value}" if lang == "fr" else f"{label}: {value}"


class _Page:
    """A cursor going down the page; each block checks it stays above the bottom margin."""

    def __init__(self, canvas: Canvas, lang: str) -> None:
        self.canvas, self.lang, self.y, self.shortened, self.unshown = canvas, lang, TOP, 0, 0
        self.referent_shown = False

    def write(self, words: str, x: float, y: float, font: str, size: float, width: float,
              lines: int = 1, colour=INK) -> int:
        fitted = fit(words, font, size, width, lines)
        self.shortened += fitted.shortened
        self.unshown += sum(unshown(line, font) for line in fitted.lines)
        self.canvas.setFont(font, size)
        self.canvas.setFillColor(colour)
        for index, line in enumerate(fitted.lines):
            draw_line(self.canvas, x, y - index * size * 1.27, line, font, size)
        return len(fitted.lines)

    def down(self, points: float) -> None:
        self.y -= points
        if self.y < BOTTOM:
            # a programming error (the lists adapt to the room left): the tests render the worst case
            raise RuntimeError("the fridge note went past its page")

    def icon(self, name: str, size: float, x: float, top: float) -> None:
        renderPDF.draw(pictogram(name, size), self.canvas, x, top - size)

    def header(self, name: str) -> None:
        self.down(28)
        self.write(text("title", self.lang), LEFT, self.y, BOLD, 30, RIGHT - LEFT)
        self.down(28)
        self.write(text("for", self.lang, name=name), LEFT, self.y, FONT, 19, RIGHT - LEFT)
        self.down(16)

    def emergency(self) -> None:
        top, height = self.y, 112
        self.canvas.setStrokeColor(RED)
        self.canvas.setLineWidth(3)
        self.canvas.rect(LEFT, top - height, RIGHT - LEFT, height)
        for row, (key, icon) in enumerate((("emergency", "emergency"), ("on_duty", "doctor"))):
            y, x = top - 8 - row * 52, LEFT + 58
            self.icon(icon, 42, LEFT + 8, y)
            self.write(text(key, self.lang), x, y - 18, BOLD, 21, RIGHT - x - 8, colour=RED)
            self.write(text(f"{key}.what", self.lang), x, y - 38, FONT, BODY, RIGHT - x - 8)
        self.down(height + 30)

    def contact(self, contact: Contact) -> None:
        top = self.y
        self.icon(ROLE_PICTOGRAMS[contact.role], 44, LEFT, top + 16)
        x, width = LEFT + 56, RIGHT - LEFT - 56
        self.write(text(f"role.{contact.role}", self.lang), x, top, BOLD, 17, width * 0.55)
        phone, size = (contact.phone, 24) if contact.phone else (text("no_phone", self.lang), BODY)
        phone_x = RIGHT - min(text_width(phone, BOLD, size), width * 0.45)
        self.write(phone, phone_x, top, BOLD, size, width * 0.45)
        self.write(contact.name, x, top - 20, FONT, 17, width)
        self.write(text(f"what.{contact.role}", self.lang), x, top - 40, FONT, BODY, width, colour=GREY)
        self.down(66)

    def next_visit(self, day) -> None:
        top = self.y
        self.icon("calendar", 44, LEFT, top + 12)
        x = LEFT + 56
        self.write(text("next_visit", self.lang), x, top, BOLD, 17, RIGHT - x)
        # "my referent will call me" only when the note gives the referent's number
        unset = "next_visit.none" if self.referent_shown else "next_visit.none.unknown"
        when = date_in_words(day, self.lang) if day is not None else text(unset, self.lang)
        self.write(when, x, top - 22, BOLD if day else FONT, 17 if day else BODY, RIGHT - x, lines=2)
        self.down(62)

    def lists(self, priorities, agreed) -> None:
        half = (RIGHT - LEFT - 16) / 2
        bottoms = [
            self._list(LEFT, half, "heart", "priorities", priorities),
            self._list(LEFT + half + 16, half, "agreed", "agreed", agreed),
        ]
        self.down(self.y - min(bottoms))

    def _list(self, x: float, width: float, icon: str, key: str, items) -> float:
        y, floor = self.y, BOTTOM + FOOTER_SPACE
        self.icon(icon, 28, x, y + 8)
        y -= 12 + 22 * self.write(text(key, self.lang), x + 36, y - 4, BOLD, 17, width - 36, lines=2)
        if not items:
            self.write(text(f"{key}.none", self.lang), x, y, FONT, BODY, width, lines=2)
            return y - 2 * LEADING
        for index, item in enumerate(items[:MAX_ITEMS]):
            room = int((y - floor) // LEADING) - (index < len(items) - 1)  # keep a line for a last "…"
            if room < 1:
                return self._dropped(x, y, len(items) - index)
            used = self.write(f"• {item}", x, y, FONT, BODY, width, lines=min(ITEM_LINES, room))
            y -= used * LEADING + 6
        return self._dropped(x, y, len(items) - MAX_ITEMS) if len(items) > MAX_ITEMS else y

    def _dropped(self, x: float, y: float, count: int) -> float:
        """Items with no room left: one visible "…" line; each counts as a shortened text."""
        self.shortened += count
        self.write("…", x, y, BOLD, BODY, 40)
        return y - LEADING

    def footer(self, today: str) -> None:
        made_on = text("made_on", self.lang, date=today)
        self.write(made_on, LEFT, BOTTOM + 4, FONT, 14, RIGHT - LEFT, colour=GREY)
