"""``python -m build`` gives an sdist and a wheel; the wheel installs and runs from anywhere.

Slow (two builds and a venv) and it needs the network once, for ``build``'s isolated
environment. PySide6 is not reinstalled: the venv sees this interpreter's site-packages and the
wheel goes in with ``--no-deps``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO
from viewer import __version__

pytestmark = pytest.mark.slow


def _clean_env(tmp_path: Path) -> dict[str, str]:
    """No PYTHONPATH or SOMOS_ARCHIVE leaking in; a data folder that must stay empty."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "SOMOS_ARCHIVE"}}
    env.update(XDG_DATA_HOME=str(tmp_path / "xdg"), QT_QPA_PLATFORM="offscreen")
    return env


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    return out


def test_sdist_carries_seeds_packaging_and_icons_but_no_built_archive(dist: Path) -> None:
    (sdist,) = dist.glob("somos_archive-*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert {
        "seeds/sources.toml",
        "hatch_build.py",
        "packaging/somos-archive.spec",
        "packaging/build",
        "resources/icons/somos-archive.svg",
        "resources/icons/hicolor/48x48/apps/somos-archive.png",
    } <= names
    assert "resources/somos.sqlite" not in names  # the wheel build makes its own
    assert "viewer/translations/somos_es.ts" in names
    assert not any(n.endswith((".qm", ".mo")) for n in names)  # the builds compile them
    assert not any(n.startswith("packaging/out") for n in names)


def test_wheel_carries_seeds_archive_icons_and_desktop_files(dist: Path) -> None:
    (wheel,) = dist.glob(f"somos_archive-{__version__}-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    data = f"somos_archive-{__version__}.data/data/share"
    assert {
        "viewer/_seeds/sources.toml",
        "viewer/_data/somos.sqlite",
        "viewer/_resources/icons/search.svg",
        f"{data}/applications/org.somosarchive.SomosArchive.desktop",
        f"{data}/metainfo/org.somosarchive.SomosArchive.metainfo.xml",
        f"{data}/mime/packages/org.somosarchive.SomosArchive.xml",
        f"{data}/icons/hicolor/scalable/apps/somos-archive.svg",
        f"{data}/icons/hicolor/256x256/apps/somos-archive.png",
        f"{data}/man/man1/somos-archive.1",
        f"{data}/man/man1/somos-archive-export.1",
        # The translations compiled by the hook (only their sources are in the repository).
        "viewer/translations/somos_es.qm",
        "viewer/translations/es/LC_MESSAGES/somos-archive.mo",
    } <= names
    assert any(n.endswith("licenses/LICENSE") for n in names)
    # One copy of each icon: the application icon only where the desktop looks for it.
    contents = [zipfile.ZipFile(wheel).read(n) for n in names if n.endswith((".png", ".svg"))]
    assert len(contents) == len(set(contents))


def test_installed_wheel_runs_both_commands_from_any_directory(dist: Path, tmp_path: Path) -> None:
    (wheel,) = dist.glob("somos_archive-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python, bindir = venv / "bin" / "python", venv / "bin"
    # The dependencies (PySide6, click, sqlite-utils) come from the test run's own
    # environment through a .pth line, with no network: ``--system-site-packages`` would give
    # the base interpreter's, which lacks them when the tests run in a venv. Folders named in a
    # .pth are not site folders, so the checkout's editable install there is not picked up.
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                              "['purelib'])"], check=True, capture_output=True, text=True)
    here = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(purelib.stdout.strip()) / "test-run-deps.pth").write_text(
        "".join(f"{folder}\n" for folder in sorted(here)), encoding="utf-8")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = _clean_env(tmp_path)

    where = subprocess.run(
        [str(python), "-c", "import viewer; print(viewer.__file__)"],
        cwd=elsewhere,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(venv), "imported a copy outside the venv"

    info = subprocess.run(
        [str(bindir / "somos-archive"), "info"],
        cwd=elsewhere,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    archive = Path(info.stdout.splitlines()[0].removeprefix("Archive: "))
    assert archive.is_relative_to(venv) and archive.parts[-3:] == (
        "viewer",
        "_data",
        "somos.sqlite",
    )
    assert "episodes" in info.stdout

    viewer = subprocess.run(
        [str(bindir / "somos-viewer"), "--self-test"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert viewer.returncode == 0, viewer.stdout + viewer.stderr
    assert not (tmp_path / "xdg").exists(), "the packaged archive was rebuilt, not used"
