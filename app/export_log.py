"""The export log, read back: every export the register recorded — what, when, how, for which situation and to
whom — never the content (app.exports.log writes only scalars, so there is none to show).

Which situation an export was about and to whom it went are conventions of the settings every job logs:
`situation` (a pseudonym code such as "S-4K7Q", or "all"), or `situation_id`; `recipient` (a role such as
"gp"), `to`, or `consent` (the id of the recorded consent a handover was shared under). Everything else is
shown as the export's settings. Reads run in `Register.reading()`: the page never waits for a writer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from storage.models import ExportLog, Situation
from storage.register import Register

SITUATION_KEYS = ("situation", "situation_id")
RECIPIENT_KEYS = ("recipient", "to_whom", "consent")
ALL = "all"


@dataclass(frozen=True)
class ExportLogEntry:
    id: int
    exported_at: datetime
    kind: str  # "calendar", "cdp_canvas", "invisible_work", "handover"…
    format: str
    anonymised: bool
    item_count: int
    situation: str | None  # the situation's pseudonym code, None when the export covers none or all
    recipient: str | None  # a role, or "consent:<id>"; None when the file stayed with the referent
    settings: tuple[tuple[str, str | int | bool | None], ...]  # the rest, in the logged order


class ExportLogService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def entries(self, situation: str | None = None, kind: str | None = None) -> list[ExportLogEntry]:
        """Newest first; only those about the situation with code `situation`, or of `kind`, when given."""
        with self._register.reading() as session:
            codes = dict(session.execute(select(Situation.id, Situation.code)).all())
            query = select(ExportLog).order_by(ExportLog.exported_at.desc(), ExportLog.id.desc())
            if kind is not None:
                query = query.where(ExportLog.kind == kind)
            rows = [_entry(row, codes) for row in session.scalars(query)]
        if situation is not None:
            rows = [row for row in rows if row.situation == situation.strip().upper()]
        return rows

    def kinds(self) -> list[str]:
        """The kinds of export in the log, for the filter."""
        with self._register.reading() as session:
            return sorted(session.scalars(select(ExportLog.kind).distinct()))

    def situations(self) -> list[str]:
        """The codes of the situations some export was about, for the filter."""
        return sorted({entry.situation for entry in self.entries() if entry.situation is not None})


def _entry(row: ExportLog, codes: dict[int, str]) -> ExportLogEntry:
    settings = _settings(row.settings_json)
    anonymised = settings.pop("anonymised", True) is not False
    return ExportLogEntry(
        id=row.id,
        exported_at=row.exported_at,
        kind=row.kind,
        format=row.format,
        anonymised=anonymised,
        item_count=row.item_count,
        situation=_situation(settings, codes),
        recipient=_recipient(settings),
        settings=tuple(settings.items()),
    )


def _settings(text: str) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}  # a damaged row still shows what, when and how
    return value if isinstance(value, dict) else {}


def _situation(settings: dict, codes: dict[int, str]) -> str | None:
    code = settings.pop("situation", None)
    situation_id = settings.pop("situation_id", None)
    if isinstance(situation_id, int) and not isinstance(situation_id, bool):
        return codes.get(situation_id, f"#{situation_id}")  # an erased situation keeps its number
    if isinstance(code, int) and not isinstance(code, bool):
        return codes.get(code, f"#{code}")
    return code.upper() if isinstance(code, str) and code and code != ALL else None


def _recipient(settings: dict) -> str | None:
    for key in ("recipient", "to_whom"):
        value = settings.pop(key, None)
        if value not in (None, ""):
            return str(value)
    consent = settings.pop("consent", None)
    return f"consent:{consent}" if consent not in (None, "") else None
