"""The invisible-work dashboard: the figures of the report for a period of months, and its PDF/CSV exports.

The figures are the report's own `ReportData`, computed off the GUI thread; the exports write that very
object, so the screen, the PDF and the CSV always agree. Situations appear by pseudonym only (the report
already withholds the ranking under k = 5), in the window's language, times as in the PDF ("1 h 40"). Writing
goes through the app's atomic writers: an unwritable path leaves no file and says why.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.changes import ChangeSet
from app.exports.invisible_work_csv import write_report_csv
from app.invisible_work import Period, ReportData, chart_series, count_text, percent, report_file_name
from app.services import Services
from ui.common.errors import error_text
from ui.common.i18n import current_language, fill, shown_duration
from ui.common.operations import announce, runner_for
from ui.common.vocab_widgets import error_label, hint_label, to_date
from ui.common.workers import run_in_background
from ui.time.charts import (
    FACE,
    INVISIBLE,
    OTHER_OUTCOME,
    SHORTAGE,
    Bar,
    HorizontalBars,
    ShareBar,
    StackedMonthChart,
)

MONTH_FORMAT = "MM/yyyy"


def write_pdf(data: ReportData, path: Path, progress, cancelled) -> None:
    # Imported in the worker: reportlab costs a quarter of a second to load.
    from app.exports.invisible_work_pdf import write_report_pdf

    write_report_pdf(data, path, progress=progress, cancelled=cancelled)


class _Progress(QObject):
    """Carries a worker's progress (0…1) to the GUI thread: the signal is queued to this object's thread."""

    moved = Signal(float)


def _month_edit(parent: QWidget, month: date, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(MONTH_FORMAT)
    edit.setDate(QDate(month.year, month.month, 1))
    edit.setAccessibleName(name)
    return edit


def _section(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class InvisibleWorkDashboard(QWidget):
    """Choose months, see the figures, export them; `set_services(None)` while locked."""

    figures_ready = Signal(object)  # ReportData, once shown
    export_finished = Signal(bool, str)  # ok, the message shown

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invisible_work_dashboard")
        self._services: Services | None = None
        self._data: ReportData | None = None
        self._request = 0  # results of an older request are dropped
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        today = clock.today()
        self.start = _month_edit(self, today.replace(month=1), self.tr("First month"))
        self.end = _month_edit(self, today, self.tr("Last month"))
        self.show_button = self._button("show_figures", self.tr("&Show the figures"), self.compute)
        self.period_error = error_label(self)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busy")
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.status = hint_label("", self)
        self.status.setObjectName("dashboard_status")
        self.pages = QStackedWidget(self)
        self.empty_label = hint_label("", self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headlines = QLabel(self)
        self.headlines.setWordWrap(True)
        self.headlines.setTextFormat(Qt.TextFormat.RichText)
        self.headlines.setObjectName("headlines")
        self.month_chart = StackedMonthChart(self)
        self.share = ShareBar(self)
        self.ranking = HorizontalBars(self.tr("Situations by invisible time (pseudonyms)"), self)
        self.ranking.setObjectName("ranking_chart")
        self.ranking_note = hint_label("", self)
        self.outcomes = HorizontalBars(self.tr("Time on mobilisations by outcome"), self)
        self.outcomes.setObjectName("outcome_chart")
        self.outcomes_note = hint_label("", self)
        self.pdf_button = self._button("export_pdf", self.tr("Export &PDF…"), lambda: self.export("pdf"))
        self.csv_button = self._button("export_csv", self.tr("Export &CSV…"), lambda: self.export("csv"))
        self.bundle_button = self._button("export_bundle", self.tr("Export &bundle…"), self.export_bundle)
        self.bundle_button.setToolTip(self.tr("The anonymised figures as a JSON bundle, for a CdP moderator "
                                              "to merge with other referents' bundles"))
        self.cancel_button = self._button("cancel_export", self.tr("Ca&ncel the export"), self._cancel.set)
        self.cancel_button.hide()
        self.export_status = QLabel(self)
        self.export_status.setObjectName("export_status")
        self.export_status.setWordWrap(True)
        self._progress.moved.connect(lambda value: self.busy.setValue(round(100 * value)))
        self._build_layout()
        self.set_services(services)

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        for text, edit in ((self.tr("&From"), self.start), (self.tr("T&o"), self.end)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            top.addWidget(label)
            top.addWidget(edit)
        for widget in (self.show_button, self.busy, self.status):
            top.addWidget(widget)
        top.addStretch(1)
        figures = QWidget(self)
        column = QVBoxLayout(figures)
        column.addWidget(self.headlines)
        for title, widgets in ((self.tr("Hours by task and month"), (self.month_chart,)),
                               (self.tr("With the person and invisible work"), (self.share,)),
                               (self.tr("Situations by invisible time"), (self.ranking, self.ranking_note)),
                               (self.tr("Time on mobilisations, by their outcome"),
                                (self.outcomes, self.outcomes_note))):
            column.addSpacing(8)
            column.addWidget(_section(title, figures))
            for widget in widgets:
                column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(figures)
        self.pages.addWidget(scroll)
        self.pages.addWidget(self.empty_label)
        exports = QHBoxLayout()
        for widget in (self.pdf_button, self.csv_button, self.bundle_button, self.cancel_button):
            exports.addWidget(widget)
        exports.addWidget(self.export_status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.period_error)
        layout.addWidget(self.pages, 1)
        layout.addLayout(exports)

    # -- public API ------------------------------------------------------------------------------------
    def set_services(self, services: Services | None) -> None:
        """New services (unlock) compute the figures again; None (lock) forgets them."""
        self._services, self._data = services, None
        self._request += 1
        self.setEnabled(services is not None)
        self.headlines.clear()
        self.month_chart.set_data((), ())
        self.ranking.set_bars([], [])
        self.outcomes.set_bars([], [])
        self.share.set_parts([])
        self._update_buttons()
        if services is not None:
            self.compute()

    def data(self) -> ReportData | None:
        return self._data

    def period(self) -> Period | None:
        """The chosen months, or None (with the message shown) when the end is before the start."""
        first, last = to_date(self.start.date()), to_date(self.end.date())
        if last.replace(day=1) < first.replace(day=1):
            self.period_error.setText(self.tr("The last month is before the first one: choose the months "
                                              "again."))
            self.period_error.show()
            return None
        self.period_error.hide()
        return Period(first, last)

    def set_period(self, first: date, last: date) -> None:
        self.start.setDate(QDate(first.year, first.month, 1))
        self.end.setDate(QDate(last.year, last.month, 1))

    def compute(self) -> None:
        """Compute the figures of the chosen period off the GUI thread; `figures_ready` when shown."""
        period = self.period()
        if period is None or self._services is None:
            return
        self._request += 1
        request = self._request
        self._busy(True, self.tr("Computing the figures…"))
        task = run_in_background(self._services.invisible_work.report, period, receiver=self,
                                 lang=current_language())
        task.succeeded.connect(lambda data: self._show(request, data))
        task.failed.connect(lambda error: self._failed(request, error))

    def export(self, kind: str) -> None:
        """Ask where, then write the PDF or the CSV of the figures shown, off the GUI thread."""
        if self._data is None or self._services is None:
            return
        path = self.ask_export_path(kind)
        if path is None:
            return
        data, services = self._data, self._services
        self._cancel.clear()
        self._exporting(True)
        if kind == "pdf":
            task = run_in_background(write_pdf, data, path, self._progress.moved.emit, self._cancel.is_set)
        else:
            task = run_in_background(write_report_csv, data, path)
        task.succeeded.connect(lambda _r: self._exported(services, data, kind, path))
        task.failed.connect(self._export_failed)

    def export_bundle(self) -> None:
        """Ask where, then write the invisible-work bundle of the figures shown (through the runner)."""
        if self._data is None or self._services is None:
            return
        path = self.ask_export_path("json")
        if path is None:
            return
        from app.exports.invisible_work_bundle import export_invisible_work_bundle

        data = self._data
        self._exporting(True)
        runner_for(self._services).run(
            lambda s: export_invisible_work_bundle(s.register, data.period, path, data),
            changes=ChangeSet.all_of("exports"), receiver=self, failed=self._export_failed,
            done=lambda _bundle: self._written(path))  # fmt: skip

    # -- overridable prompt (tests replace it) -------------------------------------------------------------
    def ask_export_path(self, kind: str) -> Path | None:
        suffix, filters = {"pdf": (".pdf", self.tr("PDF documents (*.pdf)")),
                           "csv": (".csv", self.tr("CSV files (*.csv)")),
                           "json": (".json", self.tr("JSON bundles (*.json)"))}[kind]  # fmt: skip
        name = report_file_name(self._data, suffix)
        title = self.tr("Export the report")
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), filters)
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)

    # -- showing the figures ---------------------------------------------------------------------------
    def _show(self, request: int, data: ReportData) -> None:
        if request != self._request:
            return  # an older period, or the register was locked meanwhile
        self._data = data
        self._busy(False, "")
        if data.empty:
            self.empty_label.setText(fill(self.tr("No time recorded from %1 to %2: nothing to show for this "
                                                  "period."), self.start.text(), self.end.text()))
            self.pages.setCurrentWidget(self.empty_label)
        else:
            self._fill(data)
            self.pages.setCurrentIndex(0)
        self._update_buttons()
        self.figures_ready.emit(data)

    def _fill(self, data: ReportData) -> None:
        items = "".join(f"<li>{_escape(sentence)}</li>" for sentence in data.headlines)
        self.headlines.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
        self.month_chart.set_data(data.period.months, chart_series(data))
        self.share.set_parts([(self.tr("With the person"), data.totals.face_to_face, FACE),
                              (self.tr("Invisible work"), data.totals.invisible, INVISIBLE)])
        self._fill_ranking(data)
        self._fill_outcomes(data)

    def _fill_ranking(self, data: ReportData) -> None:
        face, hidden = self.tr("with the person"), self.tr("invisible work")
        bars = [Bar(row.code, ((row.invisible, INVISIBLE, hidden), (row.face_to_face, FACE, face)),
                    fill(self.tr("%1 invisible of %2"), *map(shown_duration, (row.invisible, row.total))))
                for row in data.ranking]
        legend = [(INVISIBLE, self.tr("Invisible work")), (FACE, self.tr("With the person"))]
        self.ranking.set_bars(bars, legend)
        self.ranking.setVisible(bool(bars))
        if data.ranking_withheld:
            note = self.tr("Fewer than 5 situations had time in this period: the detail per situation is not "
                           "shown, so that nobody can be recognised.")
        elif not data.ranking:
            note = self.tr("No time tied to a situation in this period.")
        else:
            note = fill(self.tr("Situations appear by pseudonym only; the %1 with the most invisible time."),
                        len(bars))
        self.ranking_note.setText(note)

    def _fill_outcomes(self, data: ReportData) -> None:
        """The outcome bars as the report prints them: an outcome's time beside a suppressed count (and a
        complementary one) is withheld, an empty bar saying so."""
        linked = data.outcome_minutes
        bars = [Bar(outcome.label, ((outcome.minutes or 0, SHORTAGE if outcome.shortage else OTHER_OUTCOME,
                                     outcome.label),),
                    self._outcome_text(outcome.minutes, linked, count_text(outcome.situations)))
                for outcome in data.outcomes]
        self.outcomes.set_bars(bars, [(SHORTAGE, self.tr("Shortage (waiting list, service full, failure)")),
                                      (OTHER_OUTCOME, self.tr("Other outcomes"))])
        self.outcomes.setVisible(bool(bars))
        none = self.tr("No time was tied to a mobilisation in this period.")
        self.outcomes_note.setText("" if bars else none)
        self.outcomes_note.setVisible(not bars)

    def _outcome_text(self, minutes: int | None, linked: int | None, situations: str) -> str:
        if minutes is None:
            return fill(self.tr("time withheld (fewer than 5 situations) · situations: %1"), situations)
        if linked is None:
            return fill(self.tr("%1 · situations: %2"), shown_duration(minutes), situations)
        return fill(self.tr("%1 (%2 %) · situations: %3"), shown_duration(minutes), percent(minutes, linked),
                    situations)

    def _failed(self, request: int, error: BaseException) -> None:
        if request != self._request:
            return
        self._busy(False, "")
        text = fill(self.tr("The figures could not be computed: %1"), type(error).__name__)
        self.period_error.setText(text)
        self.period_error.show()

    # -- exports ---------------------------------------------------------------------------------------
    def _exported(self, services: Services, data: ReportData, kind: str, path: Path) -> None:
        services.invisible_work.log_export(data.period, kind, data.lang)
        announce(services, ChangeSet.all_of("exports"), self)
        self._written(path)

    def _written(self, path: Path) -> None:
        self._exporting(False)
        self._export_message(True, fill(self.tr("Written: %1"), str(path)))

    def _export_failed(self, error: BaseException) -> None:
        from app.errors import ValidationError  # ReportWriteError is one, with the reason in French
        from app.exports.invisible_work_pdf import ExportCancelled

        self._exporting(False)
        if isinstance(error, ExportCancelled):
            text = self.tr("Export cancelled: no file was written.")
        elif isinstance(error, ValidationError | OSError):
            text = fill(self.tr("The file was not written: %1"), error_text(error))
        else:
            text = fill(self.tr("The file was not written (%1)."), type(error).__name__)
        self._export_message(False, text)

    def _export_message(self, ok: bool, text: str) -> None:
        self.export_status.setStyleSheet("" if ok else "color: #9b1c1c;")
        self.export_status.setText(text)
        self.export_finished.emit(ok, text)

    def _busy(self, busy: bool, text: str) -> None:
        self.busy.setRange(0, 0)  # no measurable steps while the figures are computed
        self.busy.setVisible(busy)
        self.status.setText(text)
        self.show_button.setEnabled(not busy)

    def _exporting(self, running: bool) -> None:
        self.busy.setRange(0, 100)
        self.busy.setValue(0)
        self.busy.setVisible(running)
        self.status.setText(self.tr("Writing the file…") if running else "")
        self.cancel_button.setVisible(running)
        for button in (self.pdf_button, self.csv_button, self.bundle_button, self.show_button):
            button.setEnabled(not running)
        if not running:
            self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._data is not None
        for button in (self.pdf_button, self.csv_button, self.bundle_button):
            button.setEnabled(ready)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
