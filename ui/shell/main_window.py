"""The main window: menus, toolbar, status bar; the register, "To contact" and open situations as tabs; the
lock screen in front of everything while locked.

Widgets get the services from here and never keep a database session. Locking drops the services (and so
the register), which this window alone holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from app.changes import ChangeSet
from app.errors import NotFoundError
from app.registers import Register
from app.services import Services
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.operations import OperationRunner
from ui.common.screen_fit import fit_to_screen, install_screen_fit
from ui.common.widget_helpers import focus_first_field
from ui.register.model import PreparedRows
from ui.register.view import RegisterView, read_rows
from ui.shell import actions as window_actions
from ui.shell.backup_status import BackupStatus
from ui.shell.instance_guard import RegisterGuard
from ui.shell.lock import IdleWatcher, LockScreen, WindowState
from ui.shell.preferences import Preferences
from ui.shell.session_lock import SessionLockWatcher
from ui.shell.tool_pages import ToolPages
from ui.shell.window_locking import WindowLocking
from ui.situation.spare_editor import SpareEditor
from ui.situation.tabs import attach_dialogue_tabs

REGISTER_PAGE, FOLLOWUPS_PAGE = 0, 1


class MainWindow(WindowLocking, QMainWindow):
    locked_changed = Signal(bool)
    closed = Signal()

    def __init__(self, services: Services, preferences: Preferences, *, language: str = "fr",
                 guard: RegisterGuard | None = None,
                 services_factory: Callable[[Register], Services] = Services.for_register,
                 rows: PreparedRows | None = None, automatic_backups: bool = False) -> None:
        """`automatic_backups`: take the daily backup at each unlock when due (the composition root asks for
        it; tests of other features leave it off)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.services: Services | None = services
        self.preferences = preferences
        self.language = language
        self.guard = guard
        self.automatic_backups = automatic_backups
        self.folder = services.register.folder
        self._services_factory = services_factory
        self.runner: OperationRunner | None = None  # one writer per unlocked register (ui.common.operations)
        self._editors: dict[QWidget, int | None] = {}
        self._saved_state = WindowState()
        self._unsaved_at_lock: list[str] = []
        self._build_pages()
        self.spare_editor = SpareEditor(self)
        self.tool_pages = ToolPages(self)
        self.actions_ = window_actions.build(self)
        self._build_toolbar()
        self._build_status_bar()
        self.idle = IdleWatcher(preferences.idle_minutes, self)
        self.idle.idle.connect(self.request_lock)
        self.session_watch = SessionLockWatcher(self)  # the desktop locks or the machine suspends
        self.session_watch.session_locking.connect(self.request_lock)
        self._restore_geometry()
        self._fill(services, rows)
        self.idle.start()

    # -- layout ----------------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        self.register_view = RegisterView(self.language, self)
        self.register_view.open_requested.connect(self.open_situation)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        # roomier tabs; also keeps the accents of capitals (À, É) from being clipped in unselected tabs
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 6px 16px 5px 16px; }")
        self.tabs.setTabsClosable(True)
        # With many situations and tool pages open the tabs narrow and elide their titles instead of
        # scrolling: "Register" and "To contact" stay in sight (issue 12, Tabs)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        # Closing a tab returns to the page it was opened from (usually the register), not to its neighbour:
        # that neighbour could be "To contact", whose refresh costs time for nothing.
        self.tabs.tabBar().setSelectionBehaviorOnRemove(QTabBar.SelectionBehavior.SelectPreviousTab)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._on_page_changed)
        self.tabs.addTab(self.register_view, self.tr("Register"))
        self.followups_page: QWidget = self._followups_placeholder()
        self.tabs.addTab(self.followups_page, self.tr("To contact"))
        for fixed in (REGISTER_PAGE, FOLLOWUPS_PAGE):
            self.tabs.tabBar().setTabButton(fixed, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.lock_screen = LockScreen(self.folder, self)
        self.lock_screen.panel.unlocked.connect(self._on_unlocked)
        # the rows are read on the unlock thread, during the integrity check
        self.lock_screen.panel.preload = lambda register: read_rows(self._services_factory(register),
                                                                    self.language)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)

    def _followups_placeholder(self) -> QWidget:
        label = QLabel(self.tr("The people to contact (check-ins due or overdue) will be listed here."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setObjectName("followupsPlaceholder")
        return label

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in ("new_situation", "quick_log", None, "show_register", "show_followups", None, "lock"):
            if name is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.actions_[name])
        toolbar.addSeparator()
        self.timer = self._timer_widget(toolbar)
        if self.timer is not None:
            toolbar.addWidget(self.timer)
        self.addToolBar(toolbar)

    def _timer_widget(self, parent: QWidget) -> QWidget | None:
        """The desk-work timer (ui.time.timer); it keeps its state in the register, so a lock or a restart
        does not lose a running timer."""
        try:
            from ui.time.timer import TimerWidget
        except ImportError:
            return None
        timer = TimerWidget(self.services, parent)
        timer.situation_in_front = lambda: window_actions.situation_in_front(self)  # proposed at the stop
        return timer

    def _build_status_bar(self) -> None:
        self.register_label = QLabel(fill(self.tr("Register: %1"), self.folder.name), self)
        self.register_label.setToolTip(str(self.folder))
        self.statusBar().addPermanentWidget(self.register_label)
        self.backup_status = BackupStatus(self.statusBar())

    def _restore_geometry(self) -> None:
        """The last size and place, or 1180×720; never larger than the screen (at 150 % scaling a 1600×1000
        screen has 1066×666 logical pixels), and the dialogs opened from here fit it too."""
        geometry, state = self.preferences.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 720)
        if state is not None:
            self.restoreState(state)
        fit_to_screen(self)
        install_screen_fit()

    # -- filling and emptying --------------------------------------------------------------------------
    def _fill(self, services: Services, rows: PreparedRows | None = None) -> None:
        """Show the register of `services` (`rows`: its register rows when already read, at unlock)."""
        self.services = services
        self.runner = OperationRunner(services, self)
        self.runner.progress_parent = self
        self.setWindowTitle(fill(self.tr("Relais — %1"), self.folder.name))
        self.register_view.load(services, rows)
        self.spare_editor.prepare(services)
        self._install_followups(services)
        if getattr(self, "timer", None) is not None:
            self.timer.set_services(services)
        self.backup_status.show(services)
        if self.automatic_backups:
            self.backup_status.start_daily(services, self.preferences.chosen_backup_folder)

    def _install_followups(self, services: Services) -> None:
        """The "To contact" page comes from ui.register.to_contact when it is there (lazily imported)."""
        try:
            from ui.register.to_contact import FollowUpsView
        except ImportError:
            return
        page = FollowUpsView(services, self)
        page.open_requested.connect(self.open_situation)
        self._replace_followups_page(page)
        if self.tabs.currentIndex() == FOLLOWUPS_PAGE:
            page.refresh()

    def _on_page_changed(self, index: int) -> None:
        """The "To contact" list is read when it is shown (not at unlock: the register comes first). The
        page shown gets the keyboard, once it is laid out (a situation's tabs are built when shown)."""
        if index == FOLLOWUPS_PAGE and not self.is_locked:
            self._refresh_followups()
        page = self.tabs.widget(index)
        if page is not None and not self.is_locked:
            QTimer.singleShot(0, page, lambda: self._focus_page(page))

    def _focus_page(self, page: QWidget) -> None:
        if page is not self.tabs.currentWidget() or not self.isActiveWindow():
            return
        if page is self.register_view:
            self.register_view.table.setFocus()  # Enter opens the selected situation
        elif hasattr(page, "focus_current_tab"):
            page.focus_current_tab()
        else:
            focus_first_field(page)

    def _refresh_followups(self) -> None:
        refresh = getattr(self.followups_page, "refresh", None)
        if callable(refresh):
            refresh()

    def _replace_followups_page(self, page: QWidget) -> None:
        current = self.tabs.currentIndex()
        old = self.followups_page
        self.tabs.removeTab(FOLLOWUPS_PAGE)
        old.deleteLater()
        self.followups_page = page
        self.tabs.insertTab(FOLLOWUPS_PAGE, page, self.tr("To contact"))
        self.tabs.tabBar().setTabButton(FOLLOWUPS_PAGE, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.setCurrentIndex(current)

    # -- situations ------------------------------------------------------------------------------------
    def open_situation(self, situation_id: int | None = None, person_id: int | None = None) -> QWidget | None:
        """Open a situation (or a new one when `situation_id` is None) in a tab of its own."""
        if self.services is None:
            return None
        for editor, editor_id in self._editors.items():
            if situation_id is not None and editor_id == situation_id:
                self.tabs.setCurrentWidget(editor)
                return editor
        editor = self.spare_editor.take(self.services, self)
        try:
            editor.fill(situation_id, person_id)
        except NotFoundError as exc:  # erased or stale row: say so, keep the window as it is
            editor.deleteLater()
            self.statusBar().showMessage(error_text(exc), 8000)
            self.refresh()
            return None
        attach_dialogue_tabs(editor, self.services)
        editor.saved.connect(lambda saved_id, widget=editor: self._on_situation_saved(widget, saved_id))
        editor.closed.connect(lambda widget=editor: self._forget_editor(widget))
        editor.dirty_changed.connect(lambda _dirty, widget=editor: self._update_tab_title(widget))
        editor.person_erased.connect(self._on_person_erased)
        self._editors[editor] = situation_id
        self.tabs.addTab(editor, self._tab_title(situation_id))
        self.tabs.setCurrentWidget(editor)
        editor.focus_current_tab()  # now, not at the next loop: the keys typed right after land in it
        self.spare_editor.prepare(self.services)  # the next opening only fills it
        return editor

    def new_situation(self) -> QWidget | None:
        return self.open_situation(None)

    def open_selected_situation(self) -> None:
        situation_id = self.register_view.selected_id()
        if situation_id is not None:
            self.open_situation(situation_id)

    def _tab_title(self, situation_id: int | None) -> str:
        summary = self.register_view.model.summary(situation_id) if situation_id is not None else None
        if summary is None:
            return self.tr("New situation")
        return f"{summary.code} · {summary.person_name}"

    def _update_tab_title(self, editor: QWidget) -> None:
        index = self.tabs.indexOf(editor)
        if index >= 0:
            title = self._tab_title(self._editors.get(editor))
            dirty = getattr(editor, "is_dirty", lambda: False)()
            self.tabs.setTabText(index, f"{title} •" if dirty else title)

    def _on_situation_saved(self, editor: QWidget, situation_id: int) -> None:
        self._editors[editor] = situation_id
        self.register_view.select_id(situation_id)  # the rows were read again on the change notice
        self._update_tab_title(editor)

    def _on_person_erased(self, person_id: int) -> None:
        """Other open situations of the erased person no longer exist: their tabs go without asking."""
        for editor in list(self._editors):
            if getattr(editor, "person_id", None) == person_id:
                self._forget_editor(editor)
        self.runner.announce(ChangeSet.everything())  # the erasure wrote outside the runner
        self.statusBar().showMessage(self.tr("The person and everything linked to them were erased."), 5000)

    def close_tab(self, index: int) -> bool:
        """Close an open situation (its editor may ask about unsaved changes and refuse) or a tool page."""
        editor = self.tabs.widget(index)
        if self.tool_pages.owns(editor):
            return self.tool_pages.close(editor)
        if editor not in self._editors or not editor.close():
            return False
        self._forget_editor(editor)
        return True

    def _forget_editor(self, editor: QWidget) -> None:
        if self._editors.pop(editor, "absent") == "absent":
            return
        self.tabs.removeTab(self.tabs.indexOf(editor))
        editor.deleteLater()

    def close_current_tab(self) -> None:
        current = self.tabs.currentWidget()
        if current in self._editors or self.tool_pages.owns(current):
            self.close_tab(self.tabs.currentIndex())

    @property
    def open_editors(self) -> list[QWidget]:
        return list(self._editors)

    def current_situation_id(self) -> int | None:
        """The situation of the tab in front, if it is a saved situation."""
        return self._editors.get(self.tabs.currentWidget())

    def open_tool_page(self, name: str) -> QWidget | None:
        if self.is_locked:
            return None
        return self.tool_pages.open(name)

    def show_page(self, page: int) -> None:
        if not self.is_locked:
            self.tabs.setCurrentIndex(page)
            if page == REGISTER_PAGE:
                self.register_view.table.setFocus()

    def refresh(self) -> None:
        """Read the register again (F5): the table, and the "To contact" list if it is shown."""
        if not self.is_locked:
            self.register_view.reload()
            if self.tabs.currentIndex() == FOLLOWUPS_PAGE:
                self._refresh_followups()

    def focus_search(self) -> None:
        if not self.is_locked:
            self.tabs.setCurrentIndex(REGISTER_PAGE)
            self.register_view.focus_search()

    # -- settings and closing --------------------------------------------------------------------------
    def apply_preferences(self) -> None:
        self.idle.set_minutes(self.preferences.idle_minutes)
        self.statusBar().showMessage(self.tr("Preferences saved."), 3000)

    def closeEvent(self, event: QCloseEvent) -> None:
        pages = [*self._editors, *(self.tool_pages.page(name) for name in self.tool_pages.names())]
        for page in pages:
            if not self.close_tab(self.tabs.indexOf(page)):
                self.tabs.setCurrentWidget(page)
                event.ignore()
                return
        self.preferences.save_window_geometry(self.saveGeometry(), self.saveState())
        self.shut_down()
        event.accept()
        self.closed.emit()

    def shut_down(self) -> None:
        """Close the register and let go of it (used when the window closes or the application quits)."""
        self.idle.dispose()
        self.spare_editor.discard()
        self.register_view.clear()
        self._stop_runner()
        if self.services is not None:
            self.services.register.close()
            self.services = None
        if self.guard is not None:
            self.guard.release()

    def confirm_quit(self) -> None:
        self.close()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Relais"), self.tr(
            "<p><b>Relais</b> — the private, encrypted register of the proximity referent.</p>"
            "<p>Free software (GPL-3.0-or-later), made for the BOOST integrated-care pilot in Brussels.</p>"))
