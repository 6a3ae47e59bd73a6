"""The fridge note and the note to the GP from a situation, by keys: Ctrl+Shift+F / Ctrl+Shift+G."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import ClassVar

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog
from sqlmodel import select

from app.documents.gp_note import MAILTO_LIMIT
from storage.models import ExportLog
from tests.app.liaison_fixture import GP_EMAIL, add_liaison_situation, set_referent
from tests.ui.conftest import show_active, wait_for_writes
from ui.documents import gp_note_dialog, liaison_actions
from ui.documents.gp_note_dialog import GpNoteDialog
from ui.situation.editor import SituationEditor

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class RecordingPreview:
    """Stands for the PDF preview: keeps what it was shown and answers "save"."""

    shown: ClassVar[list[RecordingPreview]] = []

    def __init__(self, pdf: bytes, title: str, notices: list[str], parent=None) -> None:
        self.pdf, self.title, self.notices, self.choice = pdf, title, notices, None
        RecordingPreview.shown.append(self)

    def exec(self) -> int:
        self.choice = "save"
        return 1


@pytest.fixture
def opened(qtbot, services):
    situation_id = add_liaison_situation(services, long=True)
    set_referent(services)
    editor = SituationEditor(services, situation_id)
    return show_active(qtbot, editor, (1000, 700)), situation_id


@pytest.fixture
def opened_urls(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def _logs(services) -> list[ExportLog]:
    with services.register.session() as session:
        return list(session.exec(select(ExportLog)).all())


def _answer_language_with_dutch(qtbot) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        combo = dialog.focusWidget()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # Français → Nederlands
        qtbot.keyClick(combo, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def test_ctrl_shift_f_writes_the_fridge_note_in_the_chosen_language(qtbot, monkeypatch, services, opened,
                                                                     tmp_path):
    editor, _situation_id = opened
    RecordingPreview.shown.clear()
    monkeypatch.setattr(liaison_actions, "PdfPreviewDialog", RecordingPreview)
    target = tmp_path / "frigo.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    _answer_language_with_dutch(qtbot)
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL_SHIFT)
    wait_for_writes(qtbot, services)
    [preview] = RecordingPreview.shown
    assert preview.title == "Fridge note" and len(preview.notices) == 1 and "shortened" in preview.notices[0]
    assert target.read_bytes() == preview.pdf
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == 1 and "Mijn nuttige nummers" in reader.pages[0].extract_text()
    [row] = _logs(services)
    assert row.kind == "fridge_note" and json.loads(row.settings_json)["lang"] == "nl"


def test_ctrl_shift_g_opens_the_gp_note_with_the_gps_address(qtbot, monkeypatch, services, opened):
    editor, _situation_id = opened
    shown: list[GpNoteDialog] = []
    monkeypatch.setattr(GpNoteDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.keyClick(editor, Qt.Key.Key_G, CTRL_SHIFT)
    [dialog] = shown
    qtbot.addWidget(dialog)
    assert GP_EMAIL in dialog.recipient.text() and dialog.mail_button.isEnabled()
    assert "Marche avec difficulté" in dialog.body.toPlainText()


def _gp_dialog(qtbot, services, situation_id: int, folder: Path) -> GpNoteDialog:
    folder.mkdir(exist_ok=True)
    dialog = GpNoteDialog(services, situation_id, "fr", exports_folder=lambda: folder)
    return show_active(qtbot, dialog)


def test_without_a_mail_program_nothing_is_said_sent_nor_logged(qtbot, services, monkeypatch, tmp_path):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # no launcher for mailto:
    dialog = _gp_dialog(qtbot, services, add_liaison_situation(services), tmp_path / "exports")
    qtbot.keyClick(dialog.mail_button, Qt.Key.Key_Space)
    wait_for_writes(qtbot, services)
    assert "No mail program answered" in dialog.status.text() and "Opened" not in dialog.status.text()
    assert _logs(services) == []
    assert dialog.copy_button.isDefault()  # Enter copies, for a secure messaging service


def test_a_short_edited_note_goes_out_as_a_mailto_link(qtbot, services, opened_urls, tmp_path):
    situation_id = add_liaison_situation(services)
    dialog = _gp_dialog(qtbot, services, situation_id, tmp_path / "exports")
    dialog.body.setFocus()
    dialog.body.selectAll()
    qtbot.keyClicks(dialog.body, "Bonjour Docteur,")
    qtbot.keyClick(dialog.body, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.body, "Une question sur le traitement.")
    qtbot.keyClick(dialog.mail_button, Qt.Key.Key_Space)
    wait_for_writes(qtbot, services)
    [url] = opened_urls
    encoded = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert url.scheme() == "mailto" and len(encoded) <= MAILTO_LIMIT
    assert "Une question sur le traitement." in url.query(QUrl.ComponentFormattingOption.FullyDecoded)
    assert [row.format for row in _logs(services)] == ["mailto"]
    assert not list((tmp_path / "exports").iterdir())


def test_a_long_note_is_written_as_eml_and_opened(qtbot, services, opened, opened_urls, tmp_path):
    _editor, situation_id = opened  # the long texts
    dialog = _gp_dialog(qtbot, services, situation_id, tmp_path / "exports")
    qtbot.keyClick(dialog.mail_button, Qt.Key.Key_Space)
    wait_for_writes(qtbot, services)
    [written] = list((tmp_path / "exports").iterdir())
    assert written.suffix == ".eml" and [url.toLocalFile() for url in opened_urls] == [str(written)]
    assert str(written) in dialog.status.text()
    assert [row.format for row in _logs(services)] == ["eml"]


def test_without_the_gps_email_the_text_is_copied_for_a_secure_service(qtbot, services, opened_urls,
                                                                         tmp_path):
    situation_id = add_liaison_situation(services, gp_email="")
    dialog = _gp_dialog(qtbot, services, situation_id, tmp_path / "exports")
    assert not dialog.mail_button.isEnabled() and "No e-mail address" in dialog.recipient.text()
    qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Space)
    wait_for_writes(qtbot, services)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(dialog.subject.text()) and "Anne Lambert" in copied
    assert [row.format for row in _logs(services)] == ["copy"] and opened_urls == []


def test_the_dialog_says_email_is_not_secure(qtbot, services, tmp_path):
    dialog = _gp_dialog(qtbot, services, add_liaison_situation(services), tmp_path)
    assert any("not a secure channel" in label.text() for label in dialog.findChildren(gp_note_dialog.QLabel))


@pytest.mark.parametrize("printed", [True, False])
def test_print_goes_through_the_print_dialog_and_is_logged_once_printed(qtbot, monkeypatch, services, opened,
                                                                         opened_urls, printed):
    editor, _situation_id = opened
    sent = []
    monkeypatch.setattr(liaison_actions, "PdfPreviewDialog", PrintingPreview)
    monkeypatch.setattr(liaison_actions, "print_pdf", lambda pdf, title, parent: sent.append(pdf) or printed)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("English", True))
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL_SHIFT)
    wait_for_writes(qtbot, services)
    [pdf] = sent
    assert "My useful numbers" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert opened_urls == []  # no file of ours handed to a viewer
    logged = [(row.kind, row.format) for row in _logs(services)]
    assert logged == ([("fridge_note", "print")] if printed else [])  # a cancelled print logs nothing


class PrintingPreview(RecordingPreview):
    def exec(self) -> int:
        self.choice = "print"
        return 1
