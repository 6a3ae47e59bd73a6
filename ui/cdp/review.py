"""The review of a CdP session's canvases before export: every replacement shown, the referent decides.

The review (app.cdp.review) is built off the GUI thread (the language model takes several seconds to load).
Then, for each free text: the original with its replacements highlighted (pink and wavy: also a common word,
to check), the text as it will be exported, and the list of replacements with "Restore (false positive)";
the words the anonymiser saw and left in clear on purpose (a street without a number…) follow, underlined.
Words can be masked by selecting them, a text can be rewritten (and is checked again). The structured parts
of each canvas are shown read-only. Nothing can be exported before "I have read every text" + Confirm, and
any later change withdraws the confirmation. Exports are written off the GUI thread.

Message boxes, file dialogs and the rewrite dialog go through module-level functions (tests replace them).
"""

from __future__ import annotations

import html
import re
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.anonymiser import Replacement
from app.cdp.canvas import CanvasSource
from app.cdp.export import export_session
from app.cdp.review import SESSION, CanvasReview
from app.cdp.sessions import CdpSessionRead, CdpSessionService
from app.errors import ValidationError
from app.services import Services
from ui.cdp.highlight import (
    AMBIGUOUS_COLOUR,
    MANUAL_COLOUR,
    REPLACED_COLOUR,
    ExportedText,
    HighlightedText,
    reason_text,
)
from ui.common.i18n import fill
from ui.common.vocab_widgets import error_label, format_date, hint_label
from ui.common.widget_helpers import buddy_label
from ui.common.workers import run_in_background

ITEM_ROLE = Qt.ItemDataRole.UserRole  # ("field", key) | ("canvas", index) | ("group", None)
CHECK_COLOUR = "#9b1c1c"
FILTERS = {"pdf": "PDF (*.pdf)", "json": "JSON (*.json)"}
NUMBERED = re.compile(r"^(dialogue|priority|resource)\.(\d+)\.(\w+)$")


# -- dialogs, one place each (tests replace these functions) -------------------------------------------------
def choose_export_path(parent: QWidget, fmt: str, suggested: Path) -> str:
    titles = {
        "pdf": QCoreApplication.translate("CanvasReviewDialog", "Export the anonymised canvases (PDF)"),
        "json": QCoreApplication.translate("CanvasReviewDialog", "Export the anonymised canvases (JSON)"),
    }
    title = titles[fmt]
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), FILTERS[fmt])
    return path


def warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def edit_text(parent: QWidget, title: str, text: str) -> str | None:
    """The referent's rewrite of an exported text, or None when cancelled."""
    dialog = EditTextDialog(title, text, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.text()


class EditTextDialog(QDialog):
    """A small dialog to rewrite one exported text; it is checked again when accepted."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("rewrite")
        self.edit.setPlainText(text)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Text as it will be exported"))
        label = QLabel(self.tr("&Text as it will be exported:"), self)
        label.setBuddy(self.edit)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(hint_label(self.tr(
            "Placeholders such as [PERSONNE 1] can stay. The new text is checked again when you accept: a "
            "name you type is masked like any other."), self))  # fmt: skip
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def text(self) -> str:
        return self.edit.toPlainText()


class CanvasReviewDialog(QDialog):
    """Review, confirm and export the anonymised canvases of one CdP session."""

    ready = Signal()  # the review is built and shown
    status_message = Signal(str)  # for the main window's status bar (paths and counts only)
    exported = Signal(str)  # the path of a file written

    def __init__(self, services: Services, session_read: CdpSessionRead, parent: QWidget | None = None, *,
                 use_ner: bool = True) -> None:  # fmt: skip
        super().__init__(parent)
        self._services = services
        self._session = session_read
        self._use_ner = use_ner
        self.review: CanvasReview | None = None
        self._key: str | None = None  # the field shown
        self._shown: list[Replacement] = []  # rows of the replacements table
        self._left_shown: list[Replacement] = []  # then the words left in clear, to check
        self.build_task = None
        self.export_task = None
        self.setWindowTitle(self.tr("Review before export — CdP session"))
        self.setObjectName("cdp_review")
        self._build_widgets()
        self._build_layout()
        self._connect()
        self.resize(1100, 750)
        self._update_buttons()
        self._start_build()

    # -- building ----------------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.heading = QLabel(self._heading_text(), self)
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.ner_hint = hint_label("", self)
        self.ner_hint.hide()
        self.busy_label = QLabel(self.tr(
            "Preparing the anonymised texts… The language model can take a few seconds to load."), self)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_label.setWordWrap(True)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.tr("Preparing"))
        self.build_error = error_label(self)
        self.build_error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("review_fields")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Text"), self.tr("Replaced")])
        self.tree.setAccessibleName(self.tr("Texts to review"))
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.field_title = QLabel(self)
        self.field_title.setStyleSheet("font-weight: bold;")
        self.original = HighlightedText(self)
        self.original.setObjectName("original_text")
        self.original.setAccessibleName(self.tr("Original text, replacements highlighted"))
        self.exported_view = ExportedText(self)
        self.exported_view.setObjectName("exported_text")
        self.exported_view.setAccessibleName(self.tr("Text as it will be exported"))
        self.mask_button = self._button("mask_selection", self.tr("&Mask the selection"), self.mask_selection)
        self.mask_button.setToolTip(self.tr("Select words in the original text, then mask them."))
        self.edit_button = self._button("edit_text", self.tr("&Edit the text…"), self.edit_current)
        self.edit_button.setToolTip(self.tr("Rewrite the exported text yourself; it is checked again."))
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
        self.restore_button = self._button(
            "restore", self.tr("&Restore (false positive)"), self.restore_selected
        )
        self.restore_button.setToolTip(self.tr("Keep the original words of the selected replacement."))
        self.structure = QTextBrowser(self)
        self.structure.setObjectName("structured_parts")
        self.structure.setAccessibleName(self.tr("Structured parts of the canvas (read-only)"))
        self.structure.setOpenLinks(False)
        self.read_check = QCheckBox(self.tr("&I have read every text"), self)
        self.read_check.setObjectName("read_every_text")
        self.confirm_button = self._button("confirm", self.tr("&Confirm"), self.confirm)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("review_state")
        self.state_label.setWordWrap(True)
        self.pdf_button = self._button("export_pdf", self.tr("Export &PDF…"), lambda: self.export("pdf"))
        self.json_button = self._button("export_json", self.tr("Export &JSON…"), lambda: self.export("json"))
        self.close_button = self._button("close", self.tr("Clo&se"), self.reject)
        self.close_button.setAutoDefault(False)

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _heading_text(self) -> str:
        session = self._session
        parts = [fill(self.tr("Session of %1"), format_date(session.held_on))]
        if session.group_name:
            parts.append(session.group_name)
        return " — ".join(parts)

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

    def _build_layout(self) -> None:
        busy = QWidget(self)
        busy_layout = QVBoxLayout(busy)
        busy_layout.addStretch(1)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar)
        busy_layout.addWidget(self.build_error)
        busy_layout.addStretch(2)

        field_page = QWidget(self)
        texts = QSplitter(Qt.Orientation.Horizontal, field_page)
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
        replacements = QHBoxLayout()
        replacements.addWidget(self.table, 1)
        side = QVBoxLayout()
        side.addWidget(self.restore_button)
        side.addStretch(1)
        replacements.addLayout(side)
        field_layout = QVBoxLayout(field_page)
        field_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.field_title, 1)
        top.addLayout(self._legend())
        field_layout.addLayout(top)
        field_layout.addWidget(texts, 1)
        field_layout.addWidget(buddy_label(self, self.tr("Rep&lacements in this text"), self.table))
        field_layout.addLayout(replacements, 1)

        structure_page = QWidget(self)
        structure_layout = QVBoxLayout(structure_page)
        structure_layout.setContentsMargins(0, 0, 0, 0)
        structure_layout.addWidget(buddy_label(self, self.tr("Structured parts (read-only)"), self.structure))
        structure_layout.addWidget(self.structure, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(field_page)
        self.pages.addWidget(structure_page)

        review = QSplitter(Qt.Orientation.Horizontal, self)
        review.setChildrenCollapsible(False)
        tree_column = QWidget(review)
        tree_layout = QVBoxLayout(tree_column)
        tree_layout.setContentsMargins(0, 0, 6, 0)
        tree_layout.addWidget(buddy_label(self, self.tr("&Texts"), self.tree))
        tree_layout.addWidget(self.tree, 1)
        review.addWidget(tree_column)
        review.addWidget(self.pages)
        review.setStretchFactor(0, 1)
        review.setStretchFactor(1, 3)
        review.setSizes([320, 760])

        self.body = QStackedWidget(self)
        self.body.addWidget(busy)
        self.body.addWidget(review)

        bottom = QHBoxLayout()
        bottom.addWidget(self.read_check)
        bottom.addWidget(self.confirm_button)
        bottom.addWidget(self.state_label, 1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.json_button)
        bottom.addWidget(self.close_button)
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addSpacing(16)
        head.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.ner_hint)
        layout.addWidget(self.body, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        order = (self.tree, self.original, self.mask_button, self.edit_button, self.exported_view, self.table,
                 self.restore_button, self.structure, self.read_check, self.confirm_button, self.pdf_button,
                 self.json_button, self.close_button)  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.tree.currentItemChanged.connect(lambda current, _previous: self._on_tree_item(current))
        self.table.itemSelectionChanged.connect(self._on_table_selection)
        self.table.itemActivated.connect(lambda _item: self.original.setFocus())
        self.original.selectionChanged.connect(self._update_buttons)
        self.read_check.toggled.connect(lambda _checked: self._update_buttons())

    # -- building the review off the GUI thread ------------------------------------------------------------
    def _start_build(self) -> None:
        self.body.setCurrentIndex(0)
        self.busy_bar.show()
        self.build_error.hide()
        service = CdpSessionService(self._services)
        self.build_task = run_in_background(service.prepare_review, self._session, use_ner=self._use_ner)
        self.build_task.succeeded.connect(self._on_built)
        self.build_task.failed.connect(self._on_build_failed)

    def is_busy(self) -> bool:
        return self.review is None or self.export_task is not None

    def _on_built(self, review: CanvasReview) -> None:
        self.build_task = None
        self.review = review
        self._fill_tree()
        self.body.setCurrentIndex(1)
        if not review.anonymiser.ner_available:
            self.ner_hint.setText(self.tr(
                "The language model is not in use: names are found from the register and by patterns only. "
                "Read each text with extra care."))  # fmt: skip
            self.ner_hint.show()
        self._show_summary()
        self._update_buttons()
        first = self._first_field_item()
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus()
        self.ready.emit()

    def _on_build_failed(self, error: object) -> None:
        self.build_task = None
        self.busy_bar.hide()
        self.busy_label.hide()
        if isinstance(error, ValidationError):
            text = fill(self.tr("The canvases cannot be prepared: %1"), str(error))
        else:
            text = self.tr("The canvases could not be prepared (an unexpected error). Nothing was exported.")
        self.build_error.setText(text)
        self.build_error.show()
        self._update_buttons()

    # -- the tree of texts -------------------------------------------------------------------------------
    def _fill_tree(self) -> None:
        review = self.review
        self.tree.clear()
        groups: list[tuple[str, CanvasSource | None]] = [(canvas.code, canvas) for canvas in review.canvases]
        groups.append((self.tr("Session"), None))
        for title, canvas in groups:
            top = QTreeWidgetItem(self.tree, [title, ""])
            top.setData(0, ITEM_ROLE, ("group", None))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if canvas is not None:
                structure = QTreeWidgetItem(top, [self.tr("Structured parts"), ""])
                structure.setData(0, ITEM_ROLE, ("canvas", review.canvases.index(canvas)))
            for key in review.keys_of(canvas):
                if review.fields[key].source.strip():
                    item = QTreeWidgetItem(top, [self.field_label(key), ""])
                    item.setToolTip(0, self.field_label(key))
                    item.setData(0, ITEM_ROLE, ("field", key))
            top.setExpanded(True)
        self._update_counts()

    def _update_counts(self) -> None:
        for top_index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(top_index)
            total = to_check = 0
            for child_index in range(top.childCount()):
                child = top.child(child_index)
                kind, key = child.data(0, ITEM_ROLE)
                if kind != "field":
                    continue
                entry = self.review.fields[key]
                found = entry.replacements
                count = len(found)
                ambiguous = sum(1 for r in found if r.ambiguous) + len(entry.left_in_clear)
                total, to_check = total + count, to_check + ambiguous
                self._set_count(child, count, ambiguous)
            self._set_count(top, total, to_check)

    def _set_count(self, item: QTreeWidgetItem, count: int, ambiguous: int) -> None:
        text = str(count) if not ambiguous else fill(self.tr("%1 (%2 to check)"), count, ambiguous)
        item.setText(1, text)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if ambiguous:
            item.setForeground(1, Qt.GlobalColor.darkRed)
        else:
            item.setData(1, Qt.ItemDataRole.ForegroundRole, None)

    def _first_field_item(self) -> QTreeWidgetItem | None:
        for top_index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(top_index)
            for child_index in range(top.childCount()):
                if top.child(child_index).data(0, ITEM_ROLE)[0] == "field":
                    return top.child(child_index)
        return None

    def field_item(self, key: str) -> QTreeWidgetItem | None:
        for top_index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(top_index)
            for child_index in range(top.childCount()):
                if top.child(child_index).data(0, ITEM_ROLE) == ("field", key):
                    return top.child(child_index)
        return None

    def select_field(self, key: str) -> None:
        item = self.field_item(key)
        if item is not None:
            self.tree.setCurrentItem(item)

    def select_canvas(self, index: int) -> None:
        top = self.tree.topLevelItem(index)
        self.tree.setCurrentItem(top.child(0))

    def field_label(self, key: str) -> str:
        """The label of a field in the interface language (the app's French label as a fallback)."""
        prefix, _slash, name = key.partition("/")
        if prefix == SESSION:
            labels = {
                "noeud_text": self.tr("Nœud, in the group's words"),
                "feedback_positive": self.tr("One positive element"),
                "feedback_difficulty": self.tr("One difficulty"),
                "feedback_new": self.tr("One new element"),
                "feedback_solution": self.tr("One solution that emerged"),
            }
            return labels.get(name, self.review.fields[key].label)
        if name == "narrative":
            return self.tr("Narrative")
        if name == "other_pathologies":
            return self.tr("Other pathologies")
        match = NUMBERED.match(name)
        if match:
            what, number, part = match.group(1), int(match.group(2)) + 1, match.group(3)
            template = {
                ("dialogue", "difficulties"): self.tr("Difficulties (dialogue session %1)"),
                ("dialogue", "added_value"): self.tr("Added value (dialogue session %1)"),
                ("priority", "text"): self.tr("Priority %1"),
                ("resource", "name"): self.tr("Resource %1"),
            }.get((what, part))
            if template:
                return fill(template, number)
        return self.review.fields[key].label

    def _on_tree_item(self, item: QTreeWidgetItem | None) -> None:
        if item is None or self.review is None:
            return
        kind, value = item.data(0, ITEM_ROLE)
        if kind == "group":
            if item.childCount():
                self.tree.setCurrentItem(item.child(0))
            return
        if kind == "canvas":
            self._key = None
            self.structure.setHtml(self._structure_html(self.review.canvases[value]))
            self.pages.setCurrentIndex(1)
        else:
            self._key = value
            self.pages.setCurrentIndex(0)
            self._show_field()
        self._update_buttons()

    # -- one field ---------------------------------------------------------------------------------------
    def current_key(self) -> str | None:
        return self._key

    def _show_field(self) -> None:
        key = self._key
        entry = self.review.fields[key]
        owner = self.tr("Session") if key.startswith(f"{SESSION}/") else key.partition("/")[0]
        self.field_title.setText(f"{owner} — {self.field_label(key)}")
        self.original.show_field(entry.source, entry.replacements, entry.left_in_clear)
        self.exported_view.show_text(self.review.text(key))
        self._shown = list(entry.replacements)
        self._left_shown = list(entry.left_in_clear)
        self.table.setRowCount(len(self._shown) + len(self._left_shown))
        for row, replacement in enumerate(self._shown):
            self._set_row(row, replacement, replacement.placeholder)
        for row, left in enumerate(self._left_shown, start=len(self._shown)):
            self._set_row(row, left, self.tr("(left in clear)"))
        self._update_buttons()

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

    def _on_table_selection(self) -> None:
        replacement = self.selected_replacement() or self.selected_left_in_clear()
        if replacement is not None:  # a word left in clear, selected, is one click from "Mask selection"
            self.original.select_range(replacement.start, replacement.end)
        self._update_buttons()

    def selected_left_in_clear(self) -> Replacement | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._key is None:
            return None
        index = rows[0].row() - len(self._shown)
        return self._left_shown[index] if 0 <= index < len(self._left_shown) else None

    def selected_replacement(self) -> Replacement | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._key is None:
            return None
        row = rows[0].row()
        return self._shown[row] if row < len(self._shown) else None

    def restore_selected(self) -> None:
        """Keep the original words of the selected replacement (a false positive)."""
        replacement = self.selected_replacement()
        if replacement is None:
            return
        row = self.table.currentRow()
        self.review.restore(self._key, replacement)
        self._after_change(self.tr("Restored: the original words will be exported."))
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self.table.setFocus()

    def mask_selection(self) -> None:
        """Mask the words selected in the original text."""
        selected = self.original.selected_range()
        if self._key is None or selected is None:
            self._say(self.tr("Select words in the original text first."))
            return
        try:
            added = self.review.mask(self._key, *selected)
        except ValidationError:
            self._say(self.tr("Select words in the original text first."))
            return
        self._after_change(fill(self.tr("Masked as %1."), added.placeholder))
        self.original.setFocus()

    def edit_current(self) -> None:
        """Rewrite the exported text of the field shown; it is scrubbed again at once."""
        if self._key is None:
            return
        title = fill(self.tr("Edit the text — %1"), self.field_label(self._key))
        rewritten = edit_text(self, title, self.review.text(self._key))
        if rewritten is None or rewritten == self.review.text(self._key):
            return
        self.review.edit(self._key, rewritten)
        self._after_change(self.tr("Text rewritten and checked again."))

    def _after_change(self, message: str) -> None:
        """Anything changed: show it again, and the confirmation is withdrawn (the review did it too)."""
        was_confirmed = self.read_check.isChecked()
        self.read_check.setChecked(False)
        self._show_field()
        self._update_counts()
        self._show_summary()
        if was_confirmed:
            message = fill(self.tr("%1 Read the texts again, then confirm."), message)
        self._say(message)
        self._update_buttons()

    # -- summary, confirmation, export -----------------------------------------------------------------------
    def _show_summary(self) -> None:
        found = [r for _key, r in self.review.all_replacements()]
        to_check = sum(1 for r in found if r.ambiguous) + len(self.review.all_left_in_clear())
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(self.review.counts_by_kind().items()))
        text = fill(self.tr("Replacements: %1 — to check: %2"), len(found), to_check)
        if kinds:
            text += f"  ({kinds})"
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {CHECK_COLOUR};" if to_check else "")

    def confirm(self) -> None:
        if self.review is None or not self.read_check.isChecked():
            return
        self.review.confirm()
        self._say(self.tr("Confirmed: you can export."))
        self._update_buttons()

    def _say(self, message: str) -> None:
        self.state_label.setText(message)

    def _update_buttons(self) -> None:
        review = self.review
        idle = review is not None and self.export_task is None
        on_field = idle and self._key is not None
        self.mask_button.setEnabled(on_field and self.original.selected_range() is not None)
        self.edit_button.setEnabled(on_field)
        self.restore_button.setEnabled(on_field and self.selected_replacement() is not None)
        confirmed = idle and review.confirmed
        self.read_check.setEnabled(idle and not confirmed)
        self.confirm_button.setEnabled(idle and not confirmed and self.read_check.isChecked())
        self.pdf_button.setEnabled(confirmed)
        self.json_button.setEnabled(confirmed)
        self.tree.setEnabled(idle)

    def export(self, fmt: str) -> None:
        """Ask where, then write the PDF or the JSON bundle off the GUI thread."""
        if self.review is None or not self.review.confirmed or self.export_task is not None:
            return
        held_on = self._session.held_on.isoformat() if self._session.held_on else "seance"
        chosen = choose_export_path(self, fmt, Path.home() / f"cdp-{held_on}.{fmt}")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        self._say(self.tr("Writing the export…"))
        task = run_in_background(export_session, self._services.register, self._session, self.review, path)
        self.export_task = task
        task.succeeded.connect(lambda _fmt: self._on_exported(path))
        task.failed.connect(self._on_export_failed)
        self._update_buttons()

    def _on_exported(self, path: Path) -> None:
        self.export_task = None
        message = fill(self.tr("Exported to %1"), str(path))
        self._say(message)
        self._update_buttons()
        self.status_message.emit(message)
        self.exported.emit(str(path))

    def _on_export_failed(self, error: object) -> None:
        self.export_task = None
        self._update_buttons()
        if isinstance(error, ValidationError):
            text = fill(self.tr("The export was not written:\n%1\n\nChoose another folder or file name."),
                        str(error))  # fmt: skip
        else:
            text = self.tr("The export was not written (an unexpected error). Nothing was left behind.")
        self._say(self.tr("The export was not written."))
        warn(self, self.tr("Export"), text)

    # -- structured parts ----------------------------------------------------------------------------------
    def _structure_html(self, canvas: CanvasSource) -> str:
        esc = html.escape
        text = lambda key: self.review.canvas_text(canvas, key)  # noqa: E731 - exported text of the canvas
        none = self.tr("none")
        rows = [
            (self.tr("Age"), canvas.age_band),
            (self.tr("Months of accompaniment"), str(canvas.months_of_accompaniment)),
            (self.tr("Status"), canvas.status),
            (self.tr("Vulnerabilities"), ", ".join(canvas.vulnerabilities) or none),
            (self.tr("Pathologies"), ", ".join(canvas.pathologies) or none),
            (self.tr("Network (roles only)"), ", ".join(canvas.network_roles) or none),
            (self.tr("Dialogue tool"), "; ".join(
                fill(self.tr("month %1: %2"), use.month_of_accompaniment, use.mode) for use in canvas.dialogue
            ) or none),
        ]  # fmt: skip
        parts = [f"<h3>{esc(canvas.code)}</h3>", "<table cellspacing='0' cellpadding='3'>"]
        for label, value in rows:
            parts.append(f"<tr><td><b>{esc(label)}</b></td><td>{esc(value)}</td></tr>")
        parts.append("</table>")
        priorities_title = self.tr("Priorities")
        parts.append(f"<h4>{esc(priorities_title)}</h4>")
        parts.append(self._html_table(
            [self.tr("In the person's words (exported)"), self.tr("Theme"), self.tr("Status")],
            [(text(line.text_key), line.theme, line.status) for line in canvas.priorities],
            none))  # fmt: skip
        resources_title = self.tr("Resources mobilised")
        parts.append(f"<h4>{esc(resources_title)}</h4>")
        parts.append(self._html_table(
            [self.tr("Resource (exported)"), self.tr("Type"), self.tr("Category"), self.tr("Who mobilises"),
             self.tr("Status"), self.tr("In the directory")],
            [(text(line.name_key), line.resource_type, line.category, line.who_mobilises, line.status,
              self.tr("yes") if line.in_directory else self.tr("no")) for line in canvas.resources],
            none))  # fmt: skip
        return "".join(parts)

    def _html_table(self, headers: list[str], rows: list[tuple[str, ...]], none: str) -> str:
        esc = html.escape
        if not rows:
            return f"<p>{esc(none)}</p>"
        head = "".join(f"<th align='left'>{esc(h)}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{esc(v or '—')}</td>" for v in row) + "</tr>" for row in rows)
        return f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr>{body}</table>"

    # -- closing -------------------------------------------------------------------------------------------
    def reject(self) -> None:
        """Not while a file is being written (the review is in use); the review is dropped with the dialog."""
        if self.export_task is not None:
            return
        super().reject()
