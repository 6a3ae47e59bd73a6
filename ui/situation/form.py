"""The fields of a situation (Situation tab): récit, vulnerabilities, pathologies, origin, consent…"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.readmodels import SituationData
from app.vocab import vocabularies
from ui.common.i18n import fill
from ui.common.vocab_widgets import (
    OptionalDateEdit,
    VocabChecklist,
    VocabCombo,
    date_edit,
    error_label,
    hint_label,
    to_date,
    to_qdate,
)

TEXT_FIELDS = ("narrative", "other_pathologies")  # typed text: consecutive edits merge into one undo step


class SituationForm(QWidget):
    """Editable fields of a situation; status changes live in `SituationStatusBox`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._focus: dict[str, QWidget] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addLayout(self._left_column(), 5)
        layout.addLayout(self._right_column(), 4)
        self._connect_changes()

    # -- layout ----------------------------------------------------------------------------------------
    def _left_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(14)
        self.narrative = QPlainTextEdit(self)
        self.narrative.setTabChangesFocus(True)
        self.narrative.setPlaceholderText(self.tr(
            "The story of the situation, in your words: what the person lives, what they ask, "
            "what you noticed during the visit…"))
        # the height left over, at least 120 pixels: its own wish (192) made the tab scroll at 1024×640
        self.narrative.setMinimumHeight(120)
        self.narrative.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        label = self._buddy(self.tr("Narrativ&e (récit)"), self.narrative)
        column.addLayout(self._group(label, "narrative", self.narrative), 1)
        column.addWidget(self._details_box())
        return column

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Accompaniment"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.started_on = date_edit(box)
        self._add_row(form, "started_on", self.tr("Started &on"), self.started_on)
        self.origin = VocabCombo("origins", self.tr("Not specified"), box)
        self._add_row(form, "origin", self.tr("How the person ca&me in"), self.origin)
        self.consent = OptionalDateEdit(self.tr("&agreed on"), "—", box)
        explanation = self.tr("The person agrees that the situation is discussed anonymously in the "
                              "community of practice (CdP)")
        self.consent.setToolTip(explanation)
        self.consent.check.setObjectName("consent_cdp")
        self.consent.check.setAccessibleDescription(explanation)
        self._add_row(form, "consent_date", self.tr("Anonymous discussion in the CdP"), self.consent)
        self._focus["consent_date"] = self.consent.edit
        self.next_checkin = OptionalDateEdit(self.tr("p&lanned on"), self.tr("none"), box)
        self.next_checkin.default_offset_days = 7
        for text, days, name in ((self.tr("+1 week"), 7, self.tr("In one week")),
                                 (self.tr("+2 weeks"), 14, self.tr("In two weeks")),
                                 (self.tr("+1 month"), 30, self.tr("In one month"))):
            self.next_checkin.add_quick_choice(text, days, name)
        self.next_checkin.finish_row()
        self._add_row(form, "next_checkin", self.tr("Next check-in"), self.next_checkin)
        return box

    def _right_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(14)
        self.vulnerabilities = VocabChecklist(self)
        self.vulnerabilities.add_terms(sorted(vocabularies()["vulnerabilities"],
                                              key=lambda t: t.attribute("frequency_rank", 999)))
        self._vuln_label = self._buddy(self.tr("V&ulnerabilities"), self.vulnerabilities)
        vulnerabilities = self._group(self._vuln_label, "vulnerabilities", self.vulnerabilities)
        # the ticked terms in words: a short list cannot show them all at once
        self.vulnerability_summary = hint_label("", self)
        self.vulnerability_summary.setObjectName("vulnerability_summary")
        self.vulnerability_summary.hide()
        vulnerabilities.insertWidget(2, self.vulnerability_summary)
        column.addLayout(vulnerabilities, 3)
        self.pathologies = VocabChecklist(self)
        terms = vocabularies()["pathologies"]
        self.pathologies.add_section(self.tr("BOOST target pathologies"))
        self.pathologies.add_terms((t for t in terms if t.attribute("boost_target")), indent_children=True)
        self.pathologies.add_section(self.tr("Other pathologies"))
        self.pathologies.add_terms(t for t in terms if not t.attribute("boost_target"))
        label = self._buddy(self.tr("Patholo&gies"), self.pathologies)
        column.addLayout(self._group(label, "pathologies", self.pathologies), 2)
        self.other_pathologies = QLineEdit(self)
        self.other_pathologies.setPlaceholderText(self.tr("Details, other conditions…"))
        label = self._buddy(self.tr("Other pathologies, deta&ils"), self.other_pathologies)
        column.addLayout(self._group(label, "other_pathologies", self.other_pathologies))
        return column

    def _group(self, label: QLabel, name: str, widget: QWidget) -> QVBoxLayout:
        """A label, its field and the field's error message, kept close together."""
        group = QVBoxLayout()
        group.setSpacing(4)
        group.addWidget(label)
        group.addWidget(widget, 1)
        group.addWidget(self._register_error(name, widget))
        return group

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        name = text.replace("&", "")
        if isinstance(widget, OptionalDateEdit):  # the label leads to the box; the date is named after it
            label.setBuddy(widget.check)
            widget.edit.setAccessibleName(name)
        else:
            label.setBuddy(widget)
            widget.setAccessibleName(name)
        return label

    def _add_row(self, form: QFormLayout, name: str, text: str, widget: QWidget) -> None:
        cell = QWidget(form.parentWidget())
        grid = QGridLayout(cell)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.addWidget(widget, 0, 0)
        if isinstance(widget, QDateEdit):
            grid.setColumnStretch(1, 1)  # a date needs no more room than its text
        grid.addWidget(self._register_error(name, widget), 1, 0, 1, 2)
        form.addRow(self._buddy(text, widget), cell)

    def _register_error(self, name: str, widget: QWidget) -> QLabel:
        widget.setObjectName(name)
        self._focus[name] = widget
        self._errors[name] = error_label(self)
        return self._errors[name]

    def _connect_changes(self) -> None:
        self.narrative.textChanged.connect(self.changed)
        self.other_pathologies.textChanged.connect(self.changed)
        self.started_on.dateChanged.connect(self.changed)
        self.origin.currentIndexChanged.connect(self.changed)
        self.consent.changed.connect(self.changed)
        self.next_checkin.changed.connect(self.changed)
        self.vulnerabilities.changed.connect(self._on_vulnerabilities)
        self.pathologies.changed.connect(self.changed)

    def _on_vulnerabilities(self) -> None:
        ticked = self.vulnerabilities.checked_labels()
        text = self.tr("V&ulnerabilities")
        if ticked:
            text += " " + fill(self.tr("(%1 ticked)"), str(len(ticked)))
        self._vuln_label.setText(text)
        self.vulnerability_summary.setText(fill(self.tr("Ticked: %1"), ", ".join(ticked)))
        self.vulnerability_summary.setVisible(bool(ticked))
        self.changed.emit()

    def focus_chain(self) -> list[QWidget]:
        """The fields in reading order: récit, details, then the lists on the right."""
        return [self.narrative, self.started_on, self.origin, self.consent.check, self.consent.edit,
                self.next_checkin.check, self.next_checkin.edit, *self.next_checkin.quick_buttons,
                self.vulnerabilities, self.pathologies, self.other_pathologies]

    # -- values ----------------------------------------------------------------------------------------
    def state(self) -> dict:
        return {
            "started_on": to_date(self.started_on.date()),
            "narrative": self.narrative.toPlainText(),
            "origin": self.origin.current_id(),
            "vulnerabilities": tuple(sorted(self.vulnerabilities.checked_ids())),
            "pathologies": tuple(sorted(self.pathologies.checked_ids())),
            "other_pathologies": self.other_pathologies.text(),
            "consent_cdp": self.consent.is_checked(),
            "consent_date": self.consent.date(),
            "next_checkin": self.next_checkin.date(),
        }

    def set_state(self, state: dict) -> None:
        self.started_on.setDate(to_qdate(state["started_on"]))
        if self.narrative.toPlainText() != state["narrative"]:
            self.narrative.setPlainText(state["narrative"])
        self.origin.set_current_id(state["origin"])
        self.vulnerabilities.set_checked_ids(state["vulnerabilities"])
        self.pathologies.set_checked_ids(state["pathologies"])
        if self.other_pathologies.text() != state["other_pathologies"]:
            self.other_pathologies.setText(state["other_pathologies"])
        self.consent.set_date(state["consent_date"], checked=state["consent_cdp"])
        self.next_checkin.set_date(state["next_checkin"])

    def situation_data(self) -> SituationData:
        return SituationData(**self.state())

    # -- errors ----------------------------------------------------------------------------------------
    def show_error(self, field: str, message: str) -> bool:
        if field not in self._errors:
            return False
        self._errors[field].setText(message)
        self._errors[field].show()
        self._focus[field].setFocus()
        return True

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def error_text(self, field: str) -> str:
        return "" if self._errors[field].isHidden() else self._errors[field].text()


def state_of(data: SituationData, today: date) -> dict:
    """The form state that shows `data` (the saved baseline); a new situation starts today."""
    return {
        "started_on": data.started_on or today,
        "narrative": data.narrative,
        "origin": data.origin,
        "vulnerabilities": tuple(sorted(data.vulnerabilities)),
        "pathologies": tuple(sorted(data.pathologies)),
        "other_pathologies": data.other_pathologies,
        "consent_cdp": data.consent_cdp,
        "consent_date": data.consent_date if data.consent_cdp else None,
        "next_checkin": data.next_checkin,
    }
