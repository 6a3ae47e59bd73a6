"""The flow of the CdP review around the texts: prepare → confirm → write the PDF or the JSON bundle.

`PreparingPage` builds the review off the GUI thread (the language model takes seconds to load) and shows
the progress, or why it failed. `ExportBar` holds "I have read every text", Confirm, the state line and the
export buttons; it writes the file off the GUI thread.

Cancellation: a dialog closed while a worker runs calls `abandon()`, and the late result is dropped; a
widget deleted meanwhile is not called at all (its slots are bound methods, which PySide6 disconnects when
the object goes — never a lambda that would outlive it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.cdp.export import export_session
from app.cdp.review import CanvasReview
from app.cdp.sessions import CdpSessionRead, CdpSessionService
from app.collector import paused_collector
from app.errors import ValidationError
from app.services import Services
from ui.cdp import review_prompts
from ui.cdp.review_field import action_button
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.vocab_widgets import error_label
from ui.common.workers import Task, run_in_background


def _prepare(service: CdpSessionService, session: CdpSessionRead, use_ner: bool) -> CanvasReview:
    """On a worker thread: the review, its NER run in the child process (the window never loads spaCy)."""
    from app.anonymiser import wordlist_build

    wordlist_build.use_child_process()  # a missing word list is built by a child: no interpreter-lock hog
    if use_ner:
        from app.anonymiser import ner

        ner.use_child_process()
    with paused_collector():  # a full collection on this thread would stall the GUI (issue 14)
        return service.prepare_review(session, use_ner=use_ner)


class PreparingPage(QWidget):
    """The page shown while the review is built off the GUI thread, then why it could not be, if so."""

    built = Signal(object)  # the CanvasReview, once (never after `abandon`)
    failed = Signal()  # the reason is shown on this page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.build_task: Task | None = None
        self._abandoned = False
        self.busy_label = QLabel(self.tr(
            "Preparing the anonymised texts… The language model can take a few seconds to load."), self)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_label.setWordWrap(True)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.tr("Preparing"))
        self.build_error = error_label(self)
        self.build_error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.build_error)
        layout.addStretch(2)

    def start(self, services: Services, session: CdpSessionRead, *, use_ner: bool) -> None:
        self.busy_bar.show()
        self.build_error.hide()
        service = CdpSessionService(services)
        self.build_task = run_in_background(_prepare, service, session, use_ner)
        self.build_task.succeeded.connect(self._on_built)
        self.build_task.failed.connect(self._on_failed)

    def abandon(self) -> None:
        """The dialog is closed: a review still being built is dropped when it arrives."""
        self._abandoned = True

    def _on_built(self, review: CanvasReview) -> None:
        self.build_task = None
        if not self._abandoned:
            self.built.emit(review)

    def _on_failed(self, error: object) -> None:
        self.build_task = None
        if self._abandoned:
            return
        self.busy_bar.hide()
        self.busy_label.hide()
        if isinstance(error, ValidationError):
            text = fill(self.tr("The canvases cannot be prepared: %1"), error_text(error))
        else:
            text = self.tr("The canvases could not be prepared (an unexpected error). Nothing was exported.")
        self.build_error.setText(text)
        self.build_error.show()
        self.failed.emit()


class ExportBar(QWidget):
    """Confirmation and export: nothing is written before "I have read every text" + Confirm."""

    state_changed = Signal()  # checked, confirmed, writing or written: the dialog updates its buttons
    status_message = Signal(str)  # for the main window's status bar (paths only)
    exported = Signal(str)  # the path of a file written
    close_requested = Signal()  # "Close": the dialog decides (not while a file is being written)

    def __init__(self, services: Services, session: CdpSessionRead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._session = services, session
        self.review: CanvasReview | None = None
        self.export_task: Task | None = None
        self._export_path: Path | None = None
        self._abandoned = False
        self.read_check = QCheckBox(self.tr("&I have read every text"), self)
        self.read_check.setObjectName("read_every_text")
        self.read_check.toggled.connect(lambda _checked: self.state_changed.emit())
        self.confirm_button = action_button(self, "confirm", self.tr("&Confirm"), self.confirm)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("review_state")
        self.state_label.setWordWrap(True)
        self.pdf_button = action_button(self, "export_pdf", self.tr("Export &PDF…"), self.export_pdf)
        self.json_button = action_button(self, "export_json", self.tr("Export &JSON…"), self.export_json)
        self.close_button = action_button(self, "close", self.tr("Clo&se"), self.close_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.read_check, self.confirm_button):
            layout.addWidget(widget)
        layout.addWidget(self.state_label, 1)
        for widget in (self.pdf_button, self.json_button, self.close_button):
            layout.addWidget(widget)

    def set_review(self, review: CanvasReview) -> None:
        self.review = review

    def say(self, message: str) -> None:
        self.state_label.setText(message)

    def update_actions(self, idle: bool) -> None:
        """`idle`: the review is built and no file is being written."""
        confirmed = idle and self.review.confirmed
        self.read_check.setEnabled(idle and not confirmed)
        self.confirm_button.setEnabled(idle and not confirmed and self.read_check.isChecked())
        self.pdf_button.setEnabled(confirmed)
        self.json_button.setEnabled(confirmed)

    # -- confirmation ------------------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.review is None or not self.read_check.isChecked():
            return
        self.review.confirm()
        self.say(self.tr("Confirmed: you can export."))
        self.state_changed.emit()

    def withdraw_confirmation(self) -> bool:
        """Untick "I have read every text" after a change (the review withdrew its confirmation itself);
        whether it was ticked."""
        was_confirmed = self.read_check.isChecked()
        self.read_check.setChecked(False)
        return was_confirmed

    # -- writing -----------------------------------------------------------------------------------------
    def export_pdf(self) -> None:
        self.export("pdf")

    def export_json(self) -> None:
        self.export("json")

    def export(self, fmt: str) -> None:
        """Ask where, then write the PDF or the JSON bundle off the GUI thread."""
        if self.review is None or not self.review.confirmed or self.export_task is not None:
            return
        held_on = self._session.held_on.isoformat() if self._session.held_on else "seance"
        chosen = review_prompts.choose_export_path(self, fmt, Path.home() / f"cdp-{held_on}.{fmt}")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        self.say(self.tr("Writing the export…"))
        self._export_path = path
        task = run_in_background(export_session, self._services.register, self._session, self.review, path)
        self.export_task = task
        task.succeeded.connect(self._on_exported)
        task.failed.connect(self._on_export_failed)
        self.state_changed.emit()

    def abandon(self) -> None:
        """The dialog is closed: a file still being written is not reported to it."""
        self._abandoned = True

    def _on_exported(self, _result: object) -> None:
        self.export_task = None
        if self._abandoned:
            return
        message = fill(self.tr("Exported to %1"), str(self._export_path))
        self.say(message)
        self.state_changed.emit()
        self.status_message.emit(message)
        self.exported.emit(str(self._export_path))

    def _on_export_failed(self, error: object) -> None:
        self.export_task = None
        if self._abandoned:
            return
        self.state_changed.emit()
        if isinstance(error, ValidationError):
            text = fill(self.tr("The export was not written:\n%1\n\nChoose another folder or file name."),
                        error_text(error))  # fmt: skip
        else:
            text = self.tr("The export was not written (an unexpected error). Nothing was left behind.")
        self.say(self.tr("The export was not written."))
        review_prompts.warn(self, self.tr("Export"), text)
