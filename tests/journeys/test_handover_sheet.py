"""From the register to a written handover sheet, with keys only: refused without a consent (the editor says
what to record and opens the consent dialog), then previewed and saved once the consent is recorded."""

from __future__ import annotations

import stat

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.documents.referent import ReferentContact, save_referent_contact
from storage.models import ExportLog
from tests.journeys.conftest import CTRL, SHIFT, active_dialog
from tests.ui.conftest import wait_for_writes
from ui.documents.consent import ConsentDialog
from ui.documents.menu import DocumentsMenu
from ui.documents.preview import PdfPreviewDialog


def test_handover_sheet_from_the_register_with_keys(qtbot, window, services, filled, keys, tmp_path,
                                                    monkeypatch):
    save_referent_contact(services.register, ReferentContact("Noëlle", "Relais", "02 000 00 00"))
    target = tmp_path / "relais.pdf"
    monkeypatch.setattr(DocumentsMenu, "ask_path", lambda _self, _title, _name, _format: target)
    window.register_view.select_id(filled["eloise"])
    window.register_view.table.setFocus()
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: window.current_situation_id() == filled["eloise"])
    editor = window.tabs.currentWidget()
    start = keys.presses
    give_the_keyboard(qtbot, window, editor.situation_form.narrative)  # where opening a situation puts it
    keys.press(Qt.Key.Key_D, CTRL | SHIFT)
    choose_in_menu(qtbot, keys, editor, Qt.Key.Key_H)
    dialog = active_dialog(qtbot, ConsentDialog)  # no consent yet: the editor asks for one
    assert "consent" in editor.message.text() and editor.tabs.currentWidget() is editor.network
    keys.type("Dr Wouter Umit")
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: not dialog.isVisible())
    keys.settle(lambda: "Dr Wouter Umit" in editor.consent_panel.list.item(0).text())
    keys.settle(lambda: not editor.message.isVisible())  # the refusal was answered
    give_the_keyboard(qtbot, window, editor.consent_panel.list)  # the offscreen platform drops it
    keys.press(Qt.Key.Key_D, CTRL | SHIFT)
    choose_in_menu(qtbot, keys, editor, Qt.Key.Key_H)
    preview = active_dialog(qtbot, PdfPreviewDialog)
    assert len(preview.page_labels) >= 1
    keys.press(Qt.Key.Key_Return)  # Save as PDF… is the default button
    keys.settle(target.exists)
    wait_for_writes(qtbot, services)
    words = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Éloïse Dupré" in words and "Dr Wouter Umit" in words and "Noëlle" in words
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    keys.settle(lambda: str(target) in window.statusBar().currentMessage())  # the save is said
    with services.register.session() as session:
        assert [r.kind for r in session.scalars(select(ExportLog))] == ["handover"]
    assert keys.presses - start <= 3 + len("Dr Wouter Umit") + 1 + 3


def choose_in_menu(qtbot, keys, editor, key) -> None:
    """A popup menu has the keyboard while it is open (the test's Keyboard sends to the focused widget)."""
    keys.settle(lambda: QApplication.activePopupWidget() is editor.documents_menu)
    qtbot.keyClick(editor.documents_menu, key)
    keys.presses += 1


def give_the_keyboard(qtbot, window, widget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_follow_ups_of_one_situation_to_the_calendar_with_keys(qtbot, window, services, filled, keys,
                                                               tmp_path, monkeypatch):
    from icalendar import Calendar

    from ui.exportlog.calendar_dialog import CalendarExportDialog

    target = tmp_path / "one.ics"
    monkeypatch.setattr(CalendarExportDialog, "ask_path", lambda _self: target)
    window.register_view.select_id(filled["eloise"])
    window.register_view.table.setFocus()
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: window.current_situation_id() == filled["eloise"])
    editor = window.tabs.currentWidget()
    give_the_keyboard(qtbot, window, editor.situation_form.narrative)
    start = keys.presses
    keys.press(Qt.Key.Key_D, CTRL | SHIFT)
    choose_in_menu(qtbot, keys, editor, Qt.Key.Key_L)
    dialog = active_dialog(qtbot, CalendarExportDialog)
    assert dialog.one_button.isChecked() and not dialog.names_box.isChecked()
    keys.press(Qt.Key.Key_Return)  # Save as .ics… is the default button
    keys.settle(target.exists)
    wait_for_writes(qtbot, services)
    code = services.situations.get(filled["eloise"]).code
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert events and all(code in str(event["SUMMARY"]) for event in events)
    assert not any("Dupré" in str(event["SUMMARY"]) for event in events)  # codes only by default
    assert keys.presses - start == 3
