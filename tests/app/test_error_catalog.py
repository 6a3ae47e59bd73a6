"""Coded errors and their catalog: every code raised has finished texts, no text is left unused, and
`str(error)` is a technical form, never a sentence."""

from __future__ import annotations

import ast
import builtins
import copy
import json
import pickle
import re
from pathlib import Path

import pytest

from app.dialogues import _clean_priorities
from app.errors import NotFoundError, ValidationError, term_param
from app.messages import (
    LANGUAGES,
    ONE,
    PATH,
    catalog,
    environment_language,
    error_message,
    message_text,
    placeholders,
    readable_path,
)
from app.personal_import import ImportFileError, read_document
from app.services import Services
from app.vocab import vocabularies
from storage.errors import RegisterDamagedError, WrongSecretError
from storage.register import Register
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"^[a-z][a-z_]*(\.[a-z][a-z0-9_]*)+$")
FILE_NAMES = re.compile(r"\.(json|pdf|csv|db|zip|qm|ts|sql|txt|tmp|py)$")
TECHNICAL = re.compile(r"^[a-z][a-z_.]*( \(.*\))?$")  # "register.damaged (check=integrity_check, …)"


def _string_constants(*folders: str, skip: str = "app/anonymiser") -> set[str]:
    """Every string literal of the Python files under `folders` that has the shape of a code."""
    found: set[str] = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            if path.relative_to(ROOT).as_posix().startswith(skip):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and _is_code(node.value):
                    found.add(node.value)
    return found


def _is_code(value: object) -> bool:
    return isinstance(value, str) and bool(CODE.match(value)) and not FILE_NAMES.search(value)


def _namespaces() -> set[str]:
    return {code.split(".")[0] for code in catalog()}


def test_every_code_of_app_and_storage_has_finished_texts_in_three_languages():
    codes = {
        code
        for code in _string_constants("app", "storage")
        if code.split(".")[0] in _namespaces() and not code.endswith(".id")  # "situation.id": a foreign key
    }
    assert len(codes) > 200  # the scan does find the codes (a broken scan would pass vacuously)
    missing = sorted(code for code in codes if code not in catalog())
    assert missing == []
    for code in codes:
        texts = catalog()[code]
        assert set(texts) == set(LANGUAGES), code
        assert all(texts[language].strip() for language in LANGUAGES), code
        assert placeholders(texts["fr"]) == placeholders(texts["nl"]) == placeholders(texts["en"]), code


def test_no_code_outside_the_known_namespaces_is_raised():
    # A code with a new first part ("export.x") would escape the test above: every dotted literal passed
    # as the code of an error must belong to a namespace of the catalog.
    for path in [*(ROOT / "app").rglob("*.py"), *(ROOT / "storage").rglob("*.py")]:
        if "anonymiser" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                for argument in node.exc.args:
                    if isinstance(argument, ast.Constant) and _is_code(argument.value):
                        assert argument.value in catalog(), f"{path.name}: {argument.value}"


def test_no_error_of_relais_is_raised_with_a_sentence():
    # A sentence (or an f-string) given where a code is expected would reach the person untranslated.
    found = []
    for path in [*(ROOT / "app").rglob("*.py"), *(ROOT / "storage").rglob("*.py")]:
        if "anonymiser" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
            if name in dir(builtins) or name == "ArgumentTypeError":  # programmers' and argparse's own
                continue
            for argument in node.exc.args:
                parts = argument.values if isinstance(argument, ast.JoinedStr) else [argument]
                if any(isinstance(part, ast.Constant) and " " in str(part.value) for part in parts):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_the_catalog_has_no_unused_code():
    used = _string_constants("app", "storage", "ui")
    # "field.X" entries are the labels of form fields, found by the field's name (app.messages)
    # "X.one" entries are X's text for a count of 1, found by X (app.messages)
    plural_forms = {code for code in catalog() if code.endswith(ONE) and code.removesuffix(ONE) in used}
    # "path.X" entries name the items of an imported file's lists, found by the list's key (app.messages)
    left = {code for code in catalog() if code not in used and not code.startswith(("field.", PATH))}
    left -= plural_forms
    assert sorted(left) == []


def test_a_required_field_is_named_by_its_label_not_its_column():
    from app.errors import ValidationError
    from app.messages import error_message

    error = ValidationError("professional_name", "validation.required")
    assert error_message(error, "fr") == "Le champ « Nom du professionnel » est obligatoire."
    assert error_message(error, "nl") == "Het veld „Naam van de professional” is verplicht."
    unknown = ValidationError("some_column", "validation.required")
    assert "some_column" in error_message(unknown, "en")  # no label: the name still says which


def test_the_catalog_file_is_sorted_valid_json():
    text = (ROOT / "resources" / "messages" / "errors.json").read_text(encoding="utf-8")
    document = json.loads(text)
    assert list(document) == sorted(document)


def test_unknown_code_and_missing_param_never_fail():
    assert "no.such_code" in message_text("no.such_code", {}, "nl")
    expected = "Le fichier « … » existe déjà : choisissez un autre nom."
    assert message_text("backup.file_exists", {}, "fr") == expected
    assert message_text("register.wrong_secret", {}, "de") == "Phrase de passe incorrecte."  # French fallback
    assert "KeyError" in error_message(KeyError("secret value"), "en")
    assert "secret value" not in error_message(KeyError("secret value"), "en")


def test_a_term_param_is_shown_as_its_label_in_each_language():
    term = vocabularies()["priority_statuses"].ids()[0]
    error = ValidationError("status", "priority.same_status", status=term_param("priority_statuses", term))
    texts = {language: error_message(error, language) for language in LANGUAGES}
    assert term not in texts["fr"] and texts["fr"] != texts["nl"] != texts["en"]
    assert vocabularies()["priority_statuses"].label(term, "nl") in texts["nl"]
    assert texts["fr"].startswith("La priorité a déjà le statut « ")


def test_a_wrapped_error_shows_its_cause_in_the_same_language():
    with pytest.raises(ValidationError) as caught:
        _clean_priorities([("   ", None)])
    dutch = "Prioriteit nr. 1: De tekst van de prioriteit mag niet leeg zijn."
    assert error_message(caught.value, "nl") == dutch
    french = "Priorité n° 1 : Le texte de la priorité ne peut pas être vide."
    assert error_message(caught.value, "fr") == french


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "fr"),
        ({"LANG": "C.UTF-8"}, "fr"),
        ({}, "fr"),
        ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "nl_BE", "LANG": "fr_BE"}, "en"),
        ({"LC_MESSAGES": "nl_BE", "LANG": "en_GB"}, "nl"),
        ({"LC_ALL": "", "LANG": "nl_NL.UTF-8"}, "nl"),
    ],
)
def test_environment_language(environ, language):
    assert environment_language(environ) == language


# -- str(error) is technical ------------------------------------------------------------------------------
def test_wrong_passphrase_str_is_its_code(register_dir):
    with pytest.raises(WrongSecretError) as caught:
        Register.open_with_passphrase(register_dir, "not the " + PASSPHRASE)
    assert str(caught.value) == "register.wrong_secret"
    assert error_message(caught.value, "nl") == "Onjuiste wachtzin."


def test_validation_and_not_found_str_carry_no_sentence_and_no_personal_data(register):
    services = Services.for_register(register)
    with pytest.raises(NotFoundError) as missing:
        services.persons.get(424242)
    assert str(missing.value) == "not_found.person"
    with pytest.raises(ValidationError) as refused:
        services.persons.create(_person("Élodie", "Vandersmissen", email="élodie@@example"))
    assert refused.value.field == "email"
    assert TECHNICAL.match(str(refused.value)) and "Vandersmissen" not in str(refused.value)


def test_damaged_and_import_errors_str_are_technical(tmp_path):
    damaged = RegisterDamagedError("integrity_check", "row 3 missing from index")
    assert str(damaged).startswith("register.damaged (check=integrity_check")
    bad = tmp_path / "dump.json"
    bad.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_document(bad)
    assert str(caught.value) == "import.malformed_json (column=12, line=1)"
    for error in (damaged, caught.value):
        assert TECHNICAL.match(str(error)), str(error)


def test_coded_errors_survive_copy_and_pickle():
    for error in (
        ValidationError("email", "validation.email"),
        RegisterDamagedError("integrity_check", "page 3"),
        NotFoundError("not_found.situation"),
    ):
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error) and vars(again) == vars(error) and str(again) == str(error)
        assert vars(copy.copy(error)) == vars(error)


def _person(first: str, last: str, **values):
    from app.readmodels import PersonData

    return PersonData(first_name=first, last_name=last, **values)


SINGULAR_AND_PLURAL = [(1, "1 fiche écrite : f.json"), (2, "2 fiches écrites : f.json"), (0, "0 fiches")]


@pytest.mark.parametrize(("count", "expected"), SINGULAR_AND_PLURAL)
def test_a_count_of_one_takes_the_singular_text(count, expected):
    text = message_text("cli.resources_written", {"count": count, "file": "f.json"}, "fr")
    assert text.startswith(expected)
    assert all(code.removesuffix(ONE) in catalog() for code in catalog() if code.endswith(ONE))


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "Personne 1, situation 2, temps encodé 3, « minutes »"),
    ("nl", "Persoon 1, situatie 2, tijdsregistratie 3, ‘minutes’"),
    ("en", "Person 1, situation 2, time entry 3, ‘minutes’"),
])
def test_a_place_in_an_imported_file_is_said_in_words(language, expected):
    path = "persons[0].situations[1].time_entries[2].minutes"
    assert readable_path(path, language) == expected
    text = message_text("import.number_out_of_range", {"field": path, "min": 1, "max": 10}, language)
    assert text.startswith(expected)
    lists = ("resources", "network", "dialogue_sessions", "priorities", "mobilisations", "follow_ups",
             "sharing_consents", "history", "cdp_sessions", "export_logs", "settings")
    assert all(f"{PATH}{key}" in catalog() for key in lists)
