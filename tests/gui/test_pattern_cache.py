"""The long regular expressions a start compiles, kept between starts (viewer.gui.pattern_cache)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO
from viewer.gui import pattern_cache

pytestmark = pytest.mark.skipif(pattern_cache.cache_folder() is None,
                                reason="kept where caches follow XDG")

#: In a fresh interpreter: a start, through start_window, on the archive; it ends before the
#: window paints, so what it keeps is kept as the process ends. Prints how many long patterns
#: the standard compiler compiled.
START = textwrap.dedent("""
    import re, sys
    compiler = re._compiler
    compiled = []
    original = compiler.compile

    def counting(pattern, flags=0):
        if isinstance(pattern, str) and len(pattern) >= 2000:
            compiled.append(pattern)
        return original(pattern, flags)

    compiler.compile = counting
    from pathlib import Path
    from viewer.__main__ import start_window

    def settings():  # imported here, as the start imports it: after the patterns are seeded
        from viewer.gui.settings import ViewerSettings
        return ViewerSettings.in_file(Path(sys.argv[2]))

    app, window, problem = start_window(Path(sys.argv[1]), settings)
    assert problem is None, problem
    print(len(compiled), flush=True)
""")


def _start(archive_path: Path, tmp_path: Path, cache: Path) -> int:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    run = subprocess.run([sys.executable, "-c", START, str(archive_path),
                          str(tmp_path / "settings.ini")], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=120, check=True)
    return int(run.stdout.split()[-1])


def test_the_second_start_compiles_no_long_pattern(archive_path: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert _start(archive_path, tmp_path, cache) >= 3  # PySide6's own, at least
    kept = list((cache / pattern_cache.FOLDER).iterdir())
    assert len(kept) == 1 and kept[0].suffix == ".marshal"
    written = kept[0].stat().st_mtime_ns
    assert _start(archive_path, tmp_path, cache) == 0
    assert kept[0].stat().st_mtime_ns == written  # nothing new to keep: not written again


def _long_patterns() -> list[tuple[str, int]]:
    return [(key[1], key[2]) for key in list(re._cache)  # type: ignore[attr-defined]
            if key[0] is str and len(key[1]) >= pattern_cache.LONG]


def _signature_like() -> list[str]:
    return ["QWidget(self, parent: typing.Optional[PySide6.QtWidgets.QWidget] = None)",
            "setText(self, arg__1: str, /) -> None", "f(a='(', b=[1, {2: \"]\"}]) -> int",
            "typing.Union[int, typing.Optional[str]]", "", "((((", "x" * 500]


def test_a_kept_pattern_is_the_one_re_compiles(tmp_path: Path) -> None:
    """Written from this process (PySide6's patterns are in re's cache), read back as a start
    reads it: the same pattern, flags and groups, and the same matches."""
    long = _long_patterns()
    assert len(long) >= 3
    assert pattern_cache.Kept(tmp_path, set(), [7]).keep() == len(long)
    compiled = {key: re._cache[(str, *key)] for key in long}  # type: ignore[attr-defined]
    kept = pattern_cache.seed(tmp_path, identity=lambda: [7])
    assert kept.seeded == set(long) and kept.missing() == []
    for pattern, flags in long:
        seeded = re._cache[(str, pattern, flags)]  # type: ignore[attr-defined]
        assert seeded is not compiled[pattern, flags]  # made from the file
        fresh = re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
        assert (seeded.pattern, seeded.flags, seeded.groups, seeded.groupindex) == (
            fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        for text in _signature_like():
            assert [m.span() for m in seeded.finditer(text)] == [
                m.span() for m in fresh.finditer(text)]
    assert pattern_cache.Kept(tmp_path, kept.seeded, [7]).keep() == 0  # nothing missing


def test_another_pyside6_or_a_damaged_file_is_compiled_as_before(tmp_path: Path) -> None:
    pattern_cache.Kept(tmp_path, set(), [7]).keep()
    assert pattern_cache.seed(tmp_path, identity=lambda: [8]).seeded == set()
    file = next(tmp_path.iterdir())
    file.write_bytes(file.read_bytes()[:5000])  # cut short
    assert pattern_cache.seed(tmp_path, identity=lambda: [7]).seeded == set()
    file.write_bytes(b"not marshal at all")
    damaged = pattern_cache.seed(tmp_path, identity=lambda: [7])
    assert damaged.seeded == set()
    assert damaged.keep() >= 3 and len(pattern_cache.seed(tmp_path, lambda: [7]).seeded) >= 3


def test_entries_of_the_wrong_shape_are_passed_over(tmp_path: Path) -> None:
    import marshal

    pattern_cache.Kept(tmp_path, set(), [7]).keep()
    file = next(tmp_path.iterdir())
    data = marshal.loads(file.read_bytes())
    good = data["patterns"][0]
    data["patterns"] = [("x", 0), (good[0], good[1], (good[0],)), 42, good]
    file.write_bytes(marshal.dumps(data))
    assert pattern_cache.seed(tmp_path, identity=lambda: [7]).seeded == {(good[0], good[1])}


def test_an_unwritable_folder_keeps_nothing_quietly(
        tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be")
    assert pattern_cache.Kept(blocker / "cache", set(), [7]).keep() == 0
    assert pattern_cache.Kept(None, set(), [7]).keep() == 0
    assert capfd.readouterr() == ("", "")
    assert not list(tmp_path.glob("**/*.partial"))


def test_a_write_that_fails_halfway_leaves_no_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(self: Path, data: bytes) -> int:
        with open(self, "wb") as out:
            out.write(data[:100])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    assert pattern_cache.Kept(tmp_path, set(), [7]).keep() == 0
    assert list(tmp_path.iterdir()) == []


def test_the_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert pattern_cache.cache_folder() == tmp_path / "somos-archive"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")  # the spec: ignore a relative one
    assert pattern_cache.cache_folder() == tmp_path / "home" / ".cache" / "somos-archive"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert pattern_cache.cache_folder() == tmp_path / "home" / ".cache" / "somos-archive"
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # no home to expand to
    assert pattern_cache.cache_folder() is None
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "win32")
    assert pattern_cache.cache_folder() is None
