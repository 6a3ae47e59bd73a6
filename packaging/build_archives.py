#!/usr/bin/env python3
"""Turn the PyInstaller bundle (dist/relais) into `relais-VERSION-linux-ARCH.tar.gz` and a .deb.

Usage: ``python packaging/build_archives.py [--bundle dist/relais] [--out dist] [--version VERSION]``.
Needs `dpkg-deb` (Debian package dpkg); the PNG icons are rendered by Qt's own SVG renderer (PySide6, already
in the virtual environment), so no image tool has to be installed with apt.

The .deb installs the bundle to /opt/relais, links /usr/bin/relais to it, and installs the desktop entry, the
icon (SVG and PNG sizes) and the AppStream metadata. Its Depends are the system libraries the bundle leaves
out on purpose (packaging/relais.spec, SYSTEM_LIBRARIES): the X11/xcb stack, fonts, D-Bus and OpenGL.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tarfile
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "be.relais.Relais"
ICON = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Debian 12 / Ubuntu 22.04 package names; "a | b" also accepts the renamed t64 packages of Ubuntu 24.04.
DEPENDS = (
    "libc6 (>= 2.28)", "libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libdbus-1-3",
    "libx11-6", "libx11-xcb1", "libxcb1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0",
    "libxcb-keysyms1", "libxcb-randr0", "libxcb-render0", "libxcb-render-util0", "libxcb-shape0",
    "libxcb-shm0", "libxcb-sync1", "libxcb-util1", "libxcb-xfixes0", "libxcb-xkb1",
    "libxkbcommon0", "libxkbcommon-x11-0",
)
SUGGESTS = ("gnome-keyring",)  # a Secret Service for "remember on this computer" (optional)

CONTROL = """Package: relais
Version: {version}
Architecture: {arch}
Maintainer: Relais maintainers <relais@example.invalid>
Installed-Size: {size_kib}
Depends: {depends}
Suggests: {suggests}
Section: misc
Priority: optional
Description: encrypted personal register of proximity referents
 Relais keeps, encrypted on the referent's own computer, the situations they
 accompany, the priorities each person raised, the resources mobilised and the
 time spent. Built with PyInstaller: no Python installation is needed.
"""


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                          text=True).stdout.strip()


def make_tarball(bundle: Path, out: Path, version: str, arch: str) -> Path:
    target = out / f"relais-{version}-linux-{arch}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname="relais")
    return target


def render_png(svg: Path, size: int, target: Path) -> None:
    """The SVG drawn at size×size on a transparent square, written as PNG."""
    # Imported here: the rest of the script (and the test that reads DEPENDS) needs no Qt.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # QPainter needs a QGuiApplication
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"{target}: the PNG could not be written")


def install_icons(share: Path) -> None:
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ICON, scalable / ICON.name)
    for size in PNG_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        render_png(ICON, size, folder / f"{APP_ID}.png")


def stage_deb(bundle: Path, stage: Path, version: str, arch: str) -> None:
    shutil.copytree(bundle, stage / "opt" / "relais", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "relais").symlink_to("/opt/relais/relais")
    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(HERE / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo")
    install_icons(share)
    size_kib = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(CONTROL.format(
        version=version, arch=arch, size_kib=size_kib, depends=", ".join(DEPENDS),
        suggests=", ".join(SUGGESTS)), encoding="utf-8")


def make_deb(bundle: Path, out: Path, version: str, arch: str) -> Path:
    stage = out / "deb-root"
    shutil.rmtree(stage, ignore_errors=True)
    stage_deb(bundle, stage, version, arch)
    target = out / f"relais_{version}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(stage), str(target)],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(stage)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "relais")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--version", default=metadata.version("relais"))
    args = parser.parse_args()
    if not (args.bundle / "relais").is_file():
        raise SystemExit(f"{args.bundle}/relais is missing: run PyInstaller first (make package)")
    arch = architecture()
    for built in (make_tarball(args.bundle, args.out, args.version, arch),
                  make_deb(args.bundle, args.out, args.version, arch)):
        print(f"{built} ({built.stat().st_size / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
