"""A two-way table of the synthesis PDF that stays readable on A4 portrait whatever its number of columns.

The longer dimension goes down the page (a table of 6 themes × 28 vulnerabilities has the vulnerabilities as
rows). Each column is as wide as its longest header *word* and its widest number: headers wrap between words,
never inside one (reportlab's default splits a long word letter by letter when a column is narrow). When the
columns do not fit the page width, the table is split into parts of consecutive columns, each repeating the
row labels and the totals row; the total column closes the last part. Headers, "Total" and "part n / m" are
in the file's language (app.moderator.texts): the widths are measured on the words actually printed.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph

from app.exports.pdf_style import BOLD, WIDTH, table
from app.moderator.tables import CrossTable
from app.moderator.texts import count, text

HEAD_SIZE, CELL_SIZE = 7.5, 8.5
PADDING = 12  # reportlab's default 6 pt on each side of a cell
LABEL_SHARE, LABEL_MIN = 0.3, 45 * mm


def cross_story(title: str, cross: CrossTable | None, style: dict, language: str = "fr") -> list:
    """The flowables of `cross` under `title`: one table, or several parts when too wide; its labels already
    in `language` (app.moderator.labels)."""
    if cross is None or cross.empty:
        return []
    total_word = text("pdf.total", language)
    n = lambda value: count(value, language)  # noqa: E731 - a short local helper
    total = cross.grid.total
    head = ParagraphStyle(
        "moderator_head", parent=style["note"], textColor=colors.white, fontName=BOLD, fontSize=HEAD_SIZE,
        splitLongWords=0,
    )  # fmt: skip
    (labels, columns, body, row_totals, column_totals), widths, total_width, parts = _layout(cross, language)
    story: list = []
    for number, part in enumerate(parts, start=1):
        last = number == len(parts)
        heading = title
        if len(parts) > 1:
            heading = text("pdf.cross.part", language, title=title, number=number, count=len(parts))
        rows = [["", *[Paragraph(escape(columns[i]), head) for i in part], *([total_word] if last else [])]]
        rows += [
            [
                Paragraph(escape(label), style["cell"]),
                *[n(cells[i]) for i in part],
                *([n(t)] if last else []),
            ]
            for label, cells, t in zip(labels, body, row_totals, strict=True)
        ]
        rows.append([total_word, *[n(column_totals[i]) for i in part], *([n(total)] if last else [])])
        part_widths = [widths[i] for i in part] + ([total_width] if last else [])
        spare = WIDTH - _label_width() - sum(part_widths)  # the label column takes what the numbers leave
        grid = table(rows, [_label_width() + spare, *part_widths], numbers_from=1, total_row=True)
        story.append(KeepTogether([Paragraph(heading, style["h2"]), grid]))
    return story


def column_parts(widths: list[float], total_width: float, room: float) -> list[list[int]]:
    """Consecutive column indexes per part so that each part fits `room`; the last part also holds the
    total column. Every part has at least one column."""
    parts: list[list[int]] = [[]]
    used = 0.0
    for index, width in enumerate(widths):
        last = index == len(widths) - 1
        need = width + (total_width if last else 0)
        if parts[-1] and used + need > room:
            parts.append([])
            used = 0.0
        parts[-1].append(index)
        used += width
    return parts


def _layout(cross: CrossTable, language: str):
    """The orientation that needs the fewest parts, then the one with more rows; on a tie the columns of
    the synthesis go down the page (the vulnerabilities, whose labels are long)."""
    grid = cross.grid
    body = [list(row) for row in grid.rows]
    as_given = (cross.row_labels, cross.column_labels, body, list(grid.row_totals), list(grid.column_totals))
    turned = (as_given[1], as_given[0], [list(c) for c in zip(*body, strict=True)], as_given[4], as_given[3])
    layouts = []
    for labels, columns, cells, row_totals, column_totals in (turned, as_given):
        widths = [
            _column_width(name, [row[i] for row in cells] + [column_totals[i]], language)
            for i, name in enumerate(columns)
        ]
        total_width = _column_width(text("pdf.total", language), [*row_totals, grid.total], language)
        parts = column_parts(widths, total_width, WIDTH - _label_width())
        layouts.append(((labels, columns, cells, row_totals, column_totals), widths, total_width, parts))
    return min(layouts, key=lambda layout: (len(layout[3]), -len(layout[0][0])))


def _column_width(header: str, values: list[int | None], language: str) -> float:
    word = max((stringWidth(w, BOLD, HEAD_SIZE) for w in header.split()), default=0)
    number = max((stringWidth(count(v, language), BOLD, CELL_SIZE) for v in values), default=0)
    return max(word, number, 8 * mm) + PADDING


def _label_width() -> float:
    return max(WIDTH * LABEL_SHARE, LABEL_MIN)
