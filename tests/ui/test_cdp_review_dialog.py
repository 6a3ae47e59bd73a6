"""The review of a CdP session's canvases on a real encrypted register (no language model: use_ner=False).

Every replacement is highlighted and listed; a false positive restored, a selection masked, a text rewritten
(and checked again); nothing can be exported before "I have read every text" + Confirm, and any change
withdraws the confirmation; the PDF and the JSON bundle are written off the GUI thread and hold none of the
identifiers planted in the register; an unwritable path says so.
"""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.cdp.sessions import CdpSessionData, CdpSessionService
from app.readmodels import PersonData
from storage.text import fold
from tests.app.cdp_fixture import IDENTIFIERS, KEPT, build_two_situations
from tests.ui.conftest import refuse_modal
from ui.cdp import review_prompts as cdp_review_dialog
from ui.cdp.highlight import AMBIGUOUS_COLOUR, MANUAL_COLOUR, REPLACED_COLOUR
from ui.cdp.review import CanvasReviewDialog
from ui.common.workers import running_tasks


@pytest.fixture(autouse=True)
def _no_real_dialogs(no_real_dialogs, monkeypatch):
    monkeypatch.setattr(cdp_review_dialog, "choose_export_path", refuse_modal)
    monkeypatch.setattr(cdp_review_dialog, "edit_text", refuse_modal)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(cdp_review_dialog, "warn", lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.fixture
def situations(services) -> tuple[int, int]:
    found = build_two_situations(services)
    services.persons.create(PersonData(first_name="Rose", last_name="Blanche", birth_year=1950))
    return found


@pytest.fixture
def session(services, situations):
    cdp = CdpSessionService(services)
    created = cdp.create(CdpSessionData(
        held_on=date(2026, 11, 19), group_name="CdP Bruxelles-Ouest", noeud="turnover_prestataires",
        feedback_positive="Le groupe a aidé Mireille à trouver une aide-ménagère.",
        feedback_new="Avec Rose, on a découvert une permanence sociale.",
        feedback_solution="Appeler Infor-Homes Bruxelles plus tôt.",
    ))  # fmt: skip
    return cdp.set_situations(created.id, [situations[0]])


@pytest.fixture
def open_dialog(qtbot, services):
    def factory(session_read) -> CanvasReviewDialog:
        dialog = CanvasReviewDialog(services, session_read, use_ner=False)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return factory


@pytest.fixture
def dialog(qtbot, open_dialog, session) -> CanvasReviewDialog:
    opened = open_dialog(session)
    assert opened.review is None and opened.body.currentIndex() == 0  # busy while it is built
    assert not opened.pdf_button.isEnabled() and not opened.confirm_button.isEnabled()
    qtbot.waitUntil(lambda: opened.review is not None, timeout=20_000)
    return opened


def narrative_key(dialog: CanvasReviewDialog) -> str:
    return f"{dialog.review.canvases[0].code}/narrative"


def assert_no_identifier(text: str) -> None:
    folded = fold(text)
    for identifier in IDENTIFIERS:
        assert fold(identifier) not in folded, "an identifier survived"


def confirm(dialog: CanvasReviewDialog) -> None:
    dialog.read_check.setChecked(True)
    assert dialog.confirm_button.isEnabled()
    dialog.confirm_button.click()
    assert dialog.review.confirmed


def test_fields_are_listed_by_situation_and_session_with_their_counts(dialog):
    review = dialog.review
    code = review.canvases[0].code
    tops = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [top.text(0) for top in tops] == [code, "Session"]
    children = [tops[0].child(i).text(0) for i in range(tops[0].childCount())]
    assert children[:2] == ["Structured parts", "Narrative"]
    assert "Difficulties (dialogue session 1)" in children and "Resource 2" in children
    assert "Other pathologies" not in children  # empty texts are not listed
    found = review.fields[narrative_key(dialog)].replacements
    assert len(found) >= 7  # name ×2, address, son, NISS, phone, e-mail
    ambiguous = sum(1 for r in found if r.ambiguous)
    expected = f"{len(found)} ({ambiguous} to check)" if ambiguous else str(len(found))
    assert dialog.field_item(narrative_key(dialog)).text(1) == expected
    session_children = [tops[1].child(i).text(0) for i in range(tops[1].childCount())]
    assert session_children == ["One positive element", "One new element", "One solution that emerged"]
    assert dialog.field_item("session/feedback_new").text(1) == "1 (1 to check)"
    total = len(review.all_replacements())
    to_check = sum(1 for _key, r in review.all_replacements() if r.ambiguous)
    assert to_check >= 1  # "Rose" at least
    assert dialog.summary.text().startswith(f"Replacements: {total} — to check: {to_check}")
    assert "PERSONNE" in dialog.summary.text()
    assert "language model is not in use" in dialog.ner_hint.text()


def test_the_original_is_highlighted_and_the_exported_text_shown(dialog):
    key = narrative_key(dialog)
    assert dialog.current_key() == key  # the first text opens first
    entry = dialog.review.fields[key]
    assert dialog.original.toPlainText() == entry.source
    spans = dialog.original.highlighted()
    assert [(start, end) for start, end, _colour in spans] == [(r.start, r.end) for r in entry.replacements]
    assert [colour for _s, _e, colour in spans] == [
        AMBIGUOUS_COLOUR if r.ambiguous else REPLACED_COLOUR for r in entry.replacements
    ]
    exported = dialog.exported_view.toPlainText()
    assert exported == dialog.review.text(key)
    assert_no_identifier(exported)
    assert "CPAS d'Anderlecht" in exported
    niss = next(r for r in entry.replacements if r.kind == "NISS")
    tooltip = dialog.original.tooltip_at(niss.start + 1)
    assert "[NISS 1]" in tooltip and "found by a pattern" in tooltip
    assert dialog.table.rowCount() == len(entry.replacements)
    row = [dialog.table.item(0, column).text() for column in range(5)]
    assert row[0] == entry.replacements[0].original and row[1] == entry.replacements[0].placeholder

    dialog.select_field("session/feedback_new")
    (span,) = dialog.original.highlighted()
    assert span[2] == AMBIGUOUS_COLOUR  # also a common word: another colour
    assert dialog.table.item(0, 4).text() == "yes"
    assert "To check" in dialog.original.tooltip_at(span[0])


def test_restoring_a_false_positive_changes_the_exported_text(qtbot, dialog):
    to_check = sum(1 for _key, r in dialog.review.all_replacements() if r.ambiguous)
    dialog.select_field("session/feedback_new")
    assert "Rose" not in dialog.exported_view.toPlainText()
    assert not dialog.restore_button.isEnabled()  # nothing selected yet
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    assert dialog.original.selected_range() == (5, 9)  # the row shows its words in the original
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.exported_view.toPlainText() == "Avec Rose, on a découvert une permanence sociale."
    assert dialog.table.rowCount() == 0 and dialog.field_item("session/feedback_new").text(1) == "0"
    assert f"to check: {to_check - 1}" in dialog.summary.text()
    assert dialog.review.text("session/feedback_new") == dialog.exported_view.toPlainText()


def test_masking_the_selected_words(dialog):
    key = narrative_key(dialog)
    source = dialog.review.fields[key].source
    before = len(dialog.review.fields[key].replacements)
    assert not dialog.mask_button.isEnabled()  # no selection
    start = source.index("décès")
    dialog.original.select_range(start, start + len("décès"))
    assert dialog.mask_button.isEnabled()
    dialog.mask_button.click()
    exported = dialog.exported_view.toPlainText()
    assert "décès" not in exported and "[MASQUÉ 1]" in exported
    assert (start, start + len("décès"), MANUAL_COLOUR) in dialog.original.highlighted()
    count = len(dialog.review.fields[key].replacements)
    assert count == before + 1 and dialog.field_item(key).text(1).split(" ")[0] == str(count)
    assert any(r.reason == "manual" and r.original == "décès" for r in dialog.review.fields[key].replacements)
    assert "[MASQUÉ 1]" in dialog.state_label.text()


def test_editing_a_text_scrubs_the_rewrite(dialog, monkeypatch):
    asked = []

    def rewrite(_parent, title, text):
        asked.append((title, text))
        return "Le fils de Mireille Vandenbossche appelle au 0478 12 34 56 chaque soir."

    monkeypatch.setattr(cdp_review_dialog, "edit_text", rewrite)
    dialog.edit_button.click()
    assert asked[0][1].startswith("Mme [PERSONNE 1] ([PERSONNE 1]) vit seule")  # the exported text
    assert "Narrative" in asked[0][0]
    exported = dialog.exported_view.toPlainText()
    assert exported.startswith("Le fils de [PERSONNE") and "chaque soir" in exported
    assert_no_identifier(exported)
    assert dialog.original.toPlainText().startswith("Le fils de Mireille")
    monkeypatch.setattr(cdp_review_dialog, "edit_text", lambda *_args: None)  # cancelled: nothing changes
    dialog.edit_button.click()
    assert dialog.exported_view.toPlainText() == exported


def test_confirming_enables_export_and_any_change_withdraws_it(dialog):
    assert not dialog.pdf_button.isEnabled() and not dialog.json_button.isEnabled()
    assert not dialog.confirm_button.isEnabled()  # "I have read every text" first
    confirm(dialog)
    assert dialog.pdf_button.isEnabled() and dialog.json_button.isEnabled()
    assert not dialog.confirm_button.isEnabled() and not dialog.read_check.isEnabled()
    dialog.select_field(narrative_key(dialog))
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert not dialog.review.confirmed
    assert not dialog.pdf_button.isEnabled() and not dialog.json_button.isEnabled()
    assert not dialog.read_check.isChecked() and dialog.read_check.isEnabled()
    assert "confirm" in dialog.state_label.text()
    confirm(dialog)
    assert dialog.json_button.isEnabled()


def test_the_structured_parts_are_shown_read_only(dialog):
    dialog.select_canvas(0)
    assert dialog.pages.currentIndex() == 1 and dialog.current_key() is None
    shown = dialog.structure.toPlainText()
    assert "80 ans et plus" in shown and "Isolement social" in shown and "Diabète" in shown
    assert all(name in shown for name in KEPT) and "Revoir mes amies du quartier" in shown
    assert "Aidant proche" in shown or "aidant" in shown.lower()
    assert_no_identifier(shown)
    assert dialog.structure.isReadOnly()
    assert not dialog.edit_button.isEnabled()


@pytest.mark.parametrize("fmt", ["json", "pdf"])
def test_exports_hold_none_of_the_planted_identifiers(qtbot, dialog, monkeypatch, tmp_path, fmt):
    target = tmp_path / f"seance.{fmt}"
    monkeypatch.setattr(cdp_review_dialog, "choose_export_path", lambda _parent, _fmt, _where: str(target))
    paths = []
    dialog.exported.connect(paths.append)
    messages = []
    dialog.status_message.connect(messages.append)
    dialog.select_field("session/feedback_new")
    dialog.table.selectRow(0)
    dialog.restore_button.click()  # "Rose" stays readable: the referent decided so
    confirm(dialog)
    (dialog.pdf_button if fmt == "pdf" else dialog.json_button).click()
    assert not dialog.pdf_button.isEnabled()  # busy while writing
    qtbot.waitUntil(lambda: bool(paths), timeout=20_000)
    assert paths == [str(target)] and target.exists()
    assert str(target) in dialog.state_label.text() and str(target) in messages[-1]
    if fmt == "pdf":
        text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    else:
        text = target.read_text(encoding="utf-8")
    assert_no_identifier(text)
    assert "Rose" in text and "Infor-Homes Bruxelles" in text
    assert dialog.pdf_button.isEnabled()  # ready for the other format


def test_a_missing_suffix_is_added(qtbot, dialog, monkeypatch, tmp_path):
    monkeypatch.setattr(cdp_review_dialog, "choose_export_path", lambda *_args: str(tmp_path / "seance"))
    paths = []
    dialog.exported.connect(paths.append)
    confirm(dialog)
    dialog.json_button.click()
    qtbot.waitUntil(lambda: bool(paths), timeout=20_000)
    assert paths == [str(tmp_path / "seance.json")]


def test_an_unwritable_path_is_reported(qtbot, dialog, monkeypatch, tmp_path, warnings):
    target = tmp_path / "absent" / "seance.pdf"
    monkeypatch.setattr(cdp_review_dialog, "choose_export_path", lambda *_args: str(target))
    confirm(dialog)
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    assert "not written" in warnings[0] and "another folder" in warnings[0]
    assert not target.exists() and dialog.pdf_button.isEnabled()
    assert_no_identifier(warnings[0])


def test_a_cancelled_file_dialog_writes_nothing(dialog, monkeypatch, tmp_path):
    monkeypatch.setattr(cdp_review_dialog, "choose_export_path", lambda *_args: "")
    confirm(dialog)
    dialog.json_button.click()
    assert dialog.export_task is None and dialog.json_button.isEnabled()
    assert not list(tmp_path.glob("*seance*")) and dialog.state_label.text() == "Confirmed: you can export."


def test_a_situation_without_consent_cannot_be_prepared(qtbot, open_dialog, services, situations):
    cdp = CdpSessionService(services)
    created = cdp.set_situations(cdp.create(CdpSessionData(group_name="CdP Forest")).id, [situations[1]])
    dialog = open_dialog(created)
    qtbot.waitUntil(lambda: dialog.build_error.isVisible(), timeout=20_000)
    assert "consent" in dialog.build_error.text().lower()
    assert "Gaston" not in dialog.build_error.text() and "Lemaire" not in dialog.build_error.text()
    assert dialog.review is None and not dialog.confirm_button.isEnabled()
    assert not dialog.pdf_button.isEnabled()


def test_keyboard_mnemonics_reach_the_actions(dialog):
    for button in (dialog.mask_button, dialog.edit_button, dialog.restore_button, dialog.confirm_button,
                   dialog.pdf_button, dialog.json_button, dialog.close_button):  # fmt: skip
        assert "&" in button.text()
    assert "&" in dialog.read_check.text()
    dialog.tree.setCurrentItem(dialog.field_item("session/feedback_positive"))
    assert dialog.current_key() == "session/feedback_positive"
    assert Qt.TextInteractionFlag.TextSelectableByKeyboard & dialog.original.textInteractionFlags()


def test_words_left_in_clear_are_listed_and_one_click_from_masked(dialog, monkeypatch):
    rewritten = "Mireille tenait une mercerie chaussée de Gand ; elle y fait encore ses courses."
    monkeypatch.setattr(cdp_review_dialog, "edit_text", lambda *_args: rewritten)
    dialog.edit_button.click()
    key = narrative_key(dialog)
    street = "chaussée de Gand"
    start = rewritten.index(street)
    assert street in dialog.exported_view.toPlainText()  # a place, not an address: left in clear
    span = (start, start + len(street))
    assert [(r.start, r.end) for r in dialog.review.fields[key].left_in_clear] == [span]
    assert dialog.original.left_ranges() == [span]
    assert "Left in clear" in dialog.original.tooltip_at(start + 2)
    row = len(dialog.review.fields[key].replacements)  # after the replacements
    assert dialog.table.item(row, 0).text() == street
    assert dialog.table.item(row, 1).text() == "(left in clear)"
    assert "1 to check" in dialog.field_item(key).text(1)
    dialog.table.selectRow(row)
    assert dialog.original.selected_range() == span
    assert not dialog.restore_button.isEnabled()  # nothing to restore: it is in clear
    dialog.mask_button.click()
    exported = dialog.exported_view.toPlainText()
    assert street not in exported and "[MASQUÉ 1]" in exported
    assert dialog.review.fields[key].left_in_clear == []


def wait_for_workers(qtbot, qapp) -> None:
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=20_000)
    qapp.processEvents()  # the late results (and the deferred deletions) are delivered now


def test_a_dialog_closed_while_it_prepares_never_receives_the_review(qtbot, qapp, services, session):
    for round_ in range(30):
        dialog = CanvasReviewDialog(services, session, use_ner=False)
        deleted = round_ % 2 == 0
        if deleted:  # as the sessions page opens it: gone with its widgets once closed
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        readies = []
        dialog.ready.connect(lambda readies=readies: readies.append(True))
        dialog.show()
        dialog.close()  # the review is still being prepared: its result arrives later
        wait_for_workers(qtbot, qapp)
        assert readies == []
        if not deleted:
            assert dialog.review is None and dialog.body.currentIndex() == 0 and not dialog.isVisible()
            dialog.deleteLater()


def test_a_dialog_deleted_while_it_exports_never_receives_the_result(qtbot, qapp, services, session,
                                                                     monkeypatch, tmp_path):  # fmt: skip
    for round_ in range(12):
        target = tmp_path / f"seance-{round_}.json"
        chosen = str(target)
        monkeypatch.setattr(cdp_review_dialog, "choose_export_path", lambda *_args, chosen=chosen: chosen)
        dialog = CanvasReviewDialog(services, session, use_ner=False)
        dialog.show()
        qtbot.waitUntil(lambda dialog=dialog: dialog.review is not None, timeout=20_000)
        confirm(dialog)
        results = []
        dialog.exported.connect(results.append)
        dialog.json_button.click()
        assert dialog.export_task is not None
        assert not dialog.close() and dialog.isVisible()  # not while the file is being written
        shiboken6.delete(dialog)  # its window goes (the page or the application closes) mid-export
        wait_for_workers(qtbot, qapp)
        assert results == [] and target.exists()
