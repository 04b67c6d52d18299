"""``packaging/build`` makes a one-folder bundle that self-tests with no source tree or network.

Slow (a PyInstaller run, about a minute). The bundle is built from a copy of the checkout's
files (what ``git ls-files`` lists, tracked or new: a clean clone of the working tree) and
then run from an unrelated directory, in a network namespace of its own where ``unshare`` allows.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def _clean_copy(dest: Path) -> Path:
    """The checkout's files without build outputs; the checkout itself if git is unavailable."""
    if not shutil.which("git") or not (REPO / ".git").exists():
        return REPO
    listed = (
        subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=REPO,
            check=True,
            capture_output=True,
        )
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, listed):
        src = REPO / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest


def _offline_prefix() -> list[str]:
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        return [unshare, "-rn"]
    return []


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    checkout = _clean_copy(tmp_path_factory.mktemp("clone"))
    out = tmp_path_factory.mktemp("out")
    env = {**os.environ, "PYTHON": sys.executable}
    result = subprocess.run(
        ["bash", str(checkout / "packaging" / "build"), "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return out / "dist" / "somos-archive"


def _run(bundle: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "XDG_RUNTIME_DIR": str(tmp_path),
    }
    return subprocess.run(
        [*_offline_prefix(), str(bundle / args[0]), *args[1:]],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_bundle_holds_both_commands_archive_seeds_icons_and_desktop_files(bundle: Path) -> None:
    internal = bundle / "_internal" / "viewer"
    for path in [
        bundle / "somos-viewer",
        bundle / "somos-archive",
        internal / "_data" / "somos.sqlite",
        internal / "_seeds" / "sources.toml",
        internal / "_resources" / "icons" / "search.svg",
        internal / "_resources" / "icons" / "hicolor" / "16x16" / "apps" / "somos-archive.png",
        # The translations, compiled by the spec (only their sources are in the repository).
        internal / "translations" / "somos_es.qm",
        internal / "translations" / "es" / "LC_MESSAGES" / "somos-archive.mo",
        bundle / "share" / "applications" / "org.somosarchive.SomosArchive.desktop",
        bundle / "share" / "icons" / "hicolor" / "scalable" / "apps" / "somos-archive.svg",
    ]:
        assert path.is_file(), path


def test_bundle_leaves_out_unused_qt_modules(bundle: Path) -> None:
    pyside = bundle / "_internal" / "PySide6"
    present = {p.name.split(".")[0] for p in pyside.glob("Qt*.so")}
    assert present.isdisjoint(
        {"QtWebEngineCore", "QtQml", "QtQuick", "QtNetwork", "QtPdf", "QtMultimedia", "Qt3DCore"}
    ), present
    assert {"QtCore", "QtGui", "QtWidgets"} <= present


def test_bundle_carries_no_openssl(bundle: Path) -> None:
    """The viewer uses no network: neither Python's ssl nor OpenSSL's libraries ship."""
    names = [p.name for p in bundle.rglob("*")]
    assert not [n for n in names if n.startswith(("libssl", "libcrypto", "_ssl.", "_hashlib."))]


def test_frozen_cli_writes_citations_with_the_bundled_style(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, tmp_path, "somos-archive", "export", "sources", "--format", "citations")
    assert result.returncode == 0, result.stderr
    assert "Luchter, Les" in result.stdout


def test_frozen_viewer_self_tests_offscreen_offline_without_rebuilding(
    bundle: Path, tmp_path: Path
) -> None:
    archive = bundle / "_internal" / "viewer" / "_data" / "somos.sqlite"
    before = hashlib.sha256(archive.read_bytes()).hexdigest()
    result = _run(bundle, tmp_path, "somos-viewer", "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == before
    assert not (tmp_path / "xdg").exists(), "the bundled archive was rebuilt, not used"


def test_frozen_cli_speaks_spanish_under_a_mexican_locale(bundle: Path, tmp_path: Path) -> None:
    """The bundle's catalogue is found where the spec put it (viewer.i18n)."""
    env = {"LANG": "es_MX.UTF-8"}
    result = subprocess.run([str(bundle / "somos-archive"), "--help"], cwd=tmp_path,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **env},
                            capture_output=True, text=True, timeout=120)
    assert result.stdout.startswith("Uso:"), result.stdout + result.stderr


def test_frozen_cli_reads_the_bundled_archive(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, tmp_path, "somos-archive", "info")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first == f"Archive: {bundle / '_internal' / 'viewer' / '_data' / 'somos.sqlite'}"
