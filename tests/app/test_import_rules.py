"""Import goes through the services' rules and refuses hostile files with a coded error naming the field.

Each case was accepted (or crashed as "erreur inattendue") before issue 13, finding 4.
"""

from __future__ import annotations

import copy
import json
import shutil

import pytest
from sqlalchemy import func, select

from app.errors import CodedError, ValidationError
from app.exports import dump_format as f
from app.exports.personal_dump import export_document
from app.personal_import import MAX_DEPTH, ImportFileError, import_document, import_json, read_document
from storage import models as m
from storage.register import Register
from tests.app.test_json_dump import populate_every_table
from tests.conftest import PASSPHRASE
from tests.error_texts import shown

TIME_ENTRY = ("persons", 0, "situations", 0, "time_entries", 0)


@pytest.fixture
def target(template_register, tmp_path):
    folder = tmp_path / "target"
    shutil.copytree(template_register[0], folder)
    with Register.open_with_passphrase(folder, PASSPHRASE) as opened:
        yield opened


@pytest.fixture
def document(register) -> dict:
    populate_every_table(register)
    return copy.deepcopy(export_document(register))


def _at(document: dict, path: tuple) -> dict:
    node = document
    for step in path:
        node = node[step]
    return node


def _situations(register: Register) -> int:
    with register.session() as s:
        return s.scalar(select(func.count()).select_from(m.Situation))


def _refused(target: Register, document: dict) -> CodedError:
    before = _situations(target)
    with pytest.raises(CodedError) as caught:
        import_document(target, document)
    assert _situations(target) == before
    return caught.value


@pytest.mark.parametrize("minutes", [-30, 0, 10**12, f.MAX_MINUTES + 1])
def test_minutes_follow_the_time_entry_rule(target, document, minutes):
    _at(document, TIME_ENTRY)["minutes"] = minutes
    error = _refused(target, document)
    assert error.code == "import.number_out_of_range"
    assert "Personne 1, situation 1, temps encodé 1, « minutes »" in shown(error)


def test_a_huge_string_is_refused_with_the_service_limit(target, document):
    _at(document, ("persons", 0, "situations", 0, "priorities", 0))["text"] = "x" * 20_000_000
    error = _refused(target, document)
    assert error.code == "validation.field_too_long" and error.params["max"] == 500
    assert "priorité 1, « text »" in shown(error)


def test_free_text_without_a_service_limit_still_has_a_cap(target, document):
    _at(document, ("persons", 0, "situations", 0))["narrative"] = "x" * (f.TEXT_MAX_DEFAULT + 1)
    assert _refused(target, document).code == "validation.field_too_long"


def test_a_lone_surrogate_is_named_not_unexpected(target, document):
    _at(document, ("persons", 0))["notes"] = "abc\ud800"
    error = _refused(target, document)
    assert (error.code, error.field) == ("validation.invalid_text", "persons[0].notes")


@pytest.mark.parametrize("year", [10**30, 1850, 3000])
def test_a_birth_year_follows_the_person_rule(target, document, year):
    _at(document, ("persons", 0))["birth_year"] = year
    error = _refused(target, document)
    assert error.code == "validation.birth_year" and error.field == "persons[0].birth_year"


def test_a_date_in_year_ten_to_the_thirty_is_a_coded_error(target, document):
    _at(document, TIME_ENTRY)["worked_on"] = f"{10**30}-01-01"
    assert _refused(target, document).code == "import.expected_date"


def test_an_unknown_vocabulary_id_is_refused(target, document):
    _at(document, TIME_ENTRY)["task"] = "invented-task"
    assert _refused(target, document).code == "import.unknown_value"


def test_an_unknown_field_is_refused(target, document):
    _at(document, ("persons", 0, "situations", 0))["secret_field"] = "x"
    error = _refused(target, document)
    assert error.code == "import.unknown_field"
    assert "Personne 1, situation 1, « secret_field »" in shown(error)


def test_a_duplicate_key_is_refused(tmp_path, document):
    text = json.dumps(document).replace('"format":', '"format": "other", "format":', 1)
    path = tmp_path / "dump.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_document(path)
    assert caught.value.code == "import.repeated_key" and "format" in shown(caught.value)


def test_a_byte_order_mark_is_accepted(tmp_path, target, document):
    path = tmp_path / "dump.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document).encode("utf-8"))
    assert import_json(target, path) == 1


@pytest.mark.parametrize("depth", [MAX_DEPTH + 5, 100_000])
def test_deep_nesting_is_a_coded_error(tmp_path, document, depth):
    document["persons"][0]["notes"] = "x"
    text = json.dumps(document).replace('"notes": "x"', '"notes": ' + "[" * depth + "]" * depth, 1)
    path = tmp_path / "dump.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_document(path)
    assert caught.value.code == "import.too_deep"
    if depth < 1000:
        assert caught.value.params["field"].startswith("persons[0].notes")


def test_an_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    from app import personal_import

    monkeypatch.setattr(personal_import, "MAX_FILE_BYTES", 10)
    path = tmp_path / "dump.json"
    path.write_text('{"format": "relais-register-export"}', encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_document(path)
    assert caught.value.code == "import.file_too_big"


def test_the_cdp_limits_match_the_service():
    from app.cdp import sessions

    assert (f.CDP_GROUP_MAX, f.CDP_TEXT_MAX) == (sessions.GROUP_MAX, sessions.TEXT_MAX)


def test_the_refusal_is_a_validation_error_for_the_window(target, document):
    _at(document, TIME_ENTRY)["minutes"] = -1
    assert isinstance(_refused(target, document), ValidationError)


@pytest.mark.parametrize(
    "path, field, value, code",
    [
        (("persons", 0), "sex", "z", "validation.sex"),
        (("persons", 0), "email", "not an address", "validation.email"),
        (("resources", 0), "email", "a@b", "validation.email"),
    ],
)
def test_the_persons_and_directory_rules_apply(target, document, path, field, value, code):
    _at(document, path)[field] = value
    error = _refused(target, document)
    assert error.code == code and error.field.endswith(f"].{field}")
