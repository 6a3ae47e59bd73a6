"""The optional "remember on this computer" slot: the data key itself in the OS keyring.

The keyring is a convenience, never the only way in and never replaced by a plaintext fallback. Every failure
(no backend on headless Linux, a locked keyring, a stale key) becomes a KeyringUnavailableError whose French
message tells the referent why the keyring was not used; the passphrase path always remains.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, KeyringLocked, NoKeyringError, PasswordDeleteError

from storage.errors import KeyringUnavailableError

SERVICE = "Relais"


def _account(register_id: str) -> str:
    return f"register:{register_id}"


def keyring_available() -> bool:
    """True when a real backend is configured (not the `fail` backend nor a disabled one)."""
    backend = keyring.get_keyring()
    try:
        return backend.priority > 0  # the fail/null backends report priority 0
    except Exception:
        return False


def store_key(register_id: str, data_key: bytes) -> None:
    try:
        keyring.set_password(SERVICE, _account(register_id), data_key.hex())
    except Exception as exc:
        raise KeyringUnavailableError(_reason(exc)) from None


def load_key(register_id: str) -> bytes | None:
    """The remembered key, or None when nothing is remembered for this register."""
    try:
        stored = keyring.get_password(SERVICE, _account(register_id))
    except Exception as exc:
        raise KeyringUnavailableError(_reason(exc)) from None
    if stored is None:
        return None
    try:
        return bytes.fromhex(stored)
    except ValueError:
        raise KeyringUnavailableError("keyring.unreadable_key") from None


def forget_key(register_id: str) -> None:
    try:
        keyring.delete_password(SERVICE, _account(register_id))
    except PasswordDeleteError:
        return  # nothing was remembered
    except Exception as exc:
        raise KeyringUnavailableError(_reason(exc)) from None


def _reason(exc: BaseException) -> str:
    """The code of a keyring failure (the backend's own message may name the account: never kept)."""
    if isinstance(exc, NoKeyringError):
        return "keyring.none"
    if isinstance(exc, KeyringLocked):
        return "keyring.locked"
    if isinstance(exc, KeyringError):
        return "keyring.refused"
    return "keyring.no_answer"
