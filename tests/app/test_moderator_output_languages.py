"""The synthesis files are written in the language asked for (the CLI's, the window's); French when nothing
is asked, and French as it always was.

The refused files' reasons as the CLI and the window say them (one test per format in Dutch); every fixed
word of the PDF (checked against app.moderator.texts itself, so a text added there is checked too) and the
CSV header; the labels behind a vocabulary id; counts and dates written the language's way; the two-way
tables still fit A4 with the longer Dutch words.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from app.cli.main import main
from app.exports.pdf_style import BOLD, WIDTH, register_fonts, styles
from app.moderator.labels import localised
from app.moderator.outputs import write_synthesis
from app.moderator.pdf_cross import HEAD_SIZE, PADDING, cross_story
from app.moderator.synthesis import merge_folder
from app.moderator.synthetic import write_bundles
from app.moderator.texts import day, fixed_texts, hours, literal_parts, number
from app.moderator.texts import text as text_of
from app.vocab import vocabularies
from tests.app.moderator_fixture import REFERENTS, cdp_document, work_document, write
from tests.app.test_invisible_work_pdf import pages_text
from tests.app.test_moderator_pdf import THEMES as WIDE_THEMES

DUTCH = ("geen Relais-bundel (CdP of onzichtbaar werk)", "dezelfde bundel als „seance.json”, al gelezen")
FRENCH = ("ce n'est pas un dossier Relais (CdP ou travail invisible)", "même dossier que « seance.json »")


@pytest.fixture
def synthesis(tmp_path):
    """One session bundle merged; a shopping list and a copy of the bundle refused."""
    folder = tmp_path / "in"
    document = cdp_document(REFERENTS[0], "turnover_prestataires")
    write(folder, "seance.json", document)
    write(folder, "seance (1).json", document)
    write(folder, "notes.json", '{"courses": ["pain"]}')
    merged = merge_folder(folder)
    assert len(merged.refused) == 2 and not merged.empty
    return merged


def _refused_in_csv(path) -> dict[str, str]:
    rows = csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";")
    return {row[1]: row[3] for row in rows if row[0] == "fichiers_refuses"}


def test_the_csv_gives_the_reasons_in_dutch(synthesis, tmp_path):
    target = tmp_path / "s.csv"
    write_synthesis(synthesis, target, language="nl")
    reasons = _refused_in_csv(target)
    assert reasons["notes.json"] == DUTCH[0]
    assert reasons["seance (1).json"].startswith(DUTCH[1])


def test_the_json_gives_the_reasons_in_dutch_and_keeps_the_codes(synthesis, tmp_path):
    target = tmp_path / "s.json"
    write_synthesis(synthesis, target, language="nl")
    refused = {row["file"]: row for row in json.loads(target.read_text(encoding="utf-8"))["refused"]}
    assert refused["notes.json"] == {"file": "notes.json", "reason": "not_a_bundle", "text": DUTCH[0]}
    assert refused["seance (1).json"]["reason"] == "duplicate"
    assert refused["seance (1).json"]["text"].startswith(DUTCH[1])


def test_the_pdf_gives_the_refused_files_in_dutch(synthesis, tmp_path):
    target = tmp_path / "s.pdf"
    write_synthesis(synthesis, target, language="nl")
    text = " ".join(pages_text(target))
    assert "Geweigerde bestanden" in text and "Geweigerd bestand Reden" in text
    for reason in DUTCH:
        assert reason in text
    assert not any(reason in text for reason in FRENCH) and "Fichiers refusés" not in text


@pytest.mark.parametrize("suffix", ["csv", "json", "pdf"])
def test_french_when_no_language_is_asked(synthesis, tmp_path, suffix):
    target = tmp_path / f"s.{suffix}"
    write_synthesis(synthesis, target)
    text = " ".join(pages_text(target)) if suffix == "pdf" else target.read_bytes().decode("utf-8-sig")
    for reason in FRENCH:
        assert reason in text
    assert not any(reason in text for reason in DUTCH)


def test_relais_cdp_merge_writes_the_reasons_in_the_environment_language(
    synthesis, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    target = tmp_path / "s.csv"
    assert main(["cdp", "merge", str(synthesis.folder), "--out", str(target)]) == 0
    err = capsys.readouterr().err
    written = _refused_in_csv(target)["notes.json"]
    assert written == DUTCH[0] and f"notes.json — {written}" in err  # the file says what stderr said


# -- every fixed word of the synthesis in the language asked for --------------------------------------------

LANGUAGES = ("fr", "nl", "en")
MADE_ON = date(2026, 12, 5)


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """A rich folder (12 referents × 4 months: > 40 sessions, > 1,000 hours, a priorities table too wide for
    one page, a refused file) and a small one (2 referents: every chart suppressed)."""
    rich = tmp_path_factory.mktemp("rich")
    write_bundles(rich / "synthetic", 12, 4)
    vulnerabilities = vocabularies()["vulnerabilities"]
    labels = [vulnerabilities.label(term) for term in vulnerabilities.ids()]
    for index, referent in enumerate(REFERENTS):
        situations = [
            (f"S-W{index:02d}{k}", {"vulnerabilities": labels, "themes": WIDE_THEMES}) for k in range(3)
        ]
        write(
            rich,
            f"wide/{referent}.json",
            cdp_document(referent, "turnover_prestataires", situations=situations, seed=100 + index),
        )
    write(rich, "notes.json", '{"courses": ["pain"]}')
    small = tmp_path_factory.mktemp("small")
    for seed, referent in enumerate(REFERENTS[:2]):
        write(small, f"{referent}-temps.json", work_document(referent, seed=seed))
        situations = [("S-AB1C", {"themes": ["", "Santé"], "resources": [("", "", "Liste d’attente")]})]
        write(
            small,
            f"{referent}.json",
            cdp_document(referent, "no_such_noeud", seed=seed, situations=situations),
        )
    return rich, small


@pytest.fixture(scope="module")
def written(folders, tmp_path_factory):
    """Each folder's synthesis as PDF text, CSV and JSON in each language: {(folder, language, format):
    text}, and each PDF's title as its metadata give it: {(folder, language, "title"): title}."""
    out = tmp_path_factory.mktemp("out")
    files = {}
    for name, folder in zip(("rich", "small"), folders, strict=True):
        synthesis = replace(merge_folder(folder), made_on=MADE_ON)
        for language in LANGUAGES:
            for fmt in ("pdf", "csv", "json"):
                target = out / f"{name}-{language}.{fmt}"
                write_synthesis(synthesis, target, language=language)
                if fmt == "pdf":
                    files[name, language, "title"] = PdfReader(target).metadata.title
                files[name, language, fmt] = (
                    " ".join(pages_text(target)) if fmt == "pdf" else target.read_bytes().decode("utf-8-sig")
                )
    return files


def _bundle_words(folders) -> str:
    """Every text the bundles carry (their French labels and sentences stay in any language's PDF)."""
    texts: list[str] = []

    def walk(value):
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for folder in folders:
        for path in folder.rglob("*.json"):
            walk(json.loads(path.read_text(encoding="utf-8")))
    return " ".join(texts)


def _pdf_words(written, language: str) -> str:
    """What both PDFs in `language` print, and their title."""
    return " ".join(written[name, language, part] for name in ("rich", "small") for part in ("pdf", "title"))


# Texts English writes as French does, on purpose; Dutch has none. Any other text equal to the French one is
# a text left untranslated.
SAME_AS_FRENCH = {
    "nl": set(),
    "en": {"pdf.page", "pdf.total", "pdf.col.noeud", "pdf.col.situations", "pdf.nature.invisible",
           "pdf.col.solution"},
}  # fmt: skip


def _french_words_of_the_pdf(written, folders, language: str) -> list[str]:
    """The pieces of French fixed text (between placeholders) that the French PDFs print and that must not
    be in `language`'s: all but the words a translated text keeps (« situations » in « {k} situations »),
    the texts in SAME_AS_FRENCH, punctuation, and the bundles' own words (which stay as they are)."""
    french, other = fixed_texts("fr"), fixed_texts(language)
    bundles = _bundle_words(folders)
    printed = _pdf_words(written, "fr")
    pieces = set()
    for key, template in french.items():
        if not key.startswith("pdf.") or key in SAME_AS_FRENCH[language]:
            continue
        kept = literal_parts(other[key]) if other[key] != template else []
        pieces |= {piece for piece in literal_parts(template) if piece not in kept}
    return sorted(
        piece
        for piece in pieces
        if re.search(r"\w", piece) and not re.search(rf"\b{re.escape(piece)}\b", bundles) and piece in printed
    )


def test_only_the_words_english_shares_with_french_read_the_same():
    french = fixed_texts("fr")
    for language in ("nl", "en"):
        other = fixed_texts(language)
        assert other.keys() == french.keys()
        assert {key for key in french if other[key] == french[key]} == SAME_AS_FRENCH[language]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_french_pdf_prints_most_of_the_text_table(written, folders, language):
    """The check below is only as good as the French words it finds: most of the table must be printed."""
    found = _french_words_of_the_pdf(written, folders, language)
    keys = [key for key in fixed_texts("fr") if key.startswith("pdf.")]
    assert len(found) >= 0.75 * len(keys), found
    for sample in ("Nœuds travaillés, par nombre de référents", "Méthode.", "— partie", "Pas de graphique :"):
        assert any(sample in piece for piece in found), sample


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_dutch_and_english_pdf_hold_no_french_fixed_word(written, folders, language):
    text = _pdf_words(written, language)
    left = [piece for piece in _french_words_of_the_pdf(written, folders, language) if piece in text]
    assert left == []
    for key in ("pdf.title", "pdf.noeuds.title", "pdf.priorities.title", "pdf.time.title", "pdf.four.title"):
        assert text_of(key, language) in text
    part = text_of(
        "pdf.cross.part", language, title=text_of("pdf.priorities.title", language), number=1, count=2
    )
    assert part in text  # the wide table is split, each part titled in the language
    assert text_of("pdf.page", language) + " 1 / " in text
    assert written["rich", language, "title"] == text_of("pdf.meta.title", language)


def test_the_french_pdf_is_the_one_it_always_was(written):
    """Literal French of the synthesis as it was before the other languages (not read from the text table)."""
    text = written["rich", "fr", "pdf"]
    for sentence in (
        "Synthèse des dossiers de la communauté de pratique",
        "Période : 2026-01 à 2026-04",
        "Établie le 05/12/2026 avec Relais.",
        "60 dossiers de séance et 48 dossiers de travail invisible fusionnés ; 1 fichiers refusés.",
        "Nœuds travaillés, par nombre de référents",
        "Priorités par thème et vulnérabilité (situations) — partie 1 / 2",
        "Issue de la démarche Situations Référents Pénurie",
        "Registre des pénuries : type de ressource — commune (situations)",
        "Structure du temps des référents",
        "Tâche Nature Heures",
        "Les 40 séances les plus récentes sur",
        "Séance Positif Difficulté Nouveau Solution",
        "Toute case comptant de 1 à 4 référents ou situations est remplacée par « < 5 »",
        "Anonymisé — Relais — synthèse du modérateur — page 1 /",
        "Sans thème",
    ):
        assert sentence in text, sentence
    small = written["small", "fr", "pdf"]
    assert "Pas de graphique : chaque nœud a été soulevé par moins de 5 référents." in small
    assert "Type non précisé — Commune non précisée" in small
    assert "Pas de graphique : chaque tâche invisible a été déclarée par moins de 5 référents." in small
    assert written["rich", "fr", "title"] == "Synthèse des dossiers de CdP"


@pytest.mark.parametrize(
    ("language", "header"),
    [
        ("fr", "tableau;ligne;colonne;valeur"),
        ("nl", "tabel;rij;kolom;waarde"),
        ("en", "table;row;column;value"),
    ],
)
def test_the_csv_header_is_in_the_language_and_its_ids_are_not(written, language, header):
    rows = written["rich", language, "csv"].splitlines()
    french = written["rich", "fr", "csv"].splitlines()
    assert rows[0] == header and len(rows) == len(french)

    def ids(lines):  # the table names and the values, but the refused files' reasons
        cells = [line.split(";") for line in lines[1:]]
        return [(cell[0], cell[-1]) for cell in cells if cell[0] != "fichiers_refuses"]

    assert ids(rows) == ids(french) and len(ids(rows)) > 100  # the same in every language


def test_the_json_keeps_its_keys_and_says_its_language(written):
    def keys(value):
        if isinstance(value, dict):
            return {key: keys(item) for key, item in value.items()}
        if isinstance(value, list):
            return [keys(item) for item in value]
        return None

    documents = {language: json.loads(written["rich", language, "json"]) for language in LANGUAGES}
    assert keys(documents["nl"]) == keys(documents["en"]) == keys(documents["fr"])
    assert [documents[language]["language"] for language in LANGUAGES] == list(LANGUAGES)
    noeuds = {language: documents[language]["noeuds"] for language in LANGUAGES}
    assert [row["noeud_id"] for row in noeuds["nl"]] == [row["noeud_id"] for row in noeuds["fr"]]


def test_vocabulary_labels_follow_the_language_and_the_bundles_own_texts_stay(written):
    vocab = vocabularies()
    for language in ("nl", "en"):
        pdf, csv_rows = written["rich", language, "pdf"], written["rich", language, "csv"]
        for vocabulary, term in (
            ("cdp_noeuds", "turnover_prestataires"),
            ("mobilisation_statuses", "indisponible"),
        ):
            assert vocab[vocabulary].label(term, language) in pdf
            assert f";{vocab[vocabulary].label(term, language)};" in csv_rows
        assert vocab["referent_tasks"].label("recherche_reseau", language) in " ".join(pdf.split())
        assert text_of("label.no_theme", language) in pdf and "Sans thème" not in pdf
        assert "Difficultés financières (GRAPA ou CPAS)" in pdf  # a vulnerability, as the bundle wrote it
        small = written["small", language, "pdf"]
        assert f"{text_of('label.no_type', language)} — {text_of('label.no_commune', language)}" in small
        assert "no such noeud" in small  # an id this Relais does not know keeps the bundle's label
    assert vocab["cdp_noeuds"].label("turnover_prestataires", "fr") in written["rich", "fr", "pdf"]


def test_counts_and_dates_are_written_the_language_s_way(written, folders):
    synthesis = merge_folder(folders[0])
    assert synthesis.time.minutes >= 60_000  # over a thousand hours, so the grouping shows
    for language, made_on in (("fr", "05/12/2026"), ("nl", "05/12/2026"), ("en", "2026-12-05")):
        text = written["rich", language, "pdf"]
        assert hours(synthesis.time.minutes, language) in text and made_on in text
    assert (
        hours(74_040, "fr") == "1 234 h"
        and hours(74_040, "nl") == "1 234 u"
        and hours(74_040, "en") == "1,234 h"
    )
    assert [number(1_234_567, language) for language in LANGUAGES] == ["1 234 567", "1 234 567", "1,234,567"]
    assert day(MADE_ON, "nl") == "05/12/2026" and day(MADE_ON, "en") == "2026-12-05"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_two_way_tables_still_fit_with_the_language_s_words(folders, language):
    synthesis = localised(merge_folder(folders[0]), language)
    register_fonts()
    for title, cross in (("P", synthesis.priorities), ("S", synthesis.shortages)):
        story = cross_story(title, cross, styles(), language)
        tables = [flow for block in story for flow in block._content if isinstance(flow, Table)]
        headers = []
        for grid in tables:
            assert sum(grid._colWidths) <= WIDTH + 0.01
            for cell, width in zip(grid._cellvalues[0][1:], grid._colWidths[1:], strict=True):
                header = cell.text if isinstance(cell, Paragraph) else cell
                headers.append(header)
                longest = max(stringWidth(word, BOLD, HEAD_SIZE) for word in header.split())
                assert longest + PADDING <= width + 0.01, header  # no word broken letter by letter
            assert grid._cellvalues[-1][0] == text_of("pdf.total", language)
        assert headers[-1] == text_of("pdf.total", language) and headers.count(headers[-1]) == 1
        assert len(headers) == len(cross.column_labels) + 1 or len(headers) == len(cross.row_labels) + 1
