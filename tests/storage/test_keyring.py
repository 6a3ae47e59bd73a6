"""The "remember on this computer" slot with a real dict-backed backend and keyring's `fail` backend."""

from __future__ import annotations

import keyring
import keyring.errors

from storage import keyring_store
from storage.errors import KeyringUnavailableError
from storage.keyslots import new_data_key
from storage.register import Register
from tests.conftest import PASSPHRASE, DictKeyring
from tests.error_texts import raises_message


def test_remembered_key_unlocks_without_passphrase(register, register_dir, memory_keyring):
    register.remember_in_keyring()
    register.close()
    assert len(memory_keyring.store) == 1
    stored = next(iter(memory_keyring.store.values()))
    assert stored not in (register_dir / "keyslots.json").read_text()
    with Register.open_with_keyring(register_dir) as reopened, reopened.session():
        pass


def test_forget_removes_the_key(register, register_dir, memory_keyring):
    register.remember_in_keyring()
    register.forget_keyring()
    register.forget_keyring()  # forgetting twice is harmless
    assert memory_keyring.store == {}
    with raises_message(KeyringUnavailableError, match="pas mémorisé"):
        Register.open_with_keyring(register_dir)


def test_no_backend_is_explained_and_passphrase_still_works(register, register_dir):
    assert not keyring_store.keyring_available()  # the autouse fixture installs the `fail` backend
    with raises_message(KeyringUnavailableError, match="Aucun trousseau"):
        register.remember_in_keyring()
    register.close()
    with raises_message(KeyringUnavailableError, match="Aucun trousseau"):
        Register.open_with_keyring(register_dir)
    Register.open_with_passphrase(register_dir, PASSPHRASE).close()


def test_stale_key_is_detected_without_touching_the_database(register, register_dir, memory_keyring):
    register.close()
    keyring_store.store_key(register.register_id, new_data_key())
    with raises_message(KeyringUnavailableError, match="ne correspond plus"):
        Register.open_with_keyring(register_dir)
    Register.open_with_passphrase(register_dir, PASSPHRASE).close()


class LockedKeyring(DictKeyring):
    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("locked")


def test_locked_keyring_is_explained(register_dir):
    keyring.set_keyring(LockedKeyring())
    with raises_message(KeyringUnavailableError, match="verrouillé"):
        Register.open_with_keyring(register_dir)


def test_available_with_a_real_backend(memory_keyring):
    assert keyring_store.keyring_available()
