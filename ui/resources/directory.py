"""The resource directory page: the browser (search, filters, the table: ui/resources/directory_browser.py),
the entry's form, and the actions: new, save, delete, export and import (sharing with a colleague).

Keyboard: Alt+Q searches (Enter or Down then goes to the table), Delete in the table deletes, Alt+U starts a
new entry, Ctrl+S saves (the Save button has no letter: the form's fields take them all). Several rows can
be selected (Shift/Ctrl) to export them for a colleague.

Every save is explicit. Moving to another entry while the form has changes saves them first; if the service
refuses them, the form stays on the entry with the message under the field (nothing is silently lost).
Message boxes and file dialogs go through the module-level functions below so that tests can answer them.
"""

from __future__ import annotations

import contextlib
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFoundError, ValidationError
from app.resource_screening import ExportScreening
from app.resource_sharing import ImportPlan, ImportResult
from app.services import Services
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.vocab_widgets import hint_label
from ui.common.widget_helpers import push_button
from ui.common.workers import run_in_background
from ui.resources.directory_browser import ResourceBrowser
from ui.resources.form import ResourceForm
from ui.resources.import_dialog import ResourceImportDialog

DEFAULT_FILE_NAME = "ressources-relais.json"

translate = QCoreApplication.translate


# -- dialogs, one place each (tests replace these functions) -------------------------------------------------
def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def choose_export_path(parent: QWidget) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("ResourceDirectory", "Export the selected entries (no person data)"),
        str(Path.home() / DEFAULT_FILE_NAME),
        translate("ResourceDirectory", "Relais resource files (*.json);;All files (*)"),
    )
    return path


def choose_import_path(parent: QWidget) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("ResourceDirectory", "Import a colleague's resource file"),
        str(Path.home()),
        translate("ResourceDirectory", "Relais resource files (*.json);;All files (*)"),
    )
    return path


class ResourceDirectory(QWidget):
    """The referent's directory of local resources, usable as a main-window tab page."""

    changed = Signal()  # an entry was created, edited, deleted or imported

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.import_dialog: ResourceImportDialog | None = None
        self.import_task = None
        self.export_task = None
        self.browser = ResourceBrowser(services, self)
        self._name_the_widgets()
        self.form = ResourceForm(self)
        self.form.save_requested.connect(self.save)
        self._build_buttons()
        self._arrange()
        self.browser.current_changed.connect(self._on_current_changed)
        self.browser.searched.connect(self._update_buttons)
        self.browser.communes_read.connect(self.form.set_communes)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_selected)
        self.refresh()
        self._show(None)
        self.setFocusProxy(self.search)  # a tab page opens on its search

    def _name_the_widgets(self) -> None:
        """The browser's widgets under the page's names (the tab order, tests and screenshots use them)."""
        self.search = self.browser.search
        self.count = self.browser.count
        self.table = self.browser.table
        self.model = self.browser.model
        self.category = self.browser.category
        self.resource_type = self.browser.resource_type
        self.commune = self.browser.commune
        self.stale_only = self.browser.stale_only

    @property
    def _shown_id(self) -> int | None:
        """The entry in the form (None: a new one); the browser keeps it as the table's current row."""
        return self.browser.shown_id

    @_shown_id.setter
    def _shown_id(self, resource_id: int | None) -> None:
        self.browser.shown_id = resource_id

    # -- building ----------------------------------------------------------------------------------------
    def _build_buttons(self) -> None:
        self.new_button = push_button(self, "new_resource", self.tr("New reso&urce"), self.new_entry)
        self.delete_button = push_button(self, "delete_resource", self.tr("&Delete…"), self.delete_selected)
        self.export_button = push_button(
            self, "export_resources", self.tr("E&xport selected…"), self.export_selected
        )
        self.export_button.setToolTip(
            self.tr("Writes the selected entries to a file for a colleague. It holds no person data.")
        )
        self.import_button = push_button(
            self, "import_resources", self.tr("&Import a colleague's file…"), self.import_file
        )
        self.import_button.setToolTip(
            self.tr("You see what will be added or merged before anything changes.")
        )

    def _left_column(self) -> QWidget:
        """The browser, the entry's buttons, the sharing buttons and what a shared file holds."""
        actions = QHBoxLayout()
        for button in (self.new_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        sharing = QHBoxLayout()
        for button in (self.export_button, self.import_button):
            sharing.addWidget(button)
        sharing.addStretch(1)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.browser, 1)
        column.addLayout(actions)
        column.addLayout(sharing)
        column.addWidget(
            hint_label(self.tr("A shared file holds directory entries only, never person data."), left)
        )
        return left

    def _arrange(self) -> None:
        scroll = self._form_scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fields shrink instead
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(400)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._left_column())
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(splitter)
        order = (self.search, self.category, self.resource_type, self.commune, self.stale_only, self.table,
                 self.new_button, self.delete_button, self.export_button, self.import_button,
                 self.form.fields["name"])  # fmt: skip
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    # -- reading -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the communes and the entries again (after a change elsewhere, e.g. a mobilisation saved an
        entry to the directory)."""
        self.browser.fill_communes()
        self.browser.run_search()

    def selected_ids(self) -> list[int]:
        return self.browser.selected_ids()

    def select_id(self, resource_id: int, extend: bool = False) -> bool:
        return self.browser.select_id(resource_id, extend)

    def _on_current_changed(self, resource_id: int) -> None:
        if resource_id == self._shown_id:
            return
        if self.form.dirty and not self.save():
            self.browser.select_quietly(self._shown_id)  # refused: stay on its entry, the message makes sense
            return
        self._show(resource_id)

    def _show(self, resource_id: int | None) -> None:
        resource = None
        if resource_id is not None:
            try:
                resource = self._services.resources.get(resource_id)
            except NotFoundError:
                resource_id = None
        self._shown_id = resource_id
        self.form.show_resource(resource)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.delete_button.setEnabled(self._shown_id is not None)
        self.export_button.setEnabled(selected)

    # -- writing -----------------------------------------------------------------------------------------
    def new_entry(self) -> None:
        """An empty form (after saving changes to the entry on show, if any)."""
        if self.form.dirty and not self.save():
            return
        self.browser.select_quietly(None)
        self._show(None)
        self.form.focus_name()

    def is_dirty(self) -> bool:
        """Unsaved edits in the form (for the main window, before locking or closing the page)."""
        return bool(self.form.dirty)

    def save(self) -> bool:
        """Create or update the entry of the form; a refusal is shown under its field."""
        data = self.form.data()
        try:
            if self._shown_id is None:
                saved = self._services.resources.create(data)
            else:
                saved = self._services.resources.update(self._shown_id, data)
        except ValidationError as error:
            self._scroll_into_view(self.form.show_error(error))
            return False
        except NotFoundError as error:
            warn(self, self.tr("Resource directory"), error_text(error))
            self._show(None)
            self.refresh()
            return False
        self._shown_id = saved.id
        self.form.show_resource(saved)
        self.refresh()
        with QSignalBlocker(self.table.selectionModel()):
            self.select_id(saved.id)
        self._update_buttons()
        self.changed.emit()
        return True

    def _scroll_into_view(self, label: QWidget) -> None:
        """The message and its field in sight, once the label's new height is laid out."""
        def scroll() -> None:
            self._form_scroll.ensureWidgetVisible(label, 0, 40)
        QTimer.singleShot(0, self, scroll)  # with the page as context: nothing runs once it is gone

    def delete_selected(self) -> None:
        """Delete the entry on show, after asking; its mobilisations keep the name as text."""
        if self._shown_id is None:
            return
        try:
            resource = self._services.resources.get(self._shown_id)
            used = self._services.resources.usage_count(resource.id)
        except NotFoundError:
            self._show(None)
            self.refresh()
            return
        text = fill(self.tr("Delete “%1” from the directory?"), resource.name)
        if used:
            text += "\n\n" + fill(
                self.tr("Mobilisations using it: %1. They will be kept, with “%2” written as text."),
                used,
                resource.name,
            )
        if not ask(self, self.tr("Delete the entry"), text):
            return
        with contextlib.suppress(NotFoundError):  # already gone: the result is the same
            self._services.resources.delete(resource.id)
        self.form.dirty = False
        self._show(None)
        self.refresh()
        self.changed.emit()

    # -- sharing -----------------------------------------------------------------------------------------
    def export_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            inform(
                self, self.tr("Export"), self.tr("Select the entries to share first (Ctrl or Shift + click).")
            )
            return
        path = choose_export_path(self)
        if not path:
            return
        # The screening scans every note with the register's deny list and patterns: off the GUI thread
        # (a large directory and register take seconds), like the writing after it.
        self.export_button.setEnabled(False)
        self.export_task = run_in_background(self._services.resource_sharing.plan_export, ids, receiver=self)
        self.export_task.succeeded.connect(lambda screening: self._confirm_export(ids, Path(path), screening))
        self.export_task.failed.connect(self._export_failed)

    def _confirm_export(self, ids: list[int], path: Path, screening: ExportScreening) -> None:
        if screening.total and not ask(self, self.tr("Export"), self._masking_plan(screening)):
            self._export_done()
            return
        self.export_task = run_in_background(self._services.resource_sharing.export, ids, path, receiver=self)
        self.export_task.succeeded.connect(lambda written: self._exported(written, path))
        self.export_task.failed.connect(self._export_failed)

    def _exported(self, written: int, path: Path) -> None:
        self._export_done()
        text = self.tr("Entries written: %1, to %2.\nThe file holds directory entries only, no person data.")
        inform(self, self.tr("Export"), fill(text, written, path.name))

    def _export_failed(self, error: BaseException) -> None:
        self._export_done()
        warn(self, self.tr("Export"), fill(self.tr("The file was not written: %1"), _reason(error)))

    def _export_done(self) -> None:
        self.export_task = None
        self._update_buttons()

    def _masking_plan(self, screening: ExportScreening) -> str:
        """The export confirmation: what will be masked, per entry and kind (never the values)."""
        lines = [
            fill(self.tr("“%1”: %2"), entry.name, ", ".join(f"{k} {n}" for k, n in entry.by_kind.items()))
            for entry in screening.hits
        ]
        intro = self.tr(
            "Your notes in these entries hold person data (a person of the register, a phone, an e-mail…). "
            "It will be masked in the file (%1 items):"
        )
        return "\n".join([fill(intro, screening.total), *lines, "", self.tr("Export with these masked?")])

    def import_file(self, path: str | Path | None = None) -> None:
        """Read and check the file off the GUI thread, then show the plan; nothing is written before."""
        path = path or choose_import_path(self)
        if not path:
            return
        self.import_button.setEnabled(False)
        self.import_task = run_in_background(self._services.resource_sharing.plan_import, Path(path))
        self.import_task.succeeded.connect(self._show_plan)
        self.import_task.failed.connect(self._refuse_file)

    def _refuse_file(self, error: BaseException) -> None:
        self.import_task = None
        self.import_button.setEnabled(True)
        warn(self, self.tr("Import"), fill(self.tr("Nothing was imported. %1"), _reason(error)))

    def _show_plan(self, plan: ImportPlan) -> None:
        self.import_task = None
        self.import_button.setEnabled(True)
        self.import_dialog = ResourceImportDialog(plan, self)
        self.import_dialog.accepted.connect(lambda: self._apply_plan(plan))
        self.import_dialog.open()

    def _apply_plan(self, plan: ImportPlan) -> None:
        """Write the plan off the GUI thread (one transaction: a large file never freezes the window)."""
        decisions = self.import_dialog.decisions() if self.import_dialog else {}
        self.import_button.setEnabled(False)
        self.import_task = run_in_background(self._services.resource_sharing.apply_import, plan, decisions)
        self.import_task.succeeded.connect(self._imported)
        self.import_task.failed.connect(self._refuse_file)

    def _imported(self, result: ImportResult) -> None:
        self.import_task = None
        self.import_button.setEnabled(True)
        self.refresh()
        self.changed.emit()
        inform(
            self,
            self.tr("Import"),
            fill(
                self.tr("Added: %1 · merged: %2 · skipped: %3."), result.added, result.merged, result.skipped
            ),
        )


def _reason(error: BaseException) -> str:
    """What to tell the referent: the service's own (French) message; an OS error without its path."""
    if isinstance(error, ValidationError | NotFoundError):
        return error_text(error)
    if isinstance(error, OSError):
        return error.strerror or translate("ResourceDirectory", "the file could not be written or read.")
    return translate("ResourceDirectory", "unexpected error.")
