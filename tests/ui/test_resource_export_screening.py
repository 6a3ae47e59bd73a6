"""The window's resource export lists what it will mask (per entry and kind, never the values) in the export
confirmation, and the file holds the notes masked; declining writes nothing."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from app.readmodels import PersonData
from app.resources_directory import ResourceData
from tests.ui.conftest import show_active
from ui.resources import directory as resource_directory
from ui.resources.directory import ResourceDirectory

pytestmark = pytest.mark.usefixtures("no_real_dialogs")
NOTE = "Rappeler Mme Vandenbossche au 0478 12 34 56 pour la visite."


@pytest.fixture
def noted(services) -> int:
    person = PersonData(first_name="Mireille", last_name="Vandenbossche", phone="0478 12 34 56")
    services.persons.create(person)
    entry = ResourceData(name="Aide à domicile Forest", commune="Forest", notes=NOTE)
    return services.resources.create(entry).id


@pytest.mark.parametrize("accepted", [True, False])
def test_the_export_confirmation_lists_the_masked_items(
    qtbot, services, noted, tmp_path, monkeypatch, messages, accepted
):
    target = tmp_path / "partage.json"
    questions: list[str] = []
    monkeypatch.setattr(resource_directory, "choose_export_path", lambda _parent: str(target))
    monkeypatch.setattr(resource_directory, "ask", lambda _p, _t, text: questions.append(text) or accepted)
    page = show_active(qtbot, ResourceDirectory(services), (1200, 760))
    page.select_id(noted)
    page.export_button.setFocus()
    qtbot.keyClick(page.export_button, Qt.Key.Key_Space)
    assert not page.export_button.isEnabled()  # screening off the GUI thread, the button waits
    qtbot.waitUntil(lambda: page.export_task is None, timeout=20_000)
    assert page.export_button.isEnabled()
    assert len(questions) == 1
    assert "“Aide à domicile Forest”: PERSONNE 1, TÉLÉPHONE 1" in questions[0]
    assert "Vandenbossche" not in questions[0] and "0478" not in questions[0]
    if not accepted:
        assert not target.exists()
        return
    text = target.read_text(encoding="utf-8")
    assert "Vandenbossche" not in text and "0478" not in text
    assert "[PERSONNE 1]" in json.loads(text)["resources"][0]["notes"]
    assert "no person data" in messages[-1]
