"""Windows of ours sized for the screen they open on, however small it is."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def resize_within_screen(dialog: QWidget, width: int, height: int) -> None:
    """``dialog`` at ``width`` × ``height``, or smaller on a screen that cannot hold that and
    its window frame (an 800×600 screen cut the About box's buttons off); its text scrolls."""
    screen = dialog.screen()
    if screen is not None:
        room = screen.availableGeometry()
        # Room for a title bar and the frame, which the window manager adds around the dialog.
        width, height = min(width, room.width() - 40), min(height, room.height() - 60)
    dialog.resize(width, height)

