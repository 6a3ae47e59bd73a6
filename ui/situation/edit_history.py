"""Undo history of a form, as snapshots of its state (a flat dict of plain values).

"The last edit" is the last field changed: typing several characters in one text field is one step, so undo
brings that field back to what it was before one started typing in it; a ticked box or a chosen item is one
step. Pure Python (no Qt), so it is easy to reason about and test.
"""

from __future__ import annotations

from collections.abc import Iterable

MAX_STEPS = 200


class EditHistory:
    def __init__(self, text_fields: Iterable[str]) -> None:
        self._text_fields = frozenset(text_fields)
        self._undo: list[dict] = []
        self._current: dict = {}
        self._last_field: str | None = None

    def reset(self, state: dict) -> None:
        self._undo.clear()
        self._current = dict(state)
        self._last_field = None

    def record(self, state: dict) -> None:
        """Note the new state of the form; merges with the previous step while one text field is typed."""
        changed = [key for key in state if state[key] != self._current.get(key)]
        if not changed:
            return
        field = changed[0] if len(changed) == 1 else None
        typing_on = field is not None and field == self._last_field and field in self._text_fields
        if not typing_on:
            self._undo.append(self._current)
            del self._undo[:-MAX_STEPS]
        self._last_field = field
        self._current = dict(state)

    def undo(self) -> dict | None:
        """The state before the last edit (None when there is nothing to undo)."""
        if not self._undo:
            return None
        self._current = self._undo.pop()
        self._last_field = None
        return dict(self._current)

    def can_undo(self) -> bool:
        return bool(self._undo)


def prefixed(prefix: str, state: dict) -> dict:
    """Several forms in one history: their keys are prefixed ("p.first_name", "s.narrative")."""
    return {prefix + key: value for key, value in state.items()}


def part_of(prefix: str, state: dict) -> dict:
    """The state of one form, taken back out of a combined state."""
    return {key[len(prefix):]: value for key, value in state.items() if key.startswith(prefix)}
