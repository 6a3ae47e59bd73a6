"""Complementary suppression of the minutes by mobilisation outcome in the invisible-work report (issue 19).

A row of the outcome table whose count of situations is suppressed (1…4) names the time spent on a small
group with a telling outcome ("refused by the person"): its minutes are withheld too (primary). The report
also prints two totals over these rows: the minutes of the shortage outcomes (a key figure and a headline)
and, through the share of shortage time, the minutes of all outcomes; the minutes of the other outcomes
follow by subtraction. So each group — shortage outcomes, other outcomes — is a line with a published
total, and a line holding exactly one withheld entry would give it away. Complementary suppression:

1. in a group with exactly one withheld entry, the smallest other non-zero entry of the group is withheld;
2. when the group has no other entry to withhold, the totals are withheld instead (both: with one of them
   and the other group's entries, the other would be recovered).

`recoverable` is the check a reader could run (tests use it): every withheld entry that the printed
entries and totals fix exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.invisible_work import OutcomeMinutes


def withhold_minutes(
    outcomes: Sequence[OutcomeMinutes],
) -> tuple[tuple[OutcomeMinutes, ...], int | None, int | None]:
    """(rows with the withheld minutes as None, shortage total, all-outcomes total); a total is None when
    withheld. The totals are computed on the true minutes before any entry is hidden."""
    hidden = [outcome.situations is None for outcome in outcomes]
    totals_hidden = False
    for group in (True, False):
        members = [i for i, outcome in enumerate(outcomes) if outcome.shortage is group]
        if sum(hidden[i] for i in members) != 1:
            continue
        visible = [i for i in members if not hidden[i] and outcomes[i].minutes]
        if visible:
            hidden[min(visible, key=lambda i: (outcomes[i].minutes, i))] = True
        else:
            totals_hidden = True
    rows = tuple(replace(o, minutes=None) if flag else o for o, flag in zip(outcomes, hidden, strict=True))
    if totals_hidden:
        return rows, None, None
    shortage = sum(o.minutes or 0 for o in outcomes if o.shortage)
    return rows, shortage, sum(o.minutes or 0 for o in outcomes)


def recoverable(
    rows: Sequence[OutcomeMinutes], shortage_total: int | None, outcome_total: int | None
) -> dict[str, int]:
    """The withheld minutes a reader can work out from what is printed: status → minutes."""
    totals = {True: shortage_total, False: None}
    if shortage_total is not None and outcome_total is not None:
        totals[False] = outcome_total - shortage_total
    found: dict[str, int] = {}
    for group, total in totals.items():
        members = [row for row in rows if row.shortage is group]
        missing = [row for row in members if row.minutes is None]
        if total is not None and len(missing) == 1:
            found[missing[0].status] = total - sum(row.minutes or 0 for row in members)
    return found
