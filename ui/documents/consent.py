"""The consent to share with a named professional, recorded and withdrawn in the Network tab.

A consent is for one professional: picked among the network members (name and role filled in) or typed. It is
saved at once, through the operation runner, like the network members themselves.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import ChangeSet
from app.documents.consent import ConsentRead, ConsentService
from app.errors import ValidationError
from app.readmodels import NetworkMemberRead
from app.services import Services
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.operations import runner_for
from ui.common.vocab_widgets import error_label, hint_label, label_of

OK = QDialogButtonBox.StandardButton.Ok

NO_NOTICE = ChangeSet()  # consents, the referent's contact and the export log: no open view shows them


class ConsentDialog(QDialog):
    """Who the person agrees to share their situation with: a network member, or a name typed."""

    def __init__(self, members: list[NetworkMemberRead], submit, parent: QWidget | None = None) -> None:
        """`submit(name, role, member_id)` saves, or raises ValidationError (shown, the dialog stays)."""
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Consent to share"))
        self._members = members
        self.member = QComboBox(self)
        self.member.addItem(self.tr("(type a name below)"), None)
        for member in members:
            shown = ", ".join(x for x in (member.name, label_of("network_roles", member.role)) if x)
            self.member.addItem(shown, member.id)
        self.name, self.role = QLineEdit(self), QLineEdit(self)
        self.name.setObjectName("consent_name")
        self.role.setObjectName("consent_role")
        self.error = error_label(self)
        form = QFormLayout()
        for text, widget in ((self.tr("Network &member"), self.member), (self.tr("&Name"), self.name),
                             (self.tr("&Role or organisation"), self.role)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(OK | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr("The person agrees that their situation is shared with this "
                                            "professional (handover sheet)."), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.member.currentIndexChanged.connect(self._member_chosen)
        (self.member if members else self.name).setFocus()
        self.resize(480, self.sizeHint().height())

    def _member_chosen(self) -> None:
        member = next((m for m in self._members if m.id == self.member.currentData()), None)
        if member is not None:
            self.name.setText(member.name)
            role = label_of("network_roles", member.role)
            self.role.setText(", ".join(x for x in (role, member.organisation) if x))

    @property
    def member_id(self) -> int | None:
        return self.member.currentData()

    def try_accept(self) -> None:
        try:
            self._submit(self.name.text(), self.role.text(), self.member_id)
        except ValidationError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()


class ConsentPanel(QWidget):
    """The consents of the situation shown in the editor: list, record, withdraw."""

    refreshed = Signal(int)  # how many consents are active, each time the list is read again

    def __init__(self, services: Services, situation_id, parent: QWidget | None = None) -> None:
        """`situation_id()` gives the editor's current situation (None for one not saved yet)."""
        super().__init__(parent)
        self._services, self._situation_id = services, situation_id
        self._consents: list[ConsentRead] = []
        self.title = QLabel(self.tr("Consents to share (handover sheet)"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("consent_list")
        self.list.setAccessibleName(self.tr("Consents to share"))
        self.list.setMaximumHeight(110)
        self.record_button = QPushButton(self.tr("Record a &consent to share…"), self)
        self.withdraw_button = QPushButton(self.tr("&Withdraw the consent…"), self)
        self.record_button.clicked.connect(self.record_consent)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        situation_id = self._situation_id()
        self._consents = ConsentService(self._services.register).for_situation(situation_id) if situation_id \
            else []
        self.list.clear()
        for consent in self._consents:
            item = QListWidgetItem(self._describe(consent), self.list)
            item.setData(256, consent.id)
        if not self._consents:
            self.list.addItem(self.tr("No consent recorded: the handover sheet cannot be made yet."))
        self._update_buttons()
        self.refreshed.emit(sum(1 for consent in self._consents if consent.active))

    def _describe(self, consent: ConsentRead) -> str:
        who = ", ".join(x for x in (consent.professional_name, consent.professional_role) if x)
        if consent.active:
            return fill(self.tr("%1 — since %2"), who, consent.recorded_on.strftime("%d/%m/%Y"))
        return fill(self.tr("%1 — withdrawn on %2"), who, consent.withdrawn_on.strftime("%d/%m/%Y"))

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(self._situation_id() is not None)
        self.withdraw_button.setEnabled(self.selected() is not None)

    def selected(self) -> ConsentRead | None:
        row = self.list.currentRow()
        if 0 <= row < len(self._consents) and self._consents[row].active:
            return self._consents[row]
        return None

    def record_consent(self) -> ConsentDialog | None:
        """Open the consent dialog; OK saves (through the runner) and refreshes the list."""
        situation_id = self._situation_id()
        if situation_id is None:
            return None
        person_id = self._services.situations.get(situation_id).person_id

        def submit(name: str, role: str, member_id: int | None) -> None:
            runner_for(self._services).call(partial(_record, situation_id, name, role, member_id),
                                            changes=NO_NOTICE)
            self.refresh()

        dialog = ConsentDialog(self._services.network.for_person(person_id), submit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()
        return dialog

    def withdraw_consent(self) -> None:
        consent = self.selected()
        if consent is None:
            return
        answer = QMessageBox.question(self, self.tr("Withdraw the consent"), fill(
            self.tr("Withdraw the consent to share with %1? No handover sheet can be made for them after."),
            consent.professional_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        runner_for(self._services).run(lambda s: ConsentService(s.register).withdraw(consent.id),
                                       changes=NO_NOTICE, receiver=self, done=lambda _r: self.refresh(),
                                       failed=lambda e: QMessageBox.warning(self, self.tr("Consent"),
                                                                            error_text(e)))


def _record(situation_id: int, name: str, role: str, member_id: int | None,
            services: Services) -> ConsentRead:
    return ConsentService(services.register).record(situation_id, name, role, network_member_id=member_id)
