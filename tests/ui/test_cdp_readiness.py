"""The CdP export is made ready once the window idles after unlocking, and its memory goes back at lock."""

from __future__ import annotations

import os

import pytest

from app.anonymiser import ner_process
from app.cdp import identifiers
from ui.cdp import readiness as readiness_module
from ui.cdp.readiness import CdpReadiness
from ui.shell import warm_up as shell_warm_up
from ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, services, preferences, filled, monkeypatch) -> MainWindow:
    monkeypatch.setattr(readiness_module, "CHILD_MS", 10)
    monkeypatch.setattr(readiness_module, "START_MS", 50)
    monkeypatch.setattr(shell_warm_up, "finished", lambda: True)  # the window's own imports: done here
    identifiers.forget(services.register)
    window = MainWindow(services, preferences, language="fr")
    qtbot.addWidget(window)
    window.show()
    yield window
    ner_process.stop()


def _kept(register) -> bool:
    slot = identifiers._slots.get(register)
    return slot is not None and slot.identifiers is not None


def test_the_child_and_the_identifiers_are_ready_before_the_cdp_page_opens(qtbot, window, services):
    window.cdp_readiness = CdpReadiness(window)
    qtbot.waitUntil(lambda: ner_process.current() is not None and _kept(services.register), timeout=30_000)
    worker = ner_process.current()
    assert window.tool_pages.page("cdp") is None  # nobody opened the CdP page
    qtbot.waitUntil(lambda: os.getpriority(os.PRIO_PROCESS, worker.process.pid) >= 10, timeout=20_000)
    assert os.getpriority(os.PRIO_PROCESS, os.getpid()) < 10  # only the child yields the CPU, not the window
    window.lock()
    qtbot.waitUntil(lambda: ner_process.current() is None and not worker.process.is_alive(), timeout=20_000)
    assert not _kept(services.register)  # the names left memory with the register


def test_after_idle_minutes_away_from_the_cdp_page_the_child_ends(qtbot, window, services):
    window.cdp_readiness = readiness = CdpReadiness(window)
    qtbot.waitUntil(lambda: ner_process.current() is not None, timeout=30_000)
    worker = ner_process.current()
    readiness.end_timer.setInterval(10)
    readiness.end_timer.start()
    qtbot.waitUntil(lambda: ner_process.current() is None and not worker.process.is_alive(), timeout=20_000)
