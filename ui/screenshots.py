"""Render the main screens offscreen into PNG files for the documentation (`make screenshots`).

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots docs/screenshots [--language fr]

A throw-away register is created in a temporary folder and filled with the small demo (invented people);
the shipped DejaVu fonts are used so the images look the same on every machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

DEMO_PASSPHRASE = "marmite violette sous la pluie"
SIZE = (1200, 760)


def _prepare_application(language: str):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui import pyside_fix, qt_refcount

    qt_refcount.install()
    pyside_fix.install()
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translations

    app = QApplication.instance() or QApplication([])
    fonts = Path(__file__).resolve().parent.parent / "resources" / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(fonts / name))
    app.setFont(QFont("DejaVu Sans", 9))
    install_translations(language)
    return app


def _save(widget, target: Path, prepare: Callable[[], None] | None = None) -> Path:
    from PySide6.QtWidgets import QApplication

    widget.show()
    if prepare:
        prepare()
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(target))
    print(target)
    return target


def _wait_until(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def _first_run_shots(out: Path, work: Path, register, code: str) -> None:
    from ui.first_run import RECOVERY, FirstRunWizard

    wizard = FirstRunWizard(work / "nouveau-registre", iterations=1)
    _save(wizard, out / "01-first-run-folder.png")
    wizard.next()
    fields = wizard.passphrase_page.fields
    fields.first.setText(DEMO_PASSPHRASE)
    fields.second.setText(DEMO_PASSPHRASE)
    _save(wizard, out / "02-first-run-passphrase.png")
    wizard.hide()
    recovery = FirstRunWizard(work / "nouveau-registre", iterations=1)
    recovery.register, recovery.recovery_code = register, code
    recovery.setStartId(RECOVERY)
    recovery.restart()
    _save(recovery, out / "03-first-run-recovery.png")
    recovery.register = None  # the register belongs to the caller
    recovery.hide()


def _unlock_shot(out: Path, folder: Path) -> None:
    from storage.errors import WrongSecretError
    from ui.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(folder, try_keyring=False)
    panel = dialog.panel
    _save(dialog, out / "04-unlock.png", lambda: panel.show_error(panel.error_message(WrongSecretError())))
    dialog.reject()


def _window_shots(out: Path, register, preferences) -> None:
    from app.services import Services
    from ui.main_window import FOLLOWUPS_PAGE, MainWindow
    from ui.settings_dialog import SettingsDialog

    window = MainWindow(Services.for_register(register), preferences)
    window.resize(*SIZE)
    view = window.register_view
    _save(window, out / "05-register.png", lambda: view.select_id(view.model.situation_id(1)))
    _wait_until(lambda: view.search_texts_ready)
    view.search.setText("seul")
    _save(window, out / "06-register-search.png")
    view.clear_filters()
    if window.open_situation(view.model.situation_id(1)) is not None:
        _save(window, out / "07-situation.png")
    window.show_page(FOLLOWUPS_PAGE)
    _save(window, out / "08-to-contact.png")
    settings = SettingsDialog(preferences, register, window)
    _save(settings, out / "09-preferences.png")
    settings.reject()
    window.lock()
    _save(window, out / "10-locked.png")
    window.close()


def render(out: Path, language: str = "fr") -> None:
    app = _prepare_application(language)
    from PySide6.QtCore import QSettings

    from app.demo import build_demo
    from storage.register import Register
    from ui.preferences import Preferences

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="relais-screens-") as tmp:
        work = Path(tmp)
        register, code = Register.create(work / "registre", DEMO_PASSPHRASE, iterations=1)
        try:
            build_demo(register, "small")
            preferences = Preferences(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
            _first_run_shots(out, work, register, code)
            _unlock_shot(out, register.folder)
            _window_shots(out, register, preferences)
        finally:
            register.close()
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
