"""keyslots.json survives: two checksummed copies, damage told from a wrong secret, repair from the good
copy, `verify` checks every slot, hostile key-derivation settings are refused (issue 13, findings 3, 8)."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path

import pytest

from storage.errors import KeySlotsError, WrongSecretError
from storage.register import Register
from tests.conftest import PASSPHRASE
from tests.storage.test_register import KEY_FILES, edit_keyslots, snapshot_files


def _flip_bit_in_slot(path: Path, slot: str) -> None:
    """One bit of the wrapped key flipped, the JSON (and its checksum field) otherwise untouched."""
    data = json.loads(path.read_text())
    wrapped = bytearray(base64.b64decode(data["slots"][slot]["wrapped_key"]))
    wrapped[5] ^= 0x04
    data["slots"][slot]["wrapped_key"] = base64.b64encode(bytes(wrapped)).decode()
    path.write_text(json.dumps(data, indent=2) + "\n")


def test_a_new_register_has_two_identical_checksummed_copies(register_dir):
    main, backup = (register_dir / name for name in KEY_FILES)
    assert main.read_bytes() == backup.read_bytes()
    assert len(json.loads(main.read_text())["sha256"]) == 64


@pytest.mark.parametrize("slot", ["passphrase", "recovery"])
def test_flipped_bit_in_one_copy_is_repaired_from_the_other(register_dir, recovery_code, slot):
    _flip_bit_in_slot(register_dir / "keyslots.json", slot)
    secret = PASSPHRASE if slot == "passphrase" else recovery_code
    opener = Register.open_with_passphrase if slot == "passphrase" else Register.open_with_recovery_code
    with opener(register_dir, secret) as register:
        assert "register.keyslots_repaired" in [warning.code for warning in register.warnings]
        register.verify()
    main, backup = (register_dir / name for name in KEY_FILES)
    assert main.read_bytes() == backup.read_bytes()


def test_flipped_bit_in_both_copies_is_damage_not_a_wrong_passphrase(register_dir):
    for name in KEY_FILES:
        _flip_bit_in_slot(register_dir / name, "passphrase")
    before = snapshot_files(register_dir)
    with pytest.raises(KeySlotsError) as caught:
        Register.open_with_passphrase(register_dir, PASSPHRASE)
    assert caught.value.code == "keyslots.damaged"
    assert not isinstance(caught.value, WrongSecretError)
    assert snapshot_files(register_dir) == before


def test_deleted_key_file_is_restored_from_its_copy(register_dir):
    (register_dir / "keyslots.json").unlink()
    Register.open_with_passphrase(register_dir, PASSPHRASE).close()
    assert (register_dir / "keyslots.json").is_file()


def test_verify_finds_a_copy_damaged_after_opening(register):
    _flip_bit_in_slot(register.folder / "keyslots.backup.json", "recovery")
    with pytest.raises(KeySlotsError) as caught:
        register.verify()
    assert caught.value.code == "keyslots.copy_damaged"


def test_verify_checks_the_recovery_slot_structurally(register_dir):
    def truncate_recovery(data: dict) -> None:
        wrapped = base64.b64decode(data["slots"]["recovery"]["wrapped_key"])
        data["slots"]["recovery"]["wrapped_key"] = base64.b64encode(wrapped[:40]).decode()

    edit_keyslots(register_dir, truncate_recovery)
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register, \
            pytest.raises(KeySlotsError) as caught:
        register.verify()
    assert caught.value.code == "keyslots.damaged_slot"


@pytest.mark.parametrize("setting, value", [("iterations", 10**9), ("memory_kib", 2**31), ("lanes", 2**20)])
def test_hostile_kdf_settings_are_refused_at_once(register_dir, setting, value):
    edit_keyslots(register_dir, lambda data: data["slots"]["passphrase"]["kdf"].update({setting: value}))
    start = time.monotonic()
    with pytest.raises(KeySlotsError) as caught:
        Register.open_with_passphrase(register_dir, PASSPHRASE)
    assert caught.value.code == "keyslots.kdf_too_costly"
    assert time.monotonic() - start < 5
