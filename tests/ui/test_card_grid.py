"""The card grid driven with the keyboard: moving, drawing in order, leaving with Tab, reflowing, decks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.cards import default_deck, parse_deck
from ui.dialogue.card_grid import CardGrid, ThemeCombo, theme_label

DECK = default_deck()


def _small_deck():
    """Two groups: three cards, then two (so rows of unequal length meet at a group boundary)."""
    data = {
        "format": "relais-card-deck",
        "version": 1,
        "id": "essai",
        "name": {"fr": "Essai"},
        "groups": [{"id": "g1", "labels": {"fr": "Un"}}, {"id": "g2", "labels": {"fr": "Deux"}}],
        "cards": [
            {"id": card, "group": group, "labels": {"fr": card.upper()}, "prompt": {"fr": f"Et {card} ?"}}
            for card, group in (("a", "g1"), ("b", "g1"), ("c", "g1"), ("d", "g2"), ("e", "g2"))
        ],
    }
    return parse_deck(data)


@pytest.fixture
def window(qtbot):
    """A line edit, the grid, a line edit: to see Tab enter and leave the grid."""
    container = QWidget()
    before = QLineEdit(container)  # created in Tab order
    grid = CardGrid(_small_deck(), "fr", container)
    after = QLineEdit(container)
    layout = QVBoxLayout(container)
    for widget in (before, grid, after):
        layout.addWidget(widget)
    qtbot.addWidget(container)
    container.resize(700, 600)  # three columns of cards
    container.show()
    qtbot.waitExposed(container)
    container.activateWindow()
    qtbot.waitUntil(container.isActiveWindow)
    return container, before, grid, after


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _focused_card() -> str:
    return QApplication.focusWidget().card.id


def test_tab_enters_the_grid_on_one_card_and_leaves_it(qtbot, window):
    _container, before, _grid, after = window
    before.setFocus()
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused_card() == "a"
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after  # not the next card
    _press(qtbot, Qt.Key.Key_Backtab)
    assert _focused_card() == "c"  # back on the card left last
    _press(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is before


def test_arrows_move_in_two_dimensions_across_groups(qtbot, window):
    _container, _before, grid, _after = window
    grid.focus_current()
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Right)
    assert _focused_card() == "c"
    _press(qtbot, Qt.Key.Key_Down)  # the next row (second group) has two cards: the last one
    assert _focused_card() == "e"
    _press(qtbot, Qt.Key.Key_Left)
    _press(qtbot, Qt.Key.Key_Up)
    assert _focused_card() == "a"
    _press(qtbot, Qt.Key.Key_Left)  # at the start: stays
    assert _focused_card() == "a"
    _press(qtbot, Qt.Key.Key_End)
    assert _focused_card() == "e"
    _press(qtbot, Qt.Key.Key_Home)
    assert _focused_card() == "a"
    _press(qtbot, Qt.Key.Key_PageDown)
    assert _focused_card() == "d"
    _press(qtbot, Qt.Key.Key_PageUp)
    assert _focused_card() == "a"


def test_space_and_enter_draw_cards_in_drawing_order(qtbot, window):
    _container, _before, grid, _after = window
    emitted = []
    grid.selection_changed.connect(emitted.append)
    grid.focus_current()
    _press(qtbot, Qt.Key.Key_End)
    _press(qtbot, Qt.Key.Key_Space)  # e
    _press(qtbot, Qt.Key.Key_Home)
    _press(qtbot, Qt.Key.Key_Return)  # a
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Enter)  # b
    assert grid.selected() == ["e", "a", "b"]
    assert [grid.tile(card).number for card in ("e", "a", "b")] == [1, 2, 3]
    _press(qtbot, Qt.Key.Key_Left)
    _press(qtbot, Qt.Key.Key_Space)  # puts a back
    assert grid.selected() == ["e", "b"]
    assert grid.tile("b").number == 2 and not grid.tile("a").isChecked()
    assert emitted[-1] == ["e", "b"] and len(emitted) == 4
    assert "2" in grid.tile("b").accessibleName() and grid.tile("a").accessibleName() == "A"


def test_ctrl_enter_is_left_to_the_window(qtbot, window):
    container, _before, grid, _after = window
    saved = []
    shortcut = QShortcut(QKeySequence("Ctrl+Return"), container, lambda: saved.append(True))
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    grid.focus_current()
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved == [True]
    assert grid.selected() == []


def test_set_selected_keeps_order_and_unknown_cards(qtbot, window):
    _container, _before, grid, _after = window
    emitted = []
    grid.selection_changed.connect(emitted.append)
    grid.set_selected(["c", "retired-card", "a", "c"])
    assert grid.selected() == ["c", "retired-card", "a"]
    assert grid.unknown_selected() == ["retired-card"]
    assert grid.tile("a").isChecked() and grid.tile("a").number == 3
    grid.set_selected(["c", "retired-card", "a"])  # no change: no signal
    assert len(emitted) == 1


def test_narrow_grid_has_one_column_and_down_goes_to_the_next_card(qtbot, window):
    container, _before, grid, _after = window
    container.resize(230, 600)
    qtbot.waitUntil(lambda: grid._columns == 1)
    grid.focus_current()
    _press(qtbot, Qt.Key.Key_Down)
    assert _focused_card() == "b"


def test_another_deck_replaces_the_cards_and_keeps_the_drawing(qtbot, window):
    _container, before, grid, after = window
    grid.set_selected(["a"])
    grid.set_deck(DECK, "fr")
    assert grid.selected() == ["a"]  # "a" is unknown to the default deck, but kept
    assert grid.tile("logement").text() == "Le logement"
    before.setFocus()
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focused_card() == DECK.cards[0].id  # the new cards sit where the old ones were in the Tab chain
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after


def test_theme_combo_lists_drawn_cards_first_and_keeps_unknown_themes(qtbot):
    combo = ThemeCombo(DECK, "fr")
    qtbot.addWidget(combo)
    combo.set_drawn(["logement", "argent"])
    assert [combo.itemData(i) for i in range(3)] == [None, "logement", "argent"]
    combo.set_theme("carte-retiree")
    assert combo.current_theme() == "carte-retiree"
    assert combo.currentText() == "Unknown theme (carte-retiree)"
    assert theme_label(DECK, "carte-retiree", "fr") == "Unknown theme (carte-retiree)"
    assert theme_label(DECK, None, "fr") == "No theme"
