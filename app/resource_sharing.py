"""Sharing directory entries with colleagues as a file that holds no person data by construction.

The CdP report (seed 003) says each referent's address book is "personne-dépendant" and that the group gains
when it is pooled. A resource file carries only the fields of a directory entry (never database ids, never
anything about a situation or a person); see docs/resource-file-format.md. The referent's free texts in an
entry are screened before they leave (app.resource_screening): a register person's name, phone or any
direct identifier is replaced by a placeholder, and `plan_export` says how many, per entry.

Importing is two steps so that the referent sees what will happen first: `plan_import` parses and checks the
whole file and classifies each entry as new or as a duplicate (same name and commune, accents and case
ignored) without writing anything; `apply_import` then applies the referent's decision for each duplicate
(merge, keep both, skip) in one transaction. A file with anything that looks like person data is refused
whole: an unknown field (a `first_name`, a `niss`…) or a value that is a valid Belgian national number.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from stdnum.be import bis, nn

from app import clock
from app.errors import NotFoundError, ValidationError
from app.exports.pipeline import run_export
from app.exports.progress import ProgressSteps
from app.resource_screening import ExportScreening, screen_records, sharing_anonymiser
from app.resources_directory import (
    DATA_FIELDS,
    ResourceData,
    ResourceRead,
    clean_resource,
    fast_fold,
    read_resource,
    stale_before,
)
from app.vocab import vocabularies
from storage.models import Resource
from storage.register import Register
from storage.text import fold

FORMAT = "relais-resources"
VERSION = 1
MAX_FILE_BYTES = 20_000_000
MAX_RESOURCES = 20_000
DECISIONS = ("merge", "keep_both", "skip")
_TOP_LEVEL = ("format", "version", "exported_at", "resources")
_VOCABULARY_OF = {
    "category": "resource_categories",
    "resource_type": "resource_types",
    "learned_from": "learned_from",
}
# Field names that say "this is about a person": named in the message so the colleague knows what to remove.
_PERSON_WORDS = re.compile(
    r"person|patient|benefici|first|last_?name|prenom|surname|birth|naiss|niss|insz|rrn|national|bis_?num"
    r"|sex|gender|genre|^age$|situation|patholog|vulnerab|diagnos|pseudonym"
)
_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,40}$")
# Eleven digits, possibly grouped like 85.07.30-033.28: the shape of a national (or BIS) number.
# A run that continues (more digits, or a "+32…" phone number) is not one.
_DIGIT_RUN = re.compile(r"(?<![\d+])(?<![\d+][ .\-/])\d(?:[ .\-/]?\d){10}(?![ .\-/]?\d)")


class ResourceFileError(ValidationError):
    """The file cannot be imported; `field` says where (`resources[3].phone`), the code what is wrong."""


@dataclass(frozen=True)
class IncomingResource:
    index: int  # position in the file's list, the key of the decisions
    data: ResourceData
    duplicate_of: ResourceRead | None = None  # the directory entry with the same name and commune
    duplicate_of_index: int | None = None  # or an earlier entry of the same file

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None or self.duplicate_of_index is not None

    @property
    def kind(self) -> str:
        return "duplicate" if self.is_duplicate else "new"


@dataclass(frozen=True)
class ImportPlan:
    exported_at: datetime | None
    items: tuple[IncomingResource, ...]

    @property
    def new_count(self) -> int:
        return sum(1 for item in self.items if not item.is_duplicate)

    @property
    def duplicate_count(self) -> int:
        return len(self.items) - self.new_count


@dataclass(frozen=True)
class ImportResult:
    added: int = 0
    merged: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class ResourceFileExport:
    """Directory entries as a resource file (app.exports.pipeline); logged: how many, never which."""

    resource_ids: tuple[int, ...]
    kind: str = "resources"
    format: str = "json"
    anonymised: bool = True  # no person data by construction

    def settings(self) -> dict[str, Any]:
        return {}

    def gather(self, register: Register) -> dict[str, Any]:
        return ResourceSharing(register).export_document(list(self.resource_ids))

    def render(self, data: dict[str, Any], steps: ProgressSteps) -> tuple[bytes]:
        return ((json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),)

    def item_count(self, data: dict[str, Any]) -> int:
        return len(data["resources"])


def duplicate_key(name: str, commune: str) -> tuple[str, str]:
    """Same name and same commune, accents, case and spacing ignored."""
    return " ".join(fast_fold(name).split()), " ".join(fast_fold(commune).split())


class ResourceSharing:
    def __init__(self, register: Register) -> None:
        self._register = register

    # -- export ----------------------------------------------------------------------------------------
    def export_document(self, resource_ids: list[int]) -> dict[str, Any]:
        if not resource_ids:
            raise ValidationError("resource_ids", "sharing.nothing_chosen")
        with self._register.session() as session:
            rows = {
                row.id: row for row in session.scalars(select(Resource).where(Resource.id.in_(resource_ids)))
            }
        if set(resource_ids) - set(rows):
            raise NotFoundError("not_found.chosen_resource")
        chosen = sorted(rows.values(), key=lambda row: (fold(row.name), row.id))
        records = [_record(row) for row in chosen]
        screened = screen_records(records, sharing_anonymiser(self._register))  # never out unmasked
        for index, record in enumerate(screened.records):
            # After the screening, which masks national numbers (as the plan said): one that survived it
            # (a shape the patterns missed but the checksum knows) still refuses the file.
            _check_no_person_values(record, f"resources[{index}]")
        stamp = clock.now().replace(microsecond=0).isoformat()
        return {"format": FORMAT, "version": VERSION, "exported_at": stamp, "resources": screened.records}

    def plan_export(self, resource_ids: list[int]) -> ExportScreening:
        """What the export would mask, per entry and per kind (never the values); nothing is written."""
        if not resource_ids:
            raise ValidationError("resource_ids", "sharing.nothing_chosen")
        with self._register.session() as session:
            rows = list(session.scalars(select(Resource).where(Resource.id.in_(resource_ids))))
        chosen = sorted(rows, key=lambda row: (fold(row.name), row.id))
        return screen_records([_record(row) for row in chosen], sharing_anonymiser(self._register))

    def export(self, resource_ids: list[int], path: Path) -> int:
        """Write the chosen entries to `path` (replaced atomically, logged); returns how many were written."""
        document = run_export(self._register, ResourceFileExport(tuple(resource_ids)), Path(path))
        return len(document["resources"])

    # -- import ----------------------------------------------------------------------------------------
    def plan_import(self, path: Path) -> ImportPlan:
        """Parse and check the whole file; nothing is written. Raises ResourceFileError only."""
        document = read_resource_file(path)
        return self.plan_document(document)

    def plan_document(self, document: Any) -> ImportPlan:
        exported_at, incoming = parse_document(document)
        cutoff = stale_before(clock.today())
        with self._register.session() as session:
            existing: dict[tuple[str, str], ResourceRead] = {}
            for row in session.scalars(select(Resource).order_by(Resource.id)):
                existing.setdefault(duplicate_key(row.name, row.commune), read_resource(row, cutoff))
        seen: dict[tuple[str, str], int] = {}
        items = []
        for index, data in enumerate(incoming):
            key = duplicate_key(data.name, data.commune)
            earlier = seen.setdefault(key, index)
            items.append(
                IncomingResource(index, data, existing.get(key), earlier if earlier != index else None)
            )
        return ImportPlan(exported_at, tuple(items))

    def apply_import(self, plan: ImportPlan, decisions: dict[int, str] | None = None) -> ImportResult:
        """Apply the plan in one transaction. Duplicates are skipped unless a decision says otherwise.

        Duplicates are looked up again at this point (the directory may have changed since the plan): a merge
        whose entry has since been deleted adds the incoming entry instead.
        """
        chosen = _check_decisions(plan, decisions or {})
        counts = {"merge": 0, "keep_both": 0, "skip": 0}
        with self._register.session() as session:
            targets = _rows_by_key(session)
            for item in plan.items:
                decision = chosen[item.index]
                key = duplicate_key(item.data.name, item.data.commune)
                if decision == "merge" and key in targets:
                    _merge(targets[key], item.data)
                elif decision != "skip":
                    row = Resource(created_at=clock.now(), **asdict(item.data))
                    session.add(row)
                    targets.setdefault(key, row)
                    decision = "keep_both"
                counts[decision] += 1
        return ImportResult(added=counts["keep_both"], merged=counts["merge"], skipped=counts["skip"])


# -- reading and checking a file ---------------------------------------------------------------------------
def read_resource_file(path: Path) -> Any:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ResourceFileError("file", "sharing.file_too_big")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ResourceFileError("file", "sharing.file_not_found", file=path.name) from None
    except OSError:
        raise ResourceFileError("file", "sharing.file_unreadable", file=path.name) from None
    except UnicodeDecodeError:
        raise ResourceFileError("file", "sharing.not_utf8") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ResourceFileError("file", "sharing.malformed_json", line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise ResourceFileError("file", "sharing.too_deep") from None
    except ValueError:  # an integer of more than 4,300 digits
        raise ResourceFileError("file", "sharing.number_too_long") from None


def parse_document(document: Any) -> tuple[datetime | None, list[ResourceData]]:
    """The entries of a parsed file, each checked as if typed in the directory, or ResourceFileError."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ResourceFileError("format", "sharing.not_resources_file")
    version = document.get("version")
    if type(version) is not int or version != VERSION:
        raise ResourceFileError("version", "sharing.unsupported_version", expected=VERSION)
    _check_field_names(document, _TOP_LEVEL, "file")
    exported_at = _exported_at(document.get("exported_at"))
    records = document.get("resources")
    if not isinstance(records, list):
        raise ResourceFileError("resources", "sharing.resources_not_list")
    if len(records) > MAX_RESOURCES:
        raise ResourceFileError("resources", "sharing.too_many", max=MAX_RESOURCES)
    return exported_at, [_parse_record(record, f"resources[{index}]") for index, record in enumerate(records)]


def _parse_record(record: Any, where: str) -> ResourceData:
    if not isinstance(record, dict):
        raise ResourceFileError(where, "import.object_expected")
    _check_field_names(record, DATA_FIELDS, where)
    _check_no_person_values(record, where)
    if not isinstance(record.get("name"), str) or not record["name"].strip():
        raise ResourceFileError(f"{where}.name", "sharing.name_required")
    values = {}
    for name in DATA_FIELDS:
        values[name] = _value(record.get(name), name, f"{where}.{name}")
    try:
        return clean_resource(ResourceData(**values))
    except ValidationError as error:
        details = {name: value for name, value in error.params.items() if name != "field"}
        raise ResourceFileError(
            f"{where}.{error.field}", "sharing.invalid_field", cause=error.code, **details
        ) from None


def _value(value: Any, name: str, where: str) -> Any:
    if value is None:
        return None
    if name == "last_checked":
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise ResourceFileError(where, "import.expected_date") from None
    if not isinstance(value, str):
        raise ResourceFileError(where, "import.expected_text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (\ud800) that JSON allows and the database refuses
        raise ResourceFileError(where, "sharing.invalid_character") from None
    if name in _VOCABULARY_OF and value and value not in vocabularies()[_VOCABULARY_OF[name]]:
        shown = value if _FIELD_NAME.match(value) else "?"
        raise ResourceFileError(where, "sharing.unknown_term", value=shown)
    return value


def _check_field_names(record: dict, known: tuple[str, ...], where: str) -> None:
    for key in record:
        if key in known:
            continue
        if not isinstance(key, str) or not _FIELD_NAME.match(key):
            raise ResourceFileError(where, "sharing.odd_field_name")
        if _PERSON_WORDS.search(fold(key)):
            raise ResourceFileError(where, "sharing.person_field", key=key)
        raise ResourceFileError(where, "sharing.unknown_field", key=key)


def _check_no_person_values(record: dict, where: str) -> None:
    """Refuse any value holding a valid Belgian national or BIS number (checksum verified, not 11 digits)."""
    for key, value in record.items():
        if _holds_national_number(value):
            # The resource's name is not shown: it may be a person's (a doctor's practice).
            raise ResourceFileError(f"{where}.{key}", "sharing.national_number", key=str(key))


def _holds_national_number(value: Any) -> bool:
    if type(value) is int:  # a number written without quotes lost its leading zeros: put them back
        value = f"{value:011d}" if 0 <= value < 10**11 else ""
    if not isinstance(value, str):
        return False
    for match in _DIGIT_RUN.finditer(value):
        digits = re.sub(r"\D", "", match.group())
        if nn.is_valid(digits) or bis.is_valid(digits):
            return True
    return False


def _exported_at(value: Any) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ResourceFileError("exported_at", "sharing.bad_export_date") from None


def _record(row: Resource) -> dict[str, Any]:
    record = {name: getattr(row, name) for name in DATA_FIELDS}
    record["last_checked"] = row.last_checked.isoformat() if row.last_checked else None
    return record


# -- applying ----------------------------------------------------------------------------------------------
def _check_decisions(plan: ImportPlan, decisions: dict[int, str]) -> dict[int, str]:
    items = {item.index: item for item in plan.items}
    for index, decision in decisions.items():
        if index not in items or decision not in DECISIONS:
            raise ValidationError("decisions", "sharing.unknown_decision")
        if decision == "merge" and not items[index].is_duplicate:
            raise ValidationError("decisions", "sharing.merge_not_duplicate")
    return {
        index: decisions.get(index, "skip" if item.is_duplicate else "keep_both")
        for index, item in items.items()
    }


def _rows_by_key(session) -> dict[tuple[str, str], Resource]:
    rows: dict[tuple[str, str], Resource] = {}
    for row in session.scalars(select(Resource).order_by(Resource.id)):
        rows.setdefault(duplicate_key(row.name, row.commune), row)
    return rows


def _merge(row: Resource, incoming: ResourceData) -> None:
    """Fill the entry's empty fields from the colleague's; keep the most recent check date."""
    for name, value in asdict(replace(incoming, last_checked=None)).items():
        if value not in (None, "") and getattr(row, name) in (None, ""):
            setattr(row, name, value)
    if incoming.last_checked and (row.last_checked is None or incoming.last_checked > row.last_checked):
        row.last_checked = incoming.last_checked
