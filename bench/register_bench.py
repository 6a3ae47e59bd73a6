"""The register window on the large demo register (DESIGN.md §8, issue 3): prints JSON.

Measures, offscreen: unlock (passphrase) to a populated, painted window; search-as-you-type latency per
keystroke through the real Qt model (typing "dupont" and "seule" letter by letter, then erasing them), median
and p95, for the filtering alone and with the repaint the event loop then does (offscreen = software
raster); opening a situation in its editor (built and painted).

Usage: .venv/bin/python bench/register_bench.py [--register DIR --passphrase-stdin]
Without --register a large demo register is built in a temporary folder first (about 10 s).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import _common  # noqa: F401 - puts the repository on sys.path
from _common import report
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.demo import build_demo
from app.services import Services
from storage.register import Register
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.qt_refcount import install as guard_qt_refcounts

PASSPHRASE = "phrase de passe du banc d'essai"


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def _stats(samples: list[float]) -> dict:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return {"median_ms": round(statistics.median(ordered), 2), "p95_ms": round(p95, 2), "n": len(ordered)}


def _wait(app: QApplication, condition, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)


def measure(app: QApplication, folder: Path, passphrase: str, settings_dir: Path) -> dict:
    preferences = Preferences(QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat))
    start = time.perf_counter()
    register = Register.open_with_passphrase(folder, passphrase)
    window = MainWindow(Services.for_register(register), preferences)
    window.resize(1200, 760)
    window.show()
    window.grab()  # forces a paint of the populated table
    results = {"unlock_to_window_ms": _ms(start), "rows": window.register_view.model.rowCount()}
    view = window.register_view
    _wait(app, lambda: view.search_texts_ready)
    results["search_texts_ready_after_ms"] = _ms(start)
    results["keystroke_filter"] = _stats(_type_and_erase(app, view, "dupont", paint=False)
                                         + _type_and_erase(app, view, "seule", paint=False))
    results["keystroke_filter_and_paint"] = _stats(_type_and_erase(app, view, "dupont")
                                                   + _type_and_erase(app, view, "seule"))
    results["open_situation"] = _stats(_open_situations(app, window, view, 10))
    window.close()
    register.close()
    return results


def _type_and_erase(app: QApplication, view, word: str, *, paint: bool = True) -> list[float]:
    """Per keystroke: the model filtering alone, or with the event loop's one repaint of the table."""
    samples = []
    typed = [word[:i] for i in range(1, len(word) + 1)]
    for text in typed + typed[-2::-1] + [""]:
        start = time.perf_counter()
        view.search.setText(text)
        if paint:
            app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    return samples


def _open_situations(app: QApplication, window, view, count: int) -> list[float]:
    samples = []
    for row in range(count):
        situation_id = view.model.situation_id(row * 37)
        start = time.perf_counter()
        editor = window.open_situation(situation_id)
        editor.repaint()
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
        window.close_current_tab()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--register", type=Path)
    parser.add_argument("--passphrase-stdin", action="store_true")
    args = parser.parse_args()
    guard_qt_refcounts()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp())
    try:
        folder, passphrase = args.register, PASSPHRASE
        if folder is None:
            folder = work / "large"
            register, _code = Register.create(folder, PASSPHRASE)
            build_demo(register, size="large")
            register.close()
        elif args.passphrase_stdin:
            passphrase = sys.stdin.readline().rstrip("\n")
        report(measure(app, folder, passphrase, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
