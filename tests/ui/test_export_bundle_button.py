"""The invisible-work dashboard's "Export bundle" button and the Moderator page's exports, with the keyboard:
each writes its file and leaves one export-log row in the open register."""

from __future__ import annotations

import json

import jsonschema
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.exports.invisible_work_bundle import invisible_work_bundle_schema
from app.moderator.synthetic import write_bundles
from storage.models import ExportLog
from tests.ui.conftest import show_active
from tests.ui.test_invisible_work_dashboard import make_dashboard, worked  # noqa: F401 - a fixture
from ui.moderator.page import ModeratorPage


def logged(services, kind: str) -> list[tuple[str, str]]:
    with services.register.session() as session:
        rows = session.scalars(select(ExportLog).where(ExportLog.kind == kind))
        return [(row.format, row.settings_json) for row in rows]


def test_export_bundle_with_alt_b_writes_a_valid_bundle_and_logs_it(qtbot, services, worked, tmp_path):  # noqa: F811
    dashboard = make_dashboard(qtbot, services)
    show_active(qtbot, dashboard)
    target = tmp_path / "travail-invisible.json"
    asked: list[str] = []
    dashboard.ask_export_path = lambda kind: asked.append(kind) or target
    assert dashboard.bundle_button.isEnabled()
    dashboard.show_button.setFocus()
    with qtbot.waitSignal(dashboard.export_finished, timeout=20_000) as signal:
        qtbot.keyClick(dashboard.show_button, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert asked == ["json"] and signal.args[0] is True
    document = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.validate(document, invisible_work_bundle_schema())
    assert "Prénom" not in target.read_text(encoding="utf-8")
    assert [fmt for fmt, _ in logged(services, "invisible_work")] == ["json"]


def test_the_moderator_page_logs_its_export_in_the_open_register(qtbot, services, tmp_path):
    folder = tmp_path / "dossiers"
    write_bundles(folder, 6, 1)
    page = ModeratorPage(services)
    show_active(qtbot, page, (1000, 700))
    page.ask_folder = lambda: folder
    with qtbot.waitSignal(page.merged, timeout=30_000):
        qtbot.keyClick(page.open_button, Qt.Key.Key_Space)
    target = tmp_path / "synthese.csv"
    page.ask_export_path = lambda _kind: target
    with qtbot.waitSignal(page.export_finished, timeout=30_000) as signal:
        qtbot.keyClick(page.export_buttons["csv"], Qt.Key.Key_Space)
    assert signal.args[0] is True and target.exists()
    rows = logged(services, "cdp_synthesis")
    assert [fmt for fmt, _ in rows] == ["csv"] and json.loads(rows[0][1])["refused"] == 0
