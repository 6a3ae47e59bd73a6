"""The two anonymised reports, from the window with keys only, written and logged in the register: a CdP
session prepared, reviewed, confirmed and exported as PDF; the invisible-work report exported as PDF from its
dashboard."""

from __future__ import annotations

import stat
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.cdp.sessions import CdpSessionData, CdpSessionService
from app.readmodels import SituationData
from storage.models import ExportLog
from tests.journeys.conftest import ALT, CTRL, SHIFT, active_dialog
from ui.cdp import review_prompts
from ui.cdp.review import CanvasReviewDialog
from ui.cdp.sessions_page import CdpSessionsPage
from ui.shell import tool_pages


def _logged_kinds(services) -> list[str]:
    with services.register.session() as session:
        return [row.kind for row in session.scalars(select(ExportLog))]


def test_cdp_session_prepared_reviewed_confirmed_and_written_as_pdf(qtbot, window, services, filled, keys,
                                                                   tmp_path, monkeypatch):
    cdp = CdpSessionService(services)
    created = cdp.create(CdpSessionData(held_on=date(2026, 11, 19), group_name="CdP Forest",
                                        feedback_positive="Le groupe a trouvé une aide-ménagère."))
    consent = SituationData(consent_cdp=True, consent_date=date(2026, 10, 1))
    services.situations.update(filled["fatima"], consent)
    cdp.set_situations(created.id, [filled["fatima"]])
    target = tmp_path / "cdp.pdf"
    monkeypatch.setattr(review_prompts, "choose_export_path", lambda _parent, _fmt, _suggested: str(target))
    # the rule-based anonymiser only: the NER model is not part of what this journey checks
    monkeypatch.setitem(tool_pages.PAGES, "cdp", lambda s, parent: CdpSessionsPage(s, parent, use_ner=False))
    window.register_view.table.setFocus()
    keys.press(Qt.Key.Key_5, CTRL)  # the CdP sessions, the keyboard on their list
    page = window.tool_pages.page("cdp")
    keys.settle(lambda: page is not None and QApplication.focusWidget() is page.sessions)
    keys.press(Qt.Key.Key_Down)  # the session
    keys.settle(lambda: page.editing() is not None and page.editing().id == created.id)
    keys.press(Qt.Key.Key_X, ALT)  # Prepare the export…
    dialog = active_dialog(qtbot, CanvasReviewDialog)
    keys.settle(lambda: dialog.export_bar.review is not None and not dialog.is_busy(), timeout=30_000)
    keys.press(Qt.Key.Key_I, ALT)  # I have read every text
    keys.settle(dialog.export_bar.confirm_button.isEnabled)
    keys.press(Qt.Key.Key_C, ALT)  # Confirm
    keys.settle(lambda: dialog.export_bar.review.confirmed and dialog.export_bar.pdf_button.isEnabled())
    keys.press(Qt.Key.Key_P, ALT)  # Export PDF…
    keys.settle(lambda: target.exists() and dialog.export_bar.export_task is None, timeout=30_000)
    words = " ".join(page_text.extract_text() for page_text in PdfReader(target).pages)
    assert "Forest" in words  # the session's own words are there…
    assert "El Idrissi" not in words and "Fatima" not in words  # …the person's name is not
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "cdp" in " ".join(_logged_kinds(services))


def test_invisible_work_report_written_as_pdf_from_the_dashboard(qtbot, window, services, filled, keys,
                                                                 tmp_path, monkeypatch):
    from ui.time import dashboard

    target = tmp_path / "travail-invisible.pdf"
    monkeypatch.setattr(dashboard.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.register_view.table.setFocus()
    keys.press(Qt.Key.Key_I, CTRL | SHIFT)  # the invisible-work report
    page = window.tool_pages.page("invisible_work")
    keys.settle(lambda: page is not None and window.tabs.currentWidget() is page)
    keys.settle(lambda: page.isAncestorOf(QApplication.focusWidget()))
    keys.settle(page.pdf_button.isEnabled, timeout=30_000)  # the figures are read off the GUI thread
    keys.press(Qt.Key.Key_P, ALT)  # Export PDF…
    keys.settle(target.exists, timeout=30_000)
    assert PdfReader(target).pages
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    keys.settle(lambda: "invisible_work" in _logged_kinds(services))
