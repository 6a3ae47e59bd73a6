"""The navigation of the CdP review: the tree of texts by situation (and the session), with their counts.

Choosing a field emits `field_chosen(key)`, choosing a canvas's structured parts `canvas_chosen(index)`; a
situation's heading moves on to its first child. The labels of the fields in the interface language live
here too (the field view and the rewrite dialog show them).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.cdp.canvas import CanvasSource
from app.cdp.review import SESSION, CanvasReview
from ui.common.i18n import fill
from ui.common.widget_helpers import buddy_label

ITEM_ROLE = Qt.ItemDataRole.UserRole  # ("field", key) | ("canvas", index) | ("group", None)
NUMBERED = re.compile(r"^(dialogue|priority|resource)\.(\d+)\.(\w+)$")


class ReviewNavigation(QWidget):
    """The "Texts" column of the review: one group per canvas, then the session's own texts."""

    field_chosen = Signal(str)  # the key of the field to show
    canvas_chosen = Signal(int)  # the index of the canvas whose structured parts to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: CanvasReview | None = None
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(buddy_label(self, self.tr("&Texts"), self.tree))
        layout.addWidget(self.tree, 1)
        self.tree.currentItemChanged.connect(lambda current, _previous: self._on_current(current))

    # -- filling -------------------------------------------------------------------------------------------
    def show_review(self, review: CanvasReview) -> None:
        """List the non-empty texts of every canvas, then the session's."""
        self.review = review
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
            self._add_fields(top, review.keys_of(canvas))
            top.setExpanded(True)
        self.update_counts()

    def _add_fields(self, top: QTreeWidgetItem, keys) -> None:
        for key in keys:
            if self.review.fields[key].source.strip():
                item = QTreeWidgetItem(top, [self.field_label(key), ""])
                item.setToolTip(0, self.field_label(key))
                item.setData(0, ITEM_ROLE, ("field", key))

    def update_counts(self) -> None:
        """The number of replacements (and of words to check) of each text and each group."""
        for top in self._tops():
            total = to_check = 0
            for child in self._children(top):
                kind, key = child.data(0, ITEM_ROLE)
                if kind != "field":
                    continue
                entry = self.review.fields[key]
                count = len(entry.replacements)
                ambiguous = sum(1 for r in entry.replacements if r.ambiguous) + len(entry.left_in_clear)
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

    # -- finding and moving ------------------------------------------------------------------------------
    def _tops(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(index) for index in range(self.tree.topLevelItemCount())]

    def _children(self, top: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        return [top.child(index) for index in range(top.childCount())]

    def first_field_item(self) -> QTreeWidgetItem | None:
        fields = (child for top in self._tops() for child in self._children(top))
        return next((child for child in fields if child.data(0, ITEM_ROLE)[0] == "field"), None)

    def field_item(self, key: str) -> QTreeWidgetItem | None:
        fields = (child for top in self._tops() for child in self._children(top))
        return next((child for child in fields if child.data(0, ITEM_ROLE) == ("field", key)), None)

    def select_field(self, key: str) -> None:
        item = self.field_item(key)
        if item is not None:
            self.tree.setCurrentItem(item)

    def select_canvas(self, index: int) -> None:
        top = self.tree.topLevelItem(index)
        self.tree.setCurrentItem(top.child(0))

    def _on_current(self, item: QTreeWidgetItem | None) -> None:
        if item is None or self.review is None:
            return
        kind, value = item.data(0, ITEM_ROLE)
        if kind == "group":
            if item.childCount():
                self.tree.setCurrentItem(item.child(0))
        elif kind == "canvas":
            self.canvas_chosen.emit(value)
        else:
            self.field_chosen.emit(value)

    # -- labels ------------------------------------------------------------------------------------------
    def owner_label(self, key: str) -> str:
        """Whose text it is: the session, or the code of a canvas."""
        return self.tr("Session") if key.startswith(f"{SESSION}/") else key.partition("/")[0]

    def field_label(self, key: str) -> str:
        """The label of a field in the interface language (the app's French label as a fallback)."""
        prefix, _slash, name = key.partition("/")
        if prefix == SESSION:
            return self._session_labels().get(name, self.review.fields[key].label)
        if name == "narrative":
            return self.tr("Narrative")
        if name == "other_pathologies":
            return self.tr("Other pathologies")
        match = NUMBERED.match(name)
        if match:
            template = self._numbered_templates().get((match.group(1), match.group(3)))
            if template:
                return fill(template, int(match.group(2)) + 1)
        return self.review.fields[key].label

    def _session_labels(self) -> dict[str, str]:
        return {
            "noeud_text": self.tr("Nœud, in the group's words"),
            "feedback_positive": self.tr("One positive element"),
            "feedback_difficulty": self.tr("One difficulty"),
            "feedback_new": self.tr("One new element"),
            "feedback_solution": self.tr("One solution that emerged"),
        }

    def _numbered_templates(self) -> dict[tuple[str, str], str]:
        return {
            ("dialogue", "difficulties"): self.tr("Difficulties (dialogue session %1)"),
            ("dialogue", "added_value"): self.tr("Added value (dialogue session %1)"),
            ("priority", "text"): self.tr("Priority %1"),
            ("resource", "name"): self.tr("Resource %1"),
        }
