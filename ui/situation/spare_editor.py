"""One situation editor built ahead of time, while the referent reads the register.

Building the editor's widgets is most of the cost of opening a situation (DESIGN.md §8: 50 ms); a spare one,
built in an idle moment after the register is shown and after each opening, leaves only the filling to do
when a situation is opened. The spare holds no data (it is never filled before it is taken) and is thrown
away at lock, so nothing of the register waits in it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.services import Services
from ui.situation.editor import SituationEditor

BUILD_DELAY_MS = 400  # after the opening has been painted, and not while the referent types the next key


class SpareEditor(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._editor: SituationEditor | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BUILD_DELAY_MS)
        self._timer.timeout.connect(self._build)

    @property
    def ready(self) -> bool:
        return self._editor is not None

    def prepare(self, services: Services) -> None:
        """Build a spare for `services` soon, unless one is there already."""
        if self._services is not services:
            self.discard()
        self._services = services
        if self._editor is None:
            self._timer.start()

    def take(self, services: Services, parent: QWidget) -> SituationEditor:
        """The spare when it is ready for `services`, else a new blank editor; to be filled with `load`."""
        editor, self._editor = self._editor, None
        if editor is None or editor.services is not services:
            if editor is not None:
                editor.deleteLater()
            return SituationEditor(services, None, parent, blank=True)
        editor.setParent(parent)
        return editor

    def discard(self) -> None:
        """At lock or shut-down: no editor waits with the register's services."""
        self._timer.stop()
        self._services = None
        if self._editor is not None:
            self._editor.deleteLater()
            self._editor = None

    def _build(self) -> None:
        if self._services is None or self._editor is not None:
            return
        editor = SituationEditor(self._services, None, None, blank=True)
        editor.ensurePolished()
        self._editor = editor
