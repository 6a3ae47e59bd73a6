"""The word-list cache filled by a short-lived child process when it is missing (issue 14).

Building the lists (app/anonymiser/wordlist_cache.py) takes ~0.9 s of pure Python — gender-guesser's parser
alone kept the interpreter lock for 150 ms at a stretch, a stall of the window's GUI thread — and happens
once per installation or update of Relais. So the window's warm-up has them built in a process of its own
("spawn": a fresh interpreter) and then reads the files; when that fails the warm-up builds them itself.
"""

from __future__ import annotations

import contextlib
import os
import threading

CHILD_TIMEOUT_S = 60

_in_child = False  # set by the window: its word lists are built by a child process when missing
_lock = threading.Lock()  # one child at a time; a second caller finds the lists built


def use_child_process(enabled: bool = True) -> None:
    global _in_child
    _in_child = enabled


def prepare() -> None:
    """Before a list is loaded: in the window, have a missing list built by a child process."""
    if _in_child:
        build_lists_aside()


def lists_cached() -> bool:
    from app.anonymiser import given_names, lexicon

    return lexicon.lexicon_cached() and given_names.names_cached()


def build_lists() -> None:
    """In the child: build the lists and write them to the cache (the values themselves are dropped)."""
    from app.anonymiser import given_names, lexicon

    use_child_process(False)  # this is the child
    with contextlib.suppress(AttributeError, OSError):  # os.nice: POSIX only
        os.nice(10)  # the window and an unlock in progress come first
    lexicon._load_lexicon()
    given_names._load()


def build_lists_aside() -> bool:
    """Fill the cache from a child process when a list is missing; True when the cache is then current."""
    if lists_cached():
        return True
    import multiprocessing

    with _lock, contextlib.suppress(OSError, RuntimeError):
        if lists_cached():  # built meanwhile, for another thread
            return True  # no process could be started: built in-process later
        process = multiprocessing.get_context("spawn").Process(target=build_lists, name="relais-wordlists",
                                                               daemon=True)
        process.start()
        process.join(CHILD_TIMEOUT_S)
        if process.is_alive():
            process.kill()
            process.join(5)
    return lists_cached()
