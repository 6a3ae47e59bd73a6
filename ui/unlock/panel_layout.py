"""How the unlock panel is laid out: title, where, the passphrase or recovery-code field, the message line,
the buttons. A mixin of UnlockPanel (ui.unlock.dialog), which holds the behaviour; the texts keep the panel's
translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.unlock.password_edit import draw_reveal_icon, password_edit

translate = QCoreApplication.translate


def heading(text: str, parent: QWidget) -> QLabel:
    """A calm, slightly larger title."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class UnlockPanelLayout:
    """The widgets and layout of UnlockPanel (a QWidget); the panel provides the slots they call."""

    def _build(self, can_switch: bool, icons_later: bool = False) -> None:
        self.title = heading(translate("UnlockPanel", "Unlock your register"), self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        # flags by name, not Qt.TextInteractionFlag: the unlock window shows before Qt's namespace is built
        # (ui.unlock.password_edit)
        self.where.setProperty("textInteractionFlags", "TextSelectableByMouse")
        self._build_fields(icons_later)
        self._build_buttons(can_switch)
        self._arrange()

    def _build_fields(self, icons_later: bool) -> None:
        self.passphrase = password_edit(translate("UnlockPanel", "Passphrase"), self, icon_later=icons_later)
        self.recovery = QLineEdit(self)
        self.recovery.setAccessibleName(translate("UnlockPanel", "Recovery code"))
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.setFont(QFont("monospace"))
        self.fields = QStackedWidget(self)
        self.fields.addWidget(self._field_page(translate("UnlockPanel", "&Passphrase:"), self.passphrase))
        self.fields.addWidget(self._field_page(translate("UnlockPanel", "Recovery &code:"), self.recovery))
        self.fields.setFixedHeight(self.fields.widget(0).sizeHint().height())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("UnlockPanel", "Message"))
        # room for three lines, always: the form does not jump when a message appears
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 3 + 4)
        self.message.setProperty("alignment", "AlignLeft|AlignTop")

    def _build_buttons(self, can_switch: bool) -> None:
        self.toggle = QPushButton(translate("UnlockPanel", "Use the &recovery code instead"), self)
        self.toggle.setFlat(True)
        self.toggle.clicked.connect(self._toggle_recovery)
        self.unlock_button = QPushButton(translate("UnlockPanel", "&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.recovery.returnPressed.connect(self.try_unlock)
        self.other_button = QPushButton(translate("UnlockPanel", "&Open another register…"), self)
        self.other_button.clicked.connect(self.open_other_requested)
        self.create_button = QPushButton(translate("UnlockPanel", "Create a &new register…"), self)
        self.create_button.clicked.connect(self.create_requested)
        for button in (self.other_button, self.create_button):
            button.setVisible(can_switch)

    def draw_icons(self) -> None:
        """The field's eye, when the panel was built with `icons_later` (ui.unlock.password_edit)."""
        draw_reveal_icon(self.passphrase)

    def _field_page(self, text: str, edit: QLineEdit) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text, page)
        label.setBuddy(edit)
        label.setMinimumWidth(150)
        row.addWidget(label)
        row.addWidget(edit, 1)
        return page

    def _arrange(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.where)
        layout.addSpacing(6)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        actions = QHBoxLayout()
        actions.addWidget(self.toggle)
        actions.addStretch(1)
        actions.addWidget(self.unlock_button)
        layout.addLayout(actions)
        switch = QHBoxLayout()
        switch.addWidget(self.other_button)
        switch.addWidget(self.create_button)
        switch.addStretch(1)
        layout.addSpacing(6)
        layout.addLayout(switch)
        layout.addStretch(1)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.toggle)
