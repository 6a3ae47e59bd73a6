"""The invisible-work report for a year of the large demo register (DESIGN.md §8: PDF under 2 s).

Usage: .venv/bin/python bench/report_bench.py [--register DIR] [--keep DIR] [--png FILE]
Prints JSON: the figures alone (SQL aggregation), the PDF from ready figures, the whole export (figures, PDF,
CSV, export log), the PDF's pages and size, and the longest time a concurrent Python thread was kept waiting
during the export (a stand-in for the GUI thread while a worker builds the report). With --png, page 1 of
the PDF is rendered with pdftoppm (poppler-utils) for a look.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import report, timed

from app.cli.report_commands import export_invisible_work
from app.demo.builder import build_demo
from app.exports.invisible_work_pdf import write_report_pdf
from app.invisible_work import InvisibleWorkService, Period
from storage.register import Register

PASSPHRASE = "phrase de passe du banc d'essai"
YEAR = Period.parse("2025-11", "2026-10")  # the large demo ends on 2026-11-01
BUDGET_MS = 2000


def longest_wait_ms(job) -> float:
    """Run `job` while a heartbeat thread wakes every 5 ms; return its longest lateness."""
    stop, worst = threading.Event(), [0.0]

    def heartbeat() -> None:
        while not stop.is_set():
            before = time.perf_counter()
            time.sleep(0.005)
            worst[0] = max(worst[0], (time.perf_counter() - before - 0.005) * 1000)

    beat = threading.Thread(target=heartbeat)
    beat.start()
    try:
        job()
    finally:
        stop.set()
        beat.join()
    return round(worst[0], 1)


def measure(folder: Path, out: Path) -> dict:
    pdf, csv = out / "travail_invisible.pdf", out / "travail_invisible.csv"
    with Register.open_with_passphrase(folder, PASSPHRASE) as register:
        service = InvisibleWorkService(register)
        results = {"period": YEAR.label, "figures_cold": timed(lambda: service.report(YEAR), 1)}
        results["figures"] = timed(lambda: service.report(YEAR), 5)
        data = service.report(YEAR)
        results["pdf_from_figures"] = timed(lambda: write_report_pdf(data, pdf), 3)
        results["export_pdf_csv"] = timed(lambda: export_invisible_work(register, YEAR, pdf, csv), 3)
        results["longest_wait_other_thread_ms"] = longest_wait_ms(
            lambda: export_invisible_work(register, YEAR, pdf, csv)
        )
    results["export_under_budget"] = results["export_pdf_csv"]["max_ms"] < BUDGET_MS
    results["pdf_pages"] = _pages(pdf)
    results["pdf_kb"] = round(pdf.stat().st_size / 1000)
    results["csv_rows"] = sum(1 for _ in csv.open(encoding="utf-8-sig")) - 1  # one per month and task
    return results


def _pages(pdf: Path) -> int | None:
    try:
        from pypdf import PdfReader  # a test dependency, optional here
    except ImportError:
        return None
    return len(PdfReader(pdf).pages)


def render_png(pdf: Path, target: Path) -> None:
    """Page 1 at 110 dpi (readable, small) with pdftoppm."""
    stem = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--register", type=Path, help="an existing large demo register (skips building one)")
    parser.add_argument("--keep", type=Path, help="build the large demo register here and keep it")
    parser.add_argument("--png", type=Path, help="render page 1 of the PDF to this PNG file")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    try:
        folder, results = args.register, {}
        if folder is None:
            folder = args.keep or work / "large"
            start = time.perf_counter()
            register, _code = Register.create(folder, PASSPHRASE)
            build_demo(register, size="large")
            register.close()
            results["create_large_demo_s"] = round(time.perf_counter() - start, 1)
        results |= measure(folder, work)
        if args.png:
            render_png(work / "travail_invisible.pdf", args.png)
            results["png"] = str(args.png)
        report(results)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
