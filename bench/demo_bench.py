"""The large demo register: time to create it, size on disk, and the register-level costs of DESIGN.md §8.

Usage: .venv/bin/python bench/demo_bench.py [--keep DIR] [--seed N]
Prints JSON: creation time, size on disk, unlock (passphrase, includes the integrity checks), loading the
register view's rows, building the search index, one search keystroke, opening one situation, `verify`.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import folder_size_mb, report, timed

from app.demo.builder import build_demo
from app.services import Services
from storage.register import Register
from storage.text import fold

PASSPHRASE = "phrase de passe du banc d'essai"


def _search_keystroke(texts: dict[int, str], query: str) -> int:
    needle = fold(query)
    return sum(1 for text in texts.values() if needle in text)


def measure(folder: Path) -> dict:
    results: dict = {"size_on_disk_mb": folder_size_mb(folder)}
    results["unlock_passphrase"] = timed(lambda: Register.open_with_passphrase(folder, PASSPHRASE).close(), 3)
    with Register.open_with_passphrase(folder, PASSPHRASE) as register:
        services = Services.for_register(register)
        results["register_rows"] = timed(services.situations.summaries, 3)
        results["search_index"] = timed(services.situations.search_texts, 3)
        texts = services.situations.search_texts()
        results["situations"] = len(texts)
        results["search_keystroke"] = timed(lambda: _search_keystroke(texts, "dupont"), 20)
        ids = random.Random(1).sample(sorted(texts), 20)
        results["open_situation"] = timed(lambda: services.situations.get(ids.pop()), 20)
        results["verify"] = timed(register.verify, 1)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="build the register here and keep it (must not exist)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    folder = args.keep or work / "large"
    try:
        start = time.perf_counter()
        register, _code = Register.create(folder, PASSPHRASE)
        summary = build_demo(register, size="large", seed=args.seed)
        register.close()
        results = {"create_large_demo_s": round(time.perf_counter() - start, 1), "counts": summary.__dict__}
        results |= measure(folder)
        report(results)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
