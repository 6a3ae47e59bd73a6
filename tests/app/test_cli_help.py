"""`relais --help` and every subcommand's help in the environment's language (app/cli/parsers.py)."""

from __future__ import annotations

import argparse

import pytest

from app.cli.main import build_parser, main
from app.cli.parsers import ARGPARSE_WORDS, argparse_words
from app.messages import LANGUAGES, catalog

HELP_CODES = sorted(code for code in catalog() if code.startswith("help."))
LANGS = {"fr": "fr_BE.UTF-8", "nl": "nl_BE.UTF-8", "en": "en_GB.UTF-8"}


def _help_of(monkeypatch, capsys, language: str, *argv: str) -> str:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", LANGS[language])
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--help"])
    assert exited.value.code == 0
    return capsys.readouterr().out


def _parsers(parser: argparse.ArgumentParser):
    """The parser and every subparser under it."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def _shown_texts(parser: argparse.ArgumentParser) -> set[str]:
    """Every word of the help that Relais chose: descriptions, argument helps, metavars, group titles."""
    texts = set()
    for each in _parsers(parser):
        texts.add(each.description)
        texts.update(group.title for group in each._action_groups if group.title)
        for action in each._actions:
            if action.help and action.help != argparse.SUPPRESS:
                texts.add(action.help)
            if isinstance(action.metavar, str) and not action.metavar.startswith("{"):
                texts.add(action.metavar)
            if isinstance(action, argparse._SubParsersAction):
                texts.update(choice.help for choice in action._choices_actions)
    texts.discard(None)
    return texts


def test_every_help_text_has_its_three_languages():
    assert len(HELP_CODES) > 80  # the namespace is found (an empty list would pass vacuously)
    for code in HELP_CODES:
        texts = catalog()[code]
        assert set(texts) == set(LANGUAGES), code
        assert all(texts[language].strip() for language in LANGUAGES), code
    assert {code for code in ARGPARSE_WORDS.values()} <= set(HELP_CODES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_of_every_parser_comes_from_the_catalog_in_the_language(language, monkeypatch):
    # A help string left in the code (French, whatever the language) would not be among the catalog's texts.
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", LANGS[language])
    shown = _shown_texts(build_parser())
    assert len(shown) > 80
    catalog_texts = {catalog()[code][language] for code in HELP_CODES}
    file = catalog()["help.metavar_file"][language]
    file_metavars = {file + end for end in (".pdf", ".csv", ".json", ".ics")}
    untranslatable = {"CODE", "ID", "EXPORT", "DIR", "FILE", "FOLDER"}  # codes and argument names
    assert sorted(shown - catalog_texts - file_metavars - untranslatable) == []


def test_help_is_french_by_default_and_unchanged(monkeypatch, capsys):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANG", raising=False)
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage : relais [-h] [--version] [--register DOSSIER]")
    assert "Relais : le registre chiffré et personnel du référent de proximité." in out
    assert "afficher cette aide et quitter" in out and "commandes:" in out


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nl", ["gebruik: relais cdp merge", "de geanonimiseerde bundels van meerdere referenten samenvoegen",
                "argumenten:", "opties:", "--out BESTAND", "--register MAP", "te schrijven synthese"]),
        ("en", ["usage: relais cdp merge", "merge the anonymised bundles of several referents",
                "arguments:", "options:", "--out FILE", "--register FOLDER", "synthesis to write"]),
        ("fr", ["usage : relais cdp merge", "fusionner les dossiers anonymisés de plusieurs référents",
                "--out FICHIER", "--register DOSSIER", "synthèse à écrire : .pdf, .csv ou .json"]),
    ],
)
def test_a_nested_subcommand_help_follows_the_language(language, words, monkeypatch, capsys):
    out = _help_of(monkeypatch, capsys, language, "cdp", "merge")
    for word in words:
        assert word in out


@pytest.mark.parametrize("language", ["nl", "en"])
def test_backups_help_has_no_french_left(language, monkeypatch, capsys):
    out = _help_of(monkeypatch, capsys, language, "backups")
    french = _help_of(monkeypatch, capsys, "fr", "backups")
    assert "sauvegardes" in french and "sauvegarde" not in out and "dossier" not in out
    assert catalog()["help.backups_list"][language] in out


def test_argparse_own_errors_follow_the_language(monkeypatch, capsys):
    monkeypatch.setenv("LC_ALL", "nl_BE.UTF-8")
    with pytest.raises(SystemExit) as exited:
        main(["cdp", "merge"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "relais cdp merge: fout: de volgende argumenten zijn verplicht: FOLDER, --out" in err
    monkeypatch.setenv("LC_ALL", "fr_BE.UTF-8")
    with pytest.raises(SystemExit):
        main(["demo", "x", "--size", "3"])
    err = capsys.readouterr().err
    assert "relais demo : erreur : argument --size : attendu : small, large ou un nombre" in err


def test_argparse_words_are_put_back_after_parsing(monkeypatch, capsys):
    original = argparse._
    with pytest.raises(SystemExit), argparse_words("nl"):
        assert argparse._("usage: ") == "gebruik: "
        raise SystemExit(0)
    assert argparse._ is original and argparse._("usage: ") == "usage: "
