"""fontconfig's configuration, read on another thread while the main thread imports Qt.

Qt on Linux reads it on the main thread the first time it needs fonts (for the viewer, while
the window is built): ``FcInit`` parses ``/etc/fonts`` and maps the font caches, ~5 ms of every
start on the 2-core machine (a bare window pays it too, as it is shown: ``perf`` finds
fontconfig and expat in its main thread). Called first, from a thread, the same ``FcInit`` runs
while the main thread is busy importing Qt, and Qt's own call later finds the work done
(fontconfig's documentation: "If the default configuration has already been loaded, this
routine does nothing").

The call goes through ``_ctypes``, the C half of :mod:`ctypes`, not ``ctypes`` itself:
importing ``ctypes`` is 2.3 ms of Python (its type classes), which holds the GIL and so held the
main thread's imports up by as much as the thread saved. ``_ctypes`` releases the GIL while the
foreign function runs, as ``ctypes`` does. Nothing here imports Qt, so it can run before Qt is
imported. Where anything is missing or different (another OS, no fontconfig, a future Python
without ``_ctypes.dlopen``), nothing is done and Qt loads the configuration itself, as it would
have.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable

LIBRARY = "libfontconfig.so.1"
PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd")  # where Qt's fonts come from fontconfig


def _init(library: str) -> bool:
    try:
        import _ctypes

        class Library:
            _handle = _ctypes.dlopen(library, os.RTLD_NOW)  # as ctypes.CDLL opens it

        class Function(_ctypes.CFuncPtr):  # an int-returning C function
            _flags_ = _ctypes.FUNCFLAG_CDECL

        # typeshed wants a CDLL: all it reads is _handle
        return bool(Function(("FcInit", Library))())  # type: ignore[arg-type]
    except Exception:  # a head start only: any failure leaves it to Qt
        return False


def load_in_background(library: str = LIBRARY) -> Callable[[], bool]:
    """Start ``FcInit`` on a thread; the returned function waits for it and says whether it
    loaded the configuration. Wait before Qt first needs fonts (before the window is built),
    so that fontconfig is never initialised from two threads at once."""
    if not sys.platform.startswith(PLATFORMS):
        return lambda: False
    result: list[bool] = []
    thread = threading.Thread(target=lambda: result.append(_init(library)),
                              name="fontconfig", daemon=True)
    thread.start()

    def wait() -> bool:
        thread.join()
        return bool(result and result[0])

    return wait
