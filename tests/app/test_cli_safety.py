"""The command line keeps the recovery code out of unprotected output and never races a window (issue 13).

Findings 7 (one-instance lock) and 10 (recovery code on a redirected stdout); each test failed before.
"""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.cli.main import main
from app.register_lock import RegisterInUseError, RegisterLock, holding
from storage.register import Register
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]


def _relais(*argv: str, stdin: str = "") -> subprocess.CompletedProcess:
    """The real command in a child process, stdout piped (not a terminal), French environment."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "LANG": "fr_BE.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    code = "import sys; from app.cli.main import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *argv], input=stdin, capture_output=True, text=True, timeout=120,
        env=env, cwd=REPO,
    )


# -- the recovery code --------------------------------------------------------------------------------------
def test_piped_init_without_a_code_file_is_refused_before_anything_is_created(tmp_path):
    result = _relais("init", str(tmp_path / "r"), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 1
    assert "--recovery-code-file" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "r").exists()


def test_piped_init_writes_the_code_to_an_owner_only_file(tmp_path):
    target = tmp_path / "code.txt"
    folder = tmp_path / "r"
    args = ("init", str(folder), "--passphrase-stdin", "--recovery-code-file", str(target))
    result = _relais(*args, stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    code = target.read_text(encoding="ascii").strip()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert code and code not in result.stdout and code not in result.stderr
    Register.open_with_recovery_code(folder, code).close()


def test_an_existing_code_file_is_never_overwritten(tmp_path):
    target = tmp_path / "code.txt"
    target.write_text("keep", encoding="utf-8")
    args = ("init", str(tmp_path / "r"), "--passphrase-stdin", "--recovery-code-file", str(target))
    result = _relais(*args, stdin=PASSPHRASE + "\n")
    assert result.returncode == 1 and "existe déjà" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep" and not (tmp_path / "r").exists()


def test_piped_demo_is_refused_without_a_code_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["demo", str(tmp_path / "d"), "--passphrase-stdin"]) == 1
    assert "--recovery-code-file" in capsys.readouterr().err
    assert not (tmp_path / "d").exists()


# -- one process per register ---------------------------------------------------------------------------
def test_a_command_on_a_register_held_by_a_window_says_it_is_in_use(register_dir, monkeypatch, capsys):
    window = RegisterLock(register_dir)  # what the window's RegisterGuard holds while the register is open
    assert window.acquire()
    try:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
        assert main(["verify", str(register_dir), "--passphrase-stdin"]) == 1
        assert "déjà ouvert" in capsys.readouterr().err
    finally:
        window.release()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["verify", str(register_dir), "--passphrase-stdin"]) == 0


def test_the_lock_holds_across_processes_and_dies_with_its_owner(register_dir):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from app.register_lock import RegisterLock
            lock = RegisterLock({str(register_dir)!r})
            assert lock.acquire()
            print("held", flush=True)
            time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=REPO,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        result = _relais("import", str(register_dir), str(register_dir / "none.json"), "--passphrase-stdin")
        assert result.returncode == 1 and "déjà ouvert" in result.stderr
    finally:
        holder.kill()
        holder.wait()
    with holding(register_dir) as lock:  # a killed owner leaves no stale lock
        assert lock.held


def test_a_second_holder_in_the_same_process_is_refused(tmp_path):
    with holding(tmp_path), pytest.raises(RegisterInUseError), holding(tmp_path):
        pass


def test_a_link_planted_at_the_lock_name_is_not_followed(tmp_path):
    lock = RegisterLock(tmp_path / "register")
    target = tmp_path / "victim"
    target.write_text("intact", encoding="utf-8")
    lock.path.unlink(missing_ok=True)
    lock.path.symlink_to(target)
    try:
        assert not lock.acquire()
        assert target.read_text(encoding="utf-8") == "intact"
    finally:
        lock.path.unlink()
