"""Errors of the storage layer.

Every message is a complete French sentence meant for the referent; none of them ever carries key material,
a passphrase or personal data (only file names and technical check names).
"""


class RegisterError(Exception):
    """Base class: a problem with a register that the user can understand and act on."""


class WrongSecretError(RegisterError):
    """The passphrase (or recovery code) does not unwrap the data key."""


class NotARegisterError(RegisterError):
    """The folder does not exist or does not hold a Relais register."""


class RegisterExistsError(RegisterError):
    """Creating a register where one (or other files) already exists."""


class KeySlotsError(RegisterError):
    """keyslots.json is unreadable, truncated or inconsistent."""


class RegisterDamagedError(RegisterError):
    """The database failed an integrity check; it is never written to."""

    def __init__(self, check: str, detail: str = "") -> None:
        self.check = check
        message = f"Le registre est endommagé : la vérification « {check} » a échoué."
        if detail:
            message += f" ({detail})"
        message += " Restaurez une sauvegarde."
        super().__init__(message)


class KeyringUnavailableError(RegisterError):
    """No usable OS keyring (headless Linux, locked keyring, stale key…)."""


class SchemaTooNewError(RegisterError):
    """The register was written by a newer version of Relais."""


class BackupError(RegisterError):
    """A backup could not be written, read or verified."""
