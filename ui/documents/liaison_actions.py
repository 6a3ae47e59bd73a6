"""The entries "Fridge note…" and "Note to the GP…" of a situation, and the fridge note's way to paper.

`liaison_actions(editor)` gives the two actions for the Documents menu (the lead hooks them in). The fridge
note is written in the person's language, chosen each time (preselected from the languages the person
speaks), previewed, then saved as a PDF (the export pipeline) or printed through the system print dialog;
either way one export-log row, never the content.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app.changes import ChangeSet
from app.documents.fridge_note import FridgeNote, fridge_document, fridge_note, save_fridge_note
from app.documents.liaison_texts import LANGUAGES, person_language
from app.documents.output import record_printed
from app.errors import CodedError
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.operations import runner_for
from ui.documents.gp_note_dialog import open_gp_note
from ui.documents.menu import say_written
from ui.documents.pages import print_pdf
from ui.documents.preview import PdfPreviewDialog

translate = QCoreApplication.translate
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}  # each in its own language
FRIDGE_SHORTCUT, GP_SHORTCUT = "Ctrl+Shift+F", "Ctrl+Shift+G"
RENDERING = "relais_fridge_note_rendering"  # the editor's property while its note is drawn (one at a time)


def liaison_actions(editor) -> list[QAction]:
    """The two actions, owned by and active in `editor` (a ui.situation.editor.SituationEditor)."""
    actions = []
    for text, shortcut, slot in (
        (translate("LiaisonActions", "&Fridge note…"), FRIDGE_SHORTCUT, lambda: open_fridge_note(editor)),
        (translate("LiaisonActions", "Note to the &GP…"), GP_SHORTCUT, lambda: open_gp_note(editor)),
    ):
        action = QAction(text, editor)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        actions.append(action)
    return actions


def open_fridge_note(editor) -> None:
    situation_id = editor.situation_id
    if situation_id is None:  # a new situation not saved yet
        return
    services = editor.services
    person = services.persons.get(services.situations.get(situation_id).person_id)
    lang = ask_language(editor, person_language(person.languages))
    if lang is None or editor.property(RENDERING):
        return
    # Drawn on the runner's thread (after the writes queued before; 15 ms, 150 ms the first time), then
    # previewed here. The wait cursor is the editor's: it goes with the editor if that closes meanwhile.
    editor.setProperty(RENDERING, True)
    editor.setCursor(Qt.CursorShape.WaitCursor)
    runner_for(services).run(lambda s: fridge_note(s.register, situation_id, lang), changes=ChangeSet(),
                             receiver=editor, done=lambda note: _preview(editor, note),
                             failed=lambda error: _render_failed(editor, error),
                             label=translate("LiaisonActions", "Preparing the fridge note…"))


def _rendered(editor) -> None:
    editor.setProperty(RENDERING, False)
    editor.unsetCursor()


def _render_failed(editor, error: BaseException) -> None:
    _rendered(editor)
    QMessageBox.warning(editor, translate("LiaisonActions", "Fridge note"), error_text(error))


def _preview(editor, note: FridgeNote) -> None:
    _rendered(editor)
    title = translate("LiaisonActions", "Fridge note")
    preview = PdfPreviewDialog(note.pdf, title, fridge_notices(note), editor)
    preview.exec()
    if preview.choice == "save":
        _save(editor, note)
    elif preview.choice == "print":
        _print(editor, note)


def ask_language(parent: QWidget, default: str) -> str | None:
    names = [LANGUAGE_NAMES[lang] for lang in LANGUAGES]
    chosen, accepted = QInputDialog.getItem(
        parent, translate("LiaisonActions", "Fridge note"),
        translate("LiaisonActions", "Language of the note (the person's language):"),
        names, LANGUAGES.index(default), False,
    )  # fmt: skip
    return LANGUAGES[names.index(chosen)] if accepted else None


def fridge_notices(note: FridgeNote) -> list[str]:
    notices = []
    if note.shortened:
        said = translate("LiaisonActions", "Texts too long for the one page, shortened (they end with “…”): "
                                           "%1.")
        notices.append(fill(said, str(note.shortened)))
    if note.unshown:
        said = translate("LiaisonActions", "%1 character(s) of a script the note's fonts lack (Korean, "
                                           "Devanagari, Thai…) print as empty boxes: write that name in "
                                           "Latin letters too.")
        notices.append(fill(said, str(note.unshown)))
    if note.referent_missing:
        notices.append(translate("LiaisonActions", "Your own name and phone number are not filled in: the "
                                                   "note cannot say how to reach you."))
    return notices


def _save(editor, note: FridgeNote) -> None:
    suggested = Path.home() / f"fridge-note-{note.code}.pdf"  # the pseudonym, never the name
    chosen, _filter = QFileDialog.getSaveFileName(editor, translate("LiaisonActions", "Save the fridge note"),
                                                  str(suggested), "PDF (*.pdf)")
    if chosen:
        _write(editor, note, Path(chosen))


def _print(editor, note: FridgeNote) -> None:
    """The system print dialog; the note is logged once it went to the printer."""
    if not print_pdf(note.pdf, translate("LiaisonActions", "Fridge note"), editor):
        return
    document = fridge_document(note)
    try:
        runner_for(editor.services).call(lambda services: record_printed(services.register, document),
                                         changes=ChangeSet())
    except CodedError as error:
        QMessageBox.warning(editor, translate("LiaisonActions", "Fridge note"), error_text(error))


def _write(editor, note: FridgeNote, target: Path) -> bool:
    try:
        runner_for(editor.services).call(lambda services: save_fridge_note(services.register, note, target),
                                         changes=ChangeSet())  # an export-log row: no record a view shows
    except CodedError as error:
        QMessageBox.warning(editor, translate("LiaisonActions", "Fridge note"), error_text(error))
        return False
    say_written(editor, target)
    return True
