"""The rest of the application, loaded while the person types in the first dialog (issue 14).

The unlock window is shown after importing Qt and what unlocking needs (key slots, Argon2id); SQLAlchemy,
SQLModel, the models, the services, the keyring and the main window load afterwards:
- the modules without Qt on a plain thread (imports release the GIL often enough for typing to stay smooth);
- then the window's modules on the GUI thread, one per turn of the event loop, so no class of a widget is
  defined off the GUI thread;
- then `gc.freeze()`: what start-up created moves out of the collector's sight, so its later full
  collections walk only what the session creates (the long GC pauses of the issue).
Whatever is not loaded yet when it is needed is simply imported then (Python's import lock makes that safe).

The shipped vocabularies are validated first on that thread (about 12 ms that used to come before the
window): a broken installation is reported in the command line's one line and the window closes, before
any register can be opened with them half-used.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

if TYPE_CHECKING:
    from app.registers import Register
    from ui.register.model import PreparedRows

# Without Qt: safe to import on a plain thread. Order: what unlocking needs first.
BACKGROUND_MODULES = ("storage.keyslots", "sqlalchemy", "sqlmodel", "storage.register", "app.services",
                      "keyring", "storage.keyring_store", "phonenumbers")
# Define widget classes: imported on the GUI thread.
WINDOW_MODULES = ("ui.register.model", "ui.register.view", "ui.shell.main_window")


class _WarmUp(QObject):
    background_done = Signal()
    broken = Signal(object)  # a VocabularyError: the installation is damaged

    def __init__(self, extra: tuple[str, ...]) -> None:
        super().__init__()
        self.pending = list(WINDOW_MODULES)
        self.done = False
        self.background_done.connect(self._next_window_module)
        self.broken.connect(report_broken_installation)
        self.thread = threading.Thread(target=self._import_background, args=(extra,), name="relais-warm-up",
                                       daemon=True)
        self.thread.start()

    def _import_background(self, extra: tuple[str, ...]) -> None:
        from app.vocab import VocabularyError, vocabularies

        try:
            vocabularies()
        except VocabularyError as error:
            self.broken.emit(error)
            return
        for name in (*BACKGROUND_MODULES, *extra):
            # a module that fails here fails again, visibly, where it is used
            with contextlib.suppress(Exception):
                importlib.import_module(name)
        self.background_done.emit()
        _word_lists_built_if_missing()

    def _next_window_module(self) -> None:
        if self.pending:
            importlib.import_module(self.pending.pop(0))
            QTimer.singleShot(0, self, self._next_window_module)
        else:
            self.done = True
            settle()


def _word_lists_built_if_missing() -> None:
    """After an installation or an update of Relais the anonymiser's word lists are not in the cache yet: a
    child process at low priority builds them now, while the person unlocks, rather than when the first CdP
    review needs them (app/anonymiser/wordlist_build.py; a look at the cache otherwise, ~50 ms here)."""
    with contextlib.suppress(Exception):  # a convenience: the review builds them itself when they are missing
        from app.anonymiser import wordlist_build

        wordlist_build.use_child_process()
        wordlist_build.build_lists_aside()


_warm_up: _WarmUp | None = None


def start(extra: tuple[str, ...] = ()) -> None:
    """Begin loading the rest of the application (once per process; call after the first dialog shows)."""
    global _warm_up
    if _warm_up is None:
        _warm_up = _WarmUp(extra)


def report_broken_installation(error) -> None:
    """What `relais` printed before the window when a vocabulary is broken (app.cli.main), then quit."""
    from app.messages import environment_language, message_text

    text = message_text("vocabulary.invalid", {"cause": error.code, **error.params}, environment_language())
    print(f"relais : {text}", file=sys.stderr)
    QCoreApplication.exit(1)


def finished() -> bool:
    return _warm_up is not None and _warm_up.done


def settle() -> None:
    """Move everything alive now (modules, classes, the window) out of the cyclic collector's sight; no
    collection first: that would be the very pause this avoids (a little garbage frozen is harmless)."""
    gc.freeze()


def read_rows(register: Register, language: str) -> PreparedRows:
    """The register rows for the view, read on the unlock thread (ui.register.view.read_rows)."""
    from app.collector import paused_collector
    from app.services import Services
    from ui.register.model import prepare_rows

    with paused_collector():  # no full collection stalls the GUI thread while 5,000 rows are built
        return prepare_rows(Services.for_register(register).situations.summaries(), language)
