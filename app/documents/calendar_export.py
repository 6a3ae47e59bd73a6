"""Follow-ups to the calendar: an .ics file of the open check-ins and reminders, for the referent's agenda.

Every open item of the "to contact" list (app.followups: a situation's next check-in, and each reminder not
done) becomes an all-day event on its date. By default an event names the situation by its pseudonym code
only ("Check-in S-4K7Q") and carries no note: a calendar is often synchronised to a phone or a server the
register does not protect. Names and notes go in only when the referent asks (`with_names=True`); the export
log then marks the file as not anonymised.

UIDs are stable (the item's source and id, and the register's random pseudonym), so importing the file again
moves an event instead of doubling it. The file is written by the export pipeline (app.exports.pipeline):
atomic, owner-only, one ExportLog row (kind "calendar", format "ics"; settings: the situation's code or
"all", and whether names were included).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from app import clock
from app.cdp.referent import referent_pseudonym
from app.exports.log import Setting
from app.exports.pipeline import Rendered, run_export
from app.exports.progress import ProgressSteps
from app.followups import CHECKIN, FollowUpItem, FollowUpService
from app.situations import SituationService
from storage.register import Register

KIND = "calendar"
FORMAT = "ics"
LAST_DAY = date(9999, 12, 31)  # every open item, however far ahead
PRODUCT_ID = "-//Relais//Follow-ups//EN"
_TITLES = {  # the calendar's language is the window's (or the command line's)
    "fr": {"checkin": "Prise de nouvelles", "followup": "Rappel", "calendar": "Relais : à contacter"},
    "nl": {"checkin": "Contactmoment", "followup": "Herinnering", "calendar": "Relais: te contacteren"},
    "en": {"checkin": "Check-in", "followup": "Follow-up", "calendar": "Relais: to contact"},
}


@dataclass(frozen=True)
class CalendarData:
    items: tuple[FollowUpItem, ...]
    referent: str  # the register's random pseudonym: part of every UID


@dataclass(frozen=True)
class CalendarExport:
    """An export job: the open follow-ups of every situation, or of the one with `situation_code`."""

    situation_code: str | None = None
    with_names: bool = False
    language: str = "fr"
    kind: str = KIND
    format: str = FORMAT

    @property
    def anonymised(self) -> bool:
        return not self.with_names

    def settings(self) -> Mapping[str, Setting]:
        return {"situation": self.situation_code or "all", "with_names": self.with_names,
                "language": self.language}  # fmt: skip

    def gather(self, register: Register) -> CalendarData:
        items = FollowUpService(register).due(LAST_DAY)
        if self.situation_code is not None:
            SituationService(register).get_by_code(self.situation_code)  # an unknown code is refused
            items = [item for item in items if item.code == self.situation_code]
        return CalendarData(tuple(items), referent_pseudonym(register))

    def render(self, data: CalendarData, steps: ProgressSteps) -> Sequence[Rendered]:
        return (calendar_bytes(data, with_names=self.with_names, language=self.language),)

    def item_count(self, data: CalendarData) -> int:
        return len(data.items)


def export_calendar(register: Register, path: Path, *, situation_code: str | None = None,
                    with_names: bool = False, language: str = "fr") -> int:
    """Write the .ics to `path` (atomic, 0600) and log it once; returns the number of events."""
    code = situation_code.strip().upper() if situation_code else None
    data = run_export(register, CalendarExport(code, with_names, _language(language)), Path(path))
    return len(data.items)


def calendar_bytes(data: CalendarData, *, with_names: bool = False, language: str = "fr") -> bytes:
    titles = _TITLES[_language(language)]
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", titles["calendar"])
    stamp = clock.now().astimezone(UTC)
    for item in data.items:
        calendar.add_component(_event(item, data.referent, stamp, titles, with_names))
    return calendar.to_ical()


def event_uid(item: FollowUpItem, referent: str) -> str:
    """Stable across exports: a moved check-in keeps its UID, so the calendar moves the event."""
    number = item.situation_id if item.source == CHECKIN else item.followup_id
    return f"{item.source}-{number}.{referent.lower()}@relais"


def _event(item: FollowUpItem, referent: str, stamp: datetime, titles: Mapping[str, str],
           with_names: bool) -> Event:
    event = Event()
    event.add("uid", event_uid(item, referent))
    event.add("dtstamp", stamp)
    event.add("dtstart", item.due_on)  # a date, not a datetime: an all-day event
    event.add("dtend", item.due_on + timedelta(days=1))
    title = f"{titles[item.source]} {item.code}"
    if with_names:
        title = f"{titles[item.source]} — {item.person_name} ({item.code})"
        if item.note:
            event.add("description", item.note)
    event.add("summary", title)
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy slot
    return event


def _language(language: str) -> str:
    return language if language in _TITLES else "fr"
