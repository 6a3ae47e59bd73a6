"""Get the CdP export ready before it is asked for: the NER child process, the identifiers, the word lists.

The NER model loads in its child process (app/anonymiser/ner_process.py, at low OS priority) and the
register's identifiers (app/cdp/identifiers.py) and the anonymiser's word lists are read on a plain Python
thread, so "Prepare the export" finds them ready (issue 14). The window starts the child a second after the
register is shown and the rest once it is idle (ui/cdp/readiness.py); the CdP page does it again when it
opens (a no-op when already done). The child ends when the page is left, when the window locks, after some
idle minutes, and when a review closes after an export — then the identifiers are dropped too and the freed
heap handed back to the system (`cool_down(release=…)`).

Everything heavy runs off the GUI thread; the imports too (importing the anonymiser on the GUI thread stalled
it for 80–370 ms). The collector is paused around the identifiers' build (app.collector).
"""

from __future__ import annotations

import contextlib
import gc
import linecache
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
    """Start the child (when `use_ner`) and read the identifiers, on a daemon thread.

    The child runs at low OS priority (it shares nothing with the window); this thread does not: it shares
    the interpreter lock with the GUI thread, and a thread of low priority preempted while holding it stalled
    the GUI for up to 0.5 s on a busy machine (priority inversion)."""
    global _wanted
    _wanted = use_ner
    register = services.register

    def run() -> None:
        with paused_collector():  # imports and tables: hundreds of thousands of objects, no GC pass meanwhile
            from app.anonymiser import Anonymiser, ner, ner_process, wordlist_build
            from app.cdp.identifiers import identifiers_for

            wordlist_build.use_child_process()  # a missing word list: built aside, not on this interpreter

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
        linecache.clearcache()  # the sources PySide6's import hook read for each new module (app.collector)
        gc.freeze()  # what was just loaded stays for the session: out of the collector's later passes

    thread = threading.Thread(target=run, name="relais-cdp-warm-up", daemon=True)
    thread.start()
    return thread


def start_child() -> threading.Thread:
    """Only the NER child, on a daemon thread (the window shows: the model loads while the person works)."""
    global _wanted
    _wanted = True

    def run() -> None:
        from app.anonymiser import ner, ner_process

        ner.use_child_process()
        with _child_lock:
            if _wanted:
                ner_process.start()

    thread = threading.Thread(target=run, name="relais-cdp-child-start", daemon=True)
    thread.start()
    return thread


def cool_down(release: Services | None = None) -> threading.Thread:
    """End the NER child (if any) on a daemon thread: its exit is waited for away from the GUI. `release`
    (after an export): also drop that register's identifiers and the word lists, and give the memory back."""
    global _wanted
    _wanted = False

    def run() -> None:
        from app.anonymiser import ner_process

        with _child_lock:
            if not _wanted:
                ner_process.stop()
        if release is not None:
            from app.cdp import identifiers
            from app.collector import give_back_memory

            identifiers.forget(release.register)
            give_back_memory()

    thread = threading.Thread(target=run, name="relais-cdp-cool-down", daemon=True)
    thread.start()
    return thread
