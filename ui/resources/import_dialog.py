"""The plan of an import, shown before anything is written: new entries, and a choice for each duplicate.

A duplicate has the same name and commune as an entry of the directory (accents and case ignored) or as an
earlier entry of the same file. Its choice: merge (fill the empty fields of the existing entry, keep the most
recent check date), keep both, or skip. Directory duplicates start on "merge" (it never overwrites anything
the referent wrote); repeats within the file start on "skip". Opened with `open()`: nothing blocks behind it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.resource_sharing import ImportPlan, IncomingResource
from ui.common.i18n import fill
from ui.common.vocab_widgets import format_date, hint_label, label_of

ENTRY, COMMUNE, TYPE, EXISTING, DECISION = range(5)


class ResourceImportDialog(QDialog):
    """`decisions()` gives {index: "merge" | "keep_both" | "skip"} for the duplicates once accepted."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.choices: dict[int, QComboBox] = {}
        self.setWindowTitle(self.tr("Import a colleague's file"))
        self.summary = QLabel(self._summary_text(), self)
        self.summary.setWordWrap(True)
        self._build_table()
        self._build_layout()
        self.resize(960, 460)

    def _build_table(self) -> None:
        """One row per entry of the file; a duplicate's row carries its choice."""
        self.table = QTableWidget(len(self.plan.items), 5, self)
        self.table.setObjectName("import_plan")
        self.table.setAccessibleName(self.tr("Entries of the file"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Entry"),
                self.tr("Commune"),
                self.tr("Type"),
                self.tr("Already in your directory"),
                self.tr("What to do"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        for row, item in enumerate(self.plan.items):
            self._fill_row(row, item)
        header = self.table.horizontalHeader()
        for column in (COMMUNE, TYPE, DECISION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (ENTRY, EXISTING):  # the names get the room left; the full text is in the tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _summary_text(self) -> str:
        text = fill(
            self.tr("New entries to add: %1. Duplicates (same name and commune): %2."),
            self.plan.new_count,
            self.plan.duplicate_count,
        )
        if self.plan.exported_at is not None:
            text += " " + fill(self.tr("File written on %1."), format_date(self.plan.exported_at.date()))
        if self.plan.duplicate_count:
            text += "\n" + self.tr("Choose what to do with each duplicate, then import.")
        return text

    def _fill_row(self, row: int, item: IncomingResource) -> None:
        values = (
            item.data.name,
            item.data.commune,
            label_of("resource_types", item.data.resource_type),
            self._existing_text(item),
        )
        for column, value in enumerate(values):
            cell = QTableWidgetItem(value)
            cell.setToolTip(value)
            self.table.setItem(row, column, cell)
        if not item.is_duplicate:
            self.table.setItem(row, DECISION, QTableWidgetItem(self.tr("Add")))
            return
        combo = QComboBox(self.table)
        combo.setAccessibleName(fill(self.tr("What to do with “%1”"), item.data.name))
        for text, decision in (
            (self.tr("Merge (fill the empty fields)"), "merge"),
            (self.tr("Keep both"), "keep_both"),
            (self.tr("Skip"), "skip"),
        ):
            combo.addItem(text, decision)
        combo.setCurrentIndex(combo.findData("merge" if item.duplicate_of is not None else "skip"))
        self.table.setCellWidget(row, DECISION, combo)
        self.choices[item.index] = combo

    def _existing_text(self, item: IncomingResource) -> str:
        if item.duplicate_of is not None:
            return item.duplicate_of.name  # the column says where it is
        if item.duplicate_of_index is not None:
            return fill(self.tr("Earlier in this file (line %1)"), item.duplicate_of_index + 1)
        return ""

    def _bulk_row(self) -> QHBoxLayout:
        """One choice for every duplicate at once."""
        bulk = QHBoxLayout()
        bulk.addWidget(QLabel(self.tr("All duplicates:"), self))
        self.bulk_buttons = {}
        for text, decision in (
            (self.tr("&Merge"), "merge"),
            (self.tr("&Keep both"), "keep_both"),
            (self.tr("&Skip"), "skip"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"all_{decision}")
            button.clicked.connect(lambda _checked=False, d=decision: self.set_all(d))
            button.setEnabled(bool(self.choices))
            bulk.addWidget(button)
            self.bulk_buttons[decision] = button
        bulk.addStretch(1)
        return bulk

    def _build_layout(self) -> None:
        bulk = self._bulk_row()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("apply_import")
        self.import_button.setEnabled(bool(self.plan.items))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bulk)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Merging never overwrites what you wrote: it fills the empty fields and keeps the most "
                    "recent check date. Nothing is written before you press Import."
                ),
                self,
            )
        )
        layout.addWidget(buttons)

    def set_all(self, decision: str) -> None:
        for combo in self.choices.values():
            combo.setCurrentIndex(combo.findData(decision))

    def set_decision(self, index: int, decision: str) -> None:
        combo = self.choices[index]
        combo.setCurrentIndex(combo.findData(decision))

    def decisions(self) -> dict[int, str]:
        return {index: combo.currentData() for index, combo in self.choices.items()}
