"""The Moderator page (Tools menu): open a folder of bundles, see what was read and refused, view the
synthesis, export it as PDF, CSV or JSON.

Reading, merging (app.moderator.synthesis.merge_folder) and writing (app.moderator.outputs.write_synthesis)
run off the GUI thread. The page needs no register: bundles are anonymised files; it stays usable while the
register is open and is closed at lock like every tool page. When the window has a register open (always, for
a tool page), an export is written through the operation runner and recorded in that register's export log
(kind "cdp_synthesis"); a page shown without services writes without logging.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.moderator.reading import relative_name
from app.moderator.suppression import K
from app.moderator.synthesis import Synthesis, merge_folder
from ui.common.i18n import current_language, fill, shown_hours
from ui.common.vocab_widgets import hint_label
from ui.common.workers import run_in_background
from ui.moderator.views import count_text, fill_cross, fill_rows, read_only_table, refusal_text
from ui.time.charts import INVISIBLE, SHORTAGE, Bar, HorizontalBars

EXPORTS = (("pdf", ".pdf"), ("csv", ".csv"), ("json", ".json"))


class ModeratorPage(QWidget):
    """`open_folder(path)` merges in the background; `merged` when shown, `export_finished` after a write."""

    merged = Signal(object)  # the Synthesis shown
    export_finished = Signal(bool, str)  # ok, the message shown

    def __init__(self, services=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moderator_page")
        self._services = services
        self._synthesis: Synthesis | None = None
        self.open_button = self._button(
            "open_folder", self.tr("&Open a folder of bundles…"), self.choose_folder
        )
        self.folder_label = hint_label(self.tr("No folder opened yet."), self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("moderator_summary")
        self.summary.setWordWrap(True)
        self._build_views()
        self._build_layout()
        self._update_buttons()

    def _build_views(self) -> None:
        self.tabs = QTabWidget(self)
        self.files = read_only_table("moderator_files", self)
        self.noeuds = read_only_table("moderator_noeuds", self)
        self.noeud_chart = HorizontalBars(self.tr("Nœuds by number of referents"), self)
        self.priorities = read_only_table("moderator_priorities", self)
        self.outcomes = read_only_table("moderator_outcomes", self)
        self.shortages = read_only_table("moderator_shortages", self)
        self.time_text = QLabel(self)
        self.time_text.setWordWrap(True)
        self.tasks = read_only_table("moderator_tasks", self)
        self.task_chart = HorizontalBars(self.tr("Invisible work by task"), self)
        self.points = read_only_table("moderator_points", self)
        # Why a tab has nothing to show (no CdP bundle, no nœud named, every count under k); hidden otherwise
        self.noeud_note = hint_label("", self)
        self.noeud_note.setObjectName("moderator_noeud_note")
        self.points_note = hint_label("", self)
        self.points_note.setObjectName("moderator_points_note")
        self.noeud_note.hide()
        self.points_note.hide()
        self.export_buttons = {
            kind: self._button(f"export_{kind}", text, lambda _c=False, k=kind: self.export(k))
            for kind, text in (
                ("pdf", self.tr("Export &PDF…")),
                ("csv", self.tr("Export &CSV…")),
                ("json", self.tr("Export &JSON…")),
            )
        }
        self.export_status = QLabel(self)
        self.export_status.setObjectName("moderator_export_status")
        self.export_status.setWordWrap(True)

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        for widget in (self.open_button, self.folder_label, self.busy):
            top.addWidget(widget)
        top.addStretch(1)
        pages = (
            # Every Alt+letter of the page differs from the others and from the window's menus (Register,
            # View, Tools, Help) in each language: tests/ui/test_moderator_empty.py checks fr, nl and en.
            (self.tr("&Files"), (self.files,)),
            (self.tr("&Nœuds"), (self.noeud_note, self.noeud_chart, self.noeuds)),
            (self.tr("Pr&iorities"), (self.priorities,)),
            (self.tr("Outcom&es"), (self.outcomes,)),
            (self.tr("&Shortages"), (self.shortages,)),
            (self.tr("Ti&me"), (self.time_text, self.task_chart, self.tasks)),
            (self.tr("Fo&ur points"), (self.points_note, self.points)),
        )
        for title, widgets in pages:
            page = QWidget(self.tabs)
            column = QVBoxLayout(page)
            for widget in widgets:
                column.addWidget(widget, 1 if widget in (self.noeuds, self.tasks) else 0)
            self.tabs.addTab(page, title)
        exports = QHBoxLayout()
        for button in self.export_buttons.values():
            exports.addWidget(button)
        exports.addWidget(self.export_status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(exports)

    # -- public API --------------------------------------------------------------------------------------
    def synthesis(self) -> Synthesis | None:
        return self._synthesis

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            self.open_folder(folder)

    def open_folder(self, folder: Path) -> None:
        """Read and merge every bundle under `folder`, off the GUI thread."""
        self.folder_label.setText(str(folder))
        self._set_busy(True)
        task = run_in_background(merge_folder, Path(folder))
        task.succeeded.connect(self._show)
        task.failed.connect(self._failed)

    def export(self, kind: str) -> None:
        if self._synthesis is None or self._synthesis.empty:
            return
        path = self.ask_export_path(kind)
        if path is None:
            return
        from app.moderator.outputs import write_synthesis

        self._set_busy(True)
        synthesis, language = self._synthesis, current_language()  # the refusals as the Files tab says them
        written = lambda _fmt: self._exported(True, fill(self.tr("Written: %1"), str(path)))  # noqa: E731
        refused = lambda error: self._exported(False, self._write_error(error))  # noqa: E731
        if self._services is not None:  # logged in the open register, through its one writer
            from app.changes import ChangeSet
            from ui.common.operations import runner_for

            runner_for(self._services).run(
                lambda s: write_synthesis(synthesis, path, s.register, language=language),
                changes=ChangeSet.all_of("exports"),
                receiver=self, done=written, failed=refused)  # fmt: skip
            return
        task = run_in_background(write_synthesis, synthesis, path, language=language)
        task.succeeded.connect(written)
        task.failed.connect(refused)

    # -- overridable prompts (tests replace them) ----------------------------------------------------------
    def ask_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of bundles to merge"), str(Path.home())
        )
        return Path(chosen) if chosen else None

    def ask_export_path(self, kind: str) -> Path | None:
        suffix = dict(EXPORTS)[kind]
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "csv": self.tr("CSV files (*.csv)"),
            "json": self.tr("JSON files (*.json)"),
        }[kind]
        name = str(Path.home() / f"synthese-cdp{suffix}")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the synthesis"), name, filters)
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)

    # -- showing -------------------------------------------------------------------------------------------
    def _show(self, synthesis: Synthesis) -> None:
        self._synthesis = synthesis
        self._set_busy(False)
        if synthesis.empty:
            self.summary.setText(self._nothing_merged(synthesis))
        else:
            self._summarise(synthesis)
        self._fill_files(synthesis)
        self._fill_noeuds(synthesis)
        fill_cross(self.priorities, synthesis.priorities, self.tr("Total"))
        outcomes = [[r.status, count_text(r.situations), count_text(r.referents)] for r in synthesis.outcomes]
        fill_rows(self.outcomes, [self.tr("Outcome"), self.tr("Situations"), self.tr("Referents")], outcomes)
        fill_cross(self.shortages, synthesis.shortages, self.tr("Total"))
        self._fill_time(synthesis)
        self._fill_points(synthesis)
        self._update_buttons()
        self.merged.emit(synthesis)

    def _nothing_merged(self, synthesis: Synthesis) -> str:
        """An empty folder, or one whose every file was refused: plainly nothing, and no export."""
        if not synthesis.refused:
            return self.tr("Nothing could be merged: this folder holds no .json file.")
        why = self.tr("Nothing could be merged: all %1 files of this folder were refused (see Files).")
        return fill(why, len(synthesis.refused))

    def _summarise(self, synthesis: Synthesis) -> None:
        o = synthesis.overview
        summary = self.tr(
            "%1 CdP bundles and %2 invisible-work bundles merged, %3 files refused: %4 referents, "
            "%5 sessions, %6 situations. Counts under 5 are shown as « < 5 »."
        )
        self.summary.setText(fill(summary, o.cdp_bundles, o.work_bundles, len(synthesis.refused),
                                  count_text(o.referents), o.sessions, count_text(o.situations)))  # fmt: skip

    def _fill_points(self, synthesis: Synthesis) -> None:
        headers = [self.tr("Session"), self.tr("Positive"), self.tr("Difficulty"), self.tr("New"),
                   self.tr("Solution")]  # fmt: skip
        rows = [[" — ".join(p for p in (x.month, x.group, x.noeud) if p), x.positive, x.difficulty, x.new,
                 x.solution] for x in synthesis.four_points]  # fmt: skip
        fill_rows(self.points, headers, rows)
        note = ""
        if not synthesis.four_points:
            note = self._no_session_text(synthesis) or self.tr(
                "No session of these bundles wrote its four points (positive, difficulty, new, solution)."
            )
        _set_note(self.points_note, note)

    def _no_session_text(self, synthesis: Synthesis) -> str:
        if synthesis.overview.cdp_bundles:
            return ""
        return self.tr("No CdP session bundle was merged: nothing to show here.")

    def _fill_files(self, synthesis: Synthesis) -> None:
        at = synthesis.folder
        refused = [[relative_name(f.path, at), refusal_text(f.refusal, f.detail)] for f in synthesis.refused]
        overview = synthesis.overview
        read = self.tr("read and merged")
        merged = [
            [fill(self.tr("%1 CdP bundles"), overview.cdp_bundles), read],
            [fill(self.tr("%1 invisible-work bundles"), overview.work_bundles), read],
        ]
        rows = [*([] if synthesis.empty else merged), *refused]
        fill_rows(self.files, [self.tr("File"), self.tr("Result")], rows)

    def _fill_noeuds(self, synthesis: Synthesis) -> None:
        rows = [[r.label, count_text(r.sessions), count_text(r.referents)] for r in synthesis.noeuds]
        fill_rows(self.noeuds, [self.tr("Nœud"), self.tr("Sessions"), self.tr("Referents")], rows)
        bars = [
            Bar(r.label, ((r.referents, INVISIBLE, r.label),), str(r.referents))
            for r in synthesis.noeuds
            if r.referents is not None
        ]
        self.noeud_chart.set_bars(bars[:10], [])
        self.noeud_chart.setVisible(bool(bars))  # an empty chart would only leave a blank band
        note = self._no_session_text(synthesis)
        if not note and not synthesis.noeuds:
            note = self.tr("No session of these bundles named a nœud.")
        elif not note and not bars:
            small = self.tr("Every nœud was raised by fewer than %1 referents: counts show as « < %1 ».")
            note = fill(small, K)
        _set_note(self.noeud_note, note)

    def _fill_time(self, synthesis: Synthesis) -> None:
        time = synthesis.time
        text = fill(
            self.tr("%1 of work reported by %2 referents, %3 % of it invisible."),
            shown_hours(time.minutes),
            count_text(time.referents),
            time.invisible_share,
        )
        if time.share_quartiles:
            low, median, high = time.share_quartiles
            text += " " + fill(
                self.tr("Invisible share per referent: median %1 %, half of them between %2 % and %3 %."),
                median,
                low,
                high,
            )
        self.time_text.setText(text if time.minutes else self.tr("No invisible-work bundle in this folder."))
        fill_rows(
            self.tasks,
            [self.tr("Task"), self.tr("Invisible"), self.tr("Hours")],
            [
                [
                    t.label,
                    self.tr("yes") if t.invisible else "",
                    "< 5" if t.minutes is None else shown_hours(t.minutes),
                ]
                for t in time.tasks
            ],
        )
        bars = [
            Bar(t.label, ((t.minutes, SHORTAGE, t.label),), shown_hours(t.minutes))
            for t in time.tasks
            if t.invisible and t.minutes is not None
        ]
        self.task_chart.set_bars(bars[:8], [])

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.summary.setText(fill(self.tr("The folder could not be merged: %1"), type(error).__name__))
        self._update_buttons()

    def _exported(self, ok: bool, message: str) -> None:
        self._set_busy(False)
        self.export_status.setText(message)
        self.export_finished.emit(ok, message)

    def _write_error(self, error: BaseException) -> str:
        from app.errors import ValidationError  # ReportWriteError is one, its reason in French

        if isinstance(error, ValidationError | OSError):
            return fill(self.tr("The file was not written: %1"), str(error))
        return fill(self.tr("The file was not written (%1)."), type(error).__name__)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.open_button.setEnabled(not busy)
        for button in self.export_buttons.values():
            button.setEnabled(not busy and self._synthesis is not None and not self._synthesis.empty)

    def _update_buttons(self) -> None:
        self._set_busy(self.busy.isVisible())


def _set_note(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
