"""New situation: first look whether the person is already in the register, else create a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.readmodels import PersonRead
from app.services import Services
from ui.common.i18n import fill
from ui.common.vocab_widgets import hint_label

SEARCH_DELAY_MS = 200
PERSON_ROLE = Qt.ItemDataRole.UserRole
VISIBLE_ROWS = 5


class PersonPicker(QGroupBox):
    """Search-as-you-type over persons; emits `person_chosen` or, after a choice, `person_cleared`."""

    person_chosen = Signal(object)  # PersonRead
    person_cleared = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Is the person already in your register?"), parent)
        self._services = services
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.search_now)
        self.search = QLineEdit(self)
        self.search.setObjectName("person_search")
        self.search.setPlaceholderText(self.tr("Type a name, a phone number or an e-mail…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        label = QLabel(self.tr("Se&arch"), self)
        label.setBuddy(self.search)
        self.search.setAccessibleName(self.tr("Search a person"))
        self.results = QListWidget(self)
        self.results.setObjectName("person_results")
        self.results.setAccessibleName(self.tr("Persons found"))
        self.results.itemActivated.connect(lambda _item: self.use_selected())
        self.results.itemSelectionChanged.connect(self._update_button)
        self.use_button = QPushButton(self.tr("Use &this person"), self)
        self.use_button.setObjectName("use_person")
        self.use_button.clicked.connect(self.use_selected)
        self.status = hint_label(self.tr("Or simply fill in the form below to create a new person."), self)
        self.chosen = QLabel(self)
        self.chosen.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Change &person"), self)
        self.change_button.setObjectName("change_person")
        self.change_button.clicked.connect(lambda: self.clear_choice())
        self._build_layout(label)
        self.clear_choice(emit=False)

    def _build_layout(self, label: QLabel) -> None:
        search_row = QHBoxLayout()
        search_row.addWidget(label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.use_button)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        layout.addLayout(chosen_row)

    def cancel_pending_search(self) -> None:
        self._timer.stop()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self.results.clear()
        if len(text) < 2:
            self.results.hide()
            self.status.setText(self.tr("Or simply fill in the form below to create a new person."))
            return
        found = self._services.persons.search(text, limit=20)
        for person in found:
            item = QListWidgetItem(_describe(person), self.results)
            item.setData(PERSON_ROLE, person)
        self.results.setVisible(bool(found))
        rows = min(max(len(found), 1), VISIBLE_ROWS)
        self.results.setFixedHeight(rows * self.results.sizeHintForRow(0) + 2 * self.results.frameWidth() + 4)
        if found:
            self.results.setCurrentRow(0)
            self.status.setText(fill(self.tr("%1 found. Choose one, or fill in the form below for someone "
                                             "new."), len(found)))
        else:
            self.status.setText(self.tr("No one matches: fill in the form below to create a new person."))
        self._update_button()

    def use_selected(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        person: PersonRead = item.data(PERSON_ROLE)
        self._show_chosen(person)
        self.person_chosen.emit(person)

    def clear_choice(self, emit: bool = True) -> None:
        for widget in (self.search, self.use_button, self.status):
            widget.show()
        self.results.setVisible(self.results.count() > 0)
        self.chosen.hide()
        self.change_button.hide()
        self._update_button()
        if emit:
            self.person_cleared.emit()
            self.search.setFocus()

    def search_text(self) -> str:
        return self.search.text().strip()

    def _show_chosen(self, person: PersonRead) -> None:
        for widget in (self.search, self.use_button, self.status, self.results):
            widget.hide()
        self.chosen.setText(fill(self.tr("New situation for %1, already in your register. Changes to the "
                                    "identity below update their record."), person.display_name))
        self.chosen.show()
        self.change_button.show()

    def _update_button(self) -> None:
        self.use_button.setEnabled(self.results.currentItem() is not None and self.results.isVisibleTo(self))


def _describe(person: PersonRead) -> str:
    parts = [person.display_name]
    if person.birth_year:
        parts.append(str(person.birth_year))
    place = " ".join(p for p in (person.postcode, person.commune) if p)
    if place:
        parts.append(place)
    return " · ".join(parts)
