"""One text of the CdP review: the original with its replacements highlighted, the text as it will be
exported, the list of replacements (then the words left in clear), and the referent's corrections: restore
a false positive, generalise a flagged quasi-identifier (its suggested wording: the region, the month), mask
more words (a resource's name too), rewrite the text (checked again). Also the read-only page of a
canvas's structured parts.

The field view changes the review itself, then says so with `changed(message)`: the dialog withdraws the
confirmation and updates the counts. The rewrite dialog is asked through ui/cdp/review_prompts.py.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.anonymiser import Replacement
from app.cdp.canvas import CanvasSource
from app.cdp.review import CanvasReview
from app.errors import ValidationError
from ui.cdp import review_prompts
from ui.cdp.highlight import (
    AMBIGUOUS_COLOUR,
    MANUAL_COLOUR,
    REPLACED_COLOUR,
    ExportedText,
    HighlightedText,
    reason_text,
)
from ui.common.i18n import fill
from ui.common.widget_helpers import buddy_label

GENERALISE_KEYS = "Ctrl+G"


def action_button(parent: QWidget, name: str, text: str, slot) -> QPushButton:
    """A button of the review: never the default one (Enter stays with the focused widget)."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


class FieldView(QWidget):
    """One field of the review, its highlights and its corrections."""

    changed = Signal(str)  # the review changed (a message for the referent)
    message = Signal(str)  # nothing changed, something to say
    actions_changed = Signal()  # the selection changed: which corrections apply

    def __init__(self, labels: Callable[[str], str], owners: Callable[[str], str],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._labels, self._owners = labels, owners  # the field's label, and whose text it is
        self.review: CanvasReview | None = None
        self.key: str | None = None  # the field shown
        self._shown: list[Replacement] = []  # rows of the replacements table
        self._left_shown: list[Replacement] = []  # then the words left in clear, to check
        self._build_texts()
        self._build_table()
        self._build_layout()
        self.table.itemSelectionChanged.connect(self._on_table_selection)
        self.table.itemActivated.connect(lambda _item: self.original.setFocus())
        self.original.selectionChanged.connect(self.actions_changed)

    # -- building ----------------------------------------------------------------------------------------
    def _build_texts(self) -> None:
        self.field_title = QLabel(self)
        self.field_title.setStyleSheet("font-weight: bold;")
        self.original = HighlightedText(self)
        self.original.setObjectName("original_text")
        self.original.setAccessibleName(self.tr("Original text, replacements highlighted"))
        self.exported_view = ExportedText(self)
        self.exported_view.setObjectName("exported_text")
        self.exported_view.setAccessibleName(self.tr("Text as it will be exported"))
        self.mask_button = action_button(self, "mask_selection", self.tr("&Mask the selection"),
                                         self.mask_selection)  # fmt: skip
        self.mask_button.setToolTip(self.tr("Select words in the original text, then mask them."))
        self.edit_button = action_button(self, "edit_text", self.tr("&Edit the text…"), self.edit_current)
        self.edit_button.setToolTip(self.tr("Rewrite the exported text yourself; it is checked again."))

    def _build_table(self) -> None:
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("replacements")
        self.table.setAccessibleName(self.tr("Replacements in this text"))
        self.table.setHorizontalHeaderLabels([self.tr("Original"), self.tr("Placeholder"), self.tr("Kind"),
                                              self.tr("Why"), self.tr("To check")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.restore_button = action_button(self, "restore", self.tr("&Restore (false positive)"),
                                            self.restore_selected)  # fmt: skip
        self.restore_button.setToolTip(self.tr("Keep the original words of the selected replacement."))
        self.generalise_button = action_button(self, "generalise", self.tr("&Generalise"),
                                               self.generalise_selected)  # fmt: skip

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        for colour, text in ((REPLACED_COLOUR, self.tr("replaced")), (AMBIGUOUS_COLOUR, self.tr("to check")),
                             (MANUAL_COLOUR, self.tr("masked by you"))):  # fmt: skip
            swatch = QLabel(f" {html.escape(text)} ", self)
            swatch.setStyleSheet(f"background: {colour}; border-radius: 3px; padding: 1px 4px;")
            row.addWidget(swatch)
        row.addStretch(1)
        return row

    def _texts_splitter(self) -> QSplitter:
        texts = QSplitter(Qt.Orientation.Horizontal, self)
        texts.setChildrenCollapsible(False)
        left = QWidget(texts)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(buddy_label(self, self.tr("&Original text"), self.original))
        left_layout.addWidget(self.original, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.mask_button)
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        left_layout.addLayout(actions)
        right = QWidget(texts)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(buddy_label(self, self.tr("E&xported text"), self.exported_view))
        right_layout.addWidget(self.exported_view, 1)
        texts.addWidget(left)
        texts.addWidget(right)
        return texts

    def _build_layout(self) -> None:
        replacements = QHBoxLayout()
        replacements.addWidget(self.table, 1)
        side = QVBoxLayout()
        side.addWidget(self.restore_button)
        side.addWidget(self.generalise_button)
        # Ctrl+G as well as Alt+G: the referent goes down the flags in the table and generalises each.
        self.generalise_shortcut = QShortcut(QKeySequence(GENERALISE_KEYS), self)
        self.generalise_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.generalise_shortcut.activated.connect(self.generalise_selected)
        side.addStretch(1)
        replacements.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.field_title, 1)
        top.addLayout(self._legend())
        layout.addLayout(top)
        layout.addWidget(self._texts_splitter(), 1)
        layout.addWidget(buddy_label(self, self.tr("Rep&lacements in this text"), self.table))
        layout.addLayout(replacements, 1)

    # -- showing -----------------------------------------------------------------------------------------
    def show_field(self, review: CanvasReview, key: str | None) -> None:
        """Show the field `key` of `review` (None: no field, the structured parts are on show)."""
        self.review, self.key = review, key
        if key is not None:
            self._show_current()

    def _show_current(self) -> None:
        key = self.key
        entry = self.review.fields[key]
        self.field_title.setText(f"{self._owners(key)} — {self._labels(key)}")
        self.original.show_field(entry.source, entry.replacements, entry.left_in_clear)
        self.exported_view.show_text(self.review.text(key))
        self._shown = list(entry.replacements)
        self._left_shown = list(entry.left_in_clear)
        self.table.setRowCount(len(self._shown) + len(self._left_shown))
        for row, replacement in enumerate(self._shown):
            self._set_row(row, replacement, replacement.placeholder)
        for row, left in enumerate(self._left_shown, start=len(self._shown)):
            self._set_row(row, left, self.tr("(left in clear)"))
        self.actions_changed.emit()

    def _set_row(self, row: int, replacement: Replacement, placeholder: str) -> None:
        why = " — ".join(part for part in (reason_text(replacement.reason), replacement.detail) if part)
        values = (
            replacement.original,
            placeholder,
            replacement.kind,
            replacement.detail or reason_text(replacement.reason),
            self.tr("yes") if replacement.ambiguous else "",
        )
        for column, value in enumerate(values):
            cell = QTableWidgetItem(value)
            cell.setToolTip(why if column == 3 else value)
            if replacement.ambiguous:
                cell.setForeground(Qt.GlobalColor.darkRed)
            self.table.setItem(row, column, cell)

    def update_actions(self, idle: bool) -> None:
        """Enable the corrections that apply (none while the review is missing or a file is written)."""
        on_field = idle and self.key is not None
        self.mask_button.setEnabled(on_field and self.original.selected_range() is not None)
        self.edit_button.setEnabled(on_field)
        self.restore_button.setEnabled(on_field and self.selected_replacement() is not None)
        flagged = self.selected_left_in_clear() if on_field else None
        self.generalise_button.setEnabled(flagged is not None and bool(flagged.generalisation))
        self.generalise_button.setToolTip(
            fill(self.tr("Write “%1” instead (Ctrl+G)."), flagged.generalisation)
            if flagged is not None and flagged.generalisation
            else self.tr("Select an item to check that offers a coarser wording (the region, the month).")
        )

    # -- the selection -----------------------------------------------------------------------------------
    def _on_table_selection(self) -> None:
        replacement = self.selected_replacement() or self.selected_left_in_clear()
        if replacement is not None:  # a word left in clear, selected, is one click from "Mask selection"
            self.original.select_range(replacement.start, replacement.end)
        self.actions_changed.emit()

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows and self.key is not None else None

    def selected_left_in_clear(self) -> Replacement | None:
        row = self._selected_row()
        index = -1 if row is None else row - len(self._shown)
        return self._left_shown[index] if 0 <= index < len(self._left_shown) else None

    def selected_replacement(self) -> Replacement | None:
        row = self._selected_row()
        return self._shown[row] if row is not None and row < len(self._shown) else None

    # -- corrections -------------------------------------------------------------------------------------
    def restore_selected(self) -> None:
        """Keep the original words of the selected replacement (a false positive)."""
        replacement = self.selected_replacement()
        if replacement is None:
            return
        row = self.table.currentRow()
        self.review.restore(self.key, replacement)
        self._after_change(self.tr("Restored: the original words will be exported."))
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self.table.setFocus()

    def generalise_selected(self) -> None:
        """Write the suggested coarser wording of the selected flag (a commune → the region, a date → the
        month) instead of it."""
        flagged = self.selected_left_in_clear()
        if flagged is None or not flagged.generalisation:
            self.message.emit(self.tr("Select an item to check that offers a generalisation."))
            return
        row = self.table.currentRow()
        added = self.review.generalise(self.key, flagged)
        self._after_change(fill(self.tr("Generalised: “%1” will be exported."), added.placeholder))
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self.table.setFocus()

    def mask_selection(self) -> None:
        """Mask the words selected in the original text."""
        selected = self.original.selected_range()
        if self.key is None or selected is None:
            self.message.emit(self.tr("Select words in the original text first."))
            return
        try:
            added = self.review.mask(self.key, *selected)
        except ValidationError:
            self.message.emit(self.tr("Select words in the original text first."))
            return
        self._after_change(fill(self.tr("Masked as %1."), added.placeholder))
        self.original.setFocus()

    def edit_current(self) -> None:
        """Rewrite the exported text of the field shown; it is scrubbed again at once."""
        if self.key is None:
            return
        title = fill(self.tr("Edit the text — %1"), self._labels(self.key))
        rewritten = review_prompts.edit_text(self, title, self.review.text(self.key))
        if rewritten is None or rewritten == self.review.text(self.key):
            return
        self.review.edit(self.key, rewritten)
        self._after_change(self.tr("Text rewritten and checked again."))

    def _after_change(self, message: str) -> None:
        self._show_current()
        self.changed.emit(message)


class StructureView(QWidget):
    """The structured parts of one canvas, read-only (they are generalised already)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("structured_parts")
        self.browser.setAccessibleName(self.tr("Structured parts of the canvas (read-only)"))
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buddy_label(self, self.tr("Structured parts (read-only)"), self.browser))
        layout.addWidget(self.browser, 1)

    def show_canvas(self, review: CanvasReview, canvas: CanvasSource) -> None:
        self.browser.setHtml(self._canvas_html(review, canvas))

    def _canvas_html(self, review: CanvasReview, canvas: CanvasSource) -> str:
        esc = html.escape
        parts = [f"<h3>{esc(canvas.code)}</h3>", "<table cellspacing='0' cellpadding='3'>"]
        for label, value in self._facts(canvas):
            parts.append(f"<tr><td><b>{esc(label)}</b></td><td>{esc(value)}</td></tr>")
        parts.append("</table>")
        priorities_title, resources_title = self.tr("Priorities"), self.tr("Resources mobilised")
        parts.append(f"<h4>{esc(priorities_title)}</h4>")
        parts.append(self._priorities_html(review, canvas))
        parts.append(f"<h4>{esc(resources_title)}</h4>")
        parts.append(self._resources_html(review, canvas))
        return "".join(parts)

    def _facts(self, canvas: CanvasSource) -> list[tuple[str, str]]:
        none = self.tr("none")
        dialogue = "; ".join(fill(self.tr("month %1: %2"), use.month_of_accompaniment, use.mode)
                             for use in canvas.dialogue)  # fmt: skip
        return [
            (self.tr("Age"), canvas.age_band),
            (self.tr("Months of accompaniment"), str(canvas.months_of_accompaniment)),
            (self.tr("Status"), canvas.status),
            (self.tr("Vulnerabilities"), ", ".join(canvas.vulnerabilities) or none),
            (self.tr("Pathologies"), ", ".join(canvas.pathologies) or none),
            (self.tr("Network (roles only)"), ", ".join(canvas.network_roles) or none),
            (self.tr("Dialogue tool"), dialogue or none),
        ]

    def _priorities_html(self, review: CanvasReview, canvas: CanvasSource) -> str:
        text = review.canvas_text
        return self._html_table(
            [self.tr("In the person's words (exported)"), self.tr("Theme"), self.tr("Status")],
            [(text(canvas, line.text_key), line.theme, line.status) for line in canvas.priorities])

    def _resources_html(self, review: CanvasReview, canvas: CanvasSource) -> str:
        text = review.canvas_text
        return self._html_table(
            [self.tr("Resource (exported)"), self.tr("Type"), self.tr("Category"), self.tr("Who mobilises"),
             self.tr("Status"), self.tr("In the directory")],
            [(text(canvas, line.name_key), line.resource_type, line.category, line.who_mobilises, line.status,
              self.tr("yes") if line.in_directory else self.tr("no")) for line in canvas.resources])

    def _html_table(self, headers: list[str], rows: list[tuple[str, ...]]) -> str:
        esc = html.escape
        if not rows:
            none = self.tr("none")
            return f"<p>{esc(none)}</p>"
        head = "".join(f"<th align='left'>{esc(h)}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{esc(v or '—')}</td>" for v in row) + "</tr>" for row in rows)
        return f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr>{body}</table>"
