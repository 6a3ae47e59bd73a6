"""The moderator's synthesis in the export log (only when a register is open) and `relais cdp merge` speaking
the environment's language."""

from __future__ import annotations

import io
import json
import sys

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.moderator.outputs import write_synthesis
from app.moderator.synthesis import merge_folder
from app.moderator.synthetic import write_bundles
from storage.models import ExportLog
from storage.register import Register
from tests.app.moderator_fixture import write
from tests.conftest import PASSPHRASE


def _synthesis_logs(register: Register) -> list[ExportLog]:
    with register.session() as session:
        return list(session.scalars(select(ExportLog).where(ExportLog.kind == "cdp_synthesis")))


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "dossiers"
    write_bundles(folder, 6, 1)
    write(folder, "notes.json", '{"courses": ["pain"]}')
    return folder


def test_a_synthesis_written_with_a_register_is_logged_once(register, folder, tmp_path):
    synthesis = merge_folder(folder)
    assert write_synthesis(synthesis, tmp_path / "s.csv", register) == "csv"
    logs = _synthesis_logs(register)
    assert [(log.format, log.item_count) for log in logs] == [("csv", 12)]
    settings = json.loads(logs[0].settings_json)
    assert settings["cdp_bundles"] + settings["work_bundles"] == 12
    assert settings["refused"] == 1 and settings["k"] == 5


def test_without_a_register_nothing_is_logged(register, folder, tmp_path):
    write_synthesis(merge_folder(folder), tmp_path / "s.json")
    assert (tmp_path / "s.json").exists() and _synthesis_logs(register) == []


def _run(monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("lang", "refused", "written"),
    [
        ("nl_BE.UTF-8", "geweigerd: notes.json — geen Relais-bundel", "Synthese geschreven"),
        ("en_GB.UTF-8", "refused: notes.json — not a Relais bundle", "Synthesis written"),
        ("fr_BE.UTF-8", "refusé : notes.json — ce n'est pas un dossier Relais", "Synthèse écrite"),
    ],
)
def test_cdp_merge_speaks_the_environment_language(folder, tmp_path, monkeypatch, capsys, lang, refused,
                                                   written):
    monkeypatch.setenv("LANG", lang)
    code, out, err = _run(monkeypatch, capsys, "cdp", "merge", str(folder), "--out", str(tmp_path / "s.pdf"))
    assert code == 0 and refused in err and written in out


def test_cdp_merge_with_register_logs_there(register_dir, folder, tmp_path, monkeypatch, capsys):
    target = tmp_path / "s.json"
    code, out, err = _run(monkeypatch, capsys, "cdp", "merge", str(folder), "--out", str(target),
                          "--register", str(register_dir), "--passphrase-stdin")
    assert code == 0, err
    assert "journal des exports" in out
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        assert [log.format for log in _synthesis_logs(register)] == ["json"]
