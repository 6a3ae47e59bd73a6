"""The CdP export as the window runs it: warm-up when the page opens, "Prepare the export", the child stopped.

Usage: .venv/bin/python bench/cdp_window_bench.py --register DIR --passphrase-stdin [--runs 3]
One process, as one session of the window (offscreen), with the application's modules loaded first. Per run:
- `warm_up`: ui/cdp/warm_up.warm_up() (NER child process spawned, the register's identifiers read), timed
  until both are ready, with the GUI thread's longest gap (5 ms timer) meanwhile;
- `prepare`: the review of five situations with the NER model (in the child), on a pool thread as the
  review dialog does it, timed, with the longest gap; the first run's is the first time in the session;
- memory: this process's peak RSS (ru_maxrss) and the child's RSS while it runs, then this process's RSS
  after the child is stopped (cool_down) — "≤ 250 MB once the export is done".
Between runs the child is stopped and the identifiers forgotten (as when the page is left and a write lands).
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import sys
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import report
from stall_bench import GapSampler, pump_until

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mib(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def one_run(services, session, cdp) -> dict:
    from app.anonymiser import ner_process
    from app.cdp import identifiers
    from ui.cdp import warm_up
    from ui.cdp.review_export import _prepare
    from ui.common.workers import run_in_background

    sampler = GapSampler()
    sampler.start()
    start = time.perf_counter()
    thread = warm_up.warm_up(services, use_ner=True)
    pump_until(lambda: not thread.is_alive())
    worker = ner_process.current()
    pump_until(lambda: worker._ready is not None or worker.conn.poll())  # the child said it has loaded
    worker.available()
    warm_s, warm_gap = time.perf_counter() - start, sampler.stop()
    child_rss = rss_mib(worker.process.pid)
    done: list = []
    sampler = GapSampler()
    sampler.start()
    start = time.perf_counter()
    task = run_in_background(_prepare, cdp, session, True)
    task.succeeded.connect(done.append)
    task.failed.connect(done.append)
    pump_until(lambda: bool(done))
    prepare_s, prepare_gap = time.perf_counter() - start, sampler.stop()
    assert done[0].anonymiser.ner_available, "the review ran without the NER model"
    done.clear()
    gc.collect()
    warm_up.cool_down().join()
    identifiers.forget(services.register)
    return {"warm_up_s": round(warm_s, 3), "warm_up_max_gap_ms": warm_gap, "prepare_s": round(prepare_s, 3),
            "prepare_max_gap_ms": prepare_gap, "child_rss_mib": child_rss,
            "rss_after_export_mib": rss_mib()}


def cold_prepare(services, session, cdp) -> dict:
    """"Prepare" clicked right after the page opened: the review waits for the model's load in the child."""
    from ui.cdp import warm_up
    from ui.cdp.review_export import _prepare
    from ui.common.workers import run_in_background

    done: list = []
    sampler = GapSampler()
    sampler.start()
    start = time.perf_counter()
    warm_up.warm_up(services, use_ner=True)
    task = run_in_background(_prepare, cdp, session, True)
    task.succeeded.connect(done.append)
    task.failed.connect(done.append)
    pump_until(lambda: bool(done))
    result = {"prepare_at_once_s": round(time.perf_counter() - start, 3),
              "prepare_at_once_max_gap_ms": sampler.stop()}
    done.clear()
    warm_up.cool_down().join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--register", type=Path, required=True)
    parser.add_argument("--passphrase-stdin", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    passphrase = sys.stdin.readline().rstrip("\n")
    from PySide6.QtWidgets import QApplication

    app_ = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 - keeps the application alive
    from app import registers
    from app.cdp.canvas import candidates
    from app.cdp.sessions import CdpSessionData, CdpSessionService
    from app.services import Services
    from ui.shell import warm_up as shell_warm_up

    for name in (*shell_warm_up.BACKGROUND_MODULES, *shell_warm_up.WINDOW_MODULES, "ui.cdp.sessions_page"):
        __import__(name)
    gc.freeze()  # as ui.shell.warm_up.settle() does once everything has loaded
    with registers.unlock_with_passphrase(args.register, passphrase) as register:
        services = Services.for_register(register)
        cdp = CdpSessionService(services)
        chosen = [c.situation_id for c in candidates(services) if c.eligible][:5]
        session = cdp.set_situations(cdp.create(CdpSessionData(group_name="banc")).id, chosen)
        cold = cold_prepare(services, session, cdp)
        runs = [one_run(services, session, cdp) for _ in range(args.runs)]
        cdp.delete(session.id)
    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    peak = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    report({"cdp_window": cold | {"median": median, "runs": runs, "situations": len(chosen),
                                  "peak_rss_mib": peak, "spacy_in_window_process": "spacy" in sys.modules}})


if __name__ == "__main__":
    main()
