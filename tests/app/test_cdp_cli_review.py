"""`relais export canvas` with the review made explicit: a first run writes the review file and exports
nothing; the export happens with that file accepted (refused once the register changed), or with --no-review
stated (logged, marked in the bundle and in the PDF footer). End to end through app.cli.main on a real
register (tests/app/cdp_fixture.py)."""

from __future__ import annotations

import io
import json
import stat
import sys

import jsonschema
import pytest
from pypdf import PdfReader
from sqlmodel import select

from app.cdp.bundle import bundle_schema
from app.cli.cdp_commands import REVIEW_WRITTEN
from app.cli.main import main
from app.readmodels import SituationData
from app.registers import Register
from app.services import Services
from storage.models import ExportLog
from storage.text import fold
from tests.app.cdp_fixture import IDENTIFIERS, build_two_situations
from tests.conftest import PASSPHRASE


@pytest.fixture
def code(register) -> str:
    services = Services.for_register(register)
    consenting, _without = build_two_situations(services)
    return services.situations.get(consenting).code


def run(monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    status = main([*argv, "--passphrase-stdin"])
    out, err = capsys.readouterr()
    return status, out, err


def canvas_args(register_dir, code, target) -> tuple[str, ...]:
    return ("export", "canvas", str(register_dir), "--situation", code, "--out", str(target), "--no-ner")


def logged_settings(register_dir) -> list[dict]:
    opened = Register.open_with_passphrase(register_dir, PASSPHRASE)
    try:
        with opened.session() as session:
            return [json.loads(row.settings_json) for row in session.exec(select(ExportLog)).all()]
    finally:
        opened.close()


def test_a_first_run_writes_the_review_owner_only_and_exports_nothing(
    register_dir, code, tmp_path, monkeypatch, capsys
):
    target = tmp_path / "seance.json"
    status, out, err = run(monkeypatch, capsys, *canvas_args(register_dir, code, target))
    review = tmp_path / "seance.review.txt"
    assert status == REVIEW_WRITTEN, err
    assert not target.exists() and review.exists()
    assert stat.S_IMODE(review.stat().st_mode) == 0o600
    assert "données personnelles" in err and "supprimez" in err
    assert "--accept-review" in out
    text = review.read_text(encoding="utf-8")
    # Every replacement: its placeholder, its kind, why, and the item itself so the referent can judge it.
    assert "[PERSONNE 1]" in text and "(PERSONNE)" in text and "[TÉLÉPHONE" in text
    assert "« 0478 12 34 56 »" in text and "du registre" in text
    # ... but never the original sentence around it: the exported text is the anonymised one.
    assert "Mme Vandenbossche (Mireille) vit seule" not in text
    assert logged_settings(register_dir) == []


def test_the_review_lists_flags_with_their_generalisation(
    register, register_dir, tmp_path, monkeypatch, capsys
):
    services = Services.for_register(register)
    consenting, _without = build_two_situations(services)
    current = services.situations.get(consenting)
    narrative = "Elle vit seule à Saint-Gilles depuis le 12 mars 2024."
    services.situations.update(consenting, SituationData(**{**_data_of(current), "narrative": narrative}))
    review = tmp_path / "relecture.txt"
    status, _out, err = run(monkeypatch, capsys, *canvas_args(register_dir, current.code, tmp_path / "s.pdf"),
                            "--review-out", str(review))  # fmt: skip
    assert status == REVIEW_WRITTEN, err
    flags = [line for line in review.read_text(encoding="utf-8").splitlines() if "laissé en clair" in line]
    assert any("Saint-Gilles" in line and "généralisation proposée" in line for line in flags), flags


def _data_of(situation) -> dict:
    from dataclasses import fields

    return {f.name: getattr(situation, f.name) for f in fields(SituationData)}


def test_the_accepted_review_exports_and_is_logged(register_dir, code, tmp_path, monkeypatch, capsys):
    target = tmp_path / "seance.json"
    review = tmp_path / "seance.review.txt"
    run(monkeypatch, capsys, *canvas_args(register_dir, code, target))
    status, _out, err = run(monkeypatch, capsys, *canvas_args(register_dir, code, target),
                            "--accept-review", str(review))  # fmt: skip
    assert status == 0, err
    document = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.validate(document, bundle_schema())
    assert document["anonymisation"]["review"] == "file" and document["anonymisation"]["reviewed"] is True
    folded = fold(target.read_text(encoding="utf-8"))
    assert not [i for i in IDENTIFIERS if fold(i) in folded]
    assert logged_settings(register_dir)[-1]["review"] == "file"


def test_a_review_of_an_older_register_state_is_refused(register_dir, code, tmp_path, monkeypatch, capsys):
    target = tmp_path / "seance.pdf"
    review = tmp_path / "seance.review.txt"
    run(monkeypatch, capsys, *canvas_args(register_dir, code, target))
    opened = Register.open_with_passphrase(register_dir, PASSPHRASE)
    try:
        services = Services.for_register(opened)
        situation = services.situations.get_by_code(code)
        changed = {**_data_of(services.situations.get(situation.id)), "narrative": "Appeler Josiane Dewolf."}
        services.situations.update(situation.id, SituationData(**changed))
    finally:
        opened.close()
    status, _out, err = run(monkeypatch, capsys, *canvas_args(register_dir, code, target),
                            "--accept-review", str(review))  # fmt: skip
    assert status == 1 and "a changé depuis la relecture" in err
    assert not target.exists() and logged_settings(register_dir) == []


def test_an_edited_or_missing_review_is_refused(register_dir, code, tmp_path, monkeypatch, capsys):
    target = tmp_path / "seance.json"
    review = tmp_path / "seance.review.txt"
    status, _out, err = run(monkeypatch, capsys, *canvas_args(register_dir, code, target),
                            "--accept-review", str(review))  # fmt: skip
    assert status == 1 and "introuvable" in err
    run(monkeypatch, capsys, *canvas_args(register_dir, code, target))
    review.write_text(review.read_text(encoding="utf-8") + "ok\n", encoding="utf-8")
    status, _out, err = run(monkeypatch, capsys, *canvas_args(register_dir, code, target),
                            "--accept-review", str(review))  # fmt: skip
    assert status == 1 and not target.exists()


def test_no_review_is_said_logged_and_printed_in_the_pdf_footer(
    register_dir, code, tmp_path, monkeypatch, capsys
):
    target = tmp_path / "seance.pdf"
    status, _out, err = run(monkeypatch, capsys, *canvas_args(register_dir, code, target), "--no-review")
    assert status == 0, err
    assert "SANS relecture" in err
    assert not (tmp_path / "seance.review.txt").exists()
    pages = [page.extract_text() for page in PdfReader(target).pages]
    assert all("Anonymisé SANS relecture" in page for page in pages)
    assert logged_settings(register_dir)[-1]["review"] == "none"


def test_review_options_exclude_each_other(register_dir, code, tmp_path, monkeypatch, capsys):
    with pytest.raises(SystemExit):
        run(monkeypatch, capsys, *canvas_args(register_dir, code, tmp_path / "s.pdf"), "--no-review",
            "--accept-review", str(tmp_path / "r.txt"))  # fmt: skip
