"""The invisible-work report as a PDF (DESIGN.md §6): A4, in the figures' language (`ReportData.lang`:
fr, nl, en; app.invisible_work_texts), embedded DejaVu font, charts, page N / M.

Page 1 tells the story (key figures, headline sentences, minutes by month stacked by task); the following
pages hold the detail (face-to-face / invisible share, tasks, situations by pseudonym, mobilisation outcomes)
and how the figures were anonymised. Every page carries "Anonymisé — Relais — période … — page N / M"
(or its Dutch or English words).

Rendering reports progress as fractions to `steps`, which checks for cancellation between steps (raising
ExportCancelled). The look is app.exports.pdf_style, the charts app.exports.invisible_work_charts; the whole
job (figures, PDF, CSV, export log) is app.exports.invisible_work.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.durations import format_duration, format_hours
from app.exports.files import open_output
from app.exports.invisible_work_charts import INVISIBLE_COLORS, share_chart, stacked_chart
from app.exports.pdf_style import MARGIN, WIDTH, ZEBRA, numbered_canvas, register_fonts, styles, table
from app.exports.progress import Cancelled, ExportCancelled, Progress, ProgressSteps
from app.invisible_work import K, ReportData, count_text, percent
from app.invisible_work_texts import day_text, text

__all__ = ["ExportCancelled", "ProgressSteps", "render_pdf", "write_report_pdf"]  # the window imports these


def write_report_pdf(
    data: ReportData, path: Path, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> None:
    """Write the report to `path` atomically, without logging it (the dashboard logs it on success).

    Prefer app.exports.invisible_work.export_report_file, which writes and logs in one pipeline run.
    """
    with open_output(path) as output:
        render_pdf(data, output, ProgressSteps(progress, cancelled))


def render_pdf(data: ReportData, output: BinaryIO | Path, steps: ProgressSteps) -> None:
    """Write the report into `output`, an open file or a path (callers wanting atomicity pass a temp file)."""
    register_fonts()
    lang, period = data.lang, data.period.label_in(data.lang)
    footer = text("pdf.footer", lang, period=period)
    doc = SimpleDocTemplate(
        output if hasattr(output, "write") else str(output), pagesize=A4, leftMargin=MARGIN,
        rightMargin=MARGIN, topMargin=16 * mm, bottomMargin=20 * mm,
        title=text("pdf.meta.title", lang, period=period), author="Relais",
        subject=text("pdf.meta.subject", lang), creator="Relais",
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
    doc.build(story, canvasmaker=numbered_canvas(footer, page=text("pdf.page", lang)))
    build.at(1.0)


# -- the story ---------------------------------------------------------------------------------------------
def _story(data: ReportData, steps: ProgressSteps) -> list:
    style, lang = styles(), data.lang
    story = [
        Paragraph(text("pdf.title", lang), style["title"]),
        Paragraph(text("pdf.period", lang, period=data.period.label_in(lang)), style["subtitle"]),
        Paragraph(text("pdf.generated", lang, date=day_text(data.generated_on, lang)), style["small"]),
        Spacer(1, 6 * mm),
    ]
    if data.empty:
        return [*story, Paragraph(data.headlines[0], style["lead"])]
    story += [_key_figures(data, style), Spacer(1, 5 * mm)]
    story += [Paragraph(sentence, style["bullet"], bulletText="•") for sentence in data.headlines]
    steps.at(0.2)
    story += _section(text("pdf.section.months", lang), style, stacked_chart(data))
    # the method note fits under the chart on page 1
    story += [Spacer(1, 3 * mm), Paragraph(_method_note(lang), style["note"])]
    steps.at(0.6)
    story += _section(text("pdf.section.share", lang), style, share_chart(data))
    story += _section(text("pdf.section.tasks", lang), style, _task_table(data, style))
    story += _ranking(data, style) + _outcomes(data, style)
    steps.at(1.0)
    return story


def _method_note(lang: str) -> str:
    return text("pdf.method", lang, below=K - 1, k=K, withheld=text("pdf.withheld", lang))


def _key_figures(data: ReportData, style: dict) -> Table:
    lang = data.lang
    figures = {
        format_hours(data.totals.total, lang): text("pdf.key.total", lang),
        f"{percent(data.totals.invisible, data.totals.total)} %": text("pdf.key.invisible", lang),
        count_text(data.situation_count): text("pdf.key.situations", lang),
        _withheld_hours(data.shortage_minutes, lang): text("pdf.key.shortage", lang),
    }
    cells = [
        [Paragraph(value, style["figure"]), Paragraph(caption, style["caption"])]
        for value, caption in figures.items()
    ]
    grid = Table([cells], colWidths=[WIDTH / 4] * 4)
    box = (("BACKGROUND", (0, 0), (-1, -1), ZEBRA), ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white))
    pads = (("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8))
    grid.setStyle(TableStyle([*box, *pads, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return grid


def _section(title: str, style: dict, *content) -> list:
    """A heading kept on the same page as what it introduces."""
    return [KeepTogether([Paragraph(title, style["h2"]), *content])]


def _task_table(data: ReportData, style: dict) -> Table:
    lang = data.lang
    rows: list[list] = [[text(f"pdf.col.{key}", lang) for key in ("task", "nature", "time", "share")]]
    for task in data.by_task:
        share = _share_text(task.minutes, data.totals.total)
        nature = text("pdf.nature.invisible" if task.invisible else "pdf.nature.face", lang)
        time = format_duration(task.minutes, lang)
        rows.append([Paragraph(task.label, style["cell"]), nature, time, share])
    rows.append([text("pdf.total", lang), "", format_duration(data.totals.total, lang), "100 %"])
    return table(rows, [WIDTH * w for w in (0.52, 0.18, 0.18, 0.12)], numbers_from=2, total_row=True)


def _ranking(data: ReportData, style: dict) -> list:
    lang = data.lang
    title = text("pdf.section.ranking", lang)
    if data.ranking_withheld:
        return _section(title, style, Paragraph(text("pdf.ranking.withheld", lang, k=K), style["body"]))
    if not data.ranking:
        return []
    intro = text("pdf.ranking.intro", lang, shown=len(data.ranking), count=count_text(data.situation_count))
    keys = ("rank", "situation", "invisible", "face", "total", "invisible_share")
    rows = [[text("pdf.total" if key == "total" else f"pdf.col.{key}", lang) for key in keys]]
    for rank, row in enumerate(data.ranking, start=1):
        times = [format_duration(minutes, lang) for minutes in (row.invisible, row.face_to_face, row.total)]
        rows.append([str(rank), row.code, *times, f"{percent(row.invisible, row.total)} %"])
    grid = table(rows, [WIDTH * w for w in (0.08, 0.17, 0.19, 0.19, 0.19, 0.18)], numbers_from=2)
    return _section(title, style, Paragraph(intro, style["body"]), Spacer(1, 2 * mm), grid)


def _outcomes(data: ReportData, style: dict) -> list:
    if not data.outcomes:
        return []
    lang = data.lang
    rows = [[text(f"pdf.col.{key}", lang) for key in ("outcome", "time", "situations", "shortage")]]
    for outcome in data.outcomes:
        shortage = text("pdf.yes", lang) if outcome.shortage else ""
        minutes = _withheld_duration(outcome.minutes, lang)
        rows.append([outcome.label, minutes, count_text(outcome.situations), shortage])
    grid = table(rows, [WIDTH * w for w in (0.46, 0.2, 0.18, 0.16)], numbers_from=1)
    marked = [row for row, outcome in enumerate(data.outcomes, start=1) if outcome.shortage]
    grid.setStyle(TableStyle([("TEXTCOLOR", (0, row), (-1, row), INVISIBLE_COLORS[0]) for row in marked]))
    intro = Paragraph(text("pdf.outcome_intro", lang), style["body"])
    return _section(text("pdf.section.outcomes", lang), style, intro, Spacer(1, 2 * mm), grid)


def _withheld_hours(minutes: int | None, lang: str) -> str:
    return text("pdf.withheld", lang) if minutes is None else format_hours(minutes, lang)


def _withheld_duration(minutes: int | None, lang: str) -> str:
    return text("pdf.withheld", lang) if minutes is None else format_duration(minutes, lang)


def _share_text(part: int, whole: int) -> str:
    share = percent(part, whole)
    return "< 1 %" if share == 0 and part else f"{share} %"
