"""Synthetic bundles for the moderator's tests, benchmark and screenshots: N referents × M months.

Each referent (a random pseudonym) writes, each month, one CdP bundle (a session with a few situations) and
one invisible-work bundle. Texts are short, already "anonymised" sentences with placeholders; labels come
from the real vocabularies, so the merge sees what a real CdP would send. Deterministic for a seed.
"""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path
from typing import Any

from app.pseudonyms import ALPHABET
from app.vocab import vocabularies

THEMES = ("Santé", "Vie sociale", "Logement", "Argent", "Autonomie", "Sans thème")
COMMUNES = ("Anderlecht", "Molenbeek-Saint-Jean", "Schaerbeek", "Forest", "Saint-Gilles", "Ixelles")
SENTENCES = (
    "[PERSONNE 1] vit seule depuis le décès de son mari et sort peu.",
    "Le passage de relais avec [PERSONNE 2] a pris plusieurs semaines.",
    "La liste d'attente du service d'aide à domicile reste longue.",
    "Les appels au médecin traitant ont permis de clarifier le traitement.",
    "La famille s'inquiète mais ne souhaite pas s'impliquer davantage.",
)


def write_bundles(
    folder: Path, referents: int, months: int, seed: int = 7, start: date = date(2026, 1, 1)
) -> int:
    """Write referents × months × 2 bundle files under `folder` (one subfolder per referent); returns the
    number of files."""
    rng = random.Random(seed)
    count = 0
    for number in range(referents):
        pseudonym = "R-" + "".join(rng.choice(ALPHABET) for _ in range(8))
        home = Path(folder) / f"referent-{number + 1:05d}"
        home.mkdir(parents=True, exist_ok=True)
        for index in range(months):
            month = date(start.year + (start.month - 1 + index) // 12, (start.month - 1 + index) % 12 + 1, 1)
            for kind, document in (
                ("cdp", cdp_bundle(rng, pseudonym, month)),
                ("temps", invisible_work_bundle(rng, pseudonym, month)),
            ):
                path = home / f"{kind}-{month:%Y-%m}.json"
                path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
                count += 1
    return count


def cdp_bundle(rng: random.Random, referent: str, month: date, situations: int = 3) -> dict[str, Any]:
    vocab = vocabularies()
    noeud_id = rng.choice(vocab["cdp_noeuds"].ids()[:8])
    noeud = vocab["cdp_noeuds"].get(noeud_id)
    return {
        "format": "relais-cdp-bundle",
        "version": 2,
        "bundle_id": _hex(rng),
        "referent": referent,
        "period": {"from": f"{month:%Y-%m}", "to": f"{month:%Y-%m}"},
        "exported_on": f"{month:%Y-%m}-20",
        "anonymisation": {"reviewed": True, "named_entity_model": None, "replacements": {"PERSONNE": 2}},
        "session": {
            "held_on": f"{month:%Y-%m}-19",
            "group": "CdP Bruxelles-Ouest",
            "noeud": {"id": noeud_id, "label": noeud.label("fr"), "group": noeud.attribute("group", "")},
            "noeud_text": rng.choice(SENTENCES),
            "feedback": {
                name: rng.choice(SENTENCES) for name in ("positive", "difficulty", "new", "solution")
            },
        },
        "situations": [_situation(rng, index) for index in range(rng.randint(1, situations))],
    }


def _situation(rng: random.Random, index: int) -> dict[str, Any]:
    vocab = vocabularies()
    vulnerabilities = rng.sample(
        [vocab["vulnerabilities"].label(i) for i in vocab["vulnerabilities"].ids()[:6]], 2
    )
    statuses = [vocab["mobilisation_statuses"].label(i) for i in vocab["mobilisation_statuses"].ids()]
    types = [vocab["resource_types"].label(i) for i in vocab["resource_types"].ids()[:5]]
    return {
        "ref": f"S-{rng.choice(ALPHABET)}{rng.choice(ALPHABET)}{rng.choice(ALPHABET)}{index}",
        "age_band": "80 ans et plus",
        "months_of_accompaniment": rng.randint(1, 24),
        "status": "Active",
        "narrative": " ".join(rng.sample(SENTENCES, 3)),
        "vulnerabilities": vulnerabilities,
        "pathologies": [],
        "other_pathologies": "",
        "network_roles": ["Aidant proche"],
        "dialogue": [],
        "priorities": [
            {"text": rng.choice(SENTENCES), "theme": rng.choice(THEMES), "status": "Exprimée"}
            for _ in range(2)
        ],
        "resources": [
            {
                "name": "CPAS",
                "type": rng.choice(types),
                "category": "",
                "who_mobilises": "Référent de proximité",
                "status": rng.choice(statuses),
                "in_directory": True,
                "commune": rng.choice(COMMUNES),
            }
            for _ in range(2)
        ],
    }


def invisible_work_bundle(rng: random.Random, referent: str, month: date) -> dict[str, Any]:
    vocab = vocabularies()
    tasks = vocab["referent_tasks"]
    chosen = rng.sample(tasks.ids(), 6)
    minutes = {task: rng.randint(1, 40) * 15 for task in chosen}
    invisible = {task: bool(tasks.get(task).attribute("invisible", False)) for task in chosen}
    total, hidden = sum(minutes.values()), sum(m for t, m in minutes.items() if invisible[t])
    return {
        "format": "relais-invisible-work-bundle",
        "version": 1,
        "bundle_id": _hex(rng),
        "referent": referent,
        "period": {"from": f"{month:%Y-%m}", "to": f"{month:%Y-%m}"},
        "exported_on": f"{month:%Y-%m}-28",
        "k": 5,
        "totals": {"minutes": total, "invisible": hidden},
        "situation_totals": {"minutes": total, "invisible": hidden},
        "situation_count": rng.choice((None, 5, 8, 12)),
        "tasks": [
            {"task": t, "label": tasks.label(t), "invisible": invisible[t], "minutes": m}
            for t, m in sorted(minutes.items(), key=lambda item: -item[1])
        ],
        "months": [{"month": f"{month:%Y-%m}", "task": t, "minutes": m} for t, m in minutes.items()],
        "outcomes": [
            {
                "status": "liste_attente",
                "label": "Liste d’attente",
                "shortage": True,
                "minutes": rng.randint(1, 8) * 15,
                "situations": None,
            }
        ],
    }


def _hex(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"
