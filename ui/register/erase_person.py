"""Erasing a person (GDPR right to erasure): say exactly what goes, back up first, erase, report.

The confirmation names the person, their situations (codes) and network members, and requires typing the
person's last name (or the word ERASE) before the destructive button is enabled. An automatic backup of the
whole register is written first; if it cannot be written, nothing is erased. Backup and erasure (which
ends with a VACUUM) run off the GUI thread behind a progress dialog that appears only if the work is slow.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from app.erased_backups import ROTATION_KEEP
from app.errors import CodedError, NotFoundError
from app.readmodels import ErasureReport
from app.registers import (
    RegisterError,
    backups_holding_erased_data,
    erase_person_after_backup,
    purge_backups,
)
from app.services import Services
from app.text import fold
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.workers import run_in_background
from ui.shell import pyside_fix

CONFIRM_WORD_ALWAYS = "EFFACER"  # accepted in every language, besides the translated word
PROGRESS_DELAY_MS = 500
T = TypeVar("T")

pyside_fix.install()  # see ui/pyside_fix.py


@dataclass(frozen=True)
class ErasureSummary:
    """What the confirmation dialog lists (read before anything is erased)."""

    person_id: int
    display_name: str
    last_name: str
    situation_codes: tuple[str, ...]
    network_members: int
    backups_dir: Path


def summarise(services: Services, person_id: int) -> ErasureSummary:
    person = services.persons.get(person_id)
    return ErasureSummary(
        person_id=person_id,
        display_name=person.display_name,
        last_name=person.last_name,
        situation_codes=tuple(s.code for s in services.situations.for_person(person_id)),
        network_members=len(services.network.for_person(person_id)),
        backups_dir=services.register.backups_dir,
    )


class EraseDialog(QDialog):
    """The confirmation; the destructive button stays disabled until the last name or ERASE is typed."""

    def __init__(self, summary: ErasureSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Erase a person"))
        self.typed = QLineEdit(self)
        self.typed.setObjectName("confirm_text")
        self.typed.setAccessibleName(self.tr("Confirmation"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = buttons.addButton(self.tr("Erase for good"),
                                              QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setObjectName("erase_confirm")
        self.erase_button.setEnabled(False)
        self.erase_button.setDefault(True)  # Enter erases only once the confirmation is typed
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(lambda _t: self.erase_button.setEnabled(self.is_confirmed()))
        layout = QVBoxLayout(self)
        for widget in (*self._texts(), self.typed, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(560)

    def _texts(self) -> list[QLabel]:
        """The question, what goes, where the backup goes, and what to type."""
        question = fill(self.tr("Erase %1 for good?"), self.summary.display_name)
        backup = fill(self.tr(
            "A backup copy of the whole register is made first, in %1. It is encrypted like the register. "
            "The person stays in the backups made before the erasure until they are deleted in turn: those "
            "made before an erasure, an import or a restore after %2 newer ones, the daily backups after 7 "
            "days, 4 weeks or 12 months. You will be offered to delete them now."),
            self.summary.backups_dir, str(ROTATION_KEEP))
        labels = [QLabel(text, self) for text in (html.escape(question), self._details_html(),
                                                   html.escape(backup), html.escape(self._prompt_text()))]
        for label in labels:
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        font = labels[0].font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        labels[0].setFont(font)
        labels[-1].setBuddy(self.typed)
        return labels

    def _details_html(self) -> str:
        summary = self.summary
        items = [self.tr("the person: identity, address, contact details and notes")]
        count = len(summary.situation_codes)
        items.append(fill(self.tr("%n situation(s): %1", "", count), ", ".join(summary.situation_codes))
                     if count else self.tr("no situation"))
        items.append(self.tr("%n network member(s)", "", summary.network_members))
        items.append(self.tr("all priorities, dialogue sessions, resources mobilised and time entries "
                             "linked to these situations"))
        bullets = "".join(f"<li>{html.escape(item)}</li>" for item in items)
        return html.escape(self.tr("This will erase from the register:")) + f"<ul>{bullets}</ul>"

    def _prompt_text(self) -> str:
        if self.summary.last_name.strip():
            return fill(self.tr("To confirm, type the last name “%1” or the word %2:"),
                        self.summary.last_name, self.tr("ERASE"))
        return fill(self.tr("To confirm, type the word %1:"), self.tr("ERASE"))

    def is_confirmed(self) -> bool:
        typed = fold(self.typed.text().strip())
        accepted = {fold(self.tr("ERASE")), fold(CONFIRM_WORD_ALWAYS)}
        if self.summary.last_name.strip():
            accepted.add(fold(self.summary.last_name.strip()))
        return bool(typed) and typed in accepted


class PersonEraser(QObject):
    """The flow; `confirm` and `inform` are the prompts (tests replace them)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent

    def run(self, person_id: int) -> bool:
        try:
            summary = summarise(self._services, person_id)
        except NotFoundError as error:
            self.inform(error_text(error))
            return False
        if not self.confirm(summary):
            return False
        try:
            backup, report = run_off_gui_thread(self._parent, self.tr("Backing up, then erasing…"),
                                                lambda: self._backup_and_erase(person_id))
        except RegisterError as error:
            self.inform(
                self.tr("Nothing was erased: the backup could not be made.") + "\n" + error_text(error)
            )
            return False
        except NotFoundError as error:
            self.inform(error_text(error))
            return False
        self.inform(self._done_text(summary, report, backup))
        self._offer_purge()
        return True

    def _offer_purge(self) -> None:
        """Older backups still hold the person: say until when, and offer to delete them now."""
        register = self._services.register
        daily_folders = self._daily_folders()
        held = backups_holding_erased_data(register, daily_folders)
        if not held:
            return
        text = fill(self.tr(
            "%1 backup(s) made before this erasure still hold this person, the oldest from %2. Relais keeps "
            "the last %3 backups made before an erasure, an import or a restore, and daily backups for 7 "
            "days, then one a week for 4 weeks and one a month for 12 months: these disappear only as they "
            "are rotated out.\n\nDelete them now? The backup made just before the erasure is among them: "
            "without it the erasure cannot be undone."),
            str(len(held)), f"{held[0].taken_at:%d/%m/%Y %H:%M}", str(ROTATION_KEEP))
        if self.ask(text):
            try:
                purge_backups(register, held, daily_folders)
            except (CodedError, OSError) as error:  # a file that went away meanwhile, a read-only folder
                self.inform(error_text(error))

    def _daily_folders(self) -> tuple[Path, ...]:
        """The backup folder chosen in the preferences, where the daily backups go (the window's)."""
        preferences = getattr(self._parent.window(), "preferences", None) if self._parent else None
        chosen = getattr(preferences, "chosen_backup_folder", None)
        return (chosen,) if chosen is not None else ()

    def _backup_and_erase(self, person_id: int) -> tuple[Path, ErasureReport]:
        return erase_person_after_backup(self._services.register, person_id)

    def _done_text(self, summary: ErasureSummary, report: ErasureReport, backup: Path) -> str:
        text = fill(self.tr("%1 has been erased from the register."), summary.display_name)
        counts = ", ".join((self.tr("%n situation(s)", "", report.situations),
                            self.tr("%n network member(s)", "", report.network_members),
                            self.tr("%n time entry(ies)", "", report.time_entries)))
        where = fill(self.tr("Backup made just before: %1"), str(backup))
        return f"{text}\n{counts}\n\n{where}"

    def confirm(self, summary: ErasureSummary) -> bool:
        return EraseDialog(summary, self._parent).exec() == QDialog.DialogCode.Accepted

    def inform(self, text: str) -> None:
        QMessageBox.information(self._parent, self.tr("Erase a person"), text)

    def ask(self, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self._parent, self.tr("Erase a person"), text, buttons,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def erase_person(services: Services, person_id: int, parent: QWidget | None = None) -> bool:
    """Confirm, back up, erase; True when the person is gone."""
    return PersonEraser(services, parent).run(person_id)


def run_off_gui_thread(parent: QWidget | None, text: str, work: Callable[[], T]) -> T:
    """Run `work` on a worker thread while the GUI stays responsive; a progress dialog shows if it is slow."""
    outcome: dict[str, object] = {}
    loop = QEventLoop()
    task = run_in_background(work)
    task.succeeded.connect(lambda value: (outcome.setdefault("value", value), loop.quit()))
    task.failed.connect(lambda error: (outcome.setdefault("error", error), loop.quit()))
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    progress.setValue(0)
    if not outcome:
        loop.exec()
    progress.reset()
    progress.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
