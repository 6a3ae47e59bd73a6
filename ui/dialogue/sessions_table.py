"""The table of a situation's past dialogue sessions (date, mode, cards, priorities written)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget


def sessions_table(parent: QWidget) -> QTableWidget:
    translate = QCoreApplication.translate  # the texts keep the context they had in DialogueTab
    table = QTableWidget(0, 4, parent)
    table.setObjectName("dialogue_sessions")
    table.setAccessibleName(translate("DialogueTab", "Past dialogue sessions"))
    table.setHorizontalHeaderLabels([
        translate("DialogueTab", "Date"),
        translate("DialogueTab", "Mode"),
        translate("DialogueTab", "Cards"),
        translate("DialogueTab", "Priorities written"),
    ])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for column in range(3):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table
