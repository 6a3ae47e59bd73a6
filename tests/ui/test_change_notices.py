"""Change notices: a write made in one view shows up in the other open views; unsaved edits of other fields
survive; a field changed on both sides asks. Journeys with key events, outcomes read from the real register.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app import clock
from app.changes import ChangeSet, merge_states
from tests.ui.conftest import wait_for_writes
from ui.shell.main_window import MainWindow
from ui.time.quick_log import QuickLogDialog

Button = QMessageBox.StandardButton
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, services, preferences, filled) -> MainWindow:
    window = MainWindow(services, preferences, language="fr")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def questions(monkeypatch) -> list[str]:
    """Answers "which version?" with the next queued button and records the question's title."""
    asked = Questions()

    def answer(_parent, title, _text, *_args, **_kwargs):
        asked.append(title)
        return asked.answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


class Questions(list):
    """The titles asked, and the answers still to give."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[Button] = []


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def type_text(qtbot, text: str) -> None:
    for character in text:
        press(qtbot, character)


def back_to_the_narrative(qtbot, window: MainWindow, editor) -> None:
    """After the dialog: the window is active again and the referent clicks into the narrative."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor.situation_form.narrative.setFocus()
    editor.situation_form.narrative.moveCursor(editor.situation_form.narrative.textCursor().MoveOperation.End)


@pytest.fixture
def quick_log_a_visit(qtbot, monkeypatch):
    """Ctrl+T's dialog, answered with keys: 45 minutes, next check-in in one week (Alt+W), Ctrl+Enter."""

    def run(dialog: QuickLogDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.rows.rows[0].duration.setFocus()
        type_text(qtbot, "45")
        press(qtbot, Qt.Key.Key_W, ALT)
        qtbot.waitUntil(lambda: dialog.next_checkin.date() is not None)
        press(qtbot, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        return dialog.result()

    monkeypatch.setattr(QuickLogDialog, "exec", run)


def open_in_front(qtbot, window: MainWindow, situation_id: int):
    editor = window.open_situation(situation_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor.tabs.setCurrentIndex(1)
    editor.situation_form.narrative.setFocus()
    return editor


def test_saving_the_editor_after_a_quick_log_keeps_the_planned_checkin(
        qtbot, window, services, filled, quick_log_a_visit):
    """The data-loss case of issue 11: Ctrl+T plans a check-in, then Ctrl+S in the editor wrote it back."""
    eloise = filled["eloise"]
    editor = open_in_front(qtbot, window, eloise)
    press(qtbot, Qt.Key.Key_T, CTRL)
    planned = clock.today() + timedelta(days=7)
    assert services.situations.get(eloise).next_checkin == planned
    assert editor.situation_form.next_checkin.date() == planned  # the open editor shows it
    back_to_the_narrative(qtbot, window, editor)
    type_text(qtbot, " Revoir lundi.")
    press(qtbot, Qt.Key.Key_S, CTRL)
    stored = services.situations.get(eloise)
    assert stored.next_checkin == planned
    assert stored.narrative.endswith("Revoir lundi.")


def test_unsaved_edits_of_other_fields_survive_a_change_made_elsewhere(
        qtbot, window, services, filled, quick_log_a_visit):
    eloise = filled["eloise"]
    editor = open_in_front(qtbot, window, eloise)
    type_text(qtbot, " Appel du CPAS.")  # not saved yet
    press(qtbot, Qt.Key.Key_T, CTRL)
    planned = clock.today() + timedelta(days=7)
    assert editor.is_dirty()
    assert editor.situation_form.narrative.toPlainText().endswith("Appel du CPAS.")
    assert editor.situation_form.next_checkin.date() == planned
    back_to_the_narrative(qtbot, window, editor)
    press(qtbot, Qt.Key.Key_S, CTRL)
    stored = services.situations.get(eloise)
    assert (stored.next_checkin, stored.narrative.endswith("Appel du CPAS.")) == (planned, True)


@pytest.mark.parametrize(("answer", "kept_days"), [(Button.Yes, 14), (Button.No, 7)])
def test_a_field_changed_on_both_sides_asks(qtbot, window, services, filled, quick_log_a_visit, questions,
                                            answer, kept_days):
    eloise = filled["eloise"]
    editor = open_in_front(qtbot, window, eloise)
    editor.situation_form.next_checkin.quick_buttons[1].click()  # +2 weeks, not saved
    questions.answers.append(answer)
    window.activateWindow()
    editor.situation_form.narrative.setFocus()
    press(qtbot, Qt.Key.Key_T, CTRL)  # the quick log plans +1 week
    assert questions == ["Changed elsewhere"]
    kept = clock.today() + timedelta(days=kept_days)
    assert editor.situation_form.next_checkin.date() == kept
    back_to_the_narrative(qtbot, window, editor)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert services.situations.get(eloise).next_checkin == kept


def test_register_and_to_contact_follow_a_check_in_planned_elsewhere(qtbot, window, services, filled,
                                                                     quick_log_a_visit):
    marc = filled["marc"]
    open_in_front(qtbot, window, marc)
    press(qtbot, Qt.Key.Key_T, CTRL)
    planned = clock.today() + timedelta(days=7)
    assert window.register_view.model.summary(marc).next_checkin == planned
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page(1)
    followups = window.followups_page
    assert marc in [item.situation_id for item in followups.items()]
    followups.select_row([item.situation_id for item in followups.items()].index(marc))
    followups.ask_next_checkin = lambda _item: (None,)
    followups.done_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # Done
    wait_for_writes(qtbot, services)
    assert services.situations.get(marc).next_checkin is None
    assert marc not in [item.situation_id for item in followups.items()]
    assert window.register_view.model.summary(marc).next_checkin is None


def test_merge_takes_untouched_fields_and_reports_conflicts():
    baseline = {"a": 1, "b": 1, "c": 1, "d": 1}
    mine = {"a": 2, "b": 1, "c": 3, "d": 5}
    theirs = {"a": 1, "b": 4, "c": 3, "d": 6}
    merged, conflicts = merge_states(baseline, mine, theirs)
    assert merged == {"a": 2, "b": 4, "c": 3, "d": 5}
    assert conflicts == ["d"]


def test_change_sets_unite_and_say_what_they_touch():
    changes = ChangeSet.of(situations=[3], time_entries=[9, None]) | ChangeSet.all_of("persons")
    assert changes.touches_situation(3) and not changes.touches_situation(4)
    assert changes.touches_person(123) and changes.time_entries == frozenset({9})
    assert not ChangeSet() and changes
    with pytest.raises(TypeError):
        ChangeSet.of(nonsense=[1])


# -- the priorities tab, the mobilisations tab and the desk timer -------------------------------------------
def elsewhere(services, write, changes: ChangeSet):
    """A write made by another view: through the register's runner, which tells every open view."""
    from ui.common.operations import runner_for

    return runner_for(services).call(write, changes=changes)


@pytest.fixture
def priority(services, situation_id) -> int:
    return services.priorities.add(situation_id, "Rester chez moi", "logement",
                                   clock.today() - timedelta(days=10)).id


def open_priorities(qtbot, services, situation_id):
    from tests.ui.conftest import show_active
    from ui.dialogue.priorities import PrioritiesPanel

    return show_active(qtbot, PrioritiesPanel(services, situation_id), (1100, 750))


def test_priorities_tab_takes_a_change_made_elsewhere_and_keeps_typed_words(qtbot, services, situation_id,
                                                                           priority):
    panel = open_priorities(qtbot, services, situation_id)
    panel.words.setFocus()
    panel.words.selectAll()
    type_text(qtbot, "Rester chez moi, au calme")  # typed, not saved
    elsewhere(services, lambda s: s.priorities.set_notes(priority, "Sa fille aide."),
              ChangeSet.of(priorities=[priority]))
    assert panel.notes.toPlainText() == "Sa fille aide."  # the change made elsewhere shows up
    assert panel.words.text() == "Rester chez moi, au calme"  # the typed words survive
    panel.notes.setFocus()  # leaving the words saves them, as before
    panel.save_words()
    stored = services.priorities.for_situation(situation_id)[0]
    assert (stored.text, stored.notes) == ("Rester chez moi, au calme", "Sa fille aide.")


@pytest.mark.parametrize(("answer", "kept"), [(Button.Yes, "Chez moi"), (Button.No, "Rester à la maison")])
def test_priorities_tab_asks_when_the_same_words_changed_elsewhere(qtbot, services, situation_id, priority,
                                                                  questions, answer, kept):
    panel = open_priorities(qtbot, services, situation_id)
    panel.words.setFocus()
    panel.words.selectAll()
    type_text(qtbot, "Chez moi")
    questions.answers.append(answer)
    elsewhere(services, lambda s: s.priorities.edit_text(priority, "Rester à la maison"),
              ChangeSet.of(priorities=[priority]))
    assert questions == ["Changed elsewhere"]
    assert panel.words.text() == kept


def test_mobilisations_tab_shows_time_logged_elsewhere(qtbot, services, situation_id):
    from app.mobilisations import MobilisationData
    from app.time_entries import TimeEntryData
    from tests.ui.conftest import show_active
    from ui.resources.mobilisations import MobilisationTab

    mobilisation = services.mobilisations.add(situation_id, MobilisationData(
        resource_name="Aide familiale", started_on=clock.today() - timedelta(days=5)))
    tab = show_active(qtbot, MobilisationTab(services, situation_id), (1100, 700))
    tab.select(mobilisation.id)
    assert tab.selected().minutes == 0
    entry = TimeEntryData("identifier_ressources", 25, clock.today(), situation_id, mobilisation.id)
    elsewhere(services, lambda s: s.time.log([entry]), ChangeSet.all_of("time_entries"))
    assert tab.selected_id() == mobilisation.id and tab.selected().minutes == 25


def test_the_timer_follows_a_timer_started_elsewhere(qtbot, services):
    from app.time_entries import TimerState
    from ui.time.timer import TimerWidget

    timer = TimerWidget(services)
    qtbot.addWidget(timer)
    assert not timer.is_running()
    elsewhere(services, lambda s: s.time.save_timer(TimerState(clock.now(), None, None)),
              ChangeSet.of(timer=[0]))
    assert timer.is_running()
