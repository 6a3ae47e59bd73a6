"""The large demo: three years of a very busy referent, to measure the app against its performance budgets.

Exact counts: 5,000 situations (4,200 persons, 800 of them followed twice), 150,000 time entries, 15,000
priorities, 25,000 mobilisations, 1,500 resources, 8,000 network members, 4,000 dialogue sessions and 3,000
follow-ups. Distributions follow the documents where they say something (financial difficulties, mental health
and isolation most frequent; 2–3 priorities; many waiting lists) and are plausible guesses elsewhere.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate

from app.demo.names import (
    BOOST_COMMUNES,
    COMMUNES,
    GROUP_LANGUAGES,
    NAME_GROUPS,
    QUARTIERS,
    QUARTIERS_BY_COMMUNE,
    RESOURCE_PATTERNS,
    STREETS,
    WORDS,
)
from app.demo.rows import (
    MOBILISATION_PATHS,
    PRIORITY_CHANGE_NOTES,
    PRIORITY_PATHS,
    TERMINAL_MOBILISATION,
    IdAllocator,
    Writer,
    allocate,
    day_between,
    history,
    phone,
    pick_weighted,
    stamp,
    status_dates,
    street_address,
)
from app.demo.texts import (
    CONDITIONS,
    DIALOGUE_ADDED_VALUES,
    DIALOGUE_DIFFICULTIES,
    FOLLOW_UP_NOTES,
    MOBILISATION_NOTES,
    NETWORK_NOTES,
    PRIORITY_TEXTS,
    PRIORITY_THEMES,
    TIME_NOTES,
    WAITING_NOTES,
    cards_drawn,
    narrative,
)
from app.demo.weights import (
    BOOST_PATHOLOGIES,
    CLOSURE_REASONS,
    FAILURES,
    FREE_TEXT_RESOURCES,
    MOBILISATION_STATUSES,
    MODE_DIALOGUE,
    NETWORK_ROLES,
    ORIGINS,
    PATHOLOGY_RATES,
    PRIORITY_STATUSES_CLOSED,
    PRIORITY_STATUSES_OPEN,
    RESOURCE_TASKS,
    STATUS_COUNTS,
    TASKS,
    UNBOUND_TASKS,
    VULNERABILITY_RATES,
    WHO,
)
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

PERSONS, SITUATIONS, RESOURCES = 4_200, 5_000, 1_500
TIME_ENTRIES, UNBOUND_TIME_ENTRIES = 150_000, 4_500  # unbound: CdP, network search… (no situation)
PRIORITIES, MOBILISATIONS = 15_000, 25_000
NETWORK_MEMBERS, DIALOGUE_SESSIONS, PENDING_FOLLOW_UPS, DONE_FOLLOW_UPS = 8_000, 4_000, 1_800, 1_200
EXPECTED_ROWS = 332_000
WINDOW_DAYS = 3 * 365

@dataclass(slots=True)
class Plan:
    """What later tables need to know about one situation."""

    id: int
    person: dict
    status: str
    started: date
    end: date
    weight: float
    priority_ids: list[int] = field(default_factory=list)
    mobilisation_ids: list[int] = field(default_factory=list)
    dialogue: tuple[int, date] | None = None
    checkin: date | None = None


def build_large(writer: Writer, ids: IdAllocator, rng: random.Random, reference: date) -> None:
    persons = _persons(ids, rng, reference)
    plans = _plan_situations(persons, ids, rng, reference)
    writer.insert(Person, persons)
    _situations(writer, plans, rng, reference)
    _network(writer, persons, ids, rng)
    _dialogues(writer, plans, ids, rng)
    _priorities(writer, plans, ids, rng)
    resources = _resources(writer, ids, rng, reference)
    _mobilisations(writer, plans, resources, ids, rng)
    _time_entries(writer, plans, ids, rng, reference)
    _follow_ups(writer, plans, ids, rng, reference)


def _persons(ids: IdAllocator, rng: random.Random, reference: date) -> list[dict]:
    groups = {name: weight for name, (weight, *_rest) in NAME_GROUPS.items()}
    communes = {**{c: 3.0 for c in COMMUNES}, "Bruxelles": 45.0, "Saint-Josse-ten-Noode": 20.0,
                "Saint-Gilles": 20.0}
    rows = []
    for person_id in ids.take(Person, PERSONS):
        group = pick_weighted(groups, rng)
        _, female, male, last = NAME_GROUPS[group]
        sex = "f" if rng.random() < 0.55 else "m"
        commune = pick_weighted(communes, rng)
        rows.append({
            "id": person_id, "first_name": rng.choice(female if sex == "f" else male),
            "last_name": rng.choice(last), "birth_year": reference.year - int(rng.triangular(38, 97, 77)),
            "sex": sex, "address": street_address(commune, rng), "postcode": COMMUNES[commune],
            "commune": commune, "phone": phone(rng, mobile=rng.random() < 0.7), "email": "",
            "languages": rng.choice(GROUP_LANGUAGES[group]), "notes": "",
        })
    return rows


def _plan_situations(persons: list[dict], ids: IdAllocator, rng: random.Random,
                     reference: date) -> list[Plan]:
    window_start = reference - timedelta(days=WINDOW_DAYS)
    twice = set(rng.sample(range(PERSONS), SITUATIONS - PERSONS))
    pool = dict(STATUS_COUNTS)
    drafts = []  # (person, status, started, closed_on)
    for index in sorted(twice):  # the earlier accompaniment of a person followed twice is over or on watch
        first = "closed" if pool["closed"] else "veille"
        pool[first] -= 1
        started = window_start + timedelta(days=rng.randint(0, 500))
        first_end = started + timedelta(days=rng.randint(60, 300))
        drafts.append((persons[index], first, started, first_end if first == "closed" else None))
        drafts.append((persons[index], None, first_end + timedelta(days=rng.randint(20, 150)), None))
    drafts += [(persons[i], None, window_start + timedelta(days=rng.randint(0, WINDOW_DAYS - 7)), None)
               for i in range(PERSONS) if i not in twice]
    rest = [status for status, count in pool.items() for _ in range(count)]
    rng.shuffle(rest)
    plans = []
    for person, fixed, started, closed_on in sorted(drafts, key=lambda d: (d[2], d[0]["id"])):
        status = fixed or rest.pop()
        if status == "closed" and closed_on is None:
            closed_on = min(reference, started + timedelta(days=rng.randint(30, 600)))
        end = closed_on or reference
        # Longer accompaniments accumulate more work; a situation on watch needs much less of it.
        weight = ((end - started).days + 14) ** 0.6 * rng.uniform(0.5, 1.5)
        weight *= 0.4 if status == "veille" else 1.0
        plans.append(Plan(0, person, status, started, end, weight))
    for plan, situation_id in zip(plans, ids.take(Situation, len(plans)), strict=True):
        plan.id = situation_id
    person_start = {}
    for plan in plans:
        person_start.setdefault(plan.person["id"], plan.started)
    for person in persons:
        person["created_at"] = stamp(person_start[person["id"]], rng)
        person["updated_at"] = person["created_at"]
    return plans


def _situations(writer: Writer, plans: list[Plan], rng: random.Random, reference: date) -> None:
    rows, vulnerabilities, pathologies, codes = [], [], [], set()
    for plan in plans:
        vulns = [v for v, rate in VULNERABILITY_RATES.items() if rng.random() < rate]
        vulns = vulns or ["difficultes_financieres"]
        paths = [p for p, rate in PATHOLOGY_RATES.items() if rng.random() < rate]
        if not any(p in BOOST_PATHOLOGIES for p in paths):
            paths.insert(0, rng.choice(BOOST_PATHOLOGIES[:4]))
        code = new_code(codes, rng)
        codes.add(code)
        closed = plan.status == "closed"
        consent = rng.random() < 0.85
        rows.append({
            "id": plan.id, "person_id": plan.person["id"], "code": code, "status": plan.status,
            "started_on": plan.started, "closed_on": plan.end if closed else None,
            "closure_reason": pick_weighted(CLOSURE_REASONS, rng) if closed else None,
            "narrative": narrative(plan.person, reference, vulns, paths, rng),
            "origin": pick_weighted(ORIGINS, rng), "other_pathologies": "", "consent_cdp": consent,
            "consent_date": day_between(plan.started, min(plan.end, plan.started + timedelta(days=30)), rng)
            if consent else None,
            "next_checkin": None if closed else reference + timedelta(
                days=rng.randint(-10, 45) if plan.status == "active" else rng.randint(10, 90)),
            "created_at": stamp(plan.started, rng), "updated_at": stamp(plan.end, rng),
        })
        vulnerabilities += [{"situation_id": plan.id, "vulnerability": v} for v in vulns]
        pathologies += [{"situation_id": plan.id, "pathology": p} for p in paths]
    writer.insert(Situation, rows)
    writer.insert(SituationVulnerability, vulnerabilities)
    writer.insert(SituationPathology, pathologies)
    for plan, row in zip(plans, rows, strict=True):
        plan.checkin = row["next_checkin"]


def _network(writer: Writer, persons: list[dict], ids: IdAllocator, rng: random.Random) -> None:
    counts = allocate(NETWORK_MEMBERS, [rng.uniform(0.2, 1.8) for _ in persons], rng)
    member_ids = iter(ids.take(NetworkMember, NETWORK_MEMBERS))
    rows = []
    for person, count in zip(persons, counts, strict=True):
        for _ in range(count):
            role = pick_weighted(NETWORK_ROLES, rng)
            rows.append({"id": next(member_ids), "person_id": person["id"], "role": role,
                         "name": _member_name(person, role, rng),
                         "organisation": _organisation(person, role, rng),
                         "phone": phone(rng, mobile=rng.random() < 0.6), "email": "",
                         "notes": rng.choice(NETWORK_NOTES)})
    writer.insert(NetworkMember, rows)


def _member_name(person: dict, role: str, rng: random.Random) -> str:
    """Relatives share the person's background (and often the last name); professionals are anyone."""
    relative = role == "aidant_proche"
    group = _GROUP_OF_LAST_NAME[person["last_name"]] if relative else rng.choice(list(NAME_GROUPS))
    _, female, male, last = NAME_GROUPS[group]
    first = rng.choice(female if rng.random() < 0.6 else male)
    if relative and rng.random() < 0.7:
        return f"{first} {person['last_name']}"
    title = "Dr " if role in ("medecin_generaliste", "specialiste") else ""
    return f"{title}{first} {rng.choice(last)}"


_GROUP_OF_LAST_NAME = {name: group for group, (*_, names) in NAME_GROUPS.items() for name in names}


def _organisation(person: dict, role: str, rng: random.Random) -> str:
    commune = person["commune"]
    quartier = rng.choice(QUARTIERS_BY_COMMUNE.get(commune, QUARTIERS))
    word = rng.choice(WORDS)
    return {
        "medecin_generaliste": rng.choice((f"Maison médicale {word}", f"Cabinet médical {quartier}")),
        "infirmier_domicile": f"Soins infirmiers à domicile {word}",
        "pharmacien": f"Pharmacie {word}", "as_cpas": f"CPAS de {commune}",
        "as_mutualite": f"Mutualité – agence {quartier}", "aide_familiale": f"Aide familiale {word}",
        "referent_hospitalier": "CHU Saint-Pierre", "specialiste": "CHU Saint-Pierre",
        "coordinateur_soins": f"Centre de coordination {word}",
        "kinesitherapeute": f"Cabinet de kinésithérapie {quartier}",
    }.get(role, "")


THEME_IDS = sorted(set(PRIORITY_THEMES.values()))


def _dialogues(writer: Writer, plans: list[Plan], ids: IdAllocator, rng: random.Random) -> None:
    chosen = sorted(rng.sample(range(len(plans)), DIALOGUE_SESSIONS))
    rows = []
    for index, session_id in zip(chosen, ids.take(DialogueSession, DIALOGUE_SESSIONS), strict=True):
        plan = plans[index]
        held_on = day_between(plan.started, min(plan.end, plan.started + timedelta(days=21)), rng)
        plan.dialogue = (session_id, held_on)
        rows.append({"id": session_id, "situation_id": plan.id, "held_on": held_on,
                     "mode": (mode := pick_weighted(MODE_DIALOGUE, rng)),
                     "cards_json": cards_drawn(mode, rng.sample(THEME_IDS, 2), rng),
                     "difficulties": rng.choice(DIALOGUE_DIFFICULTIES),
                     "added_value": rng.choice(DIALOGUE_ADDED_VALUES), "notes": ""})
    writer.insert(DialogueSession, rows)


def _priorities(writer: Writer, plans: list[Plan], ids: IdAllocator, rng: random.Random) -> None:
    # From one priority to five, mostly two to three, as the tool's guidance suggests.
    spread = [rng.choice((0.05, 0.6, 1.0, 1.0, 1.4, 2.0)) for _ in plans]
    counts = allocate(PRIORITIES, spread, rng, minimum=1)
    priority_ids = iter(ids.take(Priority, PRIORITIES))
    rows, changes = [], []
    for plan, count in zip(plans, counts, strict=True):
        session_id, raised_on = plan.dialogue or (None, day_between(plan.started, plan.end, rng))
        weights = PRIORITY_STATUSES_CLOSED if plan.status == "closed" else PRIORITY_STATUSES_OPEN
        for rank, text in enumerate(rng.sample(PRIORITY_TEXTS, count), 1):
            priority_id, status = next(priority_ids), pick_weighted(weights, rng)
            plan.priority_ids.append(priority_id)
            rows.append({"id": priority_id, "situation_id": plan.id, "dialogue_session_id": session_id,
                         "text": text, "theme": PRIORITY_THEMES[text], "rank": rank, "raised_on": raised_on,
                         "status": status, "notes": ""})
            steps = history(PRIORITY_PATHS, status, rng)
            for step, day in zip(steps, status_dates(raised_on, plan.end, len(steps), rng), strict=True):
                changes.append({"priority_id": priority_id, "status": step, "changed_on": day,
                                "note": PRIORITY_CHANGE_NOTES.get(step, "") if step == steps[-1] else ""})
    writer.insert(Priority, rows)
    for change, change_id in zip(changes, ids.take(PriorityStatusChange, len(changes)), strict=True):
        change["id"] = change_id
    writer.insert(PriorityStatusChange, changes)


def _resources(writer: Writer, ids: IdAllocator, rng: random.Random, reference: date) -> list[dict]:
    types = {rtype: float(weight) for rtype, (_, weight, _) in RESOURCE_PATTERNS.items()}
    communes = {**{c: 1.5 for c in COMMUNES}, **{c: 25.0 for c in BOOST_COMMUNES}}
    names: dict[str, dict] = {}
    while len(names) < RESOURCES:
        rtype, commune = pick_weighted(types, rng), pick_weighted(communes, rng)
        category, _, patterns = RESOURCE_PATTERNS[rtype]
        name = rng.choice(patterns).format(
            commune=commune, quartier=rng.choice(QUARTIERS_BY_COMMUNE.get(commune, QUARTIERS)),
            word=rng.choice(WORDS), street=rng.choice(STREETS.get(commune, STREETS["Bruxelles"])))
        if name in names:  # a name already in the directory: draw again rather than number duplicates
            continue
        checked = reference - timedelta(days=rng.randint(0, 700))
        names[name] = {"name": name, "category": category, "resource_type": rtype, "commune": commune,
                       "phone": phone(rng, mobile=False), "email": "", "website": "",
                       "address": street_address(commune, rng), "conditions": rng.choice(CONDITIONS),
                       "cost": "",
                       "waiting_list_notes": rng.choice(WAITING_NOTES) if rng.random() < 0.25 else "",
                       "learned_from": rng.choice(("cdp", "reseau_personnel", "helpdesk", "bruxelles_social",
                                                   "formation", "collegue", "la_personne", "internet")),
                       "last_checked": checked, "notes": "",
                       "created_at": stamp(checked - timedelta(days=rng.randint(0, 400)), rng)}
    rows = list(names.values())
    for row, resource_id in zip(rows, ids.take(Resource, RESOURCES), strict=True):
        row["id"] = resource_id
    writer.insert(Resource, rows)
    return rows


def _mobilisations(writer: Writer, plans: list[Plan], resources: list[dict], ids: IdAllocator,
                   rng: random.Random) -> None:
    counts = allocate(MOBILISATIONS, [plan.weight for plan in plans], rng, minimum=1)
    mobilisation_ids = iter(ids.take(Mobilisation, MOBILISATIONS))
    who = {role: weight for role, (weight, _) in WHO.items()}
    rows, changes = [], []
    for plan, count in zip(plans, counts, strict=True):
        for _ in range(count):
            mobilisation_id, status = next(mobilisation_ids), pick_weighted(MOBILISATION_STATUSES, rng)
            resource = rng.choice(resources) if rng.random() > 0.03 else None
            role = pick_weighted(who, rng)
            reason = rng.choice(FAILURES[status]) if status in FAILURES else None
            steps = history(MOBILISATION_PATHS, status, rng)
            started = day_between(plan.started, plan.end, rng)
            days = status_dates(started, plan.end, len(steps), rng)
            plan.mobilisation_ids.append(mobilisation_id)
            rows.append({
                "id": mobilisation_id, "situation_id": plan.id, "resource_id": resource and resource["id"],
                "resource_name": resource["name"] if resource else rng.choice(FREE_TEXT_RESOURCES),
                "priority_id": rng.choice(plan.priority_ids) if rng.random() < 0.7 else None,
                "who_mobilises": role, "mode": rng.choice(WHO[role][1]), "status": status, "reason": reason,
                "started_on": started, "ended_on": days[-1] if status in TERMINAL_MOBILISATION else None,
                "notes": rng.choice(MOBILISATION_NOTES[status])})
            changes += [{"mobilisation_id": mobilisation_id, "status": step, "changed_on": day, "note": "",
                         "reason": reason if step == status else None}
                        for step, day in zip(steps, days, strict=True)]
    writer.insert(Mobilisation, rows)
    for change, change_id in zip(changes, ids.take(MobilisationStatusChange, len(changes)), strict=True):
        change["id"] = change_id
    writer.insert(MobilisationStatusChange, changes)


def _time_entries(writer: Writer, plans: list[Plan], ids: IdAllocator, rng: random.Random,
                  reference: date) -> None:
    bound = TIME_ENTRIES - UNBOUND_TIME_ENTRIES
    counts = allocate(bound, [plan.weight for plan in plans], rng, minimum=1)
    entry_ids = iter(ids.take(TimeEntry, TIME_ENTRIES))
    tasks, cumulative = list(TASKS), list(accumulate(weight for weight, _ in TASKS.values()))
    rows = []
    for plan, count in zip(plans, counts, strict=True):
        first, span = plan.started.toordinal(), (plan.end - plan.started).days + 1
        for task in rng.choices(tasks, cum_weights=cumulative, k=count):
            linked = plan.mobilisation_ids and task in RESOURCE_TASKS and rng.random() < 0.6
            worked_on = date.fromordinal(first + int(rng.random() * span))  # faster than day_between
            rows.append({"id": next(entry_ids), "worked_on": worked_on,
                         "minutes": rng.choice(TASKS[task][1]), "task": task, "situation_id": plan.id,
                         "mobilisation_id": rng.choice(plan.mobilisation_ids) if linked else None,
                         "note": rng.choice(TIME_NOTES)})
    window_start = reference - timedelta(days=WINDOW_DAYS)
    unbound = list(UNBOUND_TASKS)
    weights = [weight for weight, _ in UNBOUND_TASKS.values()]
    for task in rng.choices(unbound, weights=weights, k=UNBOUND_TIME_ENTRIES):
        rows.append({"id": next(entry_ids), "worked_on": day_between(window_start, reference, rng),
                     "minutes": rng.choice(UNBOUND_TASKS[task][1]), "task": task, "situation_id": None,
                     "mobilisation_id": None, "note": ""})
    writer.insert(TimeEntry, rows)


def _follow_ups(writer: Writer, plans: list[Plan], ids: IdAllocator, rng: random.Random,
                reference: date) -> None:
    open_plans = [plan for plan in plans if plan.status != "closed"]
    rows = [{"situation_id": plan.id, "due_on": plan.checkin,
             "note": rng.choice(FOLLOW_UP_NOTES), "done_on": None}
            for plan in rng.sample(open_plans, PENDING_FOLLOW_UPS)]
    for plan in rng.sample(plans, DONE_FOLLOW_UPS):
        due = day_between(plan.started, plan.end, rng)
        rows.append({"situation_id": plan.id, "due_on": due, "note": rng.choice(FOLLOW_UP_NOTES),
                     "done_on": min(reference, due + timedelta(days=rng.randint(0, 3)))})
    for row, follow_up_id in zip(rows, ids.take(FollowUp, len(rows)), strict=True):
        row["id"] = follow_up_id
    writer.insert(FollowUp, rows)
