"""Accepted bundles flattened into columns (one list per column), ready for DuckDB (app.moderator.engine).

Measured on 1,000 bundles: DuckDB's read_json over the files costs ~1.3 s (each file parsed again, per-file
overhead), while the documents Python already parsed to check them flatten in ~0.05 s; so the checked
documents are flattened here and DuckDB scans the columns in memory. `bundle_rows` turns one document into
rows (a worker process can send them back); `BundleRows.add` appends them, interning the short repeated
texts (labels, months, pseudonyms): 100,000 bundles repeat a few hundred labels millions of times.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

TABLES: dict[str, tuple[str, ...]] = {
    "cdp": (
        "bundle_id",
        "referent",
        "month",
        "group_name",
        "noeud_id",
        "noeud_label",
        "positive",
        "difficulty",
        "new",
        "solution",
    ),
    "situation_vulnerability": ("referent", "situation", "vulnerability"),
    "situation_priority": ("referent", "situation", "theme"),
    "situation_resource": ("referent", "situation", "resource_type", "status", "commune"),
    "work_cell": ("referent", "bundle_id", "exported_on", "month", "task", "minutes"),
    "task": ("task", "label", "invisible"),
}
_FREE_TEXTS = frozenset({"positive", "difficulty", "new", "solution", "bundle_id", "situation"})
Rows = dict[str, list[tuple]]


@dataclass
class BundleRows:
    columns: dict[str, dict[str, list]] = field(
        default_factory=lambda: {table: {name: [] for name in names} for table, names in TABLES.items()}
    )
    tasks: dict[str, tuple[str, bool]] = field(default_factory=dict)

    def add(self, rows: Rows) -> None:
        for table, lines in rows.items():
            if table == "task":
                for task, label, invisible in lines:
                    known_label, known_invisible = self.tasks.get(task, (label, invisible))
                    self.tasks[task] = (known_label, known_invisible or invisible)
                continue
            columns = list(self.columns[table].items())
            for line in lines:
                for (name, column), value in zip(columns, line, strict=True):
                    shared = isinstance(value, str) and name not in _FREE_TEXTS
                    column.append(sys.intern(value) if shared else value)

    def table(self, name: str) -> dict[str, list]:
        if name == "task":
            return {
                "task": list(self.tasks),
                "label": [v[0] for v in self.tasks.values()],
                "invisible": [v[1] for v in self.tasks.values()],
            }
        return self.columns[name]


def bundle_rows(kind: str, referent: str, document: dict[str, Any]) -> Rows:
    """One checked document as rows of TABLES (kind "cdp" or "invisible_work")."""
    rows: Rows = {table: [] for table in TABLES}
    if kind == "cdp":
        _cdp_rows(rows, referent, document)
    else:
        _work_rows(rows, referent, document)
    return {table: lines for table, lines in rows.items() if lines}


def _cdp_rows(rows: Rows, referent: str, document: dict[str, Any]) -> None:
    session = document["session"]
    noeud = session.get("noeud") or {}
    held_on = session.get("held_on")
    month = (
        held_on[:7] if held_on else (document.get("period") or {}).get("from") or document["exported_on"][:7]
    )
    feedback = session["feedback"]
    rows["cdp"].append(
        (
            document["bundle_id"],
            referent,
            month,
            session["group"],
            noeud.get("id"),
            noeud.get("label"),
            feedback["positive"],
            feedback["difficulty"],
            feedback["new"],
            feedback["solution"],
        )
    )
    for entry in document["situations"]:
        for table, line in _situation_rows(referent, f"{referent}/{entry['ref']}", entry):
            rows[table].append(line)


def _situation_rows(referent: str, situation: str, entry: dict[str, Any]) -> Iterator[tuple[str, tuple]]:
    for vulnerability in entry["vulnerabilities"]:
        yield "situation_vulnerability", (referent, situation, vulnerability)
    for priority in entry["priorities"]:
        yield "situation_priority", (referent, situation, priority["theme"])
    for resource in entry["resources"]:
        line = (referent, situation, resource["type"], resource["status"], resource.get("commune", ""))
        yield "situation_resource", line
    if not (entry["vulnerabilities"] or entry["priorities"] or entry["resources"]):
        yield "situation_priority", (referent, situation, "")  # still counted as a situation


def _work_rows(rows: Rows, referent: str, document: dict[str, Any]) -> None:
    bundle_id, exported_on = document["bundle_id"], document["exported_on"]
    for cell in document["months"]:
        rows["work_cell"].append(
            (referent, bundle_id, exported_on, cell["month"], cell["task"], cell["minutes"])
        )
    rows["task"] = [(task["task"], task["label"], task["invisible"]) for task in document["tasks"]]
