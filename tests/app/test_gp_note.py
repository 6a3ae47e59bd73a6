"""The note to the GP: drafted from the visit's log, handed over by mailto:, .eml or copy; all logged."""

from __future__ import annotations

import email
import email.policy
import io
import json
import stat
import sys
from datetime import date
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from sqlmodel import select

from app.cli.main import main
from app.documents.gp_note import (
    MAILTO_LIMIT,
    draft_gp_note,
    eml_bytes,
    eml_file_name,
    fits_mailto,
    log_gp_note,
    mailto_url,
    save_gp_note_eml,
)  # fmt: skip
from app.readmodels import PersonData, SituationData
from app.services import Services
from app.time_entries import TimeEntryData
from storage.models import ExportLog
from tests.app.liaison_fixture import GP_EMAIL, add_liaison_situation, add_other_person, set_referent
from tests.conftest import PASSPHRASE


@pytest.fixture
def services(register) -> Services:
    return Services.for_register(register)


def _logs(services: Services) -> list[ExportLog]:
    with services.register.session() as session:
        return list(session.exec(select(ExportLog)).all())


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_the_draft_tells_the_visit_priorities_and_steps_of_this_person_only(services, lang):
    situation_id = add_liaison_situation(services)
    add_other_person(services)
    set_referent(services)
    draft = draft_gp_note(services.register, situation_id, lang)
    assert draft.to == GP_EMAIL and "Dupré" not in draft.subject and "É. D. (1941)" in draft.subject
    for expected in ("Anne Lambert", "Marche avec difficulté", "Pouvoir aller au marché le samedi",
                     "Aide familiale (CPAS)", "Téléalarme", "Julie Renard", "1941"):
        assert expected in draft.body
    assert "Dr Dr" not in draft.body and "Docteur Dr" not in draft.body  # the title is said once
    assert "Zénobe" not in draft.body and "Ailleurs" not in draft.body


def test_a_situation_with_no_visit_no_network_and_no_priorities_says_so(services):
    person = services.persons.create(PersonData(first_name="Jan", last_name="Peeters"))
    situation = services.situations.create(person.id, SituationData())
    draft = draft_gp_note(services.register, situation.id, "nl")
    assert draft.to == "" and draft.subject == "J. P. — nieuws"
    said = ("Beste dokter,", "(aan te vullen)", "Nog geen prioriteiten genoteerd.", "Geen lopende stappen.")
    for expected in said:
        assert expected in draft.body


def test_the_mailto_url_is_well_formed_and_within_length(services):
    draft = draft_gp_note(services.register, add_liaison_situation(services), "fr")
    url = mailto_url(draft.to, draft.subject, draft.body)
    assert fits_mailto(draft) and len(url) <= MAILTO_LIMIT
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == GP_EMAIL
    query = parse_qs(parts.query, strict_parsing=True)
    assert query["subject"] == [draft.subject]
    assert query["body"] == ["\r\n".join(draft.body.splitlines())]
    assert " " not in url and "\n" not in url and "+" not in url.split("?", 1)[1]


def test_a_long_body_goes_to_an_eml_that_parses_back(services, tmp_path):
    draft = draft_gp_note(services.register, add_liaison_situation(services, long=True), "fr")
    assert not fits_mailto(draft)
    target = tmp_path / eml_file_name(draft, date(2026, 12, 4))
    save_gp_note_eml(services.register, draft, target)
    assert target.name == f"note-gp-{draft.code}-20261204.eml"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert message["To"] == GP_EMAIL and message["Subject"] == draft.subject and message["X-Unsent"] == "1"
    assert message.get_content().replace("\r\n", "\n") == draft.body
    [row] = _logs(services)
    assert (row.kind, row.format) == ("gp_note", "eml")
    assert json.loads(row.settings_json)["channel"] == "eml" and "Dupré" not in row.settings_json


def test_an_edited_draft_is_what_is_handed_over(services):
    draft = draft_gp_note(services.register, add_liaison_situation(services), "nl")
    edited = draft.edited("Onderwerp", "Beste dokter,\n\nKorte vraag over de medicatie.\n")
    message = email.message_from_bytes(eml_bytes(edited), policy=email.policy.default)
    assert message["Subject"] == "Onderwerp" and "Korte vraag" in message.get_content()


def test_without_the_gps_email_the_draft_can_still_be_copied_and_is_logged(services):
    draft = draft_gp_note(services.register, add_liaison_situation(services, gp_email=""), "fr")
    assert draft.to == "" and not fits_mailto(draft) and "Anne Lambert" in draft.body
    log_gp_note(services.register, draft, "copy")
    [row] = _logs(services)
    assert (row.kind, row.format) == ("gp_note", "copy")
    assert json.loads(row.settings_json) == {"situation": draft.code, "lang": "fr", "recipient": "gp",
                                             "channel": "copy", "anonymised": False}


def test_the_mailto_hand_over_is_logged_without_the_text(services):
    draft = draft_gp_note(services.register, add_liaison_situation(services), "en")
    log_gp_note(services.register, draft, "mailto")
    [row] = _logs(services)
    assert row.format == "mailto" and "Lambert" not in row.settings_json


# -- the command line ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("kind", "file_name"), [("fridge", "frigo.pdf"), ("gp-note", "note.eml")])
def test_relais_document_writes_and_logs(register_dir, tmp_path, monkeypatch, capsys, kind, file_name):
    from app.registers import unlock_with_passphrase

    with unlock_with_passphrase(register_dir, PASSPHRASE) as register:
        services = Services.for_register(register)
        code = services.situations.get(add_liaison_situation(services)).code
    target = tmp_path / file_name
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    args = ["document", kind, str(register_dir), "--situation", code, "--out", str(target), "--lang", "nl",
            "--passphrase-stdin"]
    assert main(args) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "Document écrit" in out
    if kind == "gp-note":  # the notices are for the referent: the environment's language, not the note's
        assert "Un e-mail ordinaire n'est pas un canal sécurisé." in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with unlock_with_passphrase(register_dir, PASSPHRASE) as register, register.session() as session:
        rows = session.exec(select(ExportLog)).all()
        assert [row.kind for row in rows] == ["fridge_note" if kind == "fridge" else "gp_note"]


def test_relais_document_notices_follow_the_environment(register_dir, tmp_path, monkeypatch, capsys):
    from app.registers import unlock_with_passphrase

    with unlock_with_passphrase(register_dir, PASSPHRASE) as register:
        services = Services.for_register(register)
        code = services.situations.get(add_liaison_situation(services)).code
    monkeypatch.setenv("LC_ALL", "nl_BE.UTF-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    args = ["document", "gp-note", str(register_dir), "--situation", code, "--out", str(tmp_path / "n.eml"),
            "--lang", "fr", "--passphrase-stdin"]
    assert main(args) == 0, capsys.readouterr().err
    assert "Een gewone e-mail is geen beveiligd kanaal." in capsys.readouterr().out


def test_relais_document_with_an_unknown_code_says_so(register_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    target = tmp_path / "f.pdf"
    args = ["document", "fridge", str(register_dir), "--situation", "S-ZZZZ", "--out", str(target),
            "--passphrase-stdin"]
    assert main(args) == 1
    assert "S-ZZZZ" in capsys.readouterr().err and not target.exists()


def test_desk_work_is_not_a_visit_and_the_narrative_stays_out(services):
    person = services.persons.create(PersonData(first_name="Jan", last_name="Peeters", sex="m",
                                                birth_year=1950))
    narrative = SituationData(narrative="Mon patient depuis des années.")
    situation = services.situations.create(person.id, narrative)
    services.time.log([TimeEntryData("mails_documents", 40, situation_id=situation.id,
                                     note="Appels sans résultat")])
    draft = draft_gp_note(services.register, situation.id, "fr")
    assert draft.subject == "J. P. (1950) — des nouvelles"  # no "after my visit" dated from desk work
    assert "(né en 1950)" in draft.body
    assert "Mon patient" not in draft.body and "Appels sans résultat" not in draft.body
    assert "(à compléter)" in draft.body


def test_steps_under_way_and_in_place_are_told_apart(services):
    situation_id = add_liaison_situation(services)
    body = draft_gp_note(services.register, situation_id, "fr").body
    under_way = body.index("Démarches en cours :")
    in_place = body.index("Déjà en place :")
    assert under_way < body.index("Aide familiale (CPAS)") < in_place < body.index("Téléalarme")
