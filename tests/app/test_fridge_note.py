"""The fridge note: one A4 page whatever was typed, large print, the person's contacts and nobody else's."""

from __future__ import annotations

import io
import json
import stat

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlmodel import select

from app.documents.fitting import Fitted, fit
from app.documents.fridge_note import fridge_note, save_fridge_note
from app.documents.liaison_texts import person_language, text
from app.exports.pdf_style import FONT, register_fonts
from app.readmodels import NetworkMemberData, PersonData, SituationData
from app.services import Services
from storage.models import ExportLog
from tests.app.liaison_fixture import (
    GP_PHONE,
    NURSE_PHONE,
    PHARMACY_PHONE,
    REFERENT_PHONE,
    add_liaison_situation,
    add_other_person,
    set_referent,
)  # fmt: skip


@pytest.fixture
def services(register) -> Services:
    return Services.for_register(register)


def _page_text_and_sizes(pdf: bytes) -> tuple[int, str, list[float]]:
    reader = PdfReader(io.BytesIO(pdf))
    sizes: list[float] = []

    def visit(words, _cm, tm, _font, size):
        if words.strip():
            sizes.append(size * abs(tm[0]))

    content = reader.pages[0].extract_text(visitor_text=visit)
    return len(reader.pages), content, sizes


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
@pytest.mark.parametrize("long", [False, True], ids=["short", "long"])
def test_one_page_large_print_with_the_persons_contacts_only(services, lang, long):
    situation_id = add_liaison_situation(services, long=long)
    add_other_person(services)
    set_referent(services)
    note = fridge_note(services.register, situation_id, lang)
    pages, content, sizes = _page_text_and_sizes(note.pdf)
    flat = " ".join(content.split())
    assert pages == 1
    assert min(sizes) >= 14, "every text on the note, the body and the footer, is 14 pt or more"
    for expected in ("112", "1733", GP_PHONE, NURSE_PHONE, PHARMACY_PHONE, REFERENT_PHONE, "Julie Renard",
                     "Pharmacie du Parc", "Dupré", text("title", lang), text("priorities", lang)):
        assert expected in flat
    for foreign in ("Zénobe", "Ailleurs", "09 999 99 99", "Secret"):
        assert foreign not in flat
    assert (note.shortened > 0) == long and ("…" in flat) == long and not note.referent_missing


def test_long_texts_are_counted_each_time_they_are_cut(services):
    note = fridge_note(services.register, add_liaison_situation(services, long=True), "fr")
    # the nurse's name, the first priority, the priorities beyond the fourth, the agreed steps
    assert note.shortened >= 4


def test_a_person_with_no_network_nor_priorities_gets_sentences_not_blanks(services):
    person = services.persons.create(PersonData(first_name="Jan", last_name="Peeters"))
    situation = services.situations.create(person.id, SituationData())
    for lang in ("fr", "nl"):
        _pages, content, _sizes = _page_text_and_sizes(fridge_note(services.register, situation.id, lang).pdf)
        flat = " ".join(content.split())
        for key in ("priorities.none", "agreed.none", "next_visit.none.unknown"):
            assert text(key, lang) in flat
        # no referent's number on the note: it does not promise that the referent will call
        assert text("next_visit.none", lang) not in flat
        assert "112" in flat and "1733" in flat
    assert fridge_note(services.register, situation.id, "fr").referent_missing
    set_referent(services)
    flat = " ".join(_page_text_and_sizes(fridge_note(services.register, situation.id, "fr").pdf)[1].split())
    assert "Mon référent m'appellera." in flat


def test_saving_writes_the_previewed_bytes_owner_only_and_logs_no_name(services, tmp_path):
    note = fridge_note(services.register, add_liaison_situation(services), "nl")
    target = tmp_path / "frigo.pdf"
    save_fridge_note(services.register, note, target)
    assert target.read_bytes() == note.pdf
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with services.register.session() as session:
        rows = session.exec(select(ExportLog)).all()
    assert [(row.kind, row.format) for row in rows] == [("fridge_note", "pdf")]
    settings = json.loads(rows[0].settings_json)
    assert (settings["lang"], settings["situation"], settings["recipient"]) == ("nl", note.code, "person")
    assert "Dupré" not in rows[0].settings_json and "Lambert" not in rows[0].settings_json


@pytest.mark.parametrize(("languages", "expected"), [
    ("", "fr"), ("néerlandais, arabe", "nl"), ("Nederlands", "nl"), ("arabe, anglais", "en"),
    ("français et anglais", "fr"), ("flamand", "nl"), ("Engels", "en"),
])  # fmt: skip
def test_the_persons_language_is_read_from_their_languages(languages, expected):
    assert person_language(languages) == expected


def test_names_in_every_script_and_accent_print_as_typed(services):
    person = services.persons.create(PersonData(first_name="Ζωή Łukasz", last_name="Şükrü-Çağlar Ødegård"))
    situation = services.situations.create(person.id, SituationData())
    services.network.add(person.id, NetworkMemberData(role="medecin_generaliste", name="Dr Јован Петровић",
                                                      phone="02 111 22 33"))
    _pages, content, _sizes = _page_text_and_sizes(fridge_note(services.register, situation.id, "en").pdf)
    flat = " ".join(content.split())
    for expected in ("Ζωή Łukasz", "Şükrü-Çağlar Ødegård", "Јован Петровић", "02 111 22 33"):
        assert expected in flat


def test_a_text_of_5000_characters_or_one_endless_word_fits_its_lines():
    register_fonts()
    for words in ("mot " * 1250, "a" * 5000, "Zeer-lange-naam-zonder-spaties" * 20):
        fitted = fit(words, FONT, 15, 200, 3)
        assert len(fitted.lines) == 3 and fitted.shortened and fitted.lines[-1].endswith("…")
        assert all(stringWidth(line, FONT, 15) <= 200 for line in fitted.lines)
    assert fit("Court.", FONT, 15, 200, 3) == Fitted(("Court.",), False)
