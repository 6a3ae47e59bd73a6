"""Qt's own warnings, with what they quote left out.

Qt writes warnings to stderr, and some quote what they were handed: "Unable to detect a launcher for
'mailto:…'" carries the whole note to the GP (the person's name, priorities). Relais keeps no identifying
data in logs, so every quoted part of a Qt message is replaced by '…' before it is written; the rest (what
went wrong, where) stays for whoever debugs.
"""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”")
_LEVELS = {QtMsgType.QtDebugMsg: "debug", QtMsgType.QtInfoMsg: "info", QtMsgType.QtWarningMsg: "warning",
           QtMsgType.QtCriticalMsg: "critical", QtMsgType.QtFatalMsg: "fatal"}


def redacted(message: str) -> str:
    return _QUOTED.sub("'…'", message)


def _handler(kind: QtMsgType, _context, message: str) -> None:
    print(f"qt {_LEVELS.get(kind, 'message')}: {redacted(message)}", file=sys.stderr)


def install():
    """Route Qt's messages through the redaction; returns the handler it replaced."""
    return qInstallMessageHandler(_handler)
