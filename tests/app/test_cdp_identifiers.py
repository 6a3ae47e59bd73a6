"""The anonymiser's identifiers, kept per register and dropped by the change notices that touch them."""

from __future__ import annotations

import threading
import time

from app.cdp import identifiers
from app.changes import ChangeSet
from app.readmodels import PersonData
from app.services import Services


def _knows(register, word: str) -> bool:
    return any(word in term for term in identifiers.identifiers_for(register).deny.terms())


def test_identifiers_are_kept_until_a_change_touches_them(register):
    services = Services.for_register(register)
    first = identifiers.identifiers_for(register)
    assert identifiers.identifiers_for(register) is first  # not read again
    identifiers.forget_if_changed(register, ChangeSet.of(time_entries=[1], cdp_sessions=[2]))
    assert identifiers.identifiers_for(register) is first  # time and sessions hold no identifier
    person = services.persons.create(PersonData(first_name="Ghislaine", last_name="Verstraeten"))
    assert not _knows(register, "verstraeten")  # the kept copy: read before the person was added
    identifiers.forget_if_changed(register, ChangeSet.of(persons=[person.id]))
    assert identifiers.identifiers_for(register) is not first
    assert _knows(register, "verstraeten")
    identifiers.forget(register)


def test_a_bulk_change_and_the_lock_drop_them(register):
    first = identifiers.identifiers_for(register)
    identifiers.forget_if_changed(register, ChangeSet.everything())
    second = identifiers.identifiers_for(register)
    assert second is not first
    identifiers.forget(register)
    assert identifiers.identifiers_for(register) is not second
    identifiers.forget(register)


def test_a_build_overlapping_a_change_is_not_kept(register, monkeypatch):
    read = identifiers._read

    def read_while_a_write_lands(opened):
        built = read(opened)
        identifiers.forget_if_changed(opened, ChangeSet.of(persons=[1]))  # arrives during the read
        return built

    monkeypatch.setattr(identifiers, "_read", read_while_a_write_lands)
    first = identifiers.identifiers_for(register)
    monkeypatch.setattr(identifiers, "_read", read)
    assert identifiers.identifiers_for(register) is not first
    identifiers.forget(register)


def test_two_threads_asking_at_once_share_one_build(register, monkeypatch):
    """The window's warm-up and a review clicked meanwhile: one read of the register, the same result."""
    identifiers.forget(register)
    read, started, calls = identifiers._read, threading.Event(), []

    def slow_read(reg):
        calls.append(1)
        started.set()
        time.sleep(0.2)  # the second caller arrives while this one reads
        return read(reg)

    monkeypatch.setattr(identifiers, "_read", slow_read)
    results: list = []
    first = threading.Thread(target=lambda: results.append(identifiers.identifiers_for(register)))
    first.start()
    started.wait(10)
    results.append(identifiers.identifiers_for(register))
    first.join(10)
    assert len(calls) == 1 and results[0] is results[1]
    identifiers.forget(register)


def test_building_the_identifiers_never_holds_the_register_against_a_save(register, monkeypatch):
    """The deny list takes seconds on a large register (more when its word lists are built): a save made
    meanwhile must go through at once, not wait for it and fail with "register in use"."""
    from app.anonymiser import denylist
    from storage import engine

    services = Services.for_register(register)
    services.persons.create(PersonData(first_name="Odette", last_name="Lambrechts"))
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)  # a writer waiting behind a lock gives up quickly
    register.close()
    register = type(register).open_with_passphrase(register.folder, "correct horse battery staple")
    services = Services.for_register(register)
    saved: list[str] = []
    original = denylist.DenyList.__init__

    def built_while_a_save_happens(self, *args, **kwargs):
        saved.append(services.persons.create(PersonData(first_name="Marcel", last_name="Pirotte")).last_name)
        original(self, *args, **kwargs)

    monkeypatch.setattr(denylist.DenyList, "__init__", built_while_a_save_happens)
    identifiers.forget(register)
    found = identifiers.identifiers_for(register)
    assert saved == ["Pirotte"]
    assert any("lambrechts" in term for term in found.deny.terms())
    identifiers.forget(register)
    register.close()
