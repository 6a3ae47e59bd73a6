"""The page shape shared by the documents: A4, embedded DejaVu (app.exports.pdf_style), a footer
"… — page N / M", and flowables that wrap and split across pages however long the text (5,000 characters of
notes paginate). A story may cap its item notes (`note_limit`): a document that must stay short (the handover
sheet) renders again with shorter notes, each cut at a word and ending with "…", and says how many."""

from __future__ import annotations

import io
import re

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.documents.scripts import paragraph_markup, register_fallback, unshown
from app.documents.texts import text
from app.exports.pdf_style import MARGIN, RULE, WIDTH, numbered_canvas, register_fonts, styles, table


def markup(value: str) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept, every script (app.documents.scripts)."""
    register_fallback()
    return "<br/>".join(paragraph_markup(keep_numbers_whole(line)) for line in value.strip().splitlines())


# "02 522 78 53", "+32 470 12 34 56": digit groups joined by single spaces, written on one line
_NUMBER_GROUPS = re.compile(r"(?<![\w])\+?\d{2,4}(?: \d{2,4}){1,5}(?![\w])")


def keep_numbers_whole(line: str) -> str:
    """A phone number never splits across lines (a nurse must not misdial): its spaces become unbreakable."""
    return _NUMBER_GROUPS.sub(lambda match: match.group().replace(" ", "\xa0"), line)


class PdfStory:
    """A document built top to bottom, then rendered to bytes."""

    def __init__(self, title: str, footer: str, note_limit: int | None = None) -> None:
        register_fonts()
        self._title, self._footer = title, footer
        self.flowables: list = []
        self.note_limit = note_limit
        self.shortened = 0  # notes cut to note_limit
        self.unshown = 0  # characters no embedded font can draw (printed as boxes): the preview says so
        self.page_count = 0  # known once rendered

    def notices(self, lang: str) -> tuple[str, ...]:
        """What the preview must say about this story (characters that print as boxes)."""
        return (text("unshown", lang, count=self.unshown),) if self.unshown else ()

    def _seen(self, *texts: str) -> None:
        self.unshown += sum(unshown(words) for words in texts)

    def title(self, words: str) -> None:
        self._seen(words)
        self.flowables.append(Paragraph(markup(words), styles()["title"]))

    def subtitle(self, words: str) -> None:
        self._seen(words)
        self.flowables.append(Paragraph(markup(words), styles()["subtitle"]))

    def heading(self, words: str) -> None:
        self.flowables.append(Paragraph(markup(words), styles()["h2"]))

    def para(self, words: str, style: str = "body") -> None:
        if words.strip():
            self._seen(words)
            self.flowables.append(Paragraph(markup(words), styles()[style]))

    def item(self, lead: str, detail: str = "", note: str = "") -> None:
        """One entry of a list: bold lead, plain detail, then a muted note (all may be long)."""
        self._seen(lead, detail, note)
        line = f"<b>{markup(lead)}</b>" if lead.strip() else ""
        if detail.strip():
            line = f"{line} — {markup(detail)}" if line else markup(detail)
        self.flowables.append(Paragraph(f"• {line}", styles()["bullet"]))
        if note.strip():
            self.flowables.append(Paragraph(markup(self._capped(note)), _note_style()))

    def _capped(self, note: str) -> str:
        if self.note_limit is None or len(note.strip()) <= self.note_limit:
            return note
        self.shortened += 1
        return shorten_at_word(note.strip(), self.note_limit)

    def empty(self, words: str) -> None:
        self.flowables.append(Paragraph(f"<i>{markup(words)}</i>", styles()["note"]))

    def grid(self, header: list[str], rows: list[list[str]], widths: list[float], *,
             total: list[str] | None = None) -> None:
        """A table with a header row repeated on each page; cells wrap (keep them under a page: a row does not
        split, as a split row under a repeated header left the header alone at the foot of a page)."""
        self._seen(*(cell for row in rows for cell in row))
        head = [Paragraph(markup(cell), _header_style()) for cell in header]
        body = [[Paragraph(markup(cell), styles()["cell"]) for cell in row] for row in rows]
        if total:
            body.append([Paragraph(f"<b>{markup(cell)}</b>", styles()["cell"]) for cell in total])
        grid = table([head, *body], [share * WIDTH for share in widths], numbers_from=len(header),
                     total_row=bool(total))
        self.flowables.append(grid)

    def fields(self, pairs: list[tuple[str, str]]) -> None:
        """Label / value lines, the labels in a narrow bold column; a long value splits across pages."""
        self._seen(*(value for _label, value in pairs))
        rows = [[Paragraph(f"<b>{markup(label)}</b>", styles()["cell"]), Paragraph(markup(value) or "—",
                                                                                   styles()["cell"])]
                for label, value in pairs]
        grid = Table(rows, colWidths=[0.34 * WIDTH, 0.66 * WIDTH], splitInRow=1)
        grid.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        self.flowables.append(grid)

    def gap(self, height_mm: float = 3) -> None:
        self.flowables.append(Spacer(1, height_mm * mm))

    def render(self) -> bytes:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=16 * mm,
            bottomMargin=20 * mm, title=self._title, author="Relais", creator="Relais",
        )  # fmt: skip
        doc.build(list(self.flowables), canvasmaker=numbered_canvas(self._footer))
        self.page_count = doc.page
        return buffer.getvalue()


def shorten_at_word(value: str, limit: int) -> str:
    """At most `limit` characters, cut after a whole word when there is one, ending with "…"."""
    cut = value[:limit].rstrip()
    at_space = cut.rfind(" ")
    if at_space > limit // 2:
        cut = cut[:at_space]
    return cut.rstrip(" ,;:.") + "…"


def _note_style():
    from reportlab.lib.styles import ParagraphStyle

    base = styles()["body"]
    return ParagraphStyle("item_note", parent=base, leftIndent=18, fontSize=8.5, leading=11.5, spaceAfter=3)


def _header_style():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("grid_header", parent=styles()["cell"], fontName="DejaVuSans-Bold",
                          textColor=colors.white)
