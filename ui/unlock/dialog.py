"""Unlocking a register: the key remembered on this computer first, else the passphrase or the recovery code.

`UnlockPanel` is the form (also used by the lock screen inside the main window); `UnlockDialog` wraps it at
start-up with "Open another register…" and "Create a new register…". The key derivation (~0.5 s) runs on a
pool thread: the window never freezes, and a second click while it runs does nothing.

`preload` (set by the owner of the panel): a read of the register run on that same thread *during* the
integrity check (`registers.unlock_*(while_checking=…)`), e.g. the rows of the register view; the receiver of
`unlocked(register)` takes its result with `take_preloaded(register)`. A register whose check fails is never
emitted, and what was read from it is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app import registers
from app.registers import (
    KeyringUnavailableError,
    KeySlotsError,
    NotARegisterError,
    RegisterDamagedError,
    RegisterError,
    SchemaTooNewError,
    WrongSecretError,
    is_register,
)
from ui.common.first_paint import AfterFirstPaint
from ui.common.i18n import fill
from ui.unlock.panel_layout import UnlockPanelLayout

if TYPE_CHECKING:
    from app.registers import Register  # loaded with SQLAlchemy after the window is shown (issue 14)
    from ui.shell.instance_guard import RegisterGuard
# The worker pool, the register lock and the error catalog load when an attempt starts: after the window is
# drawn (issue 14).

ERROR_STYLE = "color: #9b1c1c;"
INFO_STYLE = "color: palette(placeholder-text);"
# An unlock still running after this long is most likely the first one after an update of Relais: the
# register is migrated (snapshot first) and, from v7, rewritten and checked — seconds on a large register.
SLOW_OPEN_MS = 2_500


def _open_and_preload(opener: Callable[..., Register | None], preload: Callable[[Register], object] | None,
                      *args) -> tuple[Register | None, object]:
    """On the pool thread: open with `opener` and, during its integrity check, run `preload`."""
    if preload is None:
        return opener(*args), None
    results: list = []
    register = opener(*args, while_checking=lambda opened: results.append(preload(opened)))
    return register, (results[0] if results else None)


class UnlockPanel(UnlockPanelLayout, QWidget):
    """Passphrase (or recovery code) → `unlocked(Register)`. Holds the register's guard when `guarded`."""

    unlocked = Signal(object)
    open_other_requested = Signal()
    create_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None, *, guarded: bool = True,
                 can_switch: bool = True, icons_later: bool = False) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.guard: RegisterGuard | None = None
        self._guarded = guarded
        self._attempt = 0  # results of an older attempt (another folder, a cancelled try) are ignored
        self._busy: str | None = None  # "keyring" or "secret" while an attempt runs
        self.preload: Callable[[Register], object] | None = None
        self._preloaded: tuple[Register, object] | None = None
        self._build(can_switch, icons_later)
        self.set_folder(self.folder)

    # -- state -----------------------------------------------------------------------------------------
    @property
    def using_recovery_code(self) -> bool:
        return self.fields.currentIndex() == 1

    def set_folder(self, folder: Path) -> None:
        """Show `folder`; a missing folder or one without a register says so and offers the way out."""
        self._attempt += 1
        self._set_busy(None)
        self.folder = Path(folder)
        if self.guard is not None and self.guard.folder != self.folder:
            self.release_guard()
        self.where.setText(fill(self.tr("Register: %1"), str(self.folder)))
        present = is_register(self.folder)
        self.fields.setEnabled(present)
        self.unlock_button.setEnabled(present)
        self.toggle.setEnabled(present)
        if present:
            self.message.clear()
        elif self.folder.is_dir():
            self.show_error(self.tr("This folder does not contain a Relais register. Open another register, "
                                    "or create a new one."))
        else:
            self.show_error(fill(self.tr("The register folder cannot be found: %1. It may have been moved, "
                                         "or be on a disk that is not connected."), str(self.folder)))

    def set_intro(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def focus_field(self) -> None:
        (self.recovery if self.using_recovery_code else self.passphrase).setFocus()

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        self.message.show()

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet(INFO_STYLE)
        self.message.setText(text)
        self.message.show()

    def _toggle_recovery(self) -> None:
        recovery = not self.using_recovery_code
        self.fields.setCurrentIndex(1 if recovery else 0)
        self.toggle.setText(self.tr("Use the &passphrase instead") if recovery
                            else self.tr("Use the &recovery code instead"))
        self.message.clear()
        self.focus_field()

    def _set_busy(self, kind: str | None, text: str = "") -> None:
        """While the secret is checked the form is disabled; the keyring attempt leaves it usable."""
        self._busy = kind
        present = is_register(self.folder)
        for widget in (self.fields, self.unlock_button, self.toggle):
            widget.setEnabled(present and kind != "secret")
        if kind:
            self.show_info(text)

    @property
    def busy(self) -> bool:
        return self._busy is not None

    # -- unlocking -------------------------------------------------------------------------------------
    def try_remembered_key(self, later: Callable[[Callable[[], None]], None] | None = None) -> None:
        """Automatic unlock with the key remembered on this computer; silent when nothing is remembered.
        `later` (e.g. the dialog's `after_first_paint`) delays the attempt itself: the panel says it is
        busy at once, and typing a passphrase meanwhile supersedes it as usual."""
        if self._busy or not is_register(self.folder):
            return
        if later is not None:
            attempt = self._attempt
            self._set_busy("keyring", self._remembered_key_text())
            later(lambda: self._remembered_key_now(attempt))
            return
        if not self._claim():
            return
        self._start(registers.unlock_with_remembered_key, (self.folder,), self._remembered_key_text(),
                    keyring=True)

    def _remembered_key_text(self) -> str:
        return self.tr("Unlocking with the key remembered on this computer…")

    def _remembered_key_now(self, attempt: int) -> None:
        if attempt == self._attempt and self._busy == "keyring":  # not superseded meanwhile
            self._busy = None
            self.try_remembered_key()

    def try_unlock(self) -> None:
        """Unlock with what was typed (superseding a keyring attempt still running)."""
        if self._busy == "secret" or not is_register(self.folder):
            return
        secret = (self.recovery if self.using_recovery_code else self.passphrase).text()
        if not secret.strip():
            self.show_error(self.tr("Type your recovery code.") if self.using_recovery_code
                            else self.tr("Type your passphrase."))
            self.focus_field()
            return
        if not self._claim():
            return
        recovery = self.using_recovery_code
        opener = registers.unlock_with_recovery_code if recovery else registers.unlock_with_passphrase
        self._start(opener, (self.folder, secret), self.tr("Unlocking…"), keyring=False)

    def _claim(self) -> bool:
        if not self._guarded:
            return True
        if self.guard is None or self.guard.folder != self.folder:
            self.release_guard()
            from ui.shell.instance_guard import RegisterGuard

            self.guard = RegisterGuard(self.folder)
        if self.guard.acquire():
            return True
        self.show_error(self.tr("This register is already open in another Relais window. Switch to that "
                                "window, or close it first."))
        return False

    def release_guard(self) -> None:
        if self.guard is not None:
            self.guard.release()
            self.guard = None

    def _start(self, function, args: tuple, busy_text: str, *, keyring: bool) -> None:
        self._attempt += 1
        attempt = self._attempt
        self._set_busy("keyring" if keyring else "secret", busy_text)
        QTimer.singleShot(SLOW_OPEN_MS, self, lambda: self._still_opening(attempt, busy_text))
        from ui.common.workers import run_in_background

        task = run_in_background(_open_and_preload, function, self.preload, *args)
        task.succeeded.connect(lambda result: self._on_opened(attempt, *result))
        task.failed.connect(lambda error: self._on_failed(attempt, error, keyring))

    def _still_opening(self, attempt: int, busy_text: str) -> None:
        """Say why an unlock takes seconds, so that nobody thinks Relais has frozen and closes it."""
        if attempt == self._attempt and self._busy is not None:
            self.show_info(busy_text + "\n" + self.tr(
                "The first opening after an update of Relais also updates the register and checks it: this "
                "can take a few more seconds. Leave Relais open."))

    def take_preloaded(self, register: Register) -> object:
        """What `preload` read while `register` was being opened (once; None if nothing or another)."""
        preloaded, self._preloaded = self._preloaded, None
        if preloaded is None or preloaded[0] is not register:
            return None
        return preloaded[1]

    def _on_opened(self, attempt: int, register: Register | None, preloaded: object = None) -> None:
        if attempt != self._attempt:
            if register is not None:
                register.close()  # the referent moved on (another folder): do not keep it open
            return
        self._set_busy(None)
        if register is None:  # nothing remembered: the usual case, say nothing
            self.message.clear()
            self.focus_field()
            return
        self.passphrase.clear()
        self.recovery.clear()
        self.message.clear()
        self._preloaded = (register, preloaded) if preloaded is not None else None
        self.unlocked.emit(register)

    def _on_failed(self, attempt: int, error: BaseException, keyring: bool) -> None:
        if attempt != self._attempt:
            return
        self._set_busy(None)
        if keyring and isinstance(error, KeyringUnavailableError | OSError):
            self.show_info(self.tr("The key remembered on this computer could not be used: type your "
                                   "passphrase."))
        else:
            self.show_error(self.error_message(error))
        edit = self.recovery if self.using_recovery_code else self.passphrase
        edit.selectAll()
        self.focus_field()

    def error_message(self, error: BaseException) -> str:
        """A clear sentence for each way unlocking can fail (never a traceback, never a secret)."""
        if isinstance(error, WrongSecretError):
            if self.using_recovery_code:
                return self.tr("This recovery code does not open the register. Check each group of "
                               "characters (spaces and capitals do not matter).")
            return self.tr("This passphrase does not open the register. Check the keyboard layout and "
                           "Caps Lock, or use the recovery code.")
        if isinstance(error, NotARegisterError):
            return self.tr("The register folder cannot be found, or is not a Relais register.")
        if isinstance(error, RegisterDamagedError):
            return self.tr("The register is damaged and was not opened, so that nothing is written to it. "
                           "Restore a backup (command: relais restore).")
        if isinstance(error, KeySlotsError):
            return self.tr("The key file of the register (keyslots.json) is damaged. Restore a backup.")
        if isinstance(error, SchemaTooNewError):
            return self.tr("This register was written by a newer version of Relais. Update Relais to "
                           "open it.")
        if isinstance(error, RegisterError):
            from ui.common.errors import error_text

            return error_text(error)  # the catalog text, in the window's language
        if isinstance(error, PermissionError):
            return self.tr("Relais is not allowed to read this folder. Check its permissions.")
        return fill(self.tr("The register could not be opened (%1)."), type(error).__name__)


class UnlockDialog(AfterFirstPaint, QDialog):
    """At start-up: unlock, or open another register, or go create a new one (`result() == CREATE`)."""

    CREATE = 2

    def __init__(self, folder: Path, parent: QWidget | None = None, *, try_keyring: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Relais — unlock"))
        self.register: Register | None = None
        self.preloaded: object = None  # what `panel.preload` read while the register was opened
        # the field's eye needs Qt's namespace (~15 ms): drawn once the window is (ui.unlock.password_edit)
        self.panel = UnlockPanel(folder, self, icons_later=True)
        self.after_first_paint(self.panel.draw_icons)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.panel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.quit_button)
        layout.addLayout(row)
        self.panel.unlocked.connect(self._on_unlocked)
        self.panel.open_other_requested.connect(self.choose_other_folder)
        self.panel.create_requested.connect(lambda: self.done(self.CREATE))
        self._try_keyring = try_keyring
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    @property
    def guard(self) -> RegisterGuard | None:
        return self.panel.guard

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.panel.focus_field()
        if self._try_keyring:
            self._try_keyring = False
            # once drawn: the keyring's thread would hold the interpreter while the window lays out
            self.panel.try_remembered_key(later=self.after_first_paint)

    def choose_other_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # not before the window is shown (issue 14)

        folder = QFileDialog.getExistingDirectory(self, self.tr("Open another register"),
                                                  str(self.panel.folder.parent))
        if folder:
            self.panel.set_folder(Path(folder))
            self.panel.focus_field()
            self.panel.try_remembered_key()

    def _on_unlocked(self, register: Register) -> None:
        self.register = register
        self.preloaded = self.panel.take_preloaded(register)
        self.accept()

    def reject(self) -> None:
        self.panel.release_guard()
        super().reject()
