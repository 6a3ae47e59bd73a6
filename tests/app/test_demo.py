"""The demo registers: the 14 example situations (small) and the stress-test register (large)."""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlmodel import SQLModel

from app.demo.builder import REFERENCE_DATE, DemoSummary, build_demo, load_examples
from app.demo.names import RESOURCE_PATTERNS
from app.demo.rows import allocate, split_minutes
from app.vocab import vocabularies
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
from storage.register import Register
from tests.error_texts import raises_message

PASSPHRASE = "phrase de test"
REPO_ROOT = Path(__file__).resolve().parents[2]
DOMAIN_JSON = REPO_ROOT.parent / "shared" / "domain" / "domain.json"

# (model, column) -> vocabulary its values must belong to.
VOCABULARY_COLUMNS = [
    (Situation, "status", "situation_statuses"), (Situation, "closure_reason", "closure_reasons"),
    (Situation, "origin", "origins"), (SituationVulnerability, "vulnerability", "vulnerabilities"),
    (SituationPathology, "pathology", "pathologies"), (NetworkMember, "role", "network_roles"),
    (DialogueSession, "mode", "dialogue_modes"), (Priority, "status", "priority_statuses"),
    (PriorityStatusChange, "status", "priority_statuses"), (Resource, "category", "resource_categories"),
    (Resource, "resource_type", "resource_types"), (Resource, "learned_from", "learned_from"),
    (Mobilisation, "who_mobilises", "who_mobilises"), (Mobilisation, "mode", "mobilisation_modes"),
    (Mobilisation, "status", "mobilisation_statuses"), (Mobilisation, "reason", "failure_reasons"),
    (MobilisationStatusChange, "status", "mobilisation_statuses"),
    (MobilisationStatusChange, "reason", "failure_reasons"), (TimeEntry, "task", "referent_tasks"),
]


def new_register(folder: Path) -> Register:
    register, _code = Register.create(folder, PASSPHRASE, iterations=1)
    return register


def dump(register: Register) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order: two equal dumps mean two identical registers."""
    dumped = {}
    with register.session() as session:
        for table in SQLModel.metadata.sorted_tables:
            order = list(table.primary_key.columns)
            dumped[table.name] = [tuple(row) for row in session.execute(select(table).order_by(*order))]
    return dumped


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Register, DemoSummary]]:
    register = new_register(tmp_path_factory.mktemp("demo") / "small")
    summary = build_demo(register, "small", seed=0, reference=REFERENCE_DATE)
    yield register, summary
    register.close()


def test_small_demo_has_the_fourteen_example_situations(small: tuple[Register, DemoSummary]) -> None:
    register, summary = small
    assert summary.situations == summary.persons == 14
    with register.session() as session:
        assert session.scalar(select(func.count()).select_from(Situation)) == 14
        for situation_id in session.scalars(select(Situation.id)):
            for model in (Priority, Mobilisation, TimeEntry, DialogueSession):
                count = session.scalar(select(func.count()).select_from(model)
                                       .where(model.situation_id == situation_id))
                assert count, f"situation {situation_id} has no {model.__name__}"


def test_small_demo_keeps_the_minutes_of_each_example(small: tuple[Register, DemoSummary]) -> None:
    register, _ = small
    with register.session() as session:
        for example in load_examples():
            person = example["person"]
            situation_id = session.scalar(select(Situation.id).join(Person).where(
                Person.first_name == person["first_name"], Person.last_name == person["last_name"]))
            minutes: dict[str, int] = defaultdict(int)
            for task, spent in session.execute(select(TimeEntry.task, TimeEntry.minutes)
                                               .where(TimeEntry.situation_id == situation_id)):
                minutes[task] += spent
            assert minutes == {item["task"]: item["minutes"] for item in example["time"]}, example["id"]
            if example["id"] == "S01":
                assert sum(minutes.values()) == 195


def test_small_demo_uses_the_synthetic_identities(small: tuple[Register, DemoSummary]) -> None:
    register, _ = small
    with register.session() as session:
        names = set(session.execute(select(Person.first_name, Person.last_name)))
        codes = list(session.scalars(select(Situation.code)))
    assert names == {(e["person"]["first_name"], e["person"]["last_name"]) for e in load_examples()}
    assert all(code.startswith("S-") and len(code) == 6 for code in codes)
    assert len(set(codes)) == 14


def test_small_demo_maps_outcomes_to_mobilisation_statuses(small: tuple[Register, DemoSummary]) -> None:
    register, _ = small
    with register.session() as session:
        rows = session.execute(select(Mobilisation.notes, Mobilisation.status))
        statuses = {note: status for note, status in rows}
    assert statuses["Liste d’attente."] == "liste_attente"
    assert any(status == "indisponible" for status in statuses.values())  # S03: no service can start
    parked = [status for note, status in statuses.items() if note.startswith("Déposé : la personne")]
    assert parked == ["envisagee"]


def test_demo_ids_belong_to_the_vocabularies(small: tuple[Register, DemoSummary]) -> None:
    register, _ = small
    vocab = vocabularies()
    with register.session() as session:
        for model, column, name in VOCABULARY_COLUMNS:
            values = set(session.scalars(select(getattr(model, column)).distinct())) - {None}
            assert values, f"{model.__name__}.{column} is never filled"
            unknown = {value for value in values if value not in vocab[name]}
            assert not unknown, f"{model.__name__}.{column}: {unknown}"


def test_resource_patterns_use_the_vocabulary_categories() -> None:
    types = vocabularies()["resource_types"]
    for rtype, (category, _, _) in RESOURCE_PATTERNS.items():
        assert types.get(rtype) is not None, rtype
        assert types.get(rtype).attribute("category") == category, rtype


def test_small_demo_is_consistent(small: tuple[Register, DemoSummary]) -> None:
    register, _ = small
    register.verify()  # includes PRAGMA foreign_key_check
    with register.session() as session:
        check_consistency(session.connection())


def check_consistency(connection) -> None:
    """Links stay inside one situation, histories end in the current status, dates stay in the follow-up."""
    def none(sql: str) -> None:
        assert connection.execute(text(sql)).fetchall() == [], sql

    none("SELECT m.id FROM mobilisation m JOIN priority p ON p.id = m.priority_id "
         "WHERE p.situation_id != m.situation_id")
    none("SELECT t.id FROM timeentry t JOIN mobilisation m ON m.id = t.mobilisation_id "
         "WHERE t.situation_id != m.situation_id")
    none("SELECT p.id FROM priority p JOIN dialoguesession d ON d.id = p.dialogue_session_id "
         "WHERE d.situation_id != p.situation_id")
    none("SELECT t.id FROM timeentry t JOIN situation s ON s.id = t.situation_id "
         "WHERE t.worked_on < s.started_on OR t.worked_on > coalesce(s.closed_on, :ref)".replace(
             ":ref", f"'{REFERENCE_DATE.isoformat()}'"))
    none("SELECT m.id FROM mobilisation m WHERE m.status != (SELECT c.status FROM mobilisationstatuschange c "
         "WHERE c.mobilisation_id = m.id ORDER BY c.changed_on DESC, c.id DESC LIMIT 1)")
    none("SELECT p.id FROM priority p WHERE p.status != (SELECT c.status FROM prioritystatuschange c "
         "WHERE c.priority_id = p.id ORDER BY c.changed_on DESC, c.id DESC LIMIT 1)")
    none("SELECT id FROM situation WHERE (status = 'closed') != (closed_on IS NOT NULL) "
         "OR (status = 'closed') != (closure_reason IS NOT NULL) "
         "OR (status = 'closed') = (next_checkin IS NOT NULL)")
    none("SELECT m.id FROM mobilisation m LEFT JOIN resource r ON r.id = m.resource_id "
         "WHERE m.resource_id IS NOT NULL AND r.name != m.resource_name")


def test_same_seed_gives_the_same_register(tmp_path: Path,
                                           small: tuple[Register, DemoSummary]) -> None:
    register = new_register(tmp_path / "again")
    try:
        build_demo(register, "small", seed=0, reference=REFERENCE_DATE)
        assert dump(register) == dump(small[0])
    finally:
        register.close()


def test_another_seed_gives_other_codes(tmp_path: Path, small: tuple[Register, DemoSummary]) -> None:
    register = new_register(tmp_path / "other")
    try:
        build_demo(register, "small", seed=1)
        with register.session() as session:
            codes = set(session.scalars(select(Situation.code)))
    finally:
        register.close()
    with small[0].session() as session:
        assert codes != set(session.scalars(select(Situation.code)))


def test_demo_refuses_a_register_that_is_not_empty(small: tuple[Register, DemoSummary]) -> None:
    register, summary = small
    with raises_message(ValueError, match="n'est pas vide"):
        build_demo(register, "small", seed=3)
    assert len(dump(register)["person"]) == summary.persons  # nothing was added


def test_demo_rejects_an_unknown_size(tmp_path: Path) -> None:
    register = new_register(tmp_path / "r")
    try:
        with raises_message(ValueError, match="inconnue"):
            build_demo(register, "medium")
    finally:
        register.close()


def test_progress_goes_up_to_one(tmp_path: Path) -> None:
    register = new_register(tmp_path / "r")
    seen: list[float] = []
    try:
        build_demo(register, "small", seed=5, progress=seen.append)
    finally:
        register.close()
    assert seen == sorted(seen) and seen[-1] == 1.0 and all(0 <= value <= 1 for value in seen)


def test_allocate_and_split_are_exact() -> None:
    import random

    rng = random.Random(4)
    counts = allocate(1_000, [rng.random() for _ in range(37)], rng, minimum=2)
    assert sum(counts) == 1_000 and min(counts) >= 2
    for total in (5, 10, 25, 45, 90, 120, 7):
        parts = split_minutes(total, rng)
        assert sum(parts) == total and all(part > 0 for part in parts)


@pytest.mark.skipif(not DOMAIN_JSON.is_file(), reason="domain.json (../shared) is not available")
def test_examples_json_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("build_demo_examples",
                                                  REPO_ROOT / "packaging" / "build_demo_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(json.loads(DOMAIN_JSON.read_text(encoding="utf-8")))
    shipped = json.loads((REPO_ROOT / "resources" / "demo" / "examples.json").read_text(encoding="utf-8"))
    assert built == shipped


@pytest.mark.slow
def test_large_demo_has_the_announced_counts(tmp_path: Path) -> None:
    register = new_register(tmp_path / "large")
    try:
        # timings live in bench/, not in tests
        summary = build_demo(register, "large", seed=0, reference=REFERENCE_DATE)
        exact = {Situation: 5_000, Person: 4_200, TimeEntry: 150_000, Priority: 15_000,
                 Mobilisation: 25_000, Resource: 1_500, NetworkMember: 8_000, DialogueSession: 4_000,
                 FollowUp: 3_000}
        with register.session() as session:
            for model, expected in exact.items():
                assert session.scalar(select(func.count()).select_from(model)) == expected, model.__name__
            by_status = select(Situation.status, func.count()).group_by(Situation.status)
            statuses = {status: count for status, count in session.execute(by_status)}
            top = session.execute(select(SituationVulnerability.vulnerability).group_by(
                SituationVulnerability.vulnerability).order_by(func.count().desc()).limit(1)).scalar()
            check_consistency(session.connection())
            oldest = session.scalar(select(func.min(Situation.started_on)))
        assert summary.situations == 5_000 and summary.time_entries == 150_000
        assert statuses == {"active": 3_500, "veille": 750, "closed": 750}
        assert top == "difficultes_financieres"
        assert (REFERENCE_DATE - oldest).days <= 3 * 366 and oldest < date(2024, 6, 1)
    finally:
        register.close()


def test_small_demo_looks_like_an_ordinary_week_around_its_reference(tmp_path: Path) -> None:
    """A few check-ins overdue, most in the coming weeks; the same reference gives the same register."""
    from app.followups import FollowUpService

    reference = date(2027, 3, 10)
    register = new_register(tmp_path / "week")
    try:
        build_demo(register, "small", seed=0, reference=reference)
        items = FollowUpService(register).due(reference + timedelta(days=60))
    finally:
        register.close()
    overdue = [item for item in items if item.due_on < reference]
    assert len(items) >= 10
    assert 1 <= len(overdue) <= len(items) // 3
    assert all(item.due_on <= reference + timedelta(days=45) for item in items)
