"""The review of a CdP session's canvases before export: every replacement shown, the referent decides.

The review (app.cdp.review) is built off the GUI thread (the language model takes several seconds to load).
Then, for each free text: the original with its replacements highlighted (pink and wavy: also a common word,
to check), the text as it will be exported, and the list of replacements with "Restore (false positive)";
the words the anonymiser saw and left in clear on purpose (a street without a number…) follow, underlined.
Words can be masked by selecting them, a text can be rewritten (and is checked again). The structured parts
of each canvas are shown read-only. Nothing can be exported before "I have read every text" + Confirm, and
any later change withdraws the confirmation. Exports are written off the GUI thread.

The dialog composes its parts: the tree of texts (ui/cdp/review_navigation.py), one field and the structured
parts (ui/cdp/review_field.py), preparing and exporting (ui/cdp/review_export.py). Message boxes, file
dialogs and the rewrite dialog go through ui/cdp/review_prompts.py (tests replace its functions).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.anonymiser import Replacement
from app.cdp.review import CanvasReview
from app.cdp.sessions import CdpSessionRead
from app.services import Services
from ui.cdp.review_export import ExportBar, PreparingPage
from ui.cdp.review_field import FieldView, StructureView
from ui.cdp.review_navigation import ReviewNavigation
from ui.common.i18n import fill
from ui.common.vocab_widgets import format_date, hint_label
from ui.common.workers import Task

CHECK_COLOUR = "#9b1c1c"


class CanvasReviewDialog(QDialog):
    """Review, confirm and export the anonymised canvases of one CdP session."""

    ready = Signal()  # the review is built and shown
    status_message = Signal(str)  # for the main window's status bar (paths and counts only)
    exported = Signal(str)  # the path of a file written

    def __init__(self, services: Services, session_read: CdpSessionRead, parent: QWidget | None = None, *,
                 use_ner: bool = True) -> None:  # fmt: skip
        super().__init__(parent)
        self._services = services
        self._session = session_read
        self._use_ner = use_ner
        self.review: CanvasReview | None = None
        self.setWindowTitle(self.tr("Review before export — CdP session"))
        self.setObjectName("cdp_review")
        self._build_parts()
        self._build_layout()
        self._connect()
        self.resize(1100, 750)
        self._update_buttons()
        self.body.setCurrentIndex(0)
        self.preparing.start(self._services, self._session, use_ner=self._use_ner)

    # -- building ----------------------------------------------------------------------------------------
    def _build_parts(self) -> None:
        self.heading = QLabel(self._heading_text(), self)
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.ner_hint = hint_label("", self)
        self.ner_hint.hide()
        self.preparing = PreparingPage(self)
        self.navigation = ReviewNavigation(self)
        self.field_view = FieldView(self.navigation.field_label, self.navigation.owner_label, self)
        self.structure_view = StructureView(self)
        self.export_bar = ExportBar(self._services, self._session, self)
        self._name_the_widgets()

    def _name_the_widgets(self) -> None:
        """The parts' widgets under the dialog's own names (the tab order, tests and screenshots use them)."""
        self.busy_label = self.preparing.busy_label
        self.busy_bar = self.preparing.busy_bar
        self.build_error = self.preparing.build_error
        self.tree = self.navigation.tree
        self.field_title = self.field_view.field_title
        self.original = self.field_view.original
        self.exported_view = self.field_view.exported_view
        self.mask_button = self.field_view.mask_button
        self.edit_button = self.field_view.edit_button
        self.table = self.field_view.table
        self.restore_button = self.field_view.restore_button
        self.generalise_button = self.field_view.generalise_button
        self.structure = self.structure_view.browser
        self.read_check = self.export_bar.read_check
        self.confirm_button = self.export_bar.confirm_button
        self.state_label = self.export_bar.state_label
        self.pdf_button = self.export_bar.pdf_button
        self.json_button = self.export_bar.json_button
        self.close_button = self.export_bar.close_button

    def _heading_text(self) -> str:
        session = self._session
        parts = [fill(self.tr("Session of %1"), format_date(session.held_on))]
        if session.group_name:
            parts.append(session.group_name)
        return " — ".join(parts)

    def _build_layout(self) -> None:
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.field_view)
        self.pages.addWidget(self.structure_view)
        review = QSplitter(Qt.Orientation.Horizontal, self)
        review.setChildrenCollapsible(False)
        review.addWidget(self.navigation)
        review.addWidget(self.pages)
        review.setStretchFactor(0, 1)
        review.setStretchFactor(1, 3)
        review.setSizes([320, 760])
        self.body = QStackedWidget(self)
        self.body.addWidget(self.preparing)
        self.body.addWidget(review)
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addSpacing(16)
        head.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.ner_hint)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.export_bar)

    def _connect(self) -> None:
        order = (self.tree, self.original, self.mask_button, self.edit_button, self.exported_view, self.table,
                 self.restore_button, self.generalise_button, self.structure, self.read_check,
                 self.confirm_button, self.pdf_button, self.json_button, self.close_button)  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.preparing.built.connect(self._on_built)
        self.preparing.failed.connect(self._update_buttons)
        self.navigation.field_chosen.connect(self._show_field)
        self.navigation.canvas_chosen.connect(self._show_canvas)
        self.field_view.changed.connect(self._after_change)
        self.field_view.message.connect(self.export_bar.say)
        self.field_view.actions_changed.connect(self._update_buttons)
        self.export_bar.state_changed.connect(self._update_buttons)
        self.export_bar.status_message.connect(self.status_message)
        self.export_bar.exported.connect(self.exported)
        self.export_bar.close_requested.connect(self.reject)

    # -- the review arrives ------------------------------------------------------------------------------
    def _on_built(self, review: CanvasReview) -> None:
        self.review = review
        self.export_bar.set_review(review)
        self.navigation.show_review(review)
        self.body.setCurrentIndex(1)
        if not review.anonymiser.ner_available:
            self.ner_hint.setText(self.tr(
                "The language model is not in use: names are found from the register and by patterns only. "
                "Read each text with extra care."))  # fmt: skip
            self.ner_hint.show()
        self._show_summary()
        self._update_buttons()
        first = self.navigation.first_field_item()
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus()
        self.ready.emit()

    def is_busy(self) -> bool:
        return self.review is None or self.export_task is not None

    @property
    def export_task(self) -> Task | None:
        """The file being written, if any (closing waits for it)."""
        return self.export_bar.export_task

    # -- moving between texts ----------------------------------------------------------------------------
    def _show_field(self, key: str) -> None:
        self.pages.setCurrentIndex(0)
        self.field_view.show_field(self.review, key)
        self._update_buttons()

    def _show_canvas(self, index: int) -> None:
        self.field_view.show_field(self.review, None)
        self.structure_view.show_canvas(self.review, self.review.canvases[index])
        self.pages.setCurrentIndex(1)
        self._update_buttons()

    def current_key(self) -> str | None:
        return self.field_view.key

    def field_item(self, key: str) -> QTreeWidgetItem | None:
        return self.navigation.field_item(key)

    def field_label(self, key: str) -> str:
        return self.navigation.field_label(key)

    def select_field(self, key: str) -> None:
        self.navigation.select_field(key)

    def select_canvas(self, index: int) -> None:
        self.navigation.select_canvas(index)

    # -- corrections (the field view makes them) ---------------------------------------------------------
    def selected_replacement(self) -> Replacement | None:
        return self.field_view.selected_replacement()

    def selected_left_in_clear(self) -> Replacement | None:
        return self.field_view.selected_left_in_clear()

    def restore_selected(self) -> None:
        self.field_view.restore_selected()

    def mask_selection(self) -> None:
        self.field_view.mask_selection()

    def edit_current(self) -> None:
        self.field_view.edit_current()

    def _after_change(self, message: str) -> None:
        """Anything changed: the counts again, and the confirmation is withdrawn (the review did it too)."""
        was_confirmed = self.export_bar.withdraw_confirmation()
        self.navigation.update_counts()
        self._show_summary()
        if was_confirmed:
            message = fill(self.tr("%1 Read the texts again, then confirm."), message)
        self.export_bar.say(message)
        self._update_buttons()

    # -- summary, confirmation, export -------------------------------------------------------------------
    def _show_summary(self) -> None:
        found = [r for _key, r in self.review.all_replacements()]
        to_check = sum(1 for r in found if r.ambiguous) + len(self.review.all_left_in_clear())
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(self.review.counts_by_kind().items()))
        text = fill(self.tr("Replacements: %1 — to check: %2"), len(found), to_check)
        if kinds:
            text += f"  ({kinds})"
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {CHECK_COLOUR};" if to_check else "")

    def confirm(self) -> None:
        self.export_bar.confirm()

    def export(self, fmt: str) -> None:
        self.export_bar.export(fmt)

    def _update_buttons(self) -> None:
        idle = self.review is not None and self.export_task is None
        self.field_view.update_actions(idle)
        self.export_bar.update_actions(idle)
        self.tree.setEnabled(idle)

    # -- closing -------------------------------------------------------------------------------------------
    def reject(self) -> None:
        """Not while a file is being written (the review is in use); the review is dropped with the dialog."""
        if self.export_task is not None:
            return
        super().reject()

    def done(self, result: int) -> None:
        """Closed: a review or an export still on its way is not delivered to this dialog any more."""
        self.preparing.abandon()
        self.export_bar.abandon()
        super().done(result)
