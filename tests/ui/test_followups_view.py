"""The "to contact" view on a real encrypted register: listing, overdue highlight, done, postpone, open."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.followups import CHECKIN, FOLLOWUP, FollowUpService
from app.readmodels import SituationData
from tests.ui.conftest import add_situation, wait_for_writes
from ui.common.date_choice import DateChoiceDialog
from ui.register.to_contact import OVERDUE_BACKGROUND, FollowUpsView

TODAY = date.today()


pytestmark = pytest.mark.usefixtures("no_real_dialogs")


def _situation(services, last_name: str, next_checkin: date | None) -> int:
    return add_situation(services, "Anne", last_name, next_checkin=next_checkin,
                         started_on=TODAY - timedelta(days=60))


@pytest.fixture
def situations(services, register) -> dict[str, int]:
    ids = {
        "late": _situation(services, "Lambert", TODAY - timedelta(days=3)),
        "today": _situation(services, "Peeters", TODAY),
        "soon": _situation(services, "Janssens", TODAY + timedelta(days=5)),
        "later": _situation(services, "Dubois", TODAY + timedelta(days=20)),
    }
    FollowUpService(register).add(ids["soon"], TODAY - timedelta(days=1), "Rappeler la mutualité")
    return ids


@pytest.fixture
def view(qtbot, services, situations) -> FollowUpsView:
    widget = FollowUpsView(services)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def _rows(view: FollowUpsView) -> list[tuple[int, tuple[str, ...]]]:
    return [(line.situation_id, tuple(item.source for item in line.items)) for line in view.items()]


def test_due_and_overdue_sorted_by_date_with_overdue_highlighted(view, situations):
    # "soon" has a reminder (yesterday) and its check-in (in five days): one line, dated by the reminder
    assert _rows(view) == [(situations["late"], (CHECKIN,)), (situations["soon"], (FOLLOWUP, CHECKIN)),
                           (situations["today"], (CHECKIN,))]
    model = view.model
    assert model.data(model.index(1, 4)) == "Next check-in + 1 reminder"
    assert model.data(model.index(0, 4)) == "Next check-in"
    late = model.index(0, 0)
    assert model.data(late, Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert "3" in model.data(late)  # "3 days late", in words as well as in colour
    assert model.data(model.index(2, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.rowCount() == 3
    assert model.data(model.index(1, 5)) == "Rappeler la mutualité"
    assert "2" in view.count_label.text()  # two overdue


def test_horizon_widens_the_list(view, situations):
    view.horizon.setCurrentIndex(0)
    assert [sid for sid, _ in _rows(view)] == [situations["late"], situations["soon"], situations["today"]]
    view.horizon.setCurrentIndex(2)
    assert situations["later"] in [sid for sid, _ in _rows(view)]


def test_mark_done_moves_the_next_checkin(qtbot, view, services, situations):
    view.select_row(0)
    asked = []
    view.ask_next_checkin = lambda item: asked.append(item.situation_id) or (TODAY + timedelta(days=30),)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, services)
    assert asked == [situations["late"]]
    assert services.situations.get(situations["late"]).next_checkin == TODAY + timedelta(days=30)
    assert situations["late"] not in [sid for sid, _ in _rows(view)]


def test_mark_done_without_next_checkin_clears_it(qtbot, view, services, situations):
    view.select_row(2)
    assert view.selected_item().situation_id == situations["today"]
    view.ask_next_checkin = lambda item: (None,)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, services)
    assert services.situations.get(situations["today"]).next_checkin is None


def test_cancelled_done_changes_nothing(qtbot, view, services, situations):
    view.select_row(0)
    view.ask_next_checkin = lambda item: None
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert services.situations.get(situations["late"]).next_checkin == TODAY - timedelta(days=3)


def test_mark_done_reminder_needs_no_question(qtbot, view, services, situations):
    view.horizon.setCurrentIndex(0)  # today or overdue: the reminder of "soon" alone, not its check-in
    view.select_row(1)
    assert _rows(view)[1] == (situations["soon"], (FOLLOWUP,))
    view.ask_next_checkin = lambda item: pytest.fail("a reminder is simply done")
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, services)
    assert situations["soon"] not in [sid for sid, _ in _rows(view)]
    assert services.situations.get(situations["soon"]).next_checkin == TODAY + timedelta(days=5)


def test_a_line_with_both_is_done_at_once(qtbot, view, services, situations, register):
    view.select_row(1)
    asked = []
    view.ask_next_checkin = lambda line: asked.append(line.situation_id) or (TODAY + timedelta(days=21),)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, services)
    assert asked == [situations["soon"]]  # one question for the person, not one per reason
    assert services.situations.get(situations["soon"]).next_checkin == TODAY + timedelta(days=21)
    due = FollowUpService(register).due(TODAY + timedelta(days=7))
    assert situations["soon"] not in [item.situation_id for item in due]  # the reminder is done too


def test_postponing_a_line_with_both_moves_both(qtbot, view, services, situations, register):
    view.select_row(1)
    view.ask_postpone_date = lambda line: TODAY + timedelta(days=10)
    qtbot.mouseClick(view.postpone_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, services)
    moved = [item for item in FollowUpService(register).due(TODAY + timedelta(days=30))
             if item.situation_id == situations["soon"]]
    assert sorted(item.source for item in moved) == [CHECKIN, FOLLOWUP]
    assert {item.due_on for item in moved} == {TODAY + timedelta(days=10)}


def test_postpone_with_a_quick_choice(qtbot, view, services, situations):
    view.select_row(0)
    view.ask_postpone_date = lambda item: TODAY + timedelta(days=14)
    qtbot.mouseClick(view.postpone_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, services)
    assert services.situations.get(situations["late"]).next_checkin == TODAY + timedelta(days=14)
    assert situations["late"] not in [sid for sid, _ in _rows(view)]


def test_postpone_dialog_quick_choices_set_the_date(qtbot):
    dialog = DateChoiceDialog("Reporter", "Reporter à :", None, False)
    qtbot.addWidget(dialog)
    for button, days in zip(dialog.quick_buttons, (7, 14, 30), strict=True):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.chosen_date() == TODAY + timedelta(days=days)


def test_next_checkin_dialog_allows_none(qtbot):
    dialog = DateChoiceDialog("Fait", "Prochain contact ?", None, True)
    qtbot.addWidget(dialog)
    assert dialog.chosen_date() is None
    qtbot.mouseClick(dialog.quick_buttons[0], Qt.MouseButton.LeftButton)
    assert dialog.chosen_date() == TODAY + timedelta(days=7)
    dialog.picker.check.setChecked(False)
    assert dialog.chosen_date() is None


def test_enter_and_button_ask_to_open_the_situation(qtbot, view, situations):
    view.select_row(2)
    view.table.setFocus()
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [situations["today"]]
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [situations["today"]]


def test_refresh_keeps_the_selection(view, situations, services):
    view.select_row(2)
    services.situations.update(situations["late"], SituationData(next_checkin=TODAY + timedelta(days=1)))
    view.refresh()
    assert view.selected_item().situation_id == situations["today"]


def test_clear_forgets_everything(view):
    view.clear()
    assert view.items() == []
    assert view.model.rowCount() == 0
    assert not view.done_button.isEnabled()
    assert view.count_label.text() == ""


def test_empty_list_says_so(qtbot, services):
    widget = FollowUpsView(services)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.items() == []
    assert not widget.empty_label.isHidden()
    assert widget.table.isHidden()


def test_model_passes_qt_model_tester(qtmodeltester, view):
    qtmodeltester.check(view.model)
