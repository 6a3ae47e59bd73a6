"""Accepted bundles flattened into columns (one list per column), ready for DuckDB (app.moderator.engine).

Measured on 1,000 bundles: DuckDB's read_json over the files costs ~1.3 s (each file parsed again, per-file
overhead), while the documents Python already parsed to check them flatten in ~0.05 s; so the checked
documents are flattened here and DuckDB scans the columns in memory. Repeated labels are interned: 100,000
bundles repeat a few hundred labels millions of times.
"""

from __future__ import annotations

import sys
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
_intern = sys.intern


@dataclass
class BundleRows:
    columns: dict[str, dict[str, list]] = field(
        default_factory=lambda: {table: {name: [] for name in names} for table, names in TABLES.items()}
    )
    tasks: dict[str, tuple[str, bool]] = field(default_factory=dict)

    def add_cdp(self, referent: str, document: dict[str, Any]) -> None:
        session = document["session"]
        noeud = session.get("noeud") or {}
        held_on = session.get("held_on")
        month = (
            held_on[:7]
            if held_on
            else (document.get("period") or {}).get("from") or document["exported_on"][:7]
        )
        feedback = session["feedback"]
        self._add(
            "cdp",
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
        for entry in document["situations"]:
            self._add_situation(referent, f"{referent}/{entry['ref']}", entry)

    def add_work(self, referent: str, document: dict[str, Any]) -> None:
        bundle_id, exported_on = document["bundle_id"], document["exported_on"]
        for cell in document["months"]:
            self._add(
                "work_cell",
                referent,
                bundle_id,
                exported_on,
                _intern(cell["month"]),
                _intern(cell["task"]),
                cell["minutes"],
            )
        for task in document["tasks"]:
            label, invisible = self.tasks.get(task["task"], (task["label"], task["invisible"]))
            self.tasks[task["task"]] = (label, invisible or task["invisible"])

    def table(self, name: str) -> dict[str, list]:
        if name == "task":
            return {
                "task": list(self.tasks),
                "label": [v[0] for v in self.tasks.values()],
                "invisible": [v[1] for v in self.tasks.values()],
            }
        return self.columns[name]

    def _add_situation(self, referent: str, situation: str, entry: dict[str, Any]) -> None:
        for vulnerability in entry["vulnerabilities"]:
            self._add("situation_vulnerability", referent, situation, _intern(vulnerability))
        for priority in entry["priorities"]:
            self._add("situation_priority", referent, situation, _intern(priority["theme"]))
        for resource in entry["resources"]:
            self._add(
                "situation_resource",
                referent,
                situation,
                _intern(resource["type"]),
                _intern(resource["status"]),
                _intern(resource.get("commune", "")),
            )
        if not (entry["vulnerabilities"] or entry["priorities"] or entry["resources"]):
            self._add("situation_priority", referent, situation, "")  # still counted as a situation

    def _add(self, table: str, *values: Any) -> None:
        for column, value in zip(self.columns[table].values(), values, strict=True):
            column.append(value)
