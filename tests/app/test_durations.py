"""Durations typed the referent's way: examples, refusals with their reason, and hypothesis properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.durations import MAX_MINUTES, DurationError, format_duration, format_hours, parse_duration
from tests.error_texts import shown


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("45", 45),
        ("45 min", 45),
        ("45m", 45),
        ("45 MIN", 45),
        ("45 min.", 45),
        ("90 minutes", 90),
        ("1h30", 90),
        ("1 h 30", 90),
        ("1h30min", 90),
        ("1 heure 30", 90),
        ("1h", 60),
        ("1:30", 90),
        ("0:45", 45),
        ("1,5 h", 90),
        ("1.5h", 90),
        ("0,25 h", 15),
        ("2 heures", 120),
        ("1u30", 90),  # Dutch
        ("2 uur", 120),
        ("  1 h\u00a030 ", 90),  # no-break space, as pasted from a document
        ("24h", MAX_MINUTES),
    ],
)
def test_accepted_forms(text, minutes):
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(
    ("text", "reason", "words"),
    [
        ("", "empty", "Indiquez une durée"),
        ("   ", "empty", "Indiquez une durée"),
        ("abc", "unreadable", "illisible"),
        ("1h75", "unreadable", "de 0 à 59"),
        ("1,5 h 30", "unreadable", "illisible"),
        ("1.5 min", "unreadable", "minutes entières"),
        ("1,5", "ambiguous", "précisez l'unité"),
        ("0", "zero", "zéro"),
        ("0h00", "zero", "zéro"),
        ("0,001 h", "zero", "zéro"),
        ("-5", "negative", "négative"),
        ("−1h", "negative", "négative"),
        ("25h", "too_long", "24 h"),
        ("24:01", "too_long", "24 h"),
        ("1441", "too_long", "24 h"),
        ("9" * 400, "too_long", "24 h"),
    ],
)
def test_refusals_say_why(text, reason, words):
    with pytest.raises(DurationError) as caught:
        parse_duration(text)
    assert caught.value.reason == reason
    assert words in shown(caught.value)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(5, "5 min"), (60, "1 h"), (65, "1 h 05"), (90, "1 h 30"), (1440, "24 h"), (74070, "1 234 h 30")],
)
def test_format_duration(minutes, text):
    assert format_duration(minutes) == text


@pytest.mark.parametrize(
    ("minutes", "language", "text"),
    [
        (5, "nl", "5 min"), (60, "nl", "1 u"), (65, "nl", "1 u 05"), (90, "nl", "1 u 30"),
        (1440, "nl", "24 u"), (74070, "nl", "1 234 u 30"),
        (90, "en", "1 h 30"), (90, "fr", "1 h 30"), (90, "de", "1 h 30"),  # unknown language: French
    ],
)  # fmt: skip
def test_format_duration_in_each_language(minutes, language, text):
    assert format_duration(minutes, language) == text


def test_format_hours_rounds_half_up_and_groups_thousands():
    assert [format_hours(m) for m in (45, 89, 90, 74070)] == ["45 min", "1 h", "2 h", "1 235 h"]
    assert [format_hours(m, "nl") for m in (45, 90, 74070)] == ["45 min", "2 u", "1 235 u"]
    assert format_hours(90, "en") == "2 h"


@pytest.mark.parametrize("bad", [-1, 1.5, True, "45"])
def test_format_duration_refuses_non_minutes(bad):
    with pytest.raises(ValueError):
        format_duration(bad)


@given(st.integers(min_value=1, max_value=MAX_MINUTES), st.sampled_from(["fr", "nl", "en"]))
def test_format_then_parse_round_trips_in_each_language(minutes, language):
    assert parse_duration(format_duration(minutes, language)) == minutes


@given(st.integers(min_value=1, max_value=MAX_MINUTES), st.sampled_from(["fr", "nl", "en"]))
def test_parse_then_format_is_stable_in_each_language(minutes, language):
    # what the window shows after reading a duration, read again, shows the same text
    shown = format_duration(minutes, language)
    assert format_duration(parse_duration(shown), language) == shown


@given(
    st.integers(min_value=0, max_value=24),
    st.integers(min_value=0, max_value=59),
    st.sampled_from(["h", "u", " h "]),
)
def test_hours_and_minutes_forms(hours, minutes, unit):
    total = hours * 60 + minutes
    for text in (f"{hours}{unit}{minutes:02d}", f"{hours}:{minutes:02d}"):
        if 0 < total <= MAX_MINUTES:
            assert parse_duration(text) == total
        else:
            with pytest.raises(DurationError):
                parse_duration(text)


@given(st.one_of(st.text(), st.text(alphabet="0123456789hmu:,.- \u00a0−inutesr")))
def test_garbage_never_crashes_otherwise(text):
    try:
        minutes = parse_duration(text)
    except DurationError as error:
        assert str(error)
    else:
        assert 1 <= minutes <= MAX_MINUTES
