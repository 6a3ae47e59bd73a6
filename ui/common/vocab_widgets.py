"""Small widgets shared by the situation editor and the follow-ups view.

Vocabulary widgets store stable term ids and show labels in the interface language; the date helpers convert
between QDate and datetime.date; `OptionalDateEdit` is a date that may be "none".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.vocab import Term, vocabularies
from ui.shell import pyside_fix

pyside_fix.install()  # before any widget of ours emits a signal (see ui/pyside_fix.py)

LANGUAGES = ("fr", "nl", "en")
DATE_FORMAT = "dd/MM/yyyy"  # Belgian usage, in every interface language
TERM_ROLE = Qt.ItemDataRole.UserRole
SENTINEL = QDate(1900, 1, 1)  # the "none" value of OptionalDateEdit, shown as its special text
ERROR_STYLE = "color: #9b1c1c;"
HINT_STYLE = "color: palette(placeholder-text);"
ERROR_COLOUR = QColor("#9b1c1c")


def ui_language() -> str:
    """The language of vocabulary labels: the interface locale when it is fr, nl or en, else French."""
    lang = QLocale().name()[:2]
    return lang if lang in LANGUAGES else "fr"


def label_of(vocabulary: str, term_id: str | None) -> str:
    return vocabularies()[vocabulary].label(term_id, ui_language()) if term_id else ""


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return to_qdate(value).toString(DATE_FORMAT)


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar popup and a 4-digit year."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(QDate.currentDate())
    return edit


def error_label(parent: QWidget | None = None) -> QLabel:
    """The place where a field's validation message appears (hidden while there is none)."""
    label = QLabel(parent)
    set_text_colour(label, ERROR_COLOUR)  # ERROR_STYLE through the palette: no per-widget style sheet
    label.setWordWrap(True)
    label.hide()
    return label


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    set_text_colour(label, label.palette().color(QPalette.ColorRole.PlaceholderText))  # HINT_STYLE
    label.setWordWrap(True)
    return label


def set_text_colour(widget: QWidget, colour: QColor) -> None:
    """What `setStyleSheet("color: …")` shows on a label, without the cost of a style sheet per widget
    (a widget with its own style sheet is built, polished and painted through QStyleSheetStyle): the editor
    has a few dozen such labels and opens in under 50 ms."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)


class VocabCombo(QComboBox):
    """A combobox over one vocabulary; `current_id()` is the stored value (None for the empty choice)."""

    def __init__(self, vocabulary: str, empty_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if empty_text is not None:
            self.addItem(empty_text, None)
        lang = ui_language()
        for term in vocabularies()[vocabulary]:
            self.addItem(term.label(lang), term.id)

    def current_id(self) -> str | None:
        return self.currentData()

    def set_current_id(self, term_id: str | None) -> None:
        index = self.findData(term_id)
        self.setCurrentIndex(max(index, 0))


class VocabChecklist(QListWidget):
    """Checkable terms (Space toggles the current one); section titles are plain, unselectable rows."""

    changed = Signal()
    PREFERRED_ROWS = 5  # the list grows with its layout: asking for fewer rows keeps its page from scrolling

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.itemChanged.connect(self._on_item_changed)

    def sizeHint(self) -> QSize:
        row = self.fontMetrics().height() + 2 * self.spacing() + 2
        return QSize(super().sizeHint().width(), row * self.PREFERRED_ROWS + 2 * self.frameWidth())

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if self.signalsBlocked():
            return
        self.changed.emit()

    def add_section(self, title: str) -> None:
        item = QListWidgetItem(title, self)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, but neither selectable nor checkable

    def add_terms(self, terms: Iterable[Term], indent_children: bool = False) -> None:
        lang = ui_language()
        for term in terms:
            prefix = "      " if indent_children and term.attribute("parent") else ""
            item = QListWidgetItem(prefix + term.label(lang), self)
            item.setData(TERM_ROLE, term.id)
            item.setToolTip(term.label(lang))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def checked_labels(self) -> list[str]:
        """The labels of the ticked terms, in list order (shown where the list cannot show them all)."""
        return [item.toolTip() for item in self._term_items() if item.checkState() == Qt.CheckState.Checked]

    def checked_ids(self) -> tuple[str, ...]:
        return tuple(item.data(TERM_ROLE) for item in self._term_items()
                     if item.checkState() == Qt.CheckState.Checked)

    def set_checked_ids(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        self.blockSignals(True)
        try:
            for item in self._term_items():
                checked = item.data(TERM_ROLE) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self.blockSignals(False)
        self._show_first_checked()
        self.changed.emit()

    def _show_first_checked(self) -> None:
        for item in self._term_items():
            if item.checkState() == Qt.CheckState.Checked:
                self.scrollToItem(item, QListWidget.ScrollHint.EnsureVisible)
                return
        self.scrollToTop()

    def set_checked(self, term_id: str, checked: bool = True) -> None:
        for item in self._term_items():
            if item.data(TERM_ROLE) == term_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _term_items(self) -> list[QListWidgetItem]:
        items = (self.item(row) for row in range(self.count()))
        return [item for item in items if item.data(TERM_ROLE)]


class OptionalDateEdit(QWidget):
    """A checkbox ("planned on") and a date; unchecked means no date, shown as `none_text`.

    Quick choices ("+1 week"…) go on a second line so that the field stays narrow.
    """

    changed = Signal()

    def __init__(self, check_text: str, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text, self)
        self.edit = date_edit(self)
        self.edit.setMinimumDate(SENTINEL)
        self.edit.setSpecialValueText(none_text)
        self.edit.setMinimumWidth(self.edit.sizeHint().width() + 24)
        self.default_offset_days = 0
        self.quick_buttons: list[QPushButton] = []
        top = QHBoxLayout()
        top.addWidget(self.check)
        top.addWidget(self.edit)
        top.addStretch(1)
        self._quick = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(self._quick)
        self.check.toggled.connect(self._on_toggled)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.set_date(None)

    def add_quick_choice(self, text: str, days: int, accessible: str) -> QPushButton:
        """A button that plans the date `days` after today (e.g. "+1 week")."""
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.clicked.connect(lambda: self.set_date(to_date(QDate.currentDate().addDays(days))))
        self._quick.addWidget(button)
        self.quick_buttons.append(button)
        return button

    def finish_row(self) -> None:
        self._quick.addStretch(1)

    def date(self) -> date | None:
        if not self.check.isChecked() or self.edit.date() == SENTINEL:
            return None
        return to_date(self.edit.date())

    def is_checked(self) -> bool:
        return self.check.isChecked()

    def set_date(self, value: date | None, checked: bool | None = None) -> None:
        """Show `value`; `checked=True` with no date shows a ticked box with an unknown date."""
        checked = value is not None if checked is None else checked
        self.blockSignals(True)
        try:
            self.check.setChecked(checked)
            self.edit.setEnabled(checked)
            self.edit.setDate(to_qdate(value) if value else SENTINEL)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def _on_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        if checked and self.edit.date() == SENTINEL:
            self.edit.setDate(QDate.currentDate().addDays(self.default_offset_days))
        elif not checked:
            self.edit.setDate(SENTINEL)
        self.changed.emit()
