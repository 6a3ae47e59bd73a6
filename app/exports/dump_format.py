"""The personal JSON dump's shape: which tables nest where, and how column values become JSON and back.

Database ids never appear in the file: links use refs (`R3` for a resource, `P2`/`M1`/`D1` inside a situation)
numbered in export order, so exporting, importing into an empty register and exporting again gives the same
document. See docs/register-json-format.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import Table

from app import clock, dialogues, followups, mobilisations, priorities, resources_directory, time_entries
from app.durations import MAX_MINUTES
from app.errors import ValidationError
from app.validation import check_birth_year, check_email, check_sex, check_text_length
from storage import models as m

FORMAT = "relais-register-export"
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Section:
    """One kind of record in the document: its table and the columns that are links, not data."""

    model: type
    link_columns: tuple[str, ...] = ()
    ref_prefix: str | None = None
    # Columns the register computes itself (storage/derived.py): neither written out nor read back.
    derived_columns: tuple[str, ...] = ()

    @property
    def table(self) -> Table:
        return self.model.__table__

    @property
    def data_columns(self) -> list[str]:
        skip = {"id", *self.link_columns, *self.derived_columns}
        return [c.name for c in self.table.columns if c.name not in skip]


RESOURCES = Section(m.Resource, ref_prefix="R")
PERSONS = Section(m.Person)
NETWORK = Section(m.NetworkMember, ("person_id",))
SITUATIONS = Section(m.Situation, ("person_id",), derived_columns=("last_contact",))
DIALOGUES = Section(m.DialogueSession, ("situation_id",), "D")
PRIORITIES = Section(m.Priority, ("situation_id", "dialogue_session_id"), "P")
PRIORITY_HISTORY = Section(m.PriorityStatusChange, ("priority_id",))
MOBILISATIONS = Section(m.Mobilisation, ("situation_id", "resource_id", "priority_id"), "M")
MOBILISATION_HISTORY = Section(m.MobilisationStatusChange, ("mobilisation_id",))
TIME_ENTRIES = Section(m.TimeEntry, ("situation_id", "mobilisation_id"))
FOLLOW_UPS = Section(m.FollowUp, ("situation_id",))
# the network member a consent was picked from is not kept: the professional's name and role are
SHARING_CONSENTS = Section(m.SharingConsent, ("situation_id", "network_member_id"))
CDP_SESSIONS = Section(m.CdpSession)
EXPORT_LOGS = Section(m.ExportLog)
SETTINGS = Section(m.AppSetting)
VULNERABILITY_LINKS = Section(m.SituationVulnerability, ("situation_id",))
PATHOLOGY_LINKS = Section(m.SituationPathology, ("situation_id",))

# Every section, parents before children: the order of insertion on import.
ALL_SECTIONS = (
    RESOURCES,
    PERSONS,
    NETWORK,
    SITUATIONS,
    VULNERABILITY_LINKS,
    PATHOLOGY_LINKS,
    DIALOGUES,
    PRIORITIES,
    PRIORITY_HISTORY,
    MOBILISATIONS,
    MOBILISATION_HISTORY,
    TIME_ENTRIES,
    FOLLOW_UPS,
    SHARING_CONSENTS,
    CDP_SESSIONS,
    EXPORT_LOGS,
    SETTINGS,
)

# Columns holding vocabulary ids, checked on import so that a hand-edited file cannot plant unknown values.
VOCABULARY_COLUMNS: dict[tuple[str, str], str] = {
    ("situation", "status"): "situation_statuses",
    ("situation", "origin"): "origins",
    ("situation", "closure_reason"): "closure_reasons",
    ("networkmember", "role"): "network_roles",
    ("dialoguesession", "mode"): "dialogue_modes",
    ("priority", "status"): "priority_statuses",
    ("prioritystatuschange", "status"): "priority_statuses",
    ("mobilisation", "status"): "mobilisation_statuses",
    ("mobilisation", "who_mobilises"): "who_mobilises",
    ("mobilisation", "mode"): "mobilisation_modes",
    ("mobilisationstatuschange", "status"): "mobilisation_statuses",
    ("timeentry", "task"): "referent_tasks",
    ("resource", "category"): "resource_categories",
    ("resource", "resource_type"): "resource_types",
    ("resource", "learned_from"): "learned_from",
}


# The services' own limits, so that a file cannot hold what the window would refuse (see app/validation.py).
# A column not listed here gets the generic cap below: free text no one types in one sitting.
# The CdP limits are app.cdp.sessions' GROUP_MAX and TEXT_MAX, copied because that module pulls in the
# anonymiser (tests/app/test_import_limits.py keeps them equal).
CDP_GROUP_MAX, CDP_TEXT_MAX = 120, 4000
TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("priority", "text"): priorities.TEXT_MAX,
    ("priority", "notes"): priorities.NOTE_MAX,
    ("prioritystatuschange", "note"): priorities.NOTE_MAX,
    ("mobilisation", "resource_name"): resources_directory.NAME_MAX,
    ("mobilisation", "notes"): mobilisations.NOTE_MAX,
    ("mobilisationstatuschange", "note"): mobilisations.NOTE_MAX,
    ("timeentry", "note"): time_entries.NOTE_MAX,
    ("followup", "note"): followups.NOTE_MAX,
    ("sharingconsent", "professional_name"): 200,  # app.documents.consent.NAME_LIMIT
    ("sharingconsent", "professional_role"): 200,
    ("resource", "name"): resources_directory.NAME_MAX,
    ("cdpsession", "group_name"): CDP_GROUP_MAX,
    **{("dialoguesession", c): dialogues.TEXT_MAX for c in ("difficulties", "added_value", "notes")},
    **{
        ("resource", c): resources_directory.TEXT_MAX
        for c in ("address", "conditions", "cost", "waiting_list_notes", "notes")
    },
    **{
        ("cdpsession", c): CDP_TEXT_MAX
        for c in ("noeud_text", "feedback_positive", "feedback_difficulty", "feedback_new",
                  "feedback_solution")
    },
}
TEXT_MAX_DEFAULT = 20_000
# Whole numbers: (smallest, largest). Birth years are checked by the persons' own rule.
INT_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("timeentry", "minutes"): (1, MAX_MINUTES),
    ("priority", "rank"): (1, 1000),
}
INT_RANGE_DEFAULT = (0, 1_000_000_000)


def to_json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def row_to_json(section: Section, row: Any) -> dict[str, Any]:
    return {name: to_json_value(row[name]) for name in section.data_columns}


def json_to_row(section: Section, record: Any, where: str) -> dict[str, Any]:
    """Column values for one record, converted and checked; errors name the record and the field."""
    if not isinstance(record, dict):
        raise ValidationError(where, "import.object_expected")
    row: dict[str, Any] = {}
    for name in section.data_columns:
        column = section.table.columns[name]
        if name not in record or record[name] is None:
            row[name] = _default(section, name, column.nullable, where, missing=name not in record)
            continue
        row[name] = _convert(column.type, record[name], f"{where}.{name}")
        _check_limits(section.table.name, name, row[name], f"{where}.{name}")
    return row


def _check_limits(table: str, name: str, value: Any, where: str) -> None:
    """The services' rules on one converted value; the error names the record and the field."""
    if isinstance(value, str):
        check_text_length(value, TEXT_LIMITS.get((table, name), TEXT_MAX_DEFAULT), where)
    elif isinstance(value, int) and not isinstance(value, bool) and (table, name) not in SERVICE_RULES:
        low, high = INT_RANGES.get((table, name), INT_RANGE_DEFAULT)
        if not low <= value <= high:
            raise ValidationError(where, "import.number_out_of_range", min=low, max=high)
    rule = SERVICE_RULES.get((table, name))
    if rule is not None:
        try:
            rule(value)
        except ValidationError as exc:  # the service names its own field: name the record's instead
            raise ValidationError(where, exc.code, **{**exc.params, "field": where}) from None


# The persons', network's and directory's own checks, reused as they are.
SERVICE_RULES: dict[tuple[str, str], Any] = {
    ("person", "birth_year"): lambda year: check_birth_year(year, clock.today()),
    ("person", "sex"): check_sex,
    **{(table, "email"): check_email for table in ("person", "networkmember", "resource")},
}


def _default(section: Section, name: str, nullable: bool, where: str, *, missing: bool) -> Any:
    if nullable:
        return None
    default = section.model.model_fields[name].default
    if default is PydanticUndefined or default is None:
        code = "import.required_missing" if missing else "import.required_empty"
        raise ValidationError(f"{where}.{name}", code)
    return default


def _convert(column_type: Any, value: Any, where: str) -> Any:
    kind = getattr(column_type, "impl", column_type).python_type  # sqlmodel wraps DateTime in a decorator
    try:
        if kind is datetime:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueError
            return parsed
        if kind is date:
            return date.fromisoformat(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ValueError
        return value
    except (TypeError, ValueError):
        raise ValidationError(where, _TYPE_CODES[kind]) from None


_TYPE_CODES = {
    datetime: "import.expected_datetime",
    date: "import.expected_date",
    bool: "import.expected_boolean",
    int: "import.expected_integer",
    str: "import.expected_text",
}
