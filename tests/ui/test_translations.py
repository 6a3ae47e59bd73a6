"""Translations: every tr() string of ui/ is in relais_fr.ts and relais_nl.ts, finished, with the same
placeholders and a mnemonic where the source has one; the compiled files load and really translate."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ui.common import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_FOLDER = ROOT / "resources" / "translations"
FULL_LANGUAGES = ("fr", "nl")
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[a-z_]+\}")
MNEMONIC = re.compile(r"&(?!&)\w")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(context.findtext("name"), message) for context in root.iter("context")
            for message in context.iter("message")]


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def current_sources(tmp_path: Path, *extra: str) -> set[tuple[str, str]]:
    """What lupdate finds in ui/*.py right now (so a new tr() string without a translation fails)."""
    target = tmp_path / "current.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(path) for path in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *extra, *sources, "-ts", str(target)],
                   check=True, capture_output=True)
    return {(context, message.findtext("source")) for context, message in messages(target)}


@pytest.mark.parametrize("language", FULL_LANGUAGES)
def test_every_source_string_has_a_finished_translation(language, tmp_path):
    path = TS_FOLDER / f"relais_{language}.ts"
    present = {(context, message.findtext("source")) for context, message in messages(path)
               if message.find("translation").get("type") is None}
    missing = current_sources(tmp_path) - present
    assert not missing, f"{path.name}: missing or unfinished translations: {sorted(missing)[:10]}"


def test_english_plural_forms_are_complete(tmp_path):
    path = TS_FOLDER / "relais_en.ts"
    present = {(context, message.findtext("source")) for context, message in messages(path)
               if message.find("translation").get("type") is None}
    missing = current_sources(tmp_path, "-pluralonly") - present
    assert not missing, f"relais_en.ts: missing plural forms: {sorted(missing)}"


@pytest.mark.parametrize("language", (*FULL_LANGUAGES, "en"))
def test_no_unfinished_empty_or_obsolete_entries(language):
    for context, message in messages(TS_FOLDER / f"relais_{language}.ts"):
        state = message.find("translation").get("type")
        assert state is None, f"{language}: {context}: {message.findtext('source')!r} is {state}"
        for text in translations_of(message):
            assert text.strip(), f"{language}: {context}: {message.findtext('source')!r} is empty"


@pytest.mark.parametrize("language", (*FULL_LANGUAGES, "en"))
def test_placeholders_are_kept(language):
    for context, message in messages(TS_FOLDER / f"relais_{language}.ts"):
        source = message.findtext("source")
        expected = sorted(PLACEHOLDER.findall(source))
        for text in translations_of(message):
            found = sorted(PLACEHOLDER.findall(text))
            if message.get("numerus") == "yes" and "%n" not in found and "%n" in expected:
                found = sorted([*found, "%n"])  # a singular form may spell the number out ("un jour")
            assert found == expected, f"{language}: {context}: {source!r} → {text!r}"


@pytest.mark.parametrize("language", FULL_LANGUAGES)
def test_mnemonics_are_kept(language):
    for context, message in messages(TS_FOLDER / f"relais_{language}.ts"):
        source = message.findtext("source")
        for text in translations_of(message):
            assert bool(MNEMONIC.search(source)) == bool(MNEMONIC.search(text)), \
                f"{language}: {context}: {source!r} → {text!r}"


@pytest.mark.parametrize(("language", "expected"), (("fr", "&Verrouiller"), ("nl", "&Vergrendelen")))
def test_compiled_translation_is_used(qapp, compiled_translations, language, expected):
    assert i18n.install_translations(language, qapp) == language
    assert i18n.installed_translators() == 2  # Relais and Qt's own (standard buttons)
    assert QCoreApplication.translate("MainWindow", "&Lock") == expected
    assert QLocale().name() == i18n.LOCALE_NAMES[language]
    from ui.register.view import RegisterView

    view = RegisterView(language)
    assert view.count.text() in ("0 situation", "0 situaties")
    view.deleteLater()


def test_qt_standard_dialog_buttons_are_translated(qapp, compiled_translations):
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.install_translations("fr", qapp)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
    box.deleteLater()
