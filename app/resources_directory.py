"""The referent's directory of local resources (organisations and services, never people).

Knowing local resources is "personne-dépendant" (seed 003): each referent builds an address book over the
years. The directory keeps it searchable (accent- and case-insensitive), filterable, and flags entries not
checked for twelve months, since services change, close or fill up.

Deleting an entry never deletes a mobilisation: mobilisations keep the resource's name as text (the UI asks
first, with `usage_count`). Renaming an entry refreshes that text in its mobilisations so that reports built
from the name alone stay right.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime

import phonenumbers
from sqlalchemy import func, or_, select, update

from app import clock
from app.errors import NotFoundError, ValidationError
from app.validation import check_email, check_term
from app.vocab import vocabularies
from storage.models import Mobilisation, Resource
from storage.register import Register
from storage.text import fold

NAME_MAX = 200
TEXT_MAX = 2000
TYPE_AHEAD_MIN = 3
STALE_MONTHS = 12
ORDERS = ("name", "commune", "category", "last_checked")
_SEARCHED = (Resource.name, Resource.notes, Resource.conditions, Resource.commune)
# One string per entry, the fields separated so that a word never matches across two of them.
_HAYSTACK = func.concat_ws("\n", *_SEARCHED)
# Plain rows, executed on the session's connection: no ORM machinery on each keystroke.
_FULL_ROWS = select(*Resource.__table__.columns)
_COLUMNS = tuple(column.name for column in Resource.__table__.columns)
_ID_BATCH = 5_000


@dataclass(frozen=True)
class ResourceData:
    """The fields a referent edits; the same fields travel in a shared resource file."""

    name: str = ""
    category: str | None = None
    resource_type: str | None = None
    commune: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    address: str = ""
    conditions: str = ""
    cost: str = ""
    waiting_list_notes: str = ""
    learned_from: str | None = None
    last_checked: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ResourceRead(ResourceData):
    id: int = 0
    created_at: datetime | None = None
    stale: bool = False  # never checked, or last checked more than twelve months ago


DATA_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ResourceData))
TEXT_FIELDS: tuple[str, ...] = tuple(
    name for name in DATA_FIELDS if name not in ("category", "resource_type", "learned_from", "last_checked")
)


# -- validation, shared with the import of a colleague's file ------------------------------------------
def clean_resource(data: ResourceData) -> ResourceData:
    """A checked and normalised copy of `data`, or ValidationError naming the field to correct."""
    values = {name: getattr(data, name) for name in DATA_FIELDS}
    for name in TEXT_FIELDS:
        values[name] = _clean_text(values[name], name)
    if not values["name"]:
        raise ValidationError("name", "resource.name_required")
    if len(values["name"]) > NAME_MAX:
        raise ValidationError("name", "validation.name_too_long", max=NAME_MAX)
    values.update(_clean_terms(values["category"], values["resource_type"], values["learned_from"]))
    values["phone"] = normalise_phone(values["phone"])
    check_email(values["email"])
    last_checked = values["last_checked"]
    if last_checked is not None and type(last_checked) is not date:
        raise ValidationError("last_checked", "resource.checked_not_date")
    if last_checked is not None and last_checked > clock.today():
        raise ValidationError("last_checked", "resource.checked_in_future")
    return ResourceData(**values)


def _clean_terms(category: object, resource_type: object, learned_from: object) -> dict[str, str | None]:
    terms = {"category": category, "resource_type": resource_type, "learned_from": learned_from}
    vocabulary_of = {"category": "resource_categories", "resource_type": "resource_types"}
    for name, value in terms.items():
        if value is not None and not isinstance(value, str):
            raise ValidationError(name, "validation.not_term_id")
        check_term(vocabulary_of.get(name, name), value, name)
        terms[name] = value or None
    if terms["resource_type"] and not terms["category"]:
        # Each type belongs to one category: filled in so that filtering by category finds the entry.
        type_term = vocabularies()["resource_types"].get(terms["resource_type"])
        terms["category"] = type_term.attribute("category")
    return terms


def normalise_phone(text: str, field: str = "phone") -> str:
    """A Belgian number in its usual national form (02 543 12 34), a foreign one in international form.

    Belgian short numbers (1718, 112…) are kept as they are: services publish them.
    """
    text = text.strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, "BE")
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_valid_number(number):
        region = phonenumbers.region_code_for_number(number)
        style = phonenumbers.PhoneNumberFormat
        return phonenumbers.format_number(number, style.NATIONAL if region == "BE" else style.INTERNATIONAL)
    short = number is not None and not text.startswith("+")
    if short and phonenumbers.is_valid_short_number_for_region(number, "BE"):
        return str(number.national_number)
    raise ValidationError(field, "validation.phone")


def _clean_text(value: str | None, field: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, "validation.not_text")
    value = value.strip()
    if len(value) > TEXT_MAX:
        raise ValidationError(field, "validation.field_too_long", max=TEXT_MAX)
    return value


def stale_before(today: date) -> date:
    """Entries last checked before this day are stale: twelve months ago (28 February for a 29 February)."""
    try:
        return today.replace(year=today.year - STALE_MONTHS // 12)
    except ValueError:
        return today.replace(year=today.year - STALE_MONTHS // 12, day=28)


def read_resource(row: Resource, cutoff: date) -> ResourceRead:
    return _read_values({name: getattr(row, name) for name in _COLUMNS}, cutoff)


def _read_row(row, cutoff: date) -> ResourceRead:
    """A read model from a plain result row (columns in table order)."""
    return _read_values(dict(zip(_COLUMNS, row, strict=True)), cutoff)


def _read_values(values: dict, cutoff: date) -> ResourceRead:
    checked = values["last_checked"]
    return ResourceRead(stale=checked is None or checked < cutoff, **values)


class ResourceService:
    def __init__(self, register: Register) -> None:
        self._register = register
        self._fold = (
            _FoldCache()
        )  # search and type-ahead run on every keystroke; the directory rarely changes

    # -- writing ---------------------------------------------------------------------------------------
    def create(self, data: ResourceData) -> ResourceRead:
        data = clean_resource(data)
        with self._register.session() as session:
            row = Resource(created_at=clock.now(), **asdict(data))
            session.add(row)
            session.flush()
            return read_resource(row, stale_before(clock.today()))

    def update(self, resource_id: int, data: ResourceData) -> ResourceRead:
        data = clean_resource(data)
        with self._register.session() as session:
            row = _get(session, resource_id)
            for name, value in asdict(data).items():
                setattr(row, name, value)
            renamed = update(Mobilisation).where(Mobilisation.resource_id == row.id)
            session.execute(renamed.values(resource_name=data.name))
            session.flush()
            return read_resource(row, stale_before(clock.today()))

    def mark_checked(self, resource_id: int, on: date | None = None) -> ResourceRead:
        """Record that the referent checked the entry (still open, same conditions), today by default."""
        on = on or clock.today()
        if on > clock.today():
            raise ValidationError("last_checked", "resource.checked_in_future")
        with self._register.session() as session:
            row = _get(session, resource_id)
            row.last_checked = on
            session.flush()
            return read_resource(row, stale_before(clock.today()))

    def delete(self, resource_id: int) -> None:
        """Remove the entry; its mobilisations stay, unlinked, with the entry's current name as text."""
        with self._register.session() as session:
            row = _get(session, resource_id)
            unlink = update(Mobilisation).where(Mobilisation.resource_id == row.id)
            session.execute(unlink.values(resource_id=None, resource_name=row.name))
            session.delete(row)

    # -- reading ---------------------------------------------------------------------------------------
    def get(self, resource_id: int) -> ResourceRead:
        with self._register.session() as session:
            return read_resource(_get(session, resource_id), stale_before(clock.today()))

    def usage_count(self, resource_id: int) -> int:
        """How many mobilisations use the entry: what the UI says before deleting it."""
        query = select(func.count()).where(Mobilisation.resource_id == resource_id)
        with self._register.session() as session:
            _get(session, resource_id)
            return session.scalar(query) or 0

    def search(
        self,
        text: str = "",
        category: str | None = None,
        resource_type: str | None = None,
        commune: str | None = None,
        stale_only: bool = False,
        order: str = "name",
    ) -> list[ResourceRead]:
        """Entries whose name, notes, conditions or commune contain every word of `text`, accents ignored."""
        if order not in ORDERS:
            raise ValidationError("order", "resource.unknown_order")
        cutoff = stale_before(clock.today())
        words = fast_fold(text).split()
        conditions = []
        if category:
            conditions.append(Resource.category == category)
        if resource_type:
            conditions.append(Resource.resource_type == resource_type)
        if stale_only:
            conditions.append(or_(Resource.last_checked.is_(None), Resource.last_checked < cutoff))
        with self._register.session() as session:
            if commune and commune.strip():
                conditions.append(Resource.commune.in_(_spellings(session, commune)))
            if words:
                found = self._read_ids(session, self._ids_containing(session, conditions, words), cutoff)
            else:
                rows = session.connection().execute(_FULL_ROWS.where(*conditions))
                found = [_read_row(row, cutoff) for row in rows]
        return sorted(found, key=lambda row: _ORDER_KEYS[order](row, self._fold))

    def communes(self) -> list[str]:
        """Distinct communes, for a filter; spellings that differ only by accents or case count once."""
        query = (
            select(Resource.commune, func.count()).where(Resource.commune != "").group_by(Resource.commune)
        )
        spellings: dict[str, Counter] = {}
        with self._register.session() as session:
            for commune, count in session.execute(query):
                spellings.setdefault(fold(commune), Counter())[commune] += count
        chosen = [counter.most_common(1)[0][0] for counter in spellings.values()]  # the most used spelling
        return sorted(chosen, key=fold)

    def type_ahead(self, prefix: str, limit: int = 10) -> list[ResourceRead]:
        """Suggestions once three letters are typed: names starting with them, then a word starting with
        them, then names containing them anywhere."""
        needle = " ".join(fast_fold(prefix).split())
        if len(needle) < TYPE_AHEAD_MIN or limit <= 0:
            return []
        cutoff = stale_before(clock.today())
        with self._register.session() as session:
            names = session.connection().execute(select(Resource.id, Resource.name))
            ranked = sorted(
                (_match_rank(folded, needle), folded, id_)
                for id_, folded in ((id_, self._fold(name)) for id_, name in names)
                if needle in folded
            )
            ids = [id_ for _rank, _name, id_ in ranked[:limit]]
            found = {row.id: row for row in self._read_ids(session, ids, cutoff)}
        return [found[id_] for id_ in ids]

    def _ids_containing(self, session, conditions: list, words: list[str]) -> list[int]:
        """Ids of the entries (among `conditions`) whose searched text holds every word. Folding is done
        here rather than with SQL's relais_fold: folded texts are kept between keystrokes."""
        query = select(Resource.id, _HAYSTACK).where(*conditions)
        ids = []
        for id_, text in session.connection().execute(query):
            haystack = self._fold(text)
            if all(word in haystack for word in words):
                ids.append(id_)
        return ids

    @staticmethod
    def _read_ids(session, ids: list[int], cutoff: date) -> list[ResourceRead]:
        found = []
        for start in range(0, len(ids), _ID_BATCH):  # SQLite caps the number of bound parameters
            query = _FULL_ROWS.where(Resource.id.in_(ids[start : start + _ID_BATCH]))
            found += [_read_row(row, cutoff) for row in session.connection().execute(query)]
        return found


# -- helpers -----------------------------------------------------------------------------------------------
def _get(session, resource_id: int) -> Resource:
    row = session.get(Resource, resource_id)
    if row is None:
        raise NotFoundError("not_found.resource")
    return row


class _FoldTable(dict):
    """Code point → folded text, filled on first sight: `str.translate` then folds at C speed."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fast_fold(text: str | None) -> str:
    """The same result as storage.text.fold (folding works character by character), about 3× faster:
    search folds every entry's text on each keystroke."""
    return text.translate(_FOLD_TABLE) if text else ""


def _spellings(session, commune: str) -> list[str]:
    """The stored spellings of a commune (Saint-Gilles, saint-gilles…), so the filter can use the index."""
    wanted = fast_fold(commune.strip())
    return [c for c in session.scalars(select(Resource.commune).distinct()) if fast_fold(c) == wanted]


class _FoldCache:
    """Folded texts by raw text, bounded; lives as long as the service (dropped when the register locks)."""

    def __init__(self, limit: int = 20_000) -> None:
        self._folded: dict[str, str] = {}
        self._limit = limit

    def __call__(self, text: str) -> str:
        folded = self._folded.get(text)
        if folded is None:
            if len(self._folded) >= self._limit:
                self._folded.clear()
            folded = self._folded[text] = fast_fold(text)
        return folded


_WORD_START = re.compile(r"\w+")


def _match_rank(name: str, needle: str) -> int:
    if name.startswith(needle):
        return 0
    if any(name[match.start() :].startswith(needle) for match in _WORD_START.finditer(name)):
        return 1
    return 2


def _label(vocabulary: str, term_id: str | None) -> str:
    return fast_fold(vocabularies()[vocabulary].label(term_id)) if term_id else "\uffff"  # unset entries last


_ORDER_KEYS = {
    "name": lambda row, fold_: (fold_(row.name), row.id),
    "commune": lambda row, fold_: (fold_(row.commune) or "\uffff", fold_(row.name), row.id),
    "category": lambda row, fold_: (_label("resource_categories", row.category), fold_(row.name), row.id),
    # Least recently checked first (never checked at the top): the order of a round of phone calls.
    "last_checked": lambda row, fold_: (row.last_checked or date.min, fold_(row.name), row.id),
}
