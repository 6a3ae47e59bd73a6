"""The main window's tool pages: the resource directory, shortages, time spent, the invisible-work dashboard,
the CdP sessions, the CdP moderator's merge and the export log, each a closable tab opened on demand (once;
asking again brings it forward).

They hold data, so locking closes them like the open situations; their names are kept and the same pages
come back after unlocking. Widgets are imported when first opened: the window starts with the register only.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services import Services

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

translate = QCoreApplication.translate


def _resources(services: Services, parent: QWidget) -> QWidget:
    from ui.resources.directory import ResourceDirectory

    return ResourceDirectory(services, parent)


def _shortages(services: Services, parent: QWidget) -> QWidget:
    from ui.resources.shortages import ShortageView

    return ShortageView(services, parent)


def _time(services: Services, parent: QWidget) -> QWidget:
    from ui.time.entries import TimeListView

    return TimeListView(services, None, parent)


def _invisible_work(services: Services, parent: QWidget) -> QWidget:
    from ui.time.dashboard import InvisibleWorkDashboard

    return InvisibleWorkDashboard(services, parent)


def _cdp(services: Services, parent: QWidget) -> QWidget:
    from ui.cdp.sessions_page import CdpSessionsPage

    return CdpSessionsPage(services, parent)


def _moderator(services: Services, parent: QWidget) -> QWidget:
    from ui.moderator.page import ModeratorPage

    return ModeratorPage(services, parent)


def _export_log(services: Services, parent: QWidget) -> QWidget:
    from ui.exportlog.page import ExportLogPage

    return ExportLogPage(services, parent)


PAGES: dict[str, Callable[[Services, QWidget], QWidget]] = {
    "resources": _resources,
    "shortages": _shortages,
    "time": _time,
    "invisible_work": _invisible_work,
    "cdp": _cdp,
    "moderator": _moderator,
    "export_log": _export_log,
}


def page_title(name: str) -> str:
    return {
        "resources": translate("ToolPages", "Resources"),
        "shortages": translate("ToolPages", "Shortages"),
        "time": translate("ToolPages", "Time spent"),
        "invisible_work": translate("ToolPages", "Invisible work"),
        "cdp": translate("ToolPages", "CdP sessions"),
        "moderator": translate("ToolPages", "Moderator"),
        "export_log": translate("ToolPages", "Export log"),
    }[name]


class ToolPages:
    """The open tool pages of one window, by name."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._pages: dict[str, QWidget] = {}

    def open(self, name: str) -> QWidget | None:
        window = self._window
        if window.services is None:
            return None
        page = self._pages.get(name)
        if page is None:
            page = PAGES[name](window.services, window)
            page.setObjectName(f"{name}Page")
            if hasattr(page, "status_message"):
                page.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
            self._pages[name] = page
            window.tabs.addTab(page, page_title(name))
        window.tabs.setCurrentWidget(page)
        return page

    def page(self, name: str) -> QWidget | None:
        return self._pages.get(name)

    def owns(self, widget: QWidget | None) -> bool:
        return widget in self._pages.values()

    def close(self, widget: QWidget) -> bool:
        """Close a page; one with unsaved changes asks first (save, discard or cancel)."""
        for name, page in list(self._pages.items()):
            if page is widget:
                if not _may_close(page):
                    return False
                self._drop(name)
        return True

    def names(self) -> tuple[str, ...]:
        return tuple(self._pages)

    def current_name(self) -> str | None:
        current = self._window.tabs.currentWidget()
        return next((name for name, page in self._pages.items() if page is current), None)

    def discard_all(self) -> tuple[str, ...]:
        """Close every tool page without asking (at lock: nobody may be there); valid unsaved edits are
        saved first, as for the situations. Returns the names, to reopen the pages after unlocking."""
        names = self.names()
        for name in names:
            page = self._pages[name]
            if _is_dirty(page):
                with contextlib.suppress(Exception):
                    page.save()
            self._drop(name)
        return names

    def _drop(self, name: str) -> None:
        page = self._pages.pop(name)
        tabs = self._window.tabs
        tabs.removeTab(tabs.indexOf(page))
        page.deleteLater()


def _is_dirty(page: QWidget) -> bool:
    return bool(getattr(page, "is_dirty", lambda: False)())


def _may_close(page: QWidget) -> bool:
    if not _is_dirty(page):
        return True
    buttons = QMessageBox.StandardButton
    answer = ask_unsaved(page)
    if answer == buttons.Save:
        return bool(page.save())
    return answer == buttons.Discard


def ask_unsaved(page: QWidget) -> QMessageBox.StandardButton:
    """Save, discard or cancel (a module function so tests can answer it)."""
    buttons = QMessageBox.StandardButton
    return QMessageBox.question(
        page,
        translate("ToolPages", "Unsaved changes"),
        translate("ToolPages", "This page has changes that are not saved. Save them before closing?"),
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
