"""Locking: after N idle minutes or on Ctrl+L the window hides everything, empties its models, disposes the
engine and drops the key; the lock screen asks for the passphrase (or the recovery code) again.

The key remembered in the OS keyring is deliberately *not* used on the lock screen: the lock protects an
unattended open session, which is exactly where the keyring would answer for anyone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ui.register.view import RegisterViewState
from ui.unlock.dialog import UnlockPanel

USER_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """Emits `idle` once after `delay_ms` without keyboard or mouse input anywhere in the application.

    The application-wide event filter only notes the time of the last input (cheap); a single-shot timer
    checks it when the delay could have run out, and re-arms itself for the remaining time.
    """

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.delay_ms = int(minutes * 60_000)
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.set_delay_ms(int(minutes * 60_000))

    def set_delay_ms(self, delay_ms: int) -> None:
        self.delay_ms = max(int(delay_ms), 1)
        if self._timer.isActive():
            self.start()

    def start(self) -> None:
        self._last_input = time.monotonic()
        self._timer.start(self.delay_ms)

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here (thousands while a situation opens): the isinstance
        # test is cheap, converting event.type() to its enum is not, so only input events pay for it.
        if isinstance(event, QInputEvent) and event.type() in USER_INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _check(self) -> None:
        remaining = self.delay_ms - int((time.monotonic() - self._last_input) * 1000)
        if remaining > 0:
            self._timer.start(remaining)
        else:
            self.idle.emit()

    def dispose(self) -> None:
        self.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


@dataclass(frozen=True)
class WindowState:
    """Where the window was when it locked: page, register view (filters, selection), the open tabs in their
    order (("situation", id) or ("tool", name)), the tab in front, the tab shown inside each situation, and
    what each tool page chose to keep (its `lock_state()`, e.g. the CdP page's selected session).

    Ids and names only: nothing a person typed is kept while locked."""

    page: int = 0
    register: RegisterViewState = field(default_factory=RegisterViewState)
    open_tabs: tuple[tuple[str, object], ...] = ()
    current: tuple[str, object] | None = None
    situation_tabs: dict[int, int] = field(default_factory=dict)
    tool_states: dict[str, object] = field(default_factory=dict)

    @property
    def open_situations(self) -> tuple[int, ...]:
        return tuple(key for kind, key in self.open_tabs if kind == "situation")


class LockScreen(QWidget):
    """Shown instead of every page while locked; `panel.unlocked` carries the reopened register."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(620)
        self.panel = UnlockPanel(folder, card, guarded=False, can_switch=False)
        self.panel.set_intro(self.tr("Relais is locked"), self.tr(
            "Nothing of the register is shown or kept in memory while Relais is locked. Type your passphrase "
            "to continue where you left off."))
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 20)
        inner.addWidget(self.panel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def prepare(self) -> None:
        """Fresh form, focus in the passphrase field."""
        self.panel.set_folder(self.panel.folder)
        self.panel.passphrase.clear()
        self.panel.recovery.clear()
        self.panel.focus_field()
