"""export-json → import into a new register → export-json: the same document; bad files change nothing."""

from __future__ import annotations

import copy
import json
import shutil
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from app.errors import ValidationError
from app.exports.personal_dump import export_document, export_json
from app.messages import readable_path
from app.personal_import import ImportFileError, import_document, import_json, read_document
from storage import models as m
from storage.register import Register
from tests.conftest import PASSPHRASE
from tests.error_texts import raises_message, shown

STAMP = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)


def populate_every_table(register: Register) -> None:
    """One or more rows in every table, with links between them and awkward text."""
    with register.session() as s:
        res = m.Resource(
            name="CPAS de Saint-Gilles",
            category="droits_administratif",
            resource_type="cpas",
            commune="Saint-Gilles",
            learned_from="cdp",
            last_checked=date(2026, 1, 2),
            created_at=STAMP,
        )
        other = m.Resource(name="Maison médicale « Le Noyer »", created_at=STAMP)
        person = m.Person(
            first_name="Zoë",
            last_name="O'Brien-Dupré",
            birth_year=1950,
            sex="f",
            notes="Ligne 1\nLigne 2 — “guillemets”",
            created_at=STAMP,
            updated_at=STAMP,
        )
        s.add_all([res, other, person])
        s.flush()
        s.add(
            m.NetworkMember(person_id=person.id, role="aidant_proche", name="Fille", phone="+32 470 00 00 00")
        )
        sit = m.Situation(
            person_id=person.id,
            code="S-ABCD",
            started_on=date(2025, 12, 1),
            narrative="Récit 🙂",
            consent_cdp=True,
            consent_date=date(2025, 12, 2),
            next_checkin=date(2026, 6, 1),
            origin="sortie_hopital",
            created_at=STAMP,
            updated_at=STAMP,
        )
        s.add(sit)
        s.flush()
        s.add_all(
            [
                m.SituationVulnerability(situation_id=sit.id, vulnerability="isolement_social"),
                m.SituationVulnerability(situation_id=sit.id, vulnerability="difficultes_financieres"),
                m.SituationPathology(situation_id=sit.id, pathology="diabete"),
            ]
        )
        dialogue = m.DialogueSession(
            situation_id=sit.id,
            held_on=date(2026, 1, 10),
            mode="cartes",
            cards_json='["logement"]',
            difficulties="Fatigue",
            added_value="A parlé",
        )
        s.add(dialogue)
        s.flush()
        prio = m.Priority(
            situation_id=sit.id,
            dialogue_session_id=dialogue.id,
            text="Rester chez moi",
            raised_on=date(2026, 1, 10),
            status="en_cours",
        )
        s.add(prio)
        s.flush()
        s.add(m.PriorityStatusChange(priority_id=prio.id, status="exprimee", changed_on=date(2026, 1, 10)))
        mob = m.Mobilisation(
            situation_id=sit.id,
            resource_id=res.id,
            priority_id=prio.id,
            who_mobilises="rp",
            mode="faire_faire",
            status="liste_attente",
            started_on=date(2026, 1, 12),
            resource_name="CPAS de Saint-Gilles",
        )
        free = m.Mobilisation(
            situation_id=sit.id,
            who_mobilises="personne",
            started_on=date(2026, 2, 1),
            resource_name="Club de natation",
        )
        s.add_all([mob, free])
        s.flush()
        s.add(
            m.MobilisationStatusChange(
                mobilisation_id=mob.id, status="liste_attente", changed_on=date(2026, 2, 1)
            )
        )
        s.add_all(
            [
                m.TimeEntry(
                    worked_on=date(2026, 1, 12),
                    minutes=45,
                    task="identifier_ressources",
                    situation_id=sit.id,
                    mobilisation_id=mob.id,
                ),
                m.TimeEntry(worked_on=date(2026, 1, 13), minutes=90, task="visite_domicile"),
            ]
        )
        s.add(m.FollowUp(situation_id=sit.id, due_on=date(2026, 6, 1), note="Appeler la fille"))
        s.add(
            m.CdpSession(held_on=date(2026, 2, 3), group_name="Saint-Gilles", noeud="turnover_prestataires")
        )
        s.add(m.ExportLog(exported_at=STAMP, kind="canvas", format="pdf", item_count=2))
        s.add(m.AppSetting(key="deck", value="default"))


def _without_stamp(document: dict) -> dict:
    return {k: v for k, v in document.items() if k != "exported_at"}


@pytest.fixture
def second_register(template_register, tmp_path):
    folder = tmp_path / "second"
    shutil.copytree(template_register[0], folder)
    with Register.open_with_passphrase(folder, PASSPHRASE) as opened:
        yield opened


def test_round_trip_is_lossless(register, second_register, tmp_path):
    populate_every_table(register)
    first = export_document(register)
    assert first["persons"][0]["situations"][0]["mobilisations"][0]["resource_ref"] == "R1"
    path = tmp_path / "dump.json"
    export_json(register, path)
    assert import_json(second_register, path) == 1
    assert _without_stamp(export_document(second_register)) == _without_stamp(first)


def test_every_table_appears_in_the_document(register):
    populate_every_table(register)
    text = json.dumps(export_document(register), ensure_ascii=False)
    for expected in (
        "O'Brien-Dupré",
        "Club de natation",
        "Appeler la fille",
        "turnover_prestataires",
        "liste_attente",
        "Rester chez moi",
        "isolement_social",
        "deck",
        "canvas",
        "Fille",
    ):
        assert expected in text


def _counts(register: Register) -> dict[str, int]:
    with register.session() as s:
        return {
            t.__tablename__: s.scalar(select(func.count()).select_from(t))
            for t in (m.Person, m.Situation, m.Resource, m.TimeEntry, m.Priority, m.Mobilisation)
        }


def _mutations():
    def drop(path, field):
        def apply(doc):
            target = doc
            for key in path:
                target = target[key]
            del target[field]

        return apply

    def set_(path, field, value):
        def apply(doc):
            target = doc
            for key in path:
                target = target[key]
            target[field] = value

        return apply

    sit = ("persons", 0, "situations", 0)
    return [
        (drop((*sit, "priorities", 0), "text"), "persons[0].situations[0].priorities[0].text"),
        (set_(sit, "started_on", "01/12/2025"), "persons[0].situations[0].started_on"),
        (set_(sit, "status", "archived"), "persons[0].situations[0].status"),
        (
            set_((*sit, "mobilisations", 0), "resource_ref", "R99"),
            "persons[0].situations[0].mobilisations[0]",
        ),
        (set_(sit, "vulnerabilities", ["logement", "logement"]), "persons[0].situations[0].vulnerabilities"),
        (set_(("persons", 0), "birth_year", "1950"), "persons[0].birth_year"),
        (set_(("resources", 1), "ref", "R1"), "resources[1].ref"),
        (
            set_((*sit, "time_entries", 0), "minutes", None),
            "persons[0].situations[0].time_entries[0].minutes",
        ),
    ]


@pytest.mark.parametrize("mutate, where", _mutations())
def test_malformed_record_is_named_and_nothing_imported(register, second_register, mutate, where):
    populate_every_table(register)
    document = copy.deepcopy(export_document(register))
    mutate(document)
    before = _counts(second_register)
    with pytest.raises(ValidationError) as caught:
        import_document(second_register, document)
    assert caught.value.params["field"].startswith(where)  # the record (and the field)
    assert readable_path(where, "fr") in shown(caught.value)  # and in words for the person
    assert _counts(second_register) == before


def test_duplicate_situation_code_is_refused_atomically(register):
    populate_every_table(register)
    document = export_document(register)
    before = _counts(register)
    with raises_message(ValidationError, match="S-ABCD"):
        import_document(register, document)
    assert _counts(register) == before


@pytest.mark.parametrize(
    "content, message",
    [
        (b"{not json", "JSON valide"),
        (b'{"format": "something-else"}', "pas un export"),
        (b'{"format": "relais-register-export", "schema_version": 99}', "Version de format"),
        (b"\xff\xfe\x00", "UTF-8"),
    ],
)
def test_unreadable_files_are_refused(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with raises_message(ImportFileError, match=message):
        read_document(path)


def test_every_field_is_documented():
    from pathlib import Path

    from app.exports import dump_format as f

    doc = (Path(__file__).resolve().parents[2] / "docs" / "register-json-format.md").read_text(
        encoding="utf-8"
    )
    # vulnerability/pathology links appear as the lists `vulnerabilities` and `pathologies`
    sections = [s for s in f.ALL_SECTIONS if s not in (f.VULNERABILITY_LINKS, f.PATHOLOGY_LINKS)]
    missing = [c for s in sections for c in s.data_columns if f"`{c}`" not in doc]
    assert missing == []
    assert f'"schema_version": {f.SCHEMA_VERSION}' in doc
