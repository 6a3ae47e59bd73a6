"""The synthesis files say why each file was refused in the language asked for (the CLI's, the window's),
as the CLI and the window say it; French when nothing is asked. One test per format in Dutch."""

from __future__ import annotations

import csv
import io
import json

import pytest

from app.cli.main import main
from app.moderator.outputs import write_synthesis
from app.moderator.synthesis import merge_folder
from tests.app.moderator_fixture import REFERENTS, cdp_document, write
from tests.app.test_invisible_work_pdf import pages_text

DUTCH = ("geen Relais-bundel (CdP of onzichtbaar werk)", "dezelfde bundel als „seance.json”, al gelezen")
FRENCH = ("ce n'est pas un dossier Relais (CdP ou travail invisible)", "même dossier que « seance.json »")


@pytest.fixture
def synthesis(tmp_path):
    """One session bundle merged; a shopping list and a copy of the bundle refused."""
    folder = tmp_path / "in"
    document = cdp_document(REFERENTS[0], "turnover_prestataires")
    write(folder, "seance.json", document)
    write(folder, "seance (1).json", document)
    write(folder, "notes.json", '{"courses": ["pain"]}')
    merged = merge_folder(folder)
    assert len(merged.refused) == 2 and not merged.empty
    return merged


def _refused_in_csv(path) -> dict[str, str]:
    rows = csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";")
    return {row[1]: row[3] for row in rows if row[0] == "fichiers_refuses"}


def test_the_csv_gives_the_reasons_in_dutch(synthesis, tmp_path):
    target = tmp_path / "s.csv"
    write_synthesis(synthesis, target, language="nl")
    reasons = _refused_in_csv(target)
    assert reasons["notes.json"] == DUTCH[0]
    assert reasons["seance (1).json"].startswith(DUTCH[1])


def test_the_json_gives_the_reasons_in_dutch_and_keeps_the_codes(synthesis, tmp_path):
    target = tmp_path / "s.json"
    write_synthesis(synthesis, target, language="nl")
    refused = {row["file"]: row for row in json.loads(target.read_text(encoding="utf-8"))["refused"]}
    assert refused["notes.json"] == {"file": "notes.json", "reason": "not_a_bundle", "text": DUTCH[0]}
    assert refused["seance (1).json"]["reason"] == "duplicate"
    assert refused["seance (1).json"]["text"].startswith(DUTCH[1])


def test_the_pdf_gives_the_refused_files_in_dutch(synthesis, tmp_path):
    target = tmp_path / "s.pdf"
    write_synthesis(synthesis, target, language="nl")
    text = " ".join(pages_text(target))
    assert "Geweigerde bestanden" in text and "Geweigerd bestand Reden" in text
    for reason in DUTCH:
        assert reason in text
    assert not any(reason in text for reason in FRENCH) and "Fichiers refusés" not in text


@pytest.mark.parametrize("suffix", ["csv", "json", "pdf"])
def test_french_when_no_language_is_asked(synthesis, tmp_path, suffix):
    target = tmp_path / f"s.{suffix}"
    write_synthesis(synthesis, target)
    text = " ".join(pages_text(target)) if suffix == "pdf" else target.read_bytes().decode("utf-8-sig")
    for reason in FRENCH:
        assert reason in text
    assert not any(reason in text for reason in DUTCH)


def test_relais_cdp_merge_writes_the_reasons_in_the_environment_language(
    synthesis, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    target = tmp_path / "s.csv"
    assert main(["cdp", "merge", str(synthesis.folder), "--out", str(target)]) == 0
    err = capsys.readouterr().err
    written = _refused_in_csv(target)["notes.json"]
    assert written == DUTCH[0] and f"notes.json — {written}" in err  # the file says what stderr said
