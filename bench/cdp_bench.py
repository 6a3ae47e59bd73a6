"""A CdP export on the large demo register (5,000 persons and their networks in the deny list).

Usage: .venv/bin/python bench/cdp_bench.py [--register DIR --passphrase-stdin] [--seed N]
Without --register a large demo register is built in a temporary folder (and removed afterwards).
Prints JSON: the candidate list, the anonymiser built from the whole register (first time in the process:
lexicons, given names and spaCy imported; then warm), the review of two situations with and without the NER
model (the model's one-time load is reported apart), the PDF and the JSON bundle. In the window all of this
runs off the GUI thread, behind a busy indicator.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import report, timed

from app.anonymiser import ner
from app.cdp.canvas import candidates
from app.cdp.export import export_session
from app.cdp.sessions import CdpSessionData, CdpSessionService
from app.demo.builder import build_demo
from app.services import Services
from storage.register import Register

PASSPHRASE = "phrase de passe du banc d'essai"


def measure(register: Register, work: Path) -> dict:
    services = Services.for_register(register)
    cdp = CdpSessionService(services)
    results: dict = {}
    found = candidates(services)
    results["candidates"] = timed(lambda: candidates(services), 5) | {"rows": len(found)}
    chosen = [c.situation_id for c in found if c.eligible][:2]
    session = cdp.set_situations(cdp.create(CdpSessionData(group_name="banc")).id, chosen)
    start = time.perf_counter()
    cdp.anonymiser(use_ner=False)
    results["anonymiser_first_in_process_ms"] = round((time.perf_counter() - start) * 1000)
    results["anonymiser_warm"] = timed(lambda: cdp.anonymiser(use_ner=False), 3)
    start = time.perf_counter()
    ner.available()
    results["ner_model_load_ms"] = round((time.perf_counter() - start) * 1000)
    for use_ner in (False, True):
        name = "review_two_situations_" + ("with_ner" if use_ner else "without_ner")
        results[name] = timed(lambda use_ner=use_ner: cdp.prepare_review(session, use_ner=use_ner), 3)
    review = cdp.prepare_review(session, use_ner=True)
    review.confirm()
    results["pdf"] = timed(lambda: export_session(register, session, review, work / "seance.pdf"), 3)
    results["json"] = timed(lambda: export_session(register, session, review, work / "seance.json"), 3)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--register", type=Path, help="an existing (large demo) register")
    parser.add_argument("--passphrase-stdin", action="store_true", help="read its passphrase from stdin")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    try:
        if args.register:
            passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else PASSPHRASE
            with Register.open_with_passphrase(args.register, passphrase) as register:
                report(measure(register, work))
            return
        register, _code = Register.create(work / "large", PASSPHRASE, iterations=1)
        with register:
            build_demo(register, size="large", seed=args.seed)
            report(measure(register, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
