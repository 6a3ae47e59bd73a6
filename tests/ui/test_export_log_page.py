"""The export log page and the calendar export, driven with the keyboard: every export listed (what, when, to
whom, never the content), filtered by situation and kind, refreshed by the change notice of a new export."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.documents.calendar_export import export_calendar
from app.exports.log import record_export
from tests.ui.conftest import add_situation, show_active
from ui.exportlog.calendar_dialog import CalendarExportDialog
from ui.exportlog.page import ExportLogPage
from ui.shell.main_window import MainWindow

PLANTED = "Wójcik-Vandersmissen"
ALT = Qt.KeyboardModifier.AltModifier


def alt(qtbot, key) -> None:
    """A mnemonic, pressed where the focus is (as a person would)."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, ALT)


@pytest.fixture
def two(services) -> dict[str, str]:
    soon = date.today() + timedelta(days=4)
    first = add_situation(services, "Zofia", PLANTED, "Vit seule.", next_checkin=soon)
    second = add_situation(services, "Jan", "Peeters", next_checkin=soon)
    return {"first": services.situations.get(first).code, "second": services.situations.get(second).code}


def make_page(qtbot, services) -> ExportLogPage:
    page = ExportLogPage(services)
    with qtbot.waitSignal(page.shown_rows, timeout=10_000):
        show_active(qtbot, page, (1000, 600))
    return page


def shown(qtbot, page: ExportLogPage) -> list[list[str]]:
    with qtbot.waitSignal(page.shown_rows, timeout=10_000):
        page.refresh()
    return page.rows()


def test_every_export_is_listed_without_content(qtbot, services, two, tmp_path):
    export_calendar(services.register, tmp_path / "all.ics")
    export_calendar(services.register, tmp_path / "one.ics", situation_code=two["first"], with_names=True)
    record_export(services.register, "handover", "pdf", {"situation": two["second"], "consent": 7},
                  1, anonymised=False)  # fmt: skip
    page = make_page(qtbot, services)
    rows = page.rows()
    assert len(rows) == 3
    handover, named, everything = rows  # newest first
    assert handover[1:4] == ["Handover sheet", "PDF", two["second"]]
    assert handover[4:6] == ["professional (consent no. 7)", "yes"]
    assert named[1:4] == ["Follow-ups to the calendar", "ICS", two["first"]] and named[5] == "yes"
    assert everything[3] == "" and everything[5] == "no" and everything[6] == "2"
    assert everything[7] == "language: French"
    assert PLANTED not in str(rows) and "Zofia" not in str(rows)


def test_filters_by_situation_and_kind_with_the_keyboard(qtbot, services, two, tmp_path):
    export_calendar(services.register, tmp_path / "all.ics")
    export_calendar(services.register, tmp_path / "one.ics", situation_code=two["first"])
    record_export(services.register, "handover", "pdf", {"situation": two["second"]}, 1, anonymised=False)
    page = make_page(qtbot, services)
    combo = page.situation_filter
    assert [combo.itemText(i) for i in range(combo.count())] == ["All situations", *sorted(two.values())]
    combo.setFocus()
    with qtbot.waitSignal(page.shown_rows, timeout=10_000):
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first code
    first = sorted(two.values())[0]
    assert {row[3] for row in page.rows()} == {first}
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: len(page.rows()) == 3, timeout=10_000)
    kinds = page.kind_filter
    index = kinds.findData("calendar")
    with qtbot.waitSignal(page.shown_rows, timeout=10_000):
        kinds.setCurrentIndex(index)
        kinds.activated.emit(index)
    assert [row[1] for row in page.rows()] == ["Follow-ups to the calendar"] * 2


def test_calendar_from_the_menu_updates_the_open_log_page(qtbot, services, preferences, two, tmp_path):
    window = MainWindow(services, preferences, language="en")
    show_active(qtbot, window)
    window.actions_["show_export_log"].trigger()
    page = window.tool_pages.page("export_log")
    assert isinstance(page, ExportLogPage)
    qtbot.waitUntil(lambda: page.count_label.text() == "0 exports shown", timeout=10_000)
    target = tmp_path / "relais.ics"
    seen: list[CalendarExportDialog] = []

    def drive(dialog: CalendarExportDialog) -> int:  # the modal dialog, driven with keys instead of exec()
        seen.append(dialog)
        dialog.ask_path = lambda: target
        show_active(qtbot, dialog)
        alt(qtbot, Qt.Key.Key_N)  # &names (a mnemonic clicks after a short animation)
        qtbot.waitUntil(lambda: dialog.names_box.isChecked() and dialog.names_warning.isVisible())
        alt(qtbot, Qt.Key.Key_N)  # unticked again
        qtbot.waitUntil(lambda: not dialog.names_warning.isVisible())
        alt(qtbot, Qt.Key.Key_S)  # &Save as .ics…
        qtbot.waitUntil(lambda: dialog.written is not None, timeout=10_000)
        return 1

    CalendarExportDialog.exec = drive
    try:
        window.actions_["export_calendar"].trigger()
    finally:
        del CalendarExportDialog.exec
    assert seen and seen[0].written == target
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == 2 and PLANTED not in target.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: len(page.rows()) == 1, timeout=10_000)  # the change notice, no hand refresh
    assert page.rows()[0][1] == "Follow-ups to the calendar"


def test_a_failed_calendar_says_why_and_writes_nothing(qtbot, services, two, tmp_path):
    dialog = CalendarExportDialog(services, two["first"], "en")
    show_active(qtbot, dialog)
    dialog.ask_path = lambda: tmp_path / "absent" / "relais.ics"
    alt(qtbot, Qt.Key.Key_O)  # &Only the situation
    qtbot.waitUntil(dialog.one_button.isChecked)
    alt(qtbot, Qt.Key.Key_S)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.error.text().startswith("The calendar was not written")
    assert dialog.written is None and not (tmp_path / "absent").exists()


def test_documents_that_left_without_a_file_say_how(qtbot, services, two):
    for how in ("print", "mailto", "copy", "eml"):
        record_export(services.register, "gp_note", how, {"situation": two["first"], "recipient": "gp",
                                                           "lang": "nl", "channel": how},
                      1, anonymised=False)  # fmt: skip
    rows = make_page(qtbot, services).rows()
    assert [row[1:3] for row in rows] == [
        ["Note to the GP", "E-mail draft (.eml)"], ["Note to the GP", "Text copied"],
        ["Note to the GP", "Mail program"], ["Note to the GP", "Printed"],
    ]
    assert {row[4] for row in rows} == {"the GP"}
    assert {row[7] for row in rows} == {"language: Dutch"}  # the channel is the Format column


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_names_warning_is_shown_whole(qtbot, services, two, language):
    from ui.common.i18n import install_translations

    install_translations(language)
    try:
        dialog = CalendarExportDialog(services, two["first"], language)
        show_active(qtbot, dialog, (520, 200))
        alt(qtbot, Qt.Key.Key_N)  # "Mettre les noms…" / "Namen…": the warning appears
        qtbot.waitUntil(dialog.names_warning.isVisible)
        for label in (dialog.names_warning, *dialog.findChildren(type(dialog.names_warning))):
            if label.isVisible() and label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]
    finally:
        install_translations("en")
