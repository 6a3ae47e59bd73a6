"""The Moderator page, driven with the keyboard: open a folder (files refused), look at the tables, export."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from app.moderator.synthetic import write_bundles
from tests.ui.conftest import show_active
from ui.common.i18n import install_translations
from ui.moderator.page import ModeratorPage


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "dossiers"
    write_bundles(path, 12, 2)
    (path / "notes.json").write_text('{"courses": ["pain"]}', encoding="utf-8")
    document = json.loads((path / "referent-00001" / "cdp-2026-01.json").read_text(encoding="utf-8"))
    document["session"]["feedback"]["new"] = "Son e-mail : jean.dupont@example.be"
    document["bundle_id"] = "0" * 32
    (path / "perso.json").write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.fixture
def page(qtbot):
    widget = ModeratorPage()
    qtbot.addWidget(widget)
    show_active(qtbot, widget, (1000, 700))
    return widget


def open_with_keys(qtbot, page, folder) -> None:
    page.ask_folder = lambda: folder
    page.open_button.setFocus()
    with qtbot.waitSignal(page.merged, timeout=30_000):
        qtbot.keyClick(page.open_button, Qt.Key.Key_Space)


def test_opening_a_folder_shows_what_was_read_and_refused(qtbot, page, folder):
    assert not page.export_buttons["pdf"].isEnabled()
    open_with_keys(qtbot, page, folder)
    synthesis = page.synthesis()
    assert synthesis.overview.cdp_bundles == 24 and len(synthesis.refused) == 2
    texts = [page.files.item(r, 1).text() for r in range(page.files.rowCount())]
    assert "holds what looks like personal data" in texts
    assert "not a Relais bundle (CdP or invisible work)" in texts
    names = [page.files.item(r, 0).text() for r in range(page.files.rowCount())]
    assert "perso.json" in names and "notes.json" in names
    assert "jean.dupont" not in page.summary.text() + "".join(texts)
    assert page.noeuds.rowCount() == len(synthesis.noeuds)
    assert page.export_buttons["pdf"].isEnabled()


def test_the_tabs_are_reached_with_the_keyboard(qtbot, page, folder):
    open_with_keys(qtbot, page, folder)
    page.tabs.setFocus()
    seen = [page.tabs.currentIndex()]
    for _ in range(page.tabs.count() - 1):
        qtbot.keyClick(page.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        seen.append(page.tabs.currentIndex())
    assert seen == list(range(page.tabs.count()))
    shortages = page.shortages
    assert shortages.columnCount() == 6  # label, four shortage statuses, total
    assert shortages.horizontalHeaderItem(5).text() == "Total"


@pytest.mark.parametrize("kind", ["pdf", "csv", "json"])
def test_export_writes_the_file_shown(qtbot, page, folder, tmp_path, kind):
    open_with_keys(qtbot, page, folder)
    target = tmp_path / f"synthese.{kind}"
    page.ask_export_path = lambda _kind: target
    button = page.export_buttons[kind]
    button.setFocus()
    with qtbot.waitSignal(page.export_finished, timeout=30_000) as signal:
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert signal.args[0] is True and target.exists()
    if kind == "json":
        assert json.loads(target.read_text(encoding="utf-8"))["overview"]["cdp_bundles"] == 24


def test_a_dutch_window_writes_the_refusals_in_dutch(qtbot, page, folder, tmp_path):
    install_translations("nl")
    try:
        open_with_keys(qtbot, page, folder)
        target = tmp_path / "synthese.json"
        page.ask_export_path = lambda _kind: target
        with qtbot.waitSignal(page.export_finished, timeout=30_000) as signal:
            qtbot.keyClick(page.export_buttons["json"], Qt.Key.Key_Space)
        assert signal.args[0] is True
        refused = json.loads(target.read_text(encoding="utf-8"))["refused"]
        written = {row["file"]: row["text"] for row in refused}
        assert set(written) == {"notes.json", "perso.json"}
        assert written["notes.json"] == "geen Relais-bundel (CdP of onzichtbaar werk)"
        assert written["perso.json"] == "bevat iets dat op een persoonsgegeven lijkt (EMAIL)"  # kind found
    finally:
        install_translations("en")


def test_an_unwritable_export_says_why(qtbot, page, folder, tmp_path):
    open_with_keys(qtbot, page, folder)
    page.ask_export_path = lambda _kind: tmp_path / "absent" / "s.pdf"
    with qtbot.waitSignal(page.export_finished, timeout=30_000) as signal:
        qtbot.keyClick(page.export_buttons["pdf"], Qt.Key.Key_Space)
    assert signal.args[0] is False and "absent" in page.export_status.text()


def test_the_page_opens_from_the_tools_menu(qtbot, services, preferences):
    from ui.shell.main_window import MainWindow

    window = MainWindow(services, preferences, language="en")
    qtbot.addWidget(window)
    window.show()
    window.actions_["show_moderator"].trigger()
    assert window.tool_pages.current_name() == "moderator"
    assert isinstance(window.tabs.currentWidget(), ModeratorPage)
