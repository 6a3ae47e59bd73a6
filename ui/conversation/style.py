"""The conversation screen's fixed look: large type, large touch targets, colours above WCAG AA contrast.

Fixed colours rather than the desktop theme's: a dark theme or an odd palette must not lower the contrast of
a screen handed to someone who reads little. Contrast ratios (WCAG 2.x): INK on BACKGROUND 15.4:1, white on
BUTTON 8.6:1, BUTTON on white 8.6:1, MUTED on BACKGROUND 7.9:1 (tests/ui/test_conversation_mode.py checks
them all).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

BACKGROUND = "#f4f1ea"
INK = "#1a1a1a"
MUTED = "#4a4a4a"
BUTTON = "#1d4f7a"
BUTTON_DOWN = "#143a5a"
TOUCH_MM = 9.0  # the floor for a touch target
MIN_TARGET_PX = 64  # comfortably above 9 mm on the usual 96–160 dpi screens
BUTTON_POINTS = 20
TEXT_POINTS = 22

SHEET = f"""
#conversation {{ background: {BACKGROUND}; }}
#conversation QLabel {{ color: {INK}; }}
#conversation QLabel[role="muted"] {{ color: {MUTED}; }}
#conversation QPushButton {{
    color: white; background: {BUTTON}; border: 2px solid {BUTTON}; border-radius: 12px;
    padding: 8px 22px; font-size: {BUTTON_POINTS}pt; min-height: {MIN_TARGET_PX - 20}px;
}}
#conversation QPushButton:pressed, #conversation QPushButton:checked {{ background: {BUTTON_DOWN}; }}
#conversation QPushButton[role="quiet"] {{ color: {BUTTON}; background: white; }}
#conversation QPushButton[role="quiet"]:checked {{ color: white; background: {BUTTON}; }}
#conversation QPushButton:disabled {{ color: {MUTED}; background: #dedad0; border-color: #dedad0; }}
#conversation QPushButton:focus {{ border: 4px solid #c0572b; }}
#conversation QPlainTextEdit {{
    color: {INK}; background: white; border: 2px solid {BUTTON}; border-radius: 8px;
    font-size: {TEXT_POINTS}pt; padding: 6px;
}}
#conversation QPlainTextEdit:focus {{ border: 4px solid #c0572b; }}
#conversation QScrollArea, #conversation #cards_area {{ background: transparent; border: none; }}
"""


def target_px(widget: QWidget) -> int:
    """The smallest side of a touch target on `widget`'s screen: 9 mm, at least MIN_TARGET_PX pixels."""
    dpi = widget.physicalDpiY() or 96  # device pixels per inch; widget sizes are in logical pixels
    return max(MIN_TARGET_PX, round(TOUCH_MM * dpi / 25.4 / (widget.devicePixelRatioF() or 1.0)))
