"""Shortages, register-wide: the resource types (or categories) that most often met a waiting list, a full
service or a failure over a period (the last twelve months by default), with the totals.

A mobilisation counts once per row but in each shortage column it went through (a waiting list, then the
service full): the columns can add up to more than the total, and the view says so. Below, the time spent on
mobilisations whose current outcome is a shortage: the invisible work that went into services that were full.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.errors import ValidationError
from app.mobilisations import ShortageRow, shortage_statuses, shortage_totals
from app.resources_directory import stale_before
from app.services import Services
from ui.common.errors import error_text
from ui.common.i18n import fill, shown_duration
from ui.common.vocab_widgets import date_edit, error_label, hint_label, label_of, to_date, to_qdate

COUNTS = ("waiting_list", "unavailable", "failed", "total")


class ShortageView(QWidget):
    """Usable as a main-window tab page or in a dialog; `refresh()` reads the figures again."""

    period_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.rows: list[ShortageRow] = []
        today = clock.today()
        self.since = date_edit(self)
        self.since.setObjectName("since")
        self.since.setDate(to_qdate(stale_before(today)))  # twelve months ago
        self.until = date_edit(self)
        self.until.setObjectName("until")
        self.until.setDate(to_qdate(today))
        self.group_by = QComboBox(self)
        self.group_by.setObjectName("group_by")
        self.group_by.addItem(self.tr("resource type"), "type")
        self.group_by.addItem(self.tr("category"), "category")
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("shortages")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = hint_label("", self)
        self.time_spent = QLabel(self)
        self.time_spent.setObjectName("time_spent")
        self.time_spent.setWordWrap(True)
        self.error = error_label(self)
        self._build_layout()
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _day: self.refresh())
        self.group_by.currentIndexChanged.connect(lambda _index: self.refresh())
        self.refresh()

    def _build_layout(self) -> None:
        period = QHBoxLayout()
        for text, widget in (
            (self.tr("&From:"), self.since),
            (self.tr("T&o:"), self.until),
            (self.tr("&Group by:"), self.group_by),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
            period.addWidget(label)
            period.addWidget(widget)
            period.addSpacing(10)
        period.addStretch(1)
        title = QLabel(
            self.tr("&Shortages: where the mobilisations met a waiting list, a full service or a failure"),
            self,
        )
        title.setStyleSheet("font-weight: bold;")
        title.setWordWrap(True)
        title.setBuddy(self.table)
        self.table.setAccessibleName(self.tr("Shortages"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(period)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.time_spent)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Each mobilisation counts once in its row, but in every shortage it went through "
                    "(a waiting list, then a full service): the columns can add up to more than the total."
                ),
                self,
            )
        )

    # -- reading -----------------------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return to_date(self.since.date()), to_date(self.until.date())

    def refresh(self) -> None:
        since, until = self.period()
        by = self.group_by.currentData()
        self.error.hide()
        try:
            self.rows = self._services.mobilisations.shortages(since, until, by=by)
            minutes = self._services.mobilisations.minutes_by_outcome(since, until)
        except ValidationError as error:
            self.rows, minutes = [], {}
            self.error.setText(error_text(error))
            self.error.show()
        self._fill_table(by)
        shortage_minutes = sum(minutes.get(status, 0) for status in shortage_statuses())
        self.time_spent.setText(
            fill(
                self.tr(
                    "Time spent on mobilisations now on a waiting list, unavailable or failed: %1 "
                    "(of %2 on all mobilisations)."
                ),
                shown_duration(shortage_minutes),
                shown_duration(sum(minutes.values())),
            )
            if minutes
            else ""
        )
        self.time_spent.setVisible(bool(minutes))
        self.period_changed.emit()

    def _fill_table(self, by: str) -> None:
        first = self.tr("Resource type") if by == "type" else self.tr("Category")
        self.table.setHorizontalHeaderLabels(
            [
                first,
                self.tr("Category"),
                self.tr("Waiting list"),
                self.tr("Service full"),
                self.tr("Failed"),
                self.tr("Mobilisations"),
            ]
        )
        self.table.setColumnHidden(1, by != "type")
        shown = [*self.rows, shortage_totals(self.rows)] if self.rows else []
        self.table.setRowCount(len(shown))
        for row, figures in enumerate(shown):
            is_total = row == len(self.rows)
            names = (
                self._row_name(figures, by, is_total),
                label_of("resource_categories", figures.category) if by == "type" else "",
            )
            cells = [*names, *(str(getattr(figures, name)) for name in COUNTS)]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if is_total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.empty.setText("" if self.rows else self.tr("No mobilisation met a shortage in this period."))
        self.empty.setVisible(not self.rows)

    def _row_name(self, figures: ShortageRow, by: str, is_total: bool) -> str:
        if is_total:
            return self.tr("Total")
        if by == "type" and figures.resource_type:
            return label_of("resource_types", figures.resource_type)
        if by == "category" and figures.category:
            return label_of("resource_categories", figures.category)
        return self.tr("Not typed (free text or an entry without type)")

    def table_rows(self) -> list[list[str]]:
        """The figures as shown, column by column (the hidden category column left out)."""
        columns = [c for c in range(self.table.columnCount()) if not self.table.isColumnHidden(c)]
        return [[self.table.item(row, c).text() for c in columns] for row in range(self.table.rowCount())]
