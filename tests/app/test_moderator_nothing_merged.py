"""`relais cdp merge` when nothing can be merged (an empty folder, every file refused): it says so in the
environment's language, writes no synthesis and exits non-zero. And a duplicate bundle: the first file in
sorted path order is kept, the later copy refused naming it (QA walk)."""

from __future__ import annotations

import pytest

from app.cli.main import main
from app.moderator.outputs import refused_rows
from app.moderator.reading import Refusal, bundle_files, read_folder
from app.moderator.synthesis import merge_folder
from tests.app.moderator_fixture import REFERENTS, cdp_document, write


def _run(monkeypatch, capsys, lang: str, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setenv("LANG", lang)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("fr_BE.UTF-8", "Aucun fichier .json dans le dossier « vide » : rien n'a été fusionné."),
        ("nl_BE.UTF-8", "Geen .json-bestand in de map „vide”: er is niets samengevoegd."),
    ],
)
def test_an_empty_folder_fails_with_a_clear_message(tmp_path, monkeypatch, capsys, lang, message):
    (tmp_path / "vide").mkdir()
    target = tmp_path / "s.pdf"
    argv = ("cdp", "merge", str(tmp_path / "vide"), "--out", str(target))
    code, out, err = _run(monkeypatch, capsys, lang, *argv)
    assert code != 0 and message in err and out == "" and not target.exists()


@pytest.mark.parametrize(
    ("lang", "message", "refused"),
    [
        ("fr_BE.UTF-8", "Rien n'a pu être fusionné : les 2 fichiers .json du dossier « tout » ont tous été "
         "refusés", "refusé : notes.json — ce n'est pas un dossier Relais"),
        ("nl_BE.UTF-8", "Er kon niets worden samengevoegd: alle 2 .json-bestanden in de map „tout” werden "
         "geweigerd", "geweigerd: notes.json — geen Relais-bundel"),
        ("en_GB.UTF-8", "Nothing could be merged: all 2 .json files in the folder “tout” were refused",
         "refused: notes.json — not a Relais bundle"),
    ],
)  # fmt: skip
def test_a_folder_of_refused_files_fails_and_says_why(tmp_path, monkeypatch, capsys, lang, message, refused):
    folder = tmp_path / "tout"
    write(folder, "notes.json", '{"courses": ["pain"]}')
    write(folder, "sous/coupe.json", '{"format": "relais-cdp-bundle", "vers')
    target = tmp_path / "s.json"
    code, out, err = _run(monkeypatch, capsys, lang, "cdp", "merge", str(folder), "--out", str(target))
    assert code != 0 and message in err and refused in err and "sous/coupe.json" in err
    assert out == "" and not target.exists()


def test_the_original_is_kept_and_the_copy_names_it(tmp_path):
    document = cdp_document(REFERENTS[0], "turnover_prestataires")
    for name in ("b/seance - Copie.json", "b/seance (1).json", "b/seance.json", "a-copie/seance.json"):
        write(tmp_path, name, document)
    assert [str(p.relative_to(tmp_path)) for p in bundle_files(tmp_path)] == [
        "a-copie/seance.json", "b/seance.json", "b/seance (1).json", "b/seance - Copie.json"
    ]  # fmt: skip
    reading = read_folder(tmp_path)
    assert [b.path.relative_to(tmp_path).as_posix() for b in reading.bundles] == ["a-copie/seance.json"]
    assert {r.refusal for r in reading.refused} == {Refusal.DUPLICATE}
    assert {r.detail for r in reading.refused} == {"a-copie/seance.json"}


def test_in_one_folder_the_plain_name_wins_and_every_output_names_it(tmp_path, monkeypatch, capsys):
    document = cdp_document(REFERENTS[0], "turnover_prestataires")
    write(tmp_path / "in", "seance (1).json", document)
    write(tmp_path / "in", "seance.json", document)
    synthesis = merge_folder(tmp_path / "in")
    assert [b.path.name for b in read_folder(tmp_path / "in").bundles] == ["seance.json"]
    assert refused_rows(synthesis) == [
        ("seance (1).json", "duplicate", "même dossier que « seance.json », déjà lu (compté une fois)")
    ]
    target = tmp_path / "s.csv"
    argv = ("cdp", "merge", str(tmp_path / "in"), "--out", str(target))
    code, _, err = _run(monkeypatch, capsys, "nl_BE.UTF-8", *argv)
    assert code == 0 and "seance (1).json — dezelfde bundel als „seance.json”, al gelezen" in err
