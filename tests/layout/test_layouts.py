"""Layout tests: every page and dialog of the window on six screens, each in a process of its own.

The offscreen platform is given a screen of the wanted size (its `configfile` option) and, for two of them,
QT_SCALE_FACTOR=1.5 — both are read when the QApplication starts, hence a fresh pytest run of
tests/layout/screens_check.py per screen. At 150 %, 1600×1000 is 1066×666 logical pixels and 1280×800
is 853×533. The last two are screens in Dutch (the interface's language: a name's suffix).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCREENS = {  # name: (width, height, scale factor)
    "1180x720": (1180, 720, None),
    "1024x640": (1024, 640, None),
    "1600x1000@1.5": (1600, 1000, "1.5"),  # the screen of the finding: 1066×666 logical pixels
    "1280x800@1.5": (1280, 800, "1.5"),
    "1024x640 nl": (1024, 640, None),  # Dutch words are often the longest of the three languages
    "1280x800@1.5 nl": (1280, 800, "1.5"),  # and the smallest logical screen, in Dutch
}


def screen_environment(name: str, folder: Path) -> dict[str, str]:
    width, height, scale = SCREENS[name]
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [
        {"name": name, "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}]}))
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_SCALE")}
    env |= {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "RELAIS_LAYOUT_SCREEN": name,
            "PYTHONPATH": str(ROOT), "RELAIS_LAYOUT_LANGUAGE": name.partition(" ")[2] or "fr"}
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    return env


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, subprocess.Popen]:
    """The runs start together (each mostly waits on its own QApplication) and are awaited by name."""
    started = {}
    for name in SCREENS:
        folder = tmp_path_factory.mktemp("screen")
        started[name] = subprocess.Popen(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(HERE / "screens_check.py")],
            cwd=ROOT, env=screen_environment(name, folder), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True)
    yield started
    for run in started.values():
        if run.poll() is None:
            run.kill()
            run.wait()


@pytest.mark.parametrize("name", SCREENS)
def test_every_page_and_dialog_fits(runs, name):
    output, _ = runs[name].communicate(timeout=600)
    assert runs[name].returncode == 0, output[-8000:]
