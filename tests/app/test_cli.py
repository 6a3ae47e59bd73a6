"""The `relais` command line: exit codes, one-line errors in the environment's language, stdin passphrases."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from storage.register import Register
from tests.conftest import PASSPHRASE
from tests.storage.test_register import snapshot_files


def run(monkeypatch, capsys, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_verify_ok_and_wrong_passphrase(register_dir, monkeypatch, capsys):
    code, out, _ = run(
        monkeypatch, capsys, "verify", str(register_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert code == 0 and "intact" in out
    before = snapshot_files(register_dir)
    code, _, err = run(
        monkeypatch, capsys, "--passphrase-stdin", "verify", str(register_dir), stdin="wrong\n"
    )
    assert code == 1 and err.strip() == "relais : Phrase de passe incorrecte."
    assert snapshot_files(register_dir) == before


def test_verify_reports_damage(register_dir, monkeypatch, capsys):
    db = register_dir / "register.db"
    data = bytearray(db.read_bytes())
    data[4096 * 2 + 300] ^= 0x10
    db.write_bytes(bytes(data))
    code, _, err = run(
        monkeypatch, capsys, "verify", str(register_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert code == 1
    assert "endommagé" in err and "cipher_integrity_check" in err
    assert err.count("\n") == 1


def test_missing_folder_asks_nothing_and_creates_nothing(tmp_path, monkeypatch, capsys):
    code, _, err = run(monkeypatch, capsys, "verify", str(tmp_path / "absent"))
    assert code == 1 and "introuvable" in err
    assert not (tmp_path / "absent").exists()


def test_init_refuses_short_passphrase(tmp_path, monkeypatch, capsys):
    code, _, err = run(
        monkeypatch, capsys, "init", str(tmp_path / "r"), "--passphrase-stdin",
        "--recovery-code-file", str(tmp_path / "code.txt"), stdin="court\n",
    )
    assert code == 1 and "au moins 8" in err
    assert not (tmp_path / "r").exists()


def test_no_tty_and_no_stdin_option_is_explained(register_dir, monkeypatch, capsys):
    code, _, err = run(monkeypatch, capsys, "verify", str(register_dir))
    assert code == 1 and "--passphrase-stdin" in err


def test_passwd_then_recovery_code(register_dir, recovery_code, monkeypatch, capsys):
    code, out, _ = run(
        monkeypatch,
        capsys,
        "passwd",
        str(register_dir),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\nune toute nouvelle phrase\n",
    )
    assert code == 0 and "changée" in out
    assert (
        run(monkeypatch, capsys, "verify", str(register_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")[
            0
        ]
        == 1
    )
    assert (
        run(
            monkeypatch,
            capsys,
            "verify",
            str(register_dir),
            "--passphrase-stdin",
            stdin="une toute nouvelle phrase\n",
        )[0]
        == 0
    )
    assert (
        run(
            monkeypatch,
            capsys,
            "verify",
            str(register_dir),
            "--recovery-code",
            "--passphrase-stdin",
            stdin=recovery_code + "\n",
        )[0]
        == 0
    )


def test_backup_restore_export_import(register_dir, tmp_path, monkeypatch, capsys):
    from tests.app.test_json_dump import populate_every_table

    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        populate_every_table(register)
    secret = PASSPHRASE + "\n"
    backup = tmp_path / "b.relais-backup"
    assert (
        run(
            monkeypatch, capsys, "backup", str(register_dir), str(backup), "--passphrase-stdin", stdin=secret
        )[0]
        == 0
    )
    restored = tmp_path / "restored"
    assert (
        run(monkeypatch, capsys, "restore", str(backup), str(restored), "--passphrase-stdin", stdin=secret)[0]
        == 0
    )
    dump = tmp_path / "dump.json"
    assert (
        run(monkeypatch, capsys, "export-json", str(restored), str(dump), "--passphrase-stdin", stdin=secret)[
            0
        ]
        == 0
    )
    assert json.loads(dump.read_text())["persons"][0]["last_name"] == "O'Brien-Dupré"
    fresh = tmp_path / "fresh"
    code_file = str(tmp_path / "code.txt")
    init = ("init", str(fresh), "--passphrase-stdin", "--recovery-code-file", code_file)
    assert run(monkeypatch, capsys, *init, stdin=secret)[0] == 0
    code, out, _ = run(
        monkeypatch, capsys, "import", str(fresh), str(dump), "--passphrase-stdin", stdin=secret
    )
    assert code == 0 and "1 situation ajoutée" in out
    code, _, err = run(
        monkeypatch, capsys, "import", str(fresh), str(dump), "--passphrase-stdin", stdin=secret
    )
    assert code == 1 and "existe déjà" in err


def test_restore_with_wrong_passphrase_leaves_nothing(register, tmp_path, monkeypatch, capsys):
    from storage.backup import create_backup

    backup = create_backup(register, tmp_path / "b.relais-backup")
    code, _, err = run(
        monkeypatch,
        capsys,
        "restore",
        str(backup),
        str(tmp_path / "r"),
        "--passphrase-stdin",
        stdin="wrong passphrase\n",
    )
    assert code == 1 and "incorrecte" in err
    assert not (tmp_path / "r").exists()


def test_malformed_import_is_refused_before_the_passphrase(register_dir, tmp_path, monkeypatch, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2")
    code, _, err = run(monkeypatch, capsys, "import", str(register_dir), str(bad))
    assert code == 1 and "JSON valide" in err


def test_real_script_prints_one_line_and_no_traceback(tmp_path):
    script = Path(sys.executable).with_name("relais")
    if not script.exists():
        pytest.skip("relais script not installed in this environment")
    result = subprocess.run(
        [str(script), "verify", str(tmp_path / "nope")], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "relais :" in result.stderr


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr_BE.UTF-8", ["usage : relais", "créer un registre vide", "afficher cette aide et quitter",
                         "commandes:"]),
        ("nl_BE.UTF-8", ["gebruik: relais", "een leeg register aanmaken", "deze hulp tonen en afsluiten",
                         "opdrachten:"]),
        ("en_GB.UTF-8", ["usage: relais", "create an empty register", "show this help and exit",
                         "commands:"]),
        ("C.UTF-8", ["usage : relais", "créer un registre vide"]),  # French by default
    ],
)
def test_the_real_entry_point_prints_its_help_in_the_environment_language(lang, expected):
    environ = {name: value for name, value in os.environ.items() if not name.startswith(("LC_", "LANG"))}
    result = subprocess.run(
        [sys.executable, "-c", "from ui.shell.launcher import main; main(['--help'])"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**environ, "LANG": lang},
    )
    assert result.returncode == 0
    for text in expected:
        assert text in result.stdout


# -- the language of the environment ----------------------------------------------------------------------
def test_wrong_passphrase_is_said_in_dutch_when_the_environment_is_dutch(register_dir, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    code, _, err = run(
        monkeypatch, capsys, "--passphrase-stdin", "verify", str(register_dir), stdin="wrong\n"
    )
    assert code == 1 and err == "relais : Onjuiste wachtzin.\n"


def test_malformed_import_is_said_in_dutch_when_the_environment_is_dutch(
    register_dir, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2")
    code, _, err = run(monkeypatch, capsys, "import", str(register_dir), str(bad))
    assert code == 1 and err == "relais : Het bestand is geen geldige JSON (regel 1, kolom 6).\n"


def test_lc_all_wins_over_lang(register_dir, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    code, _, err = run(
        monkeypatch, capsys, "--passphrase-stdin", "verify", str(register_dir), stdin="wrong\n"
    )
    assert code == 1 and err == "relais : Incorrect passphrase.\n"


def test_a_repaired_key_file_is_said_on_stderr_and_the_command_goes_on(register_dir, monkeypatch, capsys):
    # A lost keyslots.json is rebuilt from its copy at open: the command says so, in the environment's
    # language, and still does its work.
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    (register_dir / "keyslots.json").unlink()
    code, _, err = run(
        monkeypatch, capsys, "verify", str(register_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert code == 0 and (register_dir / "keyslots.json").is_file()
    assert "sleutelbestand" in err and "hersteld" in err


@pytest.mark.parametrize(("lang", "intact"), [
    ("nl_BE.UTF-8", "Register in orde: alle controles zijn geslaagd."),
    ("en_GB.UTF-8", "Register intact: every check passed."),
])
def test_the_command_line_speaks_the_environment_language(register_dir, monkeypatch, capsys, lang, intact):
    monkeypatch.setenv("LANG", lang)
    code, out, _ = run(monkeypatch, capsys, "verify", str(register_dir), "--passphrase-stdin",
                       stdin=PASSPHRASE + "\n")
    assert code == 0 and out.strip() == intact
    code, _, err = run(monkeypatch, capsys, "verify", str(register_dir), "--passphrase-stdin",
                       stdin="wrong\n")
    assert code == 1 and "Phrase de passe" not in err
