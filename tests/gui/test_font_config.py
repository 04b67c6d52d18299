"""The start's head start on fontconfig (viewer.gui.font_config)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

import pytest

from tests.conftest import REPO
from viewer.gui import font_config


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt uses fontconfig on Linux")
def test_fontconfig_is_loaded_on_a_thread_before_qt_is_imported() -> None:
    """In a fresh interpreter, as at a start: FcInit is found, called and succeeds, the thread
    is done once waited for, and Qt, imported after, lays out text with what it loaded."""
    code = textwrap.dedent("""
        import sys, threading
        from viewer.gui.font_config import load_in_background
        wait = load_in_background()
        assert "PySide6" not in sys.modules
        print("loaded", wait(), [t.name for t in threading.enumerate() if t.name == "fontconfig"])
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel("Álvaro Núñez")
        print("width", label.sizeHint().width(), flush=True)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout.splitlines()
    assert out[0] == "loaded True []"
    assert out[1].startswith("width ") and int(out[1].split()[1]) > 20


def test_a_missing_library_leaves_fonts_to_qt_quietly(capfd: pytest.CaptureFixture[str]) -> None:
    wait = font_config.load_in_background("libno-such-fontconfig.so.1")
    assert wait() is False
    assert capfd.readouterr() == ("", "")  # no traceback from the thread


def test_nothing_is_started_where_qt_does_not_use_fontconfig(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # FcInit, already done in this process, returns at once: a thread started anyway could
    # have ended before active_count() is read, so the call itself is watched too.
    called: list[str] = []
    monkeypatch.setattr(font_config, "_init", lambda library: called.append(library) or True)
    monkeypatch.setattr(sys, "platform", "win32")
    before = threading.active_count()
    wait = font_config.load_in_background()
    assert threading.active_count() == before
    assert wait() is False
    assert called == []
