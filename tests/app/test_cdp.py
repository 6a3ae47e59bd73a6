"""CdP sessions, canvases, the review and the exports (PDF, JSON bundle against its schema, export log, CLI).

The NER model is left out here (use_ner=False): the register's deny list and the patterns must do the work
on planted identifiers; the model's own contribution is measured by bench/anonymiser_bench.py.
"""

from __future__ import annotations

import io
import json
import sys
from datetime import date, datetime
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader
from sqlmodel import select

from app.cdp.bundle import bundle_document, bundle_schema
from app.cdp.canvas import candidates
from app.cdp.export import export_session
from app.cdp.review import ReviewNotConfirmed
from app.cdp.sessions import CdpSessionData, CdpSessionService
from app.cli.main import main
from app.errors import ValidationError
from app.exports.files import ReportWriteError
from app.services import Services
from storage.models import ExportLog
from storage.text import fold
from tests.app.cdp_fixture import IDENTIFIERS, KEPT, build_two_situations
from tests.conftest import PASSPHRASE
from tests.error_texts import shown


@pytest.fixture
def services(register) -> Services:
    return Services.for_register(register)


@pytest.fixture
def situations(services) -> tuple[int, int]:
    return build_two_situations(services)


@pytest.fixture
def cdp(services) -> CdpSessionService:
    return CdpSessionService(services)


@pytest.fixture
def session(cdp, situations):
    created = cdp.create(CdpSessionData(
        held_on=date(2026, 11, 19), group_name="CdP Bruxelles-Ouest", noeud="turnover_prestataires",
        feedback_positive="Le groupe a aidé Mireille à trouver une aide-ménagère.",
        feedback_solution="Appeler Infor-Homes Bruxelles plus tôt.",
    ))  # fmt: skip
    return cdp.set_situations(created.id, [situations[0]])


def assert_no_identifier(text: str) -> None:
    folded = fold(text)
    for identifier in IDENTIFIERS:
        assert fold(identifier) not in folded, "an identifier survived"


def test_candidates_list_every_situation_with_the_reason_of_the_ineligible(services, situations):
    found = {c.situation_id: c for c in candidates(services)}
    with_consent, without = situations
    assert found[with_consent].eligible and found[with_consent].reason == ""
    assert not found[without].eligible and "consentement" in found[without].reason.lower()
    assert next(iter(found.values())).eligible  # eligible ones first


def test_session_is_stored_and_validated(cdp, session, situations):
    again = cdp.get(session.id)
    assert again.group_name == "CdP Bruxelles-Ouest" and again.situation_ids == (situations[0],)
    assert again.noeud_label == "Turn-over des prestataires"
    assert [s.id for s in cdp.list()] == [session.id]
    with pytest.raises(ValidationError) as error:
        cdp.update(session.id, CdpSessionData(noeud="nimporte_quoi"))
    assert error.value.field == "noeud"
    with pytest.raises(ValidationError):
        cdp.update(session.id, CdpSessionData(feedback_new="x" * 5000))
    cdp.delete(session.id)
    assert cdp.list() == []


def test_a_situation_without_consent_is_refused_unless_included(cdp, situations):
    with pytest.raises(ValidationError) as error:
        cdp.canvases([situations[1]])
    assert "consentement" in shown(error.value).lower()
    assert "Gaston" not in shown(error.value)  # the message names the pseudonym, never the person
    assert len(cdp.canvases([situations[1]], include_without_consent=True)) == 1


def test_canvas_is_generalised_and_texts_scrubbed(cdp, session):
    review = cdp.prepare_review(session, use_ner=False)
    canvas = review.canvases[0]
    assert canvas.age_band == "80 ans et plus"
    assert canvas.months_of_accompaniment >= 1
    assert canvas.network_roles and all("Karim" not in role for role in canvas.network_roles)
    narrative = review.canvas_text(canvas, "narrative")
    assert_no_identifier(narrative)
    assert "CPAS d'Anderlecht" in narrative  # resources are what the group learns from
    kinds = review.counts_by_kind()
    assert sum(kinds.values()) >= 6
    assert_no_identifier(review.session_text("feedback_positive"))
    assert "Infor-Homes Bruxelles" in review.session_text("feedback_solution")


def test_placeholders_agree_across_fields(cdp, session):
    review = cdp.prepare_review(session, use_ner=False)
    canvas = review.canvases[0]
    placeholders = {
        r.placeholder for key, r in review.all_replacements() if fold(r.original) == fold("Karim")
    }
    assert len(placeholders) == 1
    (placeholder,) = placeholders
    assert placeholder in review.canvas_text(canvas, "dialogue.0.difficulties")


def test_review_restore_mask_and_edit(cdp, session):
    review = cdp.prepare_review(session, use_ner=False)
    key = f"{review.canvases[0].code}/narrative"
    review.confirm()
    first = review.fields[key].replacements[0]
    review.restore(key, first)
    assert not review.confirmed  # any change withdraws the confirmation
    assert first.original in review.text(key)
    source = review.fields[key].source
    start = source.index("décès")
    review.mask(key, start, start + len("décès"))
    assert "décès" not in review.text(key)
    review.edit(key, "Le fils de Mireille Vandenbossche appelle au 02/555.12.12.")
    assert_no_identifier(review.text(key))  # a rewrite is scrubbed again
    assert "555" not in review.text(key)
    with pytest.raises(ValidationError):
        review.mask(key, 5, 2)


def test_nothing_is_exported_before_the_review_is_confirmed(cdp, session, register, tmp_path):
    review = cdp.prepare_review(session, use_ner=False)
    target = tmp_path / "seance.json"
    with pytest.raises(ReviewNotConfirmed):
        export_session(register, session, review, target)
    assert not target.exists()


def test_bundle_validates_and_holds_no_identifier(cdp, session, register, tmp_path):
    review = cdp.prepare_review(session, use_ner=False)
    review.confirm()
    target = tmp_path / "seance.json"
    assert export_session(register, session, review, target) == "json"
    document = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.validate(document, bundle_schema())
    assert document["anonymisation"]["reviewed"] is True
    assert document["session"]["noeud"]["group"] == "prestataire"
    situation = document["situations"][0]
    assert situation["ref"] == review.canvases[0].code
    assert [r["name"] for r in situation["resources"]] == list(KEPT)
    assert next(p["text"] for p in situation["priorities"]) == "Revoir mes amies du quartier"
    assert_no_identifier(target.read_text(encoding="utf-8"))


def test_bundle_schema_rejects_an_extra_field(cdp, session):
    review = cdp.prepare_review(session, use_ner=False)
    review.confirm()
    document = bundle_document(session, review, datetime(2026, 11, 20, 10, 0))
    document["situations"][0]["first_name"] = "Mireille"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, bundle_schema())


def test_pdf_has_a_cover_and_a_page_per_situation_without_identifiers(cdp, session, register, tmp_path):
    review = cdp.prepare_review(session, use_ner=False)
    review.confirm()
    target = tmp_path / "seance.pdf"
    export_session(register, session, review, target)
    pages = [page.extract_text() for page in PdfReader(target).pages]
    assert len(pages) == 2
    assert "Turn-over des prestataires" in pages[0] and "Un élément positif" in pages[0]
    assert review.canvases[0].code in pages[1] and "CPAS d'Anderlecht" in pages[1]
    assert all("Anonymisé" in page and f"page {n} / 2" in page for n, page in enumerate(pages, 1))
    assert_no_identifier(" ".join(pages))


def test_each_export_is_logged_without_content(cdp, session, register, tmp_path):
    review = cdp.prepare_review(session, use_ner=False)
    review.confirm()
    export_session(register, session, review, tmp_path / "a.pdf")
    export_session(register, session, review, tmp_path / "a.json")
    with register.session() as db:
        logs = db.exec(select(ExportLog).where(ExportLog.kind == "cdp_canvas")).all()
    assert sorted(log.format for log in logs) == ["json", "pdf"]
    assert all(log.item_count == 1 for log in logs)
    assert_no_identifier(" ".join(log.settings_json for log in logs))


def test_an_unwritable_path_is_reported_and_leaves_nothing(cdp, session, register, tmp_path):
    review = cdp.prepare_review(session, use_ner=False)
    review.confirm()
    with pytest.raises(ReportWriteError):
        export_session(register, session, review, tmp_path / "absent" / "seance.pdf")
    with pytest.raises(ValidationError):
        export_session(register, session, review, tmp_path / "seance.docx")
    assert list(tmp_path.glob("*seance*")) == []


def test_an_empty_situation_exports_cleanly(cdp, services, register, tmp_path):
    from app.readmodels import PersonData, SituationData

    person = services.persons.create(PersonData(first_name="Rose", last_name="Blanche"))
    data = SituationData(started_on=date(2026, 1, 5), consent_cdp=True)
    situation = services.situations.create(person.id, data)
    created = cdp.set_situations(cdp.create(CdpSessionData()).id, [situation.id])
    review = cdp.prepare_review(created, use_ner=False)
    review.confirm()
    target = tmp_path / "vide.json"
    export_session(register, created, review, target)
    document = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.validate(document, bundle_schema())
    assert document["situations"][0]["narrative"] == ""


# -- command line --------------------------------------------------------------------------------------------
def run(monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main([*argv, "--passphrase-stdin"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def codes(services, situations) -> tuple[str, str]:
    return tuple(services.situations.get(i).code for i in situations)


def test_cli_exports_a_bundle_without_review_and_says_so(register_dir, codes, tmp_path, monkeypatch, capsys):
    target = tmp_path / "out.json"
    code, out, err = run(monkeypatch, capsys, "export", "canvas", str(register_dir), "--situation", codes[0],
                         "--out", str(target), "--no-ner", "--noeud", "ecoute_ou_orientation",
                         "--no-review")  # fmt: skip
    assert code == 0, err
    assert "SANS relecture" in err and "1 canevas anonymisé écrit" in out
    document = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.validate(document, bundle_schema())
    assert document["anonymisation"]["reviewed"] is False
    assert document["anonymisation"]["review"] == "none"
    assert_no_identifier(target.read_text(encoding="utf-8"))


def test_cli_refuses_without_consent_unless_asked(register_dir, codes, tmp_path, monkeypatch, capsys):
    target = tmp_path / "out.pdf"
    argv = ("export", "canvas", str(register_dir), "--situation", codes[1], "--out", str(target), "--no-ner",
            "--no-review")  # fmt: skip
    code, _out, err = run(monkeypatch, capsys, *argv)
    assert code == 1 and "consentement" in err and not target.exists()
    assert "Lemaire" not in err
    code, _out, err = run(monkeypatch, capsys, *argv, "--include-without-consent")
    assert code == 0, err
    assert "Lemaire" not in " ".join(p.extract_text() for p in PdfReader(target).pages)


def test_cli_refuses_a_bad_suffix_before_asking_anything(register_dir, codes, tmp_path, monkeypatch, capsys):
    code, _out, err = run(monkeypatch, capsys, "export", "canvas", str(register_dir), "--situation", codes[0],
                          "--out", str(tmp_path / "x.txt"))  # fmt: skip
    assert code == 1 and ".pdf ou .json" in err


def test_schema_file_is_shipped_and_documented():
    schema = bundle_schema()
    assert schema["properties"]["format"]["const"] == "relais-cdp-bundle"
    doc = Path(__file__).resolve().parents[2] / "docs" / "cdp-bundle-format.md"
    assert "relais-cdp-bundle" in doc.read_text(encoding="utf-8")
