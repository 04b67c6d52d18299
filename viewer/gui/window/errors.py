"""Dialogs for what went wrong, split as STYLE.md asks: the user's environment, or our bug.

A problem with the user's file (an :class:`~viewer.archive.store.ArchiveError`) gets a message
saying what is wrong and what to do. An exception nobody caught is our bug: the hook installed
by :func:`install_excepthook` prints the traceback to stderr and shows a short apology with the
details folded away, never a traceback in the user's face.

Every dialog is shown with ``open()`` (window-modal, non-blocking) and returned, so the caller
can keep a reference and tests can find and close it without a nested event loop.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # imported when first shown: defining its enums is part of a start's cost
    from PySide6.QtWidgets import QMessageBox

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def _message(parent: QWidget | None, critical: bool, title: str, text: str,
             informative: str = "", details: str = "") -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    icon = QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog" if critical else "messageDialog")
    box.setAccessibleName(title)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.open()
    return box


def show_error(parent: QWidget | None, title: str, text: str, informative: str = "",
               details: str = "") -> QMessageBox:
    """A problem the user can act on: ``text`` says what, ``informative`` what to do."""
    return _message(parent, True, title, text, informative, details)


def show_info(parent: QWidget | None, title: str, text: str,
              informative: str = "") -> QMessageBox:
    return _message(parent, False, title, text, informative)


def show_bug(parent: QWidget | None, exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> QMessageBox:
    """Our bug: a plain apology, the traceback only under "Show Details…"."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    return show_error(
        parent, QCoreApplication.translate("Errors", "Something went wrong"),
        QCoreApplication.translate(
            "Errors", "Somos Archive ran into a bug and could not finish what you asked."),
        QCoreApplication.translate(
            "Errors", "Your archive is unchanged: the viewer only reads it. You can keep "
            "working; if it happens again, please report it with the details below."),
        details)


def install_excepthook(parent: Callable[[], QWidget | None]) -> ExceptHook:
    """Show uncaught exceptions as a bug dialog; returns the previous hook."""
    previous = sys.excepthook
    shown: list[QMessageBox] = []  # keep dialogs alive while they are open

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
            previous(exc_type, exc, tb)
            return
        shown[:] = [box for box in shown if box.isVisible()]
        shown.append(show_bug(parent(), exc_type, exc, tb))

    sys.excepthook = hook
    return previous
