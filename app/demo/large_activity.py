"""The large demo, second half: the directory, mobilisations, time entries and follow-ups of the planned
situations (app.demo.large plans the persons and situations first)."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta
from itertools import accumulate

from app.demo.large_plan import (
    WINDOW_DAYS,
    Plan,
    Sizes,
)
from app.demo.names import (
    BOOST_COMMUNES,
    COMMUNES,
    QUARTIERS,
    QUARTIERS_BY_COMMUNE,
    RESOURCE_PATTERNS,
    STREETS,
    WORDS,
)
from app.demo.rows import (
    MOBILISATION_PATHS,
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
    FOLLOW_UP_NOTES,
    MOBILISATION_NOTES,
    TIME_NOTES,
    WAITING_NOTES,
)
from app.demo.weights import (
    FAILURES,
    FREE_TEXT_RESOURCES,
    MOBILISATION_STATUSES,
    RESOURCE_TASKS,
    TASKS,
    UNBOUND_TASKS,
    WHO,
)
from storage.models import (
    FollowUp,
    Mobilisation,
    MobilisationStatusChange,
    Resource,
    TimeEntry,
)

MAX_REDRAWS = 200  # consecutive duplicate names drawn before numbering one (never reached at 5,000)


def write_resources(writer: Writer, ids: IdAllocator, rng: random.Random, reference: date,
                    sizes: Sizes) -> list[dict]:
    types = {rtype: float(weight) for rtype, (_, weight, _) in RESOURCE_PATTERNS.items()}
    communes = {**{c: 1.5 for c in COMMUNES}, **{c: 25.0 for c in BOOST_COMMUNES}}
    names: dict[str, dict] = {}
    redraws = 0
    while len(names) < sizes.resources:
        rtype, commune = pick_weighted(types, rng), pick_weighted(communes, rng)
        category, _, patterns = RESOURCE_PATTERNS[rtype]
        name = rng.choice(patterns).format(
            commune=commune, quartier=rng.choice(QUARTIERS_BY_COMMUNE.get(commune, QUARTIERS)),
            word=rng.choice(WORDS), street=rng.choice(STREETS.get(commune, STREETS["Bruxelles"])))
        if name in names and redraws < MAX_REDRAWS:  # draw again rather than number duplicates…
            redraws += 1
            continue
        if name in names:  # …unless the names run out (a scaled demo): then the next free number
            name = next(f"{name} {n}" for n in itertools.count(2) if f"{name} {n}" not in names)
        redraws = 0
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
    for row, resource_id in zip(rows, ids.take(Resource, sizes.resources), strict=True):
        row["id"] = resource_id
    writer.insert(Resource, rows)
    return rows


def write_mobilisations(writer: Writer, plans: list[Plan], resources: list[dict], ids: IdAllocator,
                        rng: random.Random, sizes: Sizes) -> None:
    counts = allocate(sizes.mobilisations, [plan.weight for plan in plans], rng, minimum=1)
    mobilisation_ids = iter(ids.take(Mobilisation, sizes.mobilisations))
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


def write_time_entries(writer: Writer, plans: list[Plan], ids: IdAllocator, rng: random.Random,
                       reference: date, sizes: Sizes) -> None:
    bound = sizes.time_entries - sizes.unbound_time_entries
    counts = allocate(bound, [plan.weight for plan in plans], rng, minimum=1)
    entry_ids = iter(ids.take(TimeEntry, sizes.time_entries))
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
    for task in rng.choices(unbound, weights=weights, k=sizes.unbound_time_entries):
        rows.append({"id": next(entry_ids), "worked_on": day_between(window_start, reference, rng),
                     "minutes": rng.choice(UNBOUND_TASKS[task][1]), "task": task, "situation_id": None,
                     "mobilisation_id": None, "note": ""})
    writer.insert(TimeEntry, rows)


def write_follow_ups(writer: Writer, plans: list[Plan], ids: IdAllocator, rng: random.Random,
                     reference: date, sizes: Sizes) -> None:
    open_plans = [plan for plan in plans if plan.status != "closed"]
    rows = [{"situation_id": plan.id, "due_on": plan.checkin,
             "note": rng.choice(FOLLOW_UP_NOTES), "done_on": None}
            for plan in rng.sample(open_plans, min(sizes.pending_follow_ups, len(open_plans)))]
    for plan in rng.sample(plans, sizes.done_follow_ups):
        due = day_between(plan.started, plan.end, rng)
        rows.append({"situation_id": plan.id, "due_on": due, "note": rng.choice(FOLLOW_UP_NOTES),
                     "done_on": min(reference, due + timedelta(days=rng.randint(0, 3)))})
    for row, follow_up_id in zip(rows, ids.take(FollowUp, len(rows)), strict=True):
        row["id"] = follow_up_id
    writer.insert(FollowUp, rows)
