"""The invisible-work report as a PDF (DESIGN.md §6): A4, French, embedded DejaVu font, charts, page N / M.

Page 1 tells the story (key figures, headline sentences, minutes by month stacked by task); the following
pages hold the detail (face-to-face / invisible share, tasks, situations by pseudonym, mobilisation outcomes)
and how the figures were anonymised. Every page carries "Anonymisé — Relais — période … — page N / M".

Rendering reports progress as fractions to `progress`, checks `cancelled()` between steps (raising
ExportCancelled), and `write_report_pdf` writes through a temporary file renamed at the end. The whole job
(figures, PDF, CSV, export log) is `app.cli.report_commands.export_invisible_work`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.durations import format_duration, format_hours
from app.errors import CodedError
from app.exports.invisible_work_csv import atomic_output
from app.invisible_work import K, ReportData, chart_series, count_text, percent

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
INK, MUTED, RULE = colors.HexColor("#1d2733"), colors.HexColor("#5b6673"), colors.HexColor("#d5dbe1")
HEADER, ZEBRA = colors.HexColor("#24435f"), colors.HexColor("#f3f5f7")
# Face to face in blues, invisible work in warm tones (the invisible part of every bar reads as one block);
# the pooled "other tasks" of each kind in a greyed tint of their family.
FACE_COLORS = [colors.HexColor(c) for c in ("#1f4e79", "#2e75b6", "#6fa8dc", "#a9c8e8")]
INVISIBLE_COLORS = [colors.HexColor(c) for c in ("#8f3a06", "#c0540f", "#e07b24", "#f0a04b", "#f7c77e")]
FACE_OTHERS, INVISIBLE_OTHERS = colors.HexColor("#cfd8e1"), colors.HexColor("#e9dccb")
FACE, INVISIBLE = FACE_COLORS[1], INVISIBLE_COLORS[2]
SHORT_MONTHS = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
)  # fmt: skip

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class ExportCancelled(CodedError):
    """The referent cancelled the export; nothing was written."""

    code = "export.cancelled"


@dataclass
class ProgressSteps:
    """Maps the steps of one job onto 0…1 for `progress`, and stops the job when `cancelled()` says so."""

    progress: Progress | None = None
    cancelled: Cancelled | None = None

    def at(self, fraction: float) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()
        if self.progress is not None:
            self.progress(min(1.0, max(0.0, fraction)))

    def between(self, start: float, end: float) -> ProgressSteps:
        """The sub-steps of the part of the job from `start` to `end`, as their own 0…1."""
        return ProgressSteps(lambda part: self.at(start + (end - start) * part), self.cancelled)


def write_report_pdf(
    data: ReportData, path: Path, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> None:
    """Write the report to `path` atomically: on any error or cancellation, no file is left."""
    with atomic_output(path) as temporary:
        render_pdf(data, temporary, ProgressSteps(progress, cancelled))


def render_pdf(data: ReportData, path: Path, steps: ProgressSteps) -> None:
    """Write the report to `path` directly (callers wanting atomicity pass a temporary path)."""
    _register_fonts()
    footer = f"Anonymisé — Relais — période {data.period.label}"
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=16 * mm,
        bottomMargin=20 * mm, title=f"Travail invisible — {data.period.label}", author="Relais",
        subject="Rapport anonymisé du travail invisible", creator="Relais",
    )  # fmt: skip
    story = _story(data, steps.between(0.0, 0.2))
    build = steps.between(0.2, 1.0)
    size, done = max(1, len(story)), [0.0]

    def on_progress(kind: str, value: int) -> None:
        # reportlab counts flowables left; a table split across pages adds one back, so keep the maximum
        # (a progress bar must never go backwards).
        if kind == "PROGRESS":
            done[0] = max(done[0], min(1.0, value / size))
            build.at(done[0] * 0.95)

    doc.setProgressCallBack(on_progress)
    doc.build(story, canvasmaker=_numbered_canvas(footer))
    build.at(1.0)


# -- the story ---------------------------------------------------------------------------------------------
OUTCOME_INTRO = (
    "Temps enregistré pour une démarche précise (une ressource mobilisée), selon le statut actuel de cette "
    "démarche. Pénurie : liste d'attente, service complet ou échec."
)
METHOD_NOTE = (
    "<b>Méthode et anonymisation.</b> Les durées viennent du registre personnel et chiffré du référent. Le "
    "travail invisible regroupe les tâches d'organisation faites autour de la personne (appels, mails, "
    "démarches, passage de relais…) ; le temps en présence regroupe visites, écoute, séances avec l'outil "
    "de dialogue et accompagnements. Les situations n'apparaissent que par leur code pseudonyme : aucun "
    f"nom, aucune note ni aucun texte libre n'est repris. Les nombres de situations de 1 à {K - 1} sont "
    f"remplacés par « < {K} » ; sous ce seuil, le détail par situation n'est pas montré."
)


def _story(data: ReportData, steps: ProgressSteps) -> list:
    style = _styles()
    generated = f"Rapport anonymisé tiré du registre Relais, établi le {data.generated_on:%d/%m/%Y}."
    story = [
        Paragraph("Le travail invisible du référent de proximité", style["title"]),
        Paragraph(f"Période : {data.period.label}", style["subtitle"]),
        Paragraph(generated, style["small"]),
        Spacer(1, 6 * mm),
    ]
    if data.empty:
        return [*story, Paragraph(data.headlines[0], style["lead"])]
    story += [_key_figures(data, style), Spacer(1, 5 * mm)]
    story += [Paragraph(sentence, style["bullet"], bulletText="•") for sentence in data.headlines]
    steps.at(0.2)
    story += _section("Temps par mois et par tâche", style, _stacked_chart(data))
    story += [Spacer(1, 3 * mm), Paragraph(METHOD_NOTE, style["note"])]  # fits under the chart on page 1
    steps.at(0.6)
    story += _section("Travail invisible et temps en présence", style, _share_chart(data))
    story += _section("Temps par tâche", style, _task_table(data, style))
    story += _ranking(data, style) + _outcomes(data, style)
    steps.at(1.0)
    return story


def _key_figures(data: ReportData, style: dict) -> Table:
    figures = {
        format_hours(data.totals.total): "de travail enregistré",
        f"{percent(data.totals.invisible, data.totals.total)} %": "de travail invisible",
        count_text(data.situation_count): "situations concernées",
        format_hours(data.shortage_minutes): "de démarches en pénurie",
    }
    cells = [
        [Paragraph(value, style["figure"]), Paragraph(text, style["caption"])]
        for value, text in figures.items()
    ]
    table = Table([cells], colWidths=[WIDTH / 4] * 4)
    box = (("BACKGROUND", (0, 0), (-1, -1), ZEBRA), ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white))
    pads = (("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8))
    table.setStyle(TableStyle([*box, *pads, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _section(title: str, style: dict, *content) -> list:
    """A heading kept on the same page as what it introduces."""
    return [KeepTogether([Paragraph(title, style["h2"]), *content])]


def _stacked_chart(data: ReportData) -> Drawing:
    """Hours by month stacked by task, with one legend column per kind of work underneath."""
    series, months = chart_series(data), data.period.months
    palette = _layer_colors(series)
    legend_height = 16 + 13 * max(sum(s.invisible for s in series), sum(not s.invisible for s in series))
    chart = _bar_chart(series, months, palette, bottom=legend_height + (38 if len(months) > 12 else 22))
    drawing = Drawing(WIDTH, chart.y + chart.height + 18)
    drawing.add(chart)
    drawing.add(_text(chart.x - 34, chart.y + chart.height + 12, "heures", FONT, MUTED))
    for column, invisible in enumerate((False, True)):
        x = chart.x + column * WIDTH / 2
        heading = "Travail invisible" if invisible else "En présence de la personne"
        drawing.add(_text(x, legend_height - 8, heading, BOLD, INK))
        pairs = [
            (color, s.label) for color, s in zip(palette, series, strict=True) if s.invisible == invisible
        ]
        drawing.add(_legend(pairs, x=x, y=legend_height - 16))
    return drawing


def _bar_chart(series, months, palette: list, bottom: float) -> VerticalBarChart:
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 42, bottom, WIDTH - 52, 200
    chart.data = [[minutes / 60 for minutes in layer.values] for layer in series]
    chart.categoryAxis.style, chart.categoryAxis.categoryNames = "stacked", _month_names(months)
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


def _share_chart(data: ReportData) -> Drawing:
    totals = data.totals
    share = percent(totals.invisible, totals.total)
    drawing, pie = Drawing(WIDTH, 120), Pie()
    pie.x, pie.y, pie.width, pie.height = 10, 8, 104, 104
    pie.data = [value for value in (totals.invisible, totals.face_to_face) if value]
    pie.startAngle, pie.direction, pie.labels = 90, "clockwise", None
    shades = [color for color, value in ((INVISIBLE, totals.invisible), (FACE, totals.face_to_face)) if value]
    for index, color in enumerate(shades):
        pie.slices[index].fillColor, pie.slices[index].strokeColor = color, colors.white
    drawing.add(pie)
    pairs = [
        (INVISIBLE, f"Travail invisible : {share} % ({format_duration(totals.invisible)})"),
        (FACE, f"En présence de la personne : {100 - share} % ({format_duration(totals.face_to_face)})"),
    ]
    drawing.add(_legend(pairs, x=140, y=78, size=9))
    return drawing


def _task_table(data: ReportData, style: dict) -> Table:
    rows: list[list] = [["Tâche", "Nature", "Temps", "Part"]]
    for task in data.by_task:
        share = _share_text(task.minutes, data.totals.total)
        nature = "invisible" if task.invisible else "en présence"
        rows.append([Paragraph(task.label, style["cell"]), nature, format_duration(task.minutes), share])
    rows.append(["Total", "", format_duration(data.totals.total), "100 %"])
    return _table(rows, [WIDTH * w for w in (0.52, 0.18, 0.18, 0.12)], numbers_from=2, total_row=True)


def _ranking(data: ReportData, style: dict) -> list:
    title = "Situations classées par temps de travail invisible"
    if data.ranking_withheld:
        text = f"Moins de {K} situations sur la période : le détail par situation n'est pas montré."
        return _section(title, style, Paragraph(text, style["body"]))
    if not data.ranking:
        return []
    intro = (
        f"Les {len(data.ranking)} situations qui ont demandé le plus de travail invisible, sur "
        f"{count_text(data.situation_count)} situations avec du temps enregistré (codes pseudonymes)."
    )
    rows = [["Rang", "Situation", "Invisible", "En présence", "Total", "Part invisible"]]
    for rank, row in enumerate(data.ranking, start=1):
        times = [format_duration(minutes) for minutes in (row.invisible, row.face_to_face, row.total)]
        rows.append([str(rank), row.code, *times, f"{percent(row.invisible, row.total)} %"])
    table = _table(rows, [WIDTH * w for w in (0.08, 0.17, 0.19, 0.19, 0.19, 0.18)], numbers_from=2)
    return _section(title, style, Paragraph(intro, style["body"]), Spacer(1, 2 * mm), table)


def _outcomes(data: ReportData, style: dict) -> list:
    if not data.outcomes:
        return []
    rows = [["Issue de la démarche", "Temps", "Situations", "Pénurie"]]
    for outcome in data.outcomes:
        shortage = "oui" if outcome.shortage else ""
        rows.append(
            [outcome.label, format_duration(outcome.minutes), count_text(outcome.situations), shortage]
        )
    table = _table(rows, [WIDTH * w for w in (0.46, 0.2, 0.18, 0.16)], numbers_from=1)
    marked = [row for row, outcome in enumerate(data.outcomes, start=1) if outcome.shortage]
    table.setStyle(TableStyle([("TEXTCOLOR", (0, row), (-1, row), INVISIBLE_COLORS[0]) for row in marked]))
    title = "Temps passé sur les démarches, selon leur issue"
    return _section(title, style, Paragraph(OUTCOME_INTRO, style["body"]), Spacer(1, 2 * mm), table)


# -- building blocks ---------------------------------------------------------------------------------------
def _share_text(part: int, whole: int) -> str:
    share = percent(part, whole)
    return "< 1 %" if share == 0 and part else f"{share} %"


def _table(rows: list, widths: list[float], *, numbers_from: int, total_row: bool = False) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
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
    table.setStyle(TableStyle(commands))
    return table


def _legend(pairs: list, *, x: float, y: float, size: float = 7.5) -> Legend:
    """One column of colour swatches and labels, its top-left corner at (x, y)."""
    legend = Legend()
    legend.x, legend.y, legend.alignment, legend.colorNamePairs = x, y, "right", pairs
    legend.fontName, legend.fontSize, legend.fillColor = FONT, size, INK
    legend.dx = legend.dy = size + 1
    legend.deltay, legend.dxTextSpace, legend.columnMaximum = size + 6, 5, max(1, len(pairs))
    legend.strokeColor = None
    return legend


def _text(x: float, y: float, text: str, font: str, colour) -> String:
    return String(x, y, text, fontName=font, fontSize=7.5, fillColor=colour)


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


def _month_names(months) -> list[str]:
    """Short French month names; over 18 months only every other (or third…) one, so they never overlap."""
    step = -(-len(months) // 18)
    return [f"{SHORT_MONTHS[m.month - 1]} {m:%y}" if i % step == 0 else "" for i, m in enumerate(months)]


def _layer_colors(series) -> list:
    """Shades in stack order, darkest at the bottom of each family; the pooled others greyed."""
    shades = {False: iter(FACE_COLORS), True: iter(INVISIBLE_COLORS)}
    others = {False: FACE_OTHERS, True: INVISIBLE_OTHERS}
    return [
        others[layer.invisible] if layer.label.startswith("Autres") else next(shades[layer.invisible], RULE)
        for layer in series
    ]


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
def _styles() -> dict[str, ParagraphStyle]:
    styles = {"body": ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12.5, textColor=INK)}
    for name, (size, leading, font, colour, extra) in _STYLES.items():
        styles[name] = ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading, textColor=colour, **extra
        )
    return styles


@functools.cache
def _register_fonts() -> None:
    """Embed DejaVu (shipped in resources/fonts): accents and signs print the same on every machine."""
    for name, file_name in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        with as_file(files("resources.fonts") / file_name) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _numbered_canvas(footer: str) -> type[Canvas]:
    """A canvas that keeps its pages until the end, to print "page N / M" with the real M."""

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
                self._footer(f"{footer} — page {number} / {total}")
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
