"""Locking and unlocking the main window (a mixin of MainWindow): what is saved, hidden and given back.

Locking finishes the queued writes, saves valid unsaved edits, closes every page that shows data, drops the
services (and so the register) and the operation runner; unlocking builds them again and reopens the pages.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.registers import Register
from ui.common.i18n import fill
from ui.shell import actions as window_actions
from ui.shell.lock import WindowState

REGISTER_PAGE = 0
translate = QCoreApplication.translate  # the texts keep the context they had in MainWindow




class WindowLocking:
    # -- locking ---------------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.services is None

    def request_lock(self) -> None:
        """Lock now, or as soon as open dialogs (which may show data) have been closed."""
        if self.is_locked:
            return
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self:
            modal.reject() if isinstance(modal, QDialog) else modal.close()
            QTimer.singleShot(0, self, self.request_lock)  # dropped if the window is gone first
            return
        self.lock()

    def lock(self) -> None:
        """Hide all data, empty every model, dispose the engine and drop the key."""
        if self.is_locked:
            return
        self.release_register().close()
        self.lock_screen.prepare()

    def release_register(self) -> Register:
        """Everything a lock does but closing the register, which is returned still open (a restore works
        on it off the window's thread, then hands back a register to `_on_unlocked`)."""
        self.idle.stop()
        self.runner.flush()  # every write asked for is in the register before it closes
        self._saved_state = self._capture_state()
        self._unsaved_at_lock = self._discard_editors()
        self.tool_pages.discard_all()
        self.spare_editor.discard()
        if self.timer is not None:
            self.timer.set_services(None)
        self.register_view.clear()
        self._replace_followups_page(self._followups_placeholder())
        # The pages just discarded still hold their rows until deleted: delete them now, not at the next loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self._stop_runner()
        services, self.services = self.services, None
        self.stack.setCurrentWidget(self.lock_screen)
        self.setWindowTitle(translate("MainWindow", "Relais — locked"))
        self.backup_status.show(None)
        window_actions.set_locked(self, True)
        self.locked_changed.emit(True)
        return services.register

    def _capture_state(self) -> WindowState:
        fixed = (self.register_view, self.followups_page)
        tabs: list[tuple[str, object]] = []
        situation_tabs: dict[int, int] = {}
        tool_states: dict[str, object] = {}
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if self._editors.get(widget) is not None:
                tabs.append(("situation", self._editors[widget]))
                situation_tabs[self._editors[widget]] = widget.tabs.currentIndex()
            elif self.tool_pages.owns(widget):
                name = next(n for n in self.tool_pages.names() if self.tool_pages.page(n) is widget)
                tabs.append(("tool", name))
                if hasattr(widget, "lock_state"):
                    tool_states[name] = widget.lock_state()
        current = self.tabs.currentWidget()
        page = self.tabs.currentIndex() if current in fixed else REGISTER_PAGE
        front = next((tabs[i] for i in range(len(tabs))
                      if self._tab_widget(tabs[i]) is current), None) if current not in fixed else None
        return WindowState(page, self.register_view.state(), tuple(tabs), front, situation_tabs, tool_states)

    def _tab_widget(self, tab: tuple[str, object]) -> QWidget | None:
        kind, key = tab
        if kind == "tool":
            return self.tool_pages.page(key)
        return next((editor for editor, i in self._editors.items() if i == key), None)

    def _discard_editors(self) -> list[str]:
        """Editors go away without asking (nobody may be there). Unsaved edits are saved first when they
        are valid; the titles of those that could not be saved are returned, to be told after unlocking."""
        unsaved: list[str] = []
        for editor in list(self._editors):
            if getattr(editor, "is_dirty", lambda: False)() and not self._save_quietly(editor):
                unsaved.append(self._tab_title(self._editors[editor]))
            self._editors.pop(editor)
            self.tabs.removeTab(self.tabs.indexOf(editor))
            editor.deleteLater()
        return unsaved

    @staticmethod
    def _save_quietly(editor: QWidget) -> bool:
        # a refused edit is dropped rather than kept in clear behind the lock
        with contextlib.suppress(Exception):
            return bool(editor.save())
        return False

    def _on_unlocked(self, register: Register) -> None:
        self.stack.setCurrentWidget(self.tabs)
        window_actions.set_locked(self, False)
        self._fill(self._services_factory(register), self.lock_screen.panel.take_preloaded(register))
        self._restore_state(self._saved_state)
        if self._unsaved_at_lock:
            QMessageBox.warning(self, translate("MainWindow", "Changes not saved"), fill(translate(
                "MainWindow",
                "When Relais locked, these situations had changes that could not be saved (a field was not "
                "valid): %1. Please enter them again."), ", ".join(self._unsaved_at_lock)))
            self._unsaved_at_lock = []
        self.idle.start()
        self.locked_changed.emit(False)

    def _restore_state(self, state: WindowState) -> None:
        """The tabs come back in their order, each as it was (inner tab, tool page's own state), and the
        one in front is in front again with the keyboard."""
        self.register_view.restore_state(state.register)
        for kind, key in state.open_tabs:
            if kind == "situation" and self.register_view.model.summary(key) is not None:
                editor = self.open_situation(key)
                if editor is not None and key in state.situation_tabs:
                    editor.tabs.setCurrentIndex(state.situation_tabs[key])
            elif kind == "tool":
                page = self.tool_pages.open(key)
                if page is not None and key in state.tool_states and hasattr(page, "restore_lock_state"):
                    page.restore_lock_state(state.tool_states[key])
        front = self._tab_widget(state.current) if state.current is not None else None
        if front is not None:
            self.tabs.setCurrentWidget(front)
        else:
            self.tabs.setCurrentIndex(state.page)
        (self.register_view.table if self.tabs.currentIndex() == REGISTER_PAGE
         else self.tabs.currentWidget()).setFocus()

    def _stop_runner(self) -> None:
        """The editors saved at lock went through the runner: finish, then let the writer thread go."""
        if self.runner is not None:
            self.runner.shut_down()
            self.runner.deleteLater()
            self.runner = None
