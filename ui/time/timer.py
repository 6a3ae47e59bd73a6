"""The desk timer for the toolbar: start it for a call or a mail, stop it and say what it was.

The running timer lives in the register (`TimeService.save_timer`), written when it starts: a lock, a crash or
a restart does not lose it, and on the next unlock `set_services` finds it running again. Elapsed time is
always computed from the stored start, never counted by the widget (the one-second tick only repaints).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.changes import ChangeSet
from app.durations import MAX_MINUTES
from app.errors import NotFoundError, ValidationError
from app.services import Services
from app.time_entries import NOTE_MAX, TimeEntryData, TimeEntryRead, TimerState
from ui.common.errors import error_text
from ui.common.i18n import fill, shown_duration
from ui.common.operations import runner_for, subscribe
from ui.common.vocab_widgets import error_label, hint_label
from ui.time.quick_log_rows import (
    DurationEdit,
    SituationPicker,
    TaskCombo,
    duration_problem,
    task_is_invisible,
)

TICK_MS = 1000
TIMER_CHANGED = ChangeSet.of(timer=[0])


def desk_task_order(ranking: list[str]) -> list[str]:
    """Invisible tasks first (desk work is calls, mails, paperwork), each kind most used first."""
    return [task for task in ranking if task_is_invisible(task)] + [
        task for task in ranking if not task_is_invisible(task)
    ]


class StopTimerDialog(QDialog):
    """What the timed work was: a task, a situation or none, the duration (prefilled, editable)."""

    SAVED, DISCARDED = "saved", "discarded"

    def __init__(self, services: Services, state: TimerState, parent: QWidget | None = None, *,
                 in_front: int | None = None) -> None:
        """`in_front`: the situation the referent is looking at, proposed when the timer was started
        without one."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stop the timer"))
        self.setObjectName("stop_timer")
        self._services, self._state = services, state
        self.outcome: str | None = None  # None: cancelled, the timer keeps running
        self.entries: list[TimeEntryRead] = []
        self.task = TaskCombo(desk_task_order(services.time.task_usage_ranking()), self)
        self.task.setObjectName("timer_task")
        if state.task:
            self.task.set_task(state.task)
        self.situation = SituationPicker(services.situations.summaries(), self)
        self.situation.setObjectName("timer_situation")
        self.situation.set_situation(state.situation_id if state.situation_id is not None else in_front)
        self.duration = DurationEdit(self)
        self.duration.setObjectName("timer_duration")
        self.duration.setText(shown_duration(state.elapsed_minutes()))
        self.duration.advance.connect(self.save)
        self.note = QLineEdit(self)
        self.note.setMaxLength(NOTE_MAX)
        self.note.setAccessibleName(self.tr("Note"))
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = self.buttons.addButton(
            self.tr("&Discard this time"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.buttons.addButton(self.tr("&Keep running"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.discard_button.clicked.connect(self.discard)
        self._build_layout()

    def _build_layout(self) -> None:
        form = QFormLayout()
        for text, widget in ((self.tr("&Task:"), self.task), (self.tr("S&ituation:"), self.situation),
                             (self.tr("D&uration:"), self.duration), (self.tr("N&ote:"), self.note)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        started = clock_text(self._state)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(fill(self.tr("Started at %1. Leave the situation empty for work not tied "
                                                 "to one (CdP, training…)."), started), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def save(self) -> None:
        task = self.task.task_id()
        found, situation_id = self.situation.resolve()
        problem = duration_problem(self.duration.text())
        if task is None:
            return self._show(self.tr("Choose a task from the list."), self.task)
        if not found:
            return self._show(self.tr("No single situation matches: choose one from the list, or leave it "
                                      "empty."), self.situation)
        if problem:
            return self._show(problem, self.duration)
        minutes = self.duration.minutes()
        data = TimeEntryData(task, minutes, clock.today(), situation_id, note=self.note.text())
        try:
            self.entries = runner_for(self._services).call(
                lambda s: s.time.log([data]), source=self,
                changes=lambda saved: ChangeSet.of(time_entries=[e.id for e in saved]))
        except (ValidationError, NotFoundError) as error:
            return self._show(error_text(error), self.duration)
        self.outcome = self.SAVED
        self.accept()
        return None

    def discard(self) -> None:
        self.outcome = self.DISCARDED
        self.accept()

    def _show(self, text: str, widget: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        widget.setFocus()


def clock_text(state: TimerState) -> str:
    return state.started_at.astimezone().strftime("%H:%M")


def elapsed_text(state: TimerState) -> str:
    """``0:12:05``: hours, minutes, seconds since the start (from the stored start, not a counter)."""
    seconds = max(0, int((clock.now() - state.started_at).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


class TimerWidget(QWidget):
    """Start/stop button and elapsed time; `set_services(None)` while locked."""

    logged = Signal(list)  # list[TimeEntryRead], after a stop that saved the time
    running_changed = Signal(bool)

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("desk_timer")
        self._services: Services | None = None
        self._state: TimerState | None = None
        self.stop_dialog: StopTimerDialog | None = None
        self.situation_in_front: Callable[[], int | None] = lambda: None  # set by the window
        self.button = QToolButton(self)
        self.button.setObjectName("timer_button")
        self.button.clicked.connect(self.toggle)
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName("timer_elapsed")
        self.elapsed.setMinimumWidth(self.elapsed.fontMetrics().horizontalAdvance("00:00:00") + 8)
        self._tick = QTimer(self, interval=TICK_MS, timeout=self._show_state)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.elapsed)
        self.set_services(services)

    # -- public API ------------------------------------------------------------------------------------
    def set_services(self, services: Services | None) -> None:
        """New services (unlock): reload a running timer. None (lock): close the stop dialog, disable."""
        if self.stop_dialog is not None:
            self.stop_dialog.reject()
        self._services = services
        self._state = services.time.load_timer() if services is not None else None
        self.setEnabled(services is not None)
        self._show_state()
        if services is not None:
            subscribe(self, services, ("timer",), lambda: self._reload(services), own=False)

    def _reload(self, services: Services) -> None:
        """The timer was started or stopped elsewhere: show the stored one (the stop dialog stays open)."""
        if services is self._services:
            running = self.is_running()
            self._state = services.time.load_timer()
            self._show_state()
            if running != self.is_running():
                self.running_changed.emit(self.is_running())

    def state(self) -> TimerState | None:
        return self._state

    def is_running(self) -> bool:
        return self._state is not None

    def toggle(self) -> None:
        if self.is_running():
            self.stop()
        else:
            self.start()

    def start(self, task: str | None = None, situation_id: int | None = None) -> None:
        """Start now; saved at once in the register so that a lock or a restart keeps it."""
        if self._services is None or self.is_running():
            return
        state = TimerState(clock.now(), task, situation_id)
        runner_for(self._services).call(lambda s: s.time.save_timer(state), changes=TIMER_CHANGED,
                                        source=self)
        self._state = state
        self._show_state()
        self.running_changed.emit(True)

    def stop(self) -> StopTimerDialog | None:
        """Open the stop dialog (not blocking); the timer runs on until the time is saved or discarded."""
        if self._services is None or self._state is None:
            return None
        if self.stop_dialog is None:
            self.stop_dialog = StopTimerDialog(self._services, self._state, self.window(),
                                               in_front=self.situation_in_front())
            self.stop_dialog.finished.connect(self._stop_finished)
            self.stop_dialog.open()
        self.stop_dialog.raise_()
        return self.stop_dialog

    # -- internals -------------------------------------------------------------------------------------
    def _stop_finished(self, _result: int) -> None:
        dialog, self.stop_dialog = self.stop_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if dialog.outcome is None or self._services is None:
            return
        runner_for(self._services).call(lambda s: s.time.clear_timer(), changes=TIMER_CHANGED, source=self)
        self._state = None
        self._show_state()
        self.running_changed.emit(False)
        if dialog.outcome == StopTimerDialog.SAVED:
            self.logged.emit(dialog.entries)

    def _show_state(self) -> None:
        running = self._state is not None
        self.button.setText(self.tr("Stop the timer") if running else self.tr("Start the timer"))
        self.button.setToolTip(
            self.tr("Stop and say what the time was for") if running
            else self.tr("Time work at the desk: a call, mails, paperwork")
        )
        self.button.setAccessibleName(self.button.text())
        self.elapsed.setText(elapsed_text(self._state) if self._state else "")
        if self._state is not None:
            self.elapsed.setAccessibleName(fill(self.tr("Running for %1"), self.elapsed.text()))
            too_long = self._state.elapsed_minutes() > MAX_MINUTES
            self.elapsed.setToolTip(self.tr("Running for more than 24 h: forgotten?") if too_long else "")
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()
