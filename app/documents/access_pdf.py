"""The GDPR access document as the person reads it: their data in sections with human titles and labels.

It is drawn from the same rows as the JSON variant (app.documents.access) but shows them the way the window
does: vocabulary ids as their labels, yes/no, dates as dd/mm/yyyy, durations in hours and minutes. Internal
columns (ids, foreign keys, record timestamps, export settings) stay out; the intro says the JSON holds them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app import clock
from app.documents.access_texts import known, words
from app.documents.pdf import PdfStory
from app.documents.referent import ReferentContact
from app.documents.texts import term
from app.durations import format_duration

Row = dict[str, Any]
_IDENTITY = (
    "first_name",
    "last_name",
    "birth_year",
    "sex",
    "address",
    "postcode",
    "commune",
    "phone",
    "email",
    "languages",
)


@dataclass(frozen=True)
class AccessContext:
    """What the PDF needs beyond the rows: who keeps the register, directory resource names, card labels."""

    referent: ReferentContact = field(default_factory=ReferentContact)
    resource_names: dict[int, str] = field(default_factory=dict)
    card_label: Callable[[str, str], str] = lambda card_id, _lang: card_id


def access_story(document: dict[str, Any], lang: str, context: AccessContext | None = None) -> PdfStory:
    context = context or AccessContext()
    tables = document["tables"]
    person = tables["person"][0]
    name = " ".join(p for p in (person["first_name"], person["last_name"]) if p)
    story = PdfStory(words("title", lang), words("footer", lang))
    story.title(words("title", lang))
    story.subtitle(name)
    _intro(story, context.referent, name, lang)
    writer = _Sections(story, tables, lang, context)
    for section in (
        writer.identity,
        writer.situations,
        writer.network,
        writer.priorities,
        writer.mobilisations,
        writer.dialogues,
        writer.time,
        writer.followups,
        writer.consents,
        writer.exports,
    ):
        section()
    return story


def _intro(story: PdfStory, referent: ReferentContact, name: str, lang: str) -> None:
    who = ", ".join(x for x in (referent.name, referent.organisation) if x)
    holder = words("holder", lang, referent=who) if who else words("holder.none", lang)
    story.para(words("intro", lang, holder=holder, name=name, date=shown_day(clock.today())))
    reach = ", ".join(x for x in (referent.name, referent.phone, referent.email) if x)
    if referent.phone or referent.email:
        story.para(words("contact", lang, contact=reach))
    story.para(words("sections", lang), "small")


def shown_day(value: str | date | None) -> str:
    """dd/mm/yyyy in every language: a person reading on paper, not an ISO date (the JSON keeps those)."""
    if not value:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    return value.strftime("%d/%m/%Y")


class _Sections:
    def __init__(
        self, story: PdfStory, tables: dict[str, list[Row]], lang: str, context: AccessContext
    ) -> None:
        self.story, self.tables, self.lang, self.context = story, tables, lang, context
        self.codes = {row["id"]: row["code"] for row in tables["situation"]}
        # Rows name their situation only when the person has several (else the code is noise).
        self.several = len(self.codes) > 1

    def _w(self, key: str, **params: object) -> str:
        return words(key, self.lang, **params)

    def _open(self, key: str, rows: list) -> bool:
        self.story.heading(self._w(key))
        self.story.para(self._w(f"about.{key}"), "small")
        self.story.gap(1)
        if not rows:
            self.story.empty(self._w("empty"))
        return bool(rows)

    def _term(self, vocabulary: str, term_id: str | None) -> str:
        return term(vocabulary, term_id, self.lang)

    def _yes(self, value: bool) -> str:
        return self._w("yes" if value else "no")

    def _where(self, row: Row) -> str:
        if not self.several:
            return ""
        return f"{self._w('situation_named', code=self.codes[row['situation_id']])} · "

    def _labelled(self, *pairs: tuple[str, str]) -> str:
        return " · ".join(f"{self._w(key)}{self._colon()}{value}" for key, value in pairs if value)

    def identity(self) -> None:
        person = self.tables["person"][0]
        self._open("identity", [person])
        values = {
            **person,
            "sex": self._w(f"sex.{person['sex']}") if known(f"sex.{person['sex']}") else person["sex"],
            "birth_year": str(person["birth_year"] or ""),
        }
        self.story.fields([(self._w(key), values[key] or self._w("unset")) for key in _IDENTITY])
        if person["notes"].strip():
            self.story.gap(2)
            self.story.para(self._w("notes"), "lead")
            self.story.para(person["notes"])

    def situations(self) -> None:
        self._open("situation", self.tables["situation"])
        for row in self.tables["situation"]:
            if self.several:
                self.story.subtitle(self._w("situation_named", code=row["code"]))
            self.story.fields(self._situation_pairs(row))
            if row["narrative"].strip():
                self.story.gap(2)
                self.story.para(self._w("narrative"), "lead")
                self.story.para(row["narrative"])

    def _situation_pairs(self, row: Row) -> list[tuple[str, str]]:
        sid = row["id"]
        vulnerabilities = [
            self._term("vulnerabilities", v["vulnerability"])
            for v in self.tables["situationvulnerability"]
            if v["situation_id"] == sid
        ]
        pathologies = [
            self._term("pathologies", p["pathology"])
            for p in self.tables["situationpathology"]
            if p["situation_id"] == sid
        ]
        pairs = [
            ("code", row["code"]),
            ("status", self._term("situation_statuses", row["status"])),
            ("started_on", shown_day(row["started_on"])),
            ("closed_on", shown_day(row["closed_on"])),
            ("closure_reason", self._term("closure_reasons", row["closure_reason"])),
            ("origin", self._term("origins", row["origin"])),
            ("vulnerabilities", ", ".join(vulnerabilities)),
            ("pathologies", ", ".join(pathologies)),
            ("other_pathologies", row["other_pathologies"]),
            ("consent_cdp", self._yes(row["consent_cdp"])),
            ("consent_date", shown_day(row["consent_date"])),
            ("next_checkin", shown_day(row["next_checkin"])),
        ]
        always = {"code", "status", "started_on", "consent_cdp"}
        return [(self._w(key), value) for key, value in pairs if value or key in always]

    def network(self) -> None:
        rows = self.tables["networkmember"]
        if self._open("network", rows):
            for row in rows:
                detail = ", ".join(
                    x for x in (row["name"], row["organisation"], row["phone"], row["email"]) if x
                )
                self.story.item(self._term("network_roles", row["role"]), detail, row["notes"])

    def priorities(self) -> None:
        rows = sorted(self.tables["priority"], key=lambda r: (r["situation_id"], r["rank"], r["id"]))
        if not self._open("priorities", rows):
            return
        for row in rows:
            detail = ", ".join(
                x
                for x in (
                    self._term("priority_statuses", row["status"]),
                    self._w("raised_on", date=shown_day(row["raised_on"])),
                )
                if x
            )
            if row["theme"]:
                detail += f" · {self._labelled(('theme', self.context.card_label(row['theme'], self.lang)))}"
            changes = [c for c in self.tables["prioritystatuschange"] if c["priority_id"] == row["id"]]
            history = self._history(changes, "priority_statuses")
            self.story.item(
                f"{self._where(row)}{row['text']}", detail, "\n".join(x for x in (row["notes"], history) if x)
            )

    def _colon(self) -> str:
        return " : " if self.lang == "fr" else ": "  # French typography puts a space before the colon

    def _history(self, changes: list[Row], vocabulary: str) -> str:
        steps = []
        for change in changes:
            reason = self._term("failure_reasons", change.get("reason"))
            said = (self._term(vocabulary, change["status"]), reason, change["note"])
            steps.append(shown_day(change["changed_on"]) + self._colon() + ", ".join(x for x in said if x))
        separator = " ; " if self.lang == "fr" else "; "
        return f"{self._w('history')} — {separator.join(steps)}" if steps else ""

    def mobilisations(self) -> None:
        rows = self.tables["mobilisation"]
        if not self._open("mobilisations", rows):
            return
        priorities = {p["id"]: p["text"] for p in self.tables["priority"]}
        for row in rows:
            resource = self.context.resource_names.get(row["resource_id"]) or row["resource_name"] or "—"
            detail = self._labelled(
                ("status", self._term("mobilisation_statuses", row["status"])),
                ("reason", self._term("failure_reasons", row["reason"])),
                ("who_mobilises", self._term("who_mobilises", row["who_mobilises"])),
                ("mode", self._term("mobilisation_modes", row["mode"])),
                ("since", shown_day(row["started_on"])),
                ("until", shown_day(row["ended_on"])),
                ("for_priority", priorities.get(row["priority_id"], "")),
            )
            changes = [
                c for c in self.tables["mobilisationstatuschange"] if c["mobilisation_id"] == row["id"]
            ]
            history = self._history(changes, "mobilisation_statuses")
            self.story.item(
                f"{self._where(row)}{resource}", detail, "\n".join(x for x in (row["notes"], history) if x)
            )

    def dialogues(self) -> None:
        rows = self.tables["dialoguesession"]
        if not self._open("dialogues", rows):
            return
        for row in rows:
            cards = ", ".join(
                self.context.card_label(card, self.lang) for card in _card_ids(row["cards_json"])
            )
            detail = self._labelled(("form", self._term("dialogue_modes", row["mode"])), ("cards", cards))
            note = "\n".join(
                self._labelled((key, row[key]))
                for key in ("difficulties", "added_value", "notes")
                if row[key]
            )
            self.story.item(f"{self._where(row)}{shown_day(row['held_on'])}", detail, note)

    def time(self) -> None:
        rows = sorted(self.tables["timeentry"], key=lambda r: (r["worked_on"], r["id"]))
        if not self._open("time", rows):
            return
        lines = [
            [
                shown_day(r["worked_on"]),
                format_duration(r["minutes"], self.lang),
                self._term("referent_tasks", r["task"]),
                f"{self._where(r)}{r['note']}".strip(" ·"),
            ]
            for r in rows
        ]
        total = [self._w("total"), format_duration(sum(r["minutes"] for r in rows), self.lang), "", ""]
        self.story.grid(
            [self._w(k) for k in ("date", "duration", "task", "note")],
            lines,
            [0.14, 0.12, 0.34, 0.40],
            total=total,
        )

    def followups(self) -> None:
        rows = sorted(self.tables["followup"], key=lambda r: (r["due_on"], r["id"]))
        if self._open("followups", rows):
            self.story.grid(
                [self._w(k) for k in ("due_on", "reminder", "done_on")],
                [
                    [
                        shown_day(r["due_on"]),
                        f"{self._where(r)}{r['note']}".strip(" ·"),
                        shown_day(r["done_on"]),
                    ]
                    for r in rows
                ],
                [0.16, 0.66, 0.18],
            )

    def consents(self) -> None:
        rows = self.tables["sharingconsent"]
        if self._open("consents", rows):
            keys = ("professional_name", "professional_role", "scope", "recorded_on", "withdrawn_on")
            self.story.grid(
                [self._w(k) for k in keys],
                [
                    [
                        r["professional_name"],
                        r["professional_role"],
                        self._w(f"scope.{r['scope']}") if known(f"scope.{r['scope']}") else r["scope"],
                        shown_day(r["recorded_on"]),
                        shown_day(r["withdrawn_on"]),
                    ]
                    for r in rows
                ],
                [0.26, 0.26, 0.18, 0.15, 0.15],
            )

    def exports(self) -> None:
        rows = self.tables["exportlog"]
        if self._open("exports", rows):
            self.story.grid(
                [self._w(k) for k in ("date", "kind", "format")],
                [
                    [
                        _moment(r["exported_at"]),
                        self._w(f"kind.{r['kind']}") if known(f"kind.{r['kind']}") else r["kind"],
                        r["format"].upper(),
                    ]
                    for r in rows
                ],
                [0.25, 0.55, 0.20],
            )


def _moment(value: str) -> str:
    """An export's local date and time, to the minute."""
    moment = datetime.fromisoformat(value)
    moment = moment.astimezone() if moment.tzinfo else moment
    return f"{moment:%d/%m/%Y %H:%M}"


def _card_ids(cards_json: str) -> list[str]:
    try:
        cards = json.loads(cards_json or "[]")
    except ValueError:
        return []
    return [str(card) for card in cards] if isinstance(cards, list) else []
