"""Names in every script on the documents: Arabic and Hebrew joined and in reading order, Chinese and Japanese
drawn with the embedded fallback font, and what no font can draw counted and said in the preview."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader

from app.documents.consent import ConsentService
from app.documents.fridge_note import fridge_note
from app.documents.handover import build_handover
from app.documents.scripts import FALLBACK, for_display, paragraph_markup, runs, unshown
from app.documents.situation_file import build_situation_file
from app.exports.pdf_style import FONT
from app.readmodels import PersonData, SituationData
from app.services import Services
from tests.app.liaison_fixture import add_liaison_situation, set_referent

ARABIC = "محمد العلوي"
CHINESE = "王小明"
KOREAN = "김민수"


@pytest.fixture
def services(register) -> Services:
    return Services.for_register(register)


def fonts_of(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_arabic_is_joined_and_drawn_right_to_left():
    shown = for_display(ARABIC)
    assert shown != ARABIC
    # joined forms (Arabic Presentation Forms-B), in visual order: the first letter read is drawn last
    assert all(unicodedata.name(char).startswith("ARABIC LETTER") for char in shown if not char.isspace())
    assert any(0xFE70 <= ord(char) <= 0xFEFF for char in shown)
    assert unicodedata.name(shown[-1]).startswith("ARABIC LETTER MEEM")
    assert for_display("Rue Haute 12") == "Rue Haute 12"  # left-to-right text is untouched


def test_hebrew_is_reordered_and_latin_around_it_kept():
    shown = for_display("Dr אבי כהן, 02 555 55 55")
    assert shown.startswith("Dr ") and shown.endswith("02 555 55 55")
    assert shown == "Dr ןהכ יבא, 02 555 55 55"  # the Hebrew run reversed in place, the number untouched


def test_chinese_goes_to_the_fallback_font_and_latin_stays():
    assert list(runs(f"Nom : {CHINESE} (fils)", FONT)) == [
        (FONT, "Nom : "), (FALLBACK, CHINESE), (FONT, " (fils)"),
    ]
    assert paragraph_markup("a<b " + CHINESE) == f'a&lt;b <font name="{FALLBACK}">{CHINESE}</font>'
    assert unshown(CHINESE + ARABIC + "Łódź") == 0
    assert unshown(KOREAN) == 3


def _situation_of(services: Services, first: str, last: str) -> int:
    person = services.persons.create(PersonData(first_name=first, last_name=last, birth_year=1950))
    return services.situations.create(person.id, SituationData(narrative=f"Visite chez {first}.")).id


def test_handover_embeds_the_fallback_font_for_a_chinese_name(services):
    situation_id = _situation_of(services, "Xiaoming", CHINESE)
    ConsentService(services.register).record(situation_id, "Dr Anne Lambert", "Maison médicale")
    document = build_handover(services.register, situation_id)
    assert any("DroidSansFallback" in name for name in fonts_of(document.content))  # embedded, subset
    assert CHINESE in PdfReader(io.BytesIO(document.content)).pages[0].extract_text()
    assert not any("case" in notice or "boxes" in notice for notice in document.notices)


def test_a_korean_name_is_said_in_the_preview_notices(services):
    situation_id = _situation_of(services, "Minsu", KOREAN)
    document = build_situation_file(services.register, situation_id, lang="en")
    [said] = [notice for notice in document.notices if "empty boxes" in notice]
    assert said.startswith("6 character(s)")  # the title and the identity section both carry the name


def test_fridge_note_stays_one_page_with_arabic_and_counts_what_it_cannot_draw(services):
    situation_id = add_liaison_situation(services)
    set_referent(services)
    person_id = services.situations.get(situation_id).person_id
    person = services.persons.get(person_id)
    services.persons.update(person_id, PersonData(first_name=ARABIC, last_name=KOREAN,
                                                  birth_year=person.birth_year))
    note = fridge_note(services.register, situation_id, "fr")
    assert len(PdfReader(io.BytesIO(note.pdf)).pages) == 1
    assert note.unshown == 3
    assert for_display(f"Pour {ARABIC} {KOREAN}")[:4] == "Pour"


@pytest.mark.parametrize("width", range(90, 230, 7))  # wider than the number itself
def test_a_phone_number_never_splits_across_lines(width):
    from reportlab.platypus import Paragraph

    from app.documents.pdf import markup
    from app.exports.pdf_style import styles

    paragraph = Paragraph(markup("Infirmière Sofie Maes — 02 522 78 53 · soins"), styles()["body"])
    paragraph.wrap(width, 1000)
    lines = [" ".join(str(word) for word in line[1]) for line in paragraph.blPara.lines]
    assert any("02\xa0522\xa078\xa053" in line for line in lines), lines
