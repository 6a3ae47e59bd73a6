"""Get the CdP export ready while the referent reads the page: the NER child process, the identifiers.

When the CdP page opens, the NER model starts loading in its child process (app/anonymiser/ner_process.py)
and the register's identifiers (app/cdp/identifiers.py) are read on a plain Python thread, so "Prepare the
export" finds both ready (issue 14). When the page is left, or a review closes after an export, the child
ends and its ~200 MB go back to the system.

Everything heavy runs off the GUI thread; the imports too (importing the anonymiser on the GUI thread stalled
it for 80–370 ms). The collector is paused around the identifiers' build (app.collector).
"""

from __future__ import annotations

import contextlib
import gc
import threading

from app.collector import paused_collector
from app.services import Services

# Made-up words of every kind the anonymiser looks for, so each of its word lists loads during the warm-up.
SAMPLE = ("Madame Exemple, née le 3 mars 1950, habite rue de la Loi 16 à 1040 Etterbeek ; son fils "
          "Jean passe le dimanche, tél. 0470 00 00 00.")

# The last wish of the GUI thread (set there without a lock: a bool assignment is atomic, and the GUI thread
# must never wait for a thread that is spawning or ending the child). Threads check it before acting.
_wanted = False
_child_lock = threading.Lock()  # the start and the stop of the child, one at a time (worker threads only)


def warm_up(services: Services, *, use_ner: bool) -> threading.Thread:
    """Start the child (when `use_ner`) and read the identifiers, on a daemon thread."""
    global _wanted
    _wanted = use_ner
    register = services.register

    def run() -> None:
        with paused_collector():  # imports and tables: hundreds of thousands of objects, no GC pass meanwhile
            from app.anonymiser import Anonymiser, ner, ner_process
            from app.cdp.identifiers import identifiers_for

            if use_ner:
                ner.use_child_process()
                with _child_lock:
                    if _wanted:
                        ner_process.start()
            # A warm-up only: if the read fails (the register locked meanwhile), the review reads again and
            # says why.
            with contextlib.suppress(Exception):
                found = identifiers_for(register)
                # One scrub without NER loads the anonymiser's word lists (lexicon, given names, places).
                Anonymiser(found.deny, found.keep, use_ner=False, near_names=found.near_names()).scrub(SAMPLE)
        gc.freeze()  # what was just loaded stays for the session: out of the collector's later passes

    thread = threading.Thread(target=run, name="relais-cdp-warm-up", daemon=True)
    thread.start()
    return thread


def cool_down() -> threading.Thread:
    """End the NER child (if any) on a daemon thread: its exit is waited for away from the GUI."""
    global _wanted
    _wanted = False

    def run() -> None:
        from app.anonymiser import ner_process

        with _child_lock:
            if not _wanted:
                ner_process.stop()

    thread = threading.Thread(target=run, name="relais-cdp-cool-down", daemon=True)
    thread.start()
    return thread
