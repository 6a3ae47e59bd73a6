"""À contacter: the check-ins due or overdue (next check-in dates and reminders), mark done or postpone.

One line per situation (app/contact_lines.py): a check-in and reminders due together show once, with both.

Overdue lines are tinted and say "N days late" in words, so the colour is never the only cue. Enter or a
double-click asks the window to open the situation (`open_requested`).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.changes import ChangeSet
from app.contact_lines import ContactLine, contact_lines, mark_line_done, postpone_line
from app.errors import NotFoundError, ValidationError
from app.followups import FollowUpService
from app.services import Services
from ui.common.date_choice import DateChoiceDialog
from ui.common.errors import error_text
from ui.common.i18n import fill
from ui.common.operations import runner_for
from ui.common.vocab_widgets import format_date, hint_label
from ui.common.widget_helpers import row_table

ITEM_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_BACKGROUND = QColor("#fbe3e1")
OVERDUE_TEXT = QColor("#7f1d1d")
COLUMN_AIR = 24
CELL_PADDING = 12  # the item delegate's margins around the text
LONGEST_MEASURED = 40  # by number of characters: the widest text is among them in practice
HORIZONS = (0, 7, 30)  # days ahead shown: today and overdue, the coming week, the coming month
Index = QModelIndex | QPersistentModelIndex


class FollowUpsModel(QAbstractTableModel):
    COLUMNS = 6  # when, date, situation, person, what, note

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[ContactLine] = []
        self._today = clock.today()

    def set_items(self, items: list[ContactLine], today: date) -> None:
        self.beginResetModel()
        self._items, self._today = list(items), today
        self.endResetModel()

    def item(self, row: int) -> ContactLine:
        return self._items[row]

    def items(self) -> list[ContactLine]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("When"), self.tr("Date"), self.tr("Situation"), self.tr("Person"),
                   self.tr("What"), self.tr("Note"))
        return headers[section] if 0 <= section < self.COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, index.column())
        if role == ITEM_ROLE:
            return item
        if item.overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if item.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.FontRole and index.column() == 0 and item.due_on <= self._today:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, item: ContactLine, column: int) -> str:
        if column == 0:
            return self._when(item.due_on)
        if column == 4:
            return self._what(item)
        return (format_date(item.due_on), item.code, item.person_name, "", item.note)[column - 1]

    def _what(self, line: ContactLine) -> str:
        """Every reason for the contact on the line: the check-in, the reminders (counted)."""
        reasons = [self.tr("Next check-in")] if line.has_checkin else []
        if line.reminders:
            reasons.append(self.tr("%n reminder(s)", "", line.reminders))
        return " + ".join(reasons)

    def column_texts(self, column: int) -> set[str]:
        """The distinct texts of a column, computed once per distinct value (sizing thousands of rows)."""
        if column in (0, 1):
            return {self._text(item, column) for item in {i.due_on: i for i in self._items}.values()}
        return {self._text(item, column) for item in self._items}

    def _when(self, due_on: date) -> str:
        days = (due_on - self._today).days
        if days < 0:
            return self.tr("%n day(s) late", "", -days)
        if days == 0:
            return self.tr("Today")
        return self.tr("in %n day(s)", "", days)


class FollowUpsView(QWidget):
    """The "to contact" list; `refresh()` reloads it, `clear()` empties it (on lock)."""

    open_requested = Signal(int)  # situation id

    def __init__(self, services: Services, parent: QWidget | None = None,
                 followups: FollowUpService | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._followups = followups or FollowUpService(services.register)
        self._stale = False
        self.model = FollowUpsModel(self)
        self.table = self._make_table()
        self.horizon = QComboBox(self)
        self.horizon.setObjectName("horizon")
        for text, days in zip((self.tr("Due today or overdue"), self.tr("Due within 7 days"),
                               self.tr("Due within 30 days")), HORIZONS, strict=True):
            self.horizon.addItem(text, days)
        self.horizon.setCurrentIndex(1)
        self.horizon.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count_label = QLabel(self)
        self.empty_label = hint_label(self.tr("Nobody to contact in this period."), self)
        self.done_button = self._button("done_button", self.tr("&Done"), self.mark_done,
                                        self.tr("The contact was made"))
        self.postpone_button = self._button("postpone_button", self.tr("&Postpone…"), self.postpone,
                                            self.tr("Move to a later date"))
        self.open_button = self._button("open_button", self.tr("&Open the situation"), self._open_selected,
                                        self.tr("Open the situation (Enter)"))
        self._build_layout()
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        runner_for(services).changed.connect(self._on_changes)

    def _make_table(self) -> QTableView:
        table = row_table(self, "followups_table", self.tr("People to contact"), self.model)
        table.setShowGrid(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return table

    def _fit_columns(self) -> None:
        """Each column as wide as its content plus some air; the note takes the rest.

        Measured on the longest distinct texts with the font's metrics: the view's own sizeHintForColumn
        lays out a thousand rows per column (0.3 s on a large register, every refresh)."""
        header = self.table.horizontalHeader()
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = (QFontMetrics(bold), QFontMetrics(self.table.font()))
        for column in range(FollowUpsModel.COLUMNS - 1):
            longest = sorted(self.model.column_texts(column), key=len, reverse=True)[:LONGEST_MEASURED]
            measure = metrics[0] if column == 0 else metrics[1]
            content = max((measure.horizontalAdvance(text) for text in longest), default=0)
            width = max(content + CELL_PADDING, header.sectionSizeHint(column))
            header.resizeSection(column, width + COLUMN_AIR)

    def _button(self, name: str, text: str, slot, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        title = QLabel(self.tr("To contact"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        show = QLabel(self.tr("&Show"), self)
        show.setBuddy(self.horizon)
        self.horizon.setAccessibleName(self.tr("Period shown"))
        top = QHBoxLayout()
        for widget in (title, self.count_label):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(show)
        top.addWidget(self.horizon)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.postpone_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(buttons)

    # -- public API ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list, keeping the selected line when it is still there."""
        selected = self.selected_item()
        today = clock.today()
        items = contact_lines(self._followups.due(today + timedelta(days=self.horizon.currentData())))
        self.model.set_items(items, today)
        self._fit_columns()
        self._show_counts(items)
        keys = [item.key for item in items]
        if items:
            self.select_row(keys.index(selected.key) if selected and selected.key in keys else 0)
        self._update_buttons()

    def clear(self) -> None:
        """Forget every line (the register is being locked)."""
        self.model.set_items([], clock.today())
        self.count_label.clear()
        self.table.setVisible(False)
        self.empty_label.setVisible(False)
        self._update_buttons()

    def items(self) -> list[ContactLine]:
        return self.model.items()

    def selected_item(self) -> ContactLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def mark_done(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        if item.has_checkin:
            answer = self.ask_next_checkin(item)
            if answer is None:
                return
            self._apply(lambda: mark_line_done(self._followups, item, next_checkin=answer[0]), item)
        else:
            self._apply(lambda: mark_line_done(self._followups, item), item)

    def postpone(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        new_date = self.ask_postpone_date(item)
        if new_date is not None:
            self._apply(lambda: postpone_line(self._followups, item, new_date), item)

    # -- internals -------------------------------------------------------------------------------------
    def _apply(self, action, item: ContactLine) -> None:
        """Through the register's writer; every open view (this list too) hears of the change."""
        situation = item.situation_id
        runner_for(self._services).run(lambda _services: action(), source=self, failed=self._refused,
                                       changes=ChangeSet.of(followups=[situation], situations=[situation]))

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError | NotFoundError):
            raise error
        self.inform(error_text(error))
        self.refresh()

    def _on_changes(self, changes: ChangeSet, _source: object) -> None:
        """Check-ins planned, done or moved anywhere: read the list again (when shown; else when shown)."""
        if changes.touches_any("followups", "situations", "persons"):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _show_counts(self, items: list[ContactLine]) -> None:
        overdue = sum(item.overdue for item in items)
        text = self.tr("%n to contact", "", len(items))
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.count_label.setText(text)
        self.table.setVisible(bool(items))
        self.empty_label.setVisible(not items)

    def _update_buttons(self) -> None:
        selected = self.selected_item() is not None
        for button in (self.done_button, self.postpone_button, self.open_button):
            button.setEnabled(selected)

    def _open_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.open_requested.emit(item.situation_id)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.model.item(row).situation_id)

    # -- overridable prompts (tests replace them) ---------------------------------------------------------
    def ask_next_checkin(self, item: ContactLine) -> tuple[date | None] | None:
        """(next check-in or None,) once the contact is done; None when cancelled."""
        message = fill(self.tr("Contact with %1 done. When is the next check-in? Untick the box for none."),
                       item.person_name)
        dialog = DateChoiceDialog(self.tr("Contact done"), message, None, True, self)
        return (dialog.chosen_date(),) if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_postpone_date(self, item: ContactLine) -> date | None:
        dialog = DateChoiceDialog(self.tr("Postpone"),
                                  fill(self.tr("Postpone the contact with %1 to:"), item.person_name),
                                  clock.today() + timedelta(days=7), False, self)
        return dialog.chosen_date() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def inform(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("To contact"), text)
