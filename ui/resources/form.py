"""The form of one directory entry: every field of `ResourceData`, each with its own error line.

The form neither reads nor writes the register: the directory page calls the service and hands a refusal
(`ValidationError`) back to `show_error`, which puts the service's message under the field it names.
Choosing a type fills an empty category with the type's own (each type belongs to one category).
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.errors import ValidationError
from app.resources_directory import NAME_MAX, ResourceData, ResourceRead
from app.vocab import vocabularies
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.vocab_widgets import (
    OptionalDateEdit,
    VocabCombo,
    error_label,
    format_date,
    hint_label,
    to_qdate,
)

LINE_FIELDS = ("name", "commune", "phone", "email", "website", "address", "cost")
TEXT_FIELDS = ("conditions", "waiting_list_notes", "notes")
TEXT_HEIGHT = 54


class ResourceForm(QWidget):
    """Edits one entry; `save_requested` asks the page to save `data()`; `dirty` says something changed."""

    save_requested = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resource_id: int | None = None
        self.dirty = False
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.communes = QStringListModel(self)
        self._build()
        self.clear()

    # -- building ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.stale_hint = hint_label("", self)
        self.stale_hint.setStyleSheet("color: #8a5a00;")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.category = VocabCombo("resource_categories", "—", self)
        self.resource_type = VocabCombo("resource_types", "—", self)
        self.learned_from = VocabCombo("learned_from", "—", self)
        for combo in (self.category, self.resource_type, self.learned_from):
            # Some type labels are long: the combo follows the column's width, not its longest label.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            # a long label is cut at the column's edge: the whole of it shows on hover
            combo.currentTextChanged.connect(lambda text, box=combo: box.setToolTip(text))
        self.last_checked = OptionalDateEdit(self.tr("&Last checked on"), self.tr("never"), self)
        self.last_checked.edit.setMaximumDate(to_qdate(clock.today()))
        self.last_checked.edit.setAccessibleName(self.tr("Date of the last check"))
        self.checked_today_button = QPushButton(self.tr("Chec&ked today"), self)
        self.checked_today_button.setObjectName("checked_today")
        self.checked_today_button.setToolTip(self.tr("You called or looked today: the entry is up to date."))
        self.checked_today_button.clicked.connect(self.mark_checked_today)
        for name, text, widget in (
            ("name", self.tr("&Name:"), QLineEdit(self)),
            ("category", self.tr("Cate&gory:"), self.category),
            ("resource_type", self.tr("T&ype:"), self.resource_type),
            ("commune", self.tr("Commune or &zone:"), QLineEdit(self)),
            ("phone", self.tr("&Phone:"), QLineEdit(self)),
            ("email", self.tr("E-m&ail:"), QLineEdit(self)),
            ("website", self.tr("We&b:"), QLineEdit(self)),
            ("address", self.tr("Addre&ss:"), QLineEdit(self)),
            ("conditions", self.tr("Conditi&ons:"), QPlainTextEdit(self)),
            ("cost", self.tr("&Cost:"), QLineEdit(self)),
            ("waiting_list_notes", self.tr("&Waiting list:"), QPlainTextEdit(self)),
            ("learned_from", self.tr("Learned &from:"), self.learned_from),
            ("last_checked", self.tr("Checked:"), self._checked_row()),
            ("notes", self.tr("Not&es:"), QPlainTextEdit(self)),
        ):
            self._add_row(form, name, text, widget)
        self.fields["name"].setMaxLength(NAME_MAX)
        self.fields["commune"].setCompleter(QCompleter(self.communes, self))
        self.fields["commune"].completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.fields["phone"].setPlaceholderText("02 543 12 34")
        self.general_error = error_label(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save_resource")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the resource (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_requested.emit)
        # Ctrl+S instead of a mnemonic: the page's letters are all taken by its fields and the menus
        save_keys = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_requested.emit)
        save_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 10, 0)  # room for the fields' right border next to the scroll bar
        layout.addWidget(self.title)
        layout.addWidget(self.stale_hint)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.resource_type.currentIndexChanged.connect(self._fill_category_from_type)

    def _checked_row(self) -> QWidget:
        """The date, and the "checked today" button under it (the form column stays narrow)."""
        row = QWidget(self)
        lines = QVBoxLayout(row)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(4)
        lines.addWidget(self.last_checked)
        button_line = QHBoxLayout()
        button_line.addWidget(self.checked_today_button)
        button_line.addStretch(1)
        lines.addLayout(button_line)
        self.last_checked.changed.connect(self._mark_dirty)
        return row

    def _add_row(self, form: QFormLayout, name: str, text: str, widget: QWidget) -> None:
        label = QLabel(text, self)
        target = self.last_checked.check if name == "last_checked" else widget
        label.setBuddy(target)
        if name != "last_checked":
            widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
            widget.setObjectName(name)
            self.fields[name] = widget
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(TEXT_HEIGHT)
            widget.textChanged.connect(self._mark_dirty)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._mark_dirty)
            widget.returnPressed.connect(self.save_requested.emit)
        elif isinstance(widget, VocabCombo):
            widget.activated.connect(self._mark_dirty)
        self.errors[name] = error_label(self)
        form.addRow(label, widget)
        form.addRow("", self.errors[name])

    def set_communes(self, communes: list[str]) -> None:
        """Communes already in the directory, offered while typing so that spellings stay consistent."""
        self.communes.setStringList(communes)

    # -- reading and writing the fields ------------------------------------------------------------------
    def clear(self) -> None:
        """An empty form for a new entry."""
        self.show_resource(None)

    def show_resource(self, resource: ResourceRead | None) -> None:
        self.resource_id = resource.id if resource else None
        data = resource or ResourceData()
        for name in LINE_FIELDS:
            self.fields[name].setText(getattr(data, name))
        for name in TEXT_FIELDS:
            self.fields[name].setPlainText(getattr(data, name))
        self.category.set_current_id(data.category)
        self.resource_type.set_current_id(data.resource_type)
        self.learned_from.set_current_id(data.learned_from)
        self.last_checked.set_date(data.last_checked)
        self.title.setText(fill(self.tr("Entry: %1"), resource.name) if resource else self.tr("New entry"))
        self._show_stale(resource)
        self.clear_errors()
        self.dirty = False

    def _show_stale(self, resource: ResourceRead | None) -> None:
        if resource is None or not resource.stale:
            self.stale_hint.hide()
            return
        if resource.last_checked is None:
            text = self.tr("Never checked: call before sending someone there.")
        else:
            text = fill(
                self.tr("Not checked for 12 months (last time: %1): call before sending someone there."),
                format_date(resource.last_checked),
            )
        self.stale_hint.setText(text)
        self.stale_hint.show()

    def data(self) -> ResourceData:
        values: dict[str, object] = {name: self.fields[name].text() for name in LINE_FIELDS}
        values.update({name: self.fields[name].toPlainText() for name in TEXT_FIELDS})
        return ResourceData(
            category=self.category.current_id(),
            resource_type=self.resource_type.current_id(),
            learned_from=self.learned_from.current_id(),
            last_checked=self.last_checked.date(),
            **values,
        )

    def mark_checked_today(self) -> None:
        self.last_checked.set_date(clock.today())
        self._mark_dirty()

    def _fill_category_from_type(self) -> None:
        type_id = self.resource_type.current_id()
        if type_id and self.category.current_id() is None:
            term = vocabularies()["resource_types"].get(type_id)
            self.category.set_current_id(term.attribute("category") if term else None)

    def _mark_dirty(self, *_args) -> None:
        self.dirty = True
        self.edited.emit()

    # -- errors ------------------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()

    def show_error(self, error: ValidationError) -> QWidget:
        """The service's message under the field it names, and the focus on that field; returns the message's
        label (the page scrolls it into view: the form is taller than the window)."""
        self.clear_errors()
        label = self.errors.get(error.field, self.general_error)
        label.setText(error_text(error))
        label.show()
        widget = self.fields.get(error.field)
        if error.field == "last_checked":
            widget = self.last_checked.edit
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return label

    def visible_errors(self) -> dict[str, str]:
        """Field → message of the errors on show (for tests and accessibility checks)."""
        shown = {name: label.text() for name, label in self.errors.items() if not label.isHidden()}
        if not self.general_error.isHidden():
            shown[""] = self.general_error.text()
        return shown

    def focus_name(self) -> None:
        self.fields["name"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.fields["name"].selectAll()
