"""A new passphrase typed twice, with a strength meter (zxcvbn) and the reason when it is refused.

Used by the first-run wizard and by "Change passphrase". zxcvbn's advice is English; the known sentences
are translated here (context "PassphraseAdvice"), an unknown one falls back to a general hint.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.common.i18n import fill
from ui.unlock.password_edit import password_edit

MIN_SCORE = 3  # zxcvbn: "safely unguessable"; with Argon2id at ~0.5 s a guess, that is ample
MAX_CHECKED = 100  # zxcvbn slows down on very long inputs; the first 100 characters say enough
ERROR_STYLE = "color: #9b1c1c;"
BAR_COLOURS = ("#b91c1c", "#c2410c", "#a16207", "#15803d", "#166534")

_ADVICE = {text: text for text in (
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP("PassphraseAdvice",
                      'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    QT_TRANSLATE_NOOP("PassphraseAdvice", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "This is a very common password."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Common names and surnames are easy to guess."),
)}
_VERDICTS = (
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Strength: very weak"),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Strength: weak"),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Strength: fair"),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Strength: good"),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Strength: excellent"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PassphraseAdvice", text)


@dataclass(frozen=True)
class Assessment:
    score: int  # 0 (very weak) … 4 (excellent)
    verdict: str
    advice: str  # why it is weak and what to do; empty when acceptable

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def assess(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Assessment:
    """zxcvbn's score and the translated reason; `user_inputs` are words an attacker would try first."""
    if not passphrase:
        return Assessment(0, "", "")
    from zxcvbn import zxcvbn  # loaded on first use: the unlock window is shown without it (issue 14)

    result = zxcvbn(passphrase[:MAX_CHECKED], user_inputs=["relais", "registre", "boost", *user_inputs])
    score = int(result["score"])
    if score >= MIN_SCORE:
        return Assessment(score, _tr(_VERDICTS[score]), "")
    feedback = result["feedback"]
    sentences = (feedback["warning"], *feedback["suggestions"])
    known = [_tr(_ADVICE[text]) for text in sentences if text in _ADVICE]
    advice = " ".join(known[:2]) or _tr("Add another word or two. Uncommon words are better.")
    return Assessment(score, _tr(_VERDICTS[score]), advice)


class PassphraseFields(QWidget):
    """Passphrase, strength meter, confirmation; `problem()` says what prevents going on, if anything."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, user_inputs: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.user_inputs = user_inputs
        self.first = password_edit(self.tr("New passphrase"), self)
        self.second = password_edit(self.tr("Confirm the passphrase"), self)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = QLabel(self)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.mismatch = QLabel(self.tr("The two passphrases are not the same."), self)
        self.mismatch.setStyleSheet(ERROR_STYLE)
        self.mismatch.hide()
        self._layout()
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        first_label = QLabel(self.tr("&Passphrase:"), self)
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("&Confirm:"), self)
        second_label.setBuddy(self.second)
        strength = QWidget(self)
        column = QVBoxLayout(strength)
        column.setContentsMargins(0, 4, 0, 4)
        column.setSpacing(4)
        for widget in (self.meter, self.verdict, self.advice):
            column.addWidget(widget)
        form.addRow(first_label, self.first)
        form.addRow("", strength)
        form.addRow(second_label, self.second)
        form.addRow("", self.mismatch)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)

    def passphrase(self) -> str:
        return self.first.text()

    def assessment(self) -> Assessment:
        return assess(self.first.text(), self.user_inputs)

    def problem(self) -> str | None:
        """None when the passphrase can be used; otherwise the sentence to show."""
        if not self.first.text():
            return self.tr("Choose a passphrase.")
        assessment = self.assessment()
        if not assessment.acceptable:
            return fill(self.tr("This passphrase is too easy to guess. %1"), assessment.advice)
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases are not the same.")
        return None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        assessment = self.assessment()
        self.meter.setValue(assessment.score if self.first.text() else 0)
        colour = BAR_COLOURS[assessment.score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.verdict.setText(assessment.verdict)
        self.advice.setText(assessment.advice)
        self.advice.setVisible(bool(assessment.advice))
        typed_both = bool(self.second.text())
        self.mismatch.setVisible(typed_both and self.first.text() != self.second.text())
        self.changed.emit()
