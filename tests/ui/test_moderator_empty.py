"""The Moderator page when there is little or nothing to show (QA walk): an empty folder or one whose every
file was refused says that nothing was merged and keeps export off; empty tabs say why; a duplicate names the
file it repeats; every Alt+letter of the page is unique and free of the window's menus, in fr, nl and en."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication

from app.moderator.synthetic import write_bundles
from tests.app.moderator_fixture import REFERENTS, cdp_document, work_document, write
from tests.journeys.mnemonics import MNEMONIC
from tests.ui.conftest import show_active
from ui.common import i18n
from ui.moderator.page import ModeratorPage

MENUS = ("&Register", "&View", "&Tools", "&Help")  # ui/shell/actions.py, context MainWindow


@pytest.fixture
def page(qtbot):
    widget = ModeratorPage()
    qtbot.addWidget(widget)
    show_active(qtbot, widget, (1000, 700))
    return widget


def merge(qtbot, page, folder):
    with qtbot.waitSignal(page.merged, timeout=30_000):
        page.open_folder(folder)
    return page.synthesis()


def _exports_enabled(page) -> bool:
    return any(button.isEnabled() for button in page.export_buttons.values())


def test_an_empty_folder_says_nothing_was_merged_and_keeps_export_off(qtbot, page, tmp_path):
    merge(qtbot, page, tmp_path)
    assert page.summary.text() == "Nothing could be merged: this folder holds no .json file."
    assert not _exports_enabled(page) and page.files.rowCount() == 0
    page.ask_export_path = lambda kind: pytest.fail("no export of an empty synthesis")
    page.export("pdf")


def test_a_folder_of_refused_files_says_all_were_refused(qtbot, page, tmp_path):
    write(tmp_path, "notes.json", '{"courses": ["pain"]}')
    write(tmp_path, "coupe.json", '{"format": "relais-cdp-bundle", "vers')
    merge(qtbot, page, tmp_path)
    assert "Nothing could be merged: all 2 files of this folder were refused" in page.summary.text()
    assert not _exports_enabled(page)
    names = sorted(page.files.item(r, 0).text() for r in range(page.files.rowCount()))
    assert names == ["coupe.json", "notes.json"]  # only the refused files, no "0 bundles read and merged"


def test_a_merged_folder_enables_export(qtbot, page, tmp_path):
    write_bundles(tmp_path, 30, 2)
    merge(qtbot, page, tmp_path)
    assert _exports_enabled(page)
    assert page.noeud_note.isHidden() and page.points_note.isHidden()


def test_without_a_cdp_bundle_the_noeud_and_four_point_tabs_say_why(qtbot, page, tmp_path):
    write(tmp_path, "temps.json", work_document(REFERENTS[0]))
    merge(qtbot, page, tmp_path)
    for note in (page.noeud_note, page.points_note):
        assert not note.isHidden()
        assert note.text() == "No CdP session bundle was merged: nothing to show here."


def test_few_referents_leave_the_noeud_chart_empty_and_say_why(qtbot, page, tmp_path):
    for seed, referent in enumerate(REFERENTS[:2]):
        write(tmp_path, f"{referent}.json", cdp_document(referent, "turnover_prestataires", seed=seed))
    assert merge(qtbot, page, tmp_path).overview.cdp_bundles == 2
    assert page.noeuds.rowCount() == 1 and page.noeud_chart.isHidden()
    assert "fewer than 5 referents" in page.noeud_note.text() and not page.noeud_note.isHidden()


def test_sessions_without_noeud_or_four_points_say_so(qtbot, page, tmp_path):
    document = cdp_document(REFERENTS[0], "turnover_prestataires")
    document["session"]["noeud"] = None
    document["session"]["feedback"] = {name: "" for name in document["session"]["feedback"]}
    write(tmp_path, "seance.json", document)
    synthesis = merge(qtbot, page, tmp_path)
    assert synthesis.overview.cdp_bundles == 1, [r.reason for r in synthesis.refused]
    assert page.noeud_note.text() == "No session of these bundles named a nœud."
    assert "wrote its four points" in page.points_note.text()


def test_a_duplicate_names_the_file_it_repeats(qtbot, page, tmp_path):
    document = cdp_document(REFERENTS[0], "turnover_prestataires")
    write(tmp_path, "seance (1).json", document)
    write(tmp_path, "seance.json", document)
    merge(qtbot, page, tmp_path)
    rows = {page.files.item(r, 0).text(): page.files.item(r, 1).text() for r in range(page.files.rowCount())}
    assert rows["seance (1).json"] == "the same bundle as “seance.json”, already read (counted once)"


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_every_alt_letter_of_the_page_is_unique_and_free_of_the_menus(qtbot, qapp, language):
    i18n.install_translations(language, qapp)
    widget = ModeratorPage()
    qtbot.addWidget(widget)
    texts = [QCoreApplication.translate("MainWindow", menu) for menu in MENUS]
    texts += [widget.open_button.text(), *(b.text() for b in widget.export_buttons.values())]
    assert (widget.open_button.text() == "&Open a folder of bundles…") == (language == "en")  # translated
    texts += [widget.tabs.tabText(i) for i in range(widget.tabs.count())]
    letters = []
    for text in texts:
        found = MNEMONIC.findall(text)
        assert len(found) == 1, f"{language}: {text!r} has no single mnemonic"
        letters.append(found[0].lower())
    clashes = {letter for letter in letters if letters.count(letter) > 1}
    assert not clashes, f"{language}: {[t for t, x in zip(texts, letters, strict=True) if x in clashes]}"


def test_the_seance_json_is_valid_json(tmp_path):  # the fixture's writer, used above, keeps JSON intact
    path = write(tmp_path, "x.json", cdp_document(REFERENTS[0], "turnover_prestataires"))
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "relais-cdp-bundle"
