"""Qt's own file dialog speaks the window's language: no "Look in:" in a French or Dutch window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from ui.common.i18n import install_translations


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_file_dialog_has_no_english_label(qtbot, language):
    install_translations(language)
    try:
        dialog = QFileDialog()
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert len(labels) >= 3
        assert not any(english in text for text in labels for english in ("Look in", "Files of", "File name"))
    finally:
        install_translations("en")
