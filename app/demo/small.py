"""The small demo: the 14 example situations of the BOOST documents, with invented identities.

Each example gives the structure (priorities, resources and outcomes, minutes per task); this module dates it
around the reference date: the accompaniment starts 6 to 20 weeks earlier, the dialogue tool is used in the
first days, resources are mobilised afterwards and the time spent is spread over the weeks in between.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.demo.names import QUARTIERS, QUARTIERS_BY_COMMUNE, RESOURCE_PATTERNS, STREETS, WORDS
from app.demo.rows import (
    MOBILISATION_PATHS,
    OUTCOME_STATUS,
    PARKED_NOTE,
    PRIORITY_CHANGE_NOTES,
    PRIORITY_PATHS,
    TERMINAL_MOBILISATION,
    IdAllocator,
    Writer,
    day_between,
    history,
    phone,
    split_minutes,
    stamp,
    status_dates,
    street_address,
)
from app.demo.texts import CONDITIONS, FOLLOW_UP_NOTES, PRIORITY_THEMES, WAITING_NOTES, cards_drawn
from app.pseudonyms import new_code
from storage.models import (
    DialogueSession,
    FollowUp,
    Mobilisation,
    MobilisationStatusChange,
    NetworkMember,
    Person,
    Priority,
    PriorityStatusChange,
    Resource,
    Situation,
    SituationPathology,
    SituationVulnerability,
    TimeEntry,
)

EXPECTED_ROWS = 420
# Parents before children: foreign keys are checked on every insert.
INSERT_ORDER = (Person, Situation, SituationVulnerability, SituationPathology, NetworkMember, DialogueSession,
                Priority, PriorityStatusChange, Resource, Mobilisation, MobilisationStatusChange, TimeEntry,
                FollowUp)
LEARNED_FROM = ("cdp", "reseau_personnel", "helpdesk", "bruxelles_social", "collegue", "la_personne")
# Directory entries that exist once per commune (each commune has its own CPAS).
COMMUNAL_TYPES = frozenset({"cpas", "amu", "as_commune"})
# Time spent on a task is tied to a mobilisation when the task is about that kind of resource; None: any
# resource the referent mobilises herself.
TASK_RESOURCES: dict[str, tuple[str, ...] | None] = {
    "identifier_ressources": None, "relancer_clarifier": None, "mettre_en_lien": None,
    "demarches_materiel": ("bandagiste", "ergotherapeute"), "interprete": ("interprete",),
    "passer_relais": ("referent_hospitalier", "cpas", "case_manager"),
    "administratif": ("amu", "cpas", "trajet_de_soins", "as_mutuelle", "mg"),
    "mails_documents": ("bandagiste", "as_mutuelle", "ergotherapeute"),
}
# Tasks done during the visit where the dialogue tool was used, and tasks that may come before that visit
# (the others follow it).
FIRST_VISIT_TASKS = frozenset({"outil_dialogue", "visite_domicile", "ecouter"})
PREPARATION_TASKS = frozenset({"rassembler_infos", "identifier_intervenants", "passer_relais", "anamnese"})


@dataclass
class Tables:
    rows: dict[type, list[dict]] = field(default_factory=dict)

    def add(self, model: type, row: dict) -> None:
        self.rows.setdefault(model, []).append(row)


@dataclass
class Context:
    rng: random.Random
    ids: IdAllocator
    reference: date
    tables: Tables
    resources: dict[tuple[str, str], dict] = field(default_factory=dict)
    codes: set[str] = field(default_factory=set)


def build_small(writer: Writer, ids: IdAllocator, rng: random.Random, reference: date,
                examples: list[dict]) -> None:
    context = Context(rng, ids, reference, Tables())
    for example in examples:
        _situation(context, example)
    for model in INSERT_ORDER:
        writer.insert(model, context.tables.rows.get(model, []))


def _situation(c: Context, example: dict) -> None:
    rng, tables = c.rng, c.tables
    started = c.reference - timedelta(days=rng.randint(42, 140))
    closed_on = c.reference - timedelta(days=rng.randint(7, 25)) if example["status"] == "closed" else None
    end = closed_on or c.reference
    held_on = started + timedelta(days=rng.randint(2, 10))
    person_id = c.ids.take(Person, 1)[0]
    situation_id = c.ids.take(Situation, 1)[0]
    person = {k: v for k, v in example["person"].items() if k != "age"}
    tables.add(Person, {"id": person_id, **person, "email": "", "created_at": stamp(started, rng),
                        "updated_at": stamp(held_on, rng)})
    code = new_code(c.codes, rng)
    c.codes.add(code)
    tables.add(Situation, {
        "id": situation_id, "person_id": person_id, "code": code, "status": example["status"],
        "started_on": started, "closed_on": closed_on, "closure_reason": example["closure_reason"],
        "narrative": example["recit"], "origin": example["origin"], "other_pathologies": "",
        "consent_cdp": example["consent_cdp"], "consent_date": held_on if example["consent_cdp"] else None,
        "next_checkin": _next_checkin(c, example["status"]),
        "created_at": stamp(started, rng), "updated_at": stamp(end, rng),
    })
    for vulnerability in example["vulnerabilities"]:
        tables.add(SituationVulnerability, {"situation_id": situation_id, "vulnerability": vulnerability})
    for pathology in example["pathologies"]:
        tables.add(SituationPathology, {"situation_id": situation_id, "pathology": pathology})
    for member in example["network"]:
        tables.add(NetworkMember, {"id": c.ids.take(NetworkMember, 1)[0], "person_id": person_id,
                                   **member, "phone": phone(rng, mobile=rng.random() < 0.5), "email": ""})
    session_id = c.ids.take(DialogueSession, 1)[0]
    tool = example["dialogue_tool"]
    tables.add(DialogueSession, {"id": session_id, "situation_id": situation_id, "held_on": held_on,
                                 "mode": tool["mode"],
                                 "cards_json": cards_drawn(tool["mode"], _themes(example), rng),
                                 "difficulties": tool["difficultes"],
                                 "added_value": tool["plus_value"], "notes": example["cdp_flag"]})
    priority_ids = _priorities(c, example, situation_id, session_id, held_on, end)
    mobilisations = _mobilisations(c, example, situation_id, priority_ids, held_on, end)
    _time_entries(c, example, situation_id, mobilisations, started, held_on, end)
    _follow_ups(c, example, situation_id, started)


def _themes(example: dict) -> list[str]:
    return [PRIORITY_THEMES[p["text"]] for p in example["priorities"] if p["text"] in PRIORITY_THEMES]


# Days from the reference date to the next check-in: an ordinary week has a few overdue (negative), most
# in the coming days and weeks; a situation on watch is seen less often.
CHECKIN_DAYS = {"active": (-9, 21), "veille": (10, 45)}


def _next_checkin(c: Context, status: str) -> date | None:
    if status == "closed":
        return None
    low, high = CHECKIN_DAYS[status]
    return c.reference + timedelta(days=c.rng.randint(low, high))


def _priorities(c: Context, example: dict, situation_id: int, session_id: int, held_on: date,
                end: date) -> list[int]:
    ids = list(c.ids.take(Priority, len(example["priorities"])))
    for rank, (priority_id, priority) in enumerate(zip(ids, example["priorities"], strict=True), 1):
        c.tables.add(Priority, {"id": priority_id, "situation_id": situation_id,
                                "dialogue_session_id": session_id, "text": priority["text"],
                                "theme": PRIORITY_THEMES.get(priority["text"]),
                                "rank": rank, "raised_on": held_on, "status": priority["status"],
                                "notes": ""})
        steps = history(PRIORITY_PATHS, priority["status"], c.rng)
        for step, day in zip(steps, status_dates(held_on, end, len(steps), c.rng), strict=True):
            c.tables.add(PriorityStatusChange, {
                "id": c.ids.take(PriorityStatusChange, 1)[0], "priority_id": priority_id, "status": step,
                "changed_on": day, "note": PRIORITY_CHANGE_NOTES.get(step, "") if step == steps[-1] else ""})
    return ids


def _mobilisations(c: Context, example: dict, situation_id: int, priority_ids: list[int], held_on: date,
                   end: date) -> list[tuple[int, str, str]]:
    """Insert the example's resources; returns (mobilisation id, resource type, who mobilises)."""
    made = []
    for entry in example["resources"]:
        resource = _directory_entry(c, entry, example)
        status = OUTCOME_STATUS[entry["outcome"]]
        if status == "liste_attente" and entry["service_full"]:
            status = "indisponible"
        note = f"{PARKED_NOTE} {entry['note']}" if entry["outcome"] == "deposee" else entry["note"]
        steps = history(MOBILISATION_PATHS, status, c.rng)
        started = day_between(held_on, min(end, held_on + timedelta(days=10)), c.rng)
        days = status_dates(started, end, len(steps), c.rng)
        mobilisation_id = c.ids.take(Mobilisation, 1)[0]
        c.tables.add(Mobilisation, {
            "id": mobilisation_id, "situation_id": situation_id, "resource_id": resource["id"],
            "resource_name": resource["name"],
            "priority_id": priority_ids[entry["priority"] - 1] if entry["priority"] else None,
            "who_mobilises": entry["who_mobilises"], "mode": entry["mode"], "status": status,
            "reason": entry["failure_reason"], "started_on": started,
            "ended_on": days[-1] if status in TERMINAL_MOBILISATION else None, "notes": note})
        for step, day in zip(steps, days, strict=True):
            last = step == steps[-1]
            c.tables.add(MobilisationStatusChange, {
                "id": c.ids.take(MobilisationStatusChange, 1)[0], "mobilisation_id": mobilisation_id,
                "status": step, "reason": entry["failure_reason"] if last else None, "changed_on": day,
                "note": PARKED_NOTE if last and entry["outcome"] == "deposee" else ""})
        made.append((mobilisation_id, entry["resource_type"], entry["who_mobilises"]))
    return made


def _directory_entry(c: Context, entry: dict, example: dict) -> dict:
    """One directory entry per resource type (per commune for communal services such as the CPAS)."""
    rtype, commune = entry["resource_type"], example["commune"]
    key = (rtype, commune if rtype in COMMUNAL_TYPES else "")
    if key not in c.resources:
        category, _, patterns = RESOURCE_PATTERNS[rtype]
        quartier = c.rng.choice(QUARTIERS_BY_COMMUNE.get(commune, QUARTIERS))
        name = c.rng.choice(patterns).format(commune=commune, quartier=quartier, word=c.rng.choice(WORDS),
                                             street=c.rng.choice(STREETS[commune]))
        checked = c.reference - timedelta(days=c.rng.randint(3, 240))
        row = {"id": c.ids.take(Resource, 1)[0], "name": name, "category": category, "resource_type": rtype,
               "commune": commune, "phone": phone(c.rng, mobile=False), "email": "", "website": "",
               "address": street_address(commune, c.rng), "conditions": c.rng.choice(CONDITIONS), "cost": "",
               "waiting_list_notes": c.rng.choice(WAITING_NOTES) if entry["outcome"] == "en_attente" else "",
               "learned_from": c.rng.choice(LEARNED_FROM), "last_checked": checked, "notes": "",
               "created_at": stamp(checked - timedelta(days=c.rng.randint(30, 400)), c.rng)}
        c.resources[key] = row
        c.tables.add(Resource, row)
    return c.resources[key]


def _time_entries(c: Context, example: dict, situation_id: int, mobilisations: list[tuple[int, str, str]],
                  started: date, held_on: date, end: date) -> None:
    for item in example["time"]:
        parts = split_minutes(item["minutes"], c.rng)
        for index, minutes in enumerate(parts):
            on_first_visit = index == 0 and item["task"] in FIRST_VISIT_TASKS
            earliest = started if item["task"] in PREPARATION_TASKS else held_on
            day = held_on if on_first_visit else day_between(earliest, end, c.rng)
            c.tables.add(TimeEntry, {
                "id": c.ids.take(TimeEntry, 1)[0], "worked_on": day, "minutes": minutes, "task": item["task"],
                "situation_id": situation_id,
                "mobilisation_id": _mobilisation_for(c, item["task"], mobilisations),
                "note": item["note"] if index == 0 else ""})


def _mobilisation_for(c: Context, task: str, mobilisations: list[tuple[int, str, str]]) -> int | None:
    if task not in TASK_RESOURCES:
        return None
    wanted = TASK_RESOURCES[task]
    if wanted is None:
        candidates = [m for m in mobilisations if m[2] == "rp"]
    else:
        candidates = [m for m in mobilisations if m[1] in wanted]
    return c.rng.choice(candidates)[0] if candidates else None


def _follow_ups(c: Context, example: dict, situation_id: int, started: date) -> None:
    rng, rows = c.rng, c.tables.rows
    if example["status"] == "closed":
        return
    situation = rows[Situation][-1]
    c.tables.add(FollowUp, {"id": c.ids.take(FollowUp, 1)[0], "situation_id": situation_id,
                            "due_on": situation["next_checkin"], "note": rng.choice(FOLLOW_UP_NOTES),
                            "done_on": None})
    if rng.random() < 0.5:
        due = day_between(started + timedelta(days=14), c.reference - timedelta(days=3), rng)
        c.tables.add(FollowUp, {"id": c.ids.take(FollowUp, 1)[0], "situation_id": situation_id, "due_on": due,
                                "note": rng.choice(FOLLOW_UP_NOTES),
                                "done_on": due + timedelta(days=rng.randint(0, 2))})
