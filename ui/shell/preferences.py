"""The application's preferences in QSettings: window geometry, paths and choices — never personal data.

Keys are listed here and nowhere else, so a glance tells what Relais writes to the user's configuration.
Tests pass a QSettings backed by a temporary INI file, so they never touch the real configuration.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGE = "ui/language"  # "system", "fr", "nl" or "en"
IDLE_MINUTES = "lock/idle_minutes"
REGISTER_PATH = "register/path"
BACKUP_FOLDER = "backup/folder"
GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"

LANGUAGE_CHOICES = ("system", "fr", "nl", "en")
DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240


def default_register_folder() -> Path:
    import platformdirs  # only without a remembered register: not on the way to the unlock window

    return Path(platformdirs.user_data_dir("Relais", appauthor=False)) / "register"


def default_backup_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / "Relais"


def application_settings() -> QSettings:
    """The real settings of the user (organisation and application names are set by the application)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Relais", "Relais")


class Preferences:
    """Typed access to the settings; every getter has a safe default for a missing or broken value."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    # -- language --------------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self.settings.value(LANGUAGE, "system"))
        return value if value in LANGUAGE_CHOICES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue(LANGUAGE, value if value in LANGUAGE_CHOICES else "system")

    # -- auto-lock -------------------------------------------------------------------------------------
    @property
    def idle_minutes(self) -> int:
        try:
            value = int(self.settings.value(IDLE_MINUTES, DEFAULT_IDLE_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES
        return min(max(value, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self.settings.setValue(IDLE_MINUTES, min(max(int(value), MIN_IDLE_MINUTES), MAX_IDLE_MINUTES))

    # -- paths -----------------------------------------------------------------------------------------
    @property
    def register_folder(self) -> Path | None:
        """The register opened last time, or None on a fresh installation."""
        value = self.settings.value(REGISTER_PATH, "")
        return Path(str(value)) if value else None

    @register_folder.setter
    def register_folder(self, folder: Path) -> None:
        self.settings.setValue(REGISTER_PATH, str(Path(folder).resolve()))

    @property
    def backup_folder(self) -> Path:
        value = self.settings.value(BACKUP_FOLDER, "")
        return Path(str(value)) if value else default_backup_folder()

    @property
    def chosen_backup_folder(self) -> Path | None:
        """The folder the referent chose, or None: the daily automatic backups then go into the register's
        own backups/ folder (the default of "Back up now" is a visible folder, `default_backup_folder`)."""
        value = self.settings.value(BACKUP_FOLDER, "")
        return Path(str(value)) if value else None

    @backup_folder.setter
    def backup_folder(self, folder: Path) -> None:
        self.settings.setValue(BACKUP_FOLDER, str(folder))

    # -- window ----------------------------------------------------------------------------------------
    def window_geometry(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry, state = self.settings.value(GEOMETRY), self.settings.value(WINDOW_STATE)
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def save_window_geometry(self, geometry: QByteArray, state: QByteArray) -> None:
        self.settings.setValue(GEOMETRY, geometry)
        self.settings.setValue(WINDOW_STATE, state)

    def sync(self) -> None:
        self.settings.sync()
