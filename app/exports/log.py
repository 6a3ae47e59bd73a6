"""The one place that writes an ExportLog record: what was exported, when, how, how many — never the content.

Settings are a few scalars (a period, a threshold, a vocabulary id, flags); a long or free text is refused,
so that no name or narrative can slip into the register's log of exports. An export that is not anonymised
(the personal dump) is marked `"anonymised": false`; records without the mark are anonymised exports.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from app import clock
from storage.models import ExportLog
from storage.register import Register

Setting = str | int | bool | None
_SHORT_TOKEN = re.compile(r"[\w.:+-]{0,40}")


def record_export(
    register: Register,
    kind: str,
    file_format: str,
    settings: Mapping[str, Setting] | None = None,
    item_count: int = 0,
    *,
    anonymised: bool = True,
) -> None:
    """Add one ExportLog row for an export that was just written."""
    recorded = dict(settings or {})
    if not anonymised:
        recorded["anonymised"] = False
    _check_no_content(recorded)
    if getattr(register, "read_only", False):
        return  # a register on read-only media cannot record anything; the export itself is still allowed
    with register.session() as session:
        session.add(
            ExportLog(
                exported_at=clock.now(),
                kind=kind,
                format=file_format,
                settings_json=json.dumps(recorded),
                item_count=item_count,
            )
        )


def _check_no_content(settings: dict[str, Setting]) -> None:
    for value in settings.values():
        if isinstance(value, str) and not _SHORT_TOKEN.fullmatch(value):
            # A programming error: the value is not quoted, it could be a name.
            raise ValueError("an export-log setting must be a short identifier, never a text")
        if value is not None and not isinstance(value, str | int | bool):
            raise ValueError("an export-log setting must be a scalar")
