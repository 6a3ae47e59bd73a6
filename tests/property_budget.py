"""How many examples the property tests draw.

`make test` draws the number each test names, at random; CI replays a fixed draw (the `ci` Hypothesis
profile: derandomised), so a landing is not decided by luck; `make fuzz` multiplies the numbers by
RELAIS_FUZZ (20 by default there) and draws at random, to look further for what a fixed draw cannot find.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def examples(count: int) -> int:
    return count * max(1, int(os.environ.get("RELAIS_FUZZ", "1")))
