"""The stopgap for PySide6 6.12.0's None-reference leak on Python 3.11."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

from viewer.gui import none_guard


def test_the_guard_keeps_none_far_from_zero_when_qt_leaks_it(qapp: QApplication) -> None:
    none_guard.install(qapp)  # idempotent enough: at worst one more top-up
    label = QLabel()
    for _ in range(20_000):  # more void calls than None has references at start-up
        label.setText("x")
    none_guard.top_up()
    if none_guard.leaks_none():
        assert sys.getrefcount(None) > none_guard.HEADROOM // 2
    else:
        assert not none_guard._ballast or sys.getrefcount(None) > none_guard.HEADROOM // 2
