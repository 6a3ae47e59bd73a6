"""The directory's table: a Qt model over `ResourceRead` rows, sortable by any column.

The rows come already filtered from `ResourceService.search` (accent-insensitive): the model only shows and
sorts them. An entry not checked for twelve months (or never) says so in its "Last checked" cell, in amber,
with a tooltip: services change, close or fill up, and the referent should call before sending someone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.resources_directory import ResourceRead
from app.text import fold
from ui.common.i18n import fill
from ui.common.vocab_widgets import format_date, label_of

NAME, CATEGORY, TYPE, COMMUNE, LAST_CHECKED = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("ResourceModel", "Name"),
    QT_TRANSLATE_NOOP("ResourceModel", "Category"),
    QT_TRANSLATE_NOOP("ResourceModel", "Type"),
    QT_TRANSLATE_NOOP("ResourceModel", "Commune or area"),
    QT_TRANSLATE_NOOP("ResourceModel", "Last checked"),
)
RESOURCE_ID_ROLE = Qt.ItemDataRole.UserRole
STALE_ROLE = Qt.ItemDataRole.UserRole + 1
STALE_COLOUR = QColor("#8a5a00")  # amber, readable on white: a reminder, not an error
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()

translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return translate("ResourceModel", text)


def checked_text(resource: ResourceRead) -> str:
    """The "Last checked" cell: the date, and the twelve-month hint when the entry is stale."""
    if resource.last_checked is None:
        return translate("ResourceModel", "never checked — to check")
    day = format_date(resource.last_checked)
    return fill(translate("ResourceModel", "%1 — to check"), day) if resource.stale else day


class ResourceModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ResourceRead] = []
        self._cells: list[tuple[str, ...]] = []
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)

    # -- content -----------------------------------------------------------------------------------------
    def set_resources(self, resources: list[ResourceRead]) -> None:
        self.beginResetModel()
        self._rows = list(resources)
        self._cells = [self._display(resource) for resource in self._rows]
        self._sort_rows()
        self.endResetModel()

    @staticmethod
    def _display(resource: ResourceRead) -> tuple[str, ...]:
        return (
            resource.name,
            label_of("resource_categories", resource.category),
            label_of("resource_types", resource.resource_type),
            resource.commune,
            checked_text(resource),
        )

    def resource(self, row: int) -> ResourceRead:
        return self._rows[row]

    def row_of(self, resource_id: int) -> int | None:
        return next((row for row, r in enumerate(self._rows) if r.id == resource_id), None)

    def resources(self) -> list[ResourceRead]:
        return list(self._rows)

    # -- Qt model ----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        resource, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == LAST_CHECKED and resource.stale:
                return translate("ResourceModel",
                                 "Not checked for 12 months: call before sending someone there.")
            return self._cells[index.row()][column] or None
        if role == Qt.ItemDataRole.ForegroundRole and column == LAST_CHECKED and resource.stale:
            return QBrush(STALE_COLOUR)
        if role == RESOURCE_ID_ROLE:
            return resource.id
        if role == STALE_ROLE:
            return resource.stale
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(self._rows[index.row()].id, index.column()) for index in persistent]
        self._sort = (column, order)
        self._sort_rows()
        rows = {resource.id: row for row, resource in enumerate(self._rows)}
        # The selection follows its entries rather than staying on the same row numbers.
        self.changePersistentIndexList(
            persistent, [self.index(rows[resource_id], col) for resource_id, col in before]
        )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        pairs = list(zip(self._rows, self._cells, strict=True))

        def key(pair):
            resource, cells = pair
            if column == LAST_CHECKED:  # by date; never checked first, as in a round of phone calls
                primary = (resource.last_checked or date.min).toordinal()
            else:
                primary = fold(cells[column]) or "\uffff"  # empty cells last
            return (primary, fold(resource.name), resource.id)

        pairs.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [resource for resource, _cells in pairs]
        self._cells = [cells for _resource, cells in pairs]
