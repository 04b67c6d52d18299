"""The start's head start (viewer.gui.head_start): Qt's libraries and fontconfig, on a thread."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from tests.conftest import REPO
from viewer.gui import head_start


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF and fontconfig: Linux")
def test_qt_is_mapped_and_fontconfig_loaded_on_a_thread_before_qt_is_imported() -> None:
    """In a fresh interpreter, as at a start: every file is loaded and FcInit succeeds, with
    nothing of PySide6 imported; the import then finds QtWidgets' file already mapped, Qt still
    takes the main thread for its own, and lays out text with what fontconfig loaded."""
    code = textwrap.dedent("""
        import sys, threading
        from viewer.gui import head_start
        files = list(head_start.qt_files())
        wait = head_start.begin()
        mapped, fonts = wait()
        assert "PySide6" not in sys.modules and "shiboken6" not in sys.modules
        maps = open("/proc/self/maps").read()
        print("loaded", mapped == len(files) == 6, fonts,
              [t.name for t in threading.enumerate() if t.name == "head start"],
              files[2] in maps)
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel("Álvaro Núñez")
        print("main", QThread.currentThread() is app.thread(), label.sizeHint().width() > 20,
              flush=True)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=120, check=True)
    assert run.stdout.splitlines() == ["loaded True True [] True", "main True True"]
    assert "thread" not in run.stderr.lower()  # no "QApplication was not created in the main()"


def test_the_files_are_those_the_imports_load() -> None:
    import PySide6.QtCore
    import PySide6.QtGui
    import PySide6.QtWidgets
    import shiboken6.Shiboken

    files = list(head_start.qt_files())
    modules = (shiboken6.Shiboken, PySide6.QtCore, PySide6.QtWidgets, PySide6.QtGui)
    assert [os.path.realpath(file) for file in files[:4]] == [
        os.path.realpath(module.__file__ or "") for module in modules]
    plugins = os.path.join(os.path.dirname(PySide6.QtCore.__file__ or ""), "Qt", "plugins")
    platform = head_start._platform()  # offscreen, as conftest sets it, unless run otherwise
    assert files[4:] == [os.path.join(plugins, "platforms", f"libq{platform}.so"),
                         os.path.join(plugins, "iconengines", "libqsvgicon.so")]
    assert all(os.path.isfile(file) for file in files)


@pytest.mark.parametrize("variable", ["QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH"])
def test_no_plugin_is_loaded_where_qt_is_sent_elsewhere_for_them(
        monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    monkeypatch.setenv(variable, "/opt/other-qt/plugins")
    files = list(head_start.qt_files())
    assert [os.path.basename(file).split(".")[0] for file in files] == [
        "Shiboken", "QtCore", "QtWidgets", "QtGui"]


@pytest.mark.parametrize(("variables", "platform"), [
    ({"QT_QPA_PLATFORM": "xcb:nograb"}, "xcb"),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
    ({"XDG_SESSION_TYPE": "wayland"}, "wayland"),
    ({"XDG_SESSION_TYPE": "x11"}, "xcb"),
    ({}, "xcb"),
])
def test_the_platform_plugin_is_the_one_qt_will_choose(
        monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], platform: str) -> None:
    for name in ("QT_QPA_PLATFORM", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert head_start._platform() == platform


def test_missing_files_and_library_leave_the_work_to_qt_quietly(
        capfd: pytest.CaptureFixture[str]) -> None:
    wait = head_start.begin("libno-such-fontconfig.so.1", ["/no/such/QtCore.abi3.so"])
    assert wait() == (0, False)
    assert capfd.readouterr() == ("", "")  # no traceback from the thread


def test_nothing_is_started_where_qt_is_not_elf_and_fontconfig(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # FcInit, already done in this process, returns at once: a thread started anyway could
    # have ended before active_count() is read, so the calls themselves are watched too.
    called: list[str] = []
    monkeypatch.setattr(head_start, "_init_fontconfig", lambda lib: called.append(lib) or True)
    monkeypatch.setattr(head_start, "_map", lambda files: called.append("map") or 1)
    monkeypatch.setattr(sys, "platform", "win32")
    before = threading.active_count()
    wait = head_start.begin()
    assert threading.active_count() == before
    assert wait() == (0, False)
    assert called == []


def test_no_extension_module_is_loaded_beside_the_thread(archive_path: Path) -> None:
    """Between the thread's start and the Qt import (the patterns seeded, the archive opened),
    a start imports no C extension module but those imported first: one would wait for the
    loader lock that the thread's ``dlopen`` holds."""
    code = textwrap.dedent(f"""
        import sys
        import viewer.__main__ as entry
        from viewer.gui import head_start

        def extensions():
            return {{name for name, module in list(sys.modules.items())
                    if (getattr(module, "__file__", None) or "").endswith(".so")}}

        head_start.import_first()
        before = extensions()
        from viewer.gui import pattern_cache  # as start_window does, between the two
        pattern_cache.seed()
        archive, problem = entry._open(entry.Path({str(archive_path)!r}))
        assert archive is not None, problem
        print(sorted(extensions() - before), sorted(set(head_start.IMPORTED_FIRST) - before))
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, timeout=120, check=True).stdout
    assert out.strip() == "[] []"
