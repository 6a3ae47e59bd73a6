"""Chart tooltips come through an event filter: the widget survives its own deletion (no event() override)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

from ui.dialogue.priority_chart import StatusStripChart


def test_a_tooltip_shows_the_segment_text_and_the_chart_is_deleted_cleanly(qtbot):
    chart = StatusStripChart()
    # not given to qtbot: the test deletes it itself
    chart.set_lanes([], date(2026, 12, 5))  # no priorities: the case that crashed
    chart.show()
    qtbot.waitExposed(chart)
    chart._segments = [(QRectF(0, 0, 50, 20), "Active since 1 Dec")]
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(10, 10), chart.mapToGlobal(QPoint(10, 10)))
    assert QCoreApplication.sendEvent(chart, event)
    qtbot.waitUntil(lambda: QToolTip.text() == "Active since 1 Dec")
    chart.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(10)  # a crash on deletion would end the run here


def test_a_chart_without_priorities_paints(qtbot):
    chart = StatusStripChart()
    qtbot.addWidget(chart)
    chart.set_lanes([], date(2026, 12, 5))
    chart.resize(600, 200)
    image = chart.grab()  # painted at once: an error in paintEvent fails the test (pytest-qt)
    assert not image.isNull()
