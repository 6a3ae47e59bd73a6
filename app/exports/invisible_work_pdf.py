"""The invisible-work report as a PDF (DESIGN.md §6): A4, French, embedded DejaVu font, charts, page N / M.

Page 1 tells the story (key figures, headline sentences, minutes by month stacked by task); the following
pages hold the detail (face-to-face / invisible share, tasks, situations by pseudonym, mobilisation outcomes)
and how the figures were anonymised. Every page carries "Anonymisé — Relais — période … — page N / M".

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
    footer = f"Anonymisé — Relais — période {data.period.label}"
    doc = SimpleDocTemplate(
        output if hasattr(output, "write") else str(output), pagesize=A4, leftMargin=MARGIN,
        rightMargin=MARGIN, topMargin=16 * mm, bottomMargin=20 * mm,
        title=f"Travail invisible — {data.period.label}", author="Relais",
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
    doc.build(story, canvasmaker=numbered_canvas(footer))
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
    f"remplacés par « < {K} » ; sous ce seuil, le détail par situation n'est pas montré. Le temps d'une "
    "issue de démarche comptant moins de 5 situations est masqué (« masqué »), ainsi qu'un second temps ou "
    "le total de pénurie, pour qu'il ne se déduise pas des totaux."
)
WITHHELD = "masqué"


def _story(data: ReportData, steps: ProgressSteps) -> list:
    style = styles()
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
    story += _section("Temps par mois et par tâche", style, stacked_chart(data))
    story += [Spacer(1, 3 * mm), Paragraph(METHOD_NOTE, style["note"])]  # fits under the chart on page 1
    steps.at(0.6)
    story += _section("Travail invisible et temps en présence", style, share_chart(data))
    story += _section("Temps par tâche", style, _task_table(data, style))
    story += _ranking(data, style) + _outcomes(data, style)
    steps.at(1.0)
    return story


def _key_figures(data: ReportData, style: dict) -> Table:
    figures = {
        format_hours(data.totals.total): "de travail enregistré",
        f"{percent(data.totals.invisible, data.totals.total)} %": "de travail invisible",
        count_text(data.situation_count): "situations concernées",
        _withheld_hours(data.shortage_minutes): "de démarches en pénurie",
    }
    cells = [
        [Paragraph(value, style["figure"]), Paragraph(text, style["caption"])]
        for value, text in figures.items()
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
    rows: list[list] = [["Tâche", "Nature", "Temps", "Part"]]
    for task in data.by_task:
        share = _share_text(task.minutes, data.totals.total)
        nature = "invisible" if task.invisible else "en présence"
        rows.append([Paragraph(task.label, style["cell"]), nature, format_duration(task.minutes), share])
    rows.append(["Total", "", format_duration(data.totals.total), "100 %"])
    return table(rows, [WIDTH * w for w in (0.52, 0.18, 0.18, 0.12)], numbers_from=2, total_row=True)


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
    grid = table(rows, [WIDTH * w for w in (0.08, 0.17, 0.19, 0.19, 0.19, 0.18)], numbers_from=2)
    return _section(title, style, Paragraph(intro, style["body"]), Spacer(1, 2 * mm), grid)


def _outcomes(data: ReportData, style: dict) -> list:
    if not data.outcomes:
        return []
    rows = [["Issue de la démarche", "Temps", "Situations", "Pénurie"]]
    for outcome in data.outcomes:
        shortage = "oui" if outcome.shortage else ""
        rows.append(
            [outcome.label, _withheld_duration(outcome.minutes), count_text(outcome.situations), shortage]
        )
    grid = table(rows, [WIDTH * w for w in (0.46, 0.2, 0.18, 0.16)], numbers_from=1)
    marked = [row for row, outcome in enumerate(data.outcomes, start=1) if outcome.shortage]
    grid.setStyle(TableStyle([("TEXTCOLOR", (0, row), (-1, row), INVISIBLE_COLORS[0]) for row in marked]))
    title = "Temps passé sur les démarches, selon leur issue"
    return _section(title, style, Paragraph(OUTCOME_INTRO, style["body"]), Spacer(1, 2 * mm), grid)

def _withheld_hours(minutes: int | None) -> str:
    return WITHHELD if minutes is None else format_hours(minutes)


def _withheld_duration(minutes: int | None) -> str:
    return WITHHELD if minutes is None else format_duration(minutes)


def _share_text(part: int, whole: int) -> str:
    share = percent(part, whole)
    return "< 1 %" if share == 0 and part else f"{share} %"
