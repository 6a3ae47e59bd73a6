"""`relais resources export|import`: sharing directory entries from the command line."""

from __future__ import annotations

import io
import json
import sys

import pytest

from app.cli.main import main
from app.resources_directory import ResourceData
from app.services import Services
from tests.conftest import PASSPHRASE


def run(monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main([*argv, "--passphrase-stdin"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled_dir(register, register_dir):
    services = Services.for_register(register)
    services.resources.create(ResourceData(name="CPAS de Forest", commune="Forest", phone="02 563 21 11"))
    services.resources.create(ResourceData(name="Épicerie sociale", commune="Forest"))
    services.resources.create(ResourceData(name="Maison médicale du Midi", commune="Anderlecht"))
    register.close()
    return register_dir


def test_export_then_import_with_duplicate_choices(filled_dir, tmp_path, monkeypatch, capsys):
    shared = tmp_path / "forest.json"
    code, out, err = run(monkeypatch, capsys, "resources", "export", str(filled_dir), str(shared),
                         "--commune", "Forest")  # fmt: skip
    assert code == 0, err
    assert "2 fiches écrites" in out
    document = json.loads(shared.read_text(encoding="utf-8"))
    assert sorted(r["name"] for r in document["resources"]) == ["CPAS de Forest", "Épicerie sociale"]
    code, out, _ = run(monkeypatch, capsys, "resources", "import", str(filled_dir), str(shared), "--dry-run")
    assert code == 0 and "0 nouvelle(s) fiche(s), 2 doublon(s)" in out and "Rien n'a été importé" in out
    code, out, _ = run(monkeypatch, capsys, "resources", "import", str(filled_dir), str(shared),
                       "--duplicates", "keep-both")  # fmt: skip
    assert code == 0 and "2 ajoutée(s)" in out
    code, out, _ = run(monkeypatch, capsys, "resources", "import", str(filled_dir), str(shared))
    assert code == 0 and "0 ajoutée(s), 0 fusionnée(s), 2 ignorée(s)" in out


def test_a_file_with_a_person_field_is_refused(filled_dir, tmp_path, monkeypatch, capsys):
    bad = tmp_path / "bad.json"
    record = {"name": "Chez Mme Dupont", "commune": "Forest", "national_number": "85073003328"}
    document = {"format": "relais-resources", "version": 1, "resources": [record]}
    bad.write_text(json.dumps(document), encoding="utf-8")
    code, _out, err = run(monkeypatch, capsys, "resources", "import", str(filled_dir), str(bad))
    assert code == 1 and err.startswith("relais : ") and "85073003328" not in err
    everything = str(tmp_path / "all.json")
    code, out, _ = run(monkeypatch, capsys, "resources", "export", str(filled_dir), everything)
    assert code == 0 and "3 fiches écrites" in out  # nothing was imported from the bad file


def test_export_refuses_a_missing_folder_and_an_empty_selection(filled_dir, tmp_path, monkeypatch, capsys):
    code, _out, err = run(monkeypatch, capsys, "resources", "export", str(filled_dir),
                          str(tmp_path / "absent" / "r.json"))  # fmt: skip
    assert code == 1 and "n'existe pas" in err
    target = str(tmp_path / "r.json")
    code, _out, err = run(monkeypatch, capsys, "resources", "export", str(filled_dir), target,
                          "--commune", "Nulle-Part")  # fmt: skip
    assert code == 1 and "Aucune fiche" in err and not (tmp_path / "r.json").exists()
