"""The window's import of a personal dump: a preview that counts and checks everything and writes nothing,
then the import after a backup; a malformed file is refused with nothing lost (issue 12)."""

from __future__ import annotations

import json

import pytest

from app.errors import CodedError
from app.exports.personal_dump import export_document
from app.import_preview import IMPORT_BACKUP_REASON, import_after_backup, preview_import
from app.registers import create
from tests.app.test_registers import _add_person, _last_names


@pytest.fixture
def dump(tmp_path):
    source, _code = create(tmp_path / "source", "phrase de la source", iterations=1)
    _add_person(source, "Dubois")
    _add_person(source, "Lambert")
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export_document(source)), encoding="utf-8")
    source.close()
    return path


def test_the_preview_counts_and_writes_nothing(register, dump):
    _add_person(register, "Déjà")
    preview = preview_import(register, dump)
    assert (preview.persons, preview.situations) == (2, 2)
    assert _last_names(register) == ["Déjà"]
    result = import_after_backup(register, dump)
    assert result.situations == 2 and IMPORT_BACKUP_REASON in result.backup.name
    assert sorted(_last_names(register)) == ["Dubois", "Déjà", "Lambert"]


def test_a_malformed_file_is_refused_at_the_preview_and_at_the_import(register, dump):
    _add_person(register, "Déjà")
    document = json.loads(dump.read_text(encoding="utf-8"))
    document["persons"][1]["situations"][0]["status"] = "peut-être"
    dump.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(CodedError) as refused:
        preview_import(register, dump)
    assert refused.value.params["field"] == "persons[1].situations[0].status"
    with pytest.raises(CodedError):
        import_after_backup(register, dump)
    assert _last_names(register) == ["Déjà"]
    dump.write_text("{ pas du json", encoding="utf-8")
    with pytest.raises(CodedError) as unreadable:
        preview_import(register, dump)
    assert unreadable.value.code == "import.malformed_json"
