"""The launcher: xcb libraries checked before Qt aborts; a second start raises the first window."""

from __future__ import annotations

import ctypes.util

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.shell import launcher
from ui.shell.instance_guard import InstanceServer, ask_running_instance_to_raise


@pytest.fixture
def own_temp_folder(tmp_path, monkeypatch):
    """Local sockets live in the temporary folder: each test gets its own, never a running Relais's."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize(("requested", "xcb"), [("", True), ("xcb", True), ("xcb:display=:1", True),
                                                ("offscreen", False), ("wayland;xcb", False)])
def test_xcb_is_checked_only_when_qt_will_use_it(requested, xcb):
    environ = {"QT_QPA_PLATFORM": requested} if requested else {}
    assert launcher.uses_xcb(environ, "linux") is xcb
    assert launcher.uses_xcb(environ, "win32") is False


def test_a_missing_xcb_library_names_its_package_in_one_line():
    absent = {"libxcb-cursor.so.0"}
    packages = launcher.missing_display_packages({}, loads=lambda soname: soname not in absent)
    assert packages == ["libxcb-cursor0"]
    line = launcher.missing_display_line(packages)
    assert "\n" not in line and "libxcb-cursor0" in line and "apt install libxcb-cursor0" in line


def test_nothing_is_missing_when_every_library_loads_or_another_platform_is_asked():
    assert launcher.missing_display_packages({}, loads=lambda soname: True) == []
    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    assert launcher.missing_display_packages(offscreen, loads=lambda soname: False) == []


def test_library_probe_uses_the_dynamic_loader():
    assert launcher.library_loads(ctypes.util.find_library("c") or "libc.so.6")
    assert not launcher.library_loads("libnot-a-relais-library.so.7")


def test_window_start_without_xcb_prints_the_package_and_fails(monkeypatch, capsys):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(launcher.sys, "platform", "linux")
    monkeypatch.setattr(launcher, "library_loads", lambda soname: soname != "libxcb-icccm.so.4")
    assert launcher.main([]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "libxcb-icccm4" in err[0]


def test_no_running_instance_means_nobody_answers(qtbot, own_temp_folder):
    assert ask_running_instance_to_raise() is False


def test_second_start_asks_the_running_window_forward_and_exits(qtbot, own_temp_folder, capsys):
    server = InstanceServer()
    assert server.listen()
    with qtbot.waitSignal(server.raise_requested, timeout=5000):
        assert launcher.open_window(None) == 0
    assert "déjà ouvert" in capsys.readouterr().err
    server.close()


def test_a_socket_left_by_a_crashed_relais_is_taken_over(qtbot, own_temp_folder):
    successor = InstanceServer()
    (own_temp_folder / successor.name).touch()  # what a killed Relais leaves: the file, nobody listening
    assert successor.listen()
    assert (own_temp_folder / successor.name).is_socket()
    with qtbot.waitSignal(successor.raise_requested, timeout=5000):
        assert ask_running_instance_to_raise()
    successor.close()


def test_raise_restores_a_minimised_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    launcher.raise_windows()
    assert not window.windowState() & Qt.WindowState.WindowMinimized
