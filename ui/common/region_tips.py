"""Tooltips over painted regions of a widget, through an event filter rather than an `event()` override.

A Python `event()` override sees every event of its widget, the DeferredDelete that destroys it included:
`super().event()` deletes the C++ object and PySide then returns into a dead wrapper. The priorities chart
crashed that way (a segfault in `PriorityChart.event` when a panel with no priorities was shown on its own
and closed). A filter answers only the ToolTip event and lets Qt handle every other one natively.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtWidgets import QToolTip, QWidget


class RegionTips(QObject):
    """Shows `tip_at(point)` (or hides the tooltip when it is "") when `widget` asks for its tooltip."""

    def __init__(self, widget: QWidget, tip_at: Callable[[QPointF], str]) -> None:
        super().__init__(widget)
        self._widget, self._tip_at = widget, tip_at
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._widget or event.type() != QEvent.Type.ToolTip:
            return False
        tip = self._tip_at(QPointF(event.pos()))
        if tip:
            QToolTip.showText(event.globalPos(), tip, self._widget)
        else:
            QToolTip.hideText()
        return True
