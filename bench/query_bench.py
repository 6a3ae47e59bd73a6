"""Cold queries: the register's own SQL on its SQLCipher file vs the same SQL on a plain SQLite copy.

Usage: .venv/bin/python bench/query_bench.py --register DIR --passphrase-stdin [--pairs 15] [--migrate-copy]
The plain copy (sqlcipher_export into an unencrypted file in a private temporary folder, removed at the end)
holds the same pages, schema and indexes. Each measure opens a fresh connection (SQLite's page cache empty,
the OS cache warm, as after unlocking), runs one statement of the app (the register rows, the status and
vulnerability filters, the year figures), fetches every row; the two files are measured in interleaved
pairs (which goes first alternates); medians.

A fair comparison: both connections are opened the same way — read-only URI, the app's pragmas (cache size,
temp store) and the schema already read (`raw_connection` reads sqlite_master to check the key, so the
encrypted side used to skip the schema parse the plain side paid inside its timing).
Two clocks: wall time, and the CPU time of the measuring thread (`thread_ms`: what the statement costs,
without the waits of a machine shared with other processes, which made wall-time ratios swing by ±0.4 from
one run to the next). The ratio of each is given; `ratio` is the CPU one.
`--migrate-copy` runs the statements on a migrated copy of the register instead of the register itself (to
measure a schema version before it is the register's). Prints JSON: per query, ms on each and the ratios.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import report
from sqlalchemy.dialects import sqlite

from storage.engine import CACHE_KIB, KeyHolder, raw_connection, sqlite_uri
from storage.keyslots import PASSPHRASE_SLOT
from storage.register import DB_NAME, load_keyslots


def statements() -> dict[str, str]:
    """The app's statements, compiled to SQLite's SQL with their values inline."""
    from app.invisible_work_queries import _PERIOD_FIGURES, invisible_task_ids
    from app.situations import SituationService, _summary_query

    def sql(query) -> str:
        return str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))

    rows = _summary_query()
    # The statements of SituationService.summaries(status=…, vulnerability=…), caught as it builds them.
    built: list = []
    service = SituationService(_Capture(built))
    service.summaries(status="active")
    service.summaries(vulnerability="isolement_social")
    first, last = date(2025, 11, 1).isoformat(), date(2026, 10, 31).isoformat()
    invisible = ", ".join(f"'{task}'" for task in sorted(invisible_task_ids()))  # vocabulary ids, no quotes
    year = _PERIOD_FIGURES.text.replace(":first", f"'{first}'").replace(":last", f"'{last}'")
    year = year.replace(":invisible", f"({invisible})")
    return {"rows": sql(rows), "status_filter": sql(built[0]), "vulnerability_filter": sql(built[1]),
            "year_figures": year}


class _Capture:
    """Stands for the register: its session records the statement instead of running it."""

    def __init__(self, built: list) -> None:
        self.built = built

    def session(self):
        built = self.built

        class Session:
            def __enter__(self):
                return self

            def __exit__(self, *_exc):
                return False

            def execute(self, statement):
                built.append(statement)
                return []

        return Session()


def cold_ms(open_connection, statement: str) -> tuple[float, float]:
    """(wall ms, this thread's CPU ms) of one statement on a fresh connection."""
    connection = open_connection()
    try:
        start, cpu = time.perf_counter(), time.thread_time()
        connection.execute(statement).fetchall()
        return (time.perf_counter() - start) * 1000, (time.thread_time() - cpu) * 1000
    finally:
        connection.close()


def open_plain(path: Path):
    """The plain copy opened as raw_connection opens the register (same URI mode, pragmas, schema read)."""
    import sqlcipher3.dbapi2 as sqlcipher

    connection = sqlcipher.connect(sqlite_uri(path, create=False, read_only=True), uri=True)
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return connection


def measure(open_encrypted, plain: Path, statement: str, pairs: int) -> dict:
    ours: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    for pair in range(pairs):
        runs = [(open_encrypted, ours), (lambda: open_plain(plain), bare)]
        for opener, samples in runs if pair % 2 == 0 else runs[::-1]:
            samples.append(cold_ms(opener, statement))
    wall = [statistics.median(sample[0] for sample in side) for side in (ours, bare)]
    cpu = [statistics.median(sample[1] for sample in side) for side in (ours, bare)]
    return {"sqlcipher_ms": round(wall[0], 2), "plain_sqlite_ms": round(wall[1], 2),
            "wall_ratio": round(wall[0] / wall[1], 2), "sqlcipher_thread_ms": round(cpu[0], 2),
            "plain_sqlite_thread_ms": round(cpu[1], 2), "ratio": round(cpu[0] / cpu[1], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--register", type=Path, required=True)
    parser.add_argument("--passphrase-stdin", action="store_true")
    parser.add_argument("--pairs", type=int, default=15)
    parser.add_argument("--migrate-copy", action="store_true")
    args = parser.parse_args()
    passphrase = sys.stdin.readline().rstrip("\n")
    key = KeyHolder(load_keyslots(args.register).unwrap(PASSPHRASE_SLOT, passphrase))

    work = Path(tempfile.mkdtemp(prefix="relais-query-bench-"))
    try:
        encrypted = args.register / DB_NAME
        if args.migrate_copy:
            from storage.migrations import migrate

            shutil.copy2(encrypted, work / DB_NAME)
            encrypted = work / DB_NAME
            connection = raw_connection(encrypted, key)
            migrate(connection, work / "backups")
            connection.close()
        plain = work / "plain.db"
        connection = raw_connection(encrypted, key, read_only=not args.migrate_copy)
        connection.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.close()
        results: dict = {"schema_version": version}
        for name, statement in statements().items():
            results[name] = measure(lambda: raw_connection(encrypted, key, read_only=True), plain, statement,
                                    args.pairs)
        ratios = [results[name]["ratio"] for name in statements()]
        results["geometric_mean_ratio"] = round(statistics.geometric_mean(ratios), 2)
        results["pairs"] = args.pairs
        report({"cold_queries": results})
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
