"""The window shows errors in its own language: `error_text` reads the catalog in the installed language."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.personal_import import ImportFileError, read_document
from storage.errors import RegisterDamagedError, WrongSecretError
from storage.register import Register
from ui.common import i18n
from ui.common.errors import WindowValidationError, error_text


@pytest.fixture
def dutch(qapp):
    assert i18n.install_translations("nl", qapp) == "nl"
    assert i18n.current_language() == "nl"


@pytest.fixture
def malformed_import(tmp_path) -> ImportFileError:
    bad = tmp_path / "export.json"
    bad.write_text("[1, 2", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_document(bad)
    return caught.value


def test_a_wrong_passphrase_is_said_in_dutch(dutch, register_dir):
    with pytest.raises(WrongSecretError) as caught:
        Register.open_with_passphrase(register_dir, "niet de juiste wachtzin")
    assert error_text(caught.value) == "Onjuiste wachtzin."


def test_a_damaged_register_is_said_in_dutch(dutch):
    error = RegisterDamagedError("integrity_check", "row 3 missing from index")
    assert error_text(error) == (
        "Het register is beschadigd: de controle „integrity_check” is mislukt. Zet een back-up terug."
    )


def test_a_malformed_import_file_is_said_in_dutch(dutch, malformed_import):
    assert error_text(malformed_import) == "Het bestand is geen geldige JSON (regel 1, kolom 6)."


def test_the_same_errors_follow_the_window_into_french_and_english(qapp, malformed_import):
    i18n.install_translations("fr", qapp)
    assert error_text(WrongSecretError()) == "Phrase de passe incorrecte."
    assert error_text(malformed_import) == "Le fichier n'est pas du JSON valide (ligne 1, colonne 6)."
    i18n.install_translations("en", qapp)
    assert error_text(malformed_import) == "The file is not valid JSON (line 1, column 6)."


def test_a_field_error_keeps_its_field_and_a_window_check_keeps_its_own_text(dutch):
    refused = ValidationError("email", "validation.email")
    assert refused.field == "email" and error_text(refused) == "Ongeldig e-mailadres."
    typed = WindowValidationError("birth_year", "Het geboortejaar moet een getal zijn.")
    assert typed.field == "birth_year" and error_text(typed) == "Het geboortejaar moet een getal zijn."
    assert error_text(KeyError("Jan Peeters")) == "Er is een onverwachte fout opgetreden (KeyError)."
