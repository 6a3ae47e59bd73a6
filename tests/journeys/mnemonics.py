"""Mnemonics a person can reach with Alt+letter in one window, found by walking what is shown.

What carries a mnemonic: the menu bar's menus, visible buttons (push, check, radio, tool; disabled ones too,
as they are a letter the page promises once a row is chosen or a field edited), visible labels
with a buddy, the tabs of visible tab bars and the titles of visible group boxes. Two of them with the same
letter make Alt+letter ambiguous: Qt then only moves the focus between them, and the key does not do what
its label says.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QMenu, QTabBar, QWidget

MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisible() and widget.isVisibleTo(top) and widget.window() is top


def window_mnemonics(top: QWidget) -> dict[str, list[str]]:
    """Letter → the texts that carry it, in the window `top` as it is shown now."""
    texts: list[str] = []
    if isinstance(top, QMainWindow) and top.menuWidget() is not None:
        texts += [action.text() for action in top.menuBar().actions() if action.isVisible()]
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top):
            continue  # a disabled button counts: it is enabled once a row is chosen or a field edited
        button = isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar)
        if button or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(index) for index in range(widget.count()) if widget.isTabVisible(index)]
    found: dict[str, list[str]] = {}
    for text in texts:
        key = letter(text)
        if key:
            found.setdefault(key, []).append(text)
    return found


def shared(top: QWidget) -> dict[str, list[str]]:
    """The letters carried by more than one widget of the window."""
    return {key: texts for key, texts in window_mnemonics(top).items() if len(texts) > 1}


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for action in menu.actions():
        key = letter(action.text())
        if key and action.isVisible():
            found.setdefault(key, []).append(action.text())
    return {key: texts for key, texts in found.items() if len(texts) > 1}
