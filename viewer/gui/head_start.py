"""What a start hands to another thread while the main thread opens the archive: Qt's native
libraries mapped into the process, and fontconfig's configuration read.

Both are C work that the main thread would otherwise do itself, one after the other, in the
steps that follow. *Libraries*: importing PySide6's ``QtCore``, ``QtGui`` and ``QtWidgets``
maps ~40 shared libraries (Qt, ICU, GL, X11, D-Bus…) and resolves their symbols, ~20 ms of the
import on the 2-core machine, done by ``dlopen`` while CPython holds the GIL; the platform and
SVG icon plugins follow when the application and the toolbar are made. A ``dlopen`` of the same
files from this thread, through a foreign-function call that releases the GIL, does that work
while the main thread runs Python; the imports then find the files loaded (``dlopen`` of a
loaded file only counts a reference), and what is left of them is PySide6's own
initialisation. Only the libraries' static constructors run here, as they would in the import:
no Python module is initialised and no Qt function called, so Qt still meets the main thread
first (a test checks that it takes it for its main thread).

*fontconfig*: Qt on Linux calls ``FcInit`` on the main thread the first time it needs fonts
(for the viewer, while the window is built): it parses ``/etc/fonts`` and maps the font
caches, ~5 ms (a bare window pays it too, as it is shown: ``perf`` finds fontconfig and expat
in its main thread). Called here first, Qt's own call finds the work done (fontconfig's
documentation: "If the default configuration has already been loaded, this routine does
nothing").

The calls go through ``_ctypes``, the C half of :mod:`ctypes`, not ``ctypes`` itself: importing
``ctypes`` is 2.3 ms of Python (its type classes), which holds the GIL and so held the main
thread's work up by as much as the thread saved. ``_ctypes`` releases the GIL while a foreign
function runs, as ``ctypes`` does (its own ``dlopen`` does not, hence libc's). Nothing here
imports Qt. Where anything is missing or different (another OS, PySide6 found nowhere, no
fontconfig, a future Python without ``_ctypes.dlopen``), that part is skipped and the imports
and Qt do the work themselves, as they would have.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable, Iterator

FONTCONFIG = "libfontconfig.so.1"
#: The free desktops: ELF libraries, Qt's fonts from fontconfig, caches where XDG says.
PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd")
#: In the order the main thread needs them: Shiboken and the three modules as they are
#: imported, the platform plugin when the application is made, the icon engine for the toolbar.
MODULES = (("shiboken6", "Shiboken"), ("PySide6", "QtCore"), ("PySide6", "QtWidgets"),
           ("PySide6", "QtGui"))
PLUGINS = ("platforms/libq{platform}.so", "iconengines/libqsvgicon.so")
#: The C extension modules the start imports while the thread runs (the data layer's, through
#: ``sqlite3``, ``datetime``, ``heapq``, ``json`` and ``dataclasses``), imported before it
#: starts: the loader takes one lock for every ``dlopen``, even of a file already loaded, so an
#: import that needs one while the thread maps ``QtCore`` (~13 ms) waits for it. Without this,
#: the archive step took 18 ms longer and the start gained 3 ms, not 19 (15 starts each).
#: ``tests/gui/test_head_start.py`` checks that the list is complete.
IMPORTED_FIRST = ("_datetime", "_sqlite3", "_heapq", "_json", "_opcode")


def _c_function(name: str, library: str | None, returns: str = "i") -> Callable[..., int]:
    """A C function from ``library`` (None: what the process has loaded) returning an int
    (``returns`` "i") or a pointer ("P", as an int, or None for NULL)."""
    import _ctypes

    class Returned(_ctypes._SimpleCData):  # type: ignore[type-arg]
        _type_ = returns

    class Library:
        # as ctypes.CDLL opens it; None (the process, as CDLL(None)) is missing from typeshed
        _handle = _ctypes.dlopen(library, os.RTLD_NOW)  # type: ignore[arg-type]

    class Function(_ctypes.CFuncPtr):
        _flags_ = _ctypes.FUNCFLAG_CDECL
        _restype_ = Returned

    # typeshed wants a CDLL: all it reads is _handle
    return Function((name, Library))  # type: ignore[arg-type]


def _platform() -> str:
    """The platform plugin Qt will choose: ``QT_QPA_PLATFORM``'s first, else Qt's default."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0]
    return "wayland" if os.environ.get("XDG_SESSION_TYPE") == "wayland" else "xcb"


def qt_files() -> Iterator[str]:
    """PySide6's extension modules and the plugins a start loads, where they are installed
    (found as the import system finds them: the first ``sys.path`` entry that holds them; the
    plugins beside them, where PySide6 tells Qt to look, unless a variable sends Qt elsewhere)."""
    suffixes = [s for s in _extension_suffixes() if s.endswith(".so")]
    for package, module in MODULES:
        for entry in sys.path:
            found = [os.path.join(entry or ".", package, module + s) for s in suffixes]
            found = [f for f in found if os.path.isfile(f)]
            if found:
                yield found[0]
                break
        else:
            return  # not installed where the import will look: leave it all to the import
    if os.environ.get("QT_PLUGIN_PATH") or os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        return  # Qt may take its plugins from elsewhere: a second copy would only cost
    plugins = os.path.join(os.path.dirname(found[0]), "Qt", "plugins")
    for plugin in PLUGINS:
        yield os.path.join(plugins, plugin.format(platform=_platform()))


def _extension_suffixes() -> list[str]:
    import _imp

    return list(_imp.extension_suffixes())


def _map(files: list[str]) -> int:
    """``dlopen`` each file with the flags the import uses; how many are loaded."""
    try:
        dlopen = _c_function("dlopen", None, returns="P")  # a handle: a pointer
        flags = sys.getdlopenflags()
        return sum(1 for file in files if dlopen(os.fsencode(file), flags))
    except Exception:  # a head start only: any failure leaves it to the imports
        return 0


def _init_fontconfig(library: str) -> bool:
    try:
        return bool(_c_function("FcInit", library)())
    except Exception:  # a head start only: any failure leaves it to Qt
        return False


def import_first() -> None:
    for name in IMPORTED_FIRST:
        with contextlib.suppress(ImportError):  # built without it: its user will say so
            __import__(name)


def begin(fontconfig: str = FONTCONFIG, files: list[str] | None = None
          ) -> Callable[[], tuple[int, bool]]:
    """Start the thread; the returned function waits for it and says how many of Qt's files it
    loaded and whether it loaded fontconfig's configuration. Wait before Qt first needs fonts
    (before the window is built), so that fontconfig is never initialised from two threads at
    once; the libraries need no wait (the imports' own ``dlopen`` waits for the loader)."""
    if not sys.platform.startswith(PLATFORMS):
        return lambda: (0, False)
    import_first()
    result: list[tuple[int, bool]] = []

    def run() -> None:
        mapped = _map(list(qt_files()) if files is None else files)
        result.append((mapped, _init_fontconfig(fontconfig)))

    thread = threading.Thread(target=run, name="head start", daemon=True)
    thread.start()

    def wait() -> tuple[int, bool]:
        thread.join()
        return result[0] if result else (0, False)

    return wait
