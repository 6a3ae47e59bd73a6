"""A walker over a shown widget tree that finds what a person would see cut: a label, button or field smaller
than its minimum size hint, a widget reaching outside its top-level window, a window reaching outside the
screen, a tab bar showing its scroll arrows.

    problems = layout_problems(window, screen=QRect(0, 0, 1180, 720))
    assert not problems, "\n".join(problems)

Only widgets a person can see are checked: visible, with a non-empty text (or an editor). Widgets inside a
scroll area are checked for their own size, not for their place (the scroll area is there to move them).
`allowed` names known-impossible cases by objectName or class, each with its reason at the call site.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

CHECKED_TYPES = (QLabel, QAbstractButton, QLineEdit, QComboBox)
TOLERANCE = 1  # pixels: rounding of fractional scale factors


def describe(widget: QWidget) -> str:
    """A short name a developer can find: class, objectName or text, and the chain of named parents."""
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text().replace("\n", " ")[:40]
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText()[:40]
    elif isinstance(widget, QComboBox):
        text = widget.currentText()[:40]
    parents = []
    parent = widget.parentWidget()
    while parent is not None and len(parents) < 3:
        if parent.objectName():
            parents.append(parent.objectName())
        parent = parent.parentWidget()
    where = "/".join(reversed(parents))
    return f"{type(widget).__name__}({widget.objectName() or text!r}) in {where or '?'}"


def _shows_something(widget: QWidget) -> bool:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return bool(widget.text()) or (isinstance(widget, QLabel) and widget.pixmap() is not None
                                       and not widget.pixmap().isNull())
    return True


def visible_widgets(root: QWidget, types: tuple[type, ...] = CHECKED_TYPES) -> Iterable[QWidget]:
    for widget in root.findChildren(QWidget):
        if isinstance(widget, types) and widget.isVisibleTo(root) and widget.isVisible():
            yield widget


def _is_part_of_a_field(widget: QWidget) -> bool:
    """The line edit inside a spin box or an editable combo box, an action's icon button inside a line edit:
    their owner is the field that is checked."""
    if isinstance(widget, QLineEdit):
        return isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))
    return isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QLineEdit)


def _is_tab_scroll_arrow(widget: QWidget) -> bool:
    return isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QTabBar)


def clipped(widget: QWidget) -> str | None:
    """Why `widget` is cut (narrower or lower than its minimum size hint), or None."""
    if _is_tab_scroll_arrow(widget) or _is_part_of_a_field(widget) or not _shows_something(widget):
        return None
    hint = widget.minimumSizeHint()
    if widget.hasHeightForWidth():
        # a wrapping text's hint is for its narrowest width: what matters is the height at its width
        needed_height = widget.heightForWidth(widget.width())
        if widget.height() + TOLERANCE < needed_height:
            return f"{describe(widget)} is {widget.height()} high, its text needs {needed_height}"
        if isinstance(widget, QLabel):
            return None
    if isinstance(widget, QComboBox) and (elided := _combo_elides(widget)):
        return elided
    needed_width = _push_button_width(widget) if isinstance(widget, QPushButton) else hint.width()
    short_w = widget.width() + TOLERANCE < needed_width
    short_h = widget.height() + TOLERANCE < hint.height()
    if short_w or short_h:
        return (f"{describe(widget)} is {widget.width()}×{widget.height()}, "
                f"needs {needed_width}×{hint.height()}")
    return None


def _combo_elides(combo: QComboBox) -> str | None:
    """A combo box whose chosen text is wider than its field shows it cut ("Toutes les catégori…")."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if field.width() + TOLERANCE < needed:
        return f"{describe(combo)} shows {combo.currentText()!r} cut: {field.width()} wide, needs {needed}"
    return None


def _push_button_width(button: QPushButton) -> int:
    """The width that shows a push button's text and icon: its minimum size hint without the style's
    80-pixel minimum for text buttons (a narrower "✕" button is not cut)."""
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    margin = button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    content = button.fontMetrics().horizontalAdvance(text) + icon + 2 * margin + 4
    return min(content, button.minimumSizeHint().width())


def _inside_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and parent is holder.viewport():
            return True
        parent = parent.parentWidget()
    return False


def outside_window(widget: QWidget, top: QWidget) -> str | None:
    """Why `widget` reaches outside its top-level window (unless a scroll area holds it), or None."""
    if _inside_scroll_area(widget, top):
        return None
    place = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    if not top.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(place):
        return f"{describe(widget)} at {place.getRect()} is outside the window {top.rect().getRect()}"
    return None


def outside_screen(top: QWidget, screen: QRect) -> str | None:
    frame = top.frameGeometry()
    if frame.width() > screen.width() or frame.height() > screen.height():
        return f"window {type(top).__name__} is {frame.width()}×{frame.height()}, the screen {screen.size()}"
    return None


def tab_bar_overflows(tab_bar: QTabBar) -> bool:
    """True when the tab bar shows its scroll arrows: some tabs are out of sight."""
    return any(_is_tab_scroll_arrow(child) and child.isVisible() for child in tab_bar.children())


def layout_problems(top: QWidget, *, screen: QRect | None = None, allowed: Iterable[str] = ()) -> list[str]:
    """Every clipped or misplaced widget under the shown top-level `top`, as sentences (empty: all fits).
    `allowed`: objectNames (or class names) of widgets known to be cut, each with its reason at the
    call site."""
    excused = set(allowed)
    problems = []
    if screen is not None and (problem := outside_screen(top, screen)):
        problems.append(problem)
    for widget in visible_widgets(top):
        if widget.objectName() in excused or type(widget).__name__ in excused:
            continue
        for problem in (clipped(widget), outside_window(widget, top)):
            if problem:
                problems.append(problem)
    return problems
