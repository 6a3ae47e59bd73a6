"""The handover sheet, the situation file and the GDPR access document, on a real encrypted register."""

from __future__ import annotations

import io
import json
import stat
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlmodel import SQLModel

from app.documents.access import build_access
from app.documents.consent import ConsentRequiredError, ConsentService
from app.documents.handover import build_handover
from app.documents.output import record_printed, save_document
from app.documents.situation_file import build_situation_file
from app.mobilisation_reads import MobilisationData
from app.services import Services
from storage.models import ExportLog
from tests.documents.fixture import LONG_NOTE, OTHER_NAME, build_pair


def pdf_text(content: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(content)).pages)


def flat(words: str) -> str:
    return " ".join(words.split())


def logs(register) -> list[ExportLog]:
    with register.session() as session:
        return list(session.scalars(select(ExportLog).order_by(ExportLog.id)))


def test_handover_holds_the_sections_and_nothing_of_another_person(pair):
    document = build_handover(pair.services.register, pair.situation_id)
    words = flat(pdf_text(document.content))
    for expected in ("Françoise Nguyễn-Müller", "Dr Anaïs Öztürk", "Pouvoir descendre voir ma sœur",
                     "Exprimée", "Médecin généraliste", "Télévigilance Ωmega", "En place",
                     "Aide familiale CPAS", "Rappeler la kiné", "Référente Noëlle", "02 123 45 67",
                     "Θεσσαλονίκη", "Москва"):
        assert expected in words, expected
    for foreign in ("Zébulon", "Koçak", "Priorité de l'autre", "Voisine de l'autre", "Récit de l'autre"):
        assert foreign not in words
    assert 1 <= len(PdfReader(io.BytesIO(document.content)).pages) <= 2  # long notes shortened, said
    assert document.settings == {"situation": pair.situation_code, "consent": 1, "lang": "fr"}


def test_the_situation_file_tells_consents_and_the_next_contact(pair):
    ConsentService(pair.services.register).withdraw(1)
    words = flat(pdf_text(build_situation_file(pair.services.register, pair.situation_id).content))
    assert "Accords de partage (fiche de relais)" in words and "Dr Anaïs Öztürk" in words
    assert "retiré le" in words  # a withdrawn consent is kept with its end
    assert "Prochain contact prévu le 20/12/2026" in words
    assert "communauté de pratique" in words


def test_a_long_text_is_printed_whole(pair):
    words = flat(pdf_text(build_situation_file(pair.services.register, pair.situation_id).content))
    assert words.count("Ærøskøbing") == LONG_NOTE.count("Ærøskøbing") * 2  # narrative, notes


def test_handover_stays_within_two_pages_with_shortened_notes_said(pair):
    services = pair.services
    for number in range(6):  # six long notes: the sheet would run to several pages
        services.mobilisations.add(pair.situation_id, MobilisationData(
            resource_name=f"Service n° {number}", who_mobilises="rp", status="en_place",
            started_on=date(2026, 4, 1), notes=LONG_NOTE[:2000]))  # fmt: skip
    document = build_handover(services.register, pair.situation_id)
    assert len(PdfReader(io.BytesIO(document.content)).pages) <= 2
    words = flat(pdf_text(document.content))
    assert all(f"Service n° {number}" in words for number in range(6))  # lists are never cut
    assert "…" in words and "Ærøskøbing" in words
    [said] = [notice for notice in document.notices if "raccourcie" in notice]
    assert said.startswith("7 note(s)")  # six mobilisations and the GP's note
    whole = build_situation_file(services.register, pair.situation_id).content
    assert flat(pdf_text(whole)).count(flat(LONG_NOTE[:2000])) >= 6  # the situation file keeps them whole


def test_handover_is_refused_without_consent_and_after_withdrawal(register):
    bare = build_pair(Services.for_register(register), with_consent=False)
    with pytest.raises(ConsentRequiredError) as caught:
        build_handover(register, bare.situation_id)
    assert caught.value.code == "documents.consent_missing"
    consents = ConsentService(register)
    consent = consents.record(bare.situation_id, "Infirmier Jérôme", "Soins à domicile")
    document = build_handover(register, bare.situation_id, lang="nl")
    consents.withdraw(consent.id)
    with pytest.raises(ConsentRequiredError):
        build_handover(register, bare.situation_id)
    with pytest.raises(ConsentRequiredError):  # withdrawn between the preview and the save
        save_document(register, document, register.folder.parent / "relais.pdf")
    assert logs(register) == [] and not (register.folder.parent / "relais.pdf").exists()


def test_several_consents_need_a_choice(pair):
    ConsentService(pair.services.register).record(pair.situation_id, "Assistante sociale Inès")
    with pytest.raises(ConsentRequiredError) as caught:
        build_handover(pair.services.register, pair.situation_id)
    assert caught.value.code == "documents.consent_ambiguous"
    chosen = build_handover(pair.services.register, pair.situation_id, to="assistante sociale inès")
    assert "Assistante sociale Inès" in flat(pdf_text(chosen.content))


def test_saving_writes_owner_only_and_logs_to_whom_never_the_content(pair, tmp_path):
    register = pair.services.register
    handover = build_handover(register, pair.situation_id, lang="en")
    target = save_document(register, handover, tmp_path / "h.pdf")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    record_printed(register, build_situation_file(register, pair.situation_id))
    rows = logs(register)
    assert [(r.kind, r.format) for r in rows] == [("handover", "pdf"), ("situation_file", "print")]
    settings = json.loads(rows[0].settings_json)
    assert settings == {"situation": pair.situation_code, "consent": 1, "lang": "en", "anonymised": False}
    assert "Öztürk" not in rows[0].settings_json and "Françoise" not in rows[1].settings_json


@pytest.mark.parametrize("lang, heading", [("fr", "Aucune priorité enregistrée"),
                                           ("nl", "Geen prioriteiten geregistreerd"),
                                           ("en", "No priority recorded")])
def test_empty_sections_say_so(register, lang, heading):
    services = Services.for_register(register)
    from app.readmodels import PersonData, SituationData

    pid = services.persons.create(PersonData(last_name="Ødegård")).id
    sid = services.situations.create(pid, SituationData()).id
    ConsentService(register).record(sid, "Dr Ω")
    words = flat(pdf_text(build_handover(register, sid, lang=lang).content))
    assert heading in words


def _person_tables() -> set[str]:
    """Every table with a chain of foreign keys to person."""
    linked, grew = {"person"}, True
    while grew:
        grew = False
        for table in SQLModel.metadata.sorted_tables:
            if table.name not in linked and any(fk.column.table.name in linked
                                                for fk in table.foreign_keys if fk.ondelete == "CASCADE"):
                linked.add(table.name)
                grew = True
    return linked


def test_access_json_covers_every_table_about_the_person(pair, tmp_path):
    register = pair.services.register
    save_document(register, build_situation_file(register, pair.situation_id), tmp_path / "file.pdf")
    document = build_access(register, pair.situation_id, file_format="json")
    parsed = json.loads(document.content)
    assert _person_tables() <= set(parsed["tables"])
    assert parsed["tables"]["person"][0]["last_name"] == "Nguyễn-Müller"
    assert len(parsed["tables"]["sharingconsent"]) == 1 and len(parsed["tables"]["exportlog"]) == 1
    assert OTHER_NAME.split()[0] not in document.content.decode("utf-8")
    assert "Récit de l'autre" not in document.content.decode("utf-8")
    words = flat(pdf_text(build_access(register, pair.situation_id).content))
    assert "Nguyễn-Müller" in words and "Zébulon" not in words and "Les accords de partage" in words


def test_consents_travel_in_the_personal_dump(pair, tmp_path):
    from app.exports.personal_dump import export_document
    from app.personal_import import import_document
    from storage.register import Register
    from tests.conftest import PASSPHRASE

    document = export_document(pair.services.register)
    situations = [s for p in document["persons"] for s in p["situations"]]
    situation = next(s for s in situations if s["code"] == pair.situation_code)
    assert [c["professional_name"] for c in situation["sharing_consents"]] == ["Dr Anaïs Öztürk"]
    other, _code = Register.create(tmp_path / "other", PASSPHRASE, iterations=1)
    with other:
        import_document(other, document)
        sid = Services.for_register(other).situations.get_by_code(pair.situation_code).id
        assert ConsentService(other).require(sid).professional_role == "Maison médicale Ἀθῆναι"


def test_the_referents_contact_needs_a_name_and_a_number_to_dial(register):
    from app.documents.referent import ReferentContact, referent_contact, save_referent_contact
    from app.errors import ValidationError

    with pytest.raises(ValidationError) as empty:
        save_referent_contact(register, ReferentContact("", "", "", ""))
    assert empty.value.field == "referent_name"
    with pytest.raises(ValidationError) as words:
        save_referent_contact(register, ReferentContact("Noëlle", "", "pas de numéro", ""))
    assert words.value.code == "validation.phone"
    save_referent_contact(register, ReferentContact("Noëlle", "Relais", "0488776655", ""))
    assert referent_contact(register).phone == "0488 77 66 55"  # written the usual way
