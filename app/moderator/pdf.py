"""The moderator's synthesis as a PDF: A4, French (the refused files in the language asked for), the look of
Relais's other PDFs (app.exports.pdf_style).

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

from app.durations import format_hours
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
from app.moderator.outputs import SUPPRESSED, refused_rows
from app.moderator.pdf_cross import cross_story
from app.moderator.suppression import K
from app.moderator.synthesis import Synthesis

FOUR_POINTS_SHOWN = 40
BAR, SHORTAGE = colors.HexColor("#2e75b6"), colors.HexColor("#c0540f")
METHOD = (
    "<b>Méthode.</b> Chaque dossier a été vérifié avant la fusion : format et version connus, schéma "
    "respecté, aucun identifiant direct (NISS, téléphone, e-mail, IBAN, rue et numéro) ; un même dossier "
    f"n'est compté qu'une fois. Toute case comptant de 1 à {K - 1} référents ou situations est remplacée par "
    f"« < {K} », et "
    "d'autres cases sont masquées avec elle pour qu'aucune ne puisse être retrouvée à partir des totaux. "
    "Une situation n'est connue que par son pseudonyme dans le registre de son référent."
)


def render_synthesis_pdf(synthesis: Synthesis, output: BinaryIO, language: str = "fr") -> None:
    """The synthesis in French; the refused files and why in `language` (fr, nl, en), as the CLI and the
    window say them."""
    register_fonts()
    doc = SimpleDocTemplate(
        output,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=20 * mm,
        title="Synthèse des dossiers de CdP",
        author="Relais",
        creator="Relais",
    )
    footer = numbered_canvas("Anonymisé — Relais — synthèse du modérateur")
    doc.build(_story(synthesis, language), canvasmaker=footer)


def _story(synthesis: Synthesis, language: str) -> list:
    style = styles()
    story = [
        Paragraph("Synthèse des dossiers de la communauté de pratique", style["title"]),
        Paragraph(_period(synthesis), style["subtitle"]),
        Paragraph(f"Établie le {synthesis.made_on:%d/%m/%Y} avec Relais.", style["small"]),
        Spacer(1, 5 * mm),
    ]
    story += [Paragraph(text, style["bullet"], bulletText="•") for text in _overview(synthesis)]
    story += _refused(synthesis, style, language) + _noeuds(synthesis, style)
    story += cross_story("Priorités par thème et vulnérabilité (situations)", synthesis.priorities, style)
    story += _outcomes(synthesis, style)
    story += cross_story(
        "Registre des pénuries : type de ressource — commune (situations)", synthesis.shortages, style
    )
    story += _time(synthesis, style) + _four_points(synthesis, style)
    return [*story, Spacer(1, 4 * mm), Paragraph(METHOD, style["note"])]


def _period(synthesis: Synthesis) -> str:
    first, last = synthesis.overview.first_month, synthesis.overview.last_month
    if not first:
        return "Aucun dossier lisible"
    return f"Période : {first}" if first == last else f"Période : {first} à {last}"


def _overview(synthesis: Synthesis) -> list[str]:
    o = synthesis.overview
    return [
        f"{o.cdp_bundles} dossiers de séance et {o.work_bundles} dossiers de travail invisible fusionnés ; "
        f"{len(synthesis.refused)} fichiers refusés.",
        f"{_n(o.referents)} référents, {o.sessions} séances, {_n(o.situations)} situations distinctes.",
    ]


def _refused(synthesis: Synthesis, style: dict, language: str) -> list:
    if not synthesis.refused:
        return []
    rows = [[message_text("moderator.pdf_refused_file", None, language),
             message_text("moderator.pdf_refused_reason", None, language)]]  # fmt: skip
    rows += [
        [Paragraph(escape(name), style["cell"]), Paragraph(escape(text), style["cell"])]
        for name, _, text in refused_rows(synthesis, language)
    ]
    title = message_text("moderator.pdf_refused_title", None, language)
    return _section(title, style, table(rows, [WIDTH * 0.45, WIDTH * 0.55], numbers_from=2))


def _noeuds(synthesis: Synthesis, style: dict) -> list:
    if not synthesis.noeuds:
        return []
    rows = [["Nœud", "Séances", "Référents"]]
    rows += [
        [Paragraph(escape(r.label), style["cell"]), _n(r.sessions), _n(r.referents)] for r in synthesis.noeuds
    ]
    shown = [(r.label, r.referents) for r in synthesis.noeuds if r.referents is not None]
    grid = table(rows, [WIDTH * 0.7, WIDTH * 0.15, WIDTH * 0.15], numbers_from=1)
    chart = _chart(shown, "référents", style, f"chaque nœud a été soulevé par moins de {K} référents")
    return _section("Nœuds travaillés, par nombre de référents", style, chart, grid)


def _outcomes(synthesis: Synthesis, style: dict) -> list:
    if not synthesis.outcomes:
        return []
    rows = [["Issue de la démarche", "Situations", "Référents", "Pénurie"]]
    rows += [
        [r.status, _n(r.situations), _n(r.referents), "oui" if r.shortage else ""] for r in synthesis.outcomes
    ]
    shown = [(r.status, r.situations) for r in synthesis.outcomes if r.situations is not None]
    grid = table(rows, [WIDTH * w for w in (0.5, 0.18, 0.18, 0.14)], numbers_from=1)
    return _section(
        "Issues des mobilisations de ressources", style,
        _chart(shown, "situations", style, f"chaque issue compte moins de {K} situations"), grid,
    )  # fmt: skip


def _time(synthesis: Synthesis, style: dict) -> list:
    time = synthesis.time
    if not time.minutes:
        return []
    lines = [
        f"{format_hours(time.minutes)} de travail déclarées par {_n(time.referents)} référents, dont "
        f"{time.invisible_share} % de travail invisible."
    ]
    if time.share_quartiles:
        low, median, high = time.share_quartiles
        lines.append(
            f"Part invisible par référent : médiane {median} %, "
            f"la moitié des référents entre {low} % et {high} %."
        )
    rows = [["Tâche", "Nature", "Heures"]]
    rows += [
        [
            Paragraph(escape(t.label), style["cell"]),
            "invisible" if t.invisible else "en présence",
            SUPPRESSED if t.minutes is None else format_hours(t.minutes),
        ]
        for t in time.tasks
    ]
    shown = [(t.label, round(t.minutes / 60)) for t in time.tasks if t.minutes is not None and t.invisible][
        :10
    ]
    grid = table(rows, [WIDTH * w for w in (0.6, 0.2, 0.2)], numbers_from=2)
    text = [Paragraph(line, style["body"]) for line in lines]
    why = f"chaque tâche invisible a été déclarée par moins de {K} référents"
    chart = _chart(shown, "heures (travail invisible)", style, why)
    return _section("Structure du temps des référents", style, *text, chart, grid)


def _four_points(synthesis: Synthesis, style: dict) -> list:
    """One row per session, the most recent first; past FOUR_POINTS_SHOWN the CSV and JSON hold the rest."""
    if not synthesis.four_points:
        return []
    shown = sorted(synthesis.four_points, key=lambda p: p.month, reverse=True)[:FOUR_POINTS_SHOWN]
    cell = lambda text: Paragraph(escape(text), style["note"])  # noqa: E731 - a short local helper
    rows = [["Séance", "Positif", "Difficulté", "Nouveau", "Solution"]]
    for p in shown:
        head = " — ".join(part for part in (p.month, p.group, p.noeud) if part)
        rows.append([cell(head), cell(p.positive), cell(p.difficulty), cell(p.new), cell(p.solution)])
    story = [Paragraph("Les quatre points de chaque séance, pour le groupe projet", style["h2"])]
    if len(synthesis.four_points) > len(shown):
        total = len(synthesis.four_points)
        more = f"Les {len(shown)} séances les plus récentes sur {total} ; toutes sont dans le CSV et le JSON."
        story.append(Paragraph(more, style["small"]))
    return [*story, table(rows, [WIDTH * w for w in (0.2, 0.2, 0.2, 0.2, 0.2)], numbers_from=5)]


def _chart(pairs: list[tuple[str, int]], unit: str, style: dict, why: str):
    """The bar chart, or, when every row is suppressed, a line saying why rather than a blank band."""
    if pairs:
        return _bars(pairs, unit)
    return Paragraph(f"Pas de graphique : {why}.", style["small"])


def _bars(pairs: list[tuple[str, int]], unit: str) -> Drawing:
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
    chart.valueAxis.visibleGrid, chart.valueAxis.gridStrokeColor = True, RULE
    for axis in (chart.valueAxis, chart.categoryAxis):
        axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = FONT, 7, MUTED
    drawing.add(chart)
    return drawing


def _section(title: str, style: dict, *content) -> list:
    return [KeepTogether([Paragraph(title, style["h2"]), *content])]


def _short(label: str) -> str:
    return label if len(label) <= 48 else label[:47] + "…"


def _n(value: int | None) -> str:
    return SUPPRESSED if value is None else f"{value:,}".replace(",", " ")
