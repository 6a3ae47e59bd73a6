"""What the layout review of issue 12 found, each kept fixed: cards that wrap, chart labels that do not
overlap, a share that is never split, ticked vulnerabilities named, directory cells not cut, windows that fit
their screen. The whole-window walk is in tests/layout/."""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QDialog, QMainWindow

from app.cards import default_deck
from ui.common.screen_fit import available_geometry, fit_to_screen, install_screen_fit
from ui.dialogue.card_grid import CardGrid
from ui.dialogue.card_tile import TILE_HEIGHT
from ui.dialogue.priority_chart import Lane, StatusStripChart
from ui.situation.form import SituationForm
from ui.time.charts import ShareBar


def test_card_tiles_are_as_high_as_their_prompt(qtbot):
    grid = CardGrid(default_deck(), "fr")
    qtbot.addWidget(grid)
    grid.resize(700, 600)
    grid.show()
    qtbot.waitExposed(grid)
    tiles = [grid.tile(card.id) for card in default_deck().cards]
    assert any(tile.heightForWidth(tile.width()) > TILE_HEIGHT for tile in tiles)  # some prompts need room
    for tile in tiles:
        assert tile.height() >= tile.heightForWidth(tile.width()), tile.text()


def test_month_labels_never_touch_each_other_or_today(qtbot):
    chart = StatusStripChart()
    qtbot.addWidget(chart)
    steps = ((date(2025, 12, 3), "active"), (date(2026, 6, 1), "atteinte"))
    chart.set_lanes([Lane("Rester chez moi", steps)], date(2026, 12, 4))
    for width in (420, 560, 700, 900, 1100):
        chart.resize(width, chart.sizeHint().height())
        labels = chart.axis_labels()
        assert labels[0][1] == chart.tr("today") and len(labels) > 2
        for (first, _a), (second, _b) in itertools.combinations(labels, 2):
            assert not first.intersects(second), (width, _a, _b)


def test_the_share_and_its_sign_stay_together(qtbot):
    bar = ShareBar()
    qtbot.addWidget(bar)
    bar.set_parts([("Avec la personne", 50, "#1f4e79"), ("Travail invisible", 50, "#e07b24")])
    metrics = QFontMetricsF(bar.font())
    for width in (120, 200, 320, 600):
        bar.resize(width, 40)
        for rect, _colour, text, _tip in bar.drawn_parts():
            assert text in ("", "50\u00a0%") or text.endswith(" 50\u00a0%")
            assert metrics.horizontalAdvance(text) < rect.width()
    bar.resize(120, 40)
    assert [text for _r, _c, text, _t in bar.drawn_parts()] == ["50\u00a0%", "50\u00a0%"]


def test_ticked_vulnerabilities_are_named_under_the_list(qtbot):
    form = SituationForm()
    qtbot.addWidget(form)
    ticked = ("difficultes_financieres", "troubles_psychiques", "isolement_social",
              "difficultes_linguistiques")
    for term in ticked:
        form.vulnerabilities.set_checked(term)
    summary = form.vulnerability_summary.text()
    assert not form.vulnerability_summary.isHidden()
    assert all(label in summary for label in form.vulnerabilities.checked_labels())
    assert len(form.vulnerabilities.checked_labels()) == 4
    form.vulnerabilities.set_checked_ids(())
    assert form.vulnerability_summary.isHidden()


def test_directory_cells_wrap_instead_of_being_cut(qtbot, services, messages):
    from app.resources_directory import ResourceData
    from ui.resources.directory import ResourceDirectory

    services.resources.create(ResourceData(
        name="Coordination de soins et services à domicile Bosnie", category="coordination",
        resource_type="centre_coordination", commune="Saint-Josse-ten-Noode"))
    page = ResourceDirectory(services)
    qtbot.addWidget(page)
    page.resize(1180, 620)
    page.show()
    qtbot.waitExposed(page)
    table = page.browser.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    metrics = table.fontMetrics()
    for column in range(table.model().columnCount()):
        index = table.model().index(0, column)
        text = str(index.data() or "")
        room = QRect(0, 0, table.columnWidth(column) - 8, 10_000)
        needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text).height()
        assert needed <= table.rowHeight(0), (column, text)


def test_windows_are_fitted_to_the_available_screen(qtbot):
    area = available_geometry(QMainWindow())
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(area.width() + 300, area.height() + 200)
    fit_to_screen(window)
    assert window.width() <= area.width() and window.height() <= area.height()
    install_screen_fit()  # as the main window does
    dialog = QDialog(window)
    dialog.resize(area.width() + 100, 300)
    dialog.show()
    assert dialog.frameGeometry().width() <= area.width()


def test_before_the_window_manager_draws_a_frame_room_is_kept_for_it(qtbot, monkeypatch):
    from ui.common import screen_fit

    window = QMainWindow()
    qtbot.addWidget(window)
    area = available_geometry(window)
    window.resize(area.width() + 300, area.height() + 200)
    monkeypatch.setattr(screen_fit.QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    fit_to_screen(window)  # not shown yet: no frame known, a title bar will come
    width, height = screen_fit.ASSUMED_FRAME
    assert window.width() <= area.width() - width and window.height() <= area.height() - height
