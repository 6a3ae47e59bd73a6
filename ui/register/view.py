"""The register page: search-as-you-type, filters by status, vulnerability and pathology, and the table.

Keyboard: Ctrl+F (from the main window) focuses the search; Down or Enter in the search goes to the table;
Enter in the table opens the situation; Escape in the search clears it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import ChangeSet
from app.collector import paused_collector
from app.services import Services
from app.vocab import vocabularies
from ui.common.i18n import fill
from ui.common.operations import runner_for
from ui.common.widget_helpers import row_table
from ui.common.workers import run_in_background
from ui.register.model import (
    CODE,
    LAST_CONTACT,
    NEXT_CONTACT,
    PERSON,
    STATUS,
    VULNERABILITIES,
    PreparedRows,
    RegisterFilter,
    RegisterModel,
    prepare_rows,
)

COLUMN_WIDTHS = {CODE: 100, PERSON: 210, STATUS: 100, LAST_CONTACT: 125, NEXT_CONTACT: 125}
HINT_STYLE = "color: palette(placeholder-text);"
TEXTS_DELAY_MS = 60


def read_rows(services: Services, language: str) -> PreparedRows:
    """The register's rows, ready to show (`RegisterView.load(services, rows)`); plain Python, so it may run
    on the unlock thread while the integrity check runs (see UnlockPanel.preload)."""
    with paused_collector():  # no full collection stalls the GUI thread while the rows are built
        return prepare_rows(services.situations.summaries(), language)


@dataclass(frozen=True)
class RegisterViewState:
    """Where the referent was: restored after unlocking (holds ids and filter text, kept in memory only)."""

    filter: RegisterFilter = field(default_factory=RegisterFilter)
    selected_id: int | None = None
    sort_column: int = PERSON
    sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder


class RegisterView(QWidget):
    open_requested = Signal(int)
    selection_changed = Signal()
    search_texts_loaded = Signal()  # the narratives are searchable too (read off the GUI thread)

    def __init__(self, language: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._services: Services | None = None
        self.search_texts_ready = False
        self.model = RegisterModel(language, self)
        self._build_filters()
        self._build_table()
        self._arrange()
        self.model.modelReset.connect(self._update_count)
        self._update_count()

    # -- layout ----------------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, pseudonym or a word of the story…"))
        self.search.setAccessibleName(self.tr("Search situations"))
        self.search.textChanged.connect(self._apply_filter)
        self.search.installEventFilter(self)
        self.status = self._combo(self.tr("All statuses"), "situation_statuses", self.tr("Status filter"))
        self.vulnerability = self._combo(self.tr("All vulnerabilities"), "vulnerabilities",
                                         self.tr("Vulnerability filter"))
        self.pathology = self._combo(self.tr("All pathologies"), "pathologies", self.tr("Pathology filter"))
        self.clear_button = QPushButton(self.tr("Clear &filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of situations"))
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._count_size_key: tuple[int, str] | None = None

    def _combo(self, everything: str, vocabulary: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible)
        combo.addItem(everything, None)
        for term in vocabularies()[vocabulary]:
            indent = "    " if term.attribute("parent") else ""
            combo.addItem(indent + term.label(self.language), term.id)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.currentIndexChanged.connect(self._apply_filter)
        return combo

    def _build_table(self) -> None:
        self.table = row_table(self, "situations", self.tr("Situations"), self.model)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(VULNERABILITIES, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PERSON, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(HINT_STYLE)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)

    def _arrange(self) -> None:
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(self.count)
        # the button on the search's line: the filters' line then fits a 853-pixel window (150 % scale)
        top.addSpacing(12)
        top.addWidget(self.clear_button)
        filters = QHBoxLayout()
        for text, combo in ((self.tr("St&atus:"), self.status),
                            (self.tr("V&ulnerability:"), self.vulnerability),
                            (self.tr("&Pathology:"), self.pathology)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 1)
            if combo is not self.pathology:
                filters.addSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.pages, 1)
        for first, second in ((self.search, self.status), (self.status, self.vulnerability),
                              (self.vulnerability, self.pathology), (self.pathology, self.clear_button),
                              (self.clear_button, self.table)):
            self.setTabOrder(first, second)

    # -- data ------------------------------------------------------------------------------------------
    def load(self, services: Services, rows: PreparedRows | None = None) -> None:
        """Show the register of `services`: `rows` when they were read already (`read_rows`, at unlock)."""
        self._services = services
        runner_for(services).changed.connect(self._on_changes)
        self.reload(rows)

    def _on_changes(self, changes: ChangeSet, _source: object) -> None:
        """A situation, a person or a check-in changed anywhere: the rows are read again."""
        if self._services is not None and changes.touches_register_rows():
            self.reload()

    def reload(self, rows: PreparedRows | None = None) -> None:
        """Read the rows again (after a save), keeping the selection; the searchable narratives are read
        on a pool thread meanwhile (names and pseudonyms are searchable at once)."""
        if self._services is None:
            return
        selected = self.selected_id()
        if rows is not None:
            self.model.load_prepared(rows)
        else:
            self.model.load(self._services.situations.summaries())
        if selected is not None:
            self.select_id(selected)
        self.search_texts_ready = False
        services = self._services
        # started once the table is painted: reading the narratives competes for the GIL
        QTimer.singleShot(TEXTS_DELAY_MS, self, lambda: self._read_search_texts(services))

    def _read_search_texts(self, services: Services) -> None:
        if services is self._services:
            task = run_in_background(services.situations.search_texts, receiver=self)
            task.succeeded.connect(lambda texts: self._on_search_texts(services, texts))

    def _on_search_texts(self, services: Services, texts: dict[int, str]) -> None:
        if services is not self._services:  # locked (or another register) in the meantime
            return
        selected = self.selected_id()
        self.model.set_search_texts(texts)
        if selected is not None:
            self.select_id(selected)
        self.search_texts_ready = True
        self.search_texts_loaded.emit()

    def clear(self) -> None:
        """Forget the services and every row (lock)."""
        self._services = None
        self.search_texts_ready = False
        self.model.clear()

    # -- filters ---------------------------------------------------------------------------------------
    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(self.search.text(), self.status.currentData(), self.vulnerability.currentData(),
                              self.pathology.currentData())

    def _apply_filter(self) -> None:
        selected = self.selected_id()
        self.model.set_filter(self.current_filter())
        # the view's layout after the reset (row count, scroll bar range) now, not on its zero timer: else
        # the table is painted once before that layout and once after it, twice a keystroke (issue 14)
        self.table.executeDelayedItemsLayout()
        if selected is not None:
            self.select_id(selected)

    def clear_filters(self) -> None:
        for combo in (self.status, self.vulnerability, self.pathology):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.clear()
        self._apply_filter()

    def _update_count(self) -> None:
        total, shown = self.model.total_count, self.model.rowCount()
        self._fit_count(total)
        if self.model.filter.active:
            self.count.setText(fill(self.tr("%1 of %n situation(s)", "", total), shown))
        else:
            self.count.setText(self.tr("%n situation(s)", "", total))
        self.clear_button.setEnabled(self.model.filter.active)
        if shown:
            self.pages.setCurrentWidget(self.table)
            return
        if total:
            self.empty.setText(self.tr("No situation matches this search. Clear the filters to see them "
                                       "all."))
        else:
            self.empty.setText(self.tr("No situation yet. Create the first one with “New situation” "
                                       "(Ctrl+N)."))
        self.pages.setCurrentWidget(self.empty)

    def _fit_count(self, total: int) -> None:
        """One fixed size for the count, wide enough for "5000 of 5000 situations", set again only when the
        register's size or the font changes. A label whose size changes at each keystroke asks the main
        window for a new layout, and QMainWindow then repaints all of itself: about a third of a keystroke's
        time on 5,000 situations (issue 14, bench/register_bench.py)."""
        key = (total, self.count.font().key())
        if key == self._count_size_key:
            return
        self._count_size_key = key
        texts = (fill(self.tr("%1 of %n situation(s)", "", total), total),
                 self.tr("%n situation(s)", "", total))
        metrics = self.count.fontMetrics()
        width = max(metrics.horizontalAdvance(text) for text in texts) + metrics.averageCharWidth()
        self.count.setFixedSize(width, self.count.sizeHint().height())

    # -- selection -------------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.situation_id(rows[0].row()) if rows else None

    def select_id(self, situation_id: int) -> bool:
        row = self.model.row_of(situation_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _on_activated(self, index) -> None:
        situation_id = self.model.situation_id(index.row())
        if situation_id is not None:
            self.open_requested.emit(situation_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            to_table = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if event.key() in to_table and self.model.rowCount():
                self.table.setFocus()
                if self.selected_id() is None:
                    self.select_id(self.model.situation_id(0))
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # -- state (lock / unlock) -------------------------------------------------------------------------
    def state(self) -> RegisterViewState:
        header = self.table.horizontalHeader()
        return RegisterViewState(self.current_filter(), self.selected_id(), header.sortIndicatorSection(),
                                 header.sortIndicatorOrder())

    def restore_state(self, state: RegisterViewState) -> None:
        self.table.sortByColumn(state.sort_column, state.sort_order)
        for combo, value in ((self.status, state.filter.status),
                             (self.vulnerability, state.filter.vulnerability),
                             (self.pathology, state.filter.pathology)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(state.filter.text)
        self.search.blockSignals(False)
        self._apply_filter()
        if state.selected_id is not None:
            self.select_id(state.selected_id)
