"""The resource directory and mobilisation views on the large demo register (1,500 resources, 25,000
mobilisations): one `search` per filter, `type_ahead`, `shortages` and `minutes_by_outcome` over 12 months.

Usage: .venv/bin/python bench/resources_bench.py [--register DIR --passphrase-stdin] [--seed N]
Without --register a large demo register is built in a temporary folder (and removed afterwards).
Prints JSON: median and worst milliseconds per operation, and the number of rows each returned.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import report, timed

from app import clock
from app.demo.builder import build_demo
from app.mobilisations import MobilisationService
from app.resources_directory import ResourceService
from storage.register import Register

PASSPHRASE = "phrase de passe du banc d'essai"


def _searches(resources: ResourceService) -> dict:
    sample = resources.search()[0]
    commune = resources.communes()[0]
    return {
        "all (no filter)": lambda: resources.search(),
        "text 'maison'": lambda: resources.search("maison"),
        "text 'saint gilles cpas'": lambda: resources.search("saint gilles cpas"),
        "category": lambda: resources.search(category=sample.category),
        "resource_type": lambda: resources.search(resource_type=sample.resource_type),
        "commune": lambda: resources.search(commune=commune),
        "stale_only": lambda: resources.search(stale_only=True),
        "text + category + commune": lambda: resources.search("centre", sample.category, commune=commune),
        "order last_checked": lambda: resources.search(order="last_checked"),
        "communes()": resources.communes,
    }


def measure(register: Register) -> dict:
    resources, mobilisations = ResourceService(register), MobilisationService(register)
    results: dict = {"resources": len(resources.search())}
    for label, run in _searches(resources).items():
        results[f"search: {label}"] = timed(run, 20) | {"rows": len(run())}
    for prefix in ("cpa", "mai", "sain", "centre d"):
        results[f"type_ahead '{prefix}'"] = timed(lambda p=prefix: resources.type_ahead(p), 20)
    until = clock.today()
    since = until - timedelta(days=365)
    results["shortages 12 months (by type)"] = timed(lambda: mobilisations.shortages(since, until), 10)
    results["shortages 12 months (by category)"] = timed(
        lambda: mobilisations.shortages(since, until, by="category"), 10
    )
    results["shortage rows (types)"] = len(mobilisations.shortages(since, until))
    results["minutes_by_outcome 12 months"] = timed(
        lambda: mobilisations.minutes_by_outcome(since, until), 10
    )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--register", type=Path, help="an existing (large demo) register")
    parser.add_argument("--passphrase-stdin", action="store_true", help="read its passphrase from stdin")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.register:
        passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else PASSPHRASE
        with Register.open_with_passphrase(args.register, passphrase) as register:
            report(measure(register))
        return
    work = Path(tempfile.mkdtemp())
    try:
        register, _code = Register.create(work / "large", PASSPHRASE, iterations=1)
        with register:
            build_demo(register, size="large", seed=args.seed)
            report(measure(register))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
