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


#: Qt's own file dialog opens 614 pixels wide: its Spanish column titles ("Última
#: modificación") and places ("Equipo") were cut off. Ours open wider, where there is room.
FILE_DIALOG_SIZE = (800, 480)


def size_file_dialog(dialog: QWidget) -> None:
    resize_within_screen(dialog, *FILE_DIALOG_SIZE)
