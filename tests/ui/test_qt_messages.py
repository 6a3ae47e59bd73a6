"""Qt's warnings reach stderr without what they quote (a mailto: link carries the note to the GP)."""

from __future__ import annotations

from PySide6.QtCore import QUrl, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices

from ui.shell import qt_messages


def test_quoted_parts_are_left_out():
    said = qt_messages.redacted("Unable to detect a launcher for 'mailto:dr@x.be?subject=Éloïse Dupré'")
    assert said == "Unable to detect a launcher for '…'"
    assert qt_messages.redacted('QFile: "/home/a/Dupré.pdf" and “x”') == "QFile: '…' and '…'"


def test_a_failed_mailto_leaves_no_name_on_stderr(qapp, capfd):
    previous = qt_messages.install()
    try:
        link = "mailto:dr@example.org?subject=%C3%89lo%C3%AFse%20Dupr%C3%A9&body=Vit%20seule"
        assert not QDesktopServices.openUrl(QUrl(link))  # offscreen: no launcher
    finally:
        qInstallMessageHandler(previous)
    err = capfd.readouterr().err
    assert "qt warning:" in err  # Qt did say it could not open the link
    assert "Dupr" not in err and "Vit seule" not in err and "dr@example.org" not in err
