"""The community-of-practice page: the sessions (date — group — nœud), the form of the selected one, and the
way to the review and export of its canvases.

Before a session the referent notes the date, the group, the nœud, and ticks one or two situations; after it,
the four points the two representatives report. "Prepare the export…" saves the form if needed and opens the
review (ui/cdp/review.py), where every replacement is shown before anything leaves the register.
Message boxes go through the module-level functions below so that tests can answer them.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.cdp.canvas import candidates
from app.cdp.sessions import MAX_SITUATIONS, CdpSessionData, CdpSessionRead, CdpSessionService
from app.errors import NotFoundError, ValidationError
from app.services import Services
from ui.cdp.review import CanvasReviewDialog
from ui.cdp.session_form import CdpSessionForm
from ui.cdp.warm_up import cool_down, warm_up
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.vocab_widgets import format_date, hint_label, label_of
from ui.common.widget_helpers import buddy_label, push_button

SESSION_ROLE = Qt.ItemDataRole.UserRole
SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


# -- dialogs, one place each (tests replace these functions) -------------------------------------------------
def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class CdpSessionsPage(QWidget):
    """The referent's CdP sessions, usable as a main-window tab page."""

    changed = Signal()  # a session was created, saved or deleted
    status_message = Signal(str)  # for the main window's status bar (never person data)

    def __init__(self, services: Services, parent: QWidget | None = None, *, use_ner: bool = True) -> None:
        super().__init__(parent)
        self._services = services
        self._cdp = CdpSessionService(services)
        self._use_ner = use_ner
        self._sessions: list[CdpSessionRead] = []
        self._editing: CdpSessionRead | None = None
        self.review_dialog: CanvasReviewDialog | None = None
        self._build_widgets()
        self._build_layout()
        self._connect()
        self.refresh()
        self.new_session()
        self.setFocusProxy(self.sessions)

    # -- building ----------------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.sessions = QTableWidget(0, 4, self)
        self.sessions.setObjectName("cdp_sessions")
        self.sessions.setAccessibleName(self.tr("Community-of-practice sessions"))
        self.sessions.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Group"), self.tr("Nœud"), self.tr("Situations")]
        )
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions.setTabKeyNavigation(False)
        self.sessions.setWordWrap(False)
        self.sessions.verticalHeader().hide()
        header = self.sessions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.sessions.setColumnWidth(1, 240)
        self.new_button = push_button(self, "new_cdp_session", self.tr("&New session"), self._on_new)
        self.delete_button = push_button(
            self, "delete_cdp_session", self.tr("De&lete…"), self.delete_selected
        )
        self.form = CdpSessionForm(self)
        self.saved_message = hint_label("", self)
        self.export_button = push_button(
            self, "prepare_export", self.tr("Prepare the e&xport…"), self.prepare_export
        )
        self.export_button.setToolTip(self.tr(
            "Review the anonymised canvases of the situations brought, then export them as PDF or JSON."))
        self.save_button = push_button(self, "save_cdp_session", self.tr("S&ave"), self.save)
        self.save_button.setToolTip(self.tr("Save the session (Ctrl+Enter)"))
        self.save_button.setDefault(True)

    def _build_layout(self) -> None:
        title = buddy_label(self, self.tr("CdP &sessions"), self.sessions)
        top = QHBoxLayout()
        top.addWidget(self.sessions, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_message, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(line)
        # the form scrolls on a small screen (1024×640) rather than being cut or growing the window
        holder = QScrollArea(self)
        holder.setObjectName("cdp_form_scroll")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidget(self.form)
        layout.addWidget(holder, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        for keys in SAVE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self, self.save)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.sessions.itemSelectionChanged.connect(self._on_selection)
        self.form.changed.connect(self._update_buttons)

    # -- the list ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the sessions and the situations one can bring (consents may have changed)."""
        self._sessions = self._cdp.list()
        self.sessions.blockSignals(True)
        try:
            self.sessions.setRowCount(len(self._sessions))
            for row, session in enumerate(self._sessions):
                values = (
                    format_date(session.held_on),
                    session.group_name or "—",
                    self._noeud_text(session),
                    str(len(session.situation_ids)),
                )
                for column, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    item.setData(SESSION_ROLE, session.id)
                    item.setToolTip(value)
                    self.sessions.setItem(row, column, item)
            self._select_row_of(self._editing.id if self._editing else None)
        finally:
            self.sessions.blockSignals(False)
        self._fit_sessions_height()
        chosen = self.form.chosen_ids()
        self.form.set_candidates(candidates(self._services), chosen)
        self._update_buttons()

    def _noeud_text(self, session: CdpSessionRead) -> str:
        label = label_of("cdp_noeuds", session.noeud)
        text = " ".join(session.noeud_text.split())
        if label and text:
            return f"{label} — {text}"
        return label or text or "—"

    def _fit_sessions_height(self) -> None:
        """Room for three to five sessions; more scroll."""
        rows = min(max(len(self._sessions), 3), 5)
        height = self.sessions.horizontalHeader().sizeHint().height() + 2 * self.sessions.frameWidth()
        self.sessions.setFixedHeight(height + rows * self.sessions.verticalHeader().defaultSectionSize())

    def _select_row_of(self, session_id: int | None) -> None:
        self.sessions.clearSelection()
        for row, session in enumerate(self._sessions):
            if session.id == session_id:
                self.sessions.selectRow(row)
                self.sessions.setCurrentCell(row, 0)
                return

    def selected_session_id(self) -> int | None:
        items = self.sessions.selectedItems()
        return items[0].data(SESSION_ROLE) if items else None

    def _on_selection(self) -> None:
        session_id = self.selected_session_id()
        if session_id is None or (self._editing and self._editing.id == session_id):
            self._update_buttons()
            return
        if not self._may_leave_form():
            self.sessions.blockSignals(True)
            self._select_row_of(self._editing.id if self._editing else None)
            self.sessions.blockSignals(False)
            return
        self.open_session(session_id)

    def _may_leave_form(self) -> bool:
        if not self.form.is_dirty():
            return True
        return ask(self, self.tr("Unsaved changes"),
                   self.tr("The session shown has changes that are not saved. Leave them?"))  # fmt: skip

    # -- the form ----------------------------------------------------------------------------------------
    def _on_new(self) -> None:
        if self._may_leave_form():
            self.new_session()
            self.form.date.setFocus()

    def new_session(self) -> None:
        """An empty form for a new session, dated today."""
        self._editing = None
        self.sessions.blockSignals(True)
        self.sessions.clearSelection()
        self.sessions.setCurrentCell(-1, -1)  # no current row either: Down then selects (and opens) the first
        self.sessions.blockSignals(False)
        self.form.show_data(CdpSessionData(held_on=clock.today()))
        self.form.title.setText(self.tr("New session"))
        self.saved_message.clear()
        self._update_buttons()

    def open_session(self, session_id: int) -> None:
        try:
            self._editing = self._cdp.get(session_id)
        except NotFoundError:
            self.refresh()
            return
        self.form.show_data(self._editing, self._editing.situation_ids)
        self.form.title.setText(fill(self.tr("Session of %1"), format_date(self._editing.held_on)))
        self.saved_message.clear()
        self._update_buttons()

    def editing(self) -> CdpSessionRead | None:
        return self._editing

    # -- locking: the window reopens this page after unlocking and gives back what it kept ------------------
    def lock_state(self) -> int | None:
        """The session shown (an id only: nothing typed is kept while locked)."""
        return self._editing.id if self._editing is not None else self.selected_session_id()

    def restore_lock_state(self, session_id: int | None) -> None:
        if session_id is not None:
            self._select_row_of(session_id)  # selecting opens it in the form

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_session_id() is not None)
        self.export_button.setEnabled(bool(self.form.chosen_ids()))

    def save(self) -> bool:
        """Create or update the session and its situations; a refusal is shown under its field."""
        self.form.clear_errors()
        chosen = self.form.chosen_ids()
        if len(chosen) > MAX_SITUATIONS:
            text = self.tr("At most %1 situations per session (the report advises one or two).")
            self.form.show_error(fill(text, MAX_SITUATIONS), "situations")
            return False
        try:
            data = self.form.data()
            saved = (self._cdp.create(data) if self._editing is None
                     else self._cdp.update(self._editing.id, data))  # fmt: skip
            self._editing = saved  # created: later errors concern this session
            saved = self._cdp.set_situations(saved.id, chosen)
        except ValidationError as error:
            self.form.show_error(error)
            self.refresh()
            return False
        except NotFoundError as error:
            self.form.show_error(error_text(error), "")
            return False
        self._editing = saved
        self.refresh()
        self.form.show_data(saved, saved.situation_ids)
        self.form.title.setText(fill(self.tr("Session of %1"), format_date(saved.held_on)))
        message = fill(self.tr("Session of %1 saved."), format_date(saved.held_on))
        self.saved_message.setText(message)
        self.status_message.emit(message)
        self.changed.emit()
        return True

    def delete_selected(self) -> None:
        session_id = self.selected_session_id()
        if session_id is None:
            return
        question = self.tr("Delete this CdP session? The situations themselves are not touched.")
        if not ask(self, self.tr("Delete the session"), question):
            return
        with contextlib.suppress(NotFoundError):
            self._cdp.delete(session_id)
        if self._editing is not None and self._editing.id == session_id:
            self._editing = None
            self.new_session()
        self.refresh()
        self.status_message.emit(self.tr("Session deleted."))
        self.changed.emit()

    def is_dirty(self) -> bool:
        """True when the form holds something not yet saved (for the main window, before locking/quitting)."""
        return self.form.is_dirty()

    def _on_review_closed(self, _result: int) -> None:
        if self.review_dialog is not None and self.review_dialog.property("exported_once"):
            # The export is written: the NER child's memory, the identifiers and word lists go back.
            cool_down(release=self._services)
        self.review_dialog = None

    # -- the export made ready while the page is read (ui/cdp/warm_up.py) ---------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            warm_up(self._services, use_ner=self._use_ner)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous() and self.review_dialog is None:  # left for another page, or locked
            cool_down()

    # -- towards the export ------------------------------------------------------------------------------
    def prepare_export(self) -> CanvasReviewDialog | None:
        """Save the form when needed, then open the review of the session's canvases."""
        if (self._editing is None or self.form.is_dirty()) and not self.save():
            return None
        if self._editing is None or not self._editing.situation_ids:
            self.form.show_error(self.tr("Tick at least one situation to prepare its canvas."), "situations")
            return None
        dialog = CanvasReviewDialog(self._services, self._editing, self, use_ner=self._use_ner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the review (and its texts) goes with it
        dialog.status_message.connect(self.status_message)
        dialog.exported.connect(lambda _path: dialog.setProperty("exported_once", True))
        dialog.finished.connect(self._on_review_closed)
        self.review_dialog = dialog
        dialog.open()
        return dialog
