"""Typing on in the register search narrows the rows already shown: the same rows as a fresh filter."""

from __future__ import annotations

import random

from app.readmodels import SituationSummary
from ui.register.model import RegisterFilter, RegisterModel, prepare_rows

NAMES = ("Dupont", "Dupuis", "Durand", "Martin", "Maes", "Peeters", "Janssens", "Duponcheel", "Mertens")


def _model(qapp) -> RegisterModel:
    chance = random.Random(4)
    summaries = [
        SituationSummary(id=i, code=f"S-{i:04d}", person_id=i, status=chance.choice(("active", "closed")),
                         person_name=f"{chance.choice(('Anne', 'Luc', 'Ana'))} {chance.choice(NAMES)}")
        for i in range(1, 400)
    ]  # fmt: skip
    model = RegisterModel("fr")
    model.load_prepared(prepare_rows(summaries, "fr"))
    return model


def _ids(model: RegisterModel) -> list[int | None]:
    return [model.situation_id(row) for row in range(model.rowCount())]


def test_typing_on_gives_the_rows_of_a_fresh_filter(qapp):
    typed, fresh = _model(qapp), _model(qapp)
    for text, status in [("d", None), ("du", None), ("dup", None), ("dupo", None), ("dupo", "active"),
                         ("dupon", "active"), ("dup", "active"), ("dupont a", "active"), ("a", None),
                         ("an", None), ("ann", None), ("", None)]:  # fmt: skip
        typed.set_filter(RegisterFilter(text=text, status=status))
        fresh.set_filter(RegisterFilter(text="zzz-reset"))
        fresh.set_filter(RegisterFilter(text=text, status=status))
        assert _ids(typed) == _ids(fresh), (text, status)
    typed.set_filter(RegisterFilter(text="dup"))
    assert 0 < typed.rowCount() < typed.total_count


def _fresh_ids(qapp, text: str, column: int | None = None, texts: dict[int, str] | None = None) -> list:
    fresh = _model(qapp)
    if texts is not None:
        fresh.set_search_texts(texts)
    if column is not None:
        fresh.sort(column)
    fresh.set_filter(RegisterFilter(text=text))
    return _ids(fresh)


def test_erasing_back_to_a_recent_filter_gives_its_rows_again(qapp):
    model = _model(qapp)
    for text in ("d", "du", "dup", "dupo", "dup", "du", "d", "dup "):
        model.set_filter(RegisterFilter(text=text))
        assert _ids(model) == _fresh_ids(qapp, text), text


def test_recent_filters_follow_a_new_order_and_the_narratives(qapp):
    model = _model(qapp)
    model.set_filter(RegisterFilter(text="du"))
    model.set_filter(RegisterFilter(text="dup"))
    model.sort(0)  # by pseudonym: the rows kept for "du" are in the old order
    model.set_filter(RegisterFilter(text="du"))
    assert _ids(model) == _fresh_ids(qapp, "du", column=0)
    texts = {situation_id: f"dupont histoire {situation_id}" for situation_id in range(1, 30)}
    model.set_filter(RegisterFilter(text="histoire"))
    assert _ids(model) == []
    model.set_filter(RegisterFilter(text="du"))
    model.set_search_texts(texts)  # the narratives arrive: "histoire" matches now
    model.set_filter(RegisterFilter(text="histoire"))
    assert _ids(model) == _fresh_ids(qapp, "histoire", column=0, texts=texts) != []
