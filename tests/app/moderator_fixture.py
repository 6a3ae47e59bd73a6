"""Bundles for the moderator's tests: a folder of synthetic bundles, and hand-made ones with known counts."""

from __future__ import annotations

import copy
import json
import random
from datetime import date
from pathlib import Path
from typing import Any

from app.moderator.synthetic import cdp_bundle, invisible_work_bundle

REFERENTS = tuple(f"R-{letter * 8}" for letter in "ABCDEFGHJKMN")  # twelve referents


def cdp_document(
    referent: str, noeud: str, *, month: str = "2026-03", situations=(), seed: int = 1
) -> dict:
    """A valid version-2 CdP bundle of `referent` about `noeud`, with `situations` (ref, canvas fields)."""
    document = cdp_bundle(random.Random(seed), referent, date.fromisoformat(f"{month}-01"))
    document["session"]["noeud"] = {"id": noeud, "label": noeud.replace("_", " "), "group": "situation"}
    document["situations"] = [situation(ref, **fields) for ref, fields in situations]
    return document


def situation(ref: str, vulnerabilities=(), themes=(), resources=()) -> dict[str, Any]:
    return {
        "ref": ref, "age_band": "80 ans et plus", "months_of_accompaniment": 3, "status": "Active",
        "narrative": "[PERSONNE 1] vit seule.", "vulnerabilities": list(vulnerabilities), "pathologies": [],
        "other_pathologies": "", "network_roles": [], "dialogue": [],
        "priorities": [{"text": "Sortir", "theme": theme, "status": "Exprimée"} for theme in themes],
        "resources": [
            {"name": "Service", "type": kind, "category": "", "who_mobilises": "", "status": status,
             "in_directory": True, "commune": commune}
            for kind, commune, status in resources
        ],
    }  # fmt: skip


def work_document(referent: str, month: str = "2026-03", seed: int = 1) -> dict:
    return invisible_work_bundle(random.Random(seed), referent, date.fromisoformat(f"{month}-01"))


def as_version_1(document: dict) -> dict:
    """The same CdP bundle as Relais wrote it before version 2 (no referent, period or commune)."""
    old = copy.deepcopy(document)
    old["version"] = 1
    del old["referent"], old["period"]
    for entry in old["situations"]:
        for resource in entry["resources"]:
            del resource["commune"]
    return old


def write(folder: Path, name: str, document: dict | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path
