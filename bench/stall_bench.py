"""GUI-thread stalls: the longest gap of a 5 ms QTimer while unlocking, and while the CdP review is prepared.

Usage: .venv/bin/python bench/stall_bench.py --register DIR --passphrase-stdin [--runs 3] [--no-gc-tuning]
The unlock runs as in the window: UnlockDialog, the passphrase typed, the rows read on the unlock thread
(after the rest of the application has loaded, as while the person types). The CdP figure runs the review
of the first eligible situations (without the NER model: its own process is measured by cdp_window_bench)
on a pool thread, as the review dialog runs it (ui/cdp/review_export._prepare), the first time in the process
(no warm-up: the word lists load during it). `--no-gc-tuning` turns the collector pauses and the start-up
freeze off, for the "before".
Each figure is the median over the runs of the longest gap minus the 5 ms period.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import statistics
import sys
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PERIOD_MS = 5


class GapSampler:
    """A 5 ms timer on the GUI thread; `worst_ms` is its longest lateness."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst_ms = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst_ms = max(self.worst_ms, (now - self.last) * 1000 - PERIOD_MS)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return round(self.worst_ms, 1)


def pump_until(condition, timeout_s: float = 120) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the bench waited too long")
        QApplication.processEvents()
        time.sleep(0.001)


def unlock_stall(folder: Path, passphrase: str) -> tuple[float, object]:
    from ui.shell import warm_up
    from ui.unlock.dialog import UnlockDialog

    dialog = UnlockDialog(folder, try_keyring=False)
    dialog.panel.preload = lambda register: warm_up.read_rows(register, "fr")
    dialog.show()
    dialog.panel.passphrase.setText(passphrase)
    sampler = GapSampler()
    sampler.start()
    dialog.panel.try_unlock()
    pump_until(lambda: dialog.register is not None)
    worst = sampler.stop()
    register = dialog.register
    dialog.panel.release_guard()
    dialog.deleteLater()
    return worst, register


def cdp_stall(register) -> float:
    from app.cdp.canvas import candidates
    from app.cdp.sessions import CdpSessionData, CdpSessionService
    from app.services import Services
    from ui.cdp.review_export import _prepare
    from ui.common.workers import run_in_background

    services = Services.for_register(register)
    cdp = CdpSessionService(services)
    chosen = [c.situation_id for c in candidates(services) if c.eligible][:5]
    session = cdp.set_situations(cdp.create(CdpSessionData(group_name="banc")).id, chosen)
    done: list = []
    sampler = GapSampler()
    sampler.start()
    task = run_in_background(_prepare, cdp, session, False)  # the review dialog's own call
    task.succeeded.connect(done.append)
    task.failed.connect(done.append)
    pump_until(lambda: bool(done))
    return sampler.stop()


def idle_gap(seconds: float = 1.0) -> float:
    """The same sampler with nothing running: the noise of a shared machine, to read the others against."""
    sampler = GapSampler()
    sampler.start()
    end = time.perf_counter() + seconds
    pump_until(lambda: time.perf_counter() > end)
    return sampler.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--register", type=Path, required=True)
    parser.add_argument("--passphrase-stdin", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-gc-tuning", action="store_true")
    args = parser.parse_args()
    passphrase = sys.stdin.readline().rstrip("\n")
    from PySide6.QtWidgets import QApplication

    import app.collector

    app_ = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 - keeps the application alive
    if args.no_gc_tuning:  # before anything imports it
        app.collector.paused_collector = contextlib.nullcontext
    from ui.shell import warm_up

    for name in (*warm_up.BACKGROUND_MODULES, *warm_up.WINDOW_MODULES, "app.cdp.sessions", "app.cdp.canvas"):
        __import__(name)
    if not args.no_gc_tuning:
        gc.freeze()  # as warm_up.settle() does once everything has loaded
    unlock, cdp, idle = [], [], []
    for _ in range(args.runs):
        idle.append(idle_gap())
        worst, register = unlock_stall(args.register, passphrase)
        unlock.append(worst)
        cdp.append(cdp_stall(register))
        register.close()
    report({"stalls": {"gc_tuning": not args.no_gc_tuning, "runs": args.runs,
                       "idle_max_gap_ms": statistics.median(idle),
                       "unlock_max_gap_ms": statistics.median(unlock), "unlock_all_ms": unlock,
                       "cdp_prepare_max_gap_ms": statistics.median(cdp), "cdp_all_ms": cdp}})


if __name__ == "__main__":
    main()
