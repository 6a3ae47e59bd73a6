"""Charts of the invisible-work dashboard, painted with QPainter from the report's own figures.

The colours are those of the PDF (app/invisible_work_pdf.py): face to face in blues, invisible work in warm
tones, so that the invisible part of every bar reads as one block; every chart also says its figures in
words (accessible description, tooltips), so colour is never the only cue.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.durations import hour_symbol
from app.invisible_work import ChartSeries
from ui.common.i18n import current_language, shown_duration
from ui.common.region_tips import RegionTips

FACE_COLORS = ("#1f4e79", "#2e75b6", "#6fa8dc", "#a9c8e8")
INVISIBLE_COLORS = ("#8f3a06", "#c0540f", "#e07b24", "#f0a04b", "#f7c77e")
FACE_OTHERS, INVISIBLE_OTHERS = "#cfd8e1", "#e9dccb"
FACE, INVISIBLE = FACE_COLORS[1], INVISIBLE_COLORS[2]
SHORTAGE, OTHER_OUTCOME = "#b23b3b", "#8a96a3"
LEGEND_ROW = 20


def month_name(month: date) -> str:
    """The short month name in the interface language ("janv.", "jan.", "Jan")."""
    return QLocale().standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)


def layer_colours(series: tuple[ChartSeries, ...]) -> list[str]:
    """Named tasks take their family's colours in order; the pooled "other" layers a greyed tint."""
    colours, face, hidden = [], 0, 0
    for layer in series:
        pooled = layer.pooled
        if layer.invisible:
            colours.append(INVISIBLE_OTHERS if pooled else INVISIBLE_COLORS[hidden % len(INVISIBLE_COLORS)])
            hidden += 0 if pooled else 1
        else:
            colours.append(FACE_OTHERS if pooled else FACE_COLORS[face % len(FACE_COLORS)])
            face += 0 if pooled else 1
    return colours


def percent_text(percent: int) -> str:
    """"50 %" held together (a no-break space): the sign never goes to another line or outside a bar."""
    return f"{percent}\u00a0%"


def nice_step(peak: float, ticks: int = 4) -> float:
    """A round axis step (1, 2, 5 × 10^n) so that about `ticks` steps cover `peak`."""
    if peak <= 0:
        return 1.0
    raw = peak / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


class _Chart(QWidget):
    """Tooltips over painted rectangles, and the shared text colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self._region_tips = RegionTips(self, self._tip_at)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._tips: list[tuple[QRectF, str]] = []

    def _ink(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _tip_at(self, point: QPointF) -> str:
        return next((text for rect, text in self._tips if rect.contains(point)), "")

    def _legend(self, painter: QPainter, items: list[tuple[str, str]], top: float, left: float) -> float:
        """Legend entries (colour, label) flowing on rows; returns the bottom."""
        metrics = QFontMetricsF(self.font())
        x, y = left, top
        for colour, label in items:
            width = 20 + metrics.horizontalAdvance(label) + 16
            if x + width > self.width() and x > left:
                x, y = left, y + LEGEND_ROW
            painter.setPen(QPen(QColor(60, 60, 60), 1))
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(x, y + 4, 13, 12))
            painter.setPen(self._ink())
            painter.drawText(QRectF(x + 18, y, width, LEGEND_ROW), Qt.AlignmentFlag.AlignVCenter, label)
            x += width
        return y + LEGEND_ROW

    def _legend_rows(self, labels: list[str], left: float) -> int:
        metrics = QFontMetricsF(self.font())
        rows, x = 1, left
        for label in labels:
            width = 20 + metrics.horizontalAdvance(label) + 16
            if x + width > max(self.width(), 400) and x > left:
                rows, x = rows + 1, left
            x += width
        return rows


class StackedMonthChart(_Chart):
    """Hours by month, stacked by task (face-to-face layers at the bottom, invisible ones on top)."""

    PLOT_HEIGHT = 220

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("month_chart")
        self.setAccessibleName(self.tr("Hours by task and month"))
        self._months: tuple[date, ...] = ()
        self._series: tuple[ChartSeries, ...] = ()

    def set_data(self, months: tuple[date, ...], series: tuple[ChartSeries, ...]) -> None:
        self._months, self._series = tuple(months), tuple(series)
        totals = [sum(layer.values[i] for layer in self._series) for i in range(len(self._months))]
        pairs = zip(self._months, totals, strict=True)
        parts = [f"{month_name(month)} {month.year}: {shown_duration(total)}" for month, total in pairs]
        self.setAccessibleDescription("; ".join(parts))
        self.updateGeometry()
        self.update()

    def series(self) -> tuple[ChartSeries, ...]:
        return self._series

    def sizeHint(self) -> QSize:
        rows = self._legend_rows([layer.label for layer in self._series], 56)
        return QSize(640, self.PLOT_HEIGHT + 40 + rows * LEGEND_ROW)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the legend may need another row

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._tips = []
        plot = QRectF(56, 8, self.width() - 68, self.PLOT_HEIGHT)
        totals = [sum(layer.values[i] for layer in self._series) for i in range(len(self._months))]
        step = nice_step(max(totals, default=0) / 60) * 60  # in minutes, on whole-hour steps
        top = step * max(1, math.ceil(max(totals, default=0) / step))
        self._paint_axis(painter, plot, step, top)
        colours = layer_colours(self._series)
        count = max(len(self._months), 1)
        slot = plot.width() / count
        bar = min(56.0, slot * 0.7)
        for index, month in enumerate(self._months):
            x, base = plot.left() + slot * index + (slot - bar) / 2, plot.bottom()
            for layer, colour in zip(self._series, colours, strict=True):
                height = plot.height() * layer.values[index] / top
                if height <= 0:
                    continue
                rect = QRectF(x, base - height, bar, height)
                painter.setPen(QPen(QColor(255, 255, 255), 0.8))
                painter.setBrush(QColor(colour))
                painter.drawRect(rect)
                self._tips.append((rect, f"{layer.label} : {shown_duration(layer.values[index])}"))
                base -= height
            painter.setPen(self._ink())
            year = f"{month.year % 100:02d}" if count > 1 else str(month.year)
            label = f"{month_name(month)} {year}"
            painter.drawText(QRectF(plot.left() + slot * index, plot.bottom() + 3, slot, 18),
                             Qt.AlignmentFlag.AlignCenter, label if slot > 34 or index % 2 == 0 else "")
        items = list(zip(colours, [layer.label for layer in self._series], strict=True))
        self._legend(painter, items, plot.bottom() + 26, 56)
        painter.end()

    def _paint_axis(self, painter: QPainter, plot: QRectF, step: float, top: float) -> None:
        grid = self.palette().color(QPalette.ColorRole.Mid)
        value, hour = 0.0, hour_symbol(current_language())
        while value <= top + 0.5:
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine if value else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self._ink())
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(0, y - 9, plot.left() - 6, 18), right, f"{round(value / 60)} {hour}")
            value += step


@dataclass(frozen=True)
class Bar:
    """One row of a horizontal bar chart: a label, its segments (minutes, colour, what) and the text shown."""

    label: str
    segments: tuple[tuple[int, str, str], ...]
    text: str

    @property
    def total(self) -> int:
        return sum(minutes for minutes, _colour, _what in self.segments)


class HorizontalBars(_Chart):
    """Labelled horizontal bars on one scale (situations by invisible time, mobilisation outcomes)."""

    ROW = 24

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._bars: list[Bar] = []
        self._legend_items: list[tuple[str, str]] = []

    def set_bars(self, bars: list[Bar], legend: list[tuple[str, str]]) -> None:
        self._bars, self._legend_items = list(bars), list(legend)
        self.setAccessibleDescription("; ".join(f"{bar.label}: {bar.text}" for bar in self._bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        legend = self._legend_rows([label for _c, label in self._legend_items], self._label_width())
        return QSize(560, max(len(self._bars), 1) * self.ROW + 8 + legend * LEGEND_ROW)

    def _label_width(self) -> float:
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=60)
        return min(widest + 12, max(self.width(), 300) * 0.4)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._tips = []
        metrics = QFontMetricsF(self.font())
        left = self._label_width()
        text_width = max((metrics.horizontalAdvance(bar.text) for bar in self._bars), default=0) + 12
        scale = max((bar.total for bar in self._bars), default=1) or 1
        width = max(self.width() - left - text_width - 8, 20)
        for row, bar in enumerate(self._bars):
            y = 4 + row * self.ROW
            painter.setPen(self._ink())
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, left - 8)
            painter.drawText(QRectF(0, y, left - 8, self.ROW), Qt.AlignmentFlag.AlignVCenter, label)
            x = left
            for minutes, colour, what in bar.segments:
                length = width * minutes / scale
                rect = QRectF(x, y + 4, length, self.ROW - 8)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
                painter.drawRect(rect)
                self._tips.append((rect, f"{bar.label} — {what} : {shown_duration(minutes)}"))
                x += length
            painter.setPen(self._ink())
            painter.drawText(QRectF(x + 6, y, text_width, self.ROW), Qt.AlignmentFlag.AlignVCenter, bar.text)
        self._legend(painter, self._legend_items, 8 + len(self._bars) * self.ROW, left)
        painter.end()


class ShareBar(_Chart):
    """One 100 % bar: time with the person and invisible work, each with its share written in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("share_bar")
        self.setAccessibleName(self.tr("Face to face and invisible work"))
        self._parts: list[tuple[str, int, str]] = []  # label, minutes, colour

    def set_parts(self, parts: list[tuple[str, int, str]]) -> None:
        self._parts = list(parts)
        total = sum(minutes for _l, minutes, _c in self._parts) or 1
        self.setAccessibleDescription("; ".join(f"{label}: {percent_text(round(100 * minutes / total))}"
                                                for label, minutes, _c in self._parts))
        self.update()

    def parts(self) -> list[tuple[str, int, str]]:
        return list(self._parts)

    def sizeHint(self) -> QSize:
        return QSize(560, 40)

    def drawn_parts(self) -> list[tuple[QRectF, str, str, str]]:
        """(rectangle, colour, text written in it, tooltip) of each part at the bar's current width: the
        label and its share when both fit, else the share alone, else nothing (never half a text)."""
        total = sum(minutes for _l, minutes, _c in self._parts) or 1
        metrics = QFontMetricsF(self.font())
        x, width, drawn = 0.0, float(self.width()), []
        for label, minutes, colour in self._parts:
            length = width * minutes / total
            share = percent_text(round(100 * minutes / total))
            text = next((text for text in (f"{label} {share}", share)
                         if metrics.horizontalAdvance(text) + 12 < length), "")
            drawn.append((QRectF(x, 4, length, self.height() - 8), colour, text,
                          f"{label} {share} ({shown_duration(minutes)})"))
            x += length
        return drawn

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._tips = []
        for rect, colour, text, tip in self.drawn_parts():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRect(rect)
            self._tips.append((rect, tip))
            if text:
                painter.setPen(QColor("white"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, text)
        painter.end()
