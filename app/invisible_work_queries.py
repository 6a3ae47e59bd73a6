"""The period figures of the invisible-work report, read in one statement whose parts never sort (issue 14).

At 20,000 situations a year holds ~300,000 time entries. Reading them is cheap (an index-only range scan:
~30 ms); what cost 1.1 s was SQLite sorting them three times for its GROUP BYs. Each part now reads an
index already in the order of its groups, so SQLite aggregates as it scans:
- "m" (month × task): ix_timeentry_period is ordered by day then task; the day × task sums (a few thousand)
  are added up by month here;
- "s" (per situation): ix_timeentry_situation_date (situation_id, worked_on, task, minutes) is scanned in
  situation order, the period tested in the index (`+worked_on` keeps the planner off the period index,
  which would need a sort);
- "o" (per outcome): the partial ix_timeentry_mobilisation_period gives each mobilisation's minutes in
  mobilisation order; each one's status and situation come from ix_mobilisation_outcome (schema v6), not
  from the table's wide rows (SQLite would look rows up by id: ~7 times more encrypted pages to decrypt);
  only the dozen outcomes are then grouped.
Dates are stored as ISO text: the first 7 characters are the month.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import bindparam, text

from app.time_entries import invisible_task_ids

_PERIOD_FIGURES = text("""
SELECT 'm', worked_on, task, sum(minutes) FROM timeentry
    WHERE worked_on BETWEEN :first AND :last GROUP BY worked_on, task
UNION ALL
SELECT 's', situation_id, sum(CASE WHEN task IN :invisible THEN minutes ELSE 0 END), sum(minutes)
    FROM timeentry WHERE situation_id IS NOT NULL AND +worked_on BETWEEN :first AND :last
    GROUP BY situation_id
UNION ALL
SELECT 'o', mobilisation.status, sum(spent.minutes), count(DISTINCT mobilisation.situation_id)
    FROM (SELECT mobilisation_id, sum(minutes) AS minutes FROM timeentry
          WHERE mobilisation_id IS NOT NULL AND +worked_on BETWEEN :first AND :last GROUP BY mobilisation_id)
        AS spent
    JOIN mobilisation INDEXED BY ix_mobilisation_outcome ON mobilisation.id = spent.mobilisation_id
    GROUP BY mobilisation.status
""").bindparams(bindparam("invisible", expanding=True))


def period_figures(session, first: date, last: date) -> tuple[list, list, list]:
    """(month × task cells, per-situation minutes, per-outcome minutes) of the period, in one statement:
    ("YYYY-MM", task, minutes), (situation id, invisible minutes, minutes), (outcome, minutes, situations)."""
    months: dict[tuple[str, str], int] = defaultdict(int)
    parts: dict[str, list] = {"s": [], "o": []}
    rows = session.execute(_PERIOD_FIGURES, {"first": first.isoformat(), "last": last.isoformat(),
                                             "invisible": sorted(invisible_task_ids()) or [""]})
    for kind, *values in rows:
        if kind == "m":
            day, task, minutes = values
            months[(str(day)[:7], task)] += minutes
        else:
            parts[kind].append(tuple(values))
    cells = [(month, task, minutes) for (month, task), minutes in months.items()]
    return cells, parts["s"], parts["o"]
