"""How priority statuses look: a colour and a pattern per status, the status badge, and the strip chart.

Every status has a colour and a hatch pattern (and the badge and the chart always write its label), so the
chart reads in greyscale and for colour-blind eyes. The strip chart draws one lane per priority, from the day
it was raised to today, with a segment per status.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.vocab import vocabularies
from ui.common.i18n import fill
from ui.common.region_tips import RegionTips
from ui.common.vocab_widgets import format_date, label_of

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
STYLES: dict[str, tuple[str, Qt.BrushStyle]] = {
    "exprimee": ("#f3c969", Qt.BrushStyle.NoBrush),
    "en_cours": ("#7fb2e0", Qt.BrushStyle.BDiagPattern),
    "deposee": ("#c9b6e4", Qt.BrushStyle.Dense6Pattern),
    "atteinte": ("#7dbf6a", Qt.BrushStyle.CrossPattern),
    "abandonnee": ("#c9c9c9", Qt.BrushStyle.DiagCrossPattern),
    "pas_de_demande": ("#e8b4a0", Qt.BrushStyle.HorPattern),
}
UNKNOWN_STYLE = ("#dddddd", Qt.BrushStyle.Dense4Pattern)
HATCH = QColor(40, 40, 40, 150)
LANE_HEIGHT = 24
LANE_GAP = 8
AXIS_HEIGHT = 22
LEGEND_ROW = 22
MIN_SPAN_DAYS = 30


def paint_swatch(painter: QPainter, rect: QRectF, status: str, radius: float = 3.0) -> None:
    """The status's colour, its hatch over it, and a thin border."""
    colour, pattern = STYLES.get(status, UNKNOWN_STYLE)
    painter.save()
    painter.setPen(QPen(QColor(60, 60, 60), 1))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(rect, radius, radius)
    if pattern != Qt.BrushStyle.NoBrush:
        painter.setBrush(QBrush(HATCH, pattern))
        painter.drawRoundedRect(rect, radius, radius)
    painter.restore()


def status_icon(status: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_swatch(painter, QRectF(0.5, 0.5, size - 1, size - 1), status, 2)
    painter.end()
    return QIcon(pixmap)


class StatusBadgeDelegate(QStyledItemDelegate):
    """Paints a cell as a rounded badge: the status swatch and its label (the label is the cell's text)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style:
            option.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        status = index.data(STATUS_ROLE) or ""
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        metrics = QFontMetricsF(option.font)
        height = min(option.rect.height() - 6, metrics.height() + 6)
        width = min(option.rect.width() - 8, metrics.horizontalAdvance(text) + height + 18)
        pill = QRectF(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(STYLES.get(status, UNKNOWN_STYLE)[0]).lighter(125)
        painter.setPen(QPen(QColor(90, 90, 90), 1))
        painter.setBrush(colour)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        swatch = QRectF(pill.left() + 6, pill.top() + 4, height - 8, height - 8)
        paint_swatch(painter, swatch, status, 2)
        painter.setPen(QColor(20, 20, 20))
        text_rect = pill.adjusted(height + 2, 0, -6, 0)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 34, max(hint.height(), 26))


@dataclass(frozen=True)
class Lane:
    """One priority in the chart: its short label and its (date, status) steps in order."""

    label: str
    steps: tuple[tuple[date, str], ...]


class StatusStripChart(QWidget):
    """Lanes of coloured, hatched segments (one lane per priority) on a time axis, with a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_chart")
        self.setAccessibleName(self.tr("Priority statuses over time"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._region_tips = RegionTips(self, self._tip_at)
        self._lanes: list[Lane] = []
        self._today = date.today()
        self._segments: list[tuple[QRectF, str]] = []  # for tooltips

    def set_lanes(self, lanes: list[Lane], today: date) -> None:
        self._lanes, self._today = list(lanes), today
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def lanes(self) -> list[Lane]:
        return list(self._lanes)

    def describe(self) -> str:
        """The chart in words (accessible description): each priority and its current status since when."""
        parts = []
        for lane in self._lanes:
            since, status = lane.steps[-1]
            parts.append(
                fill(
                    self.tr("%1: %2 since %3"),
                    lane.label,
                    label_of("priority_statuses", status),
                    format_date(since),
                )
            )
        return "; ".join(parts) or self.tr("No priority yet.")

    def sizeHint(self) -> QSize:
        lanes = max(len(self._lanes), 1)
        # before it is shown the chart has no width yet: its legend on one line, not one word a line
        legend = LEGEND_ROW * self._legend_rows(self.width() if self.isVisible() else 600) + 6
        return QSize(600, 8 + lanes * (LANE_HEIGHT + LANE_GAP) + AXIS_HEIGHT + legend)

    def resizeEvent(self, event) -> None:
        if self._legend_rows(event.size().width()) != self._legend_rows(event.oldSize().width()):
            self.updateGeometry()
        super().resizeEvent(event)

    def _legend_items(self) -> list[tuple[str, str, float]]:
        """(status, label, width) of each legend entry, in vocabulary order."""
        metrics = QFontMetricsF(self.font())
        items = []
        for term in vocabularies()["priority_statuses"]:
            text = label_of("priority_statuses", term.id)
            items.append((term.id, text, 22 + metrics.horizontalAdvance(text) + 18))
        return items

    def _legend_rows(self, width: int) -> int:
        rows, x, left = 1, self._label_width_for(width) + 8, self._label_width_for(width) + 8
        for _status, _text, item_width in self._legend_items():
            if x + item_width > width and x > left:
                rows, x = rows + 1, left
            x += item_width
        return rows

    # -- geometry ----------------------------------------------------------------------------------------
    def _span(self) -> tuple[date, date]:
        first = min((lane.steps[0][0] for lane in self._lanes if lane.steps), default=self._today)
        # a list, so that with no lanes max() has today alone
        last = max([self._today, *(step[0] for lane in self._lanes for step in lane.steps)])
        if (last - first).days < MIN_SPAN_DAYS:
            first = last - timedelta(days=MIN_SPAN_DAYS)
        return first, last

    def _label_width(self) -> float:
        return self._label_width_for(self.width())

    @staticmethod
    def _label_width_for(width: int) -> float:
        return min(240.0, max(width, 200) * 0.28)

    def _x(self, day: date, plot: QRectF, span: tuple[date, date]) -> float:
        total = max((span[1] - span[0]).days, 1)
        return plot.left() + plot.width() * (day - span[0]).days / total

    # -- painting ----------------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot, span = self._plot(), self._span()
        self._segments = []
        self._paint_axis(painter, plot, span)
        if not self._lanes:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No priority yet."))
        for number, lane in enumerate(self._lanes):
            top = plot.top() + number * (LANE_HEIGHT + LANE_GAP) + LANE_GAP / 2
            self._paint_lane(painter, lane, QRectF(plot.left(), top, plot.width(), LANE_HEIGHT), span)
        self._paint_legend(painter, plot.bottom() + AXIS_HEIGHT + 4)
        painter.end()

    def _plot(self) -> QRectF:
        lanes_height = max(len(self._lanes), 1) * (LANE_HEIGHT + LANE_GAP)
        return QRectF(self._label_width() + 8, 4, self.width() - self._label_width() - 16, lanes_height)

    def axis_labels(self) -> list[tuple[QRectF, str]]:
        """The texts under the time axis at the current width, "today" first, with their boxes."""
        plot, span = self._plot(), self._span()
        months = [first for first in _months_between(date(span[0].year, span[0].month, 1), span[1])
                  if first >= span[0]]
        metrics = QFontMetricsF(self.font())
        today = self.tr("today")
        today_box = QRectF(plot.right() - metrics.horizontalAdvance(today) - 4, plot.bottom() + 2,
                           metrics.horizontalAdvance(today) + 4, AXIS_HEIGHT - 4)
        return [(today_box, today), *self._month_labels(months, plot, span, metrics, today_box)]

    def _paint_lane(self, painter: QPainter, lane: Lane, row: QRectF, span: tuple[date, date]) -> None:
        metrics = QFontMetricsF(self.font())
        label_rect = QRectF(4, row.top(), self._label_width(), row.height())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(
            label_rect,
            Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(lane.label, Qt.TextElideMode.ElideRight, label_rect.width()),
        )
        ends = [self._x(day, row, span) for day, _status in lane.steps[1:]] + [row.right()]
        for (day, status), end in zip(lane.steps, ends, strict=True):
            start = self._x(day, row, span)
            rect = QRectF(start, row.top(), max(end - start, 3.0), row.height())
            paint_swatch(painter, rect, status, 3)
            self._segments.append(
                (rect, f"{lane.label} — {label_of('priority_statuses', status)} ({format_date(day)})")
            )
            self._paint_segment_label(painter, rect, label_of("priority_statuses", status))

    def _paint_segment_label(self, painter: QPainter, rect: QRectF, text: str) -> None:
        metrics = QFontMetricsF(self.font())
        width = metrics.horizontalAdvance(text) + 8
        if width > rect.width() - 4:
            return  # too narrow: the legend and the tooltip say it
        box = QRectF(
            rect.left() + 3, rect.center().y() - metrics.height() / 2 - 1, width, metrics.height() + 2
        )
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(QColor(20, 20, 20))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def _paint_axis(self, painter: QPainter, plot: QRectF, span: tuple[date, date]) -> None:
        painter.save()
        grid = self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        months = [first for first in _months_between(date(span[0].year, span[0].month, 1), span[1])
                  if first >= span[0]]
        for first in months:
            x = self._x(first, plot, span)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for box, label in self.axis_labels():
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    def _month_labels(self, months: list[date], plot: QRectF, span: tuple[date, date],
                      metrics: QFontMetricsF, today_box: QRectF) -> list[tuple[QRectF, str]]:
        """The month labels under their lines, left to right, leaving out any that would touch the one
        before it or "today" (a label is never drawn over another)."""
        locale, gap, placed = QLocale(), 8.0, []
        step = max(1, len(months) // 8)  # at most about eight labels
        right_limit = today_box.left() - gap
        for index, first in enumerate(months):
            if index % step:
                continue
            label = locale.toString(QDate(first.year, first.month, 1), "MMM yyyy")
            width = metrics.horizontalAdvance(label) + 4
            x = self._x(first, plot, span)
            left = min(max(x - width / 2, plot.left()), plot.right() - width)
            box = QRectF(left, plot.bottom() + 2, width, AXIS_HEIGHT - 4)
            if box.right() > right_limit or (placed and box.left() < placed[-1][0].right() + gap):
                continue
            placed.append((box, label))
        return placed

    def _paint_legend(self, painter: QPainter, top: float) -> None:
        left = self._label_width() + 8
        x, y = left, top
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for status, text, width in self._legend_items():
            if x + width > self.width() and x > left:
                x, y = left, y + LEGEND_ROW
            paint_swatch(painter, QRectF(x, y + 3, 16, 14), status, 2)
            painter.drawText(QRectF(x + 22, y, width, 20), Qt.AlignmentFlag.AlignVCenter, text)
            x += width

    def _tip_at(self, point: QPointF) -> str:
        return next((text for rect, text in self._segments if rect.contains(point)), "")


def _months_between(first: date, last: date) -> list[date]:
    months = []
    while first <= last:
        months.append(first)
        first = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return months
