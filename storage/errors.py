"""Errors of the storage layer, and the coded base class of every error Relais shows to a person.

An error carries a stable dotted `code` (``register.wrong_secret``) and `params` (file names, field names,
counts, check names: never a person's name, a narrative or a secret). The sentences live in one catalog,
``resources/messages/errors.json``, read by ``app.messages`` for the command line and by
``ui.common.errors`` for the window, each in its own language. `str(error)` is only the technical form
(code and params), safe for logs and never a sentence (see docs/errors.md).
"""

from __future__ import annotations

import errno
from typing import ClassVar

ParamValue = str | int


class CodedError(Exception):
    """Base class: `code` names what happened, `params` the non-identifying details the texts show."""

    code: ClassVar[str] = "error.unexpected"  # the default of a class; an instance may carry another

    def __init__(self, code: str | None = None, /, **params: object) -> None:
        self.code = code or type(self).code  # type: ignore[misc]  # the instance refines the class default
        self.params: dict[str, ParamValue] = {
            name: value if isinstance(value, int) else str(value) for name, value in params.items()
        }
        super().__init__(self.code)

    def __reduce__(self):
        # Subclasses take other arguments (field, check…): copy and pickle rebuild from the state instead.
        return _restore, (type(self), self.__dict__.copy())

    def __str__(self) -> str:
        if not self.params:
            return self.code
        shown = ", ".join(f"{name}={value}" for name, value in sorted(self.params.items()))
        return f"{self.code} ({shown})"


class RegisterError(CodedError):
    """A problem with a register that the user can understand and act on."""

    code = "register.error"


class WrongSecretError(RegisterError):
    """The passphrase (or recovery code) does not unwrap the data key."""

    code = "register.wrong_secret"


class NotARegisterError(RegisterError):
    """The folder does not exist or does not hold a Relais register."""

    code = "register.not_a_register"


class RegisterExistsError(RegisterError):
    """Creating a register where one (or other files) already exists."""

    code = "register.folder_not_empty"


class KeySlotsError(RegisterError):
    """keyslots.json is unreadable, truncated or inconsistent."""

    code = "keyslots.unreadable"


class RegisterDamagedError(RegisterError):
    """The database failed an integrity check; it is never written to."""

    def __init__(self, check: str, detail: str = "", *, code: str = "register.damaged",
                 **params: object) -> None:
        self.check = check
        super().__init__(code, check=check, detail=detail, **params)


class RegisterWarning(CodedError):
    """Not raised: something the window or the command line shows after a successful open."""

    code = "register.warning"


class KeyringUnavailableError(RegisterError):
    """No usable OS keyring (headless Linux, locked keyring, stale key…)."""

    code = "keyring.unavailable"


class SchemaTooNewError(RegisterError):
    """The register was written by a newer version of Relais."""

    code = "register.schema_too_new"


class RegisterStorageError(RegisterError):
    """The disk or folder under the register refused an operation (full, read-only, unreadable): the
    register itself is not damaged and must not be restored over."""

    code = "register.io_error"


class RegisterInUseError(RegisterError):
    """Another program (or another Relais) holds the register's write lock."""

    code = "register.in_use"


class BackupError(RegisterError):
    """A backup could not be written, read or verified."""

    code = "backup.error"


def _restore(cls: type[CodedError], state: dict) -> CodedError:
    error = cls.__new__(cls)
    Exception.__init__(error, state["code"])
    error.__dict__.update(state)
    return error


def os_reason(error: OSError) -> str:
    """A technical, non-identifying name for a failed file operation (ENOSPC, EACCES…), never its path."""
    return errno.errorcode.get(error.errno or 0, type(error).__name__)
