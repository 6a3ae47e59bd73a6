"""A password field with a "show" eye, the one field of the unlock window.

Kept apart from the strength meter (ui.unlock.passphrase_fields) so the unlock window, shown first at start,
loads no more of Qt than it draws (issue 14). Nor the `Qt` namespace: its first use builds every enum of
Qt's namespace, about 15 ms that a bare window never pays, and drawing the eye needs it (QPainter.setPen's
overloads take Qt.PenStyle). So the unlock window asks for the eye with `icon_later=True` and draws it with
`draw_reveal_icon` once it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QLineEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QColor, QIcon

TRANSPARENT = (0, 0, 0, 0)  # Qt.GlobalColor.transparent
REVEAL_ACTION = "revealPassword"


def eye_icon(colour: QColor, crossed: bool) -> QIcon:
    """A small eye drawn with QPainter (no icon theme is needed), struck through when typing is shown."""
    from PySide6.QtCore import QRectF  # the painting classes load when the eye is drawn, after the window
    from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor(*TRANSPARENT))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 2.4))
    painter.drawEllipse(QRectF(3, 9, 26, 14))
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(12, 12, 8, 8))
    if crossed:
        painter.drawLine(5, 27, 27, 5)
    painter.end()
    return QIcon(pixmap)


def reveal_action(edit: QLineEdit, *, icon_later: bool = False) -> QAction:
    """A "show" toggle inside a password field (for a referent typing on a shaky laptop keyboard)."""
    colour = edit.palette().color(QPalette.ColorRole.Text)
    action = QAction(QCoreApplication.translate("PassphraseFields", "Show"), edit)
    action.setObjectName(REVEAL_ACTION)
    if not icon_later:
        action.setIcon(eye_icon(colour, False))
    action.setCheckable(True)
    action.setToolTip(QCoreApplication.translate("PassphraseFields", "Show or hide what you type"))

    def toggle(shown: bool) -> None:
        edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        action.setIcon(eye_icon(colour, shown))

    action.toggled.connect(toggle)
    edit.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
    return action


def draw_reveal_icon(edit: QLineEdit) -> None:
    """The eye of a field made with `icon_later=True` (once its window is shown)."""
    action = edit.findChild(QAction, REVEAL_ACTION)
    if action is not None and action.icon().isNull():
        colour = edit.palette().color(QPalette.ColorRole.Text)
        action.setIcon(eye_icon(colour, action.isChecked()))


def password_edit(accessible_name: str, parent: QWidget, *, icon_later: bool = False) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    edit.setMinimumWidth(320)
    reveal_action(edit, icon_later=icon_later)
    return edit
