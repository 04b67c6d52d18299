"""A stopgap for a PySide6 bug that aborts the process on Python 3.11.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a Qt
method that returns void (``setText``, ``resize``, ``setPosition``…) and one to ``True`` on
every ``Signal.emit``: measured, 1,000 calls of ``QLabel.setText`` lower
``sys.getrefcount(None)`` by 1,000; PySide6 6.11.3 does not. Python 3.12 made these objects
immortal, so the bug only shows before it; on 3.11 ``None`` starts with a few thousand
references and the interpreter aborts ("none_dealloc: deallocating None") within a minute of
use. The real fix is a PySide6 without the bug (``!=6.12.0``). Until then :func:`install`
detects the leak empirically and keeps the counts far from zero by holding extra references,
topped up once a second; the cost is 8 bytes per leaked reference.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer, Signal

HEADROOM = 250_000
CHECK_MS = 1000
_GUARDED: tuple[object, ...] = (None, True, False)
_ballast: list[list[object]] = [[] for _ in _GUARDED]


class _Probe(QObject):
    fired = Signal()


def leaks() -> bool:
    """Whether Qt calls drop references to None or True in this interpreter and binding."""
    probe = _Probe()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(64):
        probe.setObjectName("probe")
        probe.fired.emit()
    after = sys.getrefcount(None), sys.getrefcount(True)
    return after[0] <= before[0] - 64 or after[1] <= before[1] - 64


def top_up() -> None:
    for obj, ballast in zip(_GUARDED, _ballast, strict=True):
        if sys.getrefcount(obj) < HEADROOM // 2:
            if not ballast:
                # Never free a ballast, not even while the interpreter shuts down: the leaked
                # references would then take the count below zero on the way out.
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(ballast))
            ballast.extend([obj] * HEADROOM)


def install(parent: QObject) -> QTimer | None:
    """Guard the process if (and only if) the leak is present; returns the top-up timer."""
    if not leaks():
        return None
    top_up()
    timer = QTimer(parent)
    timer.setObjectName("refcountGuardTimer")
    timer.setInterval(CHECK_MS)
    timer.timeout.connect(top_up)
    timer.start()
    return timer
