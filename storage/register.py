"""A register folder: `register.db` (SQLCipher), `keyslots.json` (wrapped data key), `backups/`.

Opening checks, in order and without writing anything: the folder and both files exist; keyslots.json parses;
the secret unwraps the data key (a wrong one stops here, before the database is touched); the database passes
`cipher_integrity_check`. Only then are pending migrations applied and the register returned.

`while_checking` (optional, for the window): a read-only function of the opened register run *during* the
integrity check, on the calling thread while the check runs on another (SQLCipher releases the GIL), so the
first rows are read in the check's shadow. If the check fails the register is closed, whatever was read is
dropped by the caller (the exception replaces the result) and RegisterDamagedError is raised; with a
migration pending there is no overlap: check, migrate, then the function.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from storage import keyring_store, models  # noqa: F401 - models registers the tables
from storage.engine import KeyHolder, build_engine, check_integrity, dispose_engine, raw_connection
from storage.errors import (
    KeyringUnavailableError,
    NotARegisterError,
    RegisterExistsError,
    WrongSecretError,
)
from storage.keyslots import (
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    KeySlots,
    new_data_key,
    new_recovery_code,
    tune_iterations,
)
from storage.layout import BACKUPS_NAME, DB_NAME, KEYSLOTS_NAME, is_register, load_keyslots
from storage.migrations import CURRENT_VERSION, migrate, schema_version

__all__ = ["BACKUPS_NAME", "DB_NAME", "KEYSLOTS_NAME", "Register", "is_register", "load_keyslots"]


class Register:
    """An unlocked register. Build it with `create` or one of the `open_*` class methods."""

    def __init__(self, folder: Path, keyslots: KeySlots, data_key: bytes) -> None:
        self.folder = folder
        self.keyslots = keyslots
        self._key = KeyHolder(data_key)
        self._iterations = keyslots.slots[PASSPHRASE_SLOT].kdf.iterations
        self.engine: Engine | None = build_engine(self.db_path, self._key)

    def __repr__(self) -> str:
        return f"Register({self.folder.name!r}, {'ouvert' if self.engine else 'verrouillé'})"

    # -- paths ----------------------------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def keyslots_path(self) -> Path:
        return self.folder / KEYSLOTS_NAME

    @property
    def backups_dir(self) -> Path:
        return self.folder / BACKUPS_NAME

    @property
    def register_id(self) -> str:
        return self.keyslots.register_id

    # -- creation -------------------------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, passphrase: str, *, iterations: int | None = None) -> tuple[Register, str]:
        """Create a new register; returns it with the recovery code (shown once, never stored in clear)."""
        folder = Path(folder)
        if folder.exists() and any(folder.iterdir()):
            raise RegisterExistsError("register.folder_not_empty", folder=folder.name)
        if not passphrase:
            raise WrongSecretError("register.empty_passphrase")
        existed = folder.exists()
        folder.mkdir(parents=True, exist_ok=True)
        data_key, recovery_code = new_data_key(), new_recovery_code()
        try:
            slots = KeySlots.create(data_key, passphrase, recovery_code, iterations or tune_iterations())
            _create_database(folder / DB_NAME, data_key)
            (folder / BACKUPS_NAME).mkdir(exist_ok=True)
            slots.save(folder / KEYSLOTS_NAME)  # last: a folder without keyslots.json is not a register
        except BaseException:
            _remove_partial_register(folder, remove_folder=not existed)
            raise
        return cls(folder, slots, data_key), recovery_code

    # -- opening --------------------------------------------------------------------------------------
    @classmethod
    def open_with_passphrase(cls, folder: Path, passphrase: str, *,
                             while_checking: Callable[[Register], object] | None = None) -> Register:
        slots = load_keyslots(folder)
        return cls._open(Path(folder), slots, slots.unwrap(PASSPHRASE_SLOT, passphrase), while_checking)

    @classmethod
    def open_with_recovery_code(cls, folder: Path, code: str, *,
                                while_checking: Callable[[Register], object] | None = None) -> Register:
        slots = load_keyslots(folder)
        return cls._open(Path(folder), slots, slots.unwrap(RECOVERY_SLOT, code), while_checking)

    @classmethod
    def open_with_keyring(cls, folder: Path, *,
                          while_checking: Callable[[Register], object] | None = None) -> Register:
        """Unlock with the key remembered on this computer; KeyringUnavailableError says why not."""
        slots = load_keyslots(folder)
        data_key = keyring_store.load_key(slots.register_id)
        if data_key is None:
            raise KeyringUnavailableError("keyring.not_remembered")
        if not slots.matches(data_key):
            raise KeyringUnavailableError("keyring.stale_key")
        return cls._open(Path(folder), slots, data_key, while_checking)

    @classmethod
    def _open(cls, folder: Path, slots: KeySlots, data_key: bytes,
              while_checking: Callable[[Register], object] | None = None) -> Register:
        key = KeyHolder(data_key)
        try:
            conn = raw_connection(folder / DB_NAME, key)
        except FileNotFoundError:
            raise NotARegisterError("register.no_database", folder=folder.name) from None
        try:
            if while_checking is not None and schema_version(conn) == CURRENT_VERSION:
                return cls._open_overlapped(folder, slots, data_key, conn, while_checking)
            check_integrity(conn)
            migrate(conn, folder / BACKUPS_NAME)
        finally:
            conn.close()
            key.wipe()
        register = cls(folder, slots, data_key)
        if while_checking is not None:
            try:
                while_checking(register)
            except BaseException:
                register.close()
                raise
        return register

    @classmethod
    def _open_overlapped(cls, folder: Path, slots: KeySlots, data_key: bytes, conn,
                         while_checking: Callable[[Register], object]) -> Register:
        """`check_integrity(conn)` on a helper thread while `while_checking` reads on this one; the check
        decides: a failed check closes the register and raises, whatever the function read or raised."""
        failure: list[BaseException] = []

        def check() -> None:
            try:
                check_integrity(conn)
            except BaseException as error:  # handed to the opening thread below
                failure.append(error)

        checker = threading.Thread(target=check, name="relais-integrity-check", daemon=True)
        register = cls(folder, slots, data_key)
        checker.start()
        try:
            while_checking(register)
        except BaseException:
            checker.join()
            register.close()
            if failure:
                raise failure[0] from None
            raise
        checker.join()
        if failure:
            register.close()
            raise failure[0]
        return register

    # -- use ------------------------------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short unit of work; commits on success, rolls back on error."""
        if self.engine is None:
            raise WrongSecretError("register.locked")
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def verify(self) -> None:
        """The thorough checks of `relais verify` (cipher HMACs, integrity_check, foreign keys)."""
        conn = raw_connection(self.db_path, self._key)
        try:
            check_integrity(conn, thorough=True)
        finally:
            conn.close()

    def raw_connection(self):
        """A keyed DB-API connection for maintenance (VACUUM, backups); the caller closes it."""
        return self.connect_file(self.db_path)

    def connect_file(self, path: Path):
        """A keyed connection to another file encrypted with this register's key (a snapshot)."""
        if self.engine is None:
            raise WrongSecretError("register.locked")
        return raw_connection(path, self._key)

    # -- keys -----------------------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key with a new passphrase; the database is not touched."""
        if not new_passphrase:
            raise WrongSecretError("register.empty_new_passphrase")
        self.keyslots.set_slot(PASSPHRASE_SLOT, self._data_key(), new_passphrase, self._iterations)
        self.keyslots.save(self.keyslots_path)

    def remember_in_keyring(self) -> None:
        keyring_store.store_key(self.register_id, self._data_key())

    def forget_keyring(self) -> None:
        keyring_store.forget_key(self.register_id)

    def _data_key(self) -> bytes:
        if self.engine is None:
            raise WrongSecretError("register.locked")
        return bytes.fromhex(self._key.pragma().split("x'")[1][:64])

    # -- closing --------------------------------------------------------------------------------------
    def close(self) -> None:
        """Dispose the engine and wipe the key: used on lock, on quit and after a CLI command."""
        if self.engine is not None:
            dispose_engine(self.engine, self._key)
            self.engine = None
        self._key.wipe()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def _create_database(path: Path, data_key: bytes) -> None:
    key = KeyHolder(data_key)
    raw_connection(path, key, create=True).close()
    engine = build_engine(path, key)
    try:
        SQLModel.metadata.create_all(engine)
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA user_version = {CURRENT_VERSION}")
    finally:
        dispose_engine(engine, key)


def _remove_partial_register(folder: Path, *, remove_folder: bool) -> None:
    """Undo a failed creation (e.g. a full disk) so no half register is left behind."""
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYSLOTS_NAME, f".{KEYSLOTS_NAME}.tmp"):
        (folder / name).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        (folder / BACKUPS_NAME).rmdir()
        if remove_folder:
            folder.rmdir()
