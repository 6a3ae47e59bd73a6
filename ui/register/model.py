"""The table of situations: a Qt model over `SituationSummary` rows, with its own filtering and sorting.

All rows are read once (one `summaries()` call and one `search_texts()` call); a keystroke in the search box
then only filters in memory: folded words matched as substrings of the folded "name code narrative" text,
which stays well under one frame on 5,000 situations. Display strings are computed once per load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.readmodels import SituationSummary
from app.text import fold
from app.vocab import vocabularies

CODE, PERSON, STATUS, VULNERABILITIES, LAST_CONTACT, NEXT_CONTACT = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("RegisterModel", "Pseudonym"),
    QT_TRANSLATE_NOOP("RegisterModel", "Person"),
    QT_TRANSLATE_NOOP("RegisterModel", "Status"),
    QT_TRANSLATE_NOOP("RegisterModel", "Main vulnerabilities"),
    QT_TRANSLATE_NOOP("RegisterModel", "Last contact"),
    QT_TRANSLATE_NOOP("RegisterModel", "Next contact"),
)
SITUATION_ID_ROLE = Qt.ItemDataRole.UserRole
# The roles `RegisterModel.data` answers, as plain ints (the view passes ints; enum members hash alike).
_ANSWERED_ROLES = frozenset(int(role.value) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, SITUATION_ID_ROLE,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole))  # fmt: skip
_DISPLAY, _ACCESSIBLE, _TOOLTIP, _FOREGROUND, _SITUATION_ID = (int(role.value) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole, SITUATION_ID_ROLE))  # fmt: skip
TOP_VULNERABILITIES = 3
RECENT_FILTERS = 32  # rows of the last filters kept (a few hundred KiB at most on 20,000 situations)
OVERDUE_COLOUR = QColor("#9b1c1c")
OVERDUE_BRUSH = QBrush(OVERDUE_COLOUR)
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


@dataclass(frozen=True)
class RegisterFilter:
    text: str = ""
    status: str | None = None
    vulnerability: str | None = None
    pathology: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.status or self.vulnerability or self.pathology)


@dataclass(slots=True)
class _Row:
    summary: SituationSummary
    cells: tuple[str, ...]
    vulnerability_tip: str
    order: int  # position in the service's order (last name, first name, code): the "Person" sort key
    text: str  # folded "name code narrative" (name and code only until the narratives are read)


@dataclass(frozen=True)
class PreparedRows:
    """Rows made ready off the GUI thread (`prepare_rows`), shown at once by `RegisterModel.load_prepared`."""

    rows: list[_Row]
    language: str
    today: date


def prepare_rows(summaries: list[SituationSummary], language: str,
                 search_texts: dict[int, str] | None = None) -> PreparedRows:
    """The display strings of every row, computed once (plain Python, no Qt: safe on a pool thread)."""
    texts = search_texts or {}
    labels = _Labels(language)
    make_row = RegisterModel._make_row
    rows = [make_row(summary, order, texts.get(summary.id) or _short_text(summary), labels)
            for order, summary in enumerate(summaries)]
    return PreparedRows(rows, language, date.today())


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegisterModel", text)


def _date_text(value: date | None) -> str:
    if value is None:
        return ""
    # the Belgian way, in every language; what strftime("%d/%m/%Y") gives, several times faster (strftime
    # imports `time` on every call, through PySide's import hook: 9,000 dates cost ~90 ms at unlock)
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def _date_key(value: date | None) -> tuple[bool, date]:
    return (value is None, value or date.min)  # empty dates last


class RegisterModel(QAbstractTableModel):
    def __init__(self, language: str = "fr", parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self._all: list[_Row] = []
        self._by_id: dict[int, SituationSummary] | None = None  # built on the first `summary()` lookup
        self._rows: list[_Row] = []
        self._texts: dict[int, str] = {}
        self._filter = RegisterFilter()
        # the rows of the last filters, in the current order: erasing a letter comes back to a filter just
        # shown, and a full pass over 5,000 narratives costs ~3 ms (issue 14); emptied whenever rows, texts
        # or the order change
        self._recent: dict[tuple, list[_Row]] = {}
        self._sort: tuple[int, Qt.SortOrder] = (PERSON, Qt.SortOrder.AscendingOrder)
        self.today = date.today()

    # -- loading ---------------------------------------------------------------------------------------
    def load(self, summaries: list[SituationSummary], search_texts: dict[int, str] | None = None) -> None:
        """Show `summaries`; without `search_texts`, the texts already known are kept (else name and code
        are searchable at once, and `set_search_texts` adds the narratives when they have been read)."""
        texts = self._texts if search_texts is None else dict(search_texts)
        self._show_rows(prepare_rows(summaries, self.language, texts), texts)

    def load_prepared(self, prepared: PreparedRows) -> None:
        """Show rows prepared by `prepare_rows` (for this model's language); the texts already known are
        kept, as with `load`."""
        if prepared.language != self.language:
            self.load([row.summary for row in prepared.rows])
            return
        if self._texts:
            for row in prepared.rows:
                row.text = self._texts.get(row.summary.id) or row.text
        self._show_rows(prepared, self._texts)

    def _show_rows(self, prepared: PreparedRows, texts: dict[int, str]) -> None:
        """One model reset for the whole batch."""
        self.beginResetModel()
        self.today = prepared.today
        self._all = prepared.rows
        self._by_id = None
        self._texts = texts
        self._apply_sort()
        self._rows = self._filtered()
        self.endResetModel()

    def set_search_texts(self, search_texts: dict[int, str]) -> None:
        self._texts = dict(search_texts)
        self._recent.clear()
        for row in self._all:
            row.text = self._texts.get(row.summary.id) or _short_text(row.summary)
        if self._filter.text.strip():
            self.beginResetModel()
            self._rows = self._filtered()
            self.endResetModel()

    def clear(self) -> None:
        """Forget every row and every searchable text (used when the register locks)."""
        self.beginResetModel()
        self._all, self._rows, self._texts, self._by_id = [], [], {}, None
        self._recent.clear()
        self.endResetModel()

    @staticmethod
    def _make_row(summary: SituationSummary, order: int, text: str, labels: _Labels) -> _Row:
        ranked = sorted(summary.vulnerabilities, key=labels.vulnerability_rank)
        names = [labels.vulnerability(term) for term in ranked]
        shown = ", ".join(names[:TOP_VULNERABILITIES])
        if len(names) > TOP_VULNERABILITIES:
            shown += f" (+{len(names) - TOP_VULNERABILITIES})"
        cells = (summary.code, summary.person_name, labels.status(summary.status), shown,
                 _date_text(summary.last_contact), _date_text(summary.next_checkin))
        return _Row(summary, cells, "\n".join(names), order, text)

    # -- filtering and sorting -------------------------------------------------------------------------
    @property
    def filter(self) -> RegisterFilter:
        return self._filter

    def set_filter(self, new_filter: RegisterFilter) -> None:
        if new_filter == self._filter:
            return
        # Typing on (the same criteria, the text only longer) narrows the rows shown: every row the longer
        # text matches also matched the shorter one, so only those are searched again (issue 14).
        old = self._filter
        narrowing = (old.text.strip() and (old.status, old.vulnerability, old.pathology)
                     == (new_filter.status, new_filter.vulnerability, new_filter.pathology)
                     and fold(new_filter.text).startswith(fold(old.text)))  # fmt: skip
        key = _filter_key(new_filter)
        self.beginResetModel()
        self._filter = new_filter
        rows = self._recent.pop(key, None)
        if rows is None:
            rows = self._filtered(self._rows if narrowing else None)
        self._recent[key] = rows  # the most recent last
        if len(self._recent) > RECENT_FILTERS:
            del self._recent[next(iter(self._recent))]
        self._rows = rows
        self.endResetModel()

    def _filtered(self, shown: list[_Row] | None = None) -> list[_Row]:
        """One simple pass per criterion: each is a plain comprehension, fast on thousands of rows. `shown`:
        the rows of a filter this one narrows (only its text is searched in them)."""
        f = self._filter
        if shown is not None:
            rows = shown
            for word in fold(f.text).split():
                rows = [row for row in rows if word in row.text]
            return rows
        rows = self._all
        if f.status:
            rows = [row for row in rows if row.summary.status == f.status]
        if f.vulnerability:
            rows = [row for row in rows if f.vulnerability in row.summary.vulnerabilities]
        if f.pathology:
            family = pathology_family(f.pathology)
            rows = [row for row in rows if not family.isdisjoint(row.summary.pathologies)]
        for word in fold(f.text).split():
            rows = [row for row in rows if word in row.text]
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        persistent = self.persistentIndexList()
        self._sort = (column, order)
        self._apply_sort()
        self._rows = self._filtered()
        new_position = {id(row): number for number, row in enumerate(self._rows)}
        for index in persistent:
            row = old_rows[index.row()]
            self.changePersistentIndex(index, self.index(new_position[id(row)], index.column()))
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        self._recent.clear()
        column, order = self._sort
        self._all.sort(key=_sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    # -- Qt model interface ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # The view asks each visible cell for a dozen roles on every paint (~1,500 calls a keystroke); most
        # are roles this model leaves to the style: answered before any other work (issue 14).
        if role not in _ANSWERED_ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.cells[column]
        if role == SITUATION_ID_ROLE:
            return row.summary.id
        if role == Qt.ItemDataRole.ToolTipRole and column == VULNERABILITIES:
            return row.vulnerability_tip or None
        if role == Qt.ItemDataRole.ForegroundRole and column == NEXT_CONTACT and self._overdue(row):
            return OVERDUE_BRUSH
        return None

    def multiData(self, index: Index, roles: QModelRoleDataSpan) -> None:
        """What `data` answers, for every role the delegate asks a cell at once (seven a cell, on every
        paint): one Python call per painted cell instead of seven (issue 14). Every role is written, an
        unanswered one cleared: the delegate hands the same span again for the next cell, still holding
        what this one set."""
        if not index.isValid() or index.row() >= len(self._rows):
            for item in roles:
                item.clearData()
            return
        row, column = self._rows[index.row()], index.column()
        for item in roles:
            role = item.role()
            if role in (_DISPLAY, _ACCESSIBLE):
                item.setData(row.cells[column])
            elif role == _FOREGROUND and column == NEXT_CONTACT and self._overdue(row):
                item.setData(OVERDUE_BRUSH)
            elif role == _SITUATION_ID:
                item.setData(row.summary.id)
            elif role == _TOOLTIP and column == VULNERABILITIES and row.vulnerability_tip:
                item.setData(row.vulnerability_tip)
            else:
                item.clearData()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return _tr(HEADERS[section])
        return None

    def _overdue(self, row: _Row) -> bool:
        due = row.summary.next_checkin
        return due is not None and due < self.today and row.summary.status != "closed"

    # -- lookups ---------------------------------------------------------------------------------------
    @property
    def total_count(self) -> int:
        return len(self._all)

    def situation_id(self, row: int) -> int | None:
        return self._rows[row].summary.id if 0 <= row < len(self._rows) else None

    def summary(self, situation_id: int) -> SituationSummary | None:
        if self._by_id is None:
            self._by_id = {row.summary.id: row.summary for row in self._all}
        return self._by_id.get(situation_id)

    def row_of(self, situation_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.summary.id == situation_id:
                return number
        return None


def _filter_key(f: RegisterFilter) -> tuple:
    """Filters that show the same rows have the same key (the words of the text, folded)."""
    return tuple(fold(f.text).split()), f.status, f.vulnerability, f.pathology


def _short_text(summary: SituationSummary) -> str:
    return fold(f"{summary.person_name} {summary.code}")


class _Labels:
    """Vocabulary labels and ranks looked up once per load, not once per row."""

    def __init__(self, language: str) -> None:
        vocab = vocabularies()
        self._statuses = {term.id: term.label(language) for term in vocab["situation_statuses"]}
        self._vulnerabilities = {term.id: term.label(language) for term in vocab["vulnerabilities"]}
        self._ranks = {term_id: rank for rank, term_id in enumerate(self._vulnerabilities)}

    def status(self, term_id: str) -> str:
        return self._statuses.get(term_id, term_id)

    def vulnerability(self, term_id: str) -> str:
        return self._vulnerabilities.get(term_id, term_id)

    def vulnerability_rank(self, term_id: str) -> int:
        return self._ranks.get(term_id, len(self._ranks))


def pathology_family(pathology: str) -> frozenset[str]:
    """A pathology and the ones listed under it ("cardiovascular" includes hypertension, heart failure)."""
    children = (term.id for term in vocabularies()["pathologies"] if term.attribute("parent") == pathology)
    return frozenset((pathology, *children))


def _rank_in(ordered_ids: tuple[str, ...]) -> Callable[[str], int]:
    rank = {term: position for position, term in enumerate(ordered_ids)}
    return lambda term: rank.get(term, len(rank))


def _sort_key(column: int) -> Callable[[_Row], object]:
    if column == PERSON:
        return lambda row: row.order
    if column == STATUS:
        rank = _rank_in(vocabularies()["situation_statuses"].ids())
        return lambda row: rank(row.summary.status)
    if column == LAST_CONTACT:
        return lambda row: _date_key(row.summary.last_contact)
    if column == NEXT_CONTACT:
        return lambda row: _date_key(row.summary.next_checkin)
    return lambda row: fold(row.cells[column])

