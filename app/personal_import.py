"""`relais import`: load a personal JSON dump into a register, all or nothing.

The whole document is checked before anything is written (format, version, every field, vocabulary ids, refs,
duplicate pseudonym codes), then inserted in one transaction: a malformed file leaves the register unchanged,
and the error names the record and the field (`persons[2].situations[0].priorities[1].text`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from app.daily_backup import LAST_BACKUP_KEY
from app.erased_backups import ERASURES_KEY
from app.errors import CodedError, ValidationError
from app.exports import dump_format as f
from app.vocab import vocabularies
from storage.models import Situation
from storage.register import Register


class ImportFileError(CodedError, ValueError):
    """The file cannot be read as a Relais dump."""

    code = "import.unreadable"


def _shown(value: object) -> str:
    """A value from the file as a param: its repr, cut short (a value is never a narrative)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "…"


MAX_FILE_BYTES = 200_000_000  # a 5 000-situation demo register dumps to about 20 MB
MAX_DEPTH = 12  # the dump nests 9 levels deep (document → … → a priority's history entry)
DOCUMENT_KEYS = frozenset(
    {"format", "schema_version", "exported_at", "resources", "persons", "time_entries", "cdp_sessions",
     "export_logs", "settings"}
)
# Keys a record may hold besides its section's data columns: its ref, its links, its nested lists.
NESTED_KEYS: dict[f.Section, frozenset[str]] = {
    f.RESOURCES: frozenset({"ref"}),
    f.PERSONS: frozenset({"network", "situations"}),
    f.SITUATIONS: frozenset(
        {"vulnerabilities", "pathologies", "dialogue_sessions", "priorities", "mobilisations", "time_entries",
         "follow_ups", "sharing_consents"}
    ),
    f.DIALOGUES: frozenset({"ref"}),
    f.PRIORITIES: frozenset({"ref", "dialogue_session_ref", "history"}),
    f.MOBILISATIONS: frozenset({"ref", "resource_ref", "priority_ref", "history"}),
    f.TIME_ENTRIES: frozenset({"mobilisation_ref"}),
}


def read_document(path: Path) -> dict[str, Any]:
    """The parsed dump, refused whole when it is too big, too deep, repeats a key or is not a dump."""
    document = _parse(_read_text(Path(path)))
    _check_depth(document)
    if not isinstance(document, dict) or document.get("format") != f.FORMAT:
        raise ImportFileError("import.not_a_dump")
    if document.get("schema_version") != f.SCHEMA_VERSION:
        version = _shown(document.get("schema_version"))
        raise ImportFileError("import.unsupported_version", version=version, expected=f.SCHEMA_VERSION)
    _check_keys(document, DOCUMENT_KEYS, "")
    return document


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError("import.file_too_big", max_mb=MAX_FILE_BYTES // 1_000_000)
        return path.read_text(encoding="utf-8-sig")  # a byte-order mark, as some editors write, is fine
    except FileNotFoundError:
        raise ImportFileError("import.file_not_found", file=path.name) from None
    except UnicodeDecodeError:
        raise ImportFileError("import.not_utf8") from None


def _parse(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_refuse_repeated_keys)
    except json.JSONDecodeError as exc:
        raise ImportFileError("import.malformed_json", line=exc.lineno, column=exc.colno) from None
    except RecursionError:  # nesting deeper than the parser goes: no record to name yet
        raise ImportFileError("import.too_deep", field="", max=MAX_DEPTH) from None


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    record = dict(pairs)
    if len(record) != len(pairs):
        seen: set[str] = set()
        repeated = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise ImportFileError("import.repeated_key", key=_shown(repeated))
    return record


def _check_depth(document: Any) -> None:
    """Walked without recursion, so that a hostile file cannot exhaust the stack here either."""
    pending: list[tuple[Any, str, int]] = [(document, "", 0)]
    while pending:
        value, where, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise ImportFileError("import.too_deep", field=where, max=MAX_DEPTH)
        if isinstance(value, dict):
            pending.extend((v, _joined(where, k), depth + 1) for k, v in value.items())
        elif isinstance(value, list):
            pending.extend((v, f"{where}[{i}]", depth + 1) for i, v in enumerate(value))


def _joined(where: str, key: str) -> str:
    """A field's path; a key that cannot be shown (a control character, a lone surrogate) becomes `?`."""
    shown = key if key.isprintable() else "?"
    return f"{where}.{shown}" if where else shown


def _check_keys(record: dict, allowed: frozenset[str] | set[str], where: str) -> None:
    for key in record:
        if key not in allowed:
            raise ValidationError(_joined(where, key), "import.unknown_field", key=_shown(key))


def import_json(register: Register, path: Path) -> int:
    """Import a dump file; returns the number of situations added."""
    return import_document(register, read_document(path))


def import_document(register: Register, document: dict[str, Any]) -> int:
    with register.session() as session:
        plan = _Plan(session)
        plan.add_document(document)
        for section in f.ALL_SECTIONS:
            rows = plan.rows[section]
            for start in range(0, len(rows), 5000):
                session.execute(insert(section.table), rows[start : start + 5000])
        return len(plan.rows[f.SITUATIONS])


class _Plan:
    """Rows to insert, with ids assigned after the register's current maximum."""

    def __init__(self, session) -> None:
        self.rows: dict[f.Section, list[dict]] = defaultdict(list)
        self._next_id = {
            s: (session.scalar(select(func.max(s.table.c.id))) or 0) + 1
            for s in f.ALL_SECTIONS
            if "id" in s.table.c
        }
        self._codes = set(session.scalars(select(Situation.code)))
        self._settings = set(session.scalars(select(f.SETTINGS.table.c.key)))
        self._resource_ids: dict[str, int] = {}

    def add_document(self, document: dict[str, Any]) -> None:
        for i, record in enumerate(_list(document, "resources", "resources"), start=0):
            where = f"resources[{i}]"
            ref = _ref(record, where, self._resource_ids)
            self._resource_ids[ref] = self._add(f.RESOURCES, record, where, {})
        for i, record in enumerate(_list(document, "persons", "persons")):
            self._add_person(record, f"persons[{i}]")
        for i, record in enumerate(_list(document, "time_entries", "time_entries")):
            self._add(
                f.TIME_ENTRIES, record, f"time_entries[{i}]", {"situation_id": None, "mobilisation_id": None}
            )
        for key, section in (("cdp_sessions", f.CDP_SESSIONS), ("export_logs", f.EXPORT_LOGS)):
            for i, record in enumerate(_list(document, key, key)):
                self._add(section, record, f"{key}[{i}]", {})
        for i, record in enumerate(_list(document, "settings", "settings")):
            self._add(f.SETTINGS, record, f"settings[{i}]", {})
            key = self.rows[f.SETTINGS][-1]["key"]
            if key in (ERASURES_KEY, LAST_BACKUP_KEY):  # about the source register's backups, not these
                self.rows[f.SETTINGS].pop()
                continue
            if key in self._settings:  # never overwrite a register's setting silently
                raise ValidationError(f"settings[{i}].key", "import.setting_exists", key=_shown(key))
            self._settings.add(key)

    def _add(self, section: f.Section, record: Any, where: str, links: dict[str, Any]) -> int | None:
        row = f.json_to_row(section, record, where)
        _check_keys(record, {*section.data_columns, *NESTED_KEYS.get(section, ())}, where)
        _check_vocabulary(section, row, where)
        row.update(links)
        if section in self._next_id:
            row["id"] = self._next_id[section]
            self._next_id[section] += 1
        self.rows[section].append(row)
        return row.get("id")

    def _add_person(self, record: dict, where: str) -> None:
        pid = self._add(f.PERSONS, record, where, {})
        for i, member in enumerate(_list(record, "network", where)):
            self._add(f.NETWORK, member, f"{where}.network[{i}]", {"person_id": pid})
        for i, situation in enumerate(_list(record, "situations", where)):
            self._add_situation(situation, f"{where}.situations[{i}]", pid)

    def _add_situation(self, record: dict, where: str, person_id: int) -> None:
        sid = self._add(f.SITUATIONS, record, where, {"person_id": person_id})
        code = self.rows[f.SITUATIONS][-1]["code"]
        if code in self._codes:
            raise ValidationError(f"{where}.code", "import.situation_code_exists", code=_shown(code))
        self._codes.add(code)
        self._add_links(record, where, sid)
        refs: dict[str, dict[str, int]] = {"D": {}, "P": {}, "M": {}}
        for i, item in enumerate(_list(record, "dialogue_sessions", where)):
            w = f"{where}.dialogue_sessions[{i}]"
            refs["D"][_ref(item, w, refs["D"])] = self._add(f.DIALOGUES, item, w, {"situation_id": sid})
        for i, item in enumerate(_list(record, "priorities", where)):
            self._add_priority(item, f"{where}.priorities[{i}]", sid, refs)
        for i, item in enumerate(_list(record, "mobilisations", where)):
            self._add_mobilisation(item, f"{where}.mobilisations[{i}]", sid, refs)
        for i, item in enumerate(_list(record, "time_entries", where)):
            w = f"{where}.time_entries[{i}]"
            mid = _resolve(item, "mobilisation_ref", refs["M"], w)
            self._add(f.TIME_ENTRIES, item, w, {"situation_id": sid, "mobilisation_id": mid})
        for i, item in enumerate(_list(record, "follow_ups", where)):
            self._add(f.FOLLOW_UPS, item, f"{where}.follow_ups[{i}]", {"situation_id": sid})
        for i, item in enumerate(_list(record, "sharing_consents", where)):
            w = f"{where}.sharing_consents[{i}]"
            self._add(f.SHARING_CONSENTS, item, w, {"situation_id": sid, "network_member_id": None})

    def _add_links(self, record: dict, where: str, sid: int) -> None:
        for key, section, column, vocab in (
            ("vulnerabilities", f.VULNERABILITY_LINKS, "vulnerability", "vulnerabilities"),
            ("pathologies", f.PATHOLOGY_LINKS, "pathology", "pathologies"),
        ):
            values = _list(record, key, where)
            if len(set(values)) != len(values):
                raise ValidationError(f"{where}.{key}", "import.repeated_value")
            for value in values:
                if not isinstance(value, str) or value not in vocabularies()[vocab]:
                    raise ValidationError(f"{where}.{key}", "import.unknown_value", value=_shown(value))
                self.rows[section].append({"situation_id": sid, column: value})

    def _add_priority(self, item: dict, where: str, sid: int, refs: dict) -> None:
        did = _resolve(item, "dialogue_session_ref", refs["D"], where)
        pid = self._add(f.PRIORITIES, item, where, {"situation_id": sid, "dialogue_session_id": did})
        refs["P"][_ref(item, where, refs["P"])] = pid
        for i, change in enumerate(_list(item, "history", where)):
            self._add(f.PRIORITY_HISTORY, change, f"{where}.history[{i}]", {"priority_id": pid})

    def _add_mobilisation(self, item: dict, where: str, sid: int, refs: dict) -> None:
        links = {
            "situation_id": sid,
            "resource_id": _resolve(item, "resource_ref", self._resource_ids, where),
            "priority_id": _resolve(item, "priority_ref", refs["P"], where),
        }
        mid = self._add(f.MOBILISATIONS, item, where, links)
        refs["M"][_ref(item, where, refs["M"])] = mid
        for i, change in enumerate(_list(item, "history", where)):
            self._add(f.MOBILISATION_HISTORY, change, f"{where}.history[{i}]", {"mobilisation_id": mid})


def _list(record: dict, key: str, where: str) -> list:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise ValidationError(f"{where}.{key}", "import.list_expected")
    return value


def _ref(record: dict, where: str, taken: dict) -> str:
    ref = record.get("ref")
    if not isinstance(ref, str) or not ref:
        raise ValidationError(f"{where}.ref", "import.required_missing")
    if ref in taken:
        raise ValidationError(f"{where}.ref", "import.ref_repeated", ref=_shown(ref))
    return ref


def _resolve(record: dict, key: str, refs: dict[str, int], where: str) -> int | None:
    ref = record.get(key)
    if ref is None:
        return None
    if ref not in refs:
        raise ValidationError(f"{where}.{key}", "import.ref_unknown", ref=_shown(ref))
    return refs[ref]


def _check_vocabulary(section: f.Section, row: dict, where: str) -> None:
    for (table, column), vocab in f.VOCABULARY_COLUMNS.items():
        if (
            table == section.table.name
            and row.get(column) is not None
            and row[column] not in vocabularies()[vocab]
        ):
            raise ValidationError(f"{where}.{column}", "import.unknown_value", value=_shown(row[column]))
