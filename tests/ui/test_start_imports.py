"""The unlock window is shown before the heavy half of the application is imported (issue 14)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "sqlmodel", "app.services", "storage.register", "storage.models", "zxcvbn",
         "phonenumbers", "keyring", "cryptography", "ui.shell.main_window", "app.cli.main")

PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from ui.shell import launcher, application
from ui.unlock.dialog import UnlockDialog
app = QApplication([])
dialog = UnlockDialog(__import__("pathlib").Path(sys.argv[1]))
launcher.window_only(["--register", sys.argv[1]])
print(json.dumps(sorted(sys.modules)))
"""


def imported_by_unlock_path(folder: Path) -> set[str]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    output = subprocess.run([sys.executable, "-c", PROBE, str(folder)], capture_output=True, text=True,
                            env=env, cwd=ROOT, check=True, timeout=120).stdout
    return set(json.loads(output.splitlines()[-1]))


def test_the_unlock_path_imports_no_database_layer_nor_services(tmp_path):
    modules = imported_by_unlock_path(tmp_path)
    loaded = sorted(name for name in modules if name.split(".")[0] in HEAVY or name in HEAVY)
    assert loaded == []
    assert "ui.unlock.dialog" in modules  # the probe did reach the dialog


def test_the_window_alone_skips_the_command_line_parser():
    from ui.shell.launcher import window_only

    assert window_only([]) == (True, None)
    assert window_only(["--register", "/x/y"]) == (True, Path("/x/y"))
    assert window_only(["verify", "/x/y"])[0] is False
    assert window_only(["--version"])[0] is False
    assert window_only(["--register", "--help"])[0] is False


def test_register_is_still_importable_from_the_use_cases():
    from app import registers
    from storage.register import Register

    assert registers.Register is Register


def test_a_broken_vocabulary_found_while_the_unlock_window_shows_ends_relais_with_the_cli_line(
        qtbot, monkeypatch, capsys):
    from app import vocab
    from ui.shell import warm_up

    def broken():
        raise vocab.VocabularyError("vocabulary.missing_files", files="pathologies.json")

    monkeypatch.setattr(vocab, "vocabularies", broken)
    monkeypatch.setenv("LC_ALL", "fr_BE.UTF-8")
    exits: list[int] = []
    monkeypatch.setattr(warm_up.QCoreApplication, "exit", lambda code=0: exits.append(code))
    loading = warm_up._WarmUp(())
    qtbot.waitUntil(lambda: exits == [1], timeout=10_000)
    loading.thread.join(timeout=10)
    err = capsys.readouterr().err.strip().splitlines()
    # the line `relais` printed before the window when it validated the vocabularies first (app.cli.main)
    assert err == ["relais : Vocabulaires invalides : Fichiers de vocabulaire manquants : pathologies.json."]
    assert not loading.done  # nothing of the window was loaded on a broken installation
