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
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, SQLModel

from storage import folder as files
from storage import keyring_store, models, wal_guard  # noqa: F401 - models registers the tables
from storage.derived import LAST_CONTACT_TRIGGERS
from storage.engine import (
    READING_ONLY,
    KeyHolder,
    build_engine,
    check_integrity,
    compare_row_counts,
    dispose_engine,
    raw_connection,
)
from storage.errors import (
    KeyringUnavailableError,
    KeySlotsError,
    NotARegisterError,
    RegisterDamagedError,
    RegisterExistsError,
    RegisterStorageError,
    RegisterWarning,
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
from storage.layout import (
    BACKUPS_NAME,
    DB_NAME,
    KEYSLOTS_BACKUP_NAME,
    KEYSLOTS_NAME,
    PRIVATE_FILES,
    is_register,
    load_keyslots,
)
from storage.migrations import CURRENT_VERSION, migrate, schema_version
from storage.page_format import rewrite_if_legacy
from storage.sqlite_errors import coded, primary_code

__all__ = [
    "BACKUPS_NAME", "DB_NAME", "KEYSLOTS_BACKUP_NAME", "KEYSLOTS_NAME", "PRIVATE_FILES", "Register",
    "is_register", "load_keyslots",
]  # fmt: skip


class Register:
    """An unlocked register. Build it with `create` or one of the `open_*` class methods."""

    def __init__(self, folder: Path, keyslots: KeySlots, data_key: bytes, *, read_only: bool = False) -> None:
        self.folder = folder
        self.keyslots = keyslots
        self.read_only = read_only  # read-only media: reading, backups and exports work; writes are refused
        self.warnings: list[RegisterWarning] = []  # shown once by the window / the command line
        self._key = KeyHolder(data_key)
        self._iterations = keyslots.slots[PASSPHRASE_SLOT].kdf.iterations
        self.engine: Engine | None = build_engine(self.db_path, self._key, read_only=read_only)

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
        files.make_private_folder(folder)
        data_key, recovery_code = new_data_key(), new_recovery_code()
        try:
            slots = KeySlots.create(data_key, passphrase, recovery_code, iterations or tune_iterations())
            _create_database(folder / DB_NAME, data_key)
            files.make_private_folder(folder / BACKUPS_NAME)
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
    def open_with_data_key(cls, folder: Path, data_key: bytes) -> Register:
        """Open with a key already in hand (a backup restored over the open register, same key);
        KeySlotsError when the key is not this register's."""
        slots = load_keyslots(folder)
        if not slots.matches(data_key):
            raise KeySlotsError("keyslots.inconsistent")
        return cls._open(Path(folder), slots, data_key)

    @classmethod
    def _open(cls, folder: Path, slots: KeySlots, data_key: bytes,
              while_checking: Callable[[Register], object] | None = None) -> Register:
        key, db = KeyHolder(data_key), folder / DB_NAME
        _refuse_empty_database(folder, db)
        read_only = not files.is_writable(folder, db)
        warning = None if read_only else wal_guard.keep_aside_if_dropping(db, folder / BACKUPS_NAME)
        try:
            with files.removing_new_sidecars(db):
                conn = raw_connection(db, key, read_only=read_only)
        except FileNotFoundError:
            raise NotARegisterError("register.no_database", folder=folder.name) from None
        try:
            if while_checking is not None and schema_version(conn) == CURRENT_VERSION:
                register = cls._open_overlapped(folder, slots, data_key, conn, while_checking, read_only)
                return register._after_open(warning)
            check_integrity(conn)
            _migrate(conn, folder, read_only)
            conn.close()  # the rewrite needs the register to itself
            if not read_only:
                rewrite_if_legacy(db, key)
        finally:
            conn.close()
            key.wipe()
        register = cls(folder, slots, data_key, read_only=read_only)._after_open(warning)
        if while_checking is not None:
            try:
                while_checking(register)
            except BaseException:
                register.close()
                raise
        return register

    @classmethod
    def _open_overlapped(cls, folder: Path, slots: KeySlots, data_key: bytes, conn,
                         while_checking: Callable[[Register], object], read_only: bool) -> Register:
        """`check_integrity(conn)` on a helper thread while `while_checking` reads on this one; the check
        decides: a failed check closes the register and raises, whatever the function read or raised."""
        failure: list[BaseException] = []

        def check() -> None:
            try:
                check_integrity(conn)
            except BaseException as error:  # handed to the opening thread below
                failure.append(error)

        checker = threading.Thread(target=check, name="relais-integrity-check", daemon=True)
        register = cls(folder, slots, data_key, read_only=read_only)
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

    def _after_open(self, warning: RegisterWarning | None) -> Register:
        """Once the integrity check passed: owner-only modes, repaired key file, stale work folders."""
        if warning is not None:
            self.warnings.append(warning)
        if self.read_only:
            self.warnings.append(RegisterWarning("register.opened_read_only", folder=self.folder.name))
            return self
        files.tighten_modes(self.folder, PRIVATE_FILES, (BACKUPS_NAME,))
        with contextlib.suppress(OSError):
            if self.keyslots.repair(self.keyslots_path):
                self.warnings.append(RegisterWarning("register.keyslots_repaired", file=KEYSLOTS_NAME))
        files.remove_stale_work_folders(self.backups_dir)
        return self

    # -- use ------------------------------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short unit of work; commits on success, rolls back on error. A full disk, a read-only
        folder or a lock held by another program raise their coded error (storage/sqlite_errors.py)."""
        if self.engine is None:
            raise WrongSecretError("register.locked")
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            if primary_code(exc.orig) in (None, 1, 19):  # SQLITE_ERROR, CONSTRAINT: the caller's business
                raise
            raise coded(exc.orig, "session") from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session that only reads: it starts deferred, so it never waits for another writer (WAL lets it
        read the last committed state); a write inside it may fail with "register in use"."""
        token = READING_ONLY.set(True)
        try:
            with self.session() as session:
                yield session
        finally:
            READING_ONLY.reset(token)

    def verify(self, expected_counts: dict[str, int] | None = None) -> None:
        """The thorough checks of `relais verify`: cipher HMACs, integrity_check, foreign keys, both copies
        of the key file and every slot, and (after a restore) each table's rows against the backup's."""
        conn = raw_connection(self.db_path, self._key, read_only=self.read_only)
        try:
            check_integrity(conn, thorough=True)
            if expected_counts is not None:
                compare_row_counts(conn, expected_counts)
        finally:
            conn.close()
        slots = KeySlots.load(self.keyslots_path)
        if slots.damaged_copies:
            raise KeySlotsError("keyslots.copy_damaged", file=slots.damaged_copies[0])
        slots.check_slots()

    def raw_connection(self):
        """A keyed DB-API connection for maintenance (VACUUM, backups); the caller closes it."""
        return self.connect_file(self.db_path)

    def connect_file(self, path: Path):
        """A keyed connection to another file encrypted with this register's key (a snapshot)."""
        if self.engine is None:
            raise WrongSecretError("register.locked")
        return raw_connection(path, self._key, read_only=self.read_only and path == self.db_path)

    # -- keys -----------------------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key with a new passphrase; the database is not touched."""
        if not new_passphrase:
            raise WrongSecretError("register.empty_new_passphrase")
        if self.read_only:
            raise RegisterStorageError("register.read_only", check="keyslots")
        self.keyslots.set_slot(PASSPHRASE_SLOT, self._data_key(), new_passphrase, self._iterations)
        self.keyslots.save(self.keyslots_path)

    def remember_in_keyring(self) -> None:
        keyring_store.store_key(self.register_id, self._data_key())

    def forget_keyring(self) -> None:
        keyring_store.forget_key(self.register_id)

    def data_key_copy(self) -> bytes:
        """The data key, for reopening this folder after its files were replaced (restore in place)."""
        return self._data_key()

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


def _refuse_empty_database(folder: Path, db: Path) -> None:
    """A 0-byte register.db would be taken by SQLite for a new empty database and written to."""
    try:
        empty = db.stat().st_size == 0
    except FileNotFoundError:
        raise NotARegisterError("register.no_database", folder=folder.name) from None
    if empty:
        raise RegisterDamagedError("empty_file", code="register.empty_database", file=DB_NAME)


def _migrate(conn, folder: Path, read_only: bool) -> None:
    if read_only and schema_version(conn) != CURRENT_VERSION:
        raise RegisterStorageError("register.read_only", check="migration")
    migrate(conn, folder / BACKUPS_NAME)


def _create_database(path: Path, data_key: bytes) -> None:
    key = KeyHolder(data_key)
    files.create_private_file(path)  # 0600 before SQLite writes the first page
    raw_connection(path, key, create=True).close()
    engine = build_engine(path, key)
    try:
        SQLModel.metadata.create_all(engine)
        with engine.begin() as connection:
            for trigger in LAST_CONTACT_TRIGGERS:  # what the metadata cannot say (storage/derived.py)
                connection.exec_driver_sql(trigger)
            connection.exec_driver_sql(f"PRAGMA user_version = {CURRENT_VERSION}")
    finally:
        dispose_engine(engine, key)


def _remove_partial_register(folder: Path, *, remove_folder: bool) -> None:
    """Undo a failed creation (e.g. a full disk) so no half register is left behind."""
    for name in PRIVATE_FILES:
        (folder / name).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        (folder / BACKUPS_NAME).rmdir()
        if remove_folder:
            folder.rmdir()
