"""The person's network (Réseau tab): a table of members, and add / edit / remove through a dialog.

Network changes are saved as soon as a dialog is confirmed (each one is a complete, explicit action), so they
take no part in the editor's unsaved-changes tracking; the tab says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFoundError, ValidationError
from app.readmodels import NetworkMemberData, NetworkMemberRead
from app.services import Services
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.vocab_widgets import VocabCombo, error_label, hint_label, label_of

LINE_FIELDS = ("name", "organisation", "phone", "email")


class MemberDialog(QDialog):
    """Role, name, organisation, contact and notes of one member; `submit` saves and may refuse."""

    def __init__(self, submit: Callable[[NetworkMemberData], None], data: NetworkMemberData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Network member") if data is None else self.tr("Edit network member"))
        self.edits: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, text, widget in (
            ("role", self.tr("&Role"), VocabCombo("network_roles", None, self)),
            ("name", self.tr("&Name"), QLineEdit(self)),
            ("organisation", self.tr("&Organisation"), QLineEdit(self)),
            ("phone", self.tr("&Phone"), QLineEdit(self)),
            ("email", self.tr("&E-mail"), QLineEdit(self)),
            ("notes", self.tr("No&tes"), QPlainTextEdit(self)),
        ):
            self._add_row(form, name, text, widget)
        self.edits["notes"].setTabChangesFocus(True)
        self.edits["notes"].setFixedHeight(80)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.set_data(data or NetworkMemberData(role="aidant_proche"))
        self.resize(520, self.sizeHint().height())

    def _add_row(self, form: QFormLayout, name: str, text: str, widget: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        widget.setObjectName(name)
        widget.setAccessibleName(text.replace("&", ""))
        error = error_label(self)
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, cell)
        self.edits[name], self.errors[name] = widget, error

    def set_data(self, data: NetworkMemberData) -> None:
        self.edits["role"].set_current_id(data.role)
        for name in LINE_FIELDS:
            self.edits[name].setText(getattr(data, name))
        self.edits["notes"].setPlainText(data.notes)

    def data(self) -> NetworkMemberData:
        values = {name: self.edits[name].text().strip() for name in LINE_FIELDS}
        return NetworkMemberData(role=self.edits["role"].current_id(),
                                 notes=self.edits["notes"].toPlainText().strip(), **values)

    def try_accept(self) -> None:
        """Save through `submit`; on a validation error, say what to fix and stay open."""
        for label in self.errors.values():
            label.hide()
        try:
            self._submit(self.data())
        except ValidationError as error:
            label = self.errors.get(error.field, self.errors["name"])
            label.setText(error_text(error))
            label.show()
            self.edits.get(error.field, self.edits["name"]).setFocus()
            return
        except NotFoundError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            self.reject()
            return
        self.accept()


class NetworkPanel(QWidget):
    """Members of one person's network; `set_person(None)` shows why nothing can be added yet."""

    changed = Signal()
    COLUMNS = ("role", "name", "organisation", "phone", "email")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._person_id: int | None = None
        self._members: list[NetworkMemberRead] = []
        self.table = self._make_table()
        self.add_button = self._button("add_member", self.tr("&Add a member…"), self.add_member)
        self.edit_button = self._button("edit_member", self.tr("&Edit…"), self.edit_member)
        self.remove_button = self._button("remove_member", self.tr("Re&move…"), self.remove_member)
        self.hint = hint_label("", self)
        self._build_layout()
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_member)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.edit_member())
        self.set_person(None)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, len(self.COLUMNS), self)
        table.setObjectName("network_table")
        table.setAccessibleName(self.tr("Network members"))
        table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Name"), self.tr("Organisation"),
                                         self.tr("Phone"), self.tr("E-mail")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        return table

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- showing ---------------------------------------------------------------------------------------
    def set_person(self, person_id: int | None) -> None:
        self._person_id = person_id
        self.add_button.setEnabled(person_id is not None)
        self.hint.setText(self.tr("Changes to the network are saved as soon as you confirm them.")
                          if person_id is not None
                          else self.tr("Save the person first; then you can add their network."))
        self.refresh()

    def refresh(self) -> None:
        self._members = self._services.network.for_person(self._person_id) if self._person_id else []
        self.table.setRowCount(len(self._members))
        for row, member in enumerate(self._members):
            values = (label_of("network_roles", member.role), member.name, member.organisation,
                      member.phone, member.email)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(member.notes or value)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def members(self) -> list[NetworkMemberRead]:
        return list(self._members)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selected(self) -> NetworkMemberRead | None:
        rows = self.table.selectionModel().selectedRows()
        return self._members[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        selected = self._selected() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    # -- actions ---------------------------------------------------------------------------------------
    def add_member(self) -> None:
        if self._person_id is None:
            return
        person_id = self._person_id
        dialog = MemberDialog(lambda data: self._services.network.add(person_id, data), None, self)
        if self.run_dialog(dialog):
            self._after_change()

    def edit_member(self) -> None:
        member = self._selected()
        if member is None:
            return
        dialog = MemberDialog(lambda data: self._services.network.update(member.id, data), member, self)
        if self.run_dialog(dialog):
            self._after_change()
        else:
            self.refresh()  # the member may have disappeared meanwhile

    def remove_member(self) -> None:
        member = self._selected()
        if member is None or not self.confirm_remove(member):
            return
        self._guard(lambda: self._services.network.remove(member.id))
        self._after_change()

    def _guard(self, action) -> None:
        try:
            action()
        except NotFoundError as error:
            QMessageBox.warning(self, self.tr("Network"), error_text(error))

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- overridable prompts (tests replace them) ---------------------------------------------------------
    def run_dialog(self, dialog: MemberDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm_remove(self, member: NetworkMemberRead) -> bool:
        who = member.name or label_of("network_roles", member.role)
        answer = QMessageBox.question(
            self, self.tr("Remove from the network"),
            fill(self.tr("Remove %1 from the person's network?"), who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
