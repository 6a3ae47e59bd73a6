"""The PDF of a CdP session: a cover page (date, group, the nœud, the four points), then one page per
situation laid out as the BOOST canvas. It prints the bundle document (app.cdp.bundle), so both exports
carry exactly the same reviewed texts. A4, embedded DejaVu, "Anonymisé — Relais — … — page N / M"
(every page).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.exports.pdf_style import HEADER, MARGIN, RULE, WIDTH, ZEBRA, numbered_canvas, register_fonts, styles
from app.invisible_work import MONTHS_FR

FEEDBACK_TITLES = (
    ("positive", "Un élément positif"),
    ("difficulty", "Une difficulté"),
    ("new", "Un élément nouveau"),
    ("solution", "Une solution ayant émergé"),
)
NOTHING = "—"


def render_canvas_pdf(document: dict[str, Any], output: BinaryIO | Path) -> None:
    """Write the session's PDF into `output`, an open file or a path (app.cdp.export passes a temp file)."""
    register_fonts()
    session = document["session"]
    when = long_date(session["held_on"])
    doc = SimpleDocTemplate(
        output if hasattr(output, "write") else str(output), pagesize=A4, leftMargin=MARGIN,
        rightMargin=MARGIN, topMargin=16 * mm, bottomMargin=20 * mm, title=f"Séance de CdP — {when}",
        author="Relais",
        subject="Canevas anonymisés d'une séance de communauté de pratique", creator="Relais",
    )  # fmt: skip
    story = _cover(document)
    for entry in document["situations"]:
        story += [PageBreak(), *_situation_page(entry)]
    unreviewed = document["anonymisation"].get("review") == "none"  # --no-review: said on every page
    mark = "Anonymisé SANS relecture" if unreviewed else "Anonymisé"
    doc.build(story, canvasmaker=numbered_canvas(f"{mark} — Relais — séance de CdP du {when}"))


def long_date(iso: str | None) -> str:
    if not iso:
        return "date non précisée"
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day} {MONTHS_FR[month - 1]} {year}"


def _cover(document: dict[str, Any]) -> list:
    style = styles()
    session = document["session"]
    story: list = [
        Paragraph("Séance de communauté de pratique", style["title"]),
        Paragraph(escape(_subtitle(session)), style["subtitle"]),
        Spacer(1, 8 * mm),
        Paragraph("Le nœud travaillé", style["h2"]),
    ]
    noeud = session["noeud"]
    if noeud:
        group = f" (nœud {noeud['group']})" if noeud["group"] else ""
        story.append(Paragraph(f"<b>{escape(noeud['label'])}</b>{escape(group)}", style["lead"]))
    story += _paragraphs(session["noeud_text"], style["body"], empty=not noeud)
    story.append(Paragraph("Retour au groupe projet : les quatre points", style["h2"]))
    story.append(_feedback_table(session["feedback"]))
    story.append(Paragraph("Situations apportées", style["h2"]))
    for entry in document["situations"]:
        story.append(Paragraph(escape(f"{entry['ref']} — {_profile(entry)}"), style["bullet"]))
    if not document["situations"]:
        story.append(Paragraph("Aucune situation n'a été apportée.", style["body"]))
    story += [Spacer(1, 6 * mm), Paragraph(_method_note(document), style["note"])]
    return story


def _subtitle(session: dict[str, Any]) -> str:
    group = f" — {session['group']}" if session["group"] else ""
    return f"{long_date(session['held_on'])}{group}"


def _feedback_table(feedback: dict[str, str]) -> Table:
    rows = [
        [_bold(title), _cell_text(feedback.get(key, ""))]
        for key, title in FEEDBACK_TITLES
    ]
    return _grid(rows, [45 * mm, WIDTH - 45 * mm])


def _situation_page(entry: dict[str, Any]) -> list:
    style = styles()
    story: list = [
        Paragraph(escape(f"Situation {entry['ref']}"), style["title"]),
        Paragraph(escape(_profile(entry)), style["subtitle"]),
        Spacer(1, 4 * mm),
        Paragraph("1. Récit", style["h2"]),
        *_paragraphs(entry["narrative"], style["body"]),
        Paragraph("2. Vulnérabilités et pathologies", style["h2"]),
        _grid([
            [_bold("Vulnérabilités"), _cell_text(", ".join(entry["vulnerabilities"]))],
            [_bold("Pathologies"), _cell_text(_pathologies(entry))],
        ], [40 * mm, WIDTH - 40 * mm]),
        Spacer(1, 2 * mm),
        Paragraph(escape(_network(entry)), style["note"]),
        Paragraph("3. Utilisation de l'outil de dialogue", style["h2"]),
        *_dialogue(entry["dialogue"]),
        Paragraph("4. Priorités soulevées avec la personne", style["h2"]),
        *_priorities(entry["priorities"]),
        Paragraph("5–6. Ressources mobilisées et qui les mobilise", style["h2"]),
        *_resources(entry["resources"]),
    ]  # fmt: skip
    return story


def _profile(entry: dict[str, Any]) -> str:
    months = entry["months_of_accompaniment"]
    month_text = "1er mois d'accompagnement" if months == 1 else f"{months}e mois d'accompagnement"
    return f"{entry['age_band']} — {month_text} — situation : {entry['status'].lower()}"


def _network(entry: dict[str, Any]) -> str:
    roles = ", ".join(entry["network_roles"]) or "aucun rôle noté"
    return f"Réseau de la personne (rôles seulement, jamais de noms) : {roles}."


def _pathologies(entry: dict[str, Any]) -> str:
    parts = list(entry["pathologies"])
    if entry["other_pathologies"]:
        parts.append(entry["other_pathologies"])
    return ", ".join(parts)


def _dialogue(uses: list[dict[str, Any]]) -> list:
    style = styles()
    if not uses:
        return [Paragraph("L'outil de dialogue n'a pas encore été utilisé.", style["body"])]
    header = ["Mois", "Mode", "Difficultés rencontrées", "Plus-value éprouvée"]
    rows = [[_cell_text(str(u["month_of_accompaniment"])), _cell_text(u["mode"]),
             _cell_text(u["difficulties"]), _cell_text(u["added_value"])] for u in uses]  # fmt: skip
    return [_table(header, rows, [14 * mm, 30 * mm, (WIDTH - 44 * mm) / 2, (WIDTH - 44 * mm) / 2])]


def _priorities(priorities: list[dict[str, Any]]) -> list:
    style = styles()
    if not priorities:
        return [Paragraph("Aucune priorité notée.", style["body"])]
    header = ["Dans les mots de la personne", "Thème", "Où en est-on"]
    rows = [[_cell_text(p["text"]), _cell_text(p["theme"]), _cell_text(p["status"])] for p in priorities]
    return [_table(header, rows, [WIDTH - 85 * mm, 50 * mm, 35 * mm])]


def _resources(resources: list[dict[str, Any]]) -> list:
    style = styles()
    if not resources:
        return [Paragraph("Aucune ressource mobilisée.", style["body"])]
    header = ["Ressource", "Type", "Qui la mobilise", "Statut"]
    rows = [[_cell_text(r["name"]), _cell_text(r["type"] or r["category"]), _cell_text(r["who_mobilises"]),
             _cell_text(r["status"])] for r in resources]  # fmt: skip
    return [_table(header, rows, [WIDTH - 125 * mm, 45 * mm, 45 * mm, 35 * mm])]


def _paragraphs(text: str, paragraph_style, *, empty: bool = True) -> list:
    lines = [line.strip() for line in (text or "").split("\n") if line.strip()]
    if not lines:
        return [Paragraph(NOTHING, paragraph_style)] if empty else []
    return [Paragraph(escape(line), paragraph_style) for line in lines]


def _bold(text: str) -> Paragraph:
    return Paragraph(f"<b>{escape(text)}</b>", styles()["cell"])


def _cell_text(text: str) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>") if text else NOTHING, styles()["cell"])


def _table(header: list[str], rows: list[list], widths: list[float]) -> Table:
    style = styles()
    head = [Paragraph(f"<font color='white'><b>{escape(t)}</b></font>", style["cell"]) for t in header]
    table = Table([head, *rows], colWidths=widths, repeatRows=1)
    commands = [("BACKGROUND", (0, 0), (-1, 0), HEADER)]
    commands += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(rows) + 1, 2)]
    table.setStyle(TableStyle([*commands, *_GRID_STYLE]))
    return table


def _grid(rows: list[list], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle(_GRID_STYLE))
    return table


_GRID_STYLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]


def _method_note(document: dict[str, Any]) -> str:
    anonymisation = document["anonymisation"]
    review = (
        "Les textes ont été relus et confirmés par le référent avant l'export."
        if anonymisation["reviewed"]
        else "Export automatique, sans relecture humaine des textes."
    )
    count = sum(anonymisation["replacements"].values())
    return (
        "<b>Anonymisation.</b> « Les référents parlent de situations, pas de patients. » Chaque situation "
        "n'apparaît que par son code pseudonyme ; l'âge par tranche de dix ans ; les dates en mois "
        "d'accompagnement ; le réseau par rôles. Dans les textes, les noms, adresses, téléphones, e-mails, "
        "numéros nationaux et IBAN sont remplacés par des marques entre crochets "
        f"({count} remplacement{'s' if count != 1 else ''}). {review}"
    )
