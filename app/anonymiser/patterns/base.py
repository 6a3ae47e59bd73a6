"""What every pattern family shares: detection priorities, the capital-letter class and the scan that
lets a refused candidate uncover one starting inside it."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.anonymiser.model import Hit

# Priorities for overlapping detections (higher wins at equal length).
VALIDATED, SHAPED, WEAK = 2, 1, 0

CAP = r"A-ZÀ-ÖØ-Þ"


def pattern_hit(
    start: int, end: int, kind: str, detail: str, key: str, ambiguous: bool, priority: int
) -> Hit:
    """A detection made by a pattern (reason "pattern")."""
    return Hit(start, end, kind, "pattern", detail, key, ambiguous, priority)


def scan(pattern: re.Pattern, text: str, check: Callable[[re.Match], Hit | None]) -> list[Hit]:
    """Candidates of `pattern` that `check` accepts. Unlike finditer, a refused candidate does not hide one
    that starts inside it: "000 0032 483 09 84 18" (the phone after "000"), "bb00 LU28 0019 …" (the IBAN)."""
    hits: list[Hit] = []
    position = 0
    while (match := pattern.search(text, position)) is not None:
        hit = check(match)
        if hit is not None:
            hits.append(hit)
        position = hit.end if hit is not None and hit.end > match.start() else match.start() + 1
    return hits
