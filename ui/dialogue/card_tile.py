"""One card of the dialogue tool, drawn like a card: a raised, rounded tile with a coloured group stripe.

A drawn card lifts (bigger shadow), gets a thick border, a tinted face and its drawing number in a disc, so
the state reads without colour too. Painting only: the grid (`ui.dialogue.card_grid`) handles keys and layout.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen, QTextLayout
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from app.cards import Card, Deck

TILE_MIN_WIDTH = 180
TILE_HEIGHT = 88
RADIUS = 9.0
STRIPE = 5.0
BADGE = 20.0
ACCENTS = ("#2f6f8f", "#8a4f7d", "#4f7a3a", "#a0632a", "#5a5fa0", "#2f7f73", "#8f3f3f", "#6b6b2f")


def accent_of(deck: Deck, group_id: str) -> QColor:
    index = next((i for i, group in enumerate(deck.groups) if group.id == group_id), 0)
    return QColor(ACCENTS[index % len(ACCENTS)])


def _elided_lines(text: str, font: QFont, width: float, max_lines: int = 1_000) -> list[str]:
    """`text` wrapped to `width`, at most `max_lines` lines, the last one ending in "…" if cut."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while len(lines) <= max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [
            *lines[: max_lines - 1],
            QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width),
        ]
    return lines


class CardTile(QAbstractButton):
    """One card: its label and short prompt; checked means drawn, `number` is its place in the drawing."""

    def __init__(self, card: Card, lang: str, accent: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.accent = accent
        self.number = 0
        self.prompt = card.prompt_text(lang)
        self.setText(card.label(lang))
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # as high as its texts need at its width: the prompt wraps instead of ending in "…"
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setObjectName(f"card_{card.id}")
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(self.prompt)
        self.setToolTip(f"<b>{self.text()}</b><br>{self.prompt}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(TILE_MIN_WIDTH, TILE_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The height that shows the whole label and prompt at `width` (at least TILE_HEIGHT)."""
        body_width = width - 8
        bold, small = self._fonts()
        label_height = len(_elided_lines(self.text(), bold, body_width - 48)) * QFontMetricsF(bold).height()
        top = max(STRIPE + 6 + label_height, STRIPE + BADGE + 6) + 2
        prompt_lines = len(_elided_lines(self.prompt, small, body_width - 22))
        # body margins (see paintEvent): 1 to 3 px above, 4 to 6 below, 6 inside under the prompt
        return max(TILE_HEIGHT, math.ceil(top + prompt_lines * QFontMetricsF(small).height() + 14))

    def _fonts(self) -> tuple[QFont, QFont]:
        """The label's (bold) and the prompt's (one point smaller) fonts."""
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        return bold, small

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        drawn = self.isChecked()
        lift = 0.0 if drawn else 2.0  # a drawn card is lifted off the table
        body = QRectF(self.rect()).adjusted(3, 1 + lift, -5, -6 + lift)
        self._paint_shadow(painter, body, drawn)
        self._paint_body(painter, body, drawn)
        self._paint_texts(painter, body)
        self._paint_badge(painter, body, drawn)
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(body.adjusted(-2.5, -2.5, 2.5, 2.5), RADIUS + 2, RADIUS + 2)
        painter.end()

    def _paint_shadow(self, painter: QPainter, body: QRectF, drawn: bool) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        offset, alpha = (4.0, 70) if drawn else (2.0, 45 + (20 if self.underMouse() else 0))
        painter.setBrush(QColor(0, 0, 0, alpha))
        painter.drawRoundedRect(body.translated(1.5, offset), RADIUS, RADIUS)

    def _paint_body(self, painter: QPainter, body: QRectF, drawn: bool) -> None:
        base = self.palette().color(QPalette.ColorRole.Base)
        face = _mix(base, self.accent, 0.16) if drawn else base
        path = QPainterPath()
        path.addRoundedRect(body, RADIUS, RADIUS)
        painter.fillPath(path, face)
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRectF(body.left(), body.top(), body.width(), STRIPE), self.accent)
        painter.restore()
        border = self.accent if drawn else self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 3.0 if drawn else 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _paint_texts(self, painter: QPainter, body: QRectF) -> None:
        text_color = self.palette().color(QPalette.ColorRole.Text)
        width = body.width() - 22 - 26  # room for the badge on the right
        left, top = body.left() + 11, body.top() + STRIPE + 6
        bold, small = self._fonts()
        label_lines = _elided_lines(self.text(), bold, width, 3)
        painter.setFont(bold)
        painter.setPen(text_color)
        line_height = QFontMetricsF(bold).height()
        for index, line in enumerate(label_lines):
            painter.drawText(QRectF(left, top + index * line_height, width, line_height), line)
        small_height = QFontMetricsF(small).height()
        top = max(top + len(label_lines) * line_height, body.top() + STRIPE + BADGE + 6) + 2
        room = max(int((body.bottom() - 6 - top) // small_height), 1)
        painter.setFont(small)
        painter.setPen(_mix(text_color, self.palette().color(QPalette.ColorRole.Base), 0.3))
        for index, line in enumerate(_elided_lines(self.prompt, small, body.width() - 22, room)):
            painter.drawText(QRectF(left, top + index * small_height, body.width() - 22, small_height), line)

    def _paint_badge(self, painter: QPainter, body: QRectF, drawn: bool) -> None:
        disc = QRectF(body.right() - BADGE - 8, body.top() + STRIPE + 5, BADGE, BADGE)
        if not drawn:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(disc)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.accent)
        painter.drawEllipse(disc)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(self.number))


def _mix(first: QColor, second: QColor, share: float) -> QColor:
    """`first` with `share` of `second` mixed in."""
    return QColor.fromRgbF(
        first.redF() * (1 - share) + second.redF() * share,
        first.greenF() * (1 - share) + second.greenF() * share,
        first.blueF() * (1 - share) + second.blueF() * share,
    )
