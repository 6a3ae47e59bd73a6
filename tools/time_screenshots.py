"""Render the quick log, the time list and the invisible-work dashboard offscreen for the documentation.

    QT_QPA_PLATFORM=offscreen python -m tools.time_screenshots docs/screenshots

A throw-away register in a temporary folder is filled with the small demo (invented people); the interface
is in French (the shipped translations).
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from tools.screenshot_kit import output_folder, prepare_application, save_grab, temporary_register, wait_until

SIZE = (1180, 720)  # the default window


def _quick_log_shot(services, out: Path) -> None:
    from ui.time.quick_log import QuickLogDialog

    situation = services.situations.summaries(status="active")[0]
    dialog = QuickLogDialog(services, situation.id)

    def fill_in() -> None:
        rows = dialog.rows
        rows.rows[0].duration.setText("45")
        dialog.add_line()
        rows.rows[1].duration.setText("1,5")  # shows a refused line, with its reason
        dialog.add_line()
        rows.rows[2].duration.setText("15 min")
        dialog.save()
        dialog.next_checkin.set_date(date.today() + timedelta(days=7))
        dialog.resize(680, dialog.sizeHint().height())

    save_grab(dialog, out / "quick_log.png", fill_in, size=(680, dialog.sizeHint().height()), rounds=5)
    dialog.done(0)  # closes without the "discard what was typed?" question (a screenshot, not a person)


def _time_list_shot(services, out: Path, today: date) -> None:
    from ui.time.entries import TimeListView

    view = TimeListView(services, None)
    view.set_range(today - timedelta(days=14), today)
    save_grab(view, out / "time_list.png", lambda: view.select_row(2), size=SIZE, rounds=5)


def _dashboard_shot(services, out: Path, today: date) -> None:
    from ui.time.dashboard import InvisibleWorkDashboard

    dashboard = InvisibleWorkDashboard(None)
    dashboard.set_period(date(today.year, 1, 1), today)

    def compute() -> None:
        dashboard.set_services(services)
        if not wait_until(lambda: dashboard.data() is not None, seconds=120):  # computed off the GUI thread
            raise SystemExit("the dashboard figures were not computed")

    save_grab(dashboard, out / "invisible_work_dashboard.png", compute, size=SIZE, rounds=5)


def main(argv: list[str] | None = None) -> int:
    out = output_folder(sys.argv[1:] if argv is None else argv)
    prepare_application("fr")
    from app import clock
    from app.demo.builder import build_demo
    from app.services import Services

    today = clock.today()
    with temporary_register() as scratch:
        build_demo(scratch.register, "small", reference=today)
        services = Services.for_register(scratch.register)
        _quick_log_shot(services, out)
        _time_list_shot(services, out, today)
        _dashboard_shot(services, out, today)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
