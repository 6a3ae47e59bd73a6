"""How the priorities panel is laid out: its widgets in Tab order, the two columns, the shortcuts.

A mixin of PrioritiesPanel (ui.dialogue.priorities), which holds the behaviour; the texts keep the panel's
translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.vocab_widgets import error_label
from ui.common.widget_helpers import buddy_label, push_button
from ui.dialogue.card_grid import ThemeCombo
from ui.dialogue.priority_chart import StatusBadgeDelegate, StatusStripChart

translate = QCoreApplication.translate
BANNER_STYLE = "background: #eaf2f8; border: 1px solid #b6cfe0; border-radius: 6px;"
COLUMNS = ("rank", "text", "theme", "status", "since")


class PrioritiesLayout:
    """The widgets and layout of PrioritiesPanel (a QWidget); the panel provides the slots they call."""

    def _build_widgets(self) -> None:
        """Created in Tab order: the list and its buttons, the new priority, then the selected one."""
        self._build_banner()
        self._build_table()
        self.up_button = push_button(
            self, "move_up", translate("PrioritiesPanel", "Move &up"), lambda: self.move_selected(-1)
        )
        self.down_button = push_button(
            self, "move_down", translate("PrioritiesPanel", "Move do&wn"), lambda: self.move_selected(1)
        )
        self.status_button = push_button(
            self, "change_status", translate("PrioritiesPanel", "Chan&ge the status…"), self.change_status
        )
        self.delete_button = push_button(
            self, "delete_priority", translate("PrioritiesPanel", "De&lete…"), self.delete_selected
        )
        self.new_words = QLineEdit(self)
        self.new_words.setObjectName("new_words")
        self.new_words.setPlaceholderText(
            translate("PrioritiesPanel", "A new priority, in the person's words…")
        )
        self.new_theme = ThemeCombo(self._deck, parent=self)
        self.new_theme.setObjectName("new_theme")
        self.new_theme.setAccessibleName(translate("PrioritiesPanel", "Theme of the new priority"))
        self.add_button = push_button(
            self, "add_priority", translate("PrioritiesPanel", "&Add"), self.add_priority
        )
        self.add_error = error_label(self)
        self.words = QLineEdit(self)
        self.words.setObjectName("words")
        self.save_words_button = push_button(
            self, "save_words", translate("PrioritiesPanel", "&Keep the words"), self.save_words
        )
        self.theme = ThemeCombo(self._deck, parent=self)
        self.theme.setObjectName("theme")
        self.words_error = error_label(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(
            translate("PrioritiesPanel", "Your notes on this priority (what was tried, who to call…)")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.save_notes_button = push_button(
            self, "save_notes", translate("PrioritiesPanel", "Re&cord the notes"), self.save_notes
        )
        self.timeline = QListWidget(self)
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.chart = StatusStripChart(self)

    def _build_banner(self) -> None:
        self.banner = QFrame(self)
        self.banner.setObjectName("too_many_banner")
        self.banner.setStyleSheet(f"QFrame#too_many_banner {{ {BANNER_STYLE} }}")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_text.setStyleSheet("color: #1d3f57;")
        icon = QLabel(self.banner)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(22, 22)
        )
        row = QHBoxLayout(self.banner)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.banner_text, 1)
        self.banner.hide()

    def _build_table(self) -> None:
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("priorities")
        self.table.setAccessibleName(translate("PrioritiesPanel", "Priorities, by rank"))
        self.table.setHorizontalHeaderLabels(
            [
                "#",
                translate("PrioritiesPanel", "In the person's words"),
                translate("PrioritiesPanel", "Theme"),
                translate("PrioritiesPanel", "Status"),
                translate("PrioritiesPanel", "Since"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(COLUMNS.index("status"), StatusBadgeDelegate(self.table))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Interactive,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(COLUMNS.index("theme"), 170)

    def _labelled(self, text: str, buddy: QWidget, bold: bool = True) -> QLabel:
        buddy.setAccessibleName(text.replace("&", "").rstrip(" :"))
        return buddy_label(self, text, buddy, bold=bold)

    def _build_layout(self) -> None:
        columns = QHBoxLayout()
        columns.addLayout(self._list_column(), 3)
        columns.addLayout(self._detail_column(), 2)
        # in a scroll area: on a short window (1280×800 at 150 %) the tab scrolls instead of making the
        # window taller than the screen; at 1180×720 everything is in sight and nothing scrolls
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addWidget(self._labelled(translate("PrioritiesPanel", "Statuses over time"), self.chart))
        layout.addWidget(self.chart)
        scroll = QScrollArea(self)
        scroll.setObjectName("priorities_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)

    def _list_column(self) -> QVBoxLayout:
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.status_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        adding = QHBoxLayout()
        adding.addWidget(self._labelled(translate("PrioritiesPanel", "N&ew:"), self.new_words, bold=False))
        adding.addWidget(self.new_words, 3)
        adding.addWidget(self.new_theme, 2)
        adding.addWidget(self.add_button)
        column = QVBoxLayout()
        column.addWidget(self._labelled(translate("PrioritiesPanel", "Priorities, &by rank"), self.table))
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column.addLayout(adding)
        column.addWidget(self.add_error)
        return column

    def _detail_column(self) -> QVBoxLayout:
        grid = QGridLayout()
        words_label = self._labelled(translate("PrioritiesPanel", "E&xact words:"), self.words, bold=False)
        grid.addWidget(words_label, 0, 0)
        grid.addWidget(self.words, 0, 1)
        grid.addWidget(self.save_words_button, 0, 2)
        grid.addWidget(self.words_error, 1, 1, 1, 2)
        grid.addWidget(self._labelled(translate("PrioritiesPanel", "The&me:"), self.theme, bold=False), 2, 0)
        grid.addWidget(self.theme, 2, 1, 1, 2)
        grid.addWidget(self._labelled(translate("PrioritiesPanel", "N&otes:"), self.notes, bold=False), 3, 0,
                       Qt.AlignmentFlag.AlignTop)  # fmt: skip
        grid.addWidget(self.notes, 3, 1)
        grid.addWidget(self.save_notes_button, 3, 2, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.addWidget(
            QLabel(translate("PrioritiesPanel", "Selected priority"), self, styleSheet="font-weight: bold;")
        )
        column.addLayout(grid)
        column.addWidget(
            self._labelled(translate("PrioritiesPanel", "H&istory of its statuses"), self.timeline)
        )
        column.addWidget(self.timeline, 1)
        return column

    def _connect(self) -> None:
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.words.returnPressed.connect(self.save_words)
        self.theme.activated.connect(lambda _index: self.save_theme())
        self.new_words.returnPressed.connect(self.add_priority)
        for keys, slot in (
            ("Ctrl+Up", lambda: self.move_selected(-1)),
            ("Ctrl+Down", lambda: self.move_selected(1)),
            ("Ctrl+E", self.change_status),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_selected)
        self.table.itemActivated.connect(lambda _item: self.change_status())
