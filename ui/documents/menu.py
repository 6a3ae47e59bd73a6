"""The Documents menu of a situation (Ctrl+Shift+D in the editor, then a letter): each document is rendered,
previewed (ui.documents.preview), then saved through the export pipeline or printed, and logged.

Other documents add their entry with `DocumentsMenu.add_document(text, slot)`; `show_rendered` previews and
saves or prints any RenderedDocument the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QPushButton, QWidget

from app.changes import ChangeSet
from app.documents.access import build_access
from app.documents.consent import ConsentRequiredError, ConsentService
from app.documents.handover import build_handover
from app.documents.output import RenderedDocument, record_printed, save_document
from app.documents.referent import referent_contact, save_referent_contact
from app.documents.situation_file import build_situation_file
from app.services import Services
from ui.common.errors import error_text
from ui.common.operations import runner_for
from ui.common.vocab_widgets import ui_language
from ui.documents.pages import print_pdf
from ui.documents.preview import PdfPreviewDialog
from ui.documents.referent import ReferentContactDialog
from ui.exportlog.calendar_dialog import CalendarExportDialog

Build = Callable[[Services, int, str], RenderedDocument]  # services, situation, language: off the GUI thread
CANCELLED = -1

NO_NOTICE = ChangeSet()  # consents, the referent's contact and the export log: no open view shows them


class DocumentsMenu(QMenu):
    consent_needed = Signal(str)  # the handover sheet was refused (why): the editor shows where to record one
    written = Signal(object)  # the Path of a document just written

    def __init__(self, services: Services, situation_id: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DocumentsMenu", "&Documents"), parent)
        self._services, self._situation_id = services, situation_id
        self._rendering = False  # one document at a time: a second press while rendering does nothing
        self.handover_action = self.add_document(self.tr("&Handover sheet (passer le relais)…"),
                                                 self.handover)
        self.file_action = self.add_document(self.tr("&Situation file (your records)…"), self.situation_file)
        self.access_action = self.add_document(self.tr("GDPR &access request (PDF)…"), self.access_pdf)
        self.access_json_action = self.add_document(self.tr("GDPR access request (&JSON)…"), self.access_json)
        self.calendar_action = self.add_document(self.tr("Follow-ups to the ca&lendar (.ics)…"),
                                                 self.calendar)
        self.liaison_separator = self.addSeparator()  # the fridge note and the GP note go above it
        self.contact_action = self.add_document(self.tr("Your &contact on the documents…"), self.edit_contact)
        self.aboutToShow.connect(self._enable)

    def add_document(self, text: str, slot: Callable[[], object]) -> QAction:
        action = self.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _enable(self) -> None:
        saved = self._situation_id() is not None
        for action in self.actions():
            if action is not self.contact_action:
                action.setEnabled(saved)

    # -- the documents ---------------------------------------------------------------------------------
    def handover(self) -> None:
        """Asks for the referent's contact first when it is missing, then which consent when several."""
        if referent_contact(self._services.register).missing:
            self.edit_contact(then=self._handover_for_consent)
        else:
            self._handover_for_consent()

    def _handover_for_consent(self) -> None:
        situation_id = self._situation_id()
        consent_id = self.choose_consent(situation_id) if situation_id is not None else None
        if consent_id == CANCELLED:
            return
        def build(services: Services, sid: int, lang: str) -> RenderedDocument:
            return build_handover(services.register, sid, lang=lang, consent_id=consent_id)

        self.show_rendered(build, self.tr("Handover sheet"), "relais")

    def situation_file(self) -> None:
        self.show_rendered(lambda s, sid, lang: build_situation_file(s.register, sid, lang=lang),
                           self.tr("Situation file"), "dossier")

    def access_pdf(self) -> None:
        self.show_rendered(lambda s, sid, lang: build_access(s.register, sid, lang=lang),
                           self.tr("GDPR access request"), "acces-rgpd")

    def access_json(self) -> None:
        self.show_rendered(lambda s, sid, lang: build_access(s.register, sid, file_format="json", lang=lang),
                           self.tr("GDPR access request"), "acces-rgpd")

    def calendar(self) -> None:
        """The calendar export of the Register menu, set to this situation (codes only unless asked)."""
        situation_id = self._situation_id()
        if situation_id is None:
            return
        code = self._services.situations.get(situation_id).code
        dialog = CalendarExportDialog(self._services, code, ui_language(), self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.one_button.setChecked(True)
        self.calendar_dialog = dialog
        dialog.exec()

    def choose_consent(self, situation_id: int) -> int | None:
        """Several active consents: ask which professional (None lets the use case refuse or pick the one)."""
        active = ConsentService(self._services.register).active(situation_id)
        if len(active) < 2:
            return None
        names = [", ".join(x for x in (c.professional_name, c.professional_role) if x) for c in active]
        chosen, ok = QInputDialog.getItem(self.parentWidget(), self.tr("Handover sheet"),
                                          self.tr("For which professional?"), names, 0, False)
        return active[names.index(chosen)].id if ok else CANCELLED

    def edit_contact(self, then: Callable[[], None] | None = None) -> ReferentContactDialog:
        """Ask for the referent's contact; `then()` runs once it is saved."""
        def submit(contact) -> None:
            runner_for(self._services).call(partial(_save_contact, contact), changes=NO_NOTICE)

        dialog = ReferentContactDialog(referent_contact(self._services.register), submit, self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if then is not None:
            dialog.accepted.connect(then)
        dialog.exec()
        return dialog

    # -- preview, then save or print ---------------------------------------------------------------------
    def show_rendered(self, build: Build, title: str, file_stem: str) -> None:
        """Render on the runner's thread (after the writes queued before: the document shows what was just
        saved; reportlab takes 20–200 ms), then preview on the GUI thread."""
        situation_id = self._situation_id()
        if situation_id is None or self._rendering:
            return
        self._rendering = True
        self._set_busy(True)  # on the editor, not the application: it goes with the editor if it closes
        runner_for(self._services).run(partial(_render, build, situation_id, ui_language()),
                                       changes=NO_NOTICE, receiver=self, failed=self._render_failed,
                                       done=partial(self._rendered, title, file_stem),
                                       label=self.tr("Preparing the document…"))

    def _rendered(self, title: str, file_stem: str, document: RenderedDocument) -> None:
        self._render_over()
        code = document.settings.get("situation", "")
        if document.format != "pdf":
            self._save(document, title, f"{file_stem}-{code}")
            return
        preview = PdfPreviewDialog(document.content, title, list(document.notices), self.parentWidget())
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.finished.connect(lambda _result: self._after_preview(preview.choice, document, title,
                                                                     f"{file_stem}-{code}"))
        self.preview = preview
        preview.exec()

    def _after_preview(self, choice: str | None, document: RenderedDocument, title: str, stem: str) -> None:
        self.preview = None
        if choice == "save":
            self._save(document, title, stem)
        elif choice == "print" and print_pdf(document.content, title, self.parentWidget()):
            runner_for(self._services).run(partial(_record_printed, document), changes=NO_NOTICE,
                                           receiver=self, failed=self._failed)

    def _render_failed(self, error: BaseException) -> None:
        self._render_over()
        if isinstance(error, ConsentRequiredError):
            self.consent_needed.emit(error_text(error))
        else:
            self._failed(error)

    def _render_over(self) -> None:
        self._rendering = False
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        widget = self.parentWidget()
        if widget is None:
            return
        if busy:
            widget.setCursor(Qt.CursorShape.WaitCursor)
        else:
            widget.unsetCursor()

    def _save(self, document: RenderedDocument, title: str, stem: str) -> None:
        path = self.ask_path(title, f"{stem}.{document.format}", document.format)
        if path is None:
            return
        runner_for(self._services).run(partial(_save_document, document, path), changes=NO_NOTICE,
                                       receiver=self, done=self.written.emit,
                                       failed=partial(self._save_failed, document, title, stem))

    def _save_failed(self, document: RenderedDocument, title: str, stem: str, error: BaseException) -> None:
        """Say why, then ask for another place: the document is still here, nothing to make again."""
        self._failed(error)
        self._save(document, title, stem)

    def ask_path(self, title: str, suggested: str, file_format: str) -> Path | None:
        """The file to write (the system's save dialog); tests replace this method."""
        pattern = "PDF (*.pdf)" if file_format == "pdf" else "JSON (*.json)"
        chosen, _ = QFileDialog.getSaveFileName(self.parentWidget(), title, str(Path.home() / suggested),
                                                pattern)
        return Path(chosen) if chosen else None

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self.parentWidget(), self.tr("Documents"), error_text(error))


def say_written(widget: QWidget, path: Path) -> None:
    """Where the document went, in the main window's status bar (a save must never pass unnoticed)."""
    window = widget.window()
    if hasattr(window, "statusBar"):
        said = QCoreApplication.translate("DocumentsMenu", "Written: %1")
        window.statusBar().showMessage(said.replace("%1", str(path)), 15_000)


def _render(build: Build, situation_id: int, lang: str, services: Services) -> RenderedDocument:
    return build(services, situation_id, lang)


def _record_printed(document: RenderedDocument, services: Services) -> None:
    record_printed(services.register, document)


def _save_document(document: RenderedDocument, path: Path, services: Services) -> Path:
    return save_document(services.register, document, path)


def _save_contact(contact, services: Services):
    return save_referent_contact(services.register, contact)


def attach_documents(editor) -> DocumentsMenu:
    """Give a situation editor its Documents button and menu (Ctrl+Shift+D) and its consents (Network tab)."""
    from ui.documents.consent import ConsentPanel
    from ui.documents.liaison_actions import liaison_actions

    panel = ConsentPanel(editor.services, lambda: editor.situation_id, editor.network)
    editor.network.layout().addWidget(panel)
    menu = DocumentsMenu(editor.services, lambda: editor.situation_id, editor)
    # Added to the editor too, so their shortcuts (Ctrl+Shift+F, Ctrl+Shift+G) work with the menu closed.
    liaison = liaison_actions(editor)
    menu.insertActions(menu.liaison_separator, liaison)
    editor.addActions(liaison)
    button = QPushButton(QCoreApplication.translate("DocumentsMenu", "Documents"), editor.header.actions)
    button.setObjectName("documents_button")
    button.setMenu(menu)
    button.setToolTip(QCoreApplication.translate(
        "DocumentsMenu", "Handover sheet, situation file, GDPR access (Ctrl+Shift+D)"))
    row = editor.header.actions_row
    row.insertWidget(row.indexOf(editor.header.dirty_label) + 1, button)
    action = QAction(QCoreApplication.translate("DocumentsMenu", "Documents"), editor)
    action.setShortcut(QKeySequence("Ctrl+Shift+D"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(button.showMenu)
    editor.addAction(action)
    editor.tabs.currentChanged.connect(lambda _index: panel.refresh())
    editor.saved.connect(lambda _sid: panel.refresh())

    def record_consent(why: str) -> None:
        editor.message.setText(why)
        editor.message.show()
        editor.tabs.setCurrentWidget(editor.network)
        panel.record_consent()

    menu.consent_needed.connect(record_consent)
    # a consent recorded answers the refusal: a stale red line would say otherwise
    panel.refreshed.connect(lambda active: editor.message.hide() if active else None)
    menu.written.connect(lambda _path: editor.message.hide())
    menu.written.connect(lambda path: say_written(editor, path))
    editor.documents_menu, editor.documents_button, editor.consent_panel = menu, button, panel
    return menu
