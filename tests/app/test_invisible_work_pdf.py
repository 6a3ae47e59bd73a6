"""The invisible-work report as PDF and CSV, and `relais report invisible-work`: extracted text (pypdf, a
test dependency) holds the hand-computed totals and the pseudonyms but no name and no note; every page has
its footer; an unwritable path or a cancellation leaves no file behind."""

from __future__ import annotations

import csv
import io
import re
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

import app.cli.main as cli
import app.cli.register_commands as commands
import storage.atomic as atomic
from app import clock
from app.cli.report_commands import add_report_commands, cmd_report, export_invisible_work
from app.exports.files import ReportWriteError
from app.exports.invisible_work_csv import COLUMNS, write_report_csv
from app.exports.invisible_work_pdf import ExportCancelled, write_report_pdf
from app.invisible_work import InvisibleWorkService, Period
from storage.models import ExportLog
from tests.app.test_invisible_work import QUARTER, TODAY, build_fixture
from tests.conftest import PASSPHRASE
from tests.error_texts import shown

FOOTER = "Anonymisé — Relais — période janvier 2026 – mars 2026 — page {} / {}"


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def pages_text(path: Path) -> list[str]:
    """Each page's text with runs of white space made single spaces (line breaks fall anywhere)."""
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(path).pages]


@pytest.fixture
def out(tmp_path) -> Path:
    """An empty folder for the reports (tmp_path also holds the register)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# -- PDF ---------------------------------------------------------------------------------------------------
def test_pdf_holds_the_figures_and_pseudonyms_but_no_name_or_note(register, out):
    fixture = build_fixture(register)
    target = out / "rapport.pdf"
    export_invisible_work(register, QUARTER, target)
    pages = pages_text(target)
    text = " ".join(pages)
    assert "Période : janvier 2026 – mars 2026" in text
    for expected in (
        "Total 9 h 55 100 %",  # the task table's total row: 595 minutes
        "Passage à domicile en présence 3 h 15 33 %",
        "Préparer la CdP (canevas) invisible 2 h 20 %",
        "Travail invisible : 62 % (6 h 10)",
        "En présence de la personne : 38 % (3 h 45)",
        "Liste d’attente masqué < 5 oui",  # minutes withheld beside a suppressed count
        "62 % de travail invisible",
    ):
        assert expected in text, expected
    s1 = fixture.codes[0]
    assert f"1 {s1} 1 h 30 1 h 2 h 30 60 %" in text  # rank, code, invisible, face to face, total, share
    assert all(code in text for code in fixture.codes)
    for secret in fixture.names + fixture.secrets:
        assert secret not in text, secret


def test_every_page_has_its_footer(register, out):
    build_fixture(register)
    target = out / "rapport.pdf"
    export_invisible_work(register, QUARTER, target)
    pages = pages_text(target)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert FOOTER.format(number, len(pages)) in text
    assert PdfReader(target).metadata.author == "Relais"


def test_empty_period_pdf_says_so_without_charts(register, out):
    build_fixture(register)
    target = out / "vide.pdf"
    data = export_invisible_work(register, Period(date(2025, 6, 1), date(2025, 6, 1)), target)
    assert data.empty
    [text] = pages_text(target)
    assert "Aucun temps n'a été enregistré sur la période (juin 2025)" in text
    assert "Temps par tâche" not in text and "heures" not in text
    assert "Anonymisé — Relais — période juin 2025 — page 1 / 1" in text


def test_few_situations_pdf_shows_no_code(register, out):
    fixture = build_fixture(register, situations=3)
    target = out / "rapport.pdf"
    export_invisible_work(register, QUARTER, target)
    text = " ".join(pages_text(target))
    assert not any(code in text for code in fixture.codes)
    assert "le détail par situation n'est pas montré" in text and "< 5 situations concernées" in text


def test_progress_reaches_one_and_export_is_logged(register, out):
    build_fixture(register)
    fractions: list[float] = []
    export_invisible_work(register, QUARTER, out / "r.pdf", out / "r.csv", progress=fractions.append)
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) > 5
    with register.session() as session:
        [log] = session.scalars(select(ExportLog)).all()
    assert (log.kind, log.format, log.item_count) == ("invisible_work", "pdf+csv", 3)
    assert '"from": "2026-01"' in log.settings_json and "Vandermeulen" not in log.settings_json


# -- failures leave nothing behind -------------------------------------------------------------------------
def test_missing_folder_is_refused_clearly(register, out):
    with pytest.raises(ReportWriteError) as caught:
        export_invisible_work(register, QUARTER, out / "absent" / "r.pdf")
    assert shown(caught.value) == "Le dossier « absent » n'existe pas."
    assert not (out / "absent").exists()


def test_unwritable_folder_is_refused_before_any_work(register, out, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic, "_create_exclusive", refuse)
    monkeypatch.setattr(
        InvisibleWorkService, "report", lambda *_: pytest.fail("figures computed for nothing")
    )
    with pytest.raises(ReportWriteError) as caught:
        export_invisible_work(register, QUARTER, out / "r.pdf")
    assert "accès refusé" in shown(caught.value)
    assert list(out.iterdir()) == []


def test_failed_rename_keeps_the_old_file_and_leaves_no_temporary(register, out, monkeypatch):
    build_fixture(register)
    target, table = out / "r.pdf", out / "r.csv"
    target.write_bytes(b"previous report")

    def refuse(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(ReportWriteError):
        export_invisible_work(register, QUARTER, target, table)
    assert target.read_bytes() == b"previous report" and not table.exists()
    assert sorted(path.name for path in out.iterdir()) == ["r.pdf"]  # no temporary left
    with register.session() as session:
        assert session.scalars(select(ExportLog)).all() == []


def test_cancelled_export_writes_nothing(register, out):
    build_fixture(register)
    fractions: list[float] = []
    with pytest.raises(ExportCancelled):
        export_invisible_work(
            register, QUARTER, out / "r.pdf", out / "r.csv",
            progress=fractions.append, cancelled=lambda: len(fractions) >= 4,
        )  # fmt: skip
    assert list(out.iterdir()) == []
    with pytest.raises(ExportCancelled):  # also while reportlab lays out the pages
        write_report_pdf(
            InvisibleWorkService(register).report(QUARTER), out / "r.pdf",
            progress=fractions.append, cancelled=lambda: len(fractions) >= 10,
        )  # fmt: skip
    assert list(out.iterdir()) == []


def test_same_file_for_pdf_and_csv_refused(register, out):
    with pytest.raises(ValueError):
        export_invisible_work(register, QUARTER, out / "r.pdf", out / "r.pdf")


# -- CSV ---------------------------------------------------------------------------------------------------
def test_csv_columns_and_rows(register, out):
    build_fixture(register)
    data = InvisibleWorkService(register).report(QUARTER)
    target = out / "r.csv"
    write_report_csv(data, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # BOM and CRLF for Excel
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert tuple(rows[0]) == COLUMNS == ("mois", "tache_id", "tache", "invisible", "minutes")
    body = rows[1:]
    assert len(body) == len(data.by_month) == 12  # 4 tasks in January, 3 in February, 5 in March
    assert sum(int(row[4]) for row in body) == 595
    assert sum(int(row[4]) for row in body if row[3] == "1") == 370
    assert ["2026-01", "visite_domicile", "Passage à domicile", "0", "150"] in body
    assert ["2026-03", "veille", "Veille", "1", "10"] in body
    assert {row[0] for row in body} == {"2026-01", "2026-02", "2026-03"}


# -- command line ------------------------------------------------------------------------------------------
@pytest.fixture
def relais(monkeypatch, capsys):
    """`relais …` through app.cli.main.main; wires the report subcommand if app/commands.py does not yet."""
    if "report" not in commands.COMMANDS:
        original = cli.add_subcommands

        def with_reports(sub):
            original(sub)
            add_report_commands(sub, lambda args: commands._open(args, commands._reader(args)))

        monkeypatch.setattr(cli, "add_subcommands", with_reports)
        monkeypatch.setattr(cli, "COMMANDS", {**cli.COMMANDS, "report": cmd_report})

    def run(*argv: str, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cli_writes_pdf_and_csv(register, register_dir, out, relais):
    build_fixture(register)
    pdf, table = out / "r.pdf", out / "r.csv"
    code, out, err = relais(
        "report", "invisible-work", str(register_dir), "--from", "2026-01", "--to", "2026-03",
        "--out", str(pdf), "--csv", str(table), "--passphrase-stdin",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "janvier 2026 – mars 2026" in out
    assert "Total 9 h 55" in " ".join(pages_text(pdf))
    assert table.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    ("period", "message"),
    [
        (("2026-03", "2026-01"), "La fin de la période (2026-01) précède son début (2026-03)."),
        (("2026-13", "2026-12"), "Mois illisible : « 2026-13 ». Écrivez-le AAAA-MM, par exemple 2026-03."),
    ],
)
def test_cli_refuses_bad_periods_before_asking_the_passphrase(register_dir, out, relais, period, message):
    start, end = period
    code, _, err = relais(
        "report", "invisible-work", str(register_dir), "--from", start, "--to", end,
        "--out", str(out / "r.pdf"), "--passphrase-stdin", stdin="",
    )  # fmt: skip
    assert (code, err) == (1, f"relais : {message}\n")  # stdin was empty: no passphrase was read
    assert not (out / "r.pdf").exists()


def test_cli_unwritable_output_is_one_line(register_dir, out, relais):
    code, _, err = relais(
        "report", "invisible-work", str(register_dir), "--from", "2026-01", "--to", "2026-03",
        "--out", str(out / "absent" / "r.pdf"), "--passphrase-stdin", stdin="",
    )  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and "n'existe pas" in err
