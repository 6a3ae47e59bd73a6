"""The invisible-work dashboard: the report's own figures, pseudonyms only, exports that say why they fail."""

from __future__ import annotations

import os
import re
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from app import clock
from app.exports.invisible_work_csv import csv_text
from app.invisible_work import Period, chart_series
from app.mobilisations import MobilisationData
from app.time_entries import TimeEntryData
from storage.models import ExportLog
from tests.ui.conftest import add_situation
from ui.common.i18n import current_language, install_translations
from ui.time.dashboard import InvisibleWorkDashboard

TODAY = clock.today()
FIRST = (TODAY.replace(day=1) - timedelta(days=40)).replace(day=1)  # the month before last


@pytest.fixture
def worked(services):
    """Six situations with visits and calls over the last months, one call on a waiting-list mobilisation."""
    ids = [add_situation(services, f"Prénom{n}", f"Nom{n}") for n in range(6)]
    for number, situation_id in enumerate(ids):
        services.time.log([
            TimeEntryData("visite_domicile", 60, FIRST + timedelta(days=3), situation_id),
            TimeEntryData("mails_documents", 20 + 10 * number, TODAY - timedelta(days=1), situation_id),
        ])
    waiting = services.mobilisations.add(ids[0], MobilisationData(resource_name="Maison de repos",
                                                                  status="liste_attente", started_on=FIRST))
    services.time.log([TimeEntryData("identifier_ressources", 45, TODAY, ids[0], waiting.id)])
    services.time.log([TimeEntryData("cdp_preparation", 90, TODAY)])
    return ids


def make_dashboard(qtbot, services) -> InvisibleWorkDashboard:
    dashboard = InvisibleWorkDashboard(None)
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.set_period(FIRST, TODAY)
    with qtbot.waitSignal(dashboard.figures_ready, timeout=20_000):
        dashboard.set_services(services)
    return dashboard


def test_the_dashboard_shows_the_report_figures_with_pseudonyms_only(qtbot, services, worked):
    dashboard = make_dashboard(qtbot, services)
    expected = services.invisible_work.report(Period(FIRST, TODAY), lang=current_language())
    shown = dashboard.data()
    assert shown == expected  # the very figures of the PDF and the CSV
    assert dashboard.month_chart.series() == chart_series(expected)
    assert [bar.label for bar in dashboard.ranking.bars()] == [row.code for row in expected.ranking]
    assert [bar.total for bar in dashboard.ranking.bars()] == [row.total for row in expected.ranking]
    assert [minutes for _label, minutes, _c in dashboard.share.parts()] == [
        expected.totals.face_to_face, expected.totals.invisible,
    ]  # fmt: skip
    # One situation on a waiting list: its count is suppressed, its time withheld as in the PDF (issue 19).
    assert [(bar.label, bar.total) for bar in dashboard.outcomes.bars()] == [
        (outcome.label, 0) for outcome in expected.outcomes
    ]
    assert [outcome.status for outcome in expected.outcomes] == ["liste_attente"]
    assert [bar.text for bar in dashboard.outcomes.bars()] == [
        "time withheld (fewer than 5 situations) · situations: < 5"
    ]
    for sentence in expected.headlines:
        assert sentence.replace("<", "&lt;") in dashboard.headlines.text()
    described = " ".join(widget.accessibleDescription() for widget in (
        dashboard.month_chart, dashboard.ranking, dashboard.outcomes, dashboard.share))
    assert "Prénom" not in described + dashboard.headlines.text() and "Nom" not in described


def test_an_end_before_the_start_is_refused_with_a_message(qtbot, services, worked):
    dashboard = make_dashboard(qtbot, services)
    before = dashboard.data()
    dashboard.set_period(TODAY, FIRST)
    dashboard.compute()
    assert dashboard.period_error.isVisible()
    assert dashboard.period_error.text().startswith("The last month is before the first one")
    assert dashboard.data() is before and not dashboard.busy.isVisible()


def test_a_period_without_time_says_so_instead_of_empty_charts(qtbot, services, worked):
    dashboard = make_dashboard(qtbot, services)
    long_ago = FIRST.replace(year=FIRST.year - 3)
    dashboard.set_period(long_ago, long_ago)
    with qtbot.waitSignal(dashboard.figures_ready, timeout=20_000) as ready:
        dashboard.compute()
    assert ready.args[0].empty
    assert dashboard.pages.currentWidget() is dashboard.empty_label
    assert dashboard.empty_label.text().startswith("No time recorded from")


def test_exports_write_the_figures_shown_and_log_them(qtbot, services, worked, tmp_path, monkeypatch):
    dashboard = make_dashboard(qtbot, services)
    targets = {"pdf": tmp_path / "rapport.pdf", "csv": tmp_path / "rapport.csv"}
    monkeypatch.setattr(dashboard, "ask_export_path", lambda kind: targets[kind])
    for kind in ("pdf", "csv"):
        with qtbot.waitSignal(dashboard.export_finished, timeout=30_000) as finished:
            dashboard.export(kind)
        assert finished.args == [True, f"Written: {targets[kind]}"]
    assert targets["pdf"].read_bytes().startswith(b"%PDF")
    assert targets["csv"].read_bytes().decode("utf-8-sig") == csv_text(dashboard.data())
    with services.register.session() as session:
        assert sorted(session.scalars(select(ExportLog.format)).all()) == ["csv", "pdf"]


@pytest.mark.parametrize("kind", ["pdf", "csv"])
def test_an_unwritable_path_says_why_and_leaves_no_file(qtbot, services, worked, tmp_path, monkeypatch, kind):
    dashboard = make_dashboard(qtbot, services)
    locked = tmp_path / "verrouillé"
    locked.mkdir()
    locked.chmod(0o500)
    writable = os.access(locked, os.W_OK)  # root ignores the mode: then use a folder that does not exist
    target = (tmp_path / "absent" if writable else locked) / f"rapport.{kind}"
    monkeypatch.setattr(dashboard, "ask_export_path", lambda _kind: target)
    with qtbot.waitSignal(dashboard.export_finished, timeout=30_000) as finished:
        dashboard.export(kind)
    locked.chmod(0o700)
    ok, message = finished.args
    assert not ok and message.startswith("The file was not written: ")
    assert f"“{target.parent.name}”" in message  # the folder's name, never its whole path
    assert dashboard.export_status.text() == message
    assert not target.exists() and list(locked.iterdir()) == []
    assert dashboard.pdf_button.isEnabled()


def test_locking_forgets_the_figures(qtbot, services, worked):
    dashboard = make_dashboard(qtbot, services)
    dashboard.set_services(None)
    assert dashboard.data() is None and not dashboard.isEnabled()
    assert dashboard.month_chart.series() == () and dashboard.ranking.bars() == []


def test_a_dutch_window_shows_the_report_in_dutch(qtbot, services, worked):
    install_translations("nl")
    try:
        dashboard = make_dashboard(qtbot, services)
        data = dashboard.data()
        shown = dashboard.headlines.text()
        assert data.lang == "nl" and data == services.invisible_work.report(data.period, lang="nl")
        assert "telt het register" in shown and "onzichtbaar werk" in shown
        for french in ("travail invisible", "situations est", "Sur la période", "le registre compte"):
            assert french not in shown, french
        assert "Huisbezoek" in [layer.label for layer in dashboard.month_chart.series()]
        titles = [label.text() for label in dashboard.findChildren(QLabel)]
        assert "Uren per taak en per maand" in titles  # hours, like the axis
        # durations written the Flemish way, in the headlines and the ranking's bars alike
        assert re.search(r"telt het register \d+ u werk", shown) and " h " not in shown
        assert "1 u 10" in " ".join(bar.text for bar in dashboard.ranking.bars())
    finally:
        install_translations("en")


def test_times_have_the_precision_of_the_pdf(qtbot, services, worked):
    dashboard = make_dashboard(qtbot, services)
    texts = [bar.text for bar in dashboard.ranking.bars()]
    # Situation 5: 60 min face to face + 70 min of mails: "1 h 10 invisible of 2 h 10", not "1 h of 2 h".
    assert "1 h 10 invisible of 2 h 10" in texts
