"""The lines of the "to contact" list: one per situation, whatever asks for the contact.

A situation can be due for its next check-in and have reminders too; the person is contacted once, so the
list shows one line for it, dated by the earliest of them, with every reason on it. Marking the line done or
postponing it acts on all of them. Pure Python: grouping `FollowUpItem`s, writing through `FollowUpService`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app import clock
from app.errors import ValidationError
from app.followups import CHECKIN, FOLLOWUP, FollowUpItem, FollowUpService

NOTE_SEPARATOR = " · "


@dataclass(frozen=True)
class ContactLine:
    """One situation to contact: its check-in (if due) and its due reminders, earliest first."""

    items: tuple[FollowUpItem, ...]

    @property
    def first(self) -> FollowUpItem:
        return self.items[0]

    @property
    def situation_id(self) -> int:
        return self.first.situation_id

    @property
    def code(self) -> str:
        return self.first.code

    @property
    def person_name(self) -> str:
        return self.first.person_name

    @property
    def due_on(self) -> date:
        return self.first.due_on

    @property
    def overdue(self) -> bool:
        return any(item.overdue for item in self.items)

    @property
    def has_checkin(self) -> bool:
        return any(item.source == CHECKIN for item in self.items)

    @property
    def reminders(self) -> int:
        return sum(item.source == FOLLOWUP for item in self.items)

    @property
    def note(self) -> str:
        return NOTE_SEPARATOR.join(item.note for item in self.items if item.note)

    @property
    def key(self) -> int:
        """Stable identity of the line (keeping the selection across refreshes): its situation."""
        return self.situation_id


def contact_lines(items: Iterable[FollowUpItem]) -> list[ContactLine]:
    """Group the items by situation; lines sorted by their earliest date, then person, then code."""
    by_situation: dict[int, list[FollowUpItem]] = {}
    for item in items:
        by_situation.setdefault(item.situation_id, []).append(item)
    lines = [ContactLine(tuple(sorted(group, key=lambda i: (i.due_on, i.source != CHECKIN))))
             for group in by_situation.values()]
    return sorted(lines, key=lambda line: (line.due_on, line.person_name.casefold(), line.code))


def mark_line_done(followups: FollowUpService, line: ContactLine, next_checkin: date | None = None) -> None:
    """The contact was made: every reminder of the line is done, the check-in moves to `next_checkin`."""
    if next_checkin is not None and next_checkin < clock.today():
        raise ValidationError("next_checkin", "followup.next_checkin_in_past")  # before any write
    for item in line.items:
        followups.mark_done(item, next_checkin=next_checkin if item.source == CHECKIN else None)


def postpone_line(followups: FollowUpService, line: ContactLine, new_date: date) -> None:
    """Everything on the line moves to `new_date`."""
    if new_date < clock.today():
        raise ValidationError("due_on", "followup.new_date_in_past")  # before any write
    for item in line.items:
        followups.postpone(item, new_date)
