"""The synthesis's labels in the language of the file being written.

Where the merged data carries a vocabulary id — a nœud (`cdp_noeuds`), a task (`referent_tasks`), the four
shortage statuses the synthesis names itself — the label comes from resources/vocab in that language (an id
this Relais does not know keeps the bundle's label). The labels the synthesis makes for what a bundle left
empty (no theme, no resource type, no commune) follow the language too. Every other label is the bundle's own
text (French: vulnerabilities, themes, outcome statuses as the referent's Relais wrote them) and is left as it
is. The synthesis itself stays language-free: the window merges once and may write in any language.
"""

from __future__ import annotations

from dataclasses import replace

from app.moderator.synthesis import (
    NO_COMMUNE,
    NO_THEME,
    NO_TYPE,
    ROW_PARTS,
    SHORTAGE_STATUSES,
    SHORTAGE_VOCABULARY,
    Synthesis,
)
from app.moderator.tables import CrossTable
from app.moderator.texts import language, text
from app.vocab import vocabularies


def localised(synthesis: Synthesis, lang: str) -> Synthesis:
    """`synthesis` with the labels above in `lang` (fr, nl, en); counts and order unchanged. Each writer
    calls it: a synthesis already in `lang` comes back the same."""
    lang = language(lang)
    noeud = lambda term_id, label: vocabulary_label("cdp_noeuds", term_id, label, lang)  # noqa: E731
    task = lambda term_id, label: vocabulary_label("referent_tasks", term_id, label, lang)  # noqa: E731
    return replace(
        synthesis,
        noeuds=tuple(replace(row, label=noeud(row.noeud_id, row.label)) for row in synthesis.noeuds),
        priorities=_priorities(synthesis.priorities, lang),
        shortages=_shortages(synthesis.shortages, lang),
        time=replace(
            synthesis.time,
            tasks=tuple(replace(row, label=task(row.task, row.label)) for row in synthesis.time.tasks),
        ),
        four_points=tuple(
            replace(points, noeud=noeud(points.noeud_id, points.noeud)) for points in synthesis.four_points
        ),
    )


def vocabulary_label(vocabulary: str, term_id: str | None, label: str, lang: str) -> str:
    """The label of `term_id` in `lang`, or the bundle's `label` when the id is absent or unknown."""
    terms = vocabularies()[vocabulary]
    return terms.label(term_id, lang) if term_id and term_id in terms else label


def _priorities(table: CrossTable | None, lang: str) -> CrossTable | None:
    if table is None:
        return None
    no_theme = text("label.no_theme", lang)
    return replace(
        table, row_labels=tuple(no_theme if label == NO_THEME else label for label in table.row_labels)
    )


def _shortages(table: CrossTable | None, lang: str) -> CrossTable | None:
    if table is None:
        return None
    statuses = vocabularies()[SHORTAGE_VOCABULARY]
    columns = {statuses.label(term_id, "fr"): statuses.label(term_id, lang) for term_id in SHORTAGE_STATUSES}
    return replace(
        table,
        row_labels=tuple(_shortage_row(label, lang) for label in table.row_labels),
        column_labels=tuple(columns.get(label, label) for label in table.column_labels),
    )


def _shortage_row(label: str, lang: str) -> str:
    """A shortage row in `lang`: only the parts the synthesis wrote itself change ("Type non précisé —
    Anderlecht" → "Soort niet vermeld — Anderlecht")."""
    if label.startswith(NO_TYPE + ROW_PARTS):
        label = text("label.no_type", lang) + label[len(NO_TYPE) :]
    if label.endswith(ROW_PARTS + NO_COMMUNE):
        label = label[: -len(NO_COMMUNE)] + text("label.no_commune", lang)
    return label
