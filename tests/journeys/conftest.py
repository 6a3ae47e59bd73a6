"""Journeys drive the real main window with key events only, each press sent to the focused widget.

The UI fixtures (services on a real encrypted register, throw-away preferences, English interface, pool
threads awaited) are those of tests/ui.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import (  # noqa: F401 - fixtures used by the journeys
    _background_tasks_finish,
    _english_interface,
    compiled_translations,
    filled,
    preferences,
    services,
)
from ui.shell.main_window import MainWindow

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)


class Keyboard:
    """Presses keys on whatever has the focus, as a person does, and counts them (a chord is one press)."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.presses = qtbot, 0

    def press(self, key, modifier=NO_MODIFIER) -> None:
        # with no focused widget, the platform gives the key to the active window: so does the test
        receiver = QApplication.focusWidget() or QApplication.activeWindow()
        assert receiver is not None, "no window has the keyboard"
        self.qtbot.keyClick(receiver, key, modifier)
        self.presses += 1

    def type(self, text: str) -> None:
        for character in text:
            self.press(character)

    def settle(self, condition, timeout: int = 5_000) -> None:
        """Wait for what the last press started (a dialog opening, a write), as a person's next key would."""
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)


@pytest.fixture
def keys(qtbot) -> Keyboard:
    return Keyboard(qtbot)


@pytest.fixture
def window(qtbot, services, preferences, filled) -> MainWindow:  # noqa: F811 - the imported fixtures
    """The main window on a real register with four situations, shown and active."""
    window = MainWindow(services, preferences, language="en")
    qtbot.addWidget(window)
    window.resize(1180, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture(autouse=True)
def _dialogs_open_without_blocking(monkeypatch) -> None:
    """`exec()` would block the test in a nested loop: a journey's dialogs open window-modal instead, and the
    keys that follow go to them as they would to the real thing."""
    from PySide6.QtWidgets import QDialog

    def open_instead(dialog: QDialog) -> int:
        dialog.open()
        return 0

    monkeypatch.setattr(QDialog, "exec", open_instead)


def active_dialog(qtbot, kind):
    """The dialog of type `kind` once it is shown and has the keyboard (what a person waits for)."""
    found = []

    def shown() -> bool:
        window = QApplication.activeWindow()
        if isinstance(window, kind) and window.isVisible() and QApplication.focusWidget() is not None:
            found[:] = [window]
            return True
        return False

    qtbot.waitUntil(shown, timeout=5_000)
    return found[0]
