"""Importing a colleague's file through the directory page: the plan shown before anything is written, a
choice per duplicate (merge, keep both, skip), and bad files refused whole with a clear message."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.resources_directory import ResourceData
from ui.resources.directory import ResourceDirectory
from ui.resources.import_dialog import DECISION, EXISTING

RECORDS = [
    {
        "name": "CPAS de Saint-Gilles",
        "commune": "saint-gilles",
        "phone": "02 600 54 11",
        "last_checked": "2025-03-01",
    },  # duplicate of a directory entry (case ignored)
    {"name": "Maison médicale Le Gué", "commune": "Anderlecht", "resource_type": "maison_medicale"},
    {"name": "Épicerie sociale", "commune": "Forest"},  # duplicate of a directory entry
    {"name": "Maison medicale le Gue", "commune": "anderlecht"},  # repeats the second entry
]


pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def existing(services) -> dict[str, int]:
    create = services.resources.create
    return {
        "cpas": create(ResourceData(name="CPAS de Saint-Gilles", commune="Saint-Gilles")).id,
        "epicerie": create(ResourceData(name="Épicerie sociale", commune="Forest", phone="02 543 12 34")).id,
    }


def write(path, records, **top) -> str:
    document = {"format": "relais-resources", "version": 1, "resources": records, **top}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.fixture
def page(qtbot, services):
    directory = ResourceDirectory(services)
    qtbot.addWidget(directory)
    directory.show()
    qtbot.waitExposed(directory)
    return directory


def open_plan(qtbot, page, path):
    page.import_file(path)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible())
    return page.import_dialog


def test_the_plan_is_shown_before_anything_is_written(qtbot, page, services, existing, tmp_path, messages):
    dialog = open_plan(
        qtbot, page, write(tmp_path / "collegue.json", RECORDS, exported_at="2026-01-15T10:00:00+00:00")
    )
    assert "New entries to add: 1. Duplicates (same name and commune): 3." in dialog.summary.text()
    assert "File written on 15/01/2026." in dialog.summary.text()
    assert len(services.resources.search()) == 2  # nothing written yet
    assert dialog.table.item(0, EXISTING).text() == "CPAS de Saint-Gilles"
    assert dialog.table.item(1, DECISION).text() == "Add"
    assert dialog.table.item(3, EXISTING).text() == "Earlier in this file (line 2)"
    assert dialog.decisions() == {0: "merge", 2: "merge", 3: "skip"}  # merge never overwrites

    dialog.set_decision(2, "keep_both")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(messages))  # written off the GUI thread
    assert messages == ["Added: 2 · merged: 1 · skipped: 1."]
    cpas = services.resources.get(existing["cpas"])
    assert cpas.phone == "02 600 54 11" and cpas.last_checked == date(2025, 3, 1)  # empty fields filled
    assert [r.name for r in services.resources.search("epicerie")] == ["Épicerie sociale"] * 2
    assert len(services.resources.search("gue")) == 1
    assert page.model.rowCount() == 4  # the page shows the two added entries


def test_cancelling_the_plan_imports_nothing(qtbot, page, services, existing, tmp_path, messages):
    dialog = open_plan(qtbot, page, write(tmp_path / "collegue.json", RECORDS))
    dialog.set_all("keep_both")
    assert set(dialog.decisions().values()) == {"keep_both"}
    dialog.reject()
    assert len(services.resources.search()) == 2 and messages == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{ pas du json", "is not valid JSON"),
        (json.dumps({"format": "relais-resources", "version": 2, "resources": []}), "Unsupported file"),
        (
            json.dumps(
                {
                    "format": "relais-resources",
                    "version": 1,
                    "resources": [{"name": "CPAS", "first_name": "Marc"}],
                }
            ),
            "looks like personal data",
        ),
        (
            json.dumps(
                {
                    "format": "relais-resources",
                    "version": 1,
                    "resources": [{"name": "CPAS", "notes": "NN 85.07.30-033.28"}],
                }
            ),
            "Belgian national number",
        ),
    ],
)
def test_a_bad_file_is_refused_whole(qtbot, page, services, existing, tmp_path, messages, content, expected):
    path = tmp_path / "mauvais.json"
    path.write_text(content, encoding="utf-8")
    page.import_file(str(path))
    qtbot.waitUntil(lambda: bool(messages))
    assert messages[0].startswith("Nothing was imported.") and expected in messages[0]
    assert page.import_dialog is None
    assert len(services.resources.search()) == 2
    assert page.import_button.isEnabled()
