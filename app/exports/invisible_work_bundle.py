"""The invisible-work bundle: the report's anonymised aggregates as JSON, for a CdP moderator to merge.

Schema: resources/schemas/invisible-work-bundle-1.schema.json (docs/moderator.md). It carries what the PDF
prints and nothing more: minutes by task and by month (the referent's own time), the invisible share, minutes
by mobilisation outcome, and counts of situations with the PDF's suppression (1…4 written as null; the minutes
of such an outcome, and a complementary one, null too: app.invisible_work_suppression). The
ranking by situation is left out: a moderator merges referents, not situations. Like every bundle, it carries
a random `bundle_id`, the register's random pseudonym (app.cdp.referent) and the period.

`InvisibleWorkBundleExport` is an export job of app.exports.pipeline (kind "invisible_work", format "json").
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from app.cdp.referent import referent_pseudonym
from app.exports.log import Setting
from app.exports.pipeline import Rendered, run_export
from app.exports.progress import ProgressSteps
from app.invisible_work import InvisibleWorkService, K, Period, ReportData, report_settings
from storage.register import Register

FORMAT = "relais-invisible-work-bundle"
VERSION = 1


def invisible_work_bundle_schema(version: int = VERSION) -> dict[str, Any]:
    text = (files("resources.schemas") / f"invisible-work-bundle-{version}.schema.json").read_text("utf-8")
    return json.loads(text)


def invisible_work_bundle(data: ReportData, referent: str) -> dict[str, Any]:
    """The bundle as a JSON-ready dict, from the report's figures (already suppressed)."""
    period = data.period
    return {
        "format": FORMAT,
        "version": VERSION,
        "bundle_id": uuid.uuid4().hex,
        "referent": referent,
        "period": {"from": f"{period.start_month:%Y-%m}", "to": f"{period.end_month:%Y-%m}"},
        "exported_on": data.generated_on.isoformat(),
        "k": K,
        "totals": {"minutes": data.totals.total, "invisible": data.totals.invisible},
        "situation_totals": {
            "minutes": data.situation_totals.total,
            "invisible": data.situation_totals.invisible,
        },
        "situation_count": data.situation_count,
        "tasks": [
            {"task": t.task, "label": t.label, "invisible": t.invisible, "minutes": t.minutes}
            for t in data.by_task
        ],
        "months": [
            {"month": f"{c.month:%Y-%m}", "task": c.task, "minutes": c.minutes} for c in data.by_month
        ],
        "outcomes": [
            {
                "status": o.status,
                "label": o.label,
                "shortage": o.shortage,
                "minutes": o.minutes,
                "situations": o.situations,
            }
            for o in data.outcomes
        ],
    }


@dataclass(frozen=True)
class InvisibleWorkBundleExport:
    """The invisible-work bundle of `period`; `figures` when already computed (the PDF's)."""

    period: Period
    figures: ReportData | None = None
    kind: str = "invisible_work"
    format: str = "json"
    anonymised: bool = True

    def settings(self) -> Mapping[str, Setting]:  # the labels' language: the figures', French without them
        return report_settings(self.period, self.figures.lang if self.figures is not None else "fr")

    def gather(self, register: Register) -> dict[str, Any]:
        data = self.figures or InvisibleWorkService(register).report(self.period)
        return invisible_work_bundle(data, referent_pseudonym(register))

    def render(self, data: dict[str, Any], steps: ProgressSteps) -> Sequence[Rendered]:
        return ((json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),)

    def item_count(self, data: dict[str, Any]) -> int:
        return len(self.period.months)


def export_invisible_work_bundle(
    register: Register, period: Period, path: Path, figures: ReportData | None = None
) -> dict[str, Any]:
    """Write the bundle to `path` atomically and log it; returns the document."""
    return run_export(register, InvisibleWorkBundleExport(period, figures), Path(path))
