"""Screening a resource file before it leaves: no register person's identifiers in a directory entry.

A directory entry is an organisation or a service, but its free texts are the referent's own notes: "rappeler
Mme Vandenbossche au 0478 12 34 56" once went out in a file said to hold "aucune donnée de personne". Before
an export, every text field of every entry is scanned by one anonymiser of the register (app.anonymiser, built
like the CdP's: the register's deny list, the directory's resource names kept, no NER model):

- the free texts (conditions, cost, waiting list, notes): everything the deny list and the patterns find —
  names, phones, e-mails, addresses, national numbers, IBANs, birth dates — is replaced by a placeholder;
- the service's own fields (name, commune, address, website): only what the register's deny list finds (a
  service's address or phone is not a person's); the phone and e-mail fields, which a colleague's import
  checks as a phone and an e-mail, are left empty instead of holding a placeholder.

The plan (`ExportScreening`) gives the counts per entry and per kind, never the values.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app.anonymiser import Anonymiser, DenyList, Replacement
from storage.models import NetworkMember, Resource
from storage.register import Register

FREE_TEXT_FIELDS = ("conditions", "cost", "waiting_list_notes", "notes")
SERVICE_FIELDS = ("name", "commune", "address", "website")
EMPTIED_FIELDS = ("phone", "email")  # a placeholder would not pass a colleague's import checks


@dataclass(frozen=True)
class EntryHits:
    """What was masked in one entry of the file (its position in the file and its masked name)."""

    index: int
    name: str  # the name as written in the file (masked when it held an identifier)
    by_kind: dict[str, int] = field(default_factory=dict)
    fields: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return sum(self.by_kind.values())


@dataclass(frozen=True)
class ExportScreening:
    """The masked records and, for the plan, the entries where something was masked."""

    records: list[dict[str, Any]]
    hits: tuple[EntryHits, ...]

    @property
    def total(self) -> int:
        return sum(entry.count for entry in self.hits)


def sharing_anonymiser(register: Register) -> Anonymiser:
    """The register's deny list; the directory's names and the network's organisations kept (as app.cdp)."""
    with register.reading() as session:  # never holds the register against a save; built after it
        entries = DenyList.read_entries(session)
        keep = [name for name in session.scalars(select(Resource.name)) if name]
        keep += [o for o in session.scalars(select(NetworkMember.organisation)) if o and o.strip()]
    return Anonymiser(DenyList(**entries), keep=keep, use_ner=False)


def screen_records(records: list[dict[str, Any]], anonymiser: Anonymiser) -> ExportScreening:
    """Masked copies of `records` (the file's entries, in order) and the hits of each."""
    masked, hits = [], []
    for index, record in enumerate(records):
        copy, found = _screen(record, anonymiser)
        masked.append(copy)
        if found:
            kinds = Counter(r.kind for _name, r in found)
            fields = tuple(dict.fromkeys(name for name, _r in found))
            hits.append(EntryHits(index, copy["name"], dict(sorted(kinds.items())), fields))
    return ExportScreening(masked, tuple(hits))


def _screen(record: dict[str, Any], anonymiser: Anonymiser) -> tuple[dict[str, Any], list[tuple[str, Any]]]:
    copy = dict(record)
    found: list[tuple[str, Replacement]] = []
    for name in (*SERVICE_FIELDS, *EMPTIED_FIELDS, *FREE_TEXT_FIELDS):
        text = record.get(name) or ""
        if not text.strip():
            continue
        result = anonymiser.scrub(text)
        kept = [r for r in result.replacements if name in FREE_TEXT_FIELDS or r.reason == "register"]
        if not kept:
            continue
        found += [(name, r) for r in kept]
        copy[name] = "" if name in EMPTIED_FIELDS else anonymiser.render(text, kept)
    return copy, found
