"""The first unlock after an update of Relais: the register is migrated and rewritten, and the dialog says why
it takes seconds (keys only; the outcome checked in the register)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from storage.engine import PAGE_HMAC, page_hmac, raw_connection
from storage.register import DB_NAME
from tests.conftest import PASSPHRASE
from tests.storage.test_page_format import _key, _make_legacy
from ui.unlock import dialog as unlock_dialog
from ui.unlock.dialog import UnlockDialog


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *_a, **_k: None)


def _unlock_with_keys(qtbot, folder, monkeypatch) -> tuple[UnlockDialog, list[str]]:
    """The passphrase typed and Return pressed; what the dialog said on the way (its info lines)."""
    dialog = UnlockDialog(folder, try_keyring=False)
    qtbot.addWidget(dialog)
    dialog.show()
    said: list[str] = []
    panel = dialog.panel
    original = panel.show_info
    monkeypatch.setattr(panel, "show_info", lambda text: said.append(text) or original(text))
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    return dialog, said


def test_a_slow_first_unlock_says_the_register_is_being_updated(qtbot, register_dir, monkeypatch):
    _make_legacy(register_dir, version=6)  # as Relais wrote it before schema v7
    monkeypatch.setattr(unlock_dialog, "SLOW_OPEN_MS", 0)  # "slow" at once: the open takes a few ms here
    dialog, said = _unlock_with_keys(qtbot, register_dir, monkeypatch)
    assert any("updates the register" in text for text in said), said
    dialog.register.close()
    dialog.guard.release()
    conn = raw_connection(register_dir / DB_NAME, _key(register_dir))
    assert page_hmac(conn) == PAGE_HMAC and conn.execute("PRAGMA user_version").fetchone()[0] >= 7
    conn.close()


def test_a_quick_unlock_says_nothing_more(qtbot, register_dir, monkeypatch):
    dialog, said = _unlock_with_keys(qtbot, register_dir, monkeypatch)
    assert said and not any("updates the register" in text for text in said)
    dialog.register.close()
    dialog.guard.release()
