"""Start-up: process start → unlock window shown, and the memory then, against a bare PySide6 window.

Usage: .venv/bin/python bench/start_bench.py --register DIR [--pairs 7]
Each pair runs a bare window (a QDialog with a label and a line edit) and `relais --register DIR`, in turn, as
fresh processes; a window counts as shown at the first turn of its event loop (QApplication.exec patched in
the child), with the GUI thread's CPU time then (load-independent). The relais child imports the launcher
first, as the `relais` script does. It also reports when the rest of the application has loaded in the
background (ui/shell/warm_up.py), with the memory then. Medians over the pairs; the machine may be shared,
so the pairs are interleaved and the ratio is taken per pair.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import report

HERE = Path(__file__).resolve()


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def child(kind: str, register: str | None) -> None:
    if kind == "relais":  # first, as the `relais` script does (ui.shell.launcher:main), before Qt is patched
        from ui.shell.launcher import main
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    original_exec = QApplication.exec

    def emit(event: str) -> None:
        print(json.dumps({"event": event, "rss_mib": rss_mib(), "t": time.time(), "cpu": time.thread_time()}),
              flush=True)

    def settled() -> None:
        from ui.shell import warm_up

        if warm_up.finished():
            emit("settled")
            os._exit(0)
        QTimer.singleShot(20, settled)

    def shown() -> None:
        emit("shown")
        if kind == "bare":
            os._exit(0)
        settled()

    def exec_and_report(*_args) -> int:
        QTimer.singleShot(0, shown)
        return original_exec()

    QApplication.exec = staticmethod(exec_and_report)
    if kind == "bare":
        from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout

        app = QApplication(sys.argv)
        dialog = QDialog()
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel("Passphrase"))
        layout.addWidget(QLineEdit())
        dialog.show()
        app.exec()
    else:
        main(["--register", register])


def run_child(kind: str, register: Path, home: str) -> dict:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "HOME": home, "XDG_CONFIG_HOME": f"{home}/.config",
                        "PYTHONPATH": str(HERE.parents[1])}
    start = time.time()
    process = subprocess.run([sys.executable, str(HERE), "--child", kind, "--register", str(register)],
                             capture_output=True, text=True, env=env, timeout=120, check=False)
    events = {e["event"]: e for e in map(json.loads, process.stdout.splitlines()) if e}
    if "shown" not in events:
        raise RuntimeError(f"{kind} child reported nothing: {process.stderr[-500:]}")
    result = {"shown_s": events["shown"]["t"] - start, "shown_rss_mib": events["shown"]["rss_mib"],
              "shown_cpu_s": events["shown"]["cpu"]}
    if "settled" in events:
        settled = events["settled"]
        result |= {"settled_s": settled["t"] - start, "settled_rss_mib": settled["rss_mib"]}
    return result


def median(samples: list[dict], key: str) -> float:
    return round(statistics.median(s[key] for s in samples), 3)


def measure(register: Path, pairs: int) -> dict:
    bare, relais = [], []
    with tempfile.TemporaryDirectory() as home:
        run_child("bare", register, home)  # warms the file cache for both
        for _ in range(pairs):
            bare.append(run_child("bare", register, home))
            relais.append(run_child("relais", register, home))
    ratios = [r["shown_s"] / b["shown_s"] for b, r in zip(bare, relais, strict=True)]
    cpu_ratios = [r["shown_cpu_s"] / b["shown_cpu_s"] for b, r in zip(bare, relais, strict=True)]
    return {
        "pairs": pairs,
        "bare_window_shown_s": median(bare, "shown_s"),
        "bare_window_rss_mib": median(bare, "shown_rss_mib"),
        "unlock_window_shown_s": median(relais, "shown_s"),
        "unlock_window_vs_bare": round(statistics.median(ratios), 2),
        "unlock_window_rss_mib": median(relais, "shown_rss_mib"),
        # the GUI thread's CPU time to the first turn of the event loop: the same ratio without the waits
        # a shared machine adds (everything before the window runs on that thread, in both)
        "bare_window_cpu_s": median(bare, "shown_cpu_s"),
        "unlock_window_cpu_s": median(relais, "shown_cpu_s"),
        "unlock_window_vs_bare_cpu": round(statistics.median(cpu_ratios), 2),
        "all_loaded_s": median(relais, "settled_s"),
        "all_loaded_rss_mib": median(relais, "settled_rss_mib"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--register", type=Path, required=True)
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument("--child", choices=("bare", "relais"))
    args = parser.parse_args()
    if args.child:
        child(args.child, str(args.register))
    else:
        report({"start": measure(args.register, args.pairs)})


if __name__ == "__main__":
    main()
