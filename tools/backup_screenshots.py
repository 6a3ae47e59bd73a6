"""Screenshots of the backup line, the restore and import dialogs and the reminder (issue 12), in French at
1180×720: `python -m tools.backup_screenshots [FOLDER]` (default docs/screenshots)."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta

from tools.screenshot_kit import (
    output_folder,
    prepare_application,
    process_events,
    save_grab,
    temporary_register,
    wait_until,
)


def main(argv: list[str]) -> int:
    app = prepare_application("fr")
    from PySide6.QtCore import QSettings

    from app import daily_backup, registers
    from app.demo.builder import build_demo
    from app.exports.personal_dump import export_document
    from app.services import Services
    from ui.shell.import_dialog import ImportDialog
    from ui.shell.main_window import MainWindow
    from ui.shell.preferences import Preferences
    from ui.shell.restore_dialog import RestoreDialog
    from ui.situation.reminder import ReminderDialog

    target = output_folder(argv)
    with temporary_register("registre") as scratch:
        build_demo(scratch.register, "small")
        services = Services.for_register(scratch.register)
        preferences = Preferences(QSettings(str(scratch.work / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(services, preferences, language="fr", automatic_backups=True)
        save_grab(window, target / "backup-status.png", lambda: wait_until(
            lambda: not window.backup_status.running), size=(1180, 720))
        daily_backup.record_backup(scratch.register, datetime.now() - timedelta(days=12))
        window.backup_status.show(services)
        save_grab(window.statusBar(), target / "backup-status-stale.png")
        backup = registers.back_up(scratch.register, scratch.work / "Relais 2026-12-01.relais-backup")
        restore = RestoreDialog(scratch.register, scratch.work, window)
        restore.path.setText(str(backup))
        save_grab(restore, target / "restore-dialog.png")
        dump = scratch.work / "export.json"
        with registers.create(scratch.work / "collègue", "une autre phrase", iterations=1)[0] as other:
            build_demo(other, "small")
            dump.write_text(json.dumps(export_document(other)), encoding="utf-8")
        imports = ImportDialog(scratch.register, window)
        imports.path.setText(str(dump))  # the same fictitious people: refused, their codes exist already
        settled = lambda: wait_until(lambda: not imports.checking)  # noqa: E731 - the dialog changes below
        save_grab(imports, target / "import-dialog-refused.png", settled)
        empty = registers.create(scratch.work / "vide", "une phrase vide", iterations=1)[0]
        imports = ImportDialog(empty, window)
        imports.path.setText(str(dump))
        save_grab(imports, target / "import-dialog.png", settled)
        empty.close()
        situation_id = window.register_view.model.situation_id(0)
        editor = window.open_situation(situation_id)
        reminder = ReminderDialog(services, situation_id, editor._situation.code, window)
        reminder.note.setText("Rappeler le CPAS pour la prime")
        save_grab(reminder, target / "reminder-dialog.png")
        process_events()
        window.shut_down()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
