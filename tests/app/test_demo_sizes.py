"""`relais demo DIR --size N`: the large demo's proportions; same seed, same rows; names never run out."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.demo.builder import REFERENCE_DATE, build_demo, demo_sizes
from app.demo.large_activity import write_resources
from app.demo.large_plan import LARGE, Sizes
from app.errors import ValidationError
from storage.models import Resource, Situation
from tests.app.test_demo import check_consistency, dump, new_register


def test_the_large_demo_is_its_own_size_five_thousand() -> None:
    assert Sizes.scaled(5_000) == LARGE
    assert demo_sizes("large") == LARGE and demo_sizes("5000") == LARGE and demo_sizes("small") is None
    assert sum(LARGE.status_counts().values()) == 5_000


def test_a_scaled_demo_has_its_situations_and_is_consistent(tmp_path: Path) -> None:
    first, second = new_register(tmp_path / "a"), new_register(tmp_path / "b")
    try:
        summary = build_demo(first, 60, seed=3, reference=REFERENCE_DATE)
        build_demo(second, "60", seed=3, reference=REFERENCE_DATE)
        assert summary.situations == 60
        with first.session() as session:
            assert session.scalar(select(func.count()).select_from(Situation)) == 60
            check_consistency(session.connection())
        assert dump(first) == dump(second)  # deterministic
    finally:
        first.close()
        second.close()


class _Collecting:
    def __init__(self) -> None:
        self.rows: list[dict] = []

    def insert(self, _model, rows: list[dict]) -> None:
        self.rows += rows


class _Ids:
    def take(self, _model, count: int) -> range:
        return range(1, count + 1)


def test_resource_names_never_run_out() -> None:
    import random
    from datetime import date

    writer = _Collecting()
    sizes = Sizes.scaled(60_000)  # 18,000 resources: far more than the patterns can name without numbers
    write_resources(writer, _Ids(), random.Random(0), date(2026, 11, 1), sizes)
    names = [row["name"] for row in writer.rows]
    assert len(names) == sizes.resources == len(set(names))


def test_a_size_too_small_is_refused(tmp_path: Path) -> None:
    register = new_register(tmp_path / "r")
    try:
        with pytest.raises(ValidationError):
            build_demo(register, 5)
        with register.session() as session:
            assert session.scalar(select(func.count()).select_from(Resource)) == 0
    finally:
        register.close()
