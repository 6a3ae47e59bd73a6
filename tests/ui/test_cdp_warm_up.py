"""The CdP page gets the export ready when it opens, and the writes announced by the runner keep it true."""

from __future__ import annotations

from app.cdp import identifiers
from app.changes import ChangeSet
from app.readmodels import PersonData
from tests.ui.conftest import show_active, wait_for_writes
from ui.cdp import warm_up
from ui.cdp.sessions_page import CdpSessionsPage
from ui.common.operations import runner_for


def _known(register, word: str) -> bool:
    return any(word in term for term in identifiers.identifiers_for(register).deny.terms())


def test_opening_the_page_reads_the_identifiers_off_the_gui_thread(qtbot, services):
    identifiers.forget(services.register)
    page = show_active(qtbot, CdpSessionsPage(services, use_ner=False), (1100, 750))
    qtbot.waitUntil(lambda: identifiers._slots.get(services.register) is not None
                    and identifiers._slots[services.register].identifiers is not None, timeout=20_000)
    assert page.isVisible()
    page.hide()  # leaving the page ends the NER child (none here: use_ner=False) and keeps the identifiers
    warm_up.cool_down().join(timeout=10)
    assert identifiers._slots[services.register].identifiers is not None
    identifiers.forget(services.register)


def test_a_write_through_the_runner_drops_the_kept_identifiers(qtbot, services):
    assert not _known(services.register, "verstraeten")
    runner = runner_for(services)
    runner.run(lambda s: s.persons.create(PersonData(first_name="Ghislaine", last_name="Verstraeten")),
               changes=ChangeSet())
    wait_for_writes(qtbot, services)
    assert not _known(services.register, "verstraeten")  # the write said it changed nothing: kept
    runner.run(lambda s: s.persons.create(PersonData(first_name="Rik", last_name="Vanderveken")),
               changes=lambda person: ChangeSet.of(persons=[person.id]))
    wait_for_writes(qtbot, services)
    assert _known(services.register, "verstraeten") and _known(services.register, "vanderveken")
    runner.shut_down()  # at lock: the names leave memory
    assert services.register not in identifiers._slots


def test_after_an_export_the_cool_down_gives_the_identifiers_memory_back(qtbot, services):
    import linecache

    warm_up.warm_up(services, use_ner=False).join(timeout=20)
    assert identifiers._slots[services.register].identifiers is not None
    linecache.getlines(__file__)
    warm_up.cool_down(release=services).join(timeout=20)
    assert services.register not in identifiers._slots  # the names leave memory once the export is written
    assert __file__ not in linecache.cache
