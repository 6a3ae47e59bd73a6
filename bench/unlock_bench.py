"""Unlock costs: register creation (KDF tuning), passphrase, recovery code and keyring unlocks.

Usage: .venv/bin/python bench/unlock_bench.py [--register DIR --passphrase-stdin]
Without --register a fresh empty register is created in a temporary folder with the real tuned KDF.
The keyring figure uses an in-memory keyring backend: it measures Relais's side, not the OS secret store.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
import keyring
import keyring.backend
from _common import report, timed

from storage.register import Register


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--register", type=Path)
    parser.add_argument("--passphrase-stdin", action="store_true")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        if args.register:
            folder, passphrase, code = args.register, sys.stdin.readline().rstrip("\n"), None
        else:
            folder, passphrase = Path(tmp) / "register", "phrase de passe du banc d'essai"
            start = time.perf_counter()
            created, code = Register.create(folder, passphrase)
            results["create_ms"] = round((time.perf_counter() - start) * 1000, 1)
            created.close()
        slot = Register.open_with_passphrase(folder, passphrase)
        results["argon2id"] = slot.keyslots.slots["passphrase"].kdf.to_json() | {"salt": "…"}
        slot.remember_in_keyring()
        slot.close()
        results["unlock_passphrase"] = timed(
            lambda: Register.open_with_passphrase(folder, passphrase).close()
        )
        if code:
            results["unlock_recovery_code"] = timed(
                lambda: Register.open_with_recovery_code(folder, code).close()
            )
        results["unlock_keyring"] = timed(lambda: Register.open_with_keyring(folder).close())
        report(results)


if __name__ == "__main__":
    main()
