"""Shared fixtures: real encrypted registers in temporary folders and real keyring backends.

Creating a register runs Argon2id with 64 MiB, so one template is created per test session (with a single
iteration: the memory cost stays the real one) and copied for each test.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from storage.register import Register
from tests import property_budget  # noqa: F401 - loads the Hypothesis profile (HYPOTHESIS_PROFILE)

# The anonymiser's word-list cache (app/anonymiser/wordlist_cache.py) of this test run, not the user's.
os.environ["RELAIS_CACHE_DIR"] = tempfile.mkdtemp(prefix="relais-test-cache-")
atexit.register(shutil.rmtree, os.environ["RELAIS_CACHE_DIR"], True)

PASSPHRASE = "correct horse battery staple"


class DictKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring backend: real keyring API, no OS secret store touched by tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("absent")


@pytest.fixture(autouse=True)
def _no_os_keyring() -> Iterator[None]:
    """By default tests see the `fail` backend, as on a headless Linux machine."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> DictKeyring:
    backend = DictKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(scope="session")
def template_register(tmp_path_factory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("template") / "register"
    register, recovery_code = Register.create(folder, PASSPHRASE, iterations=1)
    register.close()
    return folder, recovery_code


@pytest.fixture
def register_dir(template_register, tmp_path) -> Path:
    target = tmp_path / "register"
    shutil.copytree(template_register[0], target)
    return target


@pytest.fixture
def recovery_code(template_register) -> str:
    return template_register[1]


@pytest.fixture
def register(register_dir) -> Iterator[Register]:
    opened = Register.open_with_passphrase(register_dir, PASSPHRASE)
    yield opened
    opened.close()
