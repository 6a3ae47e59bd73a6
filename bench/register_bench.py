"""The register window on the large demo register (DESIGN.md §8, issue 3): prints JSON.

Measures, offscreen:
- unlock: the real start-up path (RelaisApplication → UnlockDialog, the passphrase typed, Unlock clicked) from
  the click to the main window shown with its rows and painted (`unlock_to_window_ms`, median over
  `--unlocks` runs), and the parts it is made of, each timed alone: the key derivation, the integrity check,
  the register rows (query and display strings), which the unlock thread reads during the check;
- search-as-you-type latency per keystroke through the real Qt model (typing words such as "dupont" and
  "seule" letter by letter, then erasing them), median and p95, wall and GUI-thread CPU time, for the
  filtering alone and with the repaints the event loop then does (two passes of it: the table's delayed
  layout runs on a zero timer and may paint again; offscreen = software raster);
- opening a situation from the register: from `open_situation` to the end of the event-loop pass that
  paints the editor (one paint, as on screen), median and p95 over `--opens` situations; the previous
  editor is closed and its deletion processed before the next request, outside the measure; with the spare
  editor built ahead (ui.situation.spare_editor, as after half a second on the register) and without it.

Usage: .venv/bin/python bench/register_bench.py [--register DIR --passphrase-stdin] [--opens N] [--unlocks N]
Without --register a large demo register is built in a temporary folder first (about 10 s).
The machine's other load shows in the figures: compare medians over enough runs.
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
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")  # no OS keyring prompt

import _common  # noqa: F401 - puts the repository on sys.path
from _common import report
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication

from app.demo.builder import build_demo
from app.services import Services
from storage.engine import KeyHolder, check_integrity, raw_connection
from storage.keyslots import PASSPHRASE_SLOT
from storage.register import DB_NAME, Register, load_keyslots
from ui.register.view import read_rows
from ui.shell.application import RelaisApplication
from ui.shell.preferences import Preferences
from ui.shell.qt_refcount import install as guard_qt_refcounts

PASSPHRASE = "phrase de passe du banc d'essai"
# Typed letter by letter, then erased. Other words for each figure: the model keeps the rows of its last
# filters (erasing finds them), so words typed before would flatter the second figure.
FILTER_WORDS = ("dupont", "seule", "martin", "aidant", "peeters", "isolement")
PAINT_WORDS = ("dubois", "fatigue", "maes", "voisin", "janssens", "chute")


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


class _PaintSpy(QObject):
    """Notes that a widget received a Paint event."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _until_painted(app: QApplication, widget, timeout: float = 10.0) -> None:
    """Run the event loop until `widget` has been painted (the whole pass that painted it)."""
    spy = _PaintSpy()
    widget.installEventFilter(spy)
    deadline = time.perf_counter() + timeout
    while not spy.painted and time.perf_counter() < deadline:
        app.processEvents()
    widget.removeEventFilter(spy)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()


def measure(app: QApplication, folder: Path, passphrase: str, settings_dir: Path, opens: int,
            unlocks: int) -> dict:
    results: dict = {"unlock_parts_ms": _unlock_parts(folder, passphrase)}
    samples, relais = [], None
    for run in range(unlocks):
        if relais is not None:
            relais.window.shut_down()
            relais.window.deleteLater()
            _settle(app)
        relais, elapsed = _unlock(app, folder, passphrase, settings_dir / f"settings-{run}.ini")
        samples.append(elapsed)
    results["unlock_to_window_ms"] = _stats(samples)
    window = relais.window
    view = window.register_view
    results["rows"] = view.model.rowCount()
    _wait(app, lambda: view.search_texts_ready)
    filtering, painting = _Samples(), _Samples()
    for word in FILTER_WORDS:
        _type_and_erase(app, view, word, filtering, paint=False)
    for word in PAINT_WORDS:
        _type_and_erase(app, view, word, painting)
    results["keystroke_filter"] = _stats(filtering.wall)
    results["keystroke_filter_and_paint"] = _stats(painting.wall)
    # the GUI thread's own CPU time: what the keystroke costs, without the waits a shared machine adds
    results["keystroke_filter_cpu"] = _stats(filtering.cpu)
    results["keystroke_filter_and_paint_cpu"] = _stats(painting.cpu)
    results["open_situation"] = _stats(_open_situations(app, window, view, opens))
    results["open_situation_without_spare_editor"] = _stats(_open_situations(app, window, view, opens,
                                                                             spare=False))
    window.shut_down()
    window.deleteLater()
    _settle(app)
    return results


def _unlock_parts(folder: Path, passphrase: str) -> dict:
    """Each step of the unlock alone (the unlock thread overlaps the check and the rows)."""
    parts = {}
    start = time.perf_counter()
    slots = load_keyslots(folder)
    data_key = slots.unwrap(PASSPHRASE_SLOT, passphrase)
    parts["key_derivation"] = _ms(start)
    key = KeyHolder(data_key)
    connection = raw_connection(folder / DB_NAME, key)
    start = time.perf_counter()
    check_integrity(connection)
    parts["integrity_check"] = _ms(start)
    connection.close()
    key.wipe()
    register = Register(folder, slots, data_key)
    try:
        services = Services.for_register(register)
        start = time.perf_counter()
        summaries = services.situations.summaries()
        parts["rows_query"] = _ms(start)
        start = time.perf_counter()
        read_rows(services, "fr")
        parts["rows_query_and_display_strings"] = _ms(start)
        parts["rows"] = len(summaries)
    finally:
        register.close()
    return parts


def _unlock(app: QApplication, folder: Path, passphrase: str,
            settings: Path) -> tuple[RelaisApplication, float]:
    """The start-up path of `relais --register DIR`: from the click on Unlock to the window painted."""
    preferences = Preferences(QSettings(str(settings), QSettings.Format.IniFormat))
    relais = RelaisApplication(preferences, folder)
    relais.start()
    dialog = relais.dialog
    _wait(app, lambda: not dialog.panel.busy)  # the keyring attempt (none here) is over
    dialog.panel.passphrase.setText(passphrase)
    start = time.perf_counter()
    dialog.panel.unlock_button.click()
    _wait(app, lambda: relais.window is not None, timeout=60)
    window = relais.window
    _until_painted(app, window.register_view.table.viewport())
    elapsed = (time.perf_counter() - start) * 1000
    if window.register_view.model.rowCount() == 0:
        raise SystemExit("the window showed no rows")
    window.resize(1200, 760)
    return relais, elapsed


class _Samples:
    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []


def _type_and_erase(app: QApplication, view, word: str, samples: _Samples, *, paint: bool = True) -> None:
    """Per keystroke: the model filtering alone, or with the event loop's repaints of the table."""
    typed = [word[:i] for i in range(1, len(word) + 1)]
    for text in typed + typed[-2::-1] + [""]:
        start, start_cpu = time.perf_counter(), time.thread_time()
        view.search.setText(text)
        if paint:
            # two passes: an item view lays itself out again on a zero timer after a model reset, and may
            # paint a second time then; both paints are the keystroke's
            app.processEvents()
            app.processEvents()
        samples.wall.append((time.perf_counter() - start) * 1000)
        samples.cpu.append((time.thread_time() - start_cpu) * 1000)
        app.processEvents()


def _open_situations(app: QApplication, window, view, count: int, spare: bool = True) -> list[float]:
    """From the register page: open, let the event loop paint the editor; close outside the measure.
    `spare`: as when the referent has looked at the register for half a second, the spare editor
    (ui.situation.spare_editor) has been built; without it, every opening builds its editor."""
    samples = []
    for number in range(count + 2):
        window.show_page(0)
        _settle(app)
        if spare:
            _wait(app, lambda: window.spare_editor.ready)
        else:
            window.spare_editor.discard()
            _settle(app)
        situation_id = view.model.situation_id((number * 37) % view.model.rowCount())
        start = time.perf_counter()
        editor = window.open_situation(situation_id)
        _until_painted(app, editor.situation_form)
        if number >= 2:  # the first two warm Python and Qt caches up
            samples.append((time.perf_counter() - start) * 1000)
        window.close_current_tab()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--register", type=Path)
    parser.add_argument("--passphrase-stdin", action="store_true")
    parser.add_argument("--opens", type=int, default=30, help="situations opened (default 30)")
    parser.add_argument("--unlocks", type=int, default=5, help="unlocks measured (default 5)")
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
        report(measure(app, folder, passphrase, work, args.opens, args.unlocks))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
