"""First run, unlock, the start-up flow, the main window's hooks, preferences and backups."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWizard

from storage import keyring_store
from storage.keyslots import normalise_recovery_code
from storage.register import Register, is_register
from tests.conftest import PASSPHRASE
from ui.common.i18n import resolve_language, system_language
from ui.shell import actions as window_actions
from ui.shell import application
from ui.shell.application import RelaisApplication
from ui.shell.instance_guard import RegisterGuard
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog
from ui.unlock.change_passphrase import ChangePassphraseDialog
from ui.unlock.dialog import UnlockDialog
from ui.unlock.first_run import FINISH, RECOVERY, FirstRunWizard
from ui.unlock.first_run import PASSPHRASE as PASSPHRASE_PAGE
from ui.unlock.passphrase_fields import assess

NEW_PASSPHRASE = "marmite violette sous la pluie"


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    """Message boxes would block offscreen: record them instead."""
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


# -- first run ---------------------------------------------------------------------------------------------
def make_wizard(qtbot, folder) -> FirstRunWizard:
    wizard = FirstRunWizard(folder, iterations=1)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def create_through_wizard(qtbot, wizard: FirstRunWizard) -> None:
    wizard.next()
    fields = wizard.passphrase_page.fields
    qtbot.keyClicks(fields.first, NEW_PASSPHRASE)
    qtbot.keyClicks(fields.second, NEW_PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RECOVERY, timeout=20_000)


def test_folder_page_refuses_a_folder_that_is_not_empty_or_already_a_register(qtbot, tmp_path, register_dir):
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("x")
    wizard = make_wizard(qtbot, busy)
    wizard.next()
    assert wizard.currentId() == 0
    assert "not empty" in wizard.folder_page.error.text()
    wizard.folder_page.folder.setText(str(register_dir))
    wizard.next()
    assert wizard.currentId() == 0 and "already contains" in wizard.folder_page.error.text()
    wizard.folder_page.folder.setText(str(tmp_path / "new"))
    wizard.next()
    assert wizard.currentId() == PASSPHRASE_PAGE


def test_weak_or_mismatched_passphrase_gives_the_reason_and_stays(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path / "new")
    wizard.next()
    page = wizard.passphrase_page
    wizard.next()
    assert "Choose a passphrase" in page.error.text()
    qtbot.keyClicks(page.fields.first, "password1")
    assert page.fields.meter.value() < 3
    wizard.next()
    assert wizard.currentId() == PASSPHRASE_PAGE
    assert "too easy to guess" in page.error.text()
    page.fields.first.setText(NEW_PASSPHRASE)
    qtbot.keyClicks(page.fields.second, NEW_PASSPHRASE + "x")
    assert page.fields.mismatch.isVisibleTo(page)
    wizard.next()
    assert "not the same" in page.error.text()
    assert not (tmp_path / "new").exists()  # nothing created while the input is refused


def test_strength_assessment_uses_zxcvbn_with_translated_advice():
    weak = assess("motdepasse")
    assert not weak.acceptable and weak.advice
    assert assess(NEW_PASSPHRASE).acceptable


def test_wizard_creates_a_register_that_opens_with_passphrase_and_recovery_code(qtbot, tmp_path):
    folder = tmp_path / "mon registre"
    wizard = make_wizard(qtbot, folder)
    create_through_wizard(qtbot, wizard)
    code = wizard.recovery_page.code.text()
    assert is_register(folder) and code
    assert wizard.passphrase_page.fields.first.text() == ""  # not kept in the form
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the code must be acknowledged
    qtbot.mouseClick(wizard.recovery_page.noted, Qt.MouseButton.LeftButton)
    assert next_button.isEnabled()
    wizard.next()
    assert wizard.currentId() == FINISH
    assert not wizard.finish_page.remember.isEnabled()  # fail backend: explained, not offered
    assert "no keyring" in wizard.finish_page.explanation.text()
    wizard.accept()
    wizard.register.close()
    Register.open_with_passphrase(folder, NEW_PASSPHRASE).close()
    sloppy = " ".join(normalise_recovery_code(code).lower()[i:i + 3] for i in range(0, 24, 3))
    Register.open_with_recovery_code(folder, sloppy).close()


def test_escape_after_creation_does_not_lose_the_recovery_code(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path / "new")
    create_through_wizard(qtbot, wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    wizard.reject()
    assert wizard.isVisible() and wizard.currentId() == RECOVERY
    wizard.register.close()


def test_recovery_code_saved_as_pdf(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path / "new")
    create_through_wizard(qtbot, wizard)
    target = tmp_path / "code.pdf"
    assert wizard.recovery_page.save_pdf(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert not wizard.recovery_page.save_pdf(tmp_path / "missing-folder" / "code.pdf")
    assert "could not be saved" in wizard.recovery_page.status.text()
    wizard.register.close()


def test_remember_on_this_computer_stores_the_key(qtbot, tmp_path, memory_keyring):
    folder = tmp_path / "new"
    wizard = make_wizard(qtbot, folder)
    create_through_wizard(qtbot, wizard)
    wizard.recovery_page.noted.setChecked(True)
    wizard.next()
    assert wizard.finish_page.remember.isEnabled()
    wizard.finish_page.remember.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    wizard.register.close()
    assert len(memory_keyring.store) == 1
    Register.open_with_keyring(folder).close()


# -- unlock ------------------------------------------------------------------------------------------------
def make_unlock(qtbot, folder, try_keyring=False) -> UnlockDialog:
    dialog = UnlockDialog(folder, try_keyring=try_keyring)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_idle(qtbot, dialog: UnlockDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.panel.busy, timeout=20_000)


def test_wrong_passphrase_shows_the_message_and_keeps_the_dialog_open(qtbot, register_dir):
    dialog = make_unlock(qtbot, register_dir)
    qtbot.keyClicks(dialog.panel.passphrase, "not the passphrase")
    qtbot.keyClick(dialog.panel.passphrase, Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert dialog.isVisible() and dialog.register is None
    assert "does not open the register" in dialog.panel.message.text()
    dialog.panel.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.panel.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.register is not None and dialog.register.engine is not None
    assert dialog.guard is not None and dialog.guard.held
    dialog.register.close()
    dialog.guard.release()


def test_recovery_code_instead_tolerates_case_and_spaces(qtbot, register_dir, recovery_code):
    dialog = make_unlock(qtbot, register_dir)
    qtbot.mouseClick(dialog.panel.toggle, Qt.MouseButton.LeftButton)
    assert dialog.panel.using_recovery_code
    qtbot.keyClicks(dialog.panel.recovery, "  " + recovery_code.lower().replace("-", " ") + " ")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.keyClick(dialog.panel.recovery, Qt.Key.Key_Return)
    dialog.register.close()
    dialog.guard.release()


def test_mistyped_recovery_code_is_explained(qtbot, register_dir):
    dialog = make_unlock(qtbot, register_dir)
    dialog.panel.toggle.click()
    qtbot.keyClicks(dialog.panel.recovery, "AAAA-BBBB")
    dialog.panel.try_unlock()
    wait_idle(qtbot, dialog)
    assert "recovery code does not open" in dialog.panel.message.text()


def test_keyring_unlocks_automatically(qtbot, register, register_dir, memory_keyring):
    register.remember_in_keyring()
    register.close()
    dialog = UnlockDialog(register_dir)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.show()
    dialog.register.close()
    dialog.guard.release()


def test_fail_backend_means_no_automatic_unlock_and_no_alarm(qtbot, register_dir):
    dialog = make_unlock(qtbot, register_dir, try_keyring=True)
    wait_idle(qtbot, dialog)
    assert dialog.isVisible() and dialog.register is None
    assert dialog.panel.message.text() == ""
    assert dialog.panel.passphrase.isEnabled()


def test_missing_folder_offers_another_register(qtbot, tmp_path):
    dialog = make_unlock(qtbot, tmp_path / "gone")
    assert "cannot be found" in dialog.panel.message.text()
    assert not dialog.panel.unlock_button.isEnabled()
    assert dialog.panel.other_button.isVisible() and dialog.panel.create_button.isVisible()


def test_damaged_register_is_reported_and_not_opened(qtbot, register_dir):
    database = register_dir / "register.db"
    data = bytearray(database.read_bytes())
    data[5000:5400] = bytes(400)
    database.write_bytes(bytes(data))
    dialog = make_unlock(qtbot, register_dir)
    dialog.panel.passphrase.setText(PASSPHRASE)
    dialog.panel.try_unlock()
    wait_idle(qtbot, dialog)
    assert dialog.register is None
    assert "damaged" in dialog.panel.message.text()


def test_register_open_in_another_instance_is_said(qtbot, register_dir):
    other = RegisterGuard(register_dir)
    assert other.acquire()
    try:
        dialog = make_unlock(qtbot, register_dir)
        dialog.panel.passphrase.setText(PASSPHRASE)
        dialog.panel.try_unlock()
        assert "already open in another Relais window" in dialog.panel.message.text()
        assert not dialog.panel.busy
    finally:
        other.release()


# -- the start-up flow -------------------------------------------------------------------------------------
def test_fresh_installation_starts_the_first_run_wizard(qtbot, tmp_path, preferences, monkeypatch):
    monkeypatch.setattr(application, "default_register_folder", lambda: tmp_path / "data" / "register")
    relais = RelaisApplication(preferences, iterations=1)
    relais.start()
    assert isinstance(relais.dialog, FirstRunWizard)
    assert relais.dialog.folder == tmp_path / "data" / "register"
    qtbot.addWidget(relais.dialog)
    with qtbot.waitSignal(relais.finished):
        relais.dialog.reject()


def test_remembered_register_is_unlocked_then_the_window_opens_and_closes_cleanly(
        qtbot, register_dir, preferences, filled, register):
    register.close()
    preferences.register_folder = register_dir
    relais = RelaisApplication(preferences)
    relais.start()
    dialog = relais.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.panel.passphrase.setText(PASSPHRASE)
    dialog.panel.try_unlock()
    qtbot.waitUntil(lambda: relais.window is not None, timeout=20_000)
    window = relais.window
    qtbot.addWidget(window)
    assert window.register_view.model.rowCount() == 4
    opened = window.services.register
    with qtbot.waitSignal(relais.finished):
        window.close()
    assert opened.engine is None and not window.guard.held
    assert preferences.register_folder == register_dir.resolve()
    preferences.sync()
    content = Path(preferences.settings.fileName()).read_text(encoding="utf-8")
    for personal in ("Dupré", "Janssens", "Hôpital", "Dupr"):
        assert personal not in content  # QSettings holds geometry, paths and choices only


def test_missing_remembered_register_goes_to_unlock_with_the_way_out(tmp_path, preferences, qtbot):
    preferences.register_folder = tmp_path / "usb-stick" / "register"
    relais = RelaisApplication(preferences)
    relais.start()
    qtbot.addWidget(relais.dialog)
    assert isinstance(relais.dialog, UnlockDialog)
    assert relais.dialog.panel.other_button.isVisible()


def test_thousands_of_void_qt_calls_do_not_exhaust_none(qtbot):
    """Without ui.shell.qt_refcount on PySide6 6.12.0 / Python 3.11 this aborts the interpreter."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    for _ in range(50_000):
        label.setText("x")
    assert label.text() == "x"


def test_language_follows_the_system_among_fr_nl_en():
    from PySide6.QtCore import QLocale

    assert system_language(QLocale("nl_BE")) == "nl"
    assert system_language(QLocale("fr_BE")) == "fr"
    assert system_language(QLocale("en_GB")) == "en"
    assert system_language(QLocale("de_DE")) == "fr"
    assert resolve_language("nl", QLocale("fr_BE")) == "nl"
    assert resolve_language("system", QLocale("nl_NL")) == "nl"


# -- the main window ---------------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, services, preferences, filled) -> MainWindow:
    window = MainWindow(services, preferences, language="fr")
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_menu_and_action_has_a_mnemonic(window):
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()
        for action in menu_action.menu().actions():
            assert action.isSeparator() or "&" in action.text(), action.text()
    assert window.actions_["lock"].shortcut().toString() == "Ctrl+L"
    assert window.actions_["new_situation"].shortcut().toString() == "Ctrl+N"


def test_open_situation_opens_the_editor_in_a_tab_once(qtbot, window, filled):
    pytest.importorskip("ui.situation.editor")
    editor = window.open_situation(filled["eloise"])
    assert editor is not None and window.tabs.currentWidget() is editor
    assert window.open_situation(filled["eloise"]) is editor
    assert window.tabs.count() == 3
    assert "Éloïse Dupré" in window.tabs.tabText(2)
    assert window.close_tab(2)
    assert window.tabs.count() == 2 and window.open_editors == []


def test_new_situation_action_opens_an_empty_editor(qtbot, window):
    pytest.importorskip("ui.situation.editor")
    window.actions_["new_situation"].trigger()
    assert len(window.open_editors) == 1
    assert window.tabs.tabText(window.tabs.currentIndex()) == "New situation"


def test_enter_in_the_register_opens_the_selected_situation(qtbot, window, filled):
    pytest.importorskip("ui.situation.editor")
    window.register_view.select_id(filled["marc"])
    window.register_view.table.setFocus()
    qtbot.keyClick(window.register_view.table, Qt.Key.Key_Return)
    assert len(window.open_editors) == 1
    assert window.open_editors[0].situation_id == filled["marc"]


def test_back_up_now_writes_a_verified_backup(qtbot, window, preferences, tmp_path):
    preferences.backup_folder = tmp_path / "usb"
    window_actions.back_up_now(window)
    qtbot.waitUntil(lambda: any((tmp_path / "usb").glob("*.relais-backup")), timeout=20_000)
    qtbot.waitUntil(lambda: window.actions_["backup"].isEnabled(), timeout=20_000)


# -- preferences -------------------------------------------------------------------------------------------
def test_preferences_without_keyring_explain_and_save_choices(qtbot, register, preferences):
    dialog = SettingsDialog(preferences, register)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()
    assert "no keyring" in dialog.remember_hint.text()
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.idle.setValue(3)
    dialog.accept()
    assert preferences.language == "nl" and preferences.idle_minutes == 3


def test_preferences_remember_and_forget_in_the_keyring(qtbot, register, preferences, memory_keyring):
    dialog = SettingsDialog(preferences, register)
    qtbot.addWidget(dialog)
    assert dialog.remember.isEnabled() and not dialog.remember.isChecked()
    dialog.remember.setChecked(True)
    dialog.accept()
    assert keyring_store.load_key(register.register_id) is not None
    dialog = SettingsDialog(preferences, register)
    qtbot.addWidget(dialog)
    assert dialog.remember.isChecked()
    dialog.remember.setChecked(False)
    dialog.accept()
    assert memory_keyring.store == {}
    assert keyring.get_keyring() is memory_keyring


def test_change_passphrase_checks_the_current_one(qtbot, register, register_dir):
    dialog = ChangePassphraseDialog(register)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText("wrong")
    dialog.fields.first.setText(NEW_PASSPHRASE)
    dialog.fields.second.setText(NEW_PASSPHRASE)
    dialog.try_change()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "not right" in dialog.message.text() and dialog.isVisible()
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.try_change()
    Register.open_with_passphrase(register_dir, NEW_PASSPHRASE).close()


def test_what_the_open_repaired_is_said_once_without_blocking(register_dir, preferences, qtbot):
    # A lost keyslots.json is rebuilt from its copy at open: the window opens and says so in a box that
    # does not block (the register is usable).
    (register_dir / "keyslots.json").unlink()
    register = Register.open_with_passphrase(register_dir, PASSPHRASE)
    relais = RelaisApplication(preferences)
    window = relais.open_window(register, None)
    qtbot.addWidget(window)
    box = window.findChild(QMessageBox, "registerWarnings")
    assert box is not None and box.isVisible()
    assert "copy of the key file" in box.text()  # the window's language (the tests run in English)
    # Dismissed with Escape: left open, this window-modal box would stay QApplication's active modal widget
    # after the test and swallow the next window's shortcuts (Ctrl+L in tests/ui/test_lock.py).
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible() and QApplication.activeModalWidget() is None
    window.shut_down()
