"""The main window's tool pages: the resource directory, shortages, time spent, the invisible-work dashboard
and the CdP sessions, each a closable tab opened on demand (once; asking again brings it forward).

They hold data, so locking closes them like the open situations; their names are kept and the same pages
come back after unlocking. Widgets are imported when first opened: the window starts with the register only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services import Services

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate


def _resources(services: Services, parent: QWidget) -> QWidget:
    from ui.resource_directory import ResourceDirectory

    return ResourceDirectory(services, parent)


def _shortages(services: Services, parent: QWidget) -> QWidget:
    from ui.shortage_view import ShortageView

    return ShortageView(services, parent)


def _time(services: Services, parent: QWidget) -> QWidget:
    from ui.time_list import TimeListView

    return TimeListView(services, None, parent)


def _invisible_work(services: Services, parent: QWidget) -> QWidget:
    from ui.invisible_work_dashboard import InvisibleWorkDashboard

    return InvisibleWorkDashboard(services, parent)


def _cdp(services: Services, parent: QWidget) -> QWidget:
    from ui.cdp_sessions_page import CdpSessionsPage

    return CdpSessionsPage(services, parent)


PAGES: dict[str, Callable[[Services, QWidget], QWidget]] = {
    "resources": _resources,
    "shortages": _shortages,
    "time": _time,
    "invisible_work": _invisible_work,
    "cdp": _cdp,
}


def page_title(name: str) -> str:
    return {
        "resources": translate("ToolPages", "Resources"),
        "shortages": translate("ToolPages", "Shortages"),
        "time": translate("ToolPages", "Time spent"),
        "invisible_work": translate("ToolPages", "Invisible work"),
        "cdp": translate("ToolPages", "CdP sessions"),
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
            self._pages[name] = page
            window.tabs.addTab(page, page_title(name))
        window.tabs.setCurrentWidget(page)
        return page

    def page(self, name: str) -> QWidget | None:
        return self._pages.get(name)

    def owns(self, widget: QWidget | None) -> bool:
        return widget in self._pages.values()

    def close(self, widget: QWidget) -> None:
        for name, page in list(self._pages.items()):
            if page is widget:
                self._drop(name)

    def names(self) -> tuple[str, ...]:
        return tuple(self._pages)

    def current_name(self) -> str | None:
        current = self._window.tabs.currentWidget()
        return next((name for name, page in self._pages.items() if page is current), None)

    def discard_all(self) -> tuple[str, ...]:
        """Close every tool page (at lock); returns their names to reopen them after unlocking."""
        names = self.names()
        for name in names:
            self._drop(name)
        return names

    def _drop(self, name: str) -> None:
        page = self._pages.pop(name)
        tabs = self._window.tabs
        tabs.removeTab(tabs.indexOf(page))
        page.deleteLater()
