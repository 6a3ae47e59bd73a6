"""Restoring a backup and importing a personal export from the window, keys only from the main window:
Register menu (Alt+R), the entry's letter, the file typed, Enter. Outcomes read from the register (issue 12:
both were command-line only)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import registers
from app.exports.personal_dump import export_document
from app.restoring import SAFETY_REASON
from tests.app.test_registers import _add_person
from tests.journeys.conftest import ALT, active_dialog
from tests.ui.conftest import add_situation, wait_for_writes
from ui.shell.import_dialog import ImportDialog
from ui.shell.restore_dialog import RestoreDialog


def _names(services) -> list[str]:
    return sorted(person.last_name for person in services.persons.search("", limit=100))


def _menu_entry(qtbot, keys, letter) -> None:
    keys.press(Qt.Key.Key_R, ALT)  # the Register menu
    keys.settle(lambda: QApplication.activePopupWidget() is not None)
    # an open menu has the keyboard (Qt grabs it), though the focus widget stays the one behind it
    qtbot.keyClick(QApplication.activePopupWidget(), letter)
    keys.presses += 1


def test_restore_a_backup_from_the_window(qtbot, window, services, filled, keys, tmp_path):
    backup = registers.back_up(services.register, tmp_path / "hier.relais-backup")
    add_situation(services, "Nadia", "Nouvelle", "Arrivée après la sauvegarde.")
    window.refresh()
    old_register = services.register
    window.open_situation(filled["eloise"])  # an open tab comes back after the restore

    _menu_entry(qtbot, keys, Qt.Key.Key_K)  # Restore a bac&kup…
    dialog = active_dialog(qtbot, RestoreDialog)
    keys.type(str(backup))
    keys.settle(lambda: dialog.summary is not None)
    assert "4 situations" in dialog.description.text()
    assert "will be replaced" in dialog.description.text()
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: window.services is not None and window.services.register is not old_register,
                timeout=20_000)

    restored = window.services
    assert "Nouvelle" not in _names(restored)
    assert _names(restored) == ["Dupré", "El Idrissi", "Janssens", "Peeters"]
    assert window.current_situation_id() == filled["eloise"]
    safety = [p for p in restored.register.backups_dir.glob(f"*{SAFETY_REASON}*")]
    assert len(safety) == 1
    unpacked = registers.unpack_backup(safety[0], tmp_path / "safety")
    assert unpacked["person"] == 5  # the register just before, the new person included
    add_situation(restored, "Après", "Restauration")  # the restored register takes writes
    assert "Restauration" in _names(restored)


def test_import_a_personal_export_from_the_window(qtbot, window, services, filled, keys, tmp_path):
    source, _code = registers.create(tmp_path / "colleague", "phrase de la collègue", iterations=1)
    _add_person(source, "Importée")
    dump = tmp_path / "export.json"
    dump.write_text(json.dumps(export_document(source)), encoding="utf-8")
    source.close()
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "relais-register", "persons": [', encoding="utf-8")

    _menu_entry(qtbot, keys, Qt.Key.Key_I)  # &Import a personal export (JSON)…
    dialog = active_dialog(qtbot, ImportDialog)
    keys.type(str(broken))
    keys.settle(lambda: dialog.error.isVisible())
    assert "cannot be imported" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type(str(dump))
    keys.settle(lambda: dialog.preview is not None)
    assert "1 person" in dialog.description.text() and "1 situation" in dialog.description.text()
    assert _names(services) == ["Dupré", "El Idrissi", "Janssens", "Peeters"]  # the preview wrote nothing
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: getattr(window, "import_result", None) is not None, timeout=20_000)
    wait_for_writes(qtbot, services)
    assert "1 situation imported" in window.import_result.text()
    assert "Importée" in _names(services)
    assert window.register_view.model.rowCount() == 5  # the register list heard the change


def test_a_wrong_passphrase_gives_the_same_register_back(qtbot, window, services, filled, keys, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    other, _code = registers.create(tmp_path / "other", "la phrase de l'autre registre", iterations=1)
    backup = registers.back_up(other, tmp_path / "autre.relais-backup")
    other.close()
    _menu_entry(qtbot, keys, Qt.Key.Key_K)
    dialog = active_dialog(qtbot, RestoreDialog)
    keys.type(str(backup))
    keys.settle(lambda: dialog.passphrase.isVisible())  # another key: its passphrase is asked
    keys.press(Qt.Key.Key_Tab)  # past "Choose…"
    keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.passphrase
    keys.type("pas la bonne")
    keys.press(Qt.Key.Key_Return)
    keys.settle(lambda: window.findChild(QMessageBox, "restoreFailed") is not None, timeout=20_000)
    assert "not restored" in window.findChild(QMessageBox, "restoreFailed").text()
    assert window.services is not None and window.services.register is services.register
    assert _names(window.services) == ["Dupré", "El Idrissi", "Janssens", "Peeters"]
