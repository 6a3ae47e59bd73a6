"""The CdP moderator's merge at scale: N synthetic referents × M months of bundles (one CdP bundle and one
invisible-work bundle per referent and month), merged, then written as a PDF.

Usage: .venv/bin/python bench/moderator_bench.py [--sizes 1000,10000,100000] [--months 10]
Each size runs in its own process (peak memory, from resource.getrusage, is then the merge's own); the files
are generated first, in a temporary folder, and not timed. Prints JSON: per size the time to read and check
the files, to merge with DuckDB, to write the PDF, the peak memory, and the cost per bundle (growth).
Budgets (issue 17): 1,000 bundles merged + PDF ≤ 2 s; 100,000 bundles ≤ 60 s with ≤ 1 GB peak memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import report

from app.moderator.outputs import write_synthesis
from app.moderator.reading import read_folder
from app.moderator.synthesis import synthesise
from app.moderator.synthetic import write_bundles


def one_size(bundles: int, months: int) -> dict:
    referents = max(1, bundles // (2 * months))
    folder = Path(tempfile.mkdtemp(prefix="relais-moderator-bench-"))
    try:
        start = time.perf_counter()
        written = write_bundles(folder / "in", referents, months)
        generated = time.perf_counter() - start
        cpu_before = _cpu_seconds()
        start = time.perf_counter()
        reading = read_folder(folder / "in")
        read = time.perf_counter() - start
        start = time.perf_counter()
        synthesis = synthesise(reading)
        merged = time.perf_counter() - start
        start = time.perf_counter()
        write_synthesis(synthesis, folder / "synthese.pdf")
        pdf = time.perf_counter() - start
        cpu = _cpu_seconds() - cpu_before
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    total = read + merged + pdf
    return {
        "bundles": written,
        "referents": referents,
        "months": months,
        "generate_s": round(generated, 2),
        "read_and_check_s": round(read, 3),
        "duckdb_and_suppression_s": round(merged, 3),
        "pdf_s": round(pdf, 3),
        "total_s": round(total, 3),
        "cpu_s": round(cpu, 2),
        "per_bundle_ms": round(1000 * total / written, 3),
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_memory_worker_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "refused": len(synthesis.refused),
    }


def _cpu_seconds() -> float:
    """User + system time of this process and its finished workers: what the merge costs on an idle
    machine, whatever else the machine was doing (wall times above include the waiting)."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--months", type=int, default=10)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child process: one size
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_size(args.one, args.months)))
        return
    runs = []
    for size in (int(text) for text in args.sizes.split(",")):
        child = [sys.executable, __file__, "--one", str(size), "--months", str(args.months)]
        runs.append(json.loads(subprocess.run(child, check=True, capture_output=True, text=True).stdout))
    budgets = {"1000_total_s": 2.0, "100000_total_s": 60.0, "peak_memory_mb": 1024}
    report({"runs": runs, "budgets": budgets, "growth_per_bundle_ms": [run["per_bundle_ms"] for run in runs]})


if __name__ == "__main__":
    main()
