"""The CdP export made ready during the session, before the CdP page is even opened (issue 14).

Loading the NER model in its child process takes ~1 s and the register's identifiers and the anonymiser's
word lists ~0.7 s (both were 2–4 s before the factored token-match expression and the word-list cache): done
only when the CdP page opens, "Prepare the export" clicked at once would wait ~1.1 s. So a second after the
register is shown the child starts (at low OS priority: it yields the CPU to the window, and shares no
interpreter lock with it), and a few seconds later — once the window's own background imports are done
(ui/shell/warm_up.py) — the rest of the warm-up of ui/cdp/warm_up.py.

It gives its memory back (the child's ~150 MB and the window's identifiers and word lists):
- after an export (the CdP page's review, `cool_down(release=…)`), and when the CdP page is left;
- when the window locks (the names leave memory with the register);
- after `IDLE_END_MS` without the CdP page shown (nobody is preparing a CdP: no need to hold the model).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ui.cdp.warm_up import cool_down, start_child, warm_up

CHILD_MS = 1_000  # after the register is shown: its first paint comes first
START_MS = 4_000  # the identifiers hold the interpreter on and off: after the spare editor and the imports
IDLE_END_MS = 15 * 60_000


class CdpReadiness(QObject):
    """Owned by the main window (the composition root creates it: tests of other features leave it off)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self.start_timer = QTimer(self)
        self.start_timer.setSingleShot(True)
        self.start_timer.setInterval(START_MS)
        self.start_timer.timeout.connect(self._start)
        self.end_timer = QTimer(self)
        self.end_timer.setSingleShot(True)
        self.end_timer.setInterval(IDLE_END_MS)
        self.end_timer.timeout.connect(self._end_when_idle)
        window.locked_changed.connect(self._on_locked)
        window.closed.connect(self._on_closed)
        self.start_timer.start()
        QTimer.singleShot(CHILD_MS, self, self._start_child)

    def _start_child(self) -> None:
        if self._window.services is not None and not self._window.is_locked:
            start_child()

    def _start(self) -> None:
        from ui.shell import warm_up as shell_warm_up

        if self._window.services is None or self._window.is_locked:
            return
        if not shell_warm_up.finished():  # the window is still loading its own modules: not idle yet
            self.start_timer.start()
            return
        warm_up(self._window.services, use_ner=True)
        self.end_timer.start()

    def _end_when_idle(self) -> None:
        page = self._window.tool_pages.page("cdp")
        if page is not None and (page.isVisible() or getattr(page, "review_dialog", None) is not None):
            self.end_timer.start()  # in use: look again later
            return
        cool_down()

    def _on_locked(self, locked: bool) -> None:
        self.end_timer.stop()
        if locked:
            self.start_timer.stop()
            cool_down()
        else:
            self.start_timer.start()
            QTimer.singleShot(CHILD_MS, self, self._start_child)

    def _on_closed(self) -> None:
        self.start_timer.stop()
        self.end_timer.stop()
        cool_down()
