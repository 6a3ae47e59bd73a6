"""The bundles a moderator merges, as Relais writes them from a real register (CdP v2, invisible work), and
`relais cdp merge` end to end."""

from __future__ import annotations

import io
import json
import sys
from datetime import date

import jsonschema
import pytest

from app.cdp.bundle import bundle_schema
from app.cdp.export import export_session
from app.cdp.referent import PATTERN, referent_pseudonym
from app.cdp.sessions import CdpSessionData, CdpSessionService
from app.cli.main import main
from app.exports.invisible_work_bundle import invisible_work_bundle_schema
from app.moderator.reading import Bundle, read_bundle
from app.moderator.synthetic import write_bundles
from app.services import Services
from tests.app.cdp_fixture import build_two_situations
from tests.app.moderator_fixture import REFERENTS, cdp_document, write
from tests.app.test_invisible_work import build_fixture
from tests.conftest import PASSPHRASE


@pytest.fixture
def run(monkeypatch, capsys):
    def relais(*argv: str, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return relais


def test_the_referent_pseudonym_is_random_and_stable_per_register(register):
    first = referent_pseudonym(register)
    assert PATTERN.fullmatch(first) and referent_pseudonym(register) == first


def test_a_cdp_bundle_carries_version_2_the_pseudonym_the_period_and_the_commune(register, tmp_path):
    services = Services.for_register(register)
    situation_id = build_two_situations(services)[0]
    cdp = CdpSessionService(services)
    session = cdp.create(
        CdpSessionData(held_on=date(2026, 11, 19), group_name="CdP", noeud="turnover_prestataires")
    )
    session = cdp.set_situations(session.id, [situation_id])
    documents = []
    for name in ("a.json", "b.json"):
        review = cdp.prepare_review(session, use_ner=False)
        review.confirm()
        export_session(register, session, review, tmp_path / name)
        documents.append(json.loads((tmp_path / name).read_text(encoding="utf-8")))
        jsonschema.validate(documents[-1], bundle_schema())
        assert isinstance(read_bundle(tmp_path / name), Bundle)
    first, second = documents
    assert first["version"] == 2 and first["period"] == {"from": "2026-11", "to": "2026-11"}
    assert first["referent"] == second["referent"] == referent_pseudonym(register)
    assert first["bundle_id"] != second["bundle_id"]
    assert all("commune" in line for entry in first["situations"] for line in entry["resources"])


def test_the_invisible_work_bundle_is_written_by_the_report_command(register, register_dir, tmp_path, run):
    build_fixture(register, situations=3)  # fewer than 5 situations: their counts are suppressed
    pdf, bundle = tmp_path / "r.pdf", tmp_path / "r.json"
    code, out, err = run(
        "report", "invisible-work", str(register_dir), "--from", "2026-01", "--to", "2026-03",
        "--out", str(pdf), "--bundle", str(bundle), "--passphrase-stdin",
    )  # fmt: skip
    assert (code, err) == (0, "") and str(bundle) in out
    document = json.loads(bundle.read_text(encoding="utf-8"))
    jsonschema.validate(document, invisible_work_bundle_schema())
    assert document["referent"] == referent_pseudonym(register)
    assert document["period"] == {"from": "2026-01", "to": "2026-03"}
    assert document["situation_count"] is None
    assert all(outcome["situations"] is None for outcome in document["outcomes"])
    text = bundle.read_text(encoding="utf-8")
    assert "Mireille" not in text and "S-" not in text  # no name, no situation code
    assert isinstance(read_bundle(bundle), Bundle)


def test_the_report_command_refuses_the_same_file_twice(register_dir, tmp_path, run):
    target = tmp_path / "r.pdf"
    code, _, err = run(
        "report", "invisible-work", str(register_dir), "--from", "2026-01", "--to", "2026-03",
        "--out", str(target), "--bundle", str(target), "--passphrase-stdin", stdin="",
    )  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and not target.exists()


@pytest.mark.parametrize("suffix", ["pdf", "csv", "json"])
def test_cdp_merge_end_to_end(tmp_path, run, suffix):
    folder = tmp_path / "dossiers"
    write_bundles(folder, 12, 2)
    write(folder, "perso.json", _with_phone())
    write(folder, "notes.json", '{"courses": ["pain"]}')
    target = tmp_path / f"synthese.{suffix}"
    code, out, err = run("cdp", "merge", str(folder), "--out", str(target))
    assert code == 0 and "24 dossiers de séance" in out and "fichiers refusés : 2" in out
    assert err.count("refusé : ") == 2 and "perso.json" in err and "0475" not in err
    assert target.exists()
    if suffix == "json":
        document = json.loads(target.read_text(encoding="utf-8"))
        assert {r["reason"] for r in document["refused"]} == {"personal_data", "not_a_bundle"}
        assert document["overview"]["referents"] == 12


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["{folder}", "--out", "{tmp}/s.txt"], "doit se terminer par .pdf, .csv ou .json"),
        (["{tmp}/absent", "--out", "{tmp}/s.pdf"], "n'existe pas"),
        (["{folder}", "--out", "{tmp}/absent/s.pdf"], "n'existe pas"),
        (["{empty}", "--out", "{tmp}/s.pdf"], "Aucun fichier .json"),
    ],
)
def test_cdp_merge_errors_are_one_line(tmp_path, run, arguments, message):
    folder, empty = tmp_path / "dossiers", tmp_path / "vide"
    write_bundles(folder, 1, 1)
    empty.mkdir()
    argv = [a.format(folder=folder, tmp=tmp_path, empty=empty) for a in arguments]
    code, _, err = run("cdp", "merge", *argv)
    assert code == 1 and err.count("\n") == 1 and message in err and "Traceback" not in err


def _with_phone() -> dict:
    document = cdp_document(REFERENTS[0], "turnover_prestataires")
    document["session"]["feedback"]["solution"] = "Appeler le 0475 12 34 56."
    return document
