"""Columns the register keeps up to date itself (SQLite triggers), for reads that must not scan (issue 14).

`situation.last_contact` is the latest `timeentry.worked_on` of the situation: the register's rows used to
compute it per row from the time entries' index, reading most of its ~750 encrypted pages on the large demo
register (1.6× plain SQLite for the rows). Triggers keep it exact on every insert, update and delete of a time
entry, whoever writes (the app, an import, a restore of an older file migrated to v5). Dates are ISO text, so
text comparison is date order.
"""

from __future__ import annotations

LAST_CONTACT_TRIGGERS = (
    """CREATE TRIGGER tr_timeentry_last_contact_insert AFTER INSERT ON timeentry
    WHEN NEW.situation_id IS NOT NULL BEGIN
        UPDATE situation SET last_contact = NEW.worked_on
        WHERE id = NEW.situation_id AND (last_contact IS NULL OR last_contact < NEW.worked_on);
    END""",
    """CREATE TRIGGER tr_timeentry_last_contact_delete AFTER DELETE ON timeentry
    WHEN OLD.situation_id IS NOT NULL BEGIN
        UPDATE situation SET last_contact =
            (SELECT max(worked_on) FROM timeentry WHERE timeentry.situation_id = OLD.situation_id)
        WHERE id = OLD.situation_id;
    END""",
    """CREATE TRIGGER tr_timeentry_last_contact_update AFTER UPDATE OF worked_on, situation_id ON timeentry
    BEGIN
        UPDATE situation SET last_contact =
            (SELECT max(worked_on) FROM timeentry WHERE timeentry.situation_id = situation.id)
        WHERE id IN (OLD.situation_id, NEW.situation_id);
    END""",
)

# Every situation's value from its time entries (the migration to v5, and a check in the tests).
LAST_CONTACT_FILL = (
    "UPDATE situation SET last_contact = "
    "(SELECT max(worked_on) FROM timeentry WHERE timeentry.situation_id = situation.id)"
)
