"""The operation runner: every write from the window, on one writer thread, in order, with change notices.

An operation is a callable on the services returning `(result, ChangeSet)`, or a plain result when the caller
declares the change set (`changes=`, a ChangeSet or a function of the result):

    runner = runner_for(services)
    runner.run(lambda s: s.time.log(entries, next_checkin), receiver=self,
               changes=lambda saved: ChangeSet.of(time_entries=[e.id for e in saved], situations=[sid]),
               done=self._saved, failed=self._refused)

Writes run one after the other on a single writer thread, so a later write never overtakes an earlier one.
`done` and `failed` are called on the GUI thread, and only while `receiver` still exists: a page closed in the
meantime never receives a late result. After a success the runner emits `changed(ChangeSet, source)`; open
views subscribe to it and refresh what the change touches (no view refreshes another by hand). A progress
dialog shows only when an operation takes more than PROGRESS_DELAY_MS; a `cancellable` operation gets a
`cancelled()` function as second argument and a Cancel button. `call()` runs an operation in the same queue
and waits for it (a save that must answer now: closing, locking); `flush()` waits for everything queued.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.cdp import identifiers
from app.changes import ChangeSet
from app.services import Services

PROGRESS_DELAY_MS = 500
Changes = ChangeSet | Callable[[Any], ChangeSet] | None


class Job:
    """One queued operation; `cancel()` drops it before it starts, or asks a cancellable one to stop."""

    def __init__(self, operation: Callable, changes: Changes, source: object, receiver: QObject | None,
                 done: Callable | None, failed: Callable | None, cancellable: bool) -> None:
        self.operation, self.declared, self.source = operation, changes, source
        self.receiver, self.done, self.failed, self.cancellable = receiver, done, failed, cancellable
        self.result: Any = None
        self.changes = ChangeSet()
        self.error: BaseException | None = None
        self.delivered = False
        self.future: Future | None = None
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def execute(self, services: Services) -> None:
        """On the writer thread; never raises (the error is delivered to the GUI)."""
        if self.cancelled:
            return
        try:
            value = (self.operation(services, self._cancel.is_set) if self.cancellable
                     else self.operation(services))
            self.result, self.changes = self._split(value)
        except BaseException as error:  # delivered to the GUI, which decides what to say
            self.error = error
        finally:
            self.operation = None  # drop references to entered data early

    def _split(self, value: Any) -> tuple[Any, ChangeSet]:
        if self.declared is None:
            result, changes = value
            return result, changes
        changes = self.declared(value) if callable(self.declared) else self.declared
        return value, changes

    def receiver_alive(self) -> bool:
        return self.receiver is None or shiboken6.isValid(self.receiver)


class OperationRunner(QObject):
    """The writer of one unlocked register (owned by the main window; views find it with `runner_for`)."""

    changed = Signal(object, object)  # ChangeSet, source (whoever asked for the write, or None)
    _finished = Signal(object)  # a Job, emitted on the writer thread, queued to the GUI thread

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.progress_parent: QWidget | None = None
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="relais-writer")
        self._pending: list[Job] = []
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        # The anonymiser's kept identifiers follow every write announced (issue 14: not rebuilt per review).
        register = services.register
        self.changed.connect(lambda changes, _source: identifiers.forget_if_changed(register, changes))
        _RUNNERS[services] = self

    # -- public API ------------------------------------------------------------------------------------
    def run(self, operation: Callable, *, changes: Changes = None, source: object = None,
            receiver: QObject | None = None, done: Callable | None = None, failed: Callable | None = None,
            label: str = "", cancellable: bool = False) -> Job:
        """Queue a write; `done(result)` / `failed(error)` come back on the GUI thread while `receiver`
        lives (`receiver` defaults to `source` when it is a QObject)."""
        if receiver is None and isinstance(source, QObject):
            receiver = source
        job = Job(operation, changes, source, receiver, done, failed, cancellable)
        self._pending.append(job)
        job.future = self._writer.submit(self._execute, job)
        QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda: self._show_progress(job, label))
        return job

    def call(self, operation: Callable, *, changes: Changes = None, source: object = None) -> Any:
        """Queue a write and wait for it (and for those before it); returns its result or raises its error.
        For a save that must answer at once (closing, locking); change notices go out as for `run`."""
        job = self.run(operation, changes=changes, source=source)
        self.flush()
        if job.error is not None:
            raise job.error
        return job.result

    def flush(self) -> None:
        """Wait for every queued write and deliver the results (lock and close save everything first)."""
        while self._pending:
            job = self._pending[0]
            if job.future is not None:
                job.future.result()
            self._deliver(job)

    def announce(self, changes: ChangeSet, source: object = None) -> None:
        """Tell the views of a change written outside the runner (the erasure, which backs up first)."""
        if changes:
            self.changed.emit(changes, source)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shut_down(self) -> None:
        """Finish the queued writes, then stop the writer thread (at lock and when the window closes)."""
        self.flush()
        self._writer.shutdown(wait=True)
        _RUNNERS.pop(self.services, None)
        identifiers.forget(self.services.register)

    # -- internals -------------------------------------------------------------------------------------
    def _execute(self, job: Job) -> None:
        job.execute(self.services)
        if shiboken6.isValid(self):
            self._finished.emit(job)

    @Slot(object)
    def _deliver(self, job: Job) -> None:
        if job.delivered:
            return
        job.delivered = True
        if job in self._pending:
            self._pending.remove(job)
        self._close_progress(job)
        if job.cancelled and job.error is None and not job.changes:
            return
        alive = job.receiver_alive()
        if job.error is not None:
            if alive and job.failed is not None:
                job.failed(job.error)
            return
        if job.changes:
            self.changed.emit(job.changes, job.source)
        if alive and job.done is not None:
            job.done(job.result)

    def _show_progress(self, job: Job, label: str) -> None:
        if job.delivered or not job.receiver_alive():
            return
        cancel_text = QCoreApplication.translate("OperationRunner", "Cancel") if job.cancellable else ""
        text = label or QCoreApplication.translate("OperationRunner", "Saving…")
        dialog = QProgressDialog(text, cancel_text, 0, 0, self.progress_parent)
        dialog.setObjectName("operation_progress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        if not job.cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(job.cancel)
        dialog.show()
        job.progress = dialog

    @staticmethod
    def _close_progress(job: Job) -> None:
        dialog = getattr(job, "progress", None)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()


_RUNNERS: weakref.WeakKeyDictionary[Services, OperationRunner] = weakref.WeakKeyDictionary()


def runner_for(services: Services) -> OperationRunner:
    """The runner of the register of `services`: the main window's, or (a view shown on its own, as in the
    tests) one made for these services."""
    runner = _RUNNERS.get(services)
    if runner is None or not shiboken6.isValid(runner):
        runner = OperationRunner(services)
    return runner


def subscribe(view: QObject, services: Services, kinds: tuple[str, ...], refresh: Callable[[], None], *,
              own: bool = True) -> None:
    """Call `refresh()` when a change touches one of `kinds`, as long as `view` exists (`own=False`: not
    for the changes `view` made itself)."""

    def on_changes(changes: ChangeSet, source: object) -> None:
        if shiboken6.isValid(view) and changes.touches_any(*kinds) and (own or source is not view):
            refresh()

    runner_for(services).changed.connect(on_changes)


def announce(services: Services, changes: ChangeSet, source: object = None) -> None:
    """Tell every open view of a write this view made (for writes not yet run as operations)."""
    runner_for(services).announce(changes, source)
