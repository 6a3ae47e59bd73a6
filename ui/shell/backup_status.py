"""The backup line of the main window's status bar, and the daily automatic backup it starts.

"Last backup: 5 Dec 2026 08:30" from the register's own note (app.daily_backup), so it is true wherever the
backup went; a warning (in red, with what to do) when the last good backup is older than a week or there is
none. At the first unlock of a day the composition root asks for the daily backup: it runs off the window's
thread (ui.common.workers) and a failure only changes this line — the referent's work is never blocked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from app import clock
from app.backup_schedule import backup_state
from app.daily_backup import DailyBackup, last_backup, run_daily_backup
from app.registers import Register, RegisterError
from app.services import Services
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.vocab_widgets import DATE_FORMAT, ERROR_COLOUR, set_text_colour
from ui.common.workers import run_in_background


class BackupStatus(QObject):
    """Owns the status-bar label; `show(services)` reads the note, `start_daily` backs up if due."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self.status_bar = status_bar
        self.label = QLabel(status_bar)
        self.label.setObjectName("backupStatus")
        self.label.setAccessibleName(self.tr("Backups"))
        self.label.setContentsMargins(16, 0, 4, 0)  # apart from "Register: …" beside it
        status_bar.addPermanentWidget(self.label)
        self._normal = self.label.palette()
        self.stale = False
        self.failure: str | None = None
        self.running = False

    # -- what the line says ----------------------------------------------------------------------------
    def show(self, services: Services | None) -> None:
        """The last good backup (or the failure of today's automatic one); empty while locked."""
        if services is None:
            self._set("", False)
            return
        state = backup_state(last_backup(services.register).last, clock.local_now())
        self.stale = state.stale
        if state.last is None:
            text = self.tr("No backup yet: back up now (Ctrl+Shift+S)")
        elif state.stale:
            text = fill(self.tr("Last backup %n day(s) ago (%1): back up now (Ctrl+Shift+S)", "",
                                state.days_since), self._when(state.last))
        else:
            text = fill(self.tr("Last backup: %1"), self._when(state.last))
        if self.failure:
            text = fill(self.tr("Automatic backup failed: %1"), self.failure) + " — " + text
        self._set(text, state.stale or bool(self.failure))

    def _set(self, text: str, warning: bool) -> None:
        self.label.setText(text)
        self.label.setToolTip(text)
        if warning:
            set_text_colour(self.label, ERROR_COLOUR)
        else:
            self.label.setPalette(self._normal)

    @staticmethod
    def _when(moment) -> str:
        return QDateTime(moment).toString(f"{DATE_FORMAT} HH:mm")  # the dates of the register's lists

    # -- the daily backup ------------------------------------------------------------------------------
    def start_daily(self, services: Services, folder: Path | None) -> None:
        """Back up off the window's thread if no daily backup was made today (`folder` None: the register's
        own backups/ folder)."""
        self.running = True
        register = services.register
        task = run_in_background(run_daily_backup, register, folder, receiver=self.label)
        task.succeeded.connect(lambda made: self._daily_done(register, made))
        task.failed.connect(lambda error: self._daily_failed(register, error))

    def _daily_done(self, register: Register, made: DailyBackup | None) -> None:
        self.running = False
        self.failure = None
        services = self._services_of(register)
        if made is not None and services is not None:
            self.status_bar.showMessage(self.tr("Daily backup made."), 5000)
        self.show(services)

    def _daily_failed(self, register: Register, error: BaseException) -> None:
        self.running = False
        services = self._services_of(register)
        if services is None:
            return  # locked meanwhile (the key was dropped): the next unlock tries again
        self.failure = error_text(error) if isinstance(error, RegisterError) else type(error).__name__
        self.show(services)

    def _services_of(self, register: Register) -> Services | None:
        """The window's services if they are still those of `register` (not locked, not restored since)."""
        services = getattr(self.parent().window(), "services", None)
        return services if services is not None and services.register is register else None
