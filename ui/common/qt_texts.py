"""Texts of Qt's own dialogs that Qt's French and Dutch catalogues leave in English.

Qt 6's qtbase_fr / qtbase_nl translate most of QFileDialog but not "Look in:" nor "Files of type:", so a
referent saving a document read English in the middle of a French window. Listing them here puts them in
relais_fr.ts and relais_nl.ts (lupdate reads QT_TRANSLATE_NOOP); our translator, installed last, is asked
first and answers for Qt's context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_OWN_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
