"""Shared fixtures: the corpus register and one spaCy model load per test session."""

from __future__ import annotations

import pytest

from app.anonymiser import DenyList, ner
from tests.app.anonymiser import corpus


@pytest.fixture(scope="session")
def deny() -> DenyList:
    return DenyList(**corpus.deny_inputs())


@pytest.fixture(scope="session")
def narratives() -> list[corpus.Narrative]:
    return corpus.build()


@pytest.fixture(scope="session")
def ner_loaded() -> bool:
    """Loads the shared model once (several seconds); tests needing it skip when it is missing."""
    return ner.available()
