"""The moderator's synthesis as plain SQL (DuckDB), one statement per table; docs/moderator.md shows the same
statements over Parquet files.

The tables are the flattened bundles (app.moderator.flatten.TABLES): `cdp` (one row per CdP session),
`situation_vulnerability`, `situation_priority`, `situation_resource` (a situation is `referent/ref`),
`work_cell` (minutes by bundle, month and task), `task` (labels, invisible flag), and `work_month` made
below. Statements return raw counts; suppression (app.moderator.suppression) happens after, in Python.
"""

from __future__ import annotations

# A month sent twice by a referent (a yearly bundle, then a monthly one) counts once: the latest export wins.
WORK_MONTH = """
CREATE TABLE work_month AS
SELECT referent, month, task, minutes FROM work_cell
WHERE (referent, month, bundle_id) IN (
    SELECT referent, month, arg_max(bundle_id, exported_on || bundle_id)
    FROM work_cell GROUP BY referent, month
)
"""

NOEUDS = """
SELECT noeud_id, min(noeud_label) AS label, count(*) AS sessions, count(DISTINCT referent) AS referents
FROM cdp WHERE noeud_id IS NOT NULL
GROUP BY noeud_id
ORDER BY referents DESC, sessions DESC, label
"""

NOEUD_TOTALS = """
SELECT count(*) AS sessions, count(DISTINCT referent) AS referents FROM cdp WHERE noeud_id IS NOT NULL
"""

# Situations by the theme of a priority × a vulnerability, each situation once per cell; the grouping sets
# give the margins as distinct counts (a situation with two vulnerabilities is one situation in its row).
THEME_VULNERABILITY = """
WITH pairs AS (
    SELECT DISTINCT p.situation, coalesce(nullif(p.theme, ''), 'Sans thème') AS theme, v.vulnerability
    FROM situation_priority p JOIN situation_vulnerability v USING (situation)
)
SELECT grouping(theme, vulnerability) AS level, theme, vulnerability, count(DISTINCT situation) AS situations
FROM pairs
GROUP BY GROUPING SETS ((theme, vulnerability), (theme), (vulnerability), ())
"""

OUTCOMES = """
WITH lines AS (SELECT situation, referent, status FROM situation_resource WHERE status <> '')
SELECT grouping(status) AS level, status, count(DISTINCT situation) AS situations,
       count(DISTINCT referent) AS referents
FROM lines GROUP BY GROUPING SETS ((status), ())
"""

# The shortage ledger: situations whose mobilisation of a resource type in a commune ended on a shortage.
SHORTAGES = """
WITH lines AS (
    SELECT situation, resource_type, commune, status FROM situation_resource
    WHERE status IN (SELECT unnest($statuses))
)
SELECT grouping(resource_type, commune, status) AS level, resource_type, commune, status,
       count(DISTINCT situation) AS situations
FROM lines
GROUP BY GROUPING SETS ((resource_type, commune, status), (resource_type, commune), (status), ())
"""

TASK_MINUTES = """
SELECT w.task, min(t.label) AS label, coalesce(bool_or(t.invisible), false) AS invisible,
       sum(w.minutes) AS minutes, count(DISTINCT w.referent) AS referents
FROM work_month w LEFT JOIN task t USING (task)
GROUP BY w.task ORDER BY minutes DESC, w.task
"""

REFERENT_SHARES = """
SELECT w.referent, sum(w.minutes) AS minutes,
       sum(CASE WHEN t.invisible THEN w.minutes ELSE 0 END) AS invisible
FROM work_month w LEFT JOIN task t USING (task)
GROUP BY w.referent
"""

SHARE_SPREAD = """
SELECT count(*) AS referents,
       quantile_cont(invisible / minutes, [0.25, 0.5, 0.75]) AS quartiles
FROM ({referent_shares}) WHERE minutes > 0
"""

FOUR_POINTS = """
SELECT DISTINCT month, group_name, noeud_label, positive, difficulty, new, solution, noeud_id
FROM cdp
WHERE concat(positive, difficulty, new, solution) <> ''
ORDER BY ALL
"""

OVERVIEW = """
SELECT (SELECT count(*) FROM cdp) AS sessions,
       (SELECT count(DISTINCT situation) FROM (
            SELECT situation FROM situation_priority UNION SELECT situation FROM situation_vulnerability
            UNION SELECT situation FROM situation_resource)) AS situations,
       (SELECT count(DISTINCT referent) FROM (SELECT referent FROM cdp UNION SELECT referent FROM work_month))
           AS referents,
       (SELECT min(month) FROM (SELECT month FROM cdp UNION ALL SELECT month FROM work_month)) AS first_month,
       (SELECT max(month) FROM (SELECT month FROM cdp UNION ALL SELECT month FROM work_month)) AS last_month
"""
