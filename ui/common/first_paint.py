"""Work that waits until a window has been drawn once (issue 14: start to the unlock window).

At start-up the first dialog is shown and, right after, background threads begin loading the rest of the
application and trying the key remembered in the keyring. Started before the dialog's first paint, they hold
Python's interpreter lock while the GUI thread is still laying out and painting it, and the window appears
later. `after_first_paint(callback)` queues the callback for the turn of the event loop that follows the
window's first paint instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer


class AfterFirstPaint:
    """Mixin for a top-level QWidget subclass (put it first among the bases)."""

    _painted = False
    _waiting: list[Callable[[], None]] | None = None

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the window has painted (at once, on the next turn, if it already has)."""
        if self._painted:
            QTimer.singleShot(0, callback)
        else:
            self._waiting = [*(self._waiting or ()), callback]

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            waiting, self._waiting = self._waiting or [], None
            for callback in waiting:  # after the whole paint pass (the children paint after this widget)
                QTimer.singleShot(0, callback)
