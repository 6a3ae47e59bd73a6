"""The preview shows every page and the notices, says what was chosen; printing puts each page on paper."""

from __future__ import annotations

import io
import stat

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from app.documents.situation_file import build_situation_file
from ui.documents.pages import keep_private, paint_pages
from ui.documents.preview import PdfPreviewDialog


def test_preview_pages_notices_and_choice(qtbot, pair):
    pdf = build_situation_file(pair.services.register, pair.situation_id).content
    dialog = PdfPreviewDialog(pdf, "Dossier", ["Texte raccourci"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.page_labels) == len(PdfReader(io.BytesIO(pdf)).pages) >= 2
    assert [label.text() for label in dialog.notice_labels] == ["Texte raccourci"]
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "print" and not dialog.isVisible()
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is None


def test_printing_puts_every_page_on_paper(qtbot, pair, tmp_path):
    pdf = build_situation_file(pair.services.register, pair.situation_id).content
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    paint_pages(pdf, printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    keep_private(printer.outputFileName())  # as print_pdf does after "print to file"
    assert stat.S_IMODE((tmp_path / "printed.pdf").stat().st_mode) == 0o600


def test_a_failed_save_says_why_and_asks_for_another_place(qtbot, pair, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from tests.ui.conftest import wait_for_writes
    from ui.documents.menu import DocumentsMenu

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    places = [blocker / "dossier.pdf", tmp_path / "dossier.pdf", None]  # refused, then fine
    said = []
    monkeypatch.setattr(DocumentsMenu, "ask_path", lambda _self, _title, _name, _format: places.pop(0))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = DocumentsMenu(pair.services, lambda: pair.situation_id, parent)
    document = build_situation_file(pair.services.register, pair.situation_id)
    menu._save(document, "Dossier", "dossier")
    qtbot.waitUntil(lambda: (tmp_path / "dossier.pdf").exists(), timeout=10_000)
    wait_for_writes(qtbot, pair.services)
    assert len(said) == 1  # the refusal was said once, in words
    assert (tmp_path / "dossier.pdf").read_bytes() == document.content  # the same bytes, not made again
    assert places == [None]


def test_a_document_renders_off_the_gui_thread_after_the_writes_queued_before(qtbot, pair, monkeypatch):
    import dataclasses
    import threading

    from PySide6.QtWidgets import QWidget

    from app.readmodels import SituationData
    from ui.common.operations import runner_for
    from ui.documents import menu as menu_module

    previewed = []

    class RecordingPreview(PdfPreviewDialog):
        def __init__(self, pdf, *args) -> None:
            super().__init__(pdf, *args)
            previewed.append(pdf)

        def exec(self) -> int:  # the preview opened; the person closes it
            return 0

    monkeypatch.setattr(menu_module, "PdfPreviewDialog", RecordingPreview)
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = menu_module.DocumentsMenu(pair.services, lambda: pair.situation_id, parent)
    threads = []

    def build(services, situation_id, lang):
        threads.append(threading.current_thread())
        return build_situation_file(services.register, situation_id, lang=lang)

    situation = pair.services.situations.get(pair.situation_id)
    fields = {f.name: getattr(situation, f.name) for f in dataclasses.fields(SituationData)}
    data = SituationData(**{**fields, "narrative": "Récit enregistré juste avant le document"})
    runner_for(pair.services).run(lambda s: s.situations.update(pair.situation_id, data))  # a save in flight
    menu.show_rendered(build, "Dossier", "dossier")
    menu.show_rendered(build, "Dossier", "dossier")  # a second press while rendering does nothing
    qtbot.waitUntil(lambda: bool(previewed), timeout=10_000)
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    pages = PdfReader(io.BytesIO(previewed[0])).pages
    words = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "Récit enregistré juste avant le document" in words
    assert parent.cursor().shape() == Qt.CursorShape.ArrowCursor  # the wait cursor is gone
