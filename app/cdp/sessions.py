"""Community-of-practice sessions: date, group, the nœud worked on, the situations brought, the four points.

The situations a session brings are kept in `CdpSession.snapshots_json` as ids and pseudonyms (never names);
`prepare_review` builds the canvases and scrubs their texts with one anonymiser, ready for the review screen
(app.cdp.review) or, on the command line, for an export without review.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlmodel import select

from app import clock
from app.anonymiser import Anonymiser
from app.cdp.canvas import CanvasSource, build_canvas_source, consent_problem
from app.cdp.identifiers import identifiers_for
from app.cdp.review import CanvasReview
from app.errors import NotFoundError, ValidationError
from app.services import Services
from app.vocab import vocabularies
from storage.models import CdpSession
from storage.register import Register

TEXT_MAX = 4000
GROUP_MAX = 120
FEEDBACK = {
    "feedback_positive": "Un élément positif",
    "feedback_difficulty": "Une difficulté",
    "feedback_new": "Un élément nouveau",
    "feedback_solution": "Une solution ayant émergé",
}
MAX_SITUATIONS = 6  # the report's guidance is one or two per referent; a few more are tolerated


@dataclass(frozen=True)
class CdpSessionData:
    held_on: date | None = None  # today when None
    group_name: str = ""
    noeud: str | None = None  # cdp_noeuds
    noeud_text: str = ""  # a nœud in the group's own words (with or without a vocabulary one)
    feedback_positive: str = ""
    feedback_difficulty: str = ""
    feedback_new: str = ""
    feedback_solution: str = ""


@dataclass(frozen=True)
class CdpSessionRead(CdpSessionData):
    id: int = 0
    situation_ids: tuple[int, ...] = ()

    @property
    def noeud_label(self) -> str:
        return vocabularies()["cdp_noeuds"].label(self.noeud, "fr") if self.noeud else ""


_DATA_FIELDS = tuple(f.name for f in fields(CdpSessionData))


class CdpSessionService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._register: Register = services.register

    # -- sessions ---------------------------------------------------------------------------------------
    def create(self, data: CdpSessionData) -> CdpSessionRead:
        data = _clean(data)
        with self._register.session() as session:
            row = CdpSession(**_columns(data))
            session.add(row)
            session.flush()
            return _read(row)

    def update(self, session_id: int, data: CdpSessionData) -> CdpSessionRead:
        data = _clean(data)
        with self._register.session() as session:
            row = _get(session, session_id)
            for name, value in _columns(data).items():
                setattr(row, name, value)
            session.add(row)
            session.flush()
            return _read(row)

    def set_situations(self, session_id: int, situation_ids: Sequence[int]) -> CdpSessionRead:
        """The situations brought to the session, in the order given (duplicates dropped)."""
        ids = list(dict.fromkeys(situation_ids))
        if len(ids) > MAX_SITUATIONS:
            raise ValidationError("situations", "cdp.too_many_situations", max=MAX_SITUATIONS)
        codes = [self._services.situations.get(situation_id).code for situation_id in ids]
        with self._register.session() as session:
            row = _get(session, session_id)
            row.snapshots_json = json.dumps(
                [{"situation_id": i, "code": c} for i, c in zip(ids, codes, strict=True)]
            )
            session.add(row)
            session.flush()
            return _read(row)

    def get(self, session_id: int) -> CdpSessionRead:
        with self._register.session() as session:
            return _read(_get(session, session_id))

    def list(self) -> list[CdpSessionRead]:
        """Most recent first."""
        with self._register.session() as session:
            rows = session.exec(select(CdpSession).order_by(CdpSession.held_on.desc(), CdpSession.id.desc()))
            return [_read(row) for row in rows.all()]

    def delete(self, session_id: int) -> None:
        with self._register.session() as session:
            session.delete(_get(session, session_id))

    # -- canvases ---------------------------------------------------------------------------------------
    def canvases(
        self, situation_ids: Sequence[int], *, include_without_consent: bool = False
    ) -> list[CanvasSource]:
        """The chosen situations' canvases; one without consent is refused unless explicitly included."""
        today = clock.today()
        found = []
        for situation_id in situation_ids:
            situation = self._services.situations.get(situation_id)
            problem = consent_problem(situation)
            if problem and not include_without_consent:
                raise ValidationError("situations", "cdp.no_consent", code=situation.code)
            found.append(build_canvas_source(self._services, situation_id, today))
        return found

    def prepare_review(
        self,
        session: CdpSessionRead,
        *,
        use_ner: bool = True,
        include_without_consent: bool = False,
    ) -> CanvasReview:
        """Canvases of the session's situations and the session's texts, scrubbed by one anonymiser."""
        canvases = self.canvases(session.situation_ids, include_without_consent=include_without_consent)
        return CanvasReview(self.anonymiser(use_ner=use_ner), canvases, session_texts(session))

    def anonymiser(self, *, use_ner: bool = True) -> Anonymiser:
        """An anonymiser knowing every name of the register and keeping the directory's resource names and
        the network members' organisations (read once, kept until a change: app.cdp.identifiers)."""
        found = identifiers_for(self._register)
        return Anonymiser(found.deny, keep=found.keep, use_ner=use_ner, near_names=found.near_names())


def session_texts(session: CdpSessionRead) -> dict[str, tuple[str, str]]:
    """The session's own free texts, under review like the canvases."""
    texts = {"noeud_text": ("Nœud (dans les mots du groupe)", session.noeud_text)}
    for name, label in FEEDBACK.items():
        texts[name] = (label, getattr(session, name))
    return texts


def _clean(data: CdpSessionData) -> CdpSessionData:
    if data.noeud is not None and data.noeud not in vocabularies()["cdp_noeuds"]:
        raise ValidationError("noeud", "cdp.unknown_noeud")
    held_on = data.held_on or clock.today()
    group_name = (data.group_name or "").strip()
    if len(group_name) > GROUP_MAX:
        raise ValidationError("group_name", "cdp.group_name_too_long", max=GROUP_MAX)
    texts = {name: _long_text(getattr(data, name), name) for name in ("noeud_text", *FEEDBACK)}
    return replace(data, held_on=held_on, group_name=group_name, **texts)


def _long_text(text: str, name: str) -> str:
    text = (text or "").strip()
    if len(text) > TEXT_MAX:
        raise ValidationError(name, "validation.text_too_long", max=TEXT_MAX)
    return text


def _columns(data: CdpSessionData) -> dict:
    return {name: getattr(data, name) for name in _DATA_FIELDS}


def _read(row: CdpSession) -> CdpSessionRead:
    chosen = json.loads(row.snapshots_json or "[]")
    ids = tuple(int(item["situation_id"]) for item in chosen if item.get("situation_id"))
    return CdpSessionRead(**{name: getattr(row, name) for name in _DATA_FIELDS}, id=row.id, situation_ids=ids)


def _get(session, session_id: int) -> CdpSession:
    row = session.get(CdpSession, session_id)
    if row is None:
        raise NotFoundError("not_found.cdp_session")
    return row
