"""The finding half of the resource directory page: search-as-you-type, the filters, the count, the table.

Down or Enter in the search goes to the table, Escape clears it. Several rows can be selected (Shift/Ctrl).
The browser reads the directory only; the page (ui/resources/directory.py) writes, and tells the browser
which entry its form shows (`shown_id`) so that the table's current row follows it after a search.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.vocab import vocabularies
from ui.common.i18n import fill
from ui.common.vocab_widgets import ui_language
from ui.common.widget_helpers import row_table
from ui.resources.model import LAST_CHECKED, NAME, RESOURCE_ID_ROLE, ResourceModel


class ResourceBrowser(QWidget):
    """Search, filters and the table of the directory's entries."""

    current_changed = Signal(int)  # the id of the entry the table's current row moved to
    searched = Signal()  # the rows (and the selection) were read again
    communes_read = Signal(list)  # the communes of the directory, for the form's completer

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ready = False  # the filters fill themselves while built: no search before the table exists
        self.shown_id: int | None = None  # the entry in the page's form: the table's current row
        self.model = ResourceModel(self)
        self._build_filters()
        self._build_table()
        self._arrange()
        self._ready = True

    # -- building ----------------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("resource_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, commune, conditions or a word of the notes…"))
        self.search.setAccessibleName(self.tr("Search the directory"))
        self.search.textChanged.connect(lambda _text: self.run_search())
        self.search.installEventFilter(self)
        self.category = self._combo(self.tr("All categories"), self.tr("Category filter"))
        lang = ui_language()
        for term in vocabularies()["resource_categories"]:
            self.category.addItem(term.label(lang), term.id)
        self.resource_type = self._combo(self.tr("All types"), self.tr("Type filter"))
        self.commune = self._combo(self.tr("All communes"), self.tr("Commune filter"))
        self.stale_only = QCheckBox(self.tr("Not checked for 12 &months"), self)
        self.stale_only.setObjectName("stale_only")
        self.stale_only.toggled.connect(lambda _on: self.run_search())
        self.category.currentIndexChanged.connect(self._fill_types)
        self._fill_types()
        for combo in (self.resource_type, self.commune):
            combo.currentIndexChanged.connect(lambda _index: self.run_search())
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of entries"))

    def _combo(self, everything: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)  # they stretch; 10 lets the page fit 853 pixels (150 %)
        return combo

    def _build_table(self) -> None:
        self.table = row_table(self, "resources", self.tr("Resource directory"), self.model, several=True)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Names, categories, types and communes are long ("Coordination de l'aide et des soins à domicile"):
        # they share the width and wrap onto more lines rather than end in "…"; the date gets its width.
        for column in range(self.model.columnCount()):
            fitted = column == LAST_CHECKED
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents if fitted
                                        else QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

    def _arrange(self) -> None:
        search_label = QLabel(self.tr("&Quick search:"), self)
        search_label.setBuddy(self.search)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        filters = QHBoxLayout()
        for combo in (self.category, self.resource_type, self.commune):
            filters.addWidget(combo, 1)
        # on a line of their own: the search keeps its width in a narrow window (853 pixels at 150 %)
        # and the three filters above keep room for their texts
        stale = QHBoxLayout()
        stale.addWidget(self.stale_only)
        stale.addStretch(1)
        stale.addWidget(self.count)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(filters)
        column.addLayout(stale)
        column.addWidget(self.table, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the search goes to the table; Escape clears the search."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
                if not self.table.selectionModel().hasSelection():
                    self.select_id(self.model.resource(0).id)
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # -- reading -----------------------------------------------------------------------------------------
    def _fill_types(self) -> None:
        """The type filter offers the types of the chosen category only."""
        chosen, category = self.resource_type.currentData(), self.category.currentData()
        lang = ui_language()
        with QSignalBlocker(self.resource_type):
            while self.resource_type.count() > 1:
                self.resource_type.removeItem(1)
            for term in vocabularies()["resource_types"]:
                if category is None or term.attribute("category") == category:
                    self.resource_type.addItem(term.label(lang), term.id)
            self.resource_type.setCurrentIndex(max(self.resource_type.findData(chosen), 0))
        self.run_search()

    def fill_communes(self) -> None:
        communes = self._services.resources.communes()
        chosen = self.commune.currentData()
        with QSignalBlocker(self.commune):
            while self.commune.count() > 1:
                self.commune.removeItem(1)
            for commune in communes:
                self.commune.addItem(commune, commune)
            self.commune.setCurrentIndex(max(self.commune.findData(chosen), 0))
        self.communes_read.emit(communes)

    def run_search(self) -> None:
        """Search again with the current text and filters; the selection follows its entries."""
        if not self._ready:
            return
        selected = self.selected_ids()
        found = self._services.resources.search(
            self.search.text(),
            category=self.category.currentData(),
            resource_type=self.resource_type.currentData(),
            commune=self.commune.currentData(),
            stale_only=self.stale_only.isChecked(),
        )
        with QSignalBlocker(self.table.selectionModel()):
            self.model.set_resources(found)
            self._restore_selection(selected)
        self._show_count(len(found))
        self.searched.emit()

    def _show_count(self, shown: int) -> None:
        stale = sum(resource.stale for resource in self.model.resources())
        text = fill(self.tr("Entries: %1"), shown)
        if stale:
            text += " · " + fill(self.tr("to check: %1"), stale)
        self.count.setText(text)

    def _restore_selection(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        for resource_id in ids:
            row = self.model.row_of(resource_id)
            if row is not None:
                flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                selection.select(self.model.index(row, 0), flags)
        current = self.model.row_of(self.shown_id) if self.shown_id is not None else None
        if current is not None:
            selection.setCurrentIndex(
                self.model.index(current, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    # -- the selection -----------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.data(index, RESOURCE_ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def select_id(self, resource_id: int, extend: bool = False) -> bool:
        row = self.model.row_of(resource_id)
        if row is None:
            return False
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.Select
            if extend
            else QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        return True

    def select_quietly(self, resource_id: int | None) -> bool:
        """Make `resource_id` the current row without announcing it (None, or not listed: no selection)."""
        with QSignalBlocker(self.table.selectionModel()):
            if resource_id is not None and self.select_id(resource_id):
                return True
            self.table.clearSelection()
            return False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.current_changed.emit(self.model.data(current, RESOURCE_ID_ROLE))
