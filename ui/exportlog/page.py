"""The export log page (Tools menu): every file Relais wrote or printed — what, when, how, for which
situation, to whom — never the content, which the log does not hold.

Rows come from app.export_log.ExportLogService (read in `Register.reading()`, off the GUI thread). The page
reads again on a change notice touching "exports" (an export made from the window announces one) and each
time it is shown, so an export written by the command line meanwhile appears too.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from app.export_log import ExportLogEntry, ExportLogService
from app.services import Services
from ui.common.i18n import fill
from ui.common.operations import subscribe
from ui.common.vocab_widgets import hint_label, label_of
from ui.common.workers import run_in_background

translate = QCoreApplication.translate
SHOWN_ELSEWHERE = frozenset({"with_names", "channel"})  # the "With names" and "Format" columns say them
COLUMNS = ("when", "what", "format", "situation", "recipient", "names", "items", "settings")


def kind_label(kind: str) -> str:
    """What an export was, in words; a kind this version does not know is shown as logged."""
    return {
        "calendar": translate("ExportLog", "Follow-ups to the calendar"),
        "cdp_canvas": translate("ExportLog", "CdP session"),
        "cdp_synthesis": translate("ExportLog", "CdP moderator's synthesis"),
        "invisible_work": translate("ExportLog", "Invisible-work report"),
        "resources": translate("ExportLog", "Resource directory"),
        "personal_dump": translate("ExportLog", "Whole register (JSON)"),
        "handover": translate("ExportLog", "Handover sheet"),
        "situation_file": translate("ExportLog", "Situation file"),
        "access": translate("ExportLog", "Access request (GDPR)"),
        "fridge_note": translate("ExportLog", "Fridge note"),
        "gp_note": translate("ExportLog", "Note to the GP"),
    }.get(kind, kind)


def format_label(format_: str) -> str:
    """File formats as their usual names; the ways out without a file of ours in words."""
    return {
        "print": translate("ExportLog", "Printed"),
        "mailto": translate("ExportLog", "Mail program"),
        "copy": translate("ExportLog", "Text copied"),
        "eml": translate("ExportLog", "E-mail draft (.eml)"),
    }.get(format_, format_.upper())


def recipient_label(recipient: str | None) -> str:
    if recipient is None:
        return ""
    if recipient.startswith("consent:"):
        return fill(translate("ExportLog", "professional (consent no. %1)"), recipient.split(":", 1)[1])
    return {"gp": translate("ExportLog", "the GP"), "person": translate("ExportLog", "the person")}.get(
        recipient, recipient
    )


def when_text(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # stored in UTC
    return f"{aware.astimezone():%d/%m/%Y %H:%M}"


class ExportLogPage(QWidget):
    """`refresh()` reads the log again with the chosen filters; `shown(count)` once the rows are there."""

    shown_rows = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_log_page")
        self._services = services
        self._log = ExportLogService(services.register)
        self._request = 0
        intro = self.tr("Every file Relais wrote or printed from this register: what, when, how and for "
                        "whom. What the files contained is never kept here.")
        self.intro = hint_label(intro, self)
        self.situation_filter = self._combo("export_log_situation")
        self.kind_filter = self._combo("export_log_kind")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("export_log_count")
        self.table = self._table()
        self._build_layout()
        subscribe(self, services, ("exports",), self.refresh)
        self.refresh()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.activated.connect(lambda _index: self.refresh())
        return combo

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS), self)
        table.setObjectName("export_log_table")
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("What"), self.tr("Format"), self.tr("Situation"), self.tr("To whom"),
            self.tr("With names"), self.tr("Items"), self.tr("Settings"),
        ])  # fmt: skip
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("settings"), QHeaderView.ResizeMode.Stretch)
        return table

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for text, combo in ((self.tr("&Situation:"), self.situation_filter),
                            (self.tr("&Kind of export:"), self.kind_filter)):  # fmt: skip
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    # -- public API --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the log again (off the GUI thread), keeping the chosen filters."""
        self._request += 1
        request = self._request
        situation, kind = self.situation_filter.currentData(), self.kind_filter.currentData()
        task = run_in_background(self._read, situation, kind, receiver=self)
        task.succeeded.connect(lambda result: self._show(request, result))

    def rows(self) -> list[list[str]]:
        """The texts shown, row by row (for tests and the screen reader's sake of checking)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]  # fmt: skip

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()  # an export from the command line leaves no change notice

    # -- reading and showing -------------------------------------------------------------------------------
    def _read(self, situation: str | None, kind: str | None):
        return self._log.entries(situation, kind), self._log.situations(), self._log.kinds()

    def _show(self, request: int, result) -> None:
        if request != self._request:
            return  # a newer filter was chosen meanwhile
        entries, situations, kinds = result
        codes = [(code, code) for code in situations]
        self._fill_filter(self.situation_filter, self.tr("All situations"), codes)
        self._fill_filter(self.kind_filter, self.tr("All kinds"), [(kind_label(k), k) for k in kinds])
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, text in enumerate(self._cells(entry)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the settings may be wider than their column
                if COLUMNS[column] == "items":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.count_label.setText(fill(self.tr("%1 exports shown"), len(entries)))
        self.shown_rows.emit(len(entries))

    def _cells(self, entry: ExportLogEntry) -> list[str]:
        settings = ", ".join(fill(self.tr("%1: %2"), self._key(key), self._value(key, value))
                             for key, value in entry.settings if key not in SHOWN_ELSEWHERE)  # fmt: skip
        return [when_text(entry.exported_at), kind_label(entry.kind), format_label(entry.format),
                entry.situation or "", recipient_label(entry.recipient),
                self.tr("no") if entry.anonymised else self.tr("yes"), str(entry.item_count), settings]

    def _key(self, key: str) -> str:
        return {"language": self.tr("language"), "lang": self.tr("language"), "from": self.tr("from"),
                "to": self.tr("to"), "k": self.tr("threshold"), "cdp_bundles": self.tr("CdP bundles"),
                "work_bundles": self.tr("invisible-work bundles"), "refused": self.tr("files refused"),
                "replacements": self.tr("replacements"),
                "named_entities": self.tr("names found by the model"),
                "noeud": self.tr("knot"), "review": self.tr("review"), "reviewed": self.tr("reviewed"),
                }.get(key, key)  # fmt: skip

    def _value(self, key: str, value) -> str:
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if key in ("language", "lang") and value in ("fr", "nl", "en"):
            return {"fr": self.tr("French"), "nl": self.tr("Dutch"), "en": self.tr("English")}[value]
        if key == "noeud" and isinstance(value, str):
            return label_of("cdp_noeuds", value)  # the knot's words, not its id
        return "—" if value is None else str(value)

    @staticmethod
    def _fill_filter(combo: QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, value in choices:
            combo.addItem(text, value)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
