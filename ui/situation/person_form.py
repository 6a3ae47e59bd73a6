"""The identity fields of a person (Personne tab): read and write `PersonData`, show validation errors."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.readmodels import PersonData
from ui.common.errors import WindowValidationError
from ui.common.i18n import fill
from ui.common.vocab_widgets import error_label, hint_label

LINE_FIELDS = ("first_name", "last_name", "address", "postcode", "commune", "phone", "email", "languages")
TEXT_FIELDS = (*LINE_FIELDS, "birth_year", "notes")  # typed text: consecutive edits merge into one undo step
ERROR_FIELDS = (*LINE_FIELDS, "birth_year", "sex")  # the fields with a place for a validation message


class PersonForm(QWidget):
    """Identity and contact of one person; `state()`/`set_state()` are plain dicts for dirty tracking.

    With `lazy=True` the fields are built the first time the form is shown or a field is asked for (an
    existing situation opens on its Situation tab, so opening one does not pay for this tab); until then the
    form keeps its state as a dict. `built` fires once the fields exist.
    """

    changed = Signal()
    built = Signal()

    def __init__(self, parent: QWidget | None = None, *, lazy: bool = False) -> None:
        super().__init__(parent)
        self._edits: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._boxes: tuple[QGroupBox, ...] = ()
        self._pending: dict | None = state_of(PersonData())  # the state while the fields are not built
        if not lazy:
            self.ensure_built()

    @property
    def is_built(self) -> bool:
        return self._pending is None

    def ensure_built(self) -> None:
        """Build the fields now (showing the state kept meanwhile, without emitting `changed`)."""
        if self._pending is None:
            return
        pending, self._pending = self._pending, None
        self._build()
        self.blockSignals(True)
        try:
            self.set_state(pending)
        finally:
            self.blockSignals(False)
        self.built.emit()

    def showEvent(self, event) -> None:
        if self._pending is not None:
            self.ensure_built()
            for box in self._boxes:  # built while being shown: show them now, not one event later
                box.show()
        super().showEvent(event)

    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        self._boxes = (self._identity_box(), self._contact_box(), self._notes_box())
        grid.addWidget(self._boxes[0], 0, 0)
        grid.addWidget(self._boxes[1], 0, 1)
        grid.addWidget(self._boxes[2], 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        for name in (*LINE_FIELDS, "birth_year"):
            self._edits[name].textChanged.connect(self.changed)
        self._edits["sex"].currentIndexChanged.connect(self.changed)
        self._edits["notes"].textChanged.connect(self.changed)
        self._edits["birth_year"].textChanged.connect(self._update_age)

    # -- layout ----------------------------------------------------------------------------------------
    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Identity"), self)
        form = self._form(box)
        self._row(form, "first_name", self.tr("&First name"), QLineEdit(box))
        self._row(form, "last_name", self.tr("&Last name"), QLineEdit(box))
        year = QLineEdit(box)
        year.setValidator(QIntValidator(1900, QDate.currentDate().year(), year))
        year.setMaxLength(4)
        year.setPlaceholderText(self.tr("e.g. 1948"))
        year.setMaximumWidth(110)
        self._age = hint_label("", box)
        self._row(form, "birth_year", self.tr("&Birth year"), year, extra=self._age)
        sex = QComboBox(box)
        for text, value in ((self.tr("Not specified"), None), (self.tr("Woman"), "f"),
                            (self.tr("Man"), "m"), (self.tr("Other (X)"), "x")):
            sex.addItem(text, value)
        self._row(form, "sex", self.tr("Se&x"), sex)
        languages = QLineEdit(box)
        languages.setPlaceholderText(self.tr("e.g. French, Arabic"))
        self._row(form, "languages", self.tr("Lan&guages spoken"), languages)
        return box

    def _contact_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contact"), self)
        form = self._form(box)
        self._row(form, "address", self.tr("&Address"), QLineEdit(box))
        postcode = QLineEdit(box)
        postcode.setMaxLength(10)
        postcode.setMaximumWidth(110)
        self._row(form, "postcode", self.tr("Post&code"), postcode)
        self._row(form, "commune", self.tr("Comm&une"), QLineEdit(box))
        self._row(form, "phone", self.tr("Ph&one"), QLineEdit(box))
        email = QLineEdit(box)
        email.setPlaceholderText(self.tr("name@example.org"))
        self._row(form, "email", self.tr("E-&mail"), email)
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notes"), self)
        layout = QVBoxLayout(box)
        notes = QPlainTextEdit(box)
        notes.setTabChangesFocus(True)
        notes.setPlaceholderText(self.tr("Anything useful to know about the person (for your eyes only)."))
        notes.setAccessibleName(self.tr("Notes about the person"))
        notes.setMinimumHeight(90)
        self._edits["notes"] = notes
        layout.addWidget(notes)
        return box

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        return form

    def _row(self, form: QFormLayout, name: str, text: str, edit: QWidget, extra: QWidget | None = None):
        label = QLabel(text, form.parentWidget())
        label.setBuddy(edit)
        edit.setAccessibleName(text.replace("&", ""))
        edit.setObjectName(name)
        error = error_label(form.parentWidget())
        cell = QWidget(form.parentWidget())
        grid = QGridLayout(cell)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.addWidget(edit, 0, 0)
        if extra is not None:
            grid.addWidget(extra, 0, 1)
            grid.setColumnStretch(1, 1)
        grid.addWidget(error, 1, 0, 1, 2)
        form.addRow(label, cell)
        self._edits[name], self._errors[name] = edit, error

    # -- values ----------------------------------------------------------------------------------------
    def focus_chain(self) -> list[QWidget]:
        """The fields in reading order: identity, contact, notes (empty while the fields are not built)."""
        if self._pending is not None:
            return []
        names = ("first_name", "last_name", "birth_year", "sex", "languages", "address", "postcode",
                 "commune", "phone", "email", "notes")
        return [self._edits[name] for name in names]

    def field(self, name: str) -> QWidget:
        self.ensure_built()
        return self._edits[name]

    def state(self) -> dict:
        if self._pending is not None:
            return dict(self._pending)
        state = {name: self._edits[name].text() for name in (*LINE_FIELDS, "birth_year")}
        state["sex"] = self._edits["sex"].currentData()
        state["notes"] = self._edits["notes"].toPlainText()
        return state

    def set_state(self, state: dict) -> None:
        if self._pending is not None:
            self._pending = dict(state)
            return
        for name in (*LINE_FIELDS, "birth_year"):
            if self._edits[name].text() != state[name]:
                self._edits[name].setText(state[name])
        sex = self._edits["sex"]
        sex.setCurrentIndex(max(sex.findData(state["sex"]), 0))
        if self._edits["notes"].toPlainText() != state["notes"]:
            self._edits["notes"].setPlainText(state["notes"])

    def set_person(self, person: PersonData | None) -> None:
        self.set_state(state_of(person or PersonData()))

    def person_data(self) -> PersonData:
        """The typed values; a birth year that is not a number raises ValidationError."""
        state = self.state()
        year_text = state.pop("birth_year").strip()
        if year_text and not year_text.isdigit():
            raise WindowValidationError("birth_year", self.tr("The birth year must be a number, e.g. 1948."))
        return PersonData(birth_year=int(year_text) if year_text else None, **state)

    # -- errors ----------------------------------------------------------------------------------------
    def show_error(self, field: str, message: str) -> bool:
        """Show `message` under the field and focus it; False if the field is not on this form."""
        if field not in ERROR_FIELDS:
            return False
        self.ensure_built()
        self._errors[field].setText(message)
        self._errors[field].show()
        self._edits[field].setFocus()
        return True

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def error_text(self, field: str) -> str:
        if self._pending is not None:
            return ""
        return "" if self._errors[field].isHidden() else self._errors[field].text()

    def _update_age(self, text: str) -> None:
        year = int(text) if text.isdigit() and len(text) == 4 else None
        age = QDate.currentDate().year() - year if year else None
        self._age.setText(fill(self.tr("about %1 years old"), str(age)) if age is not None else "")


def state_of(person: PersonData) -> dict:
    """The form state that shows `person` (used as the saved baseline)."""
    fields = {name: getattr(person, name) for name in LINE_FIELDS}
    return {**fields, "birth_year": str(person.birth_year or ""), "sex": person.sex or None,
            "notes": person.notes}
