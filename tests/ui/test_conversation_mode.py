"""Conversation mode (issue 16), driven with keys and touches on a real register: the person picks cards,
sets one aside, gives their words; the end writes a dialogue session and the proposed priorities."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPlainTextEdit, QWidget

from tests.ui.conftest import add_situation, show_active
from ui.conversation import window as conversation_window
from ui.conversation.card import LABEL_POINTS, PROMPT_POINTS, ConversationCard
from ui.conversation.window import ConversationWindow
from ui.dialogue.tab import DialogueTab

pytestmark = pytest.mark.usefixtures("no_real_dialogs")
# QTest types Latin-1 only: the accents of the person's words are checked in tests/app/test_card_pictograms.py
WORDS = ("Pouvoir encore sortir seule le matin", "Qu'on m'explique « les papiers » !",
         "Revoir ma fille, le dimanche ?")
TOUCH = QTest.createTouchDevice()


def touch(widget: QWidget) -> None:
    """A finger on the middle of `widget`, then lifted (Qt turns it into a click). Sent to the top-level
    window, which finds the widget under the finger as for a real touch screen."""
    window = widget.window()
    point = widget.mapTo(window, widget.rect().center())
    QTest.touchEvent(window, TOUCH).press(0, point, window).commit()
    QTest.touchEvent(window, TOUCH).release(0, point, window).commit()
    QApplication.processEvents()


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


@pytest.fixture
def tab(qtbot, services, situation_id) -> DialogueTab:
    return show_active(qtbot, DialogueTab(services, situation_id), (1100, 750))


def open_conversation(qtbot, tab: DialogueTab) -> ConversationWindow:
    tab.cards.setFocus()
    key(qtbot, Qt.Key.Key_F11)
    window = tab.conversation.window_
    assert window is not None and window.isVisible() and window.isFullScreen()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_three_cards_one_set_aside_words_end_in_a_session_and_three_priorities(
    qtbot, tab, services, situation_id
):
    window = open_conversation(qtbot, tab)
    touch(window.language_buttons["fr"])
    page = window.cards_page
    touch(page.pace_buttons.button(3))
    first, second, third = (card.card.id for card in page.cards)
    # keyboard: the first card is focused; Space chooses it and the words field takes the focus
    assert page.cards[0].hasFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert page.words.hasFocus()
    qtbot.keyClicks(page.words, WORDS[0])
    # "not now" on the second card, by touch: it leaves the screen
    touch(window.findChild(QAbstractButton, f"not_now_{second}"))
    assert second not in page.state.screen() and second in page.state.set_aside
    # the third card by touch, words typed
    touch(next(card for card in page.cards if card.card.id == third))
    qtbot.keyClicks(page.words, WORDS[1])
    # next screen with Page Down, a card chosen there with Enter
    page.cards[0].setFocus()
    key(qtbot, Qt.Key.Key_PageDown)
    assert page.state.page == 1
    fourth = page.cards[0].card.id
    page.cards[0].setFocus()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(page.words, WORDS[2])
    touch(page.done)
    assert window.stack.currentWidget() is window.end_page
    shown = [label.text() for label in window.end_page.findChildren(QLabel)]
    assert [words for words in WORDS if words not in shown] == [], shown
    with qtbot.waitSignal(window.recorded) as recorded:
        touch(window.end_page.finish_button)
    session = services.dialogues.get(recorded.args[0])
    assert session.situation_id == situation_id and session.mode == "cartes"
    assert session.cards == (first, third, fourth)
    assert [(p.text, p.theme, p.status) for p in session.priorities] == [
        (WORDS[0], first, "exprimee"), (WORDS[1], third, "exprimee"), (WORDS[2], fourth, "exprimee")]
    # the referent reviews it in the dialogue tab: the session opens in the form
    assert tab._editing is not None and tab._editing.id == session.id
    assert "deposee" in [t for t in _statuses()]


def _statuses() -> list[str]:
    from app.vocab import vocabularies

    return [term.id for term in vocabularies()["priority_statuses"].terms]


def test_leaving_needs_the_referent_and_escape_or_close_do_nothing(qtbot, tab, services, situation_id):
    window = open_conversation(qtbot, tab)
    qtbot.keyClick(window.language_buttons["nl"], Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Escape)
    window.close()
    assert window.isVisible()
    key(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.stack.currentWidget() is window.referent
    assert not window.referent.save_button.isEnabled()  # nothing chosen: nothing to save
    touch(window.referent.resume_button)
    assert window.stack.currentWidget() is window.cards_page
    touch(window.exit_dot)  # a short touch is not enough
    assert window.stack.currentWidget() is window.cards_page
    window.open_referent_panel()
    touch(window.referent.leave_button)
    qtbot.waitUntil(lambda: tab.conversation.window_ is None)  # closed and deleted
    assert services.dialogues.for_situation(situation_id) == []


def test_leaving_without_saving_chosen_cards_asks_a_second_press(qtbot, tab, services, situation_id):
    window = open_conversation(qtbot, tab)
    touch(window.language_buttons["fr"])
    key(qtbot, Qt.Key.Key_Space)  # the first card chosen
    qtbot.keyClicks(window.cards_page.words, "Revoir ma fille")
    key(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    panel = window.referent
    touch(panel.leave_button)
    assert window.isVisible() and window.stack.currentWidget() is panel
    assert "1 chosen card" in panel.error.text() and not panel.error.isHidden()
    touch(panel.resume_button)  # going back and opening the panel again asks again
    window.open_referent_panel()
    assert panel.error.isHidden() and panel.leave_button.text() == "Leave without saving"
    touch(panel.leave_button)
    assert window.isVisible()
    touch(panel.leave_button)
    qtbot.waitUntil(lambda: tab.conversation.window_ is None)
    assert services.dialogues.for_situation(situation_id) == []


def test_a_long_press_on_the_dot_opens_the_referent_panel(qtbot, services, situation_id, monkeypatch):
    monkeypatch.setattr(conversation_window, "LONG_PRESS_MS", 50)
    window = ConversationWindow(services.deck_settings.current_deck(), situation_id, lambda: services)
    show_active(qtbot, window, (1366, 768))
    QTest.mousePress(window.exit_dot, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.referent)
    QTest.mouseRelease(window.exit_dot, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_the_conversation_shows_in_its_own_language_not_the_windows(qtbot, services, situation_id):
    window = ConversationWindow(services.deck_settings.current_deck(), situation_id, lambda: services)
    show_active(qtbot, window, (1366, 768))
    window.start("nl")
    card = window.cards_page.cards[0]
    assert card.label.text() == card.card.labels["nl"]
    assert window.cards_page.findChild(QAbstractButton, f"not_now_{card.card.id}").text() == "Niet nu"
    assert card.accessibleName() == f"Kaart: {card.card.labels['nl']}"


def test_the_lock_hides_the_conversation_and_it_comes_back_where_it_was(qtbot, services, situation_id):
    window = ConversationWindow(services.deck_settings.current_deck(), situation_id, lambda: services)
    show_active(qtbot, window, (1366, 768))
    window.start("fr")
    page = window.cards_page
    page.set_pace(2)
    page.go(3)
    page.toggle(page.cards[1].card.id)
    page.words.setPlainText(WORDS[0])
    before = (page.state.page, list(page.state.chosen), dict(page.state.words))
    window.set_locked(True)
    assert not window.isVisible()
    window.set_locked(False)
    assert window.isVisible() and window.stack.currentWidget() is page
    assert (page.state.page, page.state.chosen, page.state.words) == before
    assert page.words.toPlainText() == WORDS[0]


def test_nothing_of_the_register_is_on_any_screen_of_the_mode(qtbot, services):
    secrets = ("Odette", "Vandersmissen", "Boulevard Anspach 12", "fille à Namur")
    situation_id = add_situation(services, "Odette", "Vandersmissen",
                                 "Boulevard Anspach 12 ; sa fille à Namur l'appelle le dimanche.")
    code = services.situations.get(situation_id).code
    window = ConversationWindow(services.deck_settings.current_deck(), situation_id, lambda: services)
    show_active(qtbot, window, (1366, 768))
    seen = [_texts(window)]
    window.start("fr")
    for _ in range(window.cards_page.state.page_count()):
        window.cards_page.toggle(window.cards_page.cards[0].card.id)
        seen.append(_texts(window))
        window.cards_page.go(1)
    window.show_end()
    seen.append(_texts(window))
    window.open_referent_panel()
    seen.append(_texts(window))
    everything = "\n".join(seen)
    assert "Vivre avec la maladie" in everything  # the walk does read the screens
    for secret in (*secrets, code):
        assert secret not in everything


def _texts(root: QWidget) -> str:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(),
                  widget.windowTitle(), widget.statusTip(), widget.whatsThis()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            texts += [widget.toPlainText(), widget.placeholderText()]
    return "\n".join(texts)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1280, 800)])
def test_cards_are_large_touchable_named_and_wrap_at_each_screen_size(qtbot, services, situation_id, size):
    from tests.layout.walk import clipped, visible_widgets

    window = ConversationWindow(services.deck_settings.current_deck(), situation_id, lambda: services)
    show_active(qtbot, window, size)
    window.start("fr")
    for pace in (1, 3, 6):
        window.cards_page.set_pace(pace)
        QApplication.processEvents()
        for card in window.cards_page.cards:
            assert card.accessibleName().startswith("Carte") and card.label.text() in card.accessibleName()
            assert card.label.font().pointSize() >= LABEL_POINTS >= PROMPT_POINTS >= 24
            assert card.prompt.font().pointSize() >= 24 and card.prompt.wordWrap()
            assert card.pictogram.drawable  # the default deck has a pictogram for every card
        for button in window.cards_page.findChildren(QAbstractButton):
            if button.isVisible() and not isinstance(button, ConversationCard):
                assert min(button.width(), button.height()) >= 34, button.objectName()  # 9 mm at 96 dpi
        problems = [p for w in visible_widgets(window.cards_page) if (p := clipped(w))]
        problems = [p for p in problems if "cards_area" not in p]  # the cards scroll when they must
        assert problems == []
        bar = (window.cards_page.done.geometry(), window.cards_page.previous.geometry())
        assert all(window.cards_page.rect().contains(rect) for rect in bar)


def test_with_the_main_window_a_lock_hides_the_conversation_and_unlocking_brings_it_back(
    qtbot, services, preferences, filled
):
    from tests.ui.test_lock import unlock
    from ui.shell.main_window import MainWindow

    main = MainWindow(services, preferences, language="fr")
    qtbot.addWidget(main)
    main.show()
    editor = main.open_situation(filled["marc"])
    tab_index = next(i for i in range(editor.tabs.count()) if "Dia" in editor.tabs.tabText(i))
    editor.tabs.setCurrentIndex(tab_index)
    tab = editor.tabs.currentWidget()
    assert isinstance(tab, DialogueTab)
    window = tab.conversation.open()
    window.start("fr")
    page = window.cards_page
    page.toggle(page.cards[0].card.id)
    page.words.setPlainText(WORDS[0])
    main.lock()
    assert main.is_locked and not window.isVisible()
    unlock(qtbot, main)
    assert not main.is_locked and window.isVisible() and window.stack.currentWidget() is page
    assert page.words.toPlainText() == WORDS[0]
    with qtbot.waitSignal(window.recorded) as recorded:
        window.end_page.finish.emit()
    session = main.services.dialogues.get(recorded.args[0])  # written with the services of after the lock
    assert [p.text for p in session.priorities] == [WORDS[0]]


def test_a_deck_without_pictograms_or_dutch_is_told_to_the_referent_not_the_person(
    qtbot, services, situation_id, tmp_path
):
    from tests.app.test_cards import _small_deck, _write

    data = _small_deck()
    data["cards"][2]["prompt"]["fr"] = "Et le médecin ? " + "Racontez-moi comment cela se passe. " * 12
    services.deck_settings.use_deck_file(_write(tmp_path, data))
    tab = show_active(qtbot, DialogueTab(services, situation_id), (1100, 750))
    notes = tab.conversation.notes.text()
    assert tab.conversation.notes.isVisible()
    assert "Cards without a pictogram, shown as text only: 3." in notes
    assert "Cards shown in French in a conversation in Nederlands: 3." in notes
    window = tab.conversation.open()
    window.start("nl")
    page = window.cards_page
    page.set_pace(3)
    assert all(not card.pictogram.isVisible() for card in page.cards)  # text only, and it works
    assert page.cards[0].label.text() == "La maison"  # French, the deck's first language
    long_card = page.cards[2]
    # wrapped, never cut
    assert long_card.prompt.wordWrap() and long_card.prompt.text().rstrip().endswith("passe.")
    assert long_card.height() >= long_card.heightForWidth(long_card.width()) - 1
    assert "pictogram" not in _texts(window).lower() and "French" not in _texts(window)
    window.open_referent_panel()
    window.referent.leave.emit()


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("pair", ["ink-face", "ink-chosen", "mark", "ink-background", "muted-background",
                                  "button", "quiet-button"])
def test_colours_of_the_mode_pass_wcag_aa_contrast(pair):
    from ui.conversation import card, style

    colours = {
        "ink-face": (card.INK, card.FACE), "ink-chosen": (card.INK, card.CHOSEN_FACE),
        "mark": ("#ffffff", card.CHOSEN_BORDER), "ink-background": (style.INK, style.BACKGROUND),
        "muted-background": (style.MUTED, style.BACKGROUND), "button": ("#ffffff", style.BUTTON),
        "quiet-button": (style.BUTTON, "#ffffff"),
    }[pair]
    light, dark = sorted((_luminance(c) for c in colours), reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5


def test_a_keyboard_alone_goes_from_the_language_to_the_recorded_session(qtbot, tab, services):
    window = open_conversation(qtbot, tab)
    assert QApplication.focusWidget() is window.language_buttons["fr"]
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Space)  # Nederlands
    page = window.cards_page
    assert page.state.language == "nl" and QApplication.focusWidget() is page.cards[0]
    key(qtbot, Qt.Key.Key_Tab)  # its "Not now"
    key(qtbot, Qt.Key.Key_Tab)  # the second card
    second = page.cards[1]
    assert QApplication.focusWidget() is second
    key(qtbot, Qt.Key.Key_Space)
    qtbot.keyClicks(page.words, WORDS[0])
    order = []
    while QApplication.focusWidget() is not page.done and len(order) < 12:
        key(qtbot, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    # "previous" is disabled on the first screen; the pace buttons are one group (arrows move inside it)
    assert order[0] == "next" and order[-1] == "done" and order[1].startswith("pace_")
    key(qtbot, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is window.end_page.finish_button
    with qtbot.waitSignal(window.recorded) as recorded:
        key(qtbot, Qt.Key.Key_Space)
    session = services.dialogues.get(recorded.args[0])
    assert [(p.text, p.theme) for p in session.priorities] == [(WORDS[0], second.card.id)]
