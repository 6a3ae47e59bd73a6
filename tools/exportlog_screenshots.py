"""Render the export log page (a few exports of every shape) and the calendar export dialog, names ticked.

    QT_QPA_PLATFORM=offscreen python -m tools.exportlog_screenshots docs/screenshots

The small demo register (app.demo) in a temporary folder; the interface is in French.
"""

from __future__ import annotations

import sys

from tools.screenshot_kit import output_folder, prepare_application, save_grab, temporary_register, wait_until

SIZE = (1100, 600)


def main(argv: list[str] | None = None) -> int:
    out = output_folder(sys.argv[1:] if argv is None else argv)
    prepare_application("fr")
    from app.demo.builder import build_demo
    from app.documents.calendar_export import export_calendar
    from app.exports.log import record_export
    from app.services import Services
    from ui.exportlog.calendar_dialog import CalendarExportDialog
    from ui.exportlog.page import ExportLogPage

    with temporary_register("registre") as scratch:
        build_demo(scratch.register, "small")
        services = Services.for_register(scratch.register)
        code = services.situations.get(next(iter(services.situations.search_texts()))).code
        export_calendar(scratch.register, scratch.work / "agenda.ics")
        export_calendar(scratch.register, scratch.work / "une.ics", situation_code=code, with_names=True)
        register = scratch.register
        record_export(register, "handover", "pdf", {"situation": code, "consent": 3}, 1, anonymised=False)
        record_export(register, "invisible_work", "pdf", {"from": "2026-01", "to": "2026-06", "k": 5}, 6)
        page = ExportLogPage(services)
        page.resize(*SIZE)
        page.show()
        wait_until(lambda: page.table.rowCount() == 4)
        save_grab(page, out / "export-log.png", size=SIZE)
        dialog = CalendarExportDialog(services, code, "fr")
        dialog.names_box.setChecked(True)
        dialog.show()
        save_grab(dialog, out / "calendar-export.png")
        page.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
