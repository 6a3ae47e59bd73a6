"""The CdP export as the window runs it: warm-up when the page opens, "Prepare the export", the child stopped.

Usage: .venv/bin/python bench/cdp_window_bench.py --register DIR --passphrase-stdin [--runs 3]
One process, as one session of the window (offscreen), with the application's modules loaded first. Per run:
- `warm_up`: ui/cdp/warm_up.warm_up() (NER child process spawned, the register's identifiers read), timed
  until both are ready, with the GUI thread's longest gap (5 ms timer) meanwhile;
- `prepare`: the review of five situations with the NER model (in the child), on a pool thread as the
  review dialog does it, timed, with the longest gap; the first run's is the first time in the session;
- the export itself (the PDF, written on a pool thread and removed), then the review dropped and
  `cool_down(release=…)` as the CdP page does when its review closes after an export;
- memory: this process's peak RSS (ru_maxrss) and the child's RSS while it runs, then this process's RSS
  after the export and the release — "≤ 250 MB once the export is done".
Before the runs, the first "Prepare" of the session, clicked the moment the CdP page opens:
- `prepare_at_once_s`: nothing ready yet (the page opened within seconds of unlocking);
- `prepare_after_idle_warm_up_s`: the window's idle warm-up (ui/cdp/readiness.py, seconds after unlocking)
  has finished first; `idle_warm_up_s` is how long it takes, with the GUI thread's longest gap meanwhile.
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
    review = done[0]
    assert review.anonymiser.ner_available, "the review ran without the NER model"
    done.clear()
    export_s = export_pdf(services, session, review)
    del review
    warm_up.cool_down(release=services).join()
    identifiers.forget(services.register)
    return {"export_s": export_s, "warm_up_s": round(warm_s, 3), "warm_up_max_gap_ms": warm_gap,
            "prepare_s": round(prepare_s, 3),
            "prepare_max_gap_ms": prepare_gap, "child_rss_mib": child_rss,
            "rss_after_export_mib": rss_mib()}


def export_pdf(services, session, review) -> float:
    """The confirmed review written as the PDF (owner-only, logged), as the review dialog does it."""
    import tempfile

    from app.cdp.export import export_session
    from ui.common.workers import run_in_background

    review.confirm()
    done: list = []
    with tempfile.TemporaryDirectory(prefix="relais-cdp-bench-") as folder:
        start = time.perf_counter()
        task = run_in_background(export_session, services.register, session, review, Path(folder) / "cdp.pdf")
        task.succeeded.connect(done.append)
        task.failed.connect(done.append)
        pump_until(lambda: bool(done))
        assert done[0] == "pdf", done[0]
        return round(time.perf_counter() - start, 3)


def idle_warm_up_then_prepare(services, session, cdp) -> dict:
    """The window's idle warm-up (ui/cdp/readiness.py) done, then the page opens and "Prepare" is clicked."""
    from app.anonymiser import ner_process
    from ui.cdp import warm_up
    from ui.cdp.review_export import _prepare
    from ui.common.workers import run_in_background

    sampler = GapSampler()
    sampler.start()
    start = time.perf_counter()
    thread = warm_up.warm_up(services, use_ner=True)  # as ui/cdp/readiness.py starts it
    pump_until(lambda: not thread.is_alive())
    worker = ner_process.current()
    pump_until(lambda: worker._ready is not None or worker.conn.poll())
    idle_s, idle_gap = time.perf_counter() - start, sampler.stop()
    done: list = []
    sampler = GapSampler()
    sampler.start()
    start = time.perf_counter()
    warm_up.warm_up(services, use_ner=True)  # the page opens
    task = run_in_background(_prepare, cdp, session, True)
    task.succeeded.connect(done.append)
    task.failed.connect(done.append)
    pump_until(lambda: bool(done))
    result = {"idle_warm_up_s": round(idle_s, 3), "idle_warm_up_max_gap_ms": idle_gap,
              "prepare_after_idle_warm_up_s": round(time.perf_counter() - start, 3),
              "prepare_after_idle_warm_up_max_gap_ms": sampler.stop()}
    done.clear()
    release_all(services)
    return result


def release_all(services) -> None:
    """Back to a session where nothing of the CdP is loaded (child, identifiers, word lists)."""
    from ui.cdp import warm_up

    warm_up.cool_down(release=services).join()


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
    release_all(services)
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
        cold = cold_prepare(services, session, cdp) | idle_warm_up_then_prepare(services, session, cdp)
        runs = [one_run(services, session, cdp) for _ in range(args.runs)]
        cdp.delete(session.id)
    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    peak = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    report({"cdp_window": cold | {"median": median, "runs": runs, "situations": len(chosen),
                                  "peak_rss_mib": peak, "spacy_in_window_process": "spacy" in sys.modules}})


if __name__ == "__main__":
    main()
