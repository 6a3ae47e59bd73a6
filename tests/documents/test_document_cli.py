"""`relais document …`: same documents, consent rules and export log as the window."""

from __future__ import annotations

import io
import json
import stat
import sys

from pypdf import PdfReader
from sqlalchemy import select

from app.cli.main import main
from app.documents.consent import ConsentService
from app.services import Services
from storage.models import ExportLog
from storage.register import Register
from tests.conftest import PASSPHRASE
from tests.documents.fixture import build_pair


def run(monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main([*argv, "--passphrase-stdin"])
    out, err = capsys.readouterr()
    return code, out, err


def _prepared(register_dir, *, with_consent: bool) -> str:
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        return build_pair(Services.for_register(register), with_consent=with_consent).situation_code


def _kinds(register_dir) -> list[tuple[str, str]]:
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register, register.session() as session:
        return [(r.kind, r.format) for r in session.scalars(select(ExportLog).order_by(ExportLog.id))]


def test_handover_refused_without_consent_then_written(register_dir, tmp_path, monkeypatch, capsys):
    code = _prepared(register_dir, with_consent=False)
    target = tmp_path / "relais.pdf"
    status, _, err = run(monkeypatch, capsys, "document", "handover", str(register_dir),
                         "--situation", code.lower(), "--out", str(target))
    assert status == 1 and "accord" in err and "Réseau" in err and not target.exists()
    assert "Traceback" not in err
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        sid = Services.for_register(register).situations.get_by_code(code).id
        ConsentService(register).record(sid, "Kiné Ödön")
    status, out, _ = run(monkeypatch, capsys, "document", "handover", str(register_dir),
                         "--situation", code, "--out", str(target), "--lang", "nl")
    assert status == 0 and str(target) in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Het stokje doorgeven" in PdfReader(target).pages[0].extract_text()
    assert _kinds(register_dir) == [("handover", "pdf")]


def test_situation_file_and_access_json(register_dir, tmp_path, monkeypatch, capsys):
    code = _prepared(register_dir, with_consent=True)
    status, _, _ = run(monkeypatch, capsys, "document", "situation-file", str(register_dir),
                       "--situation", code, "--out", str(tmp_path / "file.pdf"), "--lang", "en")
    assert status == 0 and "Situation file" in PdfReader(tmp_path / "file.pdf").pages[0].extract_text()
    status, _, _ = run(monkeypatch, capsys, "document", "access", str(register_dir),
                       "--situation", code, "--out", str(tmp_path / "access.json"))
    assert status == 0
    parsed = json.loads((tmp_path / "access.json").read_text(encoding="utf-8"))
    assert parsed["tables"]["situation"][0]["code"] == code
    assert _kinds(register_dir) == [("situation_file", "pdf"), ("access", "json")]


def test_unknown_code_is_one_line(register_dir, tmp_path, monkeypatch, capsys):
    _prepared(register_dir, with_consent=True)
    status, _, err = run(monkeypatch, capsys, "document", "situation-file", str(register_dir),
                         "--situation", "S-NONE", "--out", str(tmp_path / "x.pdf"))
    assert status == 1 and len(err.strip().splitlines()) == 1
