"""Read-only text views for the CdP review: the original text with its replacements highlighted, and the
exported text with its placeholders marked.

Replacement offsets index Python strings; a QTextDocument counts UTF-16 code units. `to_document` and
`to_python` convert between the two, so a text with characters outside the BMP (an emoji) stays aligned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from app.anonymiser import Replacement
from ui.common.i18n import fill

REPLACED_COLOUR = "#fde68a"  # amber: replaced, nothing to check
AMBIGUOUS_COLOUR = "#f9a8d4"  # pink: a common word too, check it
MANUAL_COLOUR = "#bfdbfe"  # blue: masked by the referent
PLACEHOLDER_COLOUR = "#e5e7eb"
LEFT_COLOUR = "#b45309"  # dotted underline: seen and left in clear, to check
PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,40}\]")
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard

translate = QCoreApplication.translate


def to_document(text: str, index: int) -> int:
    """The QTextDocument position of the Python offset `index` of `text`."""
    return len(text[:index].encode("utf-16-le")) // 2


def to_python(text: str, position: int) -> int:
    """The Python offset of the QTextDocument position `position` in `text`."""
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def reason_text(reason: str) -> str:
    """Why words were replaced, in the interface language."""
    return {
        "register": translate("HighlightedText", "found in the register"),
        "pattern": translate("HighlightedText", "found by a pattern"),
        "ner": translate("HighlightedText", "found by the language model"),
        "manual": translate("HighlightedText", "masked by you"),
    }.get(reason, reason)


def colour_of(replacement: Replacement) -> str:
    if replacement.reason == "manual":
        return MANUAL_COLOUR
    return AMBIGUOUS_COLOUR if replacement.ambiguous else REPLACED_COLOUR


def tooltip_of(replacement: Replacement) -> str:
    replaced = translate("HighlightedText", "Replaced by %1 (%2)")
    lines = [fill(replaced, replacement.placeholder, reason_text(replacement.reason))]
    if replacement.detail:
        lines.append(replacement.detail)
    if replacement.ambiguous:
        lines.append(translate("HighlightedText", "To check: this is also a common word."))
    return "\n".join(lines)


def left_tooltip(left: Replacement) -> str:
    lines = [translate("HighlightedText", "Left in clear: to check."), left.detail,
             translate("HighlightedText", "Select it and choose Mask the selection to mask it.")]
    return "\n".join(line for line in lines if line)


class HighlightedText(QTextEdit):
    """The original text of a field, read-only but selectable (mouse and keyboard), replacements coloured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(SELECTABLE)
        self.setTabChangesFocus(True)
        self._text = ""
        self._replacements: list[Replacement] = []
        self._left: list[Replacement] = []

    def show_field(self, text: str, replacements: Sequence[Replacement],
                   left_in_clear: Sequence[Replacement] = ()) -> None:
        """`left_in_clear`: words the anonymiser saw and kept on purpose, underlined (dotted) to check."""
        self._text = text
        self._replacements = list(replacements)
        self._left = list(left_in_clear)
        self.setPlainText(text)
        selections = []
        for left in self._left:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(left.start, left.end)
            selection.format = QTextCharFormat()
            selection.format.setFontUnderline(True)
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            selection.format.setUnderlineColor(QColor(LEFT_COLOUR))
            selections.append(selection)
        for replacement in self._replacements:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(replacement.start, replacement.end)
            selection.format = QTextCharFormat()
            selection.format.setBackground(QColor(colour_of(replacement)))
            if replacement.ambiguous:
                selection.format.setFontUnderline(True)
                selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            selections.append(selection)
        self.setExtraSelections(selections)

    def highlighted(self) -> list[tuple[int, int, str]]:
        """(start, end, colour) of each highlight, in Python offsets (what the view shows)."""
        found = []
        for selection in self.extraSelections():
            if selection.format.background().style() == Qt.BrushStyle.NoBrush:
                continue  # left in clear: underlined only (see `left_ranges`)
            start = to_python(self._text, selection.cursor.selectionStart())
            end = to_python(self._text, selection.cursor.selectionEnd())
            found.append((start, end, selection.format.background().color().name()))
        return found

    def left_ranges(self) -> list[tuple[int, int]]:
        """(start, end) of the words underlined as left in clear."""
        return [(r.start, r.end) for r in self._left]

    def selected_range(self) -> tuple[int, int] | None:
        """The selected words as Python offsets of the text, or None without a selection."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return to_python(self._text, cursor.selectionStart()), to_python(self._text, cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        self.setTextCursor(self._cursor(start, end))
        self.ensureCursorVisible()

    def replacement_at(self, index: int) -> Replacement | None:
        return next((r for r in self._replacements if r.start <= index < r.end), None)

    def tooltip_at(self, index: int) -> str:
        replacement = self.replacement_at(index)
        if replacement:
            return tooltip_of(replacement)
        left = next((r for r in self._left if r.start <= index < r.end), None)
        return left_tooltip(left) if left else ""

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(event.pos()).position()
            text = self.tooltip_at(to_python(self._text, position))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(to_document(self._text, start))
        cursor.setPosition(to_document(self._text, end), QTextCursor.MoveMode.KeepAnchor)
        return cursor


class ExportedText(QTextEdit):
    """The text as it will be exported, placeholders shaded; read-only, selectable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(SELECTABLE)
        self.setTabChangesFocus(True)

    def show_text(self, text: str) -> None:
        self.setPlainText(text)
        selections = []
        for match in PLACEHOLDER.finditer(text):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(to_document(text, match.start()))
            cursor.setPosition(to_document(text, match.end()), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = QTextCharFormat()
            selection.format.setBackground(QColor(PLACEHOLDER_COLOUR))
            selection.format.setFontWeight(600)
            selections.append(selection)
        self.setExtraSelections(selections)
