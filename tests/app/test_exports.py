"""Every export has one shape (app.exports.pipeline): gather → render → atomic owner-only write → one log row.

The six exports (CdP PDF and bundle, invisible-work PDF and CSV, resource file, personal dump) run through
`run_export` on real registers: each leaves exactly one ExportLog row of its kind and format, holding no
content, and a file readable by its owner only. A symlink planted at a temp-file name is never followed;
a render failing half-way leaves no file and no log row; `relais export-json` is logged.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import select

import app.exports.pipeline as pipeline
import storage.atomic as atomic
from app import clock
from app.cdp.export import export_session
from app.cdp.sessions import CdpSessionData, CdpSessionService
from app.cli.main import main
from app.exports.invisible_work import export_invisible_work, export_report_file
from app.exports.invisible_work_csv import csv_bytes
from app.exports.log import record_export
from app.exports.personal_dump import export_document, export_json
from app.exports.progress import ProgressSteps
from app.invisible_work import InvisibleWorkService
from app.services import Services
from storage.models import ExportLog
from storage.register import Register
from tests.app.cdp_fixture import IDENTIFIERS, build_two_situations
from tests.app.test_invisible_work import QUARTER, TODAY, build_fixture
from tests.conftest import PASSPHRASE

NOW = datetime(2026, 4, 15, 10, 30, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: NOW)


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """A umask that lets everybody read new files: the export must still be 0600."""
    previous = os.umask(0o000)
    yield
    os.umask(previous)


# -- the six exports ---------------------------------------------------------------------------------------
def _cdp(register: Register, target: Path) -> None:
    services = Services.for_register(register)
    consenting, _ = build_two_situations(services)
    cdp = CdpSessionService(services)
    data = CdpSessionData(held_on=date(2026, 4, 9), group_name="CdP", noeud="turnover_prestataires")
    created = cdp.create(data)
    session = cdp.set_situations(created.id, [consenting])
    review = cdp.prepare_review(session, use_ner=False)
    review.confirm()
    export_session(register, session, review, target)


def _invisible(file_format: str) -> Callable[[Register, Path], None]:
    def export(register: Register, target: Path) -> None:
        build_fixture(register)
        data = InvisibleWorkService(register).report(QUARTER)
        export_report_file(register, data, file_format, target)

    return export


def _resources(register: Register, target: Path) -> None:
    services = Services.for_register(register)
    build_two_situations(services)
    ids = [resource.id for resource in services.resources.search()]
    assert services.resource_sharing.export(ids, target) == 2


def _dump(register: Register, target: Path) -> None:
    build_two_situations(Services.for_register(register))
    assert export_json(register, target) == 2


SIX = {  # name: (export, file name, kind, format, content start)
    "cdp_pdf": (_cdp, "seance.pdf", "cdp_canvas", "pdf", b"%PDF"),
    "cdp_json": (_cdp, "seance.json", "cdp_canvas", "json", b"{"),
    "invisible_pdf": (_invisible("pdf"), "rapport.pdf", "invisible_work", "pdf", b"%PDF"),
    "invisible_csv": (_invisible("csv"), "rapport.csv", "invisible_work", "csv", b"\xef\xbb\xbfmois;"),
    "resources": (_resources, "ressources.json", "resources", "json", b"{"),
    "personal_dump": (_dump, "registre.json", "personal_dump", "json", b"{"),
}


def export_logs(register: Register) -> list[ExportLog]:
    with register.session() as session:
        return list(session.exec(select(ExportLog)).all())


@pytest.mark.parametrize("name", SIX)
def test_each_export_runs_the_pipeline_and_logs_once(name, register, out, monkeypatch, permissive_umask):
    export, file_name, kind, file_format, start = SIX[name]
    runs = []
    original = pipeline.record_export
    monkeypatch.setattr(pipeline, "record_export", lambda *a, **k: runs.append(a[1]) or original(*a, **k))
    target = out / file_name
    export(register, target)
    assert runs == [kind]  # the log row was written by the pipeline, once
    assert target.read_bytes().startswith(start)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [path.name for path in out.iterdir()] == [file_name]  # no temp file left
    [log] = export_logs(register)
    assert (log.kind, log.format, log.exported_at) == (kind, file_format, NOW)
    settings = json.loads(log.settings_json)
    assert all(value is None or isinstance(value, bool | int | str) for value in settings.values())
    assert all(fragment not in log.settings_json for fragment in (*IDENTIFIERS, "Gaston", "Josiane"))
    assert settings.get("anonymised", True) is (kind != "personal_dump")


def test_files_keep_their_content(register, out):
    """The pipeline writes exactly what each format always held (byte for byte, at a fixed clock)."""
    build_fixture(register)
    build_two_situations(Services.for_register(register))  # and two directory entries
    data = InvisibleWorkService(register).report(QUARTER)
    export_report_file(register, data, "csv", out / "r.csv")
    assert (out / "r.csv").read_bytes() == csv_bytes(data)
    document = export_document(register)
    export_json(register, out / "dump.json")
    assert (out / "dump.json").read_bytes() == json.dumps(document, ensure_ascii=False, indent=1).encode()
    ids = [resource.id for resource in Services.for_register(register).resources.search()][:3]
    sharing = Services.for_register(register).resource_sharing
    sharing.export(ids, out / "r.json")
    expected = json.dumps(sharing.export_document(ids), ensure_ascii=False, indent=2) + "\n"
    assert (out / "r.json").read_text(encoding="utf-8") == expected


def test_a_pdf_through_the_pipeline_is_the_pdf_rendered_to_a_path(register, out, monkeypatch):
    from reportlab import rl_config

    from app.exports.invisible_work_pdf import render_pdf

    monkeypatch.setattr(rl_config, "invariant", 1)  # no creation date nor random document id
    build_fixture(register)
    data = InvisibleWorkService(register).report(QUARTER)
    render_pdf(data, out / "direct.pdf", ProgressSteps())
    export_report_file(register, data, "pdf", out / "pipeline.pdf")
    assert (out / "pipeline.pdf").read_bytes() == (out / "direct.pdf").read_bytes()


def test_the_whole_report_is_logged_once_as_pdf_and_csv(register, out):
    build_fixture(register)
    export_invisible_work(register, QUARTER, out / "r.pdf", out / "r.csv")
    [log] = export_logs(register)
    assert (log.kind, log.format, log.item_count) == ("invisible_work", "pdf+csv", 3)
    assert json.loads(log.settings_json) == {"from": "2026-01", "to": "2026-03", "k": 5, "lang": "fr"}
    assert all(stat.S_IMODE((out / name).stat().st_mode) == 0o600 for name in ("r.pdf", "r.csv"))


# -- planted symlinks --------------------------------------------------------------------------------------
def plant_links(monkeypatch, folder: Path, victim: Path, count: int) -> list[Path]:
    """Make the temp names predictable and plant a symlink to `victim` at the first `count` of them."""
    names = iter(f".planted-{index}.tmp" for index in range(count + 10))
    monkeypatch.setattr(atomic, "temp_name", lambda _target: next(names))
    links = [folder / f".planted-{index}.tmp" for index in range(count)]
    for link in links:
        link.symlink_to(victim)
    return links


@pytest.mark.parametrize("victim_exists", [True, False])
def test_a_planted_symlink_is_never_followed(register, out, tmp_path, monkeypatch, victim_exists):
    victim = tmp_path / "victim.txt"
    if victim_exists:
        victim.write_bytes(b"not yours")
    links = plant_links(monkeypatch, out, victim, 3)
    build_two_situations(Services.for_register(register))
    export_json(register, out / "registre.json")
    assert (victim.read_bytes() == b"not yours") if victim_exists else not victim.exists()
    assert all(link.is_symlink() and link.readlink() == victim for link in links)  # left as they were
    assert json.loads((out / "registre.json").read_text(encoding="utf-8"))["persons"]
    assert stat.S_IMODE((out / "registre.json").stat().st_mode) == 0o600
    names = sorted(path.name for path in out.iterdir())
    assert names == sorted([link.name for link in links] + ["registre.json"])


def test_write_atomically_never_follows_a_link_either(tmp_path, monkeypatch):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"not yours")
    plant_links(monkeypatch, tmp_path, victim, 2)
    atomic.write_atomically(tmp_path / "keyslots.json", b"{}")
    assert victim.read_bytes() == b"not yours" and (tmp_path / "keyslots.json").read_bytes() == b"{}"


def test_no_free_temp_name_fails_without_writing(tmp_path, monkeypatch):
    victim = tmp_path / "victim.txt"
    monkeypatch.setattr(atomic, "NAME_ATTEMPTS", 3)
    plant_links(monkeypatch, tmp_path, victim, 3)
    with pytest.raises(FileExistsError):
        atomic.write_atomically(tmp_path / "x.json", b"{}")
    assert not victim.exists() and not (tmp_path / "x.json").exists()


# -- failures leave nothing --------------------------------------------------------------------------------
@dataclass(frozen=True)
class FailingExport:
    """A job whose render writes half a file, then fails."""

    kind: str = "test"
    format: str = "txt"
    anonymised: bool = True

    def settings(self) -> dict:
        return {}

    def gather(self, register: Register) -> str:
        return "gathered"

    def render(self, data: str, steps: ProgressSteps):
        def half_then_fail(output) -> None:
            output.write(b"half of the content")
            output.flush()
            raise RuntimeError("render failed")

        return (half_then_fail,)

    def item_count(self, data: str) -> int:
        return 1


def test_a_failing_render_leaves_no_file_and_no_log(register, out):
    previous = out / "previous.txt"
    previous.write_bytes(b"previous")
    with pytest.raises(RuntimeError):
        pipeline.run_export(register, FailingExport(), out / "new.txt")
    with pytest.raises(RuntimeError):
        pipeline.run_export(register, FailingExport(), previous)
    assert [path.name for path in out.iterdir()] == ["previous.txt"]
    assert previous.read_bytes() == b"previous"
    assert export_logs(register) == []


def test_a_failing_real_render_leaves_no_file_and_no_log(register, out, monkeypatch):
    import app.exports.invisible_work_pdf as report_pdf

    build_fixture(register)

    def broken(*_args) -> None:
        raise RuntimeError("chart failed")

    monkeypatch.setattr(report_pdf, "share_chart", broken)  # page 2, after page 1 was laid out
    with pytest.raises(RuntimeError):
        export_invisible_work(register, QUARTER, out / "r.pdf", out / "r.csv")
    assert list(out.iterdir()) == [] and export_logs(register) == []


def test_the_log_refuses_a_text(register):
    with pytest.raises(ValueError):
        record_export(register, "resources", "json", {"name": "Mireille Vandenbossche"})
    assert export_logs(register) == []


# -- relais export-json ------------------------------------------------------------------------------------
def test_export_json_is_logged_and_owner_only(register_dir, out, monkeypatch, capsys, permissive_umask):
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        build_two_situations(Services.for_register(register))
    target = out / "registre.json"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["export-json", str(register_dir), str(target), "--passphrase-stdin"]) == 0
    assert "2 situations" in capsys.readouterr().out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:
        [log] = export_logs(register)
    assert (log.kind, log.format, log.item_count) == ("personal_dump", "json", 2)
    assert json.loads(log.settings_json) == {"anonymised": False}


def test_export_json_to_a_missing_folder_asks_nothing(register_dir, out, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # a passphrase prompt would fail differently
    assert main(["export-json", str(register_dir), str(out / "absent" / "r.json"), "--passphrase-stdin"]) == 1
    assert "n'existe pas" in capsys.readouterr().err
