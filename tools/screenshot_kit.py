"""Shared pieces of the offscreen screenshot scripts (`make screenshots`, the `ui.*screenshots` modules).

An offscreen QApplication with the shipped DejaVu fonts (the images look the same on every machine) and the
shipped translations of one language; a throw-away register in a temporary folder; saving a widget's grab to
a PNG file; waiting for work done off the GUI thread.

Qt is imported inside the functions: `QT_QPA_PLATFORM` must be set before the first Qt import.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

PASSPHRASE = "marmite violette sous la pluie"
FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def prepare_application(language: str = "fr"):
    """The QApplication (offscreen unless told otherwise), with the DejaVu fonts and `language` installed."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_large_screen()}"
    from ui.shell import pyside_fix, qt_refcount

    qt_refcount.install()
    pyside_fix.install()
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from ui.common.i18n import install_translations

    app = QApplication.instance() or QApplication([])
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(FONTS / name))
    app.setFont(QFont("DejaVu Sans", 9))
    install_translations(language, app)
    return app


def _large_screen() -> Path:
    """A 1920×1080 screen for the offscreen platform (its own is 800×600, and windows and dialogs are fitted
    to their screen): a file the platform reads at start."""
    config = Path(tempfile.gettempdir()) / "relais-offscreen-screen.json"
    config.write_text(json.dumps({"screens": [
        {"name": "screen", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1}]}))
    return config


def process_events(rounds: int = 3) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()


def save_grab(
    widget,
    target: Path,
    prepare: Callable[[], Any] | None = None,
    *,
    size: tuple[int, int] | None = None,
    rounds: int = 3,
) -> Path:
    """Resize (when `size` is given) and show `widget`, let it settle, run `prepare`, let it settle again,
    then save its grab to `target` (printed)."""
    if size is not None:
        widget.resize(*size)
    widget.show()
    process_events(rounds)
    if prepare is not None:
        prepare()
    process_events(rounds)
    widget.grab().save(str(target))
    print(target)
    return target


def wait_until(condition: Callable[[], bool], seconds: float = 20.0) -> bool:
    """Process events until `condition()` holds or `seconds` have passed; returns `condition()`."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    return condition()


class ScratchRegister(NamedTuple):
    register: Any  # storage.register.Register, open
    recovery_code: str
    work: Path  # the temporary folder holding the register, free for other throw-away files


@contextmanager
def temporary_register(name: str = "register") -> Iterator[ScratchRegister]:
    """A new register `name` (passphrase `PASSPHRASE`) in a temporary folder, closed and deleted after."""
    from storage.register import Register

    with tempfile.TemporaryDirectory(prefix="relais-screens-") as tmp:
        work = Path(tmp)
        register, code = Register.create(work / name, PASSPHRASE, iterations=1)
        try:
            yield ScratchRegister(register, code, work)
        finally:
            register.close()


def output_folder(argv: list[str]) -> Path:
    """The folder given on the command line (docs/screenshots by default), created if needed."""
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    return out
