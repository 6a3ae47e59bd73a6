"""Fields shared by the quick log, the timer's stop dialog and the time-entry editor.

- `TaskCombo`: the referent tasks in a given order (most used first) with type-ahead on any part of the
  label, accents ignored when the typed text is resolved to a task.
- `SituationPicker`: "no situation" or one situation, typed by pseudonym or name.
- `DurationEdit`: a duration typed naturally (``45``, ``1h30``…); Enter asks for the next line.
- `LogRows`: the task + duration lines of the quick log, each with its own error line.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.durations import DurationError, parse_duration
from app.readmodels import SituationSummary
from app.text import fold
from app.vocab import vocabularies
from ui.common.i18n import fill, shown_duration
from ui.common.vocab_widgets import ERROR_STYLE, HINT_STYLE, label_of

DURATION_WIDTH = 110


def duration_problem(text: str) -> str | None:
    """Why `text` is not a duration, in the interface language; None when it reads as one."""
    try:
        parse_duration(text)
    except DurationError as error:
        return _duration_message(error.reason, text.strip())
    return None


def _duration_message(reason: str, text: str) -> str:
    # Literal QCoreApplication.translate() calls, so that pyside6-lupdate finds every message.
    shown = text if len(text) <= 20 else text[:20] + "…"
    if reason == "empty":
        return QCoreApplication.translate("DurationText", "Type a duration, for example 45, 1h30 or 1:30.")
    if reason == "negative":
        return QCoreApplication.translate("DurationText", "A duration cannot be negative.")
    if reason == "zero":
        return QCoreApplication.translate("DurationText", "A duration of zero minutes cannot be saved.")
    if reason == "too_long":
        return QCoreApplication.translate(
            "DurationText", "More than 24 h on one line: split this time over several days."
        )
    if reason == "ambiguous":
        message = QCoreApplication.translate(
            "DurationText", "“%1”: give the unit, for example “%1 h” or “90 min”."
        )
    else:
        message = QCoreApplication.translate(
            "DurationText", "Unreadable duration: “%1”. Write for example 45, 45 min, 1h30, 1:30 or 1,5 h."
        )
    return fill(message, shown)


def task_label(task: str) -> str:
    return label_of("referent_tasks", task)


def task_is_invisible(task: str) -> bool:
    term = vocabularies()["referent_tasks"].get(task)
    return bool(term and term.attribute("invisible"))


class _TypeAheadCombo(QComboBox):
    """An editable combo whose completer matches any part of the labels; the typed text is resolved on use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def _resolve(self) -> tuple[bool, object]:
        """(True, data) for the one item the text designates; (False, None) when none or several do."""
        typed = fold(self.currentText().strip())
        folded = [fold(self.itemText(index)) for index in range(self.count())]
        if typed in folded:
            return True, self.itemData(folded.index(typed))
        matches = [index for index, text in enumerate(folded) if typed and typed in text]
        return (True, self.itemData(matches[0])) if len(matches) == 1 else (False, None)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.lineEdit().selectAll()  # typing replaces the prefilled choice


class TaskCombo(_TypeAheadCombo):
    def __init__(self, order: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for task in order:
            self.addItem(task_label(task), task)
        self.setAccessibleName(self.tr("Task"))

    def task_id(self) -> str | None:
        """The task the text designates, None when it designates none (or several)."""
        found, task = self._resolve()
        return task if found else None

    def set_task(self, task: str | None) -> None:
        index = self.findData(task)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")


class SituationPicker(_TypeAheadCombo):
    """"No situation" (CdP, training…) or one situation of the register, typed by pseudonym or name."""

    def __init__(self, summaries: list[SituationSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().setPlaceholderText(self.tr("No situation (CdP, training…)"))
        self.addItem("", None)
        for summary in sorted(summaries, key=lambda row: fold(row.person_name)):
            self.addItem(f"{summary.code} — {summary.person_name}", summary.id)
        self.setAccessibleName(self.tr("Situation"))

    def resolve(self) -> tuple[bool, int | None]:
        """(True, id or None for no situation) or (False, None) when the text matches no single one."""
        if not self.currentText().strip():
            return True, None
        found, situation_id = self._resolve()
        return (True, situation_id) if found and situation_id is not None else (False, None)

    def set_situation(self, situation_id: int | None) -> None:
        self.setCurrentIndex(max(self.findData(situation_id), 0))


class DurationEdit(QLineEdit):
    """A duration as typed; Enter (without modifier) emits `advance` instead of closing the dialog."""

    advance = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. 45, 1h30"))
        self.setAccessibleName(self.tr("Duration"))
        self.setFixedWidth(DURATION_WIDTH)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            event.accept()
            self.advance.emit()
            return
        super().keyPressEvent(event)

    def minutes(self) -> int:
        return parse_duration(self.text())


@dataclass
class LogRow:
    task: TaskCombo
    duration: DurationEdit
    preview: QLabel  # "= 1 h 30": what the typed duration was read as
    remove: QPushButton
    error: QLabel

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.task, self.duration, self.preview, self.remove, self.error)

    def blank(self) -> bool:
        return not self.duration.text().strip()


@dataclass(frozen=True)
class RowValue:
    index: int  # position of the line in the dialog
    task: str
    minutes: int


class LogRows(QWidget):
    """Lines of task + duration; a bad line shows its reason below itself."""

    advance_from = Signal(int)  # Enter pressed in the duration of line N
    removed = Signal()

    def __init__(self, order: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order = list(order)
        self.rows: list[LogRow] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 1)

    def add_row(self, task: str | None) -> LogRow:
        number = len(self.rows) + 1
        combo = TaskCombo(self._order, self)
        combo.set_task(task)
        combo.setAccessibleName(self.tr("Task of line %1").replace("%1", str(number)))
        duration = DurationEdit(self)
        duration.setAccessibleName(self.tr("Duration of line %1").replace("%1", str(number)))
        preview = QLabel(self)
        preview.setStyleSheet(HINT_STYLE)
        preview.setMinimumWidth(60)
        remove = QPushButton("✕", self)
        remove.setAccessibleName(self.tr("Remove line %1").replace("%1", str(number)))
        remove.setToolTip(self.tr("Remove this line"))
        remove.setFixedWidth(32)
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        row = LogRow(combo, duration, preview, remove, error)
        duration.textChanged.connect(lambda text, r=row: self._preview(r, text))
        duration.advance.connect(lambda r=row: self.advance_from.emit(self.rows.index(r)))
        remove.clicked.connect(lambda _checked=False, r=row: self.remove_row(r))
        self.rows.append(row)
        self._relayout()
        for widget in row.widgets()[:4]:
            widget.show()  # focusable at once (the layout would show it later, queued)
        return row

    def remove_row(self, row: LogRow) -> None:
        if len(self.rows) == 1:
            row.duration.clear()  # the last line stays, emptied
            row.duration.setFocus()
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        for widget in row.widgets():
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._relayout()
        self.rows[min(index, len(self.rows) - 1)].duration.setFocus()
        self.removed.emit()

    def used_tasks(self) -> set[str]:
        return {task for row in self.rows if (task := row.task.task_id())}

    def values(self) -> tuple[list[RowValue], dict[int, str]]:
        """The filled lines, and the problem of each bad line by index; blank lines are skipped."""
        values, problems = [], {}
        filled = [(index, row) for index, row in enumerate(self.rows) if not row.blank()]
        if not filled:
            return [], {0: duration_problem("") or ""}
        for index, row in filled:
            task = row.task.task_id()
            problem = duration_problem(row.duration.text())
            if task is None:
                problems[index] = self.tr("Choose a task from the list.")
            elif problem:
                problems[index] = problem
            else:
                values.append(RowValue(index, task, row.duration.minutes()))
        return values, problems

    def show_errors(self, problems: dict[int, str]) -> None:
        for index, row in enumerate(self.rows):
            text = problems.get(index, "")
            row.error.setText(text)
            row.error.setVisible(bool(text))
            row.duration.setAccessibleDescription(text)

    def _preview(self, row: LogRow, text: str) -> None:
        try:
            row.preview.setText("= " + shown_duration(parse_duration(text)))
        except DurationError:
            row.preview.clear()
        if row.error.isVisible():
            row.error.hide()  # the referent is correcting it

    def _relayout(self) -> None:
        for line, row in enumerate(self.rows):
            for column, widget in enumerate(row.widgets()[:4]):
                self._grid.addWidget(widget, 2 * line, column)
            self._grid.addWidget(row.error, 2 * line + 1, 0, 1, 4)
        self._chain_tabs()

    def _chain_tabs(self) -> None:
        """Tab goes task → duration → remove, line after line (new lines are added at the end)."""
        chain = [widget for row in self.rows for widget in (row.task, row.duration, row.remove)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
