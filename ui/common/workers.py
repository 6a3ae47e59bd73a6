"""A tiny helper to run one function off the GUI thread and get its result back on the GUI thread.

    task = run_in_background(Register.open_with_passphrase, folder, passphrase)
    task.succeeded.connect(self._on_opened)
    task.failed.connect(self._on_error)

`succeeded` carries the return value, `failed` the exception object (never a traceback string, which could
carry personal data). Both signals are delivered in the thread of the `Task` object — the GUI thread, where
`run_in_background` is called — whatever thread the function ran in. With `receiver=` (the page that waits),
a result arriving after that page was deleted is dropped: a closed page never receives a late result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Task(QObject):
    """The GUI-side half of a background job: its signals fire once, then the object deletes itself."""

    succeeded = Signal(object)
    failed = Signal(object)
    _done = Signal(bool, object)  # emitted from the worker thread, queued to this object's thread

    _running: ClassVar[set[Task]] = set()  # keeps Python wrappers alive until the result is delivered

    def __init__(self, receiver: QObject | None = None) -> None:
        super().__init__()
        self._receiver = receiver
        self._done.connect(self._deliver)
        Task._running.add(self)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        Task._running.discard(self)
        if self.receiver_alive():
            (self.succeeded if ok else self.failed).emit(value)
        self._receiver = None
        self.deleteLater()

    def receiver_alive(self) -> bool:
        """False once the receiving widget was deleted (its late result then goes nowhere)."""
        return self._receiver is None or shiboken6.isValid(self._receiver)

    @property
    def running(self) -> bool:
        return self in Task._running


class _Runnable(QRunnable):
    def __init__(self, task: Task, function: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self._task, self._function, self._args, self._kwargs = task, function, args, kwargs

    def run(self) -> None:
        try:
            result = self._function(*self._args, **self._kwargs)
        except BaseException as error:  # delivered to the GUI, which decides what to say
            self._task._done.emit(False, error)
        else:
            self._task._done.emit(True, result)
        finally:
            self._function = self._args = self._kwargs = None  # drop references to secrets early


def run_in_background(function: Callable[..., Any], *args: Any, pool: QThreadPool | None = None,
                      receiver: QObject | None = None, **kwargs: Any) -> Task:
    """Start `function(*args, **kwargs)` on a pool thread; connect to the returned task's signals, which
    stay silent when `receiver` was deleted in the meantime."""
    task = Task(receiver)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task, function, args, kwargs))
    return task


def running_tasks() -> int:
    """How many tasks have not delivered their result yet (tests wait on this before tearing down)."""
    return len(Task._running)
