"""`relais export-json`: the complete personal dump of a register (identities included: it stays private).

The file is written like every export (app.exports.pipeline): owner-only, atomically, and logged in ExportLog
as kind "personal_dump", marked not anonymised. The dump holds the log rows written before it, not its own.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import clock
from app.exports import dump_format as f
from app.exports.pipeline import run_export
from app.exports.progress import ProgressSteps
from storage.register import Register


def export_document(register: Register) -> dict[str, Any]:
    with register.session() as session:
        rows = {section: _rows(session, section) for section in f.ALL_SECTIONS}
    resource_refs = {row["id"]: f"R{i}" for i, row in enumerate(rows[f.RESOURCES], start=1)}
    by_parent = {
        section: _group(rows[section], section.link_columns[0])
        for section in f.ALL_SECTIONS
        if section.link_columns
    }
    return {
        "format": f.FORMAT,
        "schema_version": f.SCHEMA_VERSION,
        "exported_at": clock.now().isoformat(timespec="seconds"),
        "resources": [
            {"ref": resource_refs[r["id"]], **f.row_to_json(f.RESOURCES, r)} for r in rows[f.RESOURCES]
        ],
        "persons": [_person(p, by_parent, resource_refs) for p in rows[f.PERSONS]],
        "time_entries": [_time_entry(t, {}) for t in by_parent[f.TIME_ENTRIES].get(None, [])],
        "cdp_sessions": [f.row_to_json(f.CDP_SESSIONS, r) for r in rows[f.CDP_SESSIONS]],
        "export_logs": [f.row_to_json(f.EXPORT_LOGS, r) for r in rows[f.EXPORT_LOGS]],
        "settings": [f.row_to_json(f.SETTINGS, r) for r in rows[f.SETTINGS]],
    }


@dataclass(frozen=True)
class PersonalDumpExport:
    """The whole register as JSON (app.exports.pipeline); logged not anonymised, with its situation count."""

    kind: str = "personal_dump"
    format: str = "json"
    anonymised: bool = False

    def settings(self) -> dict[str, Any]:
        return {}

    def gather(self, register: Register) -> dict[str, Any]:
        return export_document(register)

    def render(self, data: dict[str, Any], steps: ProgressSteps) -> tuple[bytes]:
        return (json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"),)

    def item_count(self, data: dict[str, Any]) -> int:
        return situation_count(data)


def export_json(register: Register, target: Path) -> int:
    """Write the dump atomically (owner-only) and log it; returns the number of situations written."""
    return situation_count(run_export(register, PersonalDumpExport(), Path(target)))


def situation_count(document: dict[str, Any]) -> int:
    return sum(len(person["situations"]) for person in document["persons"])


def _rows(session, section: f.Section) -> list:
    table = section.table
    return list(session.execute(select(table).order_by(*table.primary_key.columns)).mappings())


def _group(rows: list, column: str) -> dict[Any, list]:
    groups: dict[Any, list] = defaultdict(list)
    for row in rows:
        groups[row[column]].append(row)
    return groups


def _person(row, by_parent, resource_refs) -> dict[str, Any]:
    return {
        **f.row_to_json(f.PERSONS, row),
        "network": [f.row_to_json(f.NETWORK, n) for n in by_parent[f.NETWORK].get(row["id"], [])],
        "situations": [
            _situation(s, by_parent, resource_refs) for s in by_parent[f.SITUATIONS].get(row["id"], [])
        ],
    }


def _situation(row, by_parent, resource_refs) -> dict[str, Any]:
    sid = row["id"]
    dialogues = by_parent[f.DIALOGUES].get(sid, [])
    priorities = by_parent[f.PRIORITIES].get(sid, [])
    mobilisations = by_parent[f.MOBILISATIONS].get(sid, [])
    refs = {
        "D": {d["id"]: f"D{i}" for i, d in enumerate(dialogues, start=1)},
        "P": {p["id"]: f"P{i}" for i, p in enumerate(priorities, start=1)},
        "M": {m["id"]: f"M{i}" for i, m in enumerate(mobilisations, start=1)},
        "R": resource_refs,
    }
    return {
        **f.row_to_json(f.SITUATIONS, row),
        "vulnerabilities": sorted(
            row_["vulnerability"] for row_ in by_parent[f.VULNERABILITY_LINKS].get(sid, [])
        ),
        "pathologies": sorted(row_["pathology"] for row_ in by_parent[f.PATHOLOGY_LINKS].get(sid, [])),
        "dialogue_sessions": [
            {"ref": refs["D"][d["id"]], **f.row_to_json(f.DIALOGUES, d)} for d in dialogues
        ],
        "priorities": [_priority(p, refs, by_parent) for p in priorities],
        "mobilisations": [_mobilisation(m, refs, by_parent) for m in mobilisations],
        "time_entries": [_time_entry(t, refs["M"]) for t in by_parent[f.TIME_ENTRIES].get(sid, [])],
        "follow_ups": [f.row_to_json(f.FOLLOW_UPS, x) for x in by_parent[f.FOLLOW_UPS].get(sid, [])],
        "sharing_consents": [
            f.row_to_json(f.SHARING_CONSENTS, x) for x in by_parent[f.SHARING_CONSENTS].get(sid, [])
        ],
    }


def _priority(row, refs, by_parent) -> dict[str, Any]:
    return {
        "ref": refs["P"][row["id"]],
        "dialogue_session_ref": refs["D"].get(row["dialogue_session_id"]),
        **f.row_to_json(f.PRIORITIES, row),
        "history": [
            f.row_to_json(f.PRIORITY_HISTORY, h) for h in by_parent[f.PRIORITY_HISTORY].get(row["id"], [])
        ],
    }


def _mobilisation(row, refs, by_parent) -> dict[str, Any]:
    history = by_parent[f.MOBILISATION_HISTORY].get(row["id"], [])
    return {
        "ref": refs["M"][row["id"]],
        "resource_ref": refs["R"].get(row["resource_id"]),
        "priority_ref": refs["P"].get(row["priority_id"]),
        **f.row_to_json(f.MOBILISATIONS, row),
        "history": [f.row_to_json(f.MOBILISATION_HISTORY, h) for h in history],
    }


def _time_entry(row, mobilisation_refs) -> dict[str, Any]:
    return {
        "mobilisation_ref": mobilisation_refs.get(row["mobilisation_id"]),
        **f.row_to_json(f.TIME_ENTRIES, row),
    }
