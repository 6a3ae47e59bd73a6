"""Growth: the same figures on demo registers of several sizes (`relais demo DIR --size N`).

Usage: .venv/bin/python bench/growth_bench.py --passphrase-stdin DIR1 DIR2 … (one passphrase for all)
For each register: its situations, the year figures of the invisible-work report (median of 5), the register
rows read and prepared for the view, and the register search (filter alone, median over ten queries). The
`per_1k_situations` columns say whether a cost grows faster than the data. Build the registers once, e.g.
`relais demo /tmp/g20k --size 20000 --passphrase-stdin`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import report, timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

YEAR = ("2025-11", "2026-10")  # the demo ends on 2026-11-01
QUERIES = ("mar", "du", "a", "sa", "ben", "vanden", "x", "e", "lo", "rue")


def filter_ms(rows) -> float:
    from ui.register.model import RegisterFilter, RegisterModel

    model = RegisterModel()
    model.load_prepared(rows)
    samples = []
    for text in QUERIES:
        start = time.perf_counter()
        model.set_filter(RegisterFilter(text=text))
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 2)


def measure(folder: Path, passphrase: str) -> dict:
    from app import registers
    from app.invisible_work import InvisibleWorkService, Period
    from app.services import Services
    from ui.register.view import read_rows

    with registers.unlock_with_passphrase(folder, passphrase) as register:
        services = Services.for_register(register)
        year, service = Period.parse(*YEAR), InvisibleWorkService(register)
        rows = read_rows(services, "fr")
        situations = len(rows.rows)
        figures = timed(lambda: service.report(year), 5)["median_ms"]
        read = timed(lambda: read_rows(services, "fr"), 3)["median_ms"]
        search = filter_ms(rows)
    per_1k = situations / 1000
    return {"situations": situations, "year_figures_ms": figures, "rows_read_ms": read,
            "search_filter_ms": search,
            "per_1k_situations": {"year_figures_ms": round(figures / per_1k, 2),
                                  "rows_read_ms": round(read / per_1k, 2),
                                  "search_filter_ms": round(search / per_1k, 3)}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("registers", type=Path, nargs="+")
    parser.add_argument("--passphrase-stdin", action="store_true")
    args = parser.parse_args()
    passphrase = sys.stdin.readline().rstrip("\n")
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication(sys.argv)  # noqa: F841 - the model needs one
    report({"growth": [measure(folder, passphrase) for folder in args.registers]})


if __name__ == "__main__":
    main()
