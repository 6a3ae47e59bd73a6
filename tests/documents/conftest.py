from __future__ import annotations

import pytest

from app.services import Services
from tests.documents.fixture import Pair, build_pair


@pytest.fixture
def pair(register) -> Pair:
    return build_pair(Services.for_register(register))
