"""The charts of the invisible-work PDF: hours by month stacked by task, the invisible / face-to-face share.

Face to face in blues, invisible work in warm tones (the invisible part of every bar reads as one block); the
pooled "other tasks" of each kind in a greyed tint of their family.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from app.durations import format_duration
from app.exports.pdf_style import BOLD, FONT, INK, MUTED, RULE, WIDTH, legend
from app.exports.pdf_style import text as label
from app.invisible_work import ReportData, chart_series, percent
from app.invisible_work_texts import short_month, text

FACE_COLORS = [colors.HexColor(c) for c in ("#1f4e79", "#2e75b6", "#6fa8dc", "#a9c8e8")]
INVISIBLE_COLORS = [colors.HexColor(c) for c in ("#8f3a06", "#c0540f", "#e07b24", "#f0a04b", "#f7c77e")]
FACE_OTHERS, INVISIBLE_OTHERS = colors.HexColor("#cfd8e1"), colors.HexColor("#e9dccb")
FACE, INVISIBLE = FACE_COLORS[1], INVISIBLE_COLORS[2]


def stacked_chart(data: ReportData) -> Drawing:
    """Hours by month stacked by task, with one legend column per kind of work underneath."""
    series, months = chart_series(data), data.period.months
    palette = _layer_colors(series)
    legend_height = 16 + 13 * max(sum(s.invisible for s in series), sum(not s.invisible for s in series))
    bottom = legend_height + (38 if len(months) > 12 else 22)
    chart = _bar_chart(series, months, palette, data.lang, bottom=bottom)
    drawing = Drawing(WIDTH, chart.y + chart.height + 18)
    drawing.add(chart)
    drawing.add(label(chart.x - 34, chart.y + chart.height + 12, text("pdf.hours", data.lang), FONT, MUTED))
    for column, invisible in enumerate((False, True)):
        x = chart.x + column * WIDTH / 2
        heading = text("pdf.invisible" if invisible else "pdf.face", data.lang)
        drawing.add(label(x, legend_height - 8, heading, BOLD, INK))
        pairs = [
            (color, s.label) for color, s in zip(palette, series, strict=True) if s.invisible == invisible
        ]
        drawing.add(legend(pairs, x=x, y=legend_height - 16))
    return drawing


def _bar_chart(series, months, palette: list, lang: str, bottom: float) -> VerticalBarChart:
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 42, bottom, WIDTH - 52, 200
    chart.data = [[minutes / 60 for minutes in layer.values] for layer in series]
    chart.categoryAxis.style, chart.categoryAxis.categoryNames = "stacked", _month_names(months, lang)
    _style_axes(chart, rotate=len(months) > 12)
    peak = max(map(sum, zip(*chart.data, strict=True)))
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _round_axis(peak)
    # reportlab shares each month's width between bar and gap in proportion; bars stay under 36 pt so that
    # a three-month report does not look like three walls.
    category = chart.width / len(months)
    chart.barWidth = min(36, category * 0.75)
    chart.barSpacing, chart.groupSpacing = 0, category - chart.barWidth
    for index, color in enumerate(palette):
        bars = chart.bars[index]
        bars.fillColor, bars.strokeColor, bars.strokeWidth = color, colors.white, 0.3
    return chart


def share_chart(data: ReportData) -> Drawing:
    totals, lang = data.totals, data.lang
    share = percent(totals.invisible, totals.total)
    hidden, face = format_duration(totals.invisible, lang), format_duration(totals.face_to_face, lang)
    drawing, pie = Drawing(WIDTH, 120), Pie()
    pie.x, pie.y, pie.width, pie.height = 10, 8, 104, 104
    pie.data = [value for value in (totals.invisible, totals.face_to_face) if value]
    pie.startAngle, pie.direction, pie.labels = 90, "clockwise", None
    shades = [color for color, value in ((INVISIBLE, totals.invisible), (FACE, totals.face_to_face)) if value]
    for index, color in enumerate(shades):
        pie.slices[index].fillColor, pie.slices[index].strokeColor = color, colors.white
    drawing.add(pie)
    pairs = [
        (INVISIBLE, text("pdf.share.invisible", lang, share=share, duration=hidden)),
        (FACE, text("pdf.share.face", lang, share=100 - share, duration=face)),
    ]
    drawing.add(legend(pairs, x=140, y=78, size=9))
    return drawing



def _round_axis(peak: float) -> tuple[float, float]:
    """A top and a step in round hours (1, 2, 5 × 10ⁿ), at most 8 steps: the tallest bar ends under a line."""
    steps = (unit * 10**power for power in range(9) for unit in (1, 2, 5))
    step = next(step for step in steps if peak / step <= 8)
    return max(step, step * -(-peak // step)), step


def _style_axes(chart: VerticalBarChart, rotate: bool) -> None:
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: f"{value:,.0f}".replace(",", " ")
    chart.valueAxis.visibleGrid, chart.valueAxis.gridStrokeColor = True, RULE
    chart.valueAxis.gridStrokeWidth, chart.valueAxis.strokeColor = 0.4, RULE
    chart.categoryAxis.strokeColor = MUTED
    for axis in (chart.valueAxis, chart.categoryAxis):
        axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = FONT, 7, MUTED
    labels = chart.categoryAxis.labels
    if rotate:
        labels.angle, labels.boxAnchor, labels.dx, labels.dy = 45, "ne", 2, -2
    else:
        labels.boxAnchor, labels.dy = "n", -3


def _month_names(months, lang: str) -> list[str]:
    """Short month names in `lang`; over 18 months only every other (or third…) one, so they never overlap."""
    step = -(-len(months) // 18)
    return [f"{short_month(m, lang)} {m:%y}" if i % step == 0 else "" for i, m in enumerate(months)]


def _layer_colors(series) -> list:
    """Shades in stack order, darkest at the bottom of each family; the pooled others greyed."""
    shades = {False: iter(FACE_COLORS), True: iter(INVISIBLE_COLORS)}
    others = {False: FACE_OTHERS, True: INVISIBLE_OTHERS}
    return [
        others[layer.invisible] if layer.pooled else next(shades[layer.invisible], RULE)
        for layer in series
    ]
