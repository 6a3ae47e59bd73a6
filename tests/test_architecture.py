"""Layers are enforced (import-linter contracts): ui → app → storage, app/storage never import Qt, and the two
front doors, the window (ui) and the CLI (app.cli), never import storage: they go through app's use cases."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_lint_imports(root: Path) -> subprocess.CompletedProcess:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    env = {**os.environ, "PYTHONPATH": str(root)}  # the packages of `root`, not the installed ones
    return subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=root, env=env, capture_output=True, text=True, timeout=120
    )


def test_import_linter_contracts_hold():
    result = run_lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(("module", "contract"), [
    ("ui/shell/application.py", "ui never imports storage"),  # not even the composition root
    ("ui/unlock/dialog.py", "ui never imports storage"),
    ("app/cli/register_commands.py", "The CLI never imports storage"),
])
def test_a_front_door_importing_storage_breaks_its_contract(tmp_path, module, contract):
    """The contracts can fail: the same tree, with one direct import of storage added, is refused."""
    ignore = shutil.ignore_patterns("__pycache__")
    for package in ("ui", "app", "storage"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    with (tmp_path / module).open("a", encoding="utf-8") as source:
        source.write("\nfrom storage.register import load_keyslots  # noqa: E402,F401\n")

    result = run_lint_imports(tmp_path)

    assert result.returncode != 0
    assert f"{contract} (it goes through app) BROKEN" in result.stdout, result.stdout
    assert "3 kept, 1 broken" in result.stdout
    assert module.removesuffix(".py").replace("/", ".") in result.stdout


def test_cli_runs_without_qt():
    code = ("import sys; import ui.shell.launcher, app.cli.main, app.personal_import; "
            "print('PySide6' in sys.modules)")
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "False"


def test_ruff_is_clean():
    ruff = Path(sys.executable).with_name("ruff")
    result = subprocess.run([str(ruff), "check", "."], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout
