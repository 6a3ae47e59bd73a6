"""Starting Relais and coming back to it: first run keeping the suggested folder, a mistyped passphrase at
unlock, a lock that returns to where the referent was. Keys only; outcomes read from the register."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.registers import Register, is_register
from tests.conftest import PASSPHRASE
from tests.journeys.conftest import ALT, CTRL, SHIFT, active_dialog
from ui.shell import application
from ui.shell.application import RelaisApplication
from ui.shell.main_window import MainWindow
from ui.unlock.dialog import UnlockDialog
from ui.unlock.first_run import FOLDER, RECOVERY, FirstRunWizard
from ui.unlock.first_run import PASSPHRASE as PASSPHRASE_PAGE

NEW_PASSPHRASE = "marmite violette sous la pluie"
MOBILISATIONS_TAB = 5  # Person, Situation, Network, Dialogue, Priorities, Mobilisations


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


@pytest.fixture
def suggested(tmp_path, monkeypatch):
    """The folder a fresh installation suggests (instead of the user's own data folder)."""
    folder = tmp_path / "Relais" / "register"
    monkeypatch.setattr(application, "default_register_folder", lambda: folder)
    return folder


def started(qtbot, preferences, register_path=None) -> RelaisApplication:
    relais = RelaisApplication(preferences, register_path, language="en", iterations=1)
    relais.start()
    qtbot.addWidget(relais.dialog)
    return relais


def opened_window(qtbot, relais: RelaisApplication) -> MainWindow:
    qtbot.waitUntil(lambda: relais.window is not None, timeout=20_000)
    qtbot.addWidget(relais.window)
    return relais.window


def test_first_run_keeping_the_suggested_folder(qtbot, preferences, suggested, keys):
    relais = started(qtbot, preferences)
    wizard = active_dialog(qtbot, FirstRunWizard)
    assert wizard.currentId() == FOLDER
    keys.press(Qt.Key.Key_Return)  # the suggested folder is a valid answer as it stands
    keys.settle(lambda: wizard.currentId() == PASSPHRASE_PAGE)
    keys.type(NEW_PASSPHRASE)
    keys.press(Qt.Key.Key_Tab)
    keys.type(NEW_PASSPHRASE)
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: wizard.currentId() == RECOVERY, timeout=20_000)
    keys.press(Qt.Key.Key_Space)  # "I have written down the recovery code"
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)  # "Open Relais"
    window = opened_window(qtbot, relais)
    assert window.services.register.folder == suggested
    assert preferences.register_folder == suggested
    window.close()
    Register.open_with_passphrase(suggested, NEW_PASSPHRASE).close()


def test_typing_on_after_tabbing_past_confirm_goes_nowhere_harmful(qtbot, preferences, suggested, keys):
    started(qtbot, preferences)
    wizard = active_dialog(qtbot, FirstRunWizard)
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: wizard.currentId() == PASSPHRASE_PAGE)
    keys.type("marmite")
    keys.press(Qt.Key.Key_Tab)
    keys.type("marmite")
    keys.press(Qt.Key.Key_Tab)  # past "Confirm": onto the wizard's buttons
    keys.type(" violette pluie")  # a space would press "Back", then the folder field would take the rest
    assert wizard.currentId() == PASSPHRASE_PAGE
    assert wizard.folder == suggested
    assert not suggested.exists()
    wizard.reject()


def test_the_too_easy_message_goes_when_the_passphrase_becomes_strong(qtbot, preferences, suggested, keys):
    started(qtbot, preferences)
    wizard = active_dialog(qtbot, FirstRunWizard)
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: wizard.currentId() == PASSPHRASE_PAGE)
    page = wizard.passphrase_page
    keys.type("marmite")
    keys.press(Qt.Key.Key_Return)
    assert "too easy to guess" in page.error.text() and page.error.isVisibleTo(page)
    keys.type(" violette sous la pluie")
    assert page.fields.assessment().acceptable
    assert not page.error.isVisibleTo(page)
    wizard.reject()


def test_wrong_then_right_passphrase_at_unlock(qtbot, preferences, register_dir, keys):
    preferences.register_folder = register_dir
    relais = started(qtbot, preferences)
    dialog = active_dialog(qtbot, UnlockDialog)
    keys.type("not the passphrase")
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: not dialog.panel.busy and dialog.panel.message.text(), timeout=20_000)
    assert "does not open the register" in dialog.panel.message.text()
    assert relais.window is None
    keys.press(Qt.Key.Key_A, CTRL)
    keys.type(PASSPHRASE)
    keys.press(Qt.Key.Key_Return)
    window = opened_window(qtbot, relais)
    assert window.services.register.folder == register_dir
    assert window.services.situations.summaries() == []  # the template register: open and readable
    window.close()
    assert is_register(register_dir)


def test_lock_and_unlock_return_to_the_open_situation(qtbot, window, services, filled, keys):
    window.register_view.select_id(filled["fatima"])
    window.register_view.table.setFocus()
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: window.current_situation_id() == filled["fatima"])
    keys.press(Qt.Key.Key_L, CTRL)
    keys.settle(lambda: window.is_locked)
    assert window.services is None
    window.lock_screen.panel.passphrase.setFocus()  # the lock screen's field (where the cursor waits)
    keys.type(PASSPHRASE)
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: not window.is_locked, timeout=20_000)
    assert window.current_situation_id() == filled["fatima"]
    assert window.services.situations.get(filled["fatima"]).id == filled["fatima"]


def _lock_and_unlock(window, keys) -> None:
    keys.press(Qt.Key.Key_L, CTRL)
    keys.settle(lambda: window.is_locked)
    window.lock_screen.panel.passphrase.setFocus()  # the lock screen's field (where the cursor waits)
    keys.type(PASSPHRASE)
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: not window.is_locked, timeout=20_000)


def test_lock_and_unlock_keep_the_tabs_their_order_and_what_each_showed(qtbot, window, services, filled,
                                                                        keys):
    from app.cdp.sessions import CdpSessionData, CdpSessionService

    cdp = CdpSessionService(services)
    chosen = cdp.create(CdpSessionData(group_name="CdP Forest")).id
    cdp.create(CdpSessionData(group_name="CdP Ixelles"))
    window.register_view.select_id(filled["fatima"])
    window.register_view.table.setFocus()
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: window.current_situation_id() == filled["fatima"])
    keys.press(Qt.Key.Key_6, ALT)  # the Mobilisations tab of the situation
    editor = window.tabs.currentWidget()
    mobilisations = MOBILISATIONS_TAB
    keys.settle(lambda: editor.tabs.currentIndex() == mobilisations)
    keys.press(Qt.Key.Key_5, CTRL)  # the CdP sessions
    page = window.tool_pages.page("cdp")
    keys.settle(lambda: page is not None and window.tabs.currentWidget() is page)
    page.restore_lock_state(chosen)  # as a click on its row would
    assert page.editing().id == chosen
    before = [window.tabs.tabText(i) for i in range(window.tabs.count())]

    _lock_and_unlock(window, keys)

    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == before
    page = window.tool_pages.page("cdp")
    assert window.tabs.currentWidget() is page
    assert page.editing() is not None and page.editing().id == chosen
    assert page.selected_session_id() == chosen
    keys.press(Qt.Key.Key_Tab, CTRL | SHIFT)  # back to the situation: on the tab it showed
    keys.settle(lambda: window.current_situation_id() == filled["fatima"])
    editor = window.tabs.currentWidget()
    assert editor.tabs.currentIndex() == mobilisations
    assert "Mobilisations" in editor.tabs.tabText(mobilisations)
