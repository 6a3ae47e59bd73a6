"""The moderator's synthesis as a PDF: A4, in the moderator's language (fr, nl, en: app.moderator.texts for
the fixed words, app.moderator.labels for the labels behind a vocabulary id), the look of Relais's other PDFs
(app.exports.pdf_style).

Page 1: what was merged and refused, the key figures, the nœuds with a chart. Then priorities by theme ×
vulnerability, mobilisation outcomes (chart) and the shortage ledger, the structure of referents' time
(chart), the four points of each session, and how small cells were suppressed. A suppressed count prints
« < 5 »; charts leave suppressed rows out.
"""

from __future__ import annotations

from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from app.exports.pdf_style import (
    FONT,
    MARGIN,
    MUTED,
    RULE,
    WIDTH,
    numbered_canvas,
    register_fonts,
    styles,
    table,
)
from app.messages import message_text
from app.moderator.labels import localised
from app.moderator.outputs import refused_rows
from app.moderator.pdf_cross import cross_story
from app.moderator.suppression import K
from app.moderator.synthesis import Synthesis
from app.moderator.texts import SUPPRESSED, count, day, hours, language, number, text

FOUR_POINTS_SHOWN = 40
BAR, SHORTAGE = colors.HexColor("#2e75b6"), colors.HexColor("#c0540f")


def render_synthesis_pdf(synthesis: Synthesis, output: BinaryIO, language: str = "fr") -> None:
    """The synthesis in `language` (fr, nl, en), the refused files and why included, as the CLI and the
    window say them."""
    register_fonts()
    words = _Words(language)
    doc = SimpleDocTemplate(
        output,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=20 * mm,
        title=words("pdf.meta.title"),
        author="Relais",
        creator="Relais",
    )
    footer = numbered_canvas(words("pdf.footer"), words("pdf.page"))
    doc.build(_story(localised(synthesis, words.language), words), canvasmaker=footer)


class _Words:
    """The fixed words, counts and dates of one PDF in its language."""

    def __init__(self, lang: str) -> None:
        self.language = language(lang)

    def __call__(self, key: str, **params: object) -> str:
        return text(key, self.language, **params)

    def count(self, value: int | None) -> str:
        return count(value, self.language)

    def number(self, value: int) -> str:
        return number(value, self.language)

    def hours(self, minutes: int) -> str:
        return hours(minutes, self.language)


def _story(synthesis: Synthesis, words: _Words) -> list:
    style = styles()
    lang = words.language
    story = [
        Paragraph(words("pdf.title"), style["title"]),
        Paragraph(_period(synthesis, words), style["subtitle"]),
        Paragraph(words("pdf.made_on", date=day(synthesis.made_on, lang)), style["small"]),
        Spacer(1, 5 * mm),
    ]
    story += [Paragraph(line, style["bullet"], bulletText="•") for line in _overview(synthesis, words)]
    story += _refused(synthesis, style, lang) + _noeuds(synthesis, style, words)
    story += cross_story(words("pdf.priorities.title"), synthesis.priorities, style, lang)
    story += _outcomes(synthesis, style, words)
    story += cross_story(words("pdf.shortages.title"), synthesis.shortages, style, lang)
    story += _time(synthesis, style, words) + _four_points(synthesis, style, words)
    method = words("pdf.method", below=K - 1, k=K)
    return [*story, Spacer(1, 4 * mm), Paragraph(method, style["note"])]


def _period(synthesis: Synthesis, words: _Words) -> str:
    first, last = synthesis.overview.first_month, synthesis.overview.last_month
    if not first:
        return words("pdf.period.none")
    if first == last:
        return words("pdf.period.one", first=first)
    return words("pdf.period.range", first=first, last=last)


def _overview(synthesis: Synthesis, words: _Words) -> list[str]:
    o = synthesis.overview
    return [
        words("pdf.overview.bundles", cdp=words.number(o.cdp_bundles), work=words.number(o.work_bundles),
              refused=words.number(len(synthesis.refused))),
        words("pdf.overview.counts", referents=words.count(o.referents), sessions=words.number(o.sessions),
              situations=words.count(o.situations)),
    ]  # fmt: skip


def _refused(synthesis: Synthesis, style: dict, language: str) -> list:
    if not synthesis.refused:
        return []
    rows = [[message_text("moderator.pdf_refused_file", None, language),
             message_text("moderator.pdf_refused_reason", None, language)]]  # fmt: skip
    rows += [
        [Paragraph(escape(name), style["cell"]), Paragraph(escape(reason), style["cell"])]
        for name, _, reason in refused_rows(synthesis, language)
    ]
    title = message_text("moderator.pdf_refused_title", None, language)
    return _section(title, style, table(rows, [WIDTH * 0.45, WIDTH * 0.55], numbers_from=2))


def _noeuds(synthesis: Synthesis, style: dict, words: _Words) -> list:
    if not synthesis.noeuds:
        return []
    rows = [[words("pdf.col.noeud"), words("pdf.col.sessions"), words("pdf.col.referents")]]
    rows += [
        [Paragraph(escape(r.label), style["cell"]), words.count(r.sessions), words.count(r.referents)]
        for r in synthesis.noeuds
    ]
    shown = [(r.label, r.referents) for r in synthesis.noeuds if r.referents is not None]
    grid = table(rows, [WIDTH * 0.7, WIDTH * 0.15, WIDTH * 0.15], numbers_from=1)
    chart = _chart(shown, style, words, words("pdf.noeuds.no_chart", k=K))
    return _section(words("pdf.noeuds.title"), style, chart, grid)


def _outcomes(synthesis: Synthesis, style: dict, words: _Words) -> list:
    if not synthesis.outcomes:
        return []
    rows = [[words("pdf.col.outcome"), words("pdf.col.situations"), words("pdf.col.referents"),
             words("pdf.col.shortage")]]  # fmt: skip
    rows += [
        [
            r.status,
            words.count(r.situations),
            words.count(r.referents),
            words("pdf.yes") if r.shortage else "",
        ]
        for r in synthesis.outcomes
    ]
    shown = [(r.status, r.situations) for r in synthesis.outcomes if r.situations is not None]
    grid = table(rows, [WIDTH * w for w in (0.5, 0.18, 0.18, 0.14)], numbers_from=1)
    chart = _chart(shown, style, words, words("pdf.outcomes.no_chart", k=K))
    return _section(words("pdf.outcomes.title"), style, chart, grid)


def _time(synthesis: Synthesis, style: dict, words: _Words) -> list:
    time = synthesis.time
    if not time.minutes:
        return []
    lines = [
        words("pdf.time.total", hours=words.hours(time.minutes), referents=words.count(time.referents),
              share=time.invisible_share)
    ]  # fmt: skip
    if time.share_quartiles:
        low, median, high = time.share_quartiles
        lines.append(words("pdf.time.spread", median=median, low=low, high=high))
    rows = [[words("pdf.col.task"), words("pdf.col.nature"), words("pdf.col.hours")]]
    rows += [
        [
            Paragraph(escape(t.label), style["cell"]),
            words("pdf.nature.invisible") if t.invisible else words("pdf.nature.face"),
            SUPPRESSED if t.minutes is None else words.hours(t.minutes),
        ]
        for t in time.tasks
    ]
    shown = [(t.label, round(t.minutes / 60)) for t in time.tasks if t.minutes is not None and t.invisible][
        :10
    ]
    grid = table(rows, [WIDTH * w for w in (0.6, 0.2, 0.2)], numbers_from=2)
    paragraphs = [Paragraph(line, style["body"]) for line in lines]
    chart = _chart(shown, style, words, words("pdf.time.no_chart", k=K))
    return _section(words("pdf.time.title"), style, *paragraphs, chart, grid)


def _four_points(synthesis: Synthesis, style: dict, words: _Words) -> list:
    """One row per session, the most recent first; past FOUR_POINTS_SHOWN the CSV and JSON hold the rest."""
    if not synthesis.four_points:
        return []
    shown = sorted(synthesis.four_points, key=lambda p: p.month, reverse=True)[:FOUR_POINTS_SHOWN]
    cell = lambda value: Paragraph(escape(value), style["note"])  # noqa: E731 - a short local helper
    columns = ("session", "positive", "difficulty", "new", "solution")
    rows = [[words(f"pdf.col.{column}") for column in columns]]
    for p in shown:
        head = " — ".join(part for part in (p.month, p.group, p.noeud) if part)
        rows.append([cell(head), cell(p.positive), cell(p.difficulty), cell(p.new), cell(p.solution)])
    story = [Paragraph(words("pdf.four.title"), style["h2"])]
    if len(synthesis.four_points) > len(shown):
        total = len(synthesis.four_points)
        more = words("pdf.four.more", shown=words.number(len(shown)), total=words.number(total))
        story.append(Paragraph(more, style["small"]))
    return [*story, table(rows, [WIDTH * w for w in (0.2, 0.2, 0.2, 0.2, 0.2)], numbers_from=5)]


def _chart(pairs: list[tuple[str, int]], style: dict, words: _Words, why: str):
    """The bar chart, or, when every row is suppressed, a line saying why rather than a blank band."""
    if pairs:
        return _bars(pairs, words)
    return Paragraph(words("pdf.no_chart", why=why), style["small"])


def _bars(pairs: list[tuple[str, int]], words: _Words) -> Drawing:
    pairs = pairs[:12]
    height = 14 * max(1, len(pairs)) + 30
    drawing = Drawing(WIDTH, height)
    if not pairs:
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = WIDTH * 0.42, 18, WIDTH * 0.55, height - 26
    chart.data = [[value for _, value in reversed(pairs)]]
    chart.categoryAxis.categoryNames = [_short(label) for label, _ in reversed(pairs)]
    chart.bars[0].fillColor, chart.bars[0].strokeColor = BAR, colors.white
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: words.number(round(value))
    chart.valueAxis.visibleGrid, chart.valueAxis.gridStrokeColor = True, RULE
    for axis in (chart.valueAxis, chart.categoryAxis):
        axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = FONT, 7, MUTED
    drawing.add(chart)
    return drawing


def _section(title: str, style: dict, *content) -> list:
    return [KeepTogether([Paragraph(title, style["h2"]), *content])]


def _short(label: str) -> str:
    return label if len(label) <= 48 else label[:47] + "…"
