"""What a write changed: the change set every operation returns, Qt-free (in the spirit of Anki's OpChanges).

A change set names, for each kind of record, the ids that changed; a bulk change (an import, a deck switch)
says "all of a kind" instead of listing ids. Open views read it to decide whether what they show is stale:

    changes = ChangeSet.of(situations=[12], time_entries=[40, 41], followups=[12])
    changes |= ChangeSet.all_of("resources")
    changes.touches_situation(12)  # True

Only ids travel in a change set, never names or texts: it may be logged or, later, synchronised.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

KINDS = ("persons", "situations", "priorities", "mobilisations", "time_entries", "resources", "followups",
         "dialogue_sessions", "network_members", "cdp_sessions", "timer", "exports")


@dataclass(frozen=True)
class ChangeSet:
    persons: frozenset[int] = frozenset()
    situations: frozenset[int] = frozenset()
    priorities: frozenset[int] = frozenset()
    mobilisations: frozenset[int] = frozenset()
    time_entries: frozenset[int] = frozenset()
    resources: frozenset[int] = frozenset()
    followups: frozenset[int] = frozenset()  # situation ids whose check-in was done, moved or planned
    dialogue_sessions: frozenset[int] = frozenset()
    network_members: frozenset[int] = frozenset()
    cdp_sessions: frozenset[int] = frozenset()
    timer: frozenset[int] = frozenset()  # the desk timer has no id: {0} when it started or stopped
    exports: frozenset[int] = frozenset()  # export-log rows written (ChangeSet.all_of("exports") after one)
    everything_of: frozenset[str] = field(default=frozenset())  # kinds changed in bulk

    @classmethod
    def of(cls, **ids: Iterable[int | None]) -> ChangeSet:
        """`ChangeSet.of(situations=[3], persons=[1])`; None ids (nothing was there) are left out."""
        unknown = set(ids) - set(KINDS)
        if unknown:
            raise TypeError(f"unknown kinds of change: {sorted(unknown)}")
        return cls(**{kind: frozenset(i for i in values if i is not None) for kind, values in ids.items()})

    @classmethod
    def all_of(cls, *kinds: str) -> ChangeSet:
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise TypeError(f"unknown kinds of change: {sorted(unknown)}")
        return cls(everything_of=frozenset(kinds))

    @classmethod
    def everything(cls) -> ChangeSet:
        """A change that may touch anything (a restore, an erasure): every view reads again."""
        return cls.all_of(*KINDS)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        if not isinstance(other, ChangeSet):
            return NotImplemented
        return ChangeSet(**{f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, kind: str, record_id: int | None = None) -> bool:
        """Any change of `kind`, or (with an id) a change of that record, a bulk change included."""
        if kind in self.everything_of:
            return True
        ids: frozenset[int] = getattr(self, kind)
        return bool(ids) if record_id is None else record_id in ids

    def touches_any(self, *kinds: str) -> bool:
        return any(self.touches(kind) for kind in kinds)

    def touches_situation(self, situation_id: int | None = None) -> bool:
        return self.touches("situations", situation_id)

    def touches_person(self, person_id: int | None = None) -> bool:
        return self.touches("persons", person_id)

    def touches_register_rows(self) -> bool:
        """What the register list shows: situations, their persons and their check-ins."""
        return self.touches_any("situations", "persons", "followups")


def merge_states(baseline: dict, mine: dict, theirs: dict) -> tuple[dict, list[str]]:
    """Three-way merge of form states: (the merged state, the fields changed on both sides differently).
    A conflicting field keeps `mine` in the merged state; the caller decides."""
    merged, conflicts = dict(mine), []
    for key, stored in theirs.items():
        if stored == baseline.get(key) or stored == mine.get(key):
            continue
        if mine.get(key) == baseline.get(key):
            merged[key] = stored
        else:
            conflicts.append(key)
    return merged, conflicts
