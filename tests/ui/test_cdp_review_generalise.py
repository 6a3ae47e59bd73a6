"""The review window: a flagged quasi-identifier with a suggested wording is generalised (Ctrl+G), and a
resource's name is masked like any text — as a place, never as a person. The review dialog's fixtures are
imported from test_cdp_review_dialog (pytest finds them by name, hence the F811 below)."""
# ruff: noqa: F811

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import show_active
from tests.ui.test_cdp_review_dialog import (  # noqa: F401 - fixtures
    _no_real_dialogs,
    dialog,
    narrative_key,
    open_dialog,
    session,
    situations,
)
from ui.cdp import review_prompts

REWRITTEN = "Elle vit seule à Saint-Gilles depuis sa chute."


def flagged_row(dialog) -> int:
    entry = dialog.review.fields[narrative_key(dialog)]
    index = next(i for i, r in enumerate(entry.left_in_clear) if r.generalisation)
    return len(entry.replacements) + index


def test_ctrl_g_writes_the_suggested_wording_instead_of_a_flagged_commune(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(review_prompts, "edit_text", lambda *_args: REWRITTEN)
    dialog.edit_button.click()
    key = narrative_key(dialog)
    flag = next(r for r in dialog.review.fields[key].left_in_clear if r.generalisation)
    assert flag.original == "Saint-Gilles"
    assert not dialog.generalise_button.isEnabled()  # nothing selected yet
    show_active(qtbot, dialog)
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    row = flagged_row(dialog)
    dialog.table.selectRow(0)
    for _step in range(row):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.generalise_button.isEnabled()
    assert flag.generalisation in dialog.generalise_button.toolTip()
    assert "&G" in dialog.generalise_button.text()
    qtbot.keyClick(dialog.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    exported = dialog.exported_view.toPlainText()
    assert "Saint-Gilles" not in exported and flag.generalisation in exported
    assert dialog.review.text(key) == exported and not dialog.review.confirmed
    assert dialog.review.fields[key].left_in_clear == []
    assert not dialog.generalise_button.isEnabled()


def test_a_resource_name_is_masked_as_a_place(qtbot, dialog):
    code = dialog.review.canvases[0].code
    key = f"{code}/resource.1.name"
    show_active(qtbot, dialog)
    dialog.select_field(key)
    source = dialog.review.fields[key].source
    assert source == "Infor-Homes Bruxelles"
    dialog.original.setFocus()
    qtbot.keyClick(dialog.original, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert dialog.mask_button.isEnabled()
    dialog.mask_button.click()
    assert dialog.exported_view.toPlainText() == "[MASQUÉ 1]"
    assert dialog.review.fields[key].replacements[0].kind == "MASQUÉ"
    structure = dialog.review.canvas_text(dialog.review.canvases[0], "resource.1.name")
    assert structure == "[MASQUÉ 1]"
