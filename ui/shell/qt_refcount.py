"""Guard against PySide6 6.12.0's lost references to `None` on Python 3.11.

In PySide6 6.12.0, every call of a wrapped C++ method returning void (`label.setText(…)`, `widget.hide()`,
`app.processEvents()`, `obj.deleteLater()`…) hands `None` back without a new reference. On Python < 3.12,
where `None` is not immortal, the interpreter aborts after a few thousand such calls ("Fatal Python error:
none_dealloc: deallocating None") — minutes of normal use, or at exit. (`ui.shell.pyside_fix` covers the
same bug
for `True` in `Signal.emit()`.)

`install()` checks for the leak with a few calls on a probe object and, only when it is there, gives `None`,
`True` and `False` a very large reference count, which is what Python 3.12 does for every interpreter
(immortal objects): the lost references can then never bring them to zero. These three objects are static
singletons that are never freed, so nothing else changes. The real fix is a PySide6 without the bug
(6.11.3, or a later 6.12.x): then `install()` does nothing.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

_PROBE_CALLS = 16
_BOOST = 1 << 40  # a trillion lost references: far beyond any session
_installed = False


def none_is_leaked() -> bool:
    """True when void Qt methods drop a reference to None (the 6.12.0 bug on Python < 3.12)."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    leaked = before - sys.getrefcount(None)
    if leaked > 0:
        import ctypes  # only where something was lost: not on the way to the unlock window (issue 14)

        for _ in range(leaked):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))  # give back what the probe took
    return leaked >= _PROBE_CALLS


def install() -> bool:
    """Make None, True and False effectively immortal when the bug is present; returns whether it did."""
    global _installed
    if _installed:
        return True
    if sys.version_info >= (3, 12) or not none_is_leaked():
        return False
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BOOST  # ob_refcnt is the first field
    _installed = True
    return True
