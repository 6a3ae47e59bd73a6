"""The form of one community-of-practice session: when, which group, the nœud, the situations brought, and
afterwards the four points the two representatives report.

Situations are listed with their pseudonym and the person's name (this is the referent's own screen; only
the pseudonym leaves it). A situation without recorded consent is shown greyed with the reason and cannot be
ticked. Refusals of the service appear under the field concerned.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.cdp.canvas import NO_CONSENT, Candidate
from app.cdp.sessions import FEEDBACK, CdpSessionData
from app.errors import ValidationError
from app.vocab import vocabularies
from ui.common.errors import error_text
from ui.common.vocab_widgets import date_edit, error_label, hint_label, to_date, to_qdate, ui_language

ID_ROLE = Qt.ItemDataRole.UserRole
NOEUD_GROUPS = ("patient", "prestataire", "situation")
FEEDBACK_HEIGHT = 58  # about three lines
NOEUD_TEXT_HEIGHT = 46
INDENT = 18


class _IndentedTerms(QStyledItemDelegate):
    """In the open list, terms are indented under their group's header (the closed combo shows the label)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        if index.data(ID_ROLE) is not None:
            option.rect.adjust(INDENT, 0, 0, 0)


class NoeudCombo(QComboBox):
    """The cdp_noeuds vocabulary grouped under PATIENT / PROVIDER / SITUATION headers (not selectable)."""

    def __init__(self, none_text: str, group_titles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(none_text, None)
        lang = ui_language()
        terms = list(vocabularies()["cdp_noeuds"])
        model: QStandardItemModel = self.model()
        for group in NOEUD_GROUPS:
            self.addItem(group_titles[group].upper(), None)
            header = model.item(self.count() - 1)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            for term in terms:
                if term.attribute("group") == group:
                    self.addItem(term.label(lang), term.id)
                    self.setItemData(self.count() - 1, term.label(lang), Qt.ItemDataRole.ToolTipRole)
        self.setItemDelegate(_IndentedTerms(self))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)

    def current_id(self) -> str | None:
        return self.currentData()

    def set_current_id(self, term_id: str | None) -> None:
        index = self.findData(term_id) if term_id else 0
        self.setCurrentIndex(max(index, 0))


class CdpSessionForm(QWidget):
    """Date, group, nœud, situations and the four points of one session; the page saves it."""

    changed = Signal()  # anything edited

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._candidates: list[Candidate] = []
        self._shown_state: tuple = ()
        self._build_widgets()
        self._build_layout()
        self._connect()

    # -- building ----------------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        """Created in Tab order."""
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.date = date_edit(self)
        self.date.setObjectName("held_on")
        self.date.setAccessibleName(self.tr("Date of the session"))
        self.group = QLineEdit(self)
        self.group.setObjectName("group_name")
        self.group.setPlaceholderText(self.tr("e.g. CdP Brussels-West"))
        self.group.setAccessibleName(self.tr("Name of the group"))
        groups = {"patient": self.tr("Patient"), "prestataire": self.tr("Provider"),
                  "situation": self.tr("Situation")}  # fmt: skip
        self.noeud = NoeudCombo(self.tr("— none —"), groups, self)
        self.noeud.setObjectName("noeud")
        self.noeud.setAccessibleName(self.tr("Nœud worked on"))
        self.noeud_text = self._text(
            "noeud_text", self.tr("The nœud in the group's own words"), NOEUD_TEXT_HEIGHT
        )
        self.noeud_text.setMaximumHeight(2 * NOEUD_TEXT_HEIGHT)
        self.situations = QListWidget(self)
        self.situations.setObjectName("situations")
        self.situations.setAccessibleName(self.tr("Situations brought to the session"))
        self.situations.setMinimumHeight(96)
        self.feedback = {
            name: self._text(name, text, FEEDBACK_HEIGHT)
            for name, text in zip(FEEDBACK, self._feedback_labels(accessible=True), strict=True)
        }
        self.errors = {name: error_label(self) for name in ("group_name", "noeud", "situations", "noeud_text",
                                                              *FEEDBACK)}  # fmt: skip
        self.general_error = error_label(self)

    def _feedback_labels(self, *, accessible: bool = False) -> list[str]:
        if accessible:
            return [self.tr("One positive element"), self.tr("One difficulty"), self.tr("One new element"),
                    self.tr("One solution that emerged")]  # fmt: skip
        return [self.tr("&1. One positive element"), self.tr("&2. One difficulty"),
                self.tr("&3. One new element"), self.tr("&4. One solution that emerged")]  # fmt: skip

    def _text(self, name: str, accessible: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        return edit

    def _labelled(self, text: str, buddy: QWidget, *, bold: bool = True) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        if bold:
            label.setStyleSheet("font-weight: bold;")
        return label

    def _build_layout(self) -> None:
        left = QGridLayout()
        left.setColumnStretch(1, 1)
        left.addWidget(self._labelled(self.tr("&Date:"), self.date), 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.date)
        head.addSpacing(12)
        head.addWidget(self._labelled(self.tr("&Group:"), self.group))
        head.addWidget(self.group, 1)
        left.addLayout(head, 0, 1)
        left.addWidget(self.errors["group_name"], 1, 1)
        left.addWidget(self._labelled(self.tr("Nœud (recurring &problem):"), self.noeud), 2, 0)
        left.addWidget(self.noeud, 2, 1)
        left.addWidget(self.errors["noeud"], 3, 1)
        left.addWidget(self._labelled(self.tr("In the group's own &words:"), self.noeud_text), 4, 0,
                       Qt.AlignmentFlag.AlignTop)  # fmt: skip
        left.addWidget(self.noeud_text, 4, 1)
        left.addWidget(self.errors["noeud_text"], 5, 1)
        situations = QVBoxLayout()
        situations.setSpacing(4)
        situations.addWidget(self._labelled(self.tr("Situations &brought (one or two)"), self.situations))
        situations.addWidget(hint_label(self.tr(
            "We talk about situations, not patients: only the pseudonym leaves this screen, and only for a "
            "situation whose person agreed to the exchange."), self))  # fmt: skip
        situations.addWidget(self.situations, 1)
        situations.addWidget(self.errors["situations"])
        left_column = QVBoxLayout()
        left_column.addLayout(left)
        left_column.addLayout(situations, 1)

        right_column = QVBoxLayout()
        right_column.setSpacing(4)
        heading = self._labelled(self.tr("After the session: the four points reported"),
                                 self.feedback["feedback_positive"])  # fmt: skip
        right_column.addWidget(heading)
        for (name, edit), text in zip(self.feedback.items(), self._feedback_labels(), strict=True):
            right_column.addWidget(self._labelled(text, edit, bold=False))
            right_column.addWidget(edit, 1)
            right_column.addWidget(self.errors[name])

        columns = QHBoxLayout()
        columns.addLayout(left_column, 11)
        columns.addSpacing(12)
        columns.addLayout(right_column, 9)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)

    def _connect(self) -> None:
        self.date.dateChanged.connect(lambda _d: self.changed.emit())
        self.group.textChanged.connect(lambda _t: self.changed.emit())
        self.noeud.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.noeud_text.textChanged.connect(self.changed.emit)
        for edit in self.feedback.values():
            edit.textChanged.connect(self.changed.emit)
        self.situations.itemChanged.connect(lambda _item: self.changed.emit())

    # -- situations --------------------------------------------------------------------------------------
    def set_candidates(self, candidates: Sequence[Candidate], chosen: Sequence[int] = ()) -> None:
        """Every situation; eligible ones checkable (ticked when in `chosen`), the others greyed with why."""
        self._candidates = list(candidates)
        wanted = set(chosen)
        self.situations.blockSignals(True)
        try:
            self.situations.clear()
            for candidate in self._candidates:
                item = QListWidgetItem(self._candidate_text(candidate), self.situations)
                item.setData(ID_ROLE, candidate.situation_id)
                if candidate.eligible:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                  | Qt.ItemFlag.ItemIsUserCheckable)  # fmt: skip
                    checked = candidate.situation_id in wanted
                    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                else:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed: neither selectable nor checkable
                    item.setToolTip(self._reason(candidate))
            if not self._candidates:
                item = QListWidgetItem(self.tr("No situation in the register yet."), self.situations)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        finally:
            self.situations.blockSignals(False)

    def _candidate_text(self, candidate: Candidate) -> str:
        text = f"{candidate.code} — {candidate.person_name}" if candidate.person_name else candidate.code
        return text if candidate.eligible else f"{text} — {self._reason(candidate)}"

    def _reason(self, candidate: Candidate) -> str:
        return self.tr("consent not recorded") if candidate.reason == NO_CONSENT else candidate.reason

    def candidate_item(self, situation_id: int) -> QListWidgetItem | None:
        for row in range(self.situations.count()):
            item = self.situations.item(row)
            if item.data(ID_ROLE) == situation_id:
                return item
        return None

    def set_checked(self, situation_id: int, checked: bool = True) -> bool:
        """Tick a situation as the referent would (False when it cannot be ticked)."""
        item = self.candidate_item(situation_id)
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return True

    def chosen_ids(self) -> list[int]:
        found = []
        for row in range(self.situations.count()):
            item = self.situations.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() == Qt.CheckState.Checked:
                found.append(item.data(ID_ROLE))
        return found

    # -- values ------------------------------------------------------------------------------------------
    def show_data(self, data: CdpSessionData, chosen: Sequence[int] = ()) -> None:
        self.date.setDate(to_qdate(data.held_on or clock.today()))
        self.group.setText(data.group_name)
        self.noeud.set_current_id(data.noeud)
        self.noeud_text.setPlainText(data.noeud_text)
        for name, edit in self.feedback.items():
            edit.setPlainText(getattr(data, name))
        self.set_candidates(self._candidates, chosen)
        self.clear_errors()
        self.mark_clean()

    def data(self) -> CdpSessionData:
        return CdpSessionData(
            held_on=to_date(self.date.date()),
            group_name=self.group.text(),
            noeud=self.noeud.current_id(),
            noeud_text=self.noeud_text.toPlainText(),
            **{name: edit.toPlainText() for name, edit in self.feedback.items()},
        )

    def _state(self) -> tuple:
        return (self.data(), tuple(self.chosen_ids()))

    def mark_clean(self) -> None:
        self._shown_state = self._state()

    def is_dirty(self) -> bool:
        return self._state() != self._shown_state

    # -- errors ------------------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()

    def show_error(self, error: ValidationError | str, field: str | None = None) -> None:
        """Under the field concerned (and focus it), or under the form for anything else."""
        field = getattr(error, "field", None) if field is None else field
        label = self.errors.get(field or "", self.general_error)
        label.setText(error if isinstance(error, str) else error_text(error))
        label.show()
        focus = {"group_name": self.group, "noeud": self.noeud, "noeud_text": self.noeud_text,
                 "situations": self.situations, **self.feedback}.get(field or "")  # fmt: skip
        if focus is not None:
            focus.setFocus()

    def visible_errors(self) -> dict[str, str]:
        shown = {name: label.text() for name, label in self.errors.items() if not label.isHidden()}
        if not self.general_error.isHidden():
            shown[""] = self.general_error.text()
        return shown
