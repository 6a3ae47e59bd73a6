"""The BOOST canvas of one situation, read from the register, before anonymisation (seed 003, annex 2).

A `CanvasSource` still holds the referent's own words (narrative, priorities in the person's words, notes on
the dialogue tool): it lives in memory only, between the register and the review (app.cdp.review). The
structured parts are generalised here already: no name, no birth year (a 10-year band), no exact date
(month of the accompaniment), the network as roles only, vocabulary labels instead of free text.

The canvas fields follow the report: 1 narrative; 2 vulnerabilities and pathologies; 3 use of the dialogue
tool (mode, difficulties, added value); 4 priorities raised; 5 resources mobilised; 6 who mobilises each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from app.readmodels import SituationRead, age_band
from app.services import Services
from app.vocab import vocabularies
from storage.models import Person, Situation

NO_CONSENT = "Consentement à l'échange en CdP non enregistré"


@dataclass(frozen=True)
class TextItem:
    """A free text of the canvas, to be scrubbed and reviewed; `key` is unique within the canvas."""

    key: str
    label: str
    text: str


@dataclass(frozen=True)
class DialogueUse:
    month_of_accompaniment: int
    mode: str


@dataclass(frozen=True)
class PriorityLine:
    text_key: str  # the TextItem holding the priority in the person's words
    theme: str
    status: str


@dataclass(frozen=True)
class ResourceLine:
    name_key: str  # the TextItem holding the resource's name (scrubbed like any text)
    resource_type: str
    category: str
    who_mobilises: str
    status: str
    in_directory: bool
    commune: str = ""  # the organisation's commune (from the directory), for the moderator's shortage ledger


@dataclass(frozen=True)
class CanvasSource:
    situation_id: int
    code: str
    consent: bool
    age_band: str
    months_of_accompaniment: int
    status: str
    vulnerabilities: tuple[str, ...]
    pathologies: tuple[str, ...]
    network_roles: tuple[str, ...]
    dialogue: tuple[DialogueUse, ...]
    priorities: tuple[PriorityLine, ...]
    resources: tuple[ResourceLine, ...]
    texts: tuple[TextItem, ...]

    def text(self, key: str) -> TextItem:
        return next(item for item in self.texts if item.key == key)


@dataclass(frozen=True)
class Candidate:
    """A situation the referent may bring to a CdP session, or the reason it cannot be chosen."""

    situation_id: int
    code: str
    person_name: str  # for the referent's own screen only: never exported
    eligible: bool
    reason: str  # empty when eligible


def consent_problem(situation: SituationRead) -> str:
    """Why a situation cannot be shared at a CdP session; empty when it can."""
    return "" if situation.consent_cdp else NO_CONSENT


def candidates(services: Services) -> list[Candidate]:
    """Every situation of the register, eligible ones first, then by pseudonym (one query)."""
    columns = (Situation.id, Situation.code, Situation.consent_cdp, Person.first_name, Person.last_name)
    query = select(*columns).join(Person, Person.id == Situation.person_id)
    with services.register.session() as session:
        rows = session.exec(query).all()
    found = []
    for situation_id, code, consent, first, last in rows:
        problem = "" if consent else NO_CONSENT
        name = " ".join(part for part in (first, last) if part)
        found.append(Candidate(situation_id, code, name, not problem, problem))
    return sorted(found, key=lambda c: (not c.eligible, c.code))


def build_canvas_source(services: Services, situation_id: int, today: date) -> CanvasSource:
    """Read one situation's canvas (raises NotFoundError for an unknown id)."""
    situation = services.situations.get(situation_id)
    person = services.persons.get(situation.person_id)
    texts: list[TextItem] = []
    _add_text(texts, "narrative", "Récit", situation.narrative)
    _add_text(texts, "other_pathologies", "Autres pathologies", situation.other_pathologies)
    dialogue = _dialogue(services, situation, texts)
    priorities = _priorities(services, situation_id, texts)
    resources = _resources(services, situation_id, texts)
    end = situation.closed_on or today
    return CanvasSource(
        situation_id=situation.id,
        code=situation.code,
        consent=situation.consent_cdp,
        age_band=_age_text(age_band(person.birth_year, today.year)),
        months_of_accompaniment=months_between(situation.started_on or today, end) + 1,
        status=_label("situation_statuses", situation.status),
        vulnerabilities=tuple(_label("vulnerabilities", v) for v in situation.vulnerabilities),
        pathologies=tuple(_label("pathologies", p) for p in situation.pathologies),
        network_roles=_roles(services, situation.person_id),
        dialogue=dialogue,
        priorities=priorities,
        resources=resources,
        texts=tuple(texts),
    )


def months_between(start: date, end: date) -> int:
    """Whole calendar months from `start`'s month to `end`'s month (0 for the same month)."""
    return max(0, (end.year - start.year) * 12 + end.month - start.month)


def _add_text(texts: list[TextItem], key: str, label: str, text: str) -> None:
    texts.append(TextItem(key, label, text or ""))


def _dialogue(services: Services, situation: SituationRead, texts: list[TextItem]) -> tuple[DialogueUse, ...]:
    uses = []
    started = situation.started_on or date.today()
    for index, row in enumerate(sorted(services.dialogues.for_situation(situation.id), key=_held_on)):
        month = months_between(started, row.held_on or started) + 1
        uses.append(DialogueUse(month, _label("dialogue_modes", row.mode)))
        number = f"séance {index + 1}"
        _add_text(texts, f"dialogue.{index}.difficulties", f"Difficultés ({number})", row.difficulties)
        _add_text(texts, f"dialogue.{index}.added_value", f"Plus-value ({number})", row.added_value)
    return tuple(uses)


def _held_on(row) -> date:
    return row.held_on or date.min


def _priorities(services: Services, situation_id: int, texts: list[TextItem]) -> tuple[PriorityLine, ...]:
    deck = services.deck_settings.current_deck()
    lines = []
    for index, priority in enumerate(services.priorities.for_situation(situation_id)):
        key = f"priority.{index}.text"
        _add_text(texts, key, f"Priorité {index + 1}", priority.text)
        theme = deck.label(priority.theme) if priority.theme else ""
        lines.append(PriorityLine(key, theme, _label("priority_statuses", priority.status)))
    return tuple(lines)


def _resources(services: Services, situation_id: int, texts: list[TextItem]) -> tuple[ResourceLine, ...]:
    lines = []
    for index, mobilisation in enumerate(services.mobilisations.for_situation(situation_id)):
        key = f"resource.{index}.name"
        _add_text(texts, key, f"Ressource {index + 1}", mobilisation.resource_label)
        resource_type = category = commune = ""
        if mobilisation.resource_id is not None:
            resource = services.resources.get(mobilisation.resource_id)
            resource_type = _label("resource_types", resource.resource_type)
            category = _label("resource_categories", resource.category)
            commune = resource.commune
        lines.append(ResourceLine(
            key, resource_type, category, _label("who_mobilises", mobilisation.who_mobilises),
            _label("mobilisation_statuses", mobilisation.status), mobilisation.in_directory, commune,
        ))
    return tuple(lines)


def _roles(services: Services, person_id: int) -> tuple[str, ...]:
    """The network as roles only, each once, in the vocabulary's order (names never leave the register)."""
    roles = {member.role for member in services.network.for_person(person_id)}
    order = vocabularies()["network_roles"].ids()
    return tuple(_label("network_roles", role) for role in order if role in roles)


def _label(vocabulary: str, term_id: str | None) -> str:
    if not term_id:
        return ""
    return vocabularies()[vocabulary].label(term_id, "fr")


def _age_text(band: str | None) -> str:
    if band is None:
        return "âge non renseigné"
    if band.endswith("+"):
        return f"{band[:-1]} ans et plus"
    low, high = band.split("-")
    return f"{low}–{high} ans"
