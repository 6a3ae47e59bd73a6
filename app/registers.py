"""Use cases on a whole register, for both front doors: the window (ui/) and the command line (app/cli/).

Create one; tell whether a folder holds one; unlock it by passphrase, recovery code or the key remembered on
this computer (the OS keyring); change the passphrase; remember or forget it on this computer; back it up
(to a chosen file, or automatically into its own backups/ folder); restore and verify a backup; erase a person
after an automatic backup. The front doors never reach `storage/` themselves (import-linter contracts in
pyproject.toml): what they need from it is re-exported here — the `Register` handle (opaque: pass it back to
the use cases and services, use `folder` and `backups_dir` for display) and the errors they catch.

Secrets are only passed through, never logged nor kept: the passphrase and recovery code go straight to the
key derivation of storage/keyslots.py.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from storage.errors import (
    BackupError,
    KeyringUnavailableError,
    KeySlotsError,
    NotARegisterError,
    RegisterDamagedError,
    RegisterError,
    RegisterExistsError,
    RegisterInUseError,
    RegisterStorageError,
    RegisterWarning,
    SchemaTooNewError,
    WrongSecretError,
)
from storage.layout import is_register as _is_register
from storage.layout import load_keyslots

if TYPE_CHECKING:
    from app.readmodels import ErasureReport
    from storage.register import Register

# SQLAlchemy, SQLModel, the models, the keyring and the key slots' cryptography load on first use, not on
# import: the unlock window imports this module and is shown before them (issue 14). `Register` is still
# importable from here (module __getattr__).

__all__ = [
    "ERASURE_BACKUP_REASON",
    "BackupError",
    "KeySlotsError",
    "KeyringUnavailableError",
    "NotARegisterError",
    "Register",
    "RegisterDamagedError",
    "RegisterError",
    "RegisterExistsError",
    "RegisterInUseError",
    "RegisterStorageError",
    "RegisterWarning",
    "SchemaTooNewError",
    "WhileChecking",
    "WrongSecretError",
    "back_up",
    "back_up_automatically",
    "backups_holding_erased_data",
    "change_passphrase",
    "check_register",
    "create",
    "discard_restored",
    "erase_person_after_backup",
    "forget_on_this_computer",
    "is_register",
    "is_remembered",
    "keyring_available",
    "purge_backups",
    "remember_on_this_computer",
    "replace_passphrase",
    "restore",
    "unlock_with_keyring",
    "unlock_with_passphrase",
    "unlock_with_recovery_code",
    "unlock_with_remembered_key",
    "unpack_backup",
    "verify",
]

# A read-only function of the register being opened, run during its integrity check (storage/register.py).
WhileChecking = Callable[["Register"], object] | None
ERASURE_BACKUP_REASON = "avant-effacement"  # in the automatic backup's file name


def __getattr__(name: str) -> object:
    if name == "Register":
        from storage.register import Register

        return Register
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _register_class() -> type[Register]:
    from storage.register import Register

    return Register


def _keyring():  # the storage.keyring_store module
    from storage import keyring_store

    return keyring_store


def _backup():  # the storage.backup module
    from storage import backup

    return backup


# -- creating and recognising ---------------------------------------------------------------------------
def create(folder: Path, passphrase: str, *, iterations: int | None = None) -> tuple[Register, str]:
    """A new, unlocked register in an empty (or new) folder, with its recovery code (shown once, never
    stored in clear). `iterations` None tunes the key derivation to about half a second on this computer."""
    return _register_class().create(folder, passphrase, iterations=iterations)


def is_register(folder: Path) -> bool:
    """True when `folder` holds a register (its key file and database); opens nothing."""
    return _is_register(folder)


def check_register(folder: Path) -> None:
    """Raise NotARegisterError or KeySlotsError when `folder` is not a readable register, so that a wrong
    folder is reported before any secret is asked; writes nothing."""
    load_keyslots(folder)


# -- unlocking ------------------------------------------------------------------------------------------
def unlock_with_passphrase(folder: Path, passphrase: str, *,
                           while_checking: WhileChecking = None) -> Register:
    """Raise WrongSecretError for a wrong passphrase, before the database is touched."""
    return _register_class().open_with_passphrase(folder, passphrase, while_checking=while_checking)


def unlock_with_recovery_code(folder: Path, code: str, *, while_checking: WhileChecking = None) -> Register:
    """Spaces, dashes and capitals in `code` do not matter."""
    return _register_class().open_with_recovery_code(folder, code, while_checking=while_checking)


def unlock_with_keyring(folder: Path, *, while_checking: WhileChecking = None) -> Register:
    """Unlock with the key remembered on this computer; KeyringUnavailableError says why not (none
    remembered, no keyring, a stale key)."""
    return _register_class().open_with_keyring(folder, while_checking=while_checking)


def unlock_with_remembered_key(folder: Path, *, while_checking: WhileChecking = None) -> Register | None:
    """The register opened with the key remembered on this computer, or None when none is (or there is no
    keyring): the quiet first attempt of the window. A keyring that fails to answer still raises."""
    slots = load_keyslots(folder)
    if not _keyring().keyring_available() or _keyring().load_key(slots.register_id) is None:
        return None
    return _register_class().open_with_keyring(folder, while_checking=while_checking)


# -- keys: passphrase and this computer's keyring -------------------------------------------------------
def change_passphrase(register: Register, current: str, new: str) -> None:
    """Rewrap the data key with `new` after checking `current` (WrongSecretError when it is not the
    passphrase). The database, the recovery code and a remembered key are untouched."""
    from storage.keyslots import PASSPHRASE_SLOT

    load_keyslots(register.folder).unwrap(PASSPHRASE_SLOT, current)
    register.change_passphrase(new)


def replace_passphrase(register: Register, new: str) -> None:
    """Rewrap the data key with `new`: for a register unlocked just now (the CLI's `passwd`, possibly with
    the recovery code), where the unlocking was the proof. WrongSecretError when `new` is empty."""
    register.change_passphrase(new)


def keyring_available() -> bool:
    """True when this computer has a usable keyring backend (not on a headless Linux machine)."""
    return _keyring().keyring_available()


def is_remembered(register: Register) -> bool:
    """True when this register's key is in this computer's keyring (False too when there is no keyring or it
    does not answer)."""
    try:
        return _keyring().keyring_available() and _keyring().load_key(register.register_id) is not None
    except KeyringUnavailableError:
        return False


def remember_on_this_computer(register: Register) -> None:
    """Keep the data key in the OS keyring; KeyringUnavailableError says why not (the passphrase keeps
    working either way)."""
    register.remember_in_keyring()


def forget_on_this_computer(register: Register) -> None:
    """Remove the key from the OS keyring (nothing remembered is fine); KeyringUnavailableError when the
    keyring does not answer."""
    register.forget_keyring()


# -- verifying, backing up, restoring -------------------------------------------------------------------
def verify(register: Register) -> None:
    """The thorough checks (cipher HMACs, integrity_check, foreign keys, both key-file copies and every slot);
    RegisterDamagedError or KeySlotsError on failure."""
    register.verify()


def back_up(register: Register, target: Path) -> Path:
    """A verified backup of the unlocked register written to `target` (a new .relais-backup file), noted in
    the register as its last good backup (app.daily_backup)."""
    path = _backup().create_backup(register, target)
    _note_backup(register)
    return path


def back_up_automatically(register: Register, reason: str) -> Path:
    """A backup in the register's own backups/ folder, `reason` in its name; the oldest ones are rotated."""
    path = _backup().create_automatic_backup(register, reason)
    _note_backup(register)
    return path


def _note_backup(register: Register) -> None:
    from app import clock, daily_backup

    daily_backup.record_backup(register, clock.local_now())


def unpack_backup(source: Path, folder: Path) -> dict[str, int] | None:
    """Unpack a backup into an empty (or new) folder; nothing proves yet that it opens (see `restore`).
    Returns the row count of each table recorded in the backup (None for older backups)."""
    return _backup().restore_backup(source, folder)


def restore(source: Path, folder: Path, unlock: Callable[[Path], Register]) -> None:
    """Unpack `source` into `folder`, open it with `unlock(folder)` (which asks for the secret) and verify
    it; if it does not open or is damaged, nothing unpacked is left behind."""
    existed = Path(folder).exists()
    expected_counts = unpack_backup(source, folder)
    try:
        with unlock(Path(folder)) as register:
            register.verify(expected_counts)
    except (RegisterError, OSError, ValueError):
        discard_restored(Path(folder), keep_folder=existed)
        raise


def discard_restored(folder: Path, *, keep_folder: bool) -> None:
    """Remove what a restore unpacked (and the folder itself when the restore created it)."""
    for child in folder.iterdir():
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    if not keep_folder:
        folder.rmdir()


# -- erasing a person -----------------------------------------------------------------------------------
def erase_person_after_backup(register: Register, person_id: int) -> tuple[Path, ErasureReport]:
    """Back the whole register up (automatically, into its backups/ folder), then erase the person and
    everything linked. If the backup fails (RegisterError), nothing is erased. The erasure's dates are kept
    (no identity) so that `backups_holding_erased_data` can list the older backups that still hold them."""
    from app import erased_backups

    since = erased_backups.person_since(register, person_id)
    backup = back_up_automatically(register, ERASURE_BACKUP_REASON)
    from app.persons import PersonService

    report = PersonService(register).erase(person_id)
    from datetime import datetime  # not on the way to the unlock window (issue 14)

    erased_backups.record_erasure(register, since, datetime.now())  # local time, as in backup names
    return backup, report


def backups_holding_erased_data(register: Register, daily_folders: tuple[Path, ...] = ()) -> list:
    """The backups that still hold a person erased since they were taken (app.erased_backups), the daily
    backups in `daily_folders` included."""
    from app import erased_backups

    return erased_backups.backups_holding_erased_data(register, daily_folders)


def purge_backups(register: Register, held: list, daily_folders: tuple[Path, ...] = ()) -> int:
    """Delete exactly those backups (app.erased_backups); returns how many were deleted."""
    from app import erased_backups

    return erased_backups.purge_backups(register, held, daily_folders)
