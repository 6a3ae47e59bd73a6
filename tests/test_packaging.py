"""The packaging files: the spec bundles every resources/ folder, the desktop metadata validates, the .deb
depends on every library the launcher checks."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

from ui.shell.launcher import XCB_LIBRARIES

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def spec_constant(name: str) -> object:
    tree = ast.parse((PACKAGING / "relais.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in relais.spec")


def test_spec_bundles_every_resources_folder():
    on_disk = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert set(spec_constant("RESOURCE_FOLDERS")) == on_disk


def test_spec_keeps_the_platform_plugins_relais_needs():
    kept = spec_constant("KEEP_PLUGINS")
    assert "platforms/libqxcb" in kept and "platforms/libqoffscreen" in kept


def test_deb_depends_on_every_library_the_launcher_checks():
    spec = importlib.util.spec_from_file_location("build_archives", PACKAGING / "build_archives.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert set(XCB_LIBRARIES.values()) <= set(module.DEPENDS)


def test_desktop_entry_names_the_bundled_icon():
    entry = (PACKAGING / "be.relais.Relais.desktop").read_text(encoding="utf-8")
    assert "Icon=be.relais.Relais\n" in entry and "Exec=relais\n" in entry
    assert (ROOT / "resources" / "icons" / "be.relais.Relais.svg").is_file()


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli (Debian: appstream) not installed")
def test_metainfo_validates():
    metainfo = PACKAGING / "be.relais.Relais.metainfo.xml"
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (Debian: desktop-file-utils) not installed")
def test_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(PACKAGING / "be.relais.Relais.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_model_parts_left_out_are_the_ones_the_anonymiser_never_loads():
    from app.anonymiser import ner

    dropped = set(spec_constant("UNUSED_MODEL_COMPONENTS"))
    assert dropped <= set(ner._EXCLUDE)
    assert "ner" not in dropped
    assert "lemmatizer" not in dropped  # app/anonymiser/lexicon.py reads its lookup tables


def test_the_spec_strips_from_source_pythons_but_not_what_auditwheel_patched():
    source = (PACKAGING / "relais.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)
    function = next(node for node in tree.body
                    if isinstance(node, ast.FunctionDef) and node.name == "_patched_by_auditwheel")
    namespace: dict = {}
    exec(compile(ast.Module(body=[function], type_ignores=[]), "relais.spec", "exec"), namespace)
    patched = namespace["_patched_by_auditwheel"]
    assert patched(" 0x000f (RPATH)  Library rpath: [$ORIGIN/../numpy.libs]")
    assert not patched(" 0x001d (RUNPATH)  Library runpath: [/root/.pyenv/versions/3.11.7/lib]")
    assert not patched("")


def test_the_deb_icons_are_drawn_from_the_svg_at_each_size(tmp_path, qapp):
    from PySide6.QtGui import QImage

    spec = importlib.util.spec_from_file_location("build_archives", PACKAGING / "build_archives.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for size in (16, 256):
        target = tmp_path / f"{size}.png"
        module.render_png(module.ICON, size, target)
        image = QImage(str(target))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        corner = image.pixelColor(0, 0)
        assert centre.alpha() == 255 and corner.alpha() < 255  # drawn, on a transparent square
