"""Use-case tests: the command line speaks French unless a test chooses another language."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _french_environment(monkeypatch) -> None:
    # The CLI picks its language from LC_ALL, LC_MESSAGES, LANG: a developer's or CI's own must not leak in.
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
