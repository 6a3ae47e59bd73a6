"""Interface language: French, Dutch or English, following the system unless the referent chose one.

Relais's own messages come from `resources/translations/relais_<lang>.qm` (built from the .ts files by the
Makefile); Qt's standard dialogs and buttons ("Cancel", "Open"…) from Qt's `qtbase_<lang>.qm`. The default
QLocale is set to the Belgian variant, so dates read 31/12/2026 in every language.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("fr", "nl", "en")
FALLBACK = "fr"
LOCALE_NAMES = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_BE"}
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}  # each in its own language

_installed: list[QTranslator] = []
_current = [FALLBACK]  # the language installed last: error texts (ui.common.errors) follow it


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages that Relais speaks, else French."""
    locale = locale or QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = name.replace("-", "_")[:2].lower()
        if code in SUPPORTED:
            return code
    return FALLBACK


def resolve_language(choice: str, locale: QLocale | None = None) -> str:
    """`choice` is a preference value: "system" (or anything unknown) follows the system."""
    return choice if choice in SUPPORTED else system_language(locale)


def translations_folder() -> Path:
    """Where the compiled .qm files are (inside the installed `resources` package, a plain folder: its
    path without importlib.resources, ~5 ms before the unlock window, issue 14)."""
    import resources

    with contextlib.suppress(Exception):
        folder = Path(resources.__file__).parent / "translations"
        if folder.is_dir():
            return folder
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


def qt_translations_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues (qtbase_fr.qm…) may be: Qt's translations path first, then the PySide6
    package (a frozen or relocated build can report a path that does not exist), then ours."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    candidates = [Path(qt_translations_folder()), package / "Qt" / "translations", package / "translations",
                  translations_folder()]
    return [str(folder) for folder in candidates if folder.is_dir()]


def load_qt_translator(language: str, app: QCoreApplication) -> QTranslator | None:
    """Qt's own texts ("Look in:", "Cancel"…) in `language`, from the first folder that has them."""
    for folder in qt_translation_folders():
        for name in (f"qtbase_{language}", f"qt_{language}"):
            translator = QTranslator(app)
            if translator.load(name, folder):
                return translator
    return None


def install_translations(language: str, app: QCoreApplication | None = None) -> str:
    """Install the translators of `language` (replacing earlier ones); returns the language installed."""
    app = app or QCoreApplication.instance()
    language = language if language in SUPPORTED else FALLBACK
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALE_NAMES[language]))
    _current[0] = language
    own = QTranslator(app)
    # Qt's catalogue first, ours last: the translator installed last is asked first, so Relais's own
    # wording wins where both translate a text
    for translator in (load_qt_translator(language, app), own if own.load(
            f"relais_{language}", str(translations_folder())) else None):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def current_language() -> str:
    """The language of the window: the one `install_translations` installed last (French before that)."""
    return _current[0]


def installed_translators() -> int:
    """How many translators are active (0 for English without plural file, or a missing .qm)."""
    return len(_installed)


def fill(text: str, *values: object) -> str:
    """Qt-style placeholders in a translated string: fill("%1 of %2", 3, 5) → "3 of 5"."""
    for number in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


def shown_duration(minutes: int) -> str:
    """A duration as the window's language writes it: "1 h 30", in Dutch "1 u 30" (app.durations)."""
    from app.durations import format_duration  # here: this module is on the way to the unlock window

    return format_duration(minutes, current_language())


def shown_hours(minutes: int) -> str:
    """Whole hours of a large total in the window's language: "12 h", in Dutch "12 u"."""
    from app.durations import format_hours

    return format_hours(minutes, current_language())
