"""Composition root of the window: QApplication, translations, preferences, then first run or unlock, then the
main window with the services of the unlocked register.

The start-up flow is a small chain of non-blocking dialogs, so tests can drive every step:
- a register in the folder → UnlockDialog;
- a fresh installation (no register remembered, the default folder empty or absent), or `--register` naming
  a new or empty folder → FirstRunWizard;
- otherwise (a remembered folder gone missing, a folder that is not a register) → UnlockDialog, which says so
  and offers "Open another register…" and "Create a new register…".
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog

from app.registers import is_register
from ui.common.i18n import fill, install_translations, resolve_language
from ui.shell import pyside_fix, qt_messages, qt_refcount, warm_up
from ui.shell.preferences import Preferences, application_settings, default_register_folder
from ui.unlock.dialog import UnlockDialog

if TYPE_CHECKING:  # the window and the services load after the first dialog is shown (ui/shell/warm_up.py)
    from app.registers import Register
    from ui.register.model import PreparedRows
    from ui.shell.instance_guard import RegisterGuard
    from ui.shell.main_window import MainWindow
    from ui.unlock.first_run import FirstRunWizard


def _is_new_folder(folder: Path) -> bool:
    return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))


class RelaisApplication(QObject):
    """Drives first run / unlock and owns the main window. `finished` fires when the referent quits."""

    finished = Signal()
    first_window_painted = Signal()  # once per process: the first dialog has been drawn

    def __init__(self, preferences: Preferences, register_path: Path | None = None, *, language: str = "fr",
                 iterations: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.register_path = Path(register_path).expanduser() if register_path else None
        self.language = language
        self.iterations = iterations  # Argon2id passes for a new register (tests use 1)
        self.dialog: QDialog | None = None
        self.window: MainWindow | None = None
        self._first_painted = False

    def initial_folder(self) -> Path:
        return self.register_path or self.preferences.register_folder or default_register_folder()

    def start(self) -> None:
        folder = self.initial_folder()
        fresh = self.register_path is None and self.preferences.register_folder is None
        if not is_register(folder) and _is_new_folder(folder) and (fresh or self.register_path is not None):
            self.show_first_run(folder)
        else:
            self.show_unlock(folder)

    # -- dialogs ---------------------------------------------------------------------------------------
    def show_unlock(self, folder: Path) -> UnlockDialog:
        dialog = UnlockDialog(folder)
        language = self.language
        # the register rows are read on the unlock thread, while the integrity check runs
        dialog.panel.preload = lambda register: warm_up.read_rows(register, language)
        dialog.finished.connect(lambda result: self._unlock_finished(dialog, result))
        self._show(dialog)
        return dialog

    def show_first_run(self, folder: Path) -> FirstRunWizard:
        from ui.unlock.first_run import FirstRunWizard

        wizard = FirstRunWizard(folder, iterations=self.iterations)
        wizard.finished.connect(lambda _result: self._first_run_finished(wizard))
        self._show(wizard)
        return wizard

    def _show(self, dialog: UnlockDialog | FirstRunWizard) -> None:
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        # the rest of the application loads while the person types, once the dialog is drawn: a thread
        # started earlier holds the interpreter while the GUI thread lays out and paints it
        dialog.after_first_paint(self._on_first_paint)

    def _on_first_paint(self) -> None:
        warm_up.start()
        if not self._first_painted:
            self._first_painted = True
            self.first_window_painted.emit()

    def _unlock_finished(self, dialog: UnlockDialog, result: int) -> None:
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.register is not None:
            from ui.register.model import PreparedRows

            rows = dialog.preloaded if isinstance(dialog.preloaded, PreparedRows) else None
            self.open_window(dialog.register, dialog.guard, rows)
        elif result == UnlockDialog.CREATE:
            folder = default_register_folder()
            self.show_first_run(folder if _is_new_folder(folder) else folder.parent / "register-2")
        else:
            self.quit()

    def _first_run_finished(self, wizard: FirstRunWizard) -> None:
        wizard.deleteLater()
        if wizard.register is not None:
            from ui.shell.instance_guard import RegisterGuard

            guard = RegisterGuard(wizard.register.folder)
            guard.acquire()
            self.open_window(wizard.register, guard)
        elif wizard.open_existing_requested:
            from PySide6.QtWidgets import QFileDialog  # its enums cost ~10 ms: not before the first dialog

            chosen = QFileDialog.getExistingDirectory(None, self.tr("Open an existing register"),
                                                      str(wizard.folder.parent))
            self.show_unlock(Path(chosen) if chosen else wizard.folder)
        else:
            self.quit()

    # -- the window ------------------------------------------------------------------------------------
    def open_window(self, register: Register, guard: RegisterGuard | None,
                    rows: PreparedRows | None = None) -> MainWindow:
        """The main window on `register` (`rows`: its register rows, when read at unlock)."""
        self.dialog = None
        self.preferences.register_folder = register.folder
        self.preferences.sync()
        from app.services import Services
        from ui.shell.main_window import MainWindow

        try:
            services = Services.for_register(register)
            self.window = MainWindow(services, self.preferences, language=self.language, guard=guard,
                                     rows=rows, automatic_backups=True)
        except Exception as error:  # never leave an open register behind a failed window
            from PySide6.QtWidgets import QMessageBox

            register.close()
            if guard is not None:
                guard.release()
            QMessageBox.critical(None, "Relais", fill(self.tr("Relais could not show the register (%1)."),
                                                      type(error).__name__))
            self.quit()
            raise
        self.window.closed.connect(self.quit)
        self.window.show()
        self._show_warnings(register)
        warm_up.settle()
        from ui.cdp.readiness import CdpReadiness

        self.window.cdp_readiness = CdpReadiness(self.window)  # the CdP export readied once the window idles
        return self.window

    def _show_warnings(self, register: Register) -> None:
        """What the open noticed (read-only media, a repaired key file, a damaged log set aside), said once
        in a window that does not block: the register is open and usable."""
        if not register.warnings:
            return
        from PySide6.QtWidgets import QMessageBox

        from ui.common.errors import error_text

        texts = "\n\n".join(error_text(warning) for warning in register.warnings)
        self.warnings_box = QMessageBox(QMessageBox.Icon.Warning, "Relais", texts, parent=self.window)
        self.warnings_box.setObjectName("registerWarnings")
        self.warnings_box.open()

    def quit(self) -> None:
        self.finished.emit()


def run(register_path: Path | None, after_first_paint: Callable[[], None] | None = None) -> int:
    """Entry point of the window (`relais` without a subcommand); `after_first_paint` runs once the first
    dialog has been drawn (the launcher starts listening for a second start then)."""
    qt_refcount.install()
    pyside_fix.install()
    qt_messages.install()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Relais")
    app.setOrganizationName("Relais")
    # no applicationDisplayName: on X11 Qt appends it to every window title ("Relais — demo — Relais")
    app.setQuitOnLastWindowClosed(False)  # the flow decides: a dialog closing may lead to the next one
    preferences = Preferences(application_settings())
    language = install_translations(resolve_language(preferences.language))
    relais = RelaisApplication(preferences, register_path, language=language)
    relais.finished.connect(lambda: QCoreApplication.exit(0))
    if after_first_paint is not None:
        relais.first_window_painted.connect(after_first_paint)
    relais.start()
    app.aboutToQuit.connect(lambda: relais.window.shut_down() if relais.window else None)
    return app.exec()
