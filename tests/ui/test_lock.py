"""Locking: Ctrl+L and idle timeout hide everything, empty the models, close the register; unlocking restores
the window where it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.conftest import PASSPHRASE
from ui.register.model import RegisterFilter
from ui.shell.main_window import FOLLOWUPS_PAGE, REGISTER_PAGE, MainWindow


@pytest.fixture
def window(qtbot, services, preferences, filled) -> MainWindow:
    window = MainWindow(services, preferences, language="fr")
    qtbot.addWidget(window)
    window.show()
    return window


def unlock(qtbot, window: MainWindow, secret: str = PASSPHRASE) -> None:
    panel = window.lock_screen.panel
    panel.passphrase.setText(secret)
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)


def assert_locked(window: MainWindow, register) -> None:
    assert window.is_locked and window.services is None
    assert register.engine is None  # engine disposed, key wiped
    assert window.stack.currentWidget() is window.lock_screen
    model = window.register_view.model
    assert model.rowCount() == 0 and model.total_count == 0 and model._texts == {}
    assert window.open_editors == []
    assert not window.actions_["new_situation"].isEnabled()
    assert "Relais" in window.windowTitle() and window.folder.name not in window.windowTitle()


def test_ctrl_l_locks_and_empties_everything(qtbot, window, register):
    assert window.register_view.model.rowCount() == 4
    window.activateWindow()
    qtbot.keyClick(window.register_view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(window, register)


def test_wrong_passphrase_on_the_lock_screen_keeps_it_locked(qtbot, window, register):
    window.lock()
    unlock(qtbot, window, "not it")
    assert window.is_locked
    assert "does not open the register" in window.lock_screen.panel.message.text()


def test_unlock_restores_page_filter_and_selection(qtbot, window, filled):
    view = window.register_view
    qtbot.waitUntil(lambda: view.search_texts_ready, timeout=20_000)
    qtbot.keyClicks(view.search, "a")  # Éloïse, Marc Janssens, Fatima, Jan
    view.status.setCurrentIndex(view.status.findData("active"))
    view.select_id(filled["fatima"])
    window.lock()
    assert view.search.text() == "a"  # a filter is not register data, but it reads nothing while locked
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: view.search_texts_ready, timeout=20_000)
    assert not window.is_locked and window.services is not None
    assert window.stack.currentWidget() is window.tabs
    assert window.tabs.currentIndex() == REGISTER_PAGE
    assert view.current_filter() == RegisterFilter("a", "active")
    assert view.model.rowCount() == 2
    assert view.selected_id() == filled["fatima"]
    assert window.actions_["new_situation"].isEnabled()


def test_unlock_restores_the_to_contact_page(qtbot, window):
    window.show_page(FOLLOWUPS_PAGE)
    window.lock()
    unlock(qtbot, window)
    assert window.tabs.currentIndex() == FOLLOWUPS_PAGE


def test_recovery_code_also_unlocks_the_lock_screen(qtbot, window, recovery_code):
    window.lock()
    panel = window.lock_screen.panel
    panel.toggle.click()
    panel.recovery.setText(recovery_code.lower())
    panel.try_unlock()
    qtbot.waitUntil(lambda: not window.is_locked, timeout=20_000)


def test_idle_timeout_locks(qtbot, window, register):
    window.idle.set_delay_ms(50)
    window.idle.start()
    qtbot.waitUntil(lambda: window.is_locked, timeout=5_000)
    assert_locked(window, register)


def test_idle_lock_closes_an_open_dialog_first(qtbot, window, register):
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.open()
    assert dialog.isVisible()
    window.request_lock()
    qtbot.waitUntil(lambda: window.is_locked, timeout=5_000)
    assert not dialog.isVisible()
    assert_locked(window, register)


def test_keyring_is_not_used_on_the_lock_screen(qtbot, window, register, memory_keyring):
    register.remember_in_keyring()
    window.lock()
    window.lock_screen.prepare()
    assert window.lock_screen.panel.busy is False and window.is_locked


def test_open_situations_are_saved_closed_and_reopened(qtbot, window, services, filled):
    pytest.importorskip("ui.situation.editor")
    editor = window.open_situation(filled["marc"])
    editor.situation_form.narrative.setPlainText("Sa fille passe le dimanche et le mercredi.")
    assert editor.is_dirty()
    window.lock()
    assert window.open_editors == []
    assert services.register.engine is None
    unlock(qtbot, window)
    assert window.services.situations.get(filled["marc"]).narrative.endswith("le mercredi.")
    assert [e.situation_id for e in window.open_editors] == [filled["marc"]]
    assert window.tabs.currentWidget() is window.open_editors[0]


def test_closing_the_window_closes_the_register(qtbot, window, register):
    window.close()
    assert register.engine is None


def test_unlock_shows_the_rows_read_during_the_integrity_check(qtbot, window, monkeypatch):
    """The unlock thread reads the register rows while the check runs; the window shows them as they are."""
    window.lock()
    reads = []
    monkeypatch.setattr(window.register_view.model, "load", lambda *args, **kwargs: reads.append(args))
    unlock(qtbot, window)
    assert not window.is_locked
    assert reads == []  # nothing read again on the GUI thread
    assert window.register_view.model.total_count == len(window.services.situations.summaries()) > 0


def test_a_register_damaged_meanwhile_stays_locked_and_shows_nothing(qtbot, window, register):
    window.lock()
    db = register.db_path
    data = bytearray(db.read_bytes())
    data[4096 * 3 + 200] ^= 0x01
    db.write_bytes(bytes(data))
    unlock(qtbot, window)
    assert_locked(window, register)
    panel = window.lock_screen.panel
    assert "damaged" in panel.message.text()
    assert panel.take_preloaded(register) is None
