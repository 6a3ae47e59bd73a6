"""The register's identifiers for the anonymiser (deny list, names kept), built once and kept until a change.

Building the deny list of a large register takes 1–4 s and many objects (issue 14); it used to be rebuilt for
every review. It is now kept per open register and dropped when a change notice (app.changes.ChangeSet, which
the window's operation runner hands to `forget_if_changed`) touches what it is made of: persons, situations,
network members, resources. A build that overlaps a change is not kept (a generation counter), so a review
never uses names older than the last write it could see.

The cache lives in memory only, like the register's other read models; nothing is written to disk.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.changes import ChangeSet
from app.collector import paused_collector

if TYPE_CHECKING:  # the anonymiser loads when a review is prepared, not with the window (operations.py)
    from app.anonymiser import DenyList
    from app.anonymiser.near_names import NearNames
    from storage.register import Register

# The kinds of record the identifiers are read from (a situation's change may carry its person's).
SOURCES = ("persons", "situations", "network_members", "resources")


@dataclass
class Identifiers:
    deny: DenyList
    keep: list[str]
    _near_names: NearNames | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def near_names(self) -> NearNames:
        """The misspelt-name index over the deny list's words (built on first use, then shared)."""
        with self._lock, paused_collector():
            if self._near_names is None:
                from app.anonymiser.near_names import NearNames

                self._near_names = NearNames(self.deny.name_words())
            return self._near_names


@dataclass
class _Slot:
    generation: int = 0
    identifiers: Identifiers | None = None
    # One build at a time per register: the warm-up's and a review's call share it instead of both building.
    building: threading.Lock = field(default_factory=threading.Lock)


_slots: weakref.WeakKeyDictionary[Register, _Slot] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def identifiers_for(register: Register) -> Identifiers:
    """The register's identifiers, read from it if no kept copy is current."""
    with _lock:
        slot = _slots.setdefault(register, _Slot())
        if slot.identifiers is not None:
            return slot.identifiers
    with slot.building:  # another thread building them: wait for its result rather than build twice
        with _lock:
            if slot.identifiers is not None:
                return slot.identifiers
            generation = slot.generation
        built = _read(register)
        with _lock:
            if slot.generation == generation:  # no change arrived while reading: keep it
                slot.identifiers = built
    return built


def forget_if_changed(register: Register, changes: ChangeSet) -> None:
    """Drop the kept identifiers when `changes` touches what they are read from."""
    if not changes.touches_any(*SOURCES):
        return
    forget(register)


def forget(register: Register) -> None:
    """Drop the kept identifiers (at lock: the names leave memory with the register's other read models)."""
    with _lock:
        slot = _slots.pop(register, None)
        if slot is not None:  # a build under way on this slot is not kept either
            slot.generation += 1
            slot.identifiers = None


def _read(register: Register) -> Identifiers:
    from sqlmodel import select

    from app.anonymiser import DenyList
    from storage.models import NetworkMember, Resource

    # A reading transaction (it never holds the register against a save), ended before the deny list is built.
    with register.reading() as session:
        entries = DenyList.read_entries(session)
        keep = list(session.exec(select(Resource.name)).all())
        # Round 5: the organisations of network members ("Maison médicale Esseghem") are kept too.
        keep += [o for o in session.exec(select(NetworkMember.organisation)).all() if o and o.strip()]
    with paused_collector():  # a GC pause would stall the GUI
        return Identifiers(DenyList(**entries), keep)
