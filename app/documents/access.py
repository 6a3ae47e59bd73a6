"""A GDPR access request: everything the register holds about one person, as JSON and as a PDF.

Every table that describes the person is read whole (every column but internal ids of other people), row by
row: the person, their network, their situations and all that hangs from them (vulnerabilities, pathologies,
dialogues, priorities and their history, mobilisations and their history, time entries, follow-ups, sharing
consents) and the export-log rows naming one of their situations. CdP sessions hold only anonymised snapshots
and the resource directory no person data: neither is included. Logged as kind "access" with the code of the
situation it was asked from.

The JSON holds the rows as they are (the complete, machine-readable export); the PDF is for the person to read
(app.documents.access_pdf): human titles and labels, no internal columns.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from app import clock
from app.cards import DeckSettings
from app.documents.access_pdf import AccessContext, access_story
from app.documents.output import RenderedDocument
from app.documents.referent import referent_contact
from app.errors import NotFoundError
from storage import models as m
from storage.register import Register

FORMAT = "relais-access-request"
_BY_SITUATION = (m.SituationVulnerability, m.SituationPathology, m.DialogueSession, m.Priority,
                 m.Mobilisation, m.TimeEntry, m.FollowUp, m.SharingConsent)


def gather_access(register: Register, situation_id: int) -> dict[str, Any]:
    """The access document of the person of `situation_id` (all their situations, not only this one)."""
    with register.session() as session:
        situation = session.get(m.Situation, situation_id)
        if situation is None:
            raise NotFoundError("not_found.situation")
        person_id = situation.person_id
        tables = {"person": _rows(session, select(m.Person).where(m.Person.id == person_id))}
        tables["networkmember"] = _rows(session, _where(m.NetworkMember.person_id, [person_id]))
        situations = list(session.scalars(_where(m.Situation.person_id, [person_id])))
        ids = [s.id for s in situations]
        tables["situation"] = [_json(s) for s in situations]
        for model in _BY_SITUATION:
            tables[model.__tablename__] = _rows(session, _where(model.situation_id, ids))
        _histories(session, tables)
        tables["exportlog"] = _export_logs(session, {s.code for s in situations})
    return {"format": FORMAT, "exported_at": clock.now().isoformat(timespec="seconds"), "tables": tables}


def build_access(register: Register, situation_id: int, *, file_format: str = "pdf",
                 lang: str = "fr") -> RenderedDocument:
    document = gather_access(register, situation_id)
    code = next(s["code"] for s in document["tables"]["situation"] if s["id"] == situation_id)
    settings = {"situation": code, "lang": lang}
    count = sum(len(rows) for rows in document["tables"].values())
    if file_format == "json":
        content = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
        return RenderedDocument("access", file_format, content, settings, item_count=count)
    story = access_story(document, lang, access_context(register, document))
    return RenderedDocument("access", file_format, story.render(), settings, item_count=count,
                            notices=story.notices(lang))


def access_context(register: Register, document: dict[str, Any]) -> AccessContext:
    """What the readable PDF adds to the rows: the referent's contact, directory names, card labels."""
    resource_ids = {row["resource_id"] for row in document["tables"]["mobilisation"] if row["resource_id"]}
    with register.session() as session:
        query = select(m.Resource.id, m.Resource.name).where(m.Resource.id.in_(resource_ids))
        names = {resource_id: name for resource_id, name in session.execute(query).all()}
    deck = DeckSettings(register).current_deck()

    def card_label(card_id: str, lang: str) -> str:
        card = deck.card(card_id)
        return card.label(lang) if card else card_id

    return AccessContext(referent_contact(register), names, card_label)


def _where(column, values: list[int]):
    return select(column.class_).where(column.in_(values)).order_by(column.class_.id if hasattr(
        column.class_, "id") else column)


def _rows(session, query) -> list[dict[str, Any]]:
    return [_json(row) for row in session.scalars(query)]


def _histories(session, tables: dict[str, list[dict[str, Any]]]) -> None:
    priority_ids = [row["id"] for row in tables["priority"]]
    mobilisation_ids = [row["id"] for row in tables["mobilisation"]]
    tables["prioritystatuschange"] = _rows(session, _where(m.PriorityStatusChange.priority_id, priority_ids))
    tables["mobilisationstatuschange"] = _rows(
        session, _where(m.MobilisationStatusChange.mobilisation_id, mobilisation_ids))


def _export_logs(session, codes: set[str]) -> list[dict[str, Any]]:
    rows = []
    for row in session.scalars(select(m.ExportLog).order_by(m.ExportLog.id)):
        try:
            settings = json.loads(row.settings_json or "{}")
        except ValueError:
            continue
        if isinstance(settings, dict) and settings.get("situation") in codes:
            rows.append(_json(row))
    return rows


def _json(row) -> dict[str, Any]:
    values = {}
    for column in row.__table__.columns:
        value = getattr(row, column.name)
        values[column.name] = value.isoformat() if isinstance(value, date | datetime) else value
    return values
