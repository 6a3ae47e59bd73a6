"""The daily automatic backup: its cost off the window's thread, the rotation over a year of backups, and the
read behind the status-bar line (on the window's thread at each unlock).

Usage: .venv/bin/python bench/backup_bench.py [--size small|large]
A fresh register (one KDF iteration) is filled with the demo data of that size in a temporary folder.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import folder_size_mb, report, timed

from app.daily_backup import daily_backups, last_backup, rotate_daily_backups, run_daily_backup
from app.demo.builder import build_demo
from storage.register import Register


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="small", choices=("small", "large"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="relais-backup-bench-") as tmp:
        register, _code = Register.create(Path(tmp) / "register", "bench bench bench", iterations=1)
        with register:
            build_demo(register, args.size)
            start = time.perf_counter()
            first = run_daily_backup(register, Path(tmp) / "daily", datetime(2026, 1, 1, 9))
            backup_ms = round((time.perf_counter() - start) * 1000, 1)
            backup_mb = round(first.path.stat().st_size / 1e6, 1)
            # a year of daily backups: each day's backup, then the rotation, as at each first unlock
            day = datetime(2026, 1, 2, 9)
            rotation_samples = []
            for offset in range(364):
                moment = day + timedelta(days=offset)
                name = first.path.name.replace("20260101-090000", f"{moment:%Y%m%d-%H%M%S}")
                (Path(tmp) / "daily" / name).write_bytes(b"")  # only names matter to the rotation
                started = time.perf_counter()
                rotate_daily_backups(Path(tmp) / "daily", register.register_id)
                rotation_samples.append((time.perf_counter() - started) * 1000)
            kept = len(daily_backups(Path(tmp) / "daily", register.register_id))
            report({
                "size": args.size,
                "register_db_mb": folder_size_mb(Path(tmp) / "register"),
                "daily_backup_ms (off the GUI thread)": backup_ms,
                "backup_file_mb": backup_mb,
                "rotation_worst_ms": round(max(rotation_samples), 2),
                "backups_kept_after_a_year": kept,
                "status_line_read (GUI thread)": timed(lambda: last_backup(register), repeat=20),
            })


if __name__ == "__main__":
    main()
