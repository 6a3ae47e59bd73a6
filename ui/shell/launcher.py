"""Entry point of the `relais` script: subcommands go to app.cli.main; no subcommand opens the window.

Qt is imported only when the window opens, so scripted use (`relais verify …`) starts fast and works on
machines without a display. `relais` and `relais --register DIR` skip the command line's parser and its
imports (the subcommands pull in SQLAlchemy and the exports): the unlock window shows first (issue 14).
Before Qt loads its xcb platform plugin (which aborts the process with a long
message when a library is missing), the launcher checks those libraries and names the missing packages in
one line. A second plain start while Relais runs brings the running window forward instead.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

# The libraries Qt's xcb platform plugin loads and the bundle leaves to the system (packaging/relais.spec,
# SYSTEM_LIBRARIES), with the Debian/Ubuntu package of each (the .deb Depends on them all,
# packaging/build_archives.py). libxcb-cursor0 and libxcb-icccm4 are the ones most often missing.
XCB_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

SMOKE_TEST_VARIABLE = "RELAIS_SMOKE_TEST"  # set to 1: report the first window shown, then quit


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will try its xcb plugin first: on Linux, unless QT_QPA_PLATFORM names another one."""
    if not platform.startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    return requested in ("", "xcb")


def library_loads(soname: str) -> bool:
    """True when the dynamic loader finds `soname` (in the bundle first, then the system)."""
    import ctypes  # only for this check (xcb): not on the way to the window otherwise

    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [os.path.join(bundle, soname)] if bundle else []
    for name in [*[c for c in candidates if os.path.exists(c)], soname]:
        try:
            ctypes.CDLL(name)
            return True
        except OSError:
            continue
    return False


def missing_display_packages(environ: Mapping[str, str] | None = None,
                             loads: Callable[[str], bool] | None = None) -> list[str]:
    """The packages to install before the window can open on X11 (empty when nothing is missing)."""
    if not uses_xcb(os.environ if environ is None else environ):
        return []
    loads = loads or library_loads
    return sorted({package for soname, package in XCB_LIBRARIES.items() if not loads(soname)})


def missing_display_line(packages: Sequence[str]) -> str:
    names = " ".join(packages)
    noun = "le paquet" if len(packages) == 1 else "les paquets"
    return (f"relais : la fenêtre ne peut pas s'ouvrir, il manque {noun} {names} "
            f"(installez-{'le' if len(packages) == 1 else 'les'} : sudo apt install {names}).")


def raise_windows() -> None:
    """Bring every visible window of this Relais forward (the unlock dialog or the main window)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.setWindowState(widget.windowState() & ~Qt.WindowState.WindowMinimized)
            widget.raise_()
            widget.activateWindow()


def report_first_window(started: float) -> None:
    """Smoke test of a build: print which window showed first, when (epoch seconds, so a script can time
    it from the process start) and after how long in the launcher; quit once background tasks are done."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.common.workers import running_tasks

    shown: list[str] = []

    def poll() -> None:
        if not shown:
            visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            if visible:
                shown.append(type(visible[0]).__name__)
                print(f"relais smoke test: {shown[0]} shown at {time.time():.3f}, "
                      f"{time.perf_counter() - started:.2f} s after the launcher began", flush=True)
        elif running_tasks() == 0:  # quitting under a running task would only test the shutdown race
            timer.stop()
            QCoreApplication.exit(0)

    timer = QTimer(QApplication.instance())
    timer.timeout.connect(poll)
    timer.start(10)


def import_qt_free_part() -> None:
    """The Qt-free modules of the unlock window, imported before PySide6: once loaded, PySide6's import hook
    (shibokensupport.feature) reads the source of every module imported after it, looking for "PySide6"
    (about 6 ms for these; issue 14, bench/start_bench.py)."""
    import app.registers  # noqa: F401


def open_window(register: Path | None) -> int:
    started = time.perf_counter()
    missing = missing_display_packages()
    if missing:
        print(missing_display_line(missing), file=sys.stderr)
        return 1
    import_qt_free_part()
    from PySide6.QtWidgets import QApplication

    from ui.shell import qt_messages

    qt_messages.install()  # before Qt says anything: its warnings may quote personal data
    app = QApplication.instance() or QApplication(sys.argv)
    # an explicit --register is a deliberate choice: the register lock (RegisterGuard) decides then
    if register is None:
        from ui.shell.instance_guard import ask_running_instance_to_raise

        if ask_running_instance_to_raise():
            print("relais : Relais est déjà ouvert ; sa fenêtre passe au premier plan.", file=sys.stderr)
            return 0
    if os.environ.get(SMOKE_TEST_VARIABLE) == "1":
        report_first_window(started)
    from ui.shell.application import run

    return run(register, after_first_paint=lambda: after_first_window(app))


def after_first_window(app: QApplication) -> None:
    """Once the first dialog is drawn: the icon (an SVG: Qt's SVG plugin, and importlib.resources) and the
    local socket (QtNetwork) are not on the way to the window (issue 14); Qt gives the application's icon
    to the windows already shown. A second plain `relais` started in those few milliseconds finds nobody
    and opens its own window, as two starts at the same instant always could."""
    from importlib.resources import files

    from PySide6.QtGui import QIcon

    from ui.shell.instance_guard import InstanceServer

    app.setWindowIcon(QIcon(str(files("resources.icons") / "be.relais.Relais.svg")))

    server = InstanceServer(parent=app)
    server.raise_requested.connect(raise_windows)
    server.listen()


def window_only(argv: Sequence[str]) -> tuple[bool, Path | None]:
    """(True, the --register folder or None) when `argv` asks for nothing but the window."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--register" and argv[1] and not argv[1].startswith("-"):
        return True, Path(argv[1])
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the NER child process (spawn) starts here too
        import multiprocessing

        multiprocessing.freeze_support()
    window, register = window_only(sys.argv[1:] if argv is None else list(argv))
    if window:  # the vocabularies are validated while the unlock window shows (ui.shell.warm_up)
        return open_window(register)
    from app.cli.main import main as cli_main

    return cli_main(argv, open_window=open_window)


if __name__ == "__main__":
    sys.exit(main())
