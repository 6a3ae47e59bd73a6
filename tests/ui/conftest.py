"""UI fixtures: services over the real encrypted `register` fixture, throw-away preferences, known rows.

Settings go to a temporary INI file (never the user's configuration); background tasks are awaited before a
test's register is closed; translations installed by a test are removed afterwards.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.readmodels import PersonData, SituationData
from app.services import Services
from ui.common import i18n
from ui.common.workers import running_tasks
from ui.resources import directory as resource_directory
from ui.shell import pyside_fix, qt_refcount
from ui.shell.preferences import Preferences

qt_refcount.install()  # PySide6 6.12.0 on Python 3.11 loses references to None: see ui/qt_refcount.py
pyside_fix.install()

TS_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def services(register) -> Services:
    return Services.for_register(register)


@pytest.fixture
def preferences(tmp_path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def _background_tasks_finish(qtbot) -> Iterator[None]:
    """A test never ends (and closes its register) while a pool thread still works on it."""
    yield
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=20_000)


@pytest.fixture(autouse=True)
def _no_modal_window_outlives_its_test(qapp) -> Iterator[None]:
    """A modal box a test leaves open (even on a window already closed) stays QApplication's active modal
    widget and blocks the next test's windows: their shortcuts (Ctrl+L) never fire. Hidden here, not
    closed: hiding runs no closeEvent or reject() that could ask a question."""
    yield
    for _ in range(20):  # a box opened over another box: one level at a time, never endlessly
        modal = QApplication.activeModalWidget()
        if modal is None:
            break
        modal.hide()


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory) -> Path:
    """The .ts files compiled now with pyside6-lrelease, so tests never depend on a stale or missing .qm."""
    target = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in sorted(TS_FOLDER.glob("relais_*.ts")):
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target / f"{source.stem}.qm")],
                       check=True)
    return target


@pytest.fixture(autouse=True)
def _english_interface(qapp, compiled_translations, monkeypatch) -> Iterator[None]:
    """English (source strings with their plural forms) unless a test installs another language."""
    monkeypatch.setattr(i18n, "translations_folder", lambda: compiled_translations)
    i18n.install_translations("en", qapp)
    yield
    for translator in list(i18n._installed):
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def refuse_modal(*_args, **_kwargs):
    raise AssertionError("unexpected modal dialog")


@pytest.fixture
def no_real_dialogs(monkeypatch) -> None:
    """A modal dialog would block the test: QMessageBox and QDialog.exec fail it instead (opt in by name)."""
    for name in ("exec", "question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse_modal)
    monkeypatch.setattr(QDialog, "exec", refuse_modal)


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """The texts the resource directory page would show in a message box (inform or warn), in order."""
    shown: list[str] = []
    monkeypatch.setattr(resource_directory, "inform", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(resource_directory, "warn", lambda _parent, _title, text: shown.append(text))
    return shown


def show_active(qtbot, widget: QWidget, size: tuple[int, int] | None = None) -> QWidget:
    """Show `widget` (resized to `size` if given) as the active window: shortcuts and mnemonics need one."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def add_situation(services: Services, first: str, last: str, narrative: str = "", *, status: str = "active",
                  vulnerabilities: tuple[str, ...] = (), pathologies: tuple[str, ...] = (),
                  next_checkin: date | None = None, started_on: date = date(2026, 1, 5)) -> int:
    """One person with one situation; returns the situation id."""
    person = services.persons.create(PersonData(first_name=first, last_name=last))
    situation = services.situations.create(person.id, SituationData(
        started_on=started_on, narrative=narrative, vulnerabilities=vulnerabilities,
        pathologies=pathologies, next_checkin=next_checkin))
    if status == "veille":
        services.situations.set_watch(situation.id)
    elif status == "closed":
        services.situations.close(situation.id, "objectifs_atteints", date(2026, 6, 1))
    return situation.id


@pytest.fixture
def situation_id(services) -> int:
    """One person (Marc Janssens) with an active situation started 90 days ago."""
    return add_situation(services, "Marc", "Janssens", started_on=date.today() - timedelta(days=90))


@pytest.fixture
def filled(services) -> dict[str, int]:
    """Four situations with known names, statuses, vulnerabilities, pathologies and narratives."""
    return {
        "eloise": add_situation(services, "Éloïse", "Dupré", "Vit seule au 4e étage, sans ascenseur.",
                                vulnerabilities=("isolement_social", "perte_autonomie"),
                                pathologies=("diabete",), next_checkin=date(2026, 2, 1)),
        "marc": add_situation(services, "Marc", "Janssens", "Sa fille passe le dimanche.",
                              status="veille", vulnerabilities=("difficultes_financieres",),
                              pathologies=("hta",)),
        "fatima": add_situation(services, "Fatima", "El Idrissi", "Hôpital deux fois cet hiver ; CPAS.",
                                vulnerabilities=("difficultes_financieres", "troubles_psychiques",
                                                 "isolement_social", "difficultes_linguistiques"),
                                pathologies=("bpco",)),
        "jan": add_situation(services, "Jan", "Peeters", "Accompagnement terminé.", status="closed",
                             pathologies=("irc",)),
    }


def wait_for_writes(qtbot, services: Services) -> None:
    """Writes go through the register's operation runner, on its writer thread: wait until it delivered."""
    from ui.common.operations import runner_for

    runner = runner_for(services)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
