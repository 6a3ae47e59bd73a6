"""Register → Export follow-ups to calendar…: the open check-ins and reminders as an .ics file.

Pseudonym codes only unless the referent ticks "names", which shows why that is risky first. The file is
written by app.documents.calendar_export through the operation runner (one writer, a change notice on
"exports" so the export log page shows the new row).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import ChangeSet
from app.documents.calendar_export import export_calendar
from app.services import Services
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.operations import runner_for
from ui.common.vocab_widgets import error_label, hint_label


class CalendarExportDialog(QDialog):
    """`save()` asks where (ask_path, replaced in tests) and writes; `written` holds the path once done."""

    def __init__(self, services: Services, situation_code: str | None, language: str = "fr",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_export_dialog")
        self.setWindowTitle(self.tr("Export follow-ups to the calendar"))
        self._services, self._code, self._language = services, situation_code, language
        self.written: Path | None = None
        self.all_button = QRadioButton(self.tr("&All situations"), self)
        self.all_button.setChecked(True)
        self.one_button = QRadioButton(fill(self.tr("&Only the situation %1"), situation_code or ""), self)
        self.one_button.setVisible(situation_code is not None)
        self.names_box = QCheckBox(self.tr("Put the persons' &names and the notes in the events"), self)
        self.names_box.setObjectName("calendar_with_names")
        self.names_warning = error_label(self)
        self.names_warning.setObjectName("calendar_names_warning")
        self.names_warning.setText(self.tr(
            "A calendar is often copied to a phone or an online service that Relais does not protect: anyone "
            "who sees your agenda would learn whom you follow. Without names, events show the pseudonym code "
            "only (S-…)."))
        self.names_warning.setVisible(False)
        self.names_box.toggled.connect(self._show_warning)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save as .ics…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        intro = self.tr("The next check-ins and the reminders not yet done, each as an all-day event. "
                        "Importing the file again updates the same events.")
        layout.addWidget(hint_label(intro, self))
        for widget in (self.all_button, self.one_button, self.names_box, self.names_warning, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        # wrapped labels ask for the height of their lines at the dialog's width, never less
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(520)

    def _show_warning(self, shown: bool) -> None:
        self.names_warning.setVisible(shown)
        self.adjustSize()  # the warning's lines need room: grow (or shrink back) with it

    # -- public API --------------------------------------------------------------------------------------
    def save(self) -> None:
        path = self.ask_path()
        if path is None:
            return
        code = self._code if self.one_button.isChecked() else None
        with_names, language = self.names_box.isChecked(), self._language
        self.save_button.setEnabled(False)
        runner_for(self._services).run(
            lambda s: export_calendar(s.register, path, situation_code=code, with_names=with_names,
                                      language=language),
            changes=ChangeSet.all_of("exports"), receiver=self,
            done=lambda _count: self._written(path), failed=self._failed,
        )  # fmt: skip

    # -- overridable prompt (tests replace it) -----------------------------------------------------------
    def ask_path(self) -> Path | None:
        file_name = f"relais-{self._code}.ics" if self.one_button.isChecked() else "relais.ics"
        name = str(Path.home() / file_name)
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the calendar"), name,
                                                      self.tr("Calendar files (*.ics)"))  # fmt: skip
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(".ics") else chosen + ".ics")

    def _written(self, path: Path) -> None:
        self.written = path
        parent = self.parent()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(fill(self.tr("Calendar written: %1"), str(path)), 8000)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(fill(self.tr("The calendar was not written: %1"), error_text(error)))
        self.error.show()
