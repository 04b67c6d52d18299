"""A stopgap for a PySide6 bug that kills the process on Python 3.11.

PySide6-Essentials 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a
Qt method that returns void (``setText``, ``resize``, ``setPosition``…): measured, 1,000 calls
of ``QLabel.setText`` lower ``sys.getrefcount(None)`` by 1,000, and 6.11.3 does not. Python 3.12
made ``None`` immortal, so the bug only shows before it; on 3.11 ``None`` starts with a few
thousand references and the interpreter aborts ("none_dealloc: deallocating None") within a
minute of use. The real fix is a PySide6 without the bug (pin ``!=6.12.0``); until then,
:func:`install` detects the leak empirically and keeps ``None``'s count far from zero by holding
extra references, topped up once a second. The cost is 8 bytes per leaked reference.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer

HEADROOM = 1_000_000
CHECK_MS = 1000
_ballast: list[None] = []


def leaks_none() -> bool:
    """Whether void Qt calls drop references to None in this interpreter and binding."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 64


def top_up() -> None:
    if sys.getrefcount(None) < HEADROOM // 2:
        if not _ballast:
            # Never free the ballast, not even while the interpreter shuts down: the leaked
            # references would then take None's count below zero on the way out.
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(_ballast))
        _ballast.extend([None] * HEADROOM)


def install(parent: QObject) -> QTimer | None:
    """Guard the process if (and only if) the bug is present; returns the top-up timer."""
    if not leaks_none():
        return None
    top_up()
    timer = QTimer(parent)
    timer.setObjectName("noneGuardTimer")
    timer.setInterval(CHECK_MS)
    timer.timeout.connect(top_up)
    timer.start()
    return timer
