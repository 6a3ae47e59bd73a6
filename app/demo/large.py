"""The large demo: three years of a very busy referent, to measure the app against its performance budgets.

Exact counts: 5,000 situations (4,200 persons, 800 of them followed twice), 150,000 time entries, 15,000
priorities, 25,000 mobilisations, 1,500 resources, 8,000 network members, 4,000 dialogue sessions and 3,000
follow-ups. Distributions follow the documents where they say something (financial difficulties, mental health
and isolation most frequent; 2–3 priorities; many waiting lists) and are plausible guesses elsewhere.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.demo.large_activity import write_follow_ups, write_mobilisations, write_resources, write_time_entries
from app.demo.large_plan import (
    LARGE,
    WINDOW_DAYS,
    Plan,
    Sizes,
)
from app.demo.names import (
    COMMUNES,
    GROUP_LANGUAGES,
    NAME_GROUPS,
    QUARTIERS,
    QUARTIERS_BY_COMMUNE,
    WORDS,
)
from app.demo.rows import (
    PRIORITY_CHANGE_NOTES,
    PRIORITY_PATHS,
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
    DIALOGUE_ADDED_VALUES,
    DIALOGUE_DIFFICULTIES,
    NETWORK_NOTES,
    PRIORITY_TEXTS,
    PRIORITY_THEMES,
    cards_drawn,
    narrative,
)
from app.demo.weights import (
    BOOST_PATHOLOGIES,
    CLOSURE_REASONS,
    MODE_DIALOGUE,
    NETWORK_ROLES,
    ORIGINS,
    PATHOLOGY_RATES,
    PRIORITY_STATUSES_CLOSED,
    PRIORITY_STATUSES_OPEN,
    VULNERABILITY_RATES,
)
from app.pseudonyms import new_code
from storage.models import (
    DialogueSession,
    NetworkMember,
    Person,
    Priority,
    PriorityStatusChange,
    Situation,
    SituationPathology,
    SituationVulnerability,
)


def build_large(writer: Writer, ids: IdAllocator, rng: random.Random, reference: date,
                sizes: Sizes = LARGE) -> None:
    persons = _persons(ids, rng, reference, sizes)
    plans = _plan_situations(persons, ids, rng, reference, sizes)
    writer.insert(Person, persons)
    _situations(writer, plans, rng, reference)
    _network(writer, persons, ids, rng, sizes)
    _dialogues(writer, plans, ids, rng, sizes)
    _priorities(writer, plans, ids, rng, sizes)
    resources = write_resources(writer, ids, rng, reference, sizes)
    write_mobilisations(writer, plans, resources, ids, rng, sizes)
    write_time_entries(writer, plans, ids, rng, reference, sizes)
    write_follow_ups(writer, plans, ids, rng, reference, sizes)


def _persons(ids: IdAllocator, rng: random.Random, reference: date, sizes: Sizes) -> list[dict]:
    groups = {name: weight for name, (weight, *_rest) in NAME_GROUPS.items()}
    communes = {**{c: 3.0 for c in COMMUNES}, "Bruxelles": 45.0, "Saint-Josse-ten-Noode": 20.0,
                "Saint-Gilles": 20.0}
    rows = []
    for person_id in ids.take(Person, sizes.persons):
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


def _plan_situations(persons: list[dict], ids: IdAllocator, rng: random.Random, reference: date,
                     sizes: Sizes) -> list[Plan]:
    window_start = reference - timedelta(days=WINDOW_DAYS)
    twice = set(rng.sample(range(sizes.persons), sizes.situations - sizes.persons))
    pool = sizes.status_counts()
    drafts = []  # (person, status, started, closed_on)
    for index in sorted(twice):  # the earlier accompaniment of a person followed twice is over or on watch
        first = "closed" if pool["closed"] else "veille"
        pool[first] -= 1
        started = window_start + timedelta(days=rng.randint(0, 500))
        first_end = started + timedelta(days=rng.randint(60, 300))
        drafts.append((persons[index], first, started, first_end if first == "closed" else None))
        drafts.append((persons[index], None, first_end + timedelta(days=rng.randint(20, 150)), None))
    drafts += [(persons[i], None, window_start + timedelta(days=rng.randint(0, WINDOW_DAYS - 7)), None)
               for i in range(sizes.persons) if i not in twice]
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


def _network(writer: Writer, persons: list[dict], ids: IdAllocator, rng: random.Random, sizes: Sizes) -> None:
    counts = allocate(sizes.network_members, [rng.uniform(0.2, 1.8) for _ in persons], rng)
    member_ids = iter(ids.take(NetworkMember, sizes.network_members))
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


def _dialogues(writer: Writer, plans: list[Plan], ids: IdAllocator, rng: random.Random, sizes: Sizes) -> None:
    chosen = sorted(rng.sample(range(len(plans)), sizes.dialogue_sessions))
    rows = []
    for index, session_id in zip(chosen, ids.take(DialogueSession, sizes.dialogue_sessions), strict=True):
        plan = plans[index]
        held_on = day_between(plan.started, min(plan.end, plan.started + timedelta(days=21)), rng)
        plan.dialogue = (session_id, held_on)
        rows.append({"id": session_id, "situation_id": plan.id, "held_on": held_on,
                     "mode": (mode := pick_weighted(MODE_DIALOGUE, rng)),
                     "cards_json": cards_drawn(mode, rng.sample(THEME_IDS, 2), rng),
                     "difficulties": rng.choice(DIALOGUE_DIFFICULTIES),
                     "added_value": rng.choice(DIALOGUE_ADDED_VALUES), "notes": ""})
    writer.insert(DialogueSession, rows)


def _priorities(writer: Writer, plans: list[Plan], ids: IdAllocator, rng: random.Random,
                sizes: Sizes) -> None:
    # From one priority to five, mostly two to three, as the tool's guidance suggests.
    spread = [rng.choice((0.05, 0.6, 1.0, 1.0, 1.4, 2.0)) for _ in plans]
    counts = allocate(sizes.priorities, spread, rng, minimum=1)
    priority_ids = iter(ids.take(Priority, sizes.priorities))
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


