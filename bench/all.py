"""Every bench of issue 14 on the demo registers, as one JSON document (`make bench`).

The figures: start (start_bench), GUI stalls (stall_bench), the register window (register_bench), the CdP
export in-process (cdp_bench) and as the window runs it, NER in its child process (cdp_window_bench), cold
queries against a plain SQLite copy (query_bench), and the growth table at 1k/5k/20k (growth_bench).

Usage: .venv/bin/python bench/all.py --dir DIR [--quick]
Builds, once, the demo registers DIR/large (5,000 situations), DIR/1000 and DIR/20000 (the growth table), with
the passphrase below (bench registers only), then runs each bench in its own process and gathers their JSON.
The machine may be shared: each bench interleaves and repeats its own measures and reports medians.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import report

HERE = Path(__file__).resolve().parent
PASSPHRASE = "bench-passphrase-long-enough-42"
SIZES = {"1000": "1000", "large": "large", "20000": "20000"}


def run(args: list[str], stdin: str = "") -> dict:
    done = subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True, check=False)
    if done.returncode:
        return {"failed": done.stderr.strip().splitlines()[-1:] or ["no output"]}
    return json.loads(done.stdout[done.stdout.index("{"):])


def ensure_demo(folder: Path, size: str) -> None:
    if not (folder / "register.db").is_file():
        # The recovery code goes to a file beside the register (owner-only): bench registers hold demo data.
        relais = ["-m", "ui.shell.launcher", "demo", str(folder), "--size", size, "--passphrase-stdin",
                  "--recovery-code-file", str(folder.with_suffix(".recovery"))]
        subprocess.run([sys.executable, *relais], input=PASSPHRASE + "\n", text=True, check=True,
                       capture_output=True, cwd=HERE.parent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a first look, not the figures)")
    args = parser.parse_args()
    folders = {name: args.dir / name for name in SIZES}
    for name, size in SIZES.items():
        ensure_demo(folders[name], size)
    large, secret = str(folders["large"]), PASSPHRASE + "\n"
    pairs, runs = ("3", "2") if args.quick else ("7", "3")
    results = {"registers": {name: str(folder) for name, folder in folders.items()}}
    results |= run([str(HERE / "start_bench.py"), "--register", large, "--pairs", pairs])
    results |= run([str(HERE / "stall_bench.py"), "--register", large, "--passphrase-stdin", "--runs", runs],
                   secret)
    results["register"] = run([str(HERE / "register_bench.py"), "--register", large, "--passphrase-stdin"],
                              secret)
    results["cdp"] = run([str(HERE / "cdp_bench.py"), "--register", large, "--passphrase-stdin"], secret)
    on_large = ["--register", large, "--passphrase-stdin"]
    results |= run([str(HERE / "cdp_window_bench.py"), *on_large, "--runs", runs], secret)
    # Cold queries are short (10–80 ms): more pairs, or one busy moment of the machine moves the median.
    results |= run([str(HERE / "query_bench.py"), *on_large, "--pairs", "5" if args.quick else "15"], secret)
    results |= run([str(HERE / "growth_bench.py"), "--passphrase-stdin",
                    *(str(folders[name]) for name in SIZES)], secret)
    report(results)


if __name__ == "__main__":
    main()
