"""Render the main screens offscreen into PNG files for the documentation (`make screenshots`).

    QT_QPA_PLATFORM=offscreen python -m tools.screenshots docs/screenshots [--language fr]

A throw-away register is created in a temporary folder and filled with the small demo (invented people);
the shipped DejaVu fonts are used so the images look the same on every machine.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tools.screenshot_kit import PASSPHRASE, prepare_application, save_grab, temporary_register, wait_until

SIZE = (1180, 720)  # the default window


def _first_run_shots(out: Path, work: Path, register, code: str) -> None:
    from ui.unlock.first_run import RECOVERY, FirstRunWizard

    wizard = FirstRunWizard(work / "nouveau-registre", iterations=1)
    save_grab(wizard, out / "01-first-run-folder.png")
    wizard.next()
    fields = wizard.passphrase_page.fields
    fields.first.setText(PASSPHRASE)
    fields.second.setText(PASSPHRASE)
    save_grab(wizard, out / "02-first-run-passphrase.png")
    wizard.hide()
    recovery = FirstRunWizard(work / "nouveau-registre", iterations=1)
    recovery.register, recovery.recovery_code = register, code
    recovery.setStartId(RECOVERY)
    recovery.restart()
    save_grab(recovery, out / "03-first-run-recovery.png")
    recovery.register = None  # the register belongs to the caller
    recovery.hide()


def _unlock_shot(out: Path, folder: Path) -> None:
    from storage.errors import WrongSecretError
    from ui.unlock.dialog import UnlockDialog

    dialog = UnlockDialog(folder, try_keyring=False)
    panel = dialog.panel
    save_grab(
        dialog, out / "04-unlock.png", lambda: panel.show_error(panel.error_message(WrongSecretError()))
    )
    dialog.reject()


def _window_shots(out: Path, register, preferences, language: str) -> None:
    from app.services import Services
    from ui.shell.main_window import FOLLOWUPS_PAGE, MainWindow
    from ui.shell.settings_dialog import SettingsDialog

    window = MainWindow(Services.for_register(register), preferences, language=language)
    window.resize(*SIZE)
    view = window.register_view
    save_grab(window, out / "05-register.png", lambda: view.select_id(view.model.situation_id(1)))
    wait_until(lambda: view.search_texts_ready)
    view.search.setText("seul")
    save_grab(window, out / "06-register-search.png")
    view.clear_filters()
    if window.open_situation(view.model.situation_id(1)) is not None:
        save_grab(window, out / "07-situation.png")
    window.show_page(FOLLOWUPS_PAGE)
    save_grab(window, out / "08-to-contact.png")
    settings = SettingsDialog(preferences, register, window)
    save_grab(settings, out / "09-preferences.png")
    settings.reject()
    window.lock()
    save_grab(window, out / "10-locked.png")
    window.close()


def render(out: Path, language: str = "fr") -> None:
    app = prepare_application(language)
    from PySide6.QtCore import QSettings

    from app.demo.builder import build_demo
    from ui.shell.preferences import Preferences

    out.mkdir(parents=True, exist_ok=True)
    with temporary_register("registre") as (register, code, work):
        build_demo(register, "small")
        preferences = Preferences(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
        _first_run_shots(out, work, register, code)
        _unlock_shot(out, register.folder)
        _window_shots(out, register, preferences, language)
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render Relais screenshots offscreen.")
    parser.add_argument("output", type=Path, nargs="?", default=Path("docs/screenshots"))
    parser.add_argument("--language", default="fr", choices=("fr", "nl", "en"))
    args = parser.parse_args(argv)
    render(args.output, args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
