"""Windows that fit the screen they open on: at 150 % scaling a 1600×1000 screen is 1066×666 logical pixels,
smaller than the main window's default 1180×720, and a window larger than its screen puts its buttons
("Save", "Close") out of reach.

`fit_to_screen(window)` shrinks a top-level window to the available geometry of its screen (never below its
minimum size) and moves it inside; `ScreenFit` does it for every dialog when it is shown, and for a main
window again when it is first shown (its frame, the title bar, is known only then).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

FITTED_SIZE = "relais_fitted_size"  # the size fit_to_screen gave a window (a later resize is deliberate)


def available_geometry(widget: QWidget) -> QRect | None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(window: QWidget) -> None:
    """Shrink `window` (a top-level) to its screen's available geometry, frame included, and move it in."""
    area = available_geometry(window)
    if area is None or area.isEmpty():
        return
    extra_width, extra_height = _frame_margins(window)
    width = min(window.width(), area.width() - extra_width)
    height = min(window.height(), area.height() - extra_height)
    if (width, height) != (window.width(), window.height()):
        # before the first show the layout has not set the minimum size yet: its hint is the minimum
        least = window.minimumSize().expandedTo(window.minimumSizeHint())
        window.resize(max(width, least.width()), max(height, least.height()))
    window.setProperty(FITTED_SIZE, window.size())
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), max(area.right() + 1 - frame.width(), area.left()))
    y = min(max(frame.y(), area.top()), max(area.bottom() + 1 - frame.height(), area.top()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


# A window manager adds its title bar and borders after the first Show: until then Qt reports no frame, and
# a window fitted to the whole screen loses its bottom row (the buttons) below the screen edge.
ASSUMED_FRAME = (16, 48)  # width, height: generous for common title bars, also at 150 %


def _frame_margins(window: QWidget) -> tuple[int, int]:
    frame = window.frameGeometry()
    known = (max(frame.width() - window.width(), 0), max(frame.height() - window.height(), 0))
    if known != (0, 0) or QGuiApplication.platformName() in ("offscreen", "minimal"):
        return known
    return ASSUMED_FRAME


class ScreenFit(QObject):
    """An application event filter: every dialog is fitted to its screen when it is shown; a main window
    fitted before it was shown is fitted again, frame included, unless it was resized in between (on purpose:
    a test or a screenshot at a given size)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            if isinstance(watched, QDialog):
                fit_to_screen(watched)
            elif isinstance(watched, QMainWindow) and watched.property(FITTED_SIZE) == watched.size():
                fit_to_screen(watched)
                watched.setProperty(FITTED_SIZE, None)
        return False


def install_screen_fit(app: QApplication | None = None) -> None:
    """Fit every dialog of the application to its screen from now on (once per application)."""
    app = app or QApplication.instance()
    if app is None or app.findChild(ScreenFit) is not None:
        return
    app.installEventFilter(ScreenFit(app))
