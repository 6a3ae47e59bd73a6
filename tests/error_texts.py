"""Test helpers: assert on the text an error shows (its catalog text), not on `str(error)` (a code)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

import pytest

from app.messages import error_message


@contextlib.contextmanager
def raises_message(expected: type[BaseException] | tuple, match: str, language: str = "fr") -> Iterator:
    """Like pytest.raises(expected, match=…), matched against the French (or `language`) text."""
    with pytest.raises(expected) as caught:
        yield caught
    text = error_message(caught.value, language)
    assert re.search(match, text), f"{match!r} not found in {text!r} ({caught.value})"


def shown(error: BaseException, language: str = "fr") -> str:
    """The text the person reads for `error`."""
    return error_message(error, language)
