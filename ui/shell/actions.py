"""The main window's actions and menus: every action has a mnemonic and, for the frequent ones, a shortcut.

Kept apart from main_window.py so the window stays readable; `build()` returns the actions by name.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from app import registers
from app.registers import RegisterError
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.workers import run_in_background

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

translate = QCoreApplication.translate
ALWAYS_ENABLED = frozenset({"quit", "about", "shortcuts"})



def _specs(window: MainWindow) -> list[tuple[str, str, str, str | QKeySequence.StandardKey, object]]:
    """(menu, name, text, shortcut, slot); menu "" ends a group with a separator."""
    from ui.shell.main_window import FOLLOWUPS_PAGE, REGISTER_PAGE

    return [
        ("register", "new_situation", translate("MainWindow", "&New situation"), "Ctrl+N",
         window.new_situation),
        ("register", "quick_log", translate("MainWindow", "Log &time…"), "Ctrl+T",
         lambda: open_quick_log(window)),
        ("register", "remind", translate("MainWindow", "Re&mind me…"), "Ctrl+R",
         lambda: remind_in_front(window)),
        ("register", "toggle_timer", translate("MainWindow", "Start or stop the desk time&r"), "Ctrl+Shift+T",
         lambda: toggle_timer(window)),
        ("register", "open_situation", translate("MainWindow", "&Open the selected situation"), "Ctrl+O",
         window.open_selected_situation),
        ("register", "", "", "", None),
        ("register", "export_calendar", translate("MainWindow", "Export follow-ups to &calendar…"), "",
         lambda: open_calendar_export(window)),
        ("register", "", "", "", None),
        ("register", "backup", translate("MainWindow", "&Back up now"), "Ctrl+Shift+S",
         lambda: back_up_now(window)),
        ("register", "restore", translate("MainWindow", "Restore a bac&kup…"), "",
         lambda: _restore_backup(window)),
        ("register", "import_dump", translate("MainWindow", "&Import a personal export (JSON)…"), "",
         lambda: _import_dump(window)),
        ("register", "", "", "", None),
        ("register", "lock", translate("MainWindow", "&Lock"), "Ctrl+L", window.request_lock),
        ("register", "quit", translate("MainWindow", "&Quit"), "Ctrl+Q", window.confirm_quit),
        ("view", "show_register", translate("MainWindow", "&Register"), "Ctrl+1",
         lambda: window.show_page(REGISTER_PAGE)),
        ("view", "show_followups", translate("MainWindow", "&To contact"), "Ctrl+2",
         lambda: window.show_page(FOLLOWUPS_PAGE)),
        ("view", "", "", "", None),
        ("view", "find", translate("MainWindow", "&Search the register"), "Ctrl+F", window.focus_search),
        ("view", "refresh", translate("MainWindow", "Re&fresh"), "F5", window.refresh),
        ("view", "close_tab", translate("MainWindow", "&Close the situation"), "Ctrl+W",
         window.close_current_tab),
        ("view", "", "", "", None),
        ("view", "show_resources", translate("MainWindow", "Resource &directory"), "Ctrl+3",
         lambda: window.open_tool_page("resources")),
        ("view", "show_time", translate("MainWindow", "T&ime spent"), "Ctrl+4",
         lambda: window.open_tool_page("time")),
        ("view", "show_cdp", translate("MainWindow", "Cd&P sessions"), "Ctrl+5",
         lambda: window.open_tool_page("cdp")),
        ("tools", "show_shortages", translate("MainWindow", "&Shortages of resources"), "",
         lambda: window.open_tool_page("shortages")),
        ("tools", "show_invisible_work", translate("MainWindow", "&Invisible work report"), "Ctrl+Shift+I",
         lambda: window.open_tool_page("invisible_work")),
        ("tools", "show_moderator", translate("MainWindow", "CdP &moderator: merge bundles…"), "",
         lambda: window.open_tool_page("moderator")),
        ("tools", "show_export_log", translate("MainWindow", "&Export log"), "",
         lambda: window.open_tool_page("export_log")),
        ("tools", "priority_overview", translate("MainWindow", "Priorities by &theme…"), "Ctrl+Shift+P",
         lambda: open_priority_overview(window)),
        ("tools", "preferences", translate("MainWindow", "&Preferences…"), "Ctrl+,",
         lambda: open_preferences(window)),
        ("help", "shortcuts", translate("MainWindow", "&Keyboard shortcuts"), "F1",
         lambda: show_shortcuts(window)),
        ("help", "about", translate("MainWindow", "&About Relais"), "", window.show_about),
    ]


def build(window: MainWindow) -> dict[str, QAction]:
    menus = {
        "register": window.menuBar().addMenu(translate("MainWindow", "&Register")),
        "view": window.menuBar().addMenu(translate("MainWindow", "&View")),
        "tools": window.menuBar().addMenu(translate("MainWindow", "&Tools")),
        "help": window.menuBar().addMenu(translate("MainWindow", "&Help")),
    }
    actions: dict[str, QAction] = {}
    for menu, name, text, shortcut, slot in _specs(window):
        if not name:
            menus[menu].addSeparator()
            continue
        action = QAction(text, window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menus[menu].addAction(action)
        actions[name] = action
    return actions


def set_locked(window: MainWindow, locked: bool) -> None:
    for name, action in window.actions_.items():
        action.setEnabled(not locked or name in ALWAYS_ENABLED)


def local_shortcuts() -> list[tuple[str, QKeySequence]]:
    """Shortcuts that belong to a page or a dialog rather than to the menus, for the F1 list."""
    return [
        (translate("MainWindow", "Save the situation, the dialogue, the CdP session or the resource"),
         QKeySequence(QKeySequence.StandardKey.Save)),
        (translate("MainWindow", "Change the status of the selected mobilisation"), QKeySequence("Ctrl+E")),
        (translate("MainWindow", "Save the time logged (in the time log)"), QKeySequence("Ctrl+Return")),
        (translate("MainWindow", "Show the situation's tab 1, 2…"), QKeySequence("Alt+1")),
        (translate("MainWindow", "Documents (in a situation)"), QKeySequence("Ctrl+Shift+D")),
        (translate("MainWindow", "Fridge note (in a situation)"), QKeySequence("Ctrl+Shift+F")),
        (translate("MainWindow", "Note to the GP (in a situation)"), QKeySequence("Ctrl+Shift+G")),
        (translate("MainWindow", "Conversation mode (in the dialogue tab)"), QKeySequence("F11")),
        (translate("MainWindow", "Leave conversation mode (the referent)"), QKeySequence("Ctrl+Shift+Q")),
    ]


def shortcut_rows(window: MainWindow) -> list[tuple[str, str]]:
    """(what, keys) for every action of the menus with a shortcut, then the shortcuts of the pages."""
    native = QKeySequence.SequenceFormat.NativeText
    rows = [(action.text().replace("&", ""), action.shortcut().toString(native))
            for action in window.actions_.values() if not action.shortcut().isEmpty()]
    return rows + [(text, keys.toString(native)) for text, keys in local_shortcuts()]


def show_shortcuts(window: MainWindow) -> None:
    rows = "".join(f"<tr><td>{html.escape(text)}</td><td>&nbsp;&nbsp;<b>{html.escape(keys)}</b></td></tr>"
                   for text, keys in shortcut_rows(window))
    QMessageBox.information(window, translate("MainWindow", "Keyboard shortcuts"), f"<table>{rows}</table>")


def open_preferences(window: MainWindow) -> None:
    from ui.shell.settings_dialog import SettingsDialog

    if window.services is None:
        return
    dialog = SettingsDialog(window.preferences, window.services.register, window)
    if dialog.exec():
        window.apply_preferences()


def situation_in_front(window: MainWindow) -> int | None:
    """The situation the referent is looking at: the open situation in front, else the row selected in the
    register or in the "To contact" list."""
    from ui.shell.main_window import FOLLOWUPS_PAGE, REGISTER_PAGE

    if window.services is None or window.is_locked:
        return None
    opened = window.current_situation_id()
    if opened is not None:
        return opened
    page = window.tabs.currentIndex()
    if page == REGISTER_PAGE:
        return window.register_view.selected_id()
    if page == FOLLOWUPS_PAGE:
        selected = getattr(window.followups_page, "selected_item", lambda: None)()
        return selected.situation_id if selected is not None else None
    return None


def open_quick_log(window: MainWindow) -> None:
    """Ctrl+T: log the time of a visit. An open situation is the one logged for; a row selected in a list is
    preselected in the picker (the cursor starts in the first duration, the situation stays changeable)."""
    from ui.time.quick_log import QuickLogDialog

    if window.services is None:
        return
    opened = window.current_situation_id()
    preselected = situation_in_front(window) if opened is None else None
    dialog = QuickLogDialog(window.services, opened, window, preselected=preselected)
    dialog.saved.connect(lambda _entries: _time_logged(window, dialog.summary_text()))
    dialog.exec()


def remind_in_front(window: MainWindow) -> None:
    """Ctrl+R: a follow-up reminder with a note for the situation in front (open, or selected in a list)."""
    from ui.situation.reminder import open_reminder, remind_from_editor

    if window.services is None:
        return
    current = window.tabs.currentWidget()
    if current in window.open_editors:
        remind_from_editor(current)  # a new situation is saved first
        return
    situation_id = situation_in_front(window)
    if situation_id is None:
        window.statusBar().showMessage(translate("MainWindow", "Select or open a situation first."), 5000)
        return
    open_reminder(window.services, situation_id, window)


def open_calendar_export(window: MainWindow) -> None:
    """The open check-ins and reminders as an .ics file: the situation in front, or all of them."""
    from ui.exportlog.calendar_dialog import CalendarExportDialog

    if window.services is None:
        return
    situation_id = situation_in_front(window)
    code = window.services.situations.get(situation_id).code if situation_id is not None else None
    CalendarExportDialog(window.services, code, window.language, window).exec()


def toggle_timer(window: MainWindow) -> None:
    if window.timer is not None and not window.is_locked:
        window.timer.toggle()


def _time_logged(window: MainWindow, message: str) -> None:
    """Time was saved: say so (the lists showing it hear the runner's change notice)."""
    window.statusBar().showMessage(message, 6000)


def open_priority_overview(window: MainWindow) -> None:
    """Counts of priorities by theme and status across the register, and the card deck in use."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

    from ui.dialogue.priority_overview import PriorityOverview

    if window.services is None:
        return
    dialog = QDialog(window)
    dialog.setWindowTitle(translate("MainWindow", "Priorities by theme"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(PriorityOverview(window.services, dialog))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(900, 600)
    dialog.exec()


def _restore_backup(window: MainWindow) -> None:
    from ui.shell.restore_dialog import restore_from_window

    restore_from_window(window)


def _import_dump(window: MainWindow) -> None:
    from ui.shell.import_dialog import import_from_window

    import_from_window(window)


def back_up_now(window: MainWindow) -> None:
    """Write a verified backup into the backup folder of the preferences, off the GUI thread."""
    if window.services is None:
        return
    folder = window.preferences.backup_folder
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        text = translate("MainWindow", "The backup folder %1 cannot be created. Choose another one in the "
                         "preferences.")
        QMessageBox.warning(window, translate("MainWindow", "Back up"), fill(text, folder))
        return
    target = folder / f"Relais {datetime.now():%Y-%m-%d %H-%M-%S}.relais-backup"
    window.statusBar().showMessage(translate("MainWindow", "Backing up…"))
    window.actions_["backup"].setEnabled(False)
    task = run_in_background(registers.back_up, window.services.register, target)
    task.succeeded.connect(lambda path: _backup_done(window, path))
    task.failed.connect(lambda error: _backup_failed(window, error))


def _backup_done(window: MainWindow, path) -> None:
    window.actions_["backup"].setEnabled(not window.is_locked)
    window.statusBar().showMessage(fill(translate("MainWindow", "Backup saved: %1"), path), 8000)
    window.backup_status.show(window.services)


def _backup_failed(window: MainWindow, error: BaseException) -> None:
    window.actions_["backup"].setEnabled(not window.is_locked)
    window.statusBar().clearMessage()
    detail = error_text(error) if isinstance(error, RegisterError) else type(error).__name__
    text = fill(translate("MainWindow", "The backup failed: %1"), detail)
    QMessageBox.warning(window, translate("MainWindow", "Back up"), text)
