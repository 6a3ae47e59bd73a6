"""Work around a reference-count bug of PySide6 6.12.0 in `SignalInstance.emit()`.

In 6.12.0, `emit()` returns `True` without a new reference. On Python 3.11, where `True` is not immortal,
every emit from Python code therefore drops one reference to `True`; after a few hundred emits the
interpreter aborts with "Fatal Python error: bool_dealloc: deallocating True or False". (6.11.3 does not have
the bug; on Python >= 3.12 `True` is immortal and nothing happens.)

`install()` measures the leak once on a probe signal and, only when it is there, wraps `emit()` to give the
missing reference back. It is idempotent and harmless on fixed versions. The composition root should call it
first; the widgets of this package call it on import as a safety net.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBE_EMITS = 8
_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_leaks_true() -> bool:
    """True when emitting drops a reference to `True` (the 6.12.0 bug on Python < 3.12)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_EMITS):
        probe.ping.emit()
    leaked = before - sys.getrefcount(True)
    if leaked > 0:
        import ctypes  # only where something was lost: not on the way to the unlock window (issue 14)

        for _ in range(leaked):  # give back what the probe itself took
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return leaked >= _PROBE_EMITS


def install() -> bool:
    """Patch `SignalInstance.emit` if needed; returns whether the patch is active."""
    global _installed
    if _installed:
        return True
    if not emit_leaks_true():
        return False
    import ctypes

    original = SignalInstance.emit

    def emit(self, *args):
        result = original(self, *args)
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    SignalInstance.emit = emit
    _installed = True
    return True
