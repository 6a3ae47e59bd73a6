"""The cyclic garbage collector paused while a worker thread builds many objects at once (issue 14).

A full collection holds the interpreter for 100–180 ms on a large register, and building the 5,000 register
rows or the anonymiser's deny list triggers several: the GUI thread then stalls although the work runs
elsewhere. Inside `paused_collector()` no automatic collection runs (reference counting still frees almost
everything); the collector resumes when the last pause nested or on another thread ends. Start-up objects
are frozen out of its sight altogether (gc.freeze(), ui/shell/warm_up.py).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import linecache
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = True


@contextmanager
def paused_collector() -> Iterator[None]:
    """No automatic cyclic collection while the block runs (pauses on several threads nest)."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


def give_back_memory() -> None:
    """After a big job (a CdP export): collect the cycles it left, then ask glibc to hand the freed heap back
    to the system. CPython frees objects into malloc's arenas, which glibc keeps for reuse; `malloc_trim(0)`
    releases their free pages (issue 14: the window's RSS after an export). Elsewhere (macOS, musl): collect
    only.

    The line cache goes too: once PySide6 is imported, its feature hook reads the whole source of every module
    imported after it (shibokensupport.feature → inspect.getsource), and linecache keeps it — ~6 MB for the
    window's ~1,100 modules, only ever used to print a traceback (which reads the lines again)."""
    linecache.clearcache()
    gc.collect()
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return
    trim.argtypes = [ctypes.c_size_t]
    trim(0)
