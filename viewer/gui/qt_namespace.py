"""Qt's ``Qt`` namespace, built when one of its members is first used rather than on import.

PySide6 builds the namespace's Python enums — 93 of them, some 1,200 members — the first time
anything reads ``QtCore.Qt``: 14 ms of every cold start (the bare window of the benchmarks,
15 alternated starts with and without reading it: 109.5 and 123.9 ms), paid by the first
module to import it, long before the window paints. The modules the first paint runs import
``Qt`` from here instead: a stand-in that looks each name up in the real namespace when it is
first asked for and keeps the answer, so the namespace is built by the first code that needs
a member of it — a key press, a sort, a menu — after the window has appeared.

Code that runs before the first paint must not touch ``Qt`` at all, nor make PySide convert a
``Qt`` enum for Python (a Python ``headerData`` receives a ``Qt.Orientation``): see
``tests/gui/test_entry_point.py``, whose start in a subprocess holds the window to that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:

    class _Namespace:
        """Stands for ``PySide6.QtCore.Qt``; each attribute is fetched once, then kept."""

        def __getattr__(self, name: str) -> Any:
            from PySide6 import QtCore

            value = getattr(QtCore.Qt, name)
            setattr(self, name, value)
            return value

    Qt = _Namespace()

__all__ = ["Qt"]
