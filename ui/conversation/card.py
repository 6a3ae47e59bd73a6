"""One card of the conversation screen: large, a pictogram above its text, the whole card one button.

The text wraps and the card grows to hold it (never cut: the screens scroll if they must). A chosen card
gets a thick border, a tinted face and a "Chosen" mark, so the state reads without colour too. Colours are
fixed (not the desktop theme's) so that the contrast stays above WCAG AA: dark text on a light face.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.card_pictograms import pictogram_svg
from app.cards import Card

INK = "#1a1a1a"  # on FACE: 17.4:1
FACE = "#ffffff"
CHOSEN_FACE = "#fdf1dc"  # INK on it: 15.6:1
BORDER = "#1d4f7a"
CHOSEN_BORDER = "#a3441f"  # the chosen mark, white on it: 6.2:1
LABEL_POINTS = 26
PROMPT_POINTS = 24  # the floor for card text at 1366×768
RADIUS = 16.0


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class Pictogram(QWidget):
    """An SVG drawing at a fixed square size; hidden when the card has none (or it cannot be drawn)."""

    def __init__(self, svg: bytes | None, side: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(QByteArray(svg)) if svg else None
        self.drawable = self._renderer is not None and self._renderer.isValid()
        self.setFixedSize(side, side)
        self.setVisible(self.drawable)

    def set_side(self, side: int) -> None:
        self.setFixedSize(side, side)

    def paintEvent(self, _event) -> None:
        if self.drawable:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer.render(painter, QRectF(self.rect()))


class ConversationCard(QAbstractButton):
    """A card: checked means chosen. Space, Enter, a click or a touch chooses it (or un-chooses it)."""

    def __init__(
        self, card: Card, language: str, names: tuple[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.card = card
        self._names = names  # ("Card: %1", "Card: %1, chosen") in the conversation's language
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setObjectName(f"card_{card.id}")
        self.pictogram = Pictogram(pictogram_svg(card), 96, self)
        self.label = self._text(card.label(language), LABEL_POINTS, bold=True)
        self.prompt = self._text(card.prompt_text(language), PROMPT_POINTS)
        self.mark = QLabel(self)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mark.setFont(_font(18, bold=True))
        self.mark.setStyleSheet(
            f"color: white; background: {CHOSEN_BORDER}; border-radius: 8px; padding: 2px 10px;"
        )
        self.mark.hide()  # over the top right corner, outside the layout: it takes no height
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 18)
        layout.setSpacing(8)
        layout.addWidget(self.pictogram, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.label)
        layout.addWidget(self.prompt, 1)
        self.toggled.connect(self._show_state)
        self._show_state(False)

    def _text(self, text: str, points: int, bold: bool = False) -> QLabel:
        # French puts a space before ? ! : ; — a no-break one, so that the mark never wraps alone
        for mark in "?!:;":
            text = text.replace(f" {mark}", f"\u00a0{mark}")
        label = QLabel(text, self)
        label.setWordWrap(True)  # long texts wrap and the card grows: never cut
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        label.setFont(_font(points, bold))
        label.setStyleSheet(f"color: {INK}; background: transparent;")
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return label

    def set_mark_text(self, text: str) -> None:
        self.mark.setText(f"✓ {text}")

    def set_pictogram_side(self, side: int) -> None:
        self.pictogram.set_side(side)

    def _show_state(self, chosen: bool) -> None:
        self.mark.setVisible(chosen)
        name = self._names[1] if chosen else self._names[0]
        self.setAccessibleName(name.replace("%1", self.label.text()))
        self.setAccessibleDescription(self.prompt.text())
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.mark.adjustSize()
        self.mark.move(self.width() - self.mark.width() - 14, 12)
        self.mark.raise_()
        # on a narrow card the centred pictogram would sit under the "Chosen" mark: it moves to the left
        narrow = self.width() < self.pictogram.width() + 2 * (self.mark.width() + 40)
        alignment = Qt.AlignmentFlag.AlignLeft if narrow else Qt.AlignmentFlag.AlignHCenter
        self.layout().setAlignment(self.pictogram, alignment)

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().heightForWidth(width)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chosen = self.isChecked()
        width = 6.0 if chosen else 2.0
        rect = QRectF(self.rect()).adjusted(width / 2 + 1, width / 2 + 1, -width / 2 - 1, -width / 2 - 1)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        painter.fillPath(path, QColor(CHOSEN_FACE if chosen else FACE))
        painter.setPen(QPen(QColor(CHOSEN_BORDER if chosen else BORDER), width))
        painter.drawPath(path)
        if self.hasFocus():  # a focus ring apart from the chosen border: keyboard users see where they are
            painter.setPen(QPen(QColor(BORDER), 3, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect.adjusted(8, 8, -8, -8), RADIUS - 6, RADIUS - 6)
