"""Dialogs of the Mobilisations tab: add or edit a mobilisation, and change its status.

The resource is picked from the directory by type-ahead (suggestions once three letters are typed, ranked by
the service) or written as free text, with "save to the directory" to keep it for next time. Both dialogs
save through the service when accepted and stay open on a refusal, with the message under the field it
names. They are opened with `open()` (window-modal): nothing blocks behind them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.errors import NotFoundError, ValidationError
from app.mobilisations import MobilisationData, MobilisationRead, status_group
from app.resources_directory import NAME_MAX, TYPE_AHEAD_MIN
from app.services import Services
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.vocab_widgets import (
    VocabCombo,
    date_edit,
    error_label,
    format_date,
    hint_label,
    label_of,
    to_date,
    to_qdate,
)

RESOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2  # what the completer writes into the field: the bare name
SUGGESTIONS = 10


def reason_applies(status: str | None) -> bool:
    """A failure reason makes sense for shortages, refusals and blocked or dropped mobilisations."""
    return bool(status) and (
        status_group(status) in ("penurie", "sans_suite") or status == "bloquee_entourage"
    )


class ResourcePicker(QWidget):
    """A directory entry chosen by type-ahead, or free text; `resource_id` is None for free text."""

    picked = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.resource_id: int | None = None
        self._picked_name = ""
        self.edit = QLineEdit(self)
        self.edit.setObjectName("resource")
        self.edit.setMaxLength(NAME_MAX)
        self.edit.setPlaceholderText(self.tr("Three letters to search the directory, or any name…"))
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        # The service already ranked the suggestions (name start, word start, anywhere): shown as they are.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(NAME_ROLE)
        self.completer.setMaxVisibleItems(SUGGESTIONS)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._on_chosen)
        self.edit.textEdited.connect(self._on_typed)
        self.save_to_directory = QCheckBox(self.tr("Also save it to the &directory"), self)
        self.save_to_directory.setObjectName("save_to_directory")
        self.state = hint_label("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.state)
        layout.addWidget(self.save_to_directory)
        self.setFocusProxy(self.edit)
        self._show_state()

    def _on_typed(self, text: str) -> None:
        if self.resource_id is not None and text != self._picked_name:
            self.resource_id = None  # the referent changed the name: free text again
        self.suggestions.clear()
        if len(" ".join(text.split())) >= TYPE_AHEAD_MIN:
            for resource in self._services.resources.type_ahead(text, SUGGESTIONS):
                where = f" — {resource.commune}" if resource.commune else ""
                item = QStandardItem(resource.name + where)
                item.setData(resource.id, RESOURCE_ID_ROLE)
                item.setData(resource.name, NAME_ROLE)
                self.suggestions.appendRow(item)
        if self.suggestions.rowCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()
        self._show_state()

    def _on_chosen(self, index: QModelIndex) -> None:
        self.choose(index.data(RESOURCE_ID_ROLE), index.data(NAME_ROLE))

    def choose(self, resource_id: int | None, name: str) -> None:
        self.resource_id = resource_id
        self._picked_name = name
        self.edit.setText(name)
        self._show_state()
        self.picked.emit()

    def suggestion_names(self) -> list[str]:
        return [self.suggestions.item(row).data(NAME_ROLE) for row in range(self.suggestions.rowCount())]

    def text(self) -> str:
        return self.edit.text()

    def _show_state(self) -> None:
        free = self.resource_id is None
        has_text = bool(self.edit.text().strip())
        self.save_to_directory.setEnabled(free and has_text)
        if not free:
            self.save_to_directory.setChecked(False)
            self.state.setText(self.tr("From your directory."))
        elif has_text:
            self.state.setText(self.tr("Not in your directory: kept as written."))
        else:
            self.state.setText(self.tr("Type three letters to see the entries of your directory."))


class MobilisationDialog(QDialog):
    """Add (`mobilisation=None`) or edit one mobilisation of a situation; `saved` is the result."""

    def __init__(
        self,
        services: Services,
        situation_id: int,
        mobilisation: MobilisationRead | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._situation_id, self._mobilisation = services, situation_id, mobilisation
        self.saved: MobilisationRead | None = None
        self.errors: dict[str, QLabel] = {}
        self.setWindowTitle(
            self.tr("Add a mobilisation") if mobilisation is None else self.tr("Edit the mobilisation")
        )
        self.resource = ResourcePicker(services, self)
        self.priority = QComboBox(self)
        self.priority.setObjectName("priority")
        self.priority.addItem(self.tr("No priority"), None)
        for priority in services.priorities.for_situation(situation_id):
            self.priority.addItem(f"{priority.rank}. {priority.text}", priority.id)
        self.who = VocabCombo("who_mobilises", None, self)
        self.who.setObjectName("who_mobilises")
        self.mode = VocabCombo("mobilisation_modes", "—", self)
        self.mode.setObjectName("mode")
        self.status = VocabCombo("mobilisation_statuses", None, self)
        self.status.setObjectName("status")
        self.reason = VocabCombo("failure_reasons", "—", self)
        self.reason.setObjectName("reason")
        self.started_on = date_edit(self)
        self.started_on.setObjectName("started_on")
        self.started_on.setMaximumDate(to_qdate(clock.today()))
        self.started_on.setMinimumDate(to_qdate(services.situations.get(situation_id).started_on))
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.general_error = error_label(self)
        self._build_layout()
        self.status.currentIndexChanged.connect(self._show_reason)
        self.who.currentIndexChanged.connect(self._suggest_mode)
        if mobilisation is not None:
            self._show(mobilisation)
        self._show_reason()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            ("resource_name", self.tr("&Resource:"), self.resource, self.resource.edit),
            ("priority_id", self.tr("For the &priority:"), self.priority, self.priority),
            ("who_mobilises", self.tr("&Who mobilises:"), self.who, self.who),
            ("mode", self.tr("&How:"), self.mode, self.mode),
        ]
        if self._mobilisation is None:  # later statuses go through "Change the status", with their date
            rows += [
                ("status", self.tr("&Status:"), self.status, self.status),
                ("reason", self.tr("Re&ason:"), self.reason, self.reason),
            ]
        else:
            self.status.hide()
            self.reason.hide()
        rows += [
            ("started_on", self.tr("S&tarted on:"), self.started_on, self.started_on),
            ("notes", self.tr("&Notes:"), self.notes, self.notes),
        ]
        for field, text, widget, buddy in rows:
            label = QLabel(text, self)
            label.setBuddy(buddy)
            buddy.setAccessibleName(text.replace("&", "").rstrip(" :"))
            form.addRow(label, widget)
            self.errors[field] = error_label(self)
            form.addRow("", self.errors[field])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _show(self, mobilisation: MobilisationRead) -> None:
        self.resource.choose(mobilisation.resource_id, mobilisation.resource_label)
        self.priority.setCurrentIndex(max(self.priority.findData(mobilisation.priority_id), 0))
        self.who.set_current_id(mobilisation.who_mobilises)
        self.mode.set_current_id(mobilisation.mode)
        self.started_on.setDate(to_qdate(mobilisation.started_on))
        self.notes.setPlainText(mobilisation.notes)

    def _show_reason(self) -> None:
        relevant = reason_applies(self.status.current_id())
        self.reason.setEnabled(relevant)
        if not relevant:
            self.reason.set_current_id(None)

    def _suggest_mode(self) -> None:
        """Doing or getting it done: the referent mobilising is "faire"; the person, "la personne fait"."""
        if self.mode.current_id() is None:
            self.mode.set_current_id({"rp": None, "personne": "personne_seule"}.get(self.who.current_id()))

    def data(self) -> MobilisationData:
        return MobilisationData(
            resource_id=self.resource.resource_id,
            resource_name=self.resource.text(),
            save_to_directory=self.resource.save_to_directory.isChecked(),
            priority_id=self.priority.currentData(),
            who_mobilises=self.who.current_id(),
            mode=self.mode.current_id(),
            status=self.status.current_id(),
            reason=self.reason.current_id(),
            started_on=to_date(self.started_on.date()),
            notes=self.notes.toPlainText(),
        )

    def try_accept(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.hide()
        try:
            if self._mobilisation is None:
                self.saved = self._services.mobilisations.add(self._situation_id, self.data())
            else:
                self.saved = self._services.mobilisations.update(self._mobilisation.id, self.data())
        except ValidationError as error:
            label = self.errors.get(
                "resource_name" if error.field == "name" else error.field, self.general_error
            )
            label.setText(error_text(error))
            label.show()
            return
        except NotFoundError as error:
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return
        self.accept()


class MobilisationStatusDialog(QDialog):
    """A dated status change with a reason when relevant and a note; `saved` is the updated mobilisation."""

    def __init__(
        self, services: Services, mobilisation: MobilisationRead, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services, self._mobilisation = services, mobilisation
        self.saved: MobilisationRead | None = None
        self.setWindowTitle(self.tr("Change the status"))
        self.status = VocabCombo("mobilisation_statuses", None, self)
        self.status.setObjectName("new_status")
        current = self.status.findData(mobilisation.status)
        self.status.setCurrentIndex(current + 1 if current + 1 < self.status.count() else 0)
        self.day = date_edit(self)
        self.day.setObjectName("changed_on")
        self.day.setMaximumDate(to_qdate(clock.today()))
        last = mobilisation.history[-1].changed_on if mobilisation.history else mobilisation.started_on
        self.day.setMinimumDate(to_qdate(last))
        self.reason = VocabCombo("failure_reasons", "—", self)
        self.reason.setObjectName("reason")
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.error = error_label(self)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Status:"), self.status),
            (self.tr("&Date:"), self.day),
            (self.tr("Re&ason:"), self.reason),
            (self.tr("&Note:"), self.note),
        ):
            widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
            form.addRow(text, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        heading = QLabel(
            fill(
                self.tr("“%1” — now: %2, since %3"),
                mobilisation.resource_label,
                label_of("mobilisation_statuses", mobilisation.status),
                format_date(last),
            ),
            self,
        )
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(self._show_reason)
        self._show_reason()
        self.resize(480, self.sizeHint().height())

    def _show_reason(self) -> None:
        relevant = reason_applies(self.status.current_id())
        self.reason.setEnabled(relevant)
        if not relevant:
            self.reason.set_current_id(None)

    def try_accept(self) -> None:
        try:
            self.saved = self._services.mobilisations.change_status(
                self._mobilisation.id,
                self.status.current_id(),
                to_date(self.day.date()),
                self.reason.current_id(),
                self.note.toPlainText(),
            )
        except (ValidationError, NotFoundError) as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()
