"""Windows of ours sized for the screen they open on, however small it is."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

# Room left around a dialog on the screen: its title bar and frame, a panel or dock.
SCREEN_MARGIN = QSize(40, 100)


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """``wanted``, made small enough that the dialog with its frame fits ``available`` (a
    screen's free area): the About dialog was taller than an 800×600 screen, its Close
    button below the bottom edge; its text scrolls instead."""
    return QSize(min(wanted.width(), available.width() - SCREEN_MARGIN.width()),
                 min(wanted.height(), available.height() - SCREEN_MARGIN.height()))


def resize_within_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize ``dialog`` to ``width`` × ``height``, or less on a small screen (the screen of
    its parent, where it opens)."""
    parent = dialog.parentWidget()
    screen = (parent or dialog).screen()
    if screen is None:
        dialog.resize(width, height)
        return
    dialog.resize(fitted_size(QSize(width, height), screen.availableGeometry()))
