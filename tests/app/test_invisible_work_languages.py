"""The invisible-work report in Dutch and English: headlines, period, labels, PDF, CSV header and export log
in the language asked for, no French fixed word left; French stays the default and unchanged."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from app import clock
from app.exports.invisible_work import export_invisible_work
from app.exports.invisible_work_csv import csv_text
from app.invisible_work import InvisibleWorkService, Period, chart_series
from storage.models import ExportLog
from tests.app.test_invisible_work import QUARTER, TODAY, build_fixture
from tests.app.test_invisible_work_pdf import out, pages_text, relais  # noqa: F401 (fixtures)

# Fixed French words of the headlines and the PDF that must not show in another language.
FRENCH = (
    "travail invisible", "Travail invisible", "situations est", "Sur la période", "le registre compte",
    "Ce temps concerne", "S'y ajoutent", "Période", "Anonymisé", "période", "masqué", "Temps par tâche",
    "En présence", "en présence", "heures", "janvier", "mars 2026", "Passage à domicile", "Liste d’attente",
    "Autres tâches", " et ", "Pénurie", "Rapport anonymisé", "Issue de la démarche",
)  # fmt: skip
DUTCH = {
    "headlines": (
        "Van januari 2026 tot maart 2026 telt het register 10 u werk: 62 % onzichtbaar werk en 38 % met de "
        "persoon.",
        "In deze periode is 49 % van de tijd voor situaties onzichtbaar werk",
        "Het onzichtbare werk dat de meeste tijd vroeg:",
        "Deze tijd betreft 6 situaties",
        "Daarbovenop komt 3 u werk buiten situaties",
    ),
    "pdf": (
        "Het onzichtbare werk van de buurtreferent", "Periode: januari 2026 – maart 2026",
        "Geanonimiseerd — Relais — periode januari 2026 – maart 2026 — pagina 1 /", "Tijd per taak",
        "Totaal 9 u 55 100 %", "Huisbezoek met de persoon 3 u 15 33 %", "Onzichtbaar werk: 62 % (6 u 10)",
        "Met de persoon: 38 % (3 u 45)", "verborgen < 5 ja", "Methode en anonimisering", "uren",
    ),
}
ENGLISH = {
    "headlines": (
        "From January 2026 to March 2026, the register holds 10 h of work: 62 % invisible work and 38 % with "
        "the person.",
        "Over the period, 49 % of the time spent on situations is invisible work",
        "The invisible work that took the most time:",
        "This time concerns 6 situations",
        "On top of this come 3 h of work outside situations",
    ),
    "pdf": (
        "The invisible work of the local referent", "Period: January 2026 – March 2026",
        "Anonymised — Relais — period January 2026 – March 2026 — page 1 /", "Time by task",
        "Total 9 h 55 100 %", "Home visit with the person 3 h 15 33 %", "Invisible work: 62 % (6 h 10)",
        "With the person: 38 % (3 h 45)", "withheld < 5 yes", "Method and anonymisation", "hours",
    ),
}
EXPECTED = {"nl": DUTCH, "en": ENGLISH}


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def french_words(text: str) -> list[str]:
    return [word for word in FRENCH if word in text]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_headlines_and_labels_in_the_language_asked(register, lang):
    build_fixture(register)
    data = InvisibleWorkService(register).report(QUARTER, lang=lang)
    text = " ".join(data.headlines)
    assert data.lang == lang
    assert french_words(text) == []
    for expected in EXPECTED[lang]["headlines"]:
        assert expected in text, expected
    labels = [task.label for task in data.by_task] + [outcome.label for outcome in data.outcomes]
    labels += [layer.label for layer in chart_series(data)]
    assert french_words(" | ".join(labels)) == []
    assert [layer.pooled for layer in chart_series(data)] == [
        layer.pooled for layer in chart_series(InvisibleWorkService(register).report(QUARTER))
    ]  # the pooled layers are found by flag, in every language


def test_french_is_the_default_and_unchanged(register):
    build_fixture(register)
    service = InvisibleWorkService(register)
    assert service.report(QUARTER) == service.report(QUARTER, lang="fr")
    assert service.report(QUARTER, lang="xx").lang == "fr"
    assert service.report(QUARTER).headlines[0].startswith("De janvier 2026 à mars 2026, le registre compte")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pdf_csv_and_log_in_the_language_asked(register, out, lang):  # noqa: F811 (fixture)
    build_fixture(register)
    pdf, table = out / "r.pdf", out / "r.csv"
    data = export_invisible_work(register, QUARTER, pdf, table, lang=lang)
    text = " ".join(pages_text(pdf))
    assert french_words(text) == []
    for expected in EXPECTED[lang]["pdf"]:
        assert expected in text, expected
    header = table.read_bytes().decode("utf-8-sig").splitlines()[0]
    assert header == {"nl": "maand;taak_id;taak;onzichtbaar;minuten",
                      "en": "month;task_id;task;invisible;minutes"}[lang]  # fmt: skip
    french = InvisibleWorkService(register).report(QUARTER)

    def values(report) -> list[list[str]]:  # every column but the label
        return [row.split(";")[:2] + row.split(";")[3:] for row in csv_text(report).splitlines()[1:]]

    assert values(data) == values(french) and csv_text(data) != csv_text(french)
    with register.session() as session:
        [settings] = session.scalars(select(ExportLog.settings_json)).all()
    assert json.loads(settings)["lang"] == lang


def test_empty_period_in_dutch(register, out):  # noqa: F811 (fixture)
    build_fixture(register)
    data = InvisibleWorkService(register).report(Period(date(2020, 5, 1), date(2020, 5, 1)), lang="nl")
    assert data.headlines == (
        "Er werd geen tijd geregistreerd in deze periode (mei 2020): dit rapport bevat dus geen grafiek of "
        "tabel.",
    )


@pytest.mark.parametrize(("argv", "environ", "lang"), [
    (("--lang", "nl"), {"LANG": "fr_BE.UTF-8"}, "nl"),
    ((), {"LANG": "en_GB.UTF-8"}, "en"),
    ((), {"LANG": "fr_BE.UTF-8"}, "fr"),
])  # fmt: skip
def test_cli_report_language(register, register_dir, out, relais, monkeypatch, argv, environ, lang):  # noqa: F811
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    build_fixture(register)
    pdf = out / "r.pdf"
    code, said, err = relais(
        "report", "invisible-work", str(register_dir), "--from", "2026-01", "--to", "2026-03",
        "--out", str(pdf), "--passphrase-stdin", *argv,
    )  # fmt: skip
    assert (code, err) == (0, "")
    # the line for the referent is in the environment's language, whatever the report's
    shown = {"fr_BE.UTF-8": "janvier 2026", "en_GB.UTF-8": "January 2026"}[environ["LANG"]]
    assert shown in said
    title = {"fr": "Le travail invisible du référent", "nl": "Het onzichtbare werk van de buurtreferent",
             "en": "The invisible work of the local referent"}[lang]  # fmt: skip
    assert title in pages_text(pdf)[0]
    with register.session() as session:
        [settings] = session.scalars(select(ExportLog.settings_json)).all()
    assert json.loads(settings)["lang"] == lang


def test_the_suggested_file_name_is_in_the_report_language(register):
    from app.invisible_work import report_file_name

    service = InvisibleWorkService(register)
    names = [report_file_name(service.report(QUARTER, lang=lang), ".pdf") for lang in ("fr", "nl", "en")]
    assert names == ["travail-invisible-2026-01-2026-03.pdf", "onzichtbaar-werk-2026-01-2026-03.pdf",
                     "invisible-work-2026-01-2026-03.pdf"]  # fmt: skip
