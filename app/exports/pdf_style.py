"""The look shared by Relais's PDFs (invisible-work report, CdP canvases): A4, embedded DejaVu font, colours,
paragraph styles, tables, and a footer "… — page N / M" on every page.
"""

from __future__ import annotations

import functools
from importlib.resources import as_file, files

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
INK, MUTED, RULE = colors.HexColor("#1d2733"), colors.HexColor("#5b6673"), colors.HexColor("#d5dbe1")
HEADER, ZEBRA = colors.HexColor("#24435f"), colors.HexColor("#f3f5f7")


def table(rows: list, widths: list[float], *, numbers_from: int, total_row: bool = False) -> Table:
    grid = Table(rows, colWidths=widths, repeatRows=1)
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("ALIGN", (numbers_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), ZEBRA) for row in range(2, len(rows), 2)]
    if total_row:
        commands += [("FONT", (0, -1), (-1, -1), BOLD, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
        commands += [("BACKGROUND", (0, -1), (-1, -1), colors.white)]
    grid.setStyle(TableStyle(commands))
    return grid


def legend(pairs: list, *, x: float, y: float, size: float = 7.5) -> Legend:
    """One column of colour swatches and labels, its top-left corner at (x, y)."""
    legend = Legend()
    legend.x, legend.y, legend.alignment, legend.colorNamePairs = x, y, "right", pairs
    legend.fontName, legend.fontSize, legend.fillColor = FONT, size, INK
    legend.dx = legend.dy = size + 1
    legend.deltay, legend.dxTextSpace, legend.columnMaximum = size + 6, 5, max(1, len(pairs))
    legend.strokeColor = None
    return legend


def text(x: float, y: float, words: str, font: str, colour) -> String:
    return String(x, y, words, fontName=font, fontSize=7.5, fillColor=colour)



_STYLES = {  # name: (size, leading, font, colour, extra)
    "title": (19, 24, BOLD, INK, {"spaceAfter": 4}),
    "subtitle": (12, 16, FONT, HEADER, {}),
    "small": (8, 11, FONT, MUTED, {}),
    "lead": (11, 15, FONT, INK, {}),
    "bullet": (9, 12.5, FONT, INK, {"leftIndent": 10, "spaceAfter": 3}),
    "h2": (11.5, 15, BOLD, HEADER, {"spaceBefore": 10, "spaceAfter": 5}),
    "figure": (17, 21, BOLD, HEADER, {"alignment": TA_CENTER}),
    "caption": (7.5, 9.5, FONT, MUTED, {"alignment": TA_CENTER}),
    "cell": (8.5, 10.5, FONT, INK, {}),
    "note": (7.5, 10, FONT, MUTED, {}),
}


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    styles = {"body": ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12.5, textColor=INK)}
    for name, (size, leading, font, colour, extra) in _STYLES.items():
        styles[name] = ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading, textColor=colour, **extra
        )
    return styles


@functools.cache
def register_fonts() -> None:
    """Embed DejaVu (shipped in resources/fonts): accents and signs print the same on every machine."""
    for name, file_name in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        with as_file(files("resources.fonts") / file_name) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def numbered_canvas(footer: str, page: str = "page") -> type[Canvas]:
    """A canvas that keeps its pages until the end, to print "page N / M" with the real M (`page`: the word
    in the document's language)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self) -> None:  # reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                self._footer(f"{footer} — {page} {number} / {total}")
                super().showPage()
            super().save()

        def _footer(self, text: str) -> None:
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, 13 * mm, A4[0] - MARGIN, 13 * mm)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawCentredString(A4[0] / 2, 9 * mm, text)

    return NumberedCanvas
