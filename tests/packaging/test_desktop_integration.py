"""The desktop entry and AppStream metainfo agree with each other, the package and the specs."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import REPO
from viewer import __version__
from viewer.assets import APP_ICON

APP_ID = "org.somosarchive.SomosArchive"
DESKTOP = REPO / "packaging" / f"{APP_ID}.desktop"
METAINFO = REPO / "packaging" / f"{APP_ID}.metainfo.xml"
MIME = REPO / "packaging" / f"{APP_ID}.mime.xml"
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_launches_the_gui_script_with_the_app_icon() -> None:
    entry = _entry()
    assert entry["Exec"].split()[0] in PYPROJECT["gui-scripts"]
    assert entry["Icon"] == APP_ICON
    assert entry["Type"] == "Application"


def test_desktop_entry_opens_a_file_and_claims_somos_archives() -> None:
    """A file manager can open an archive with the viewer: ``%f`` passes the file, and the
    entry lists the MIME type the shared-mime-info file defines (and plain SQLite)."""
    entry = _entry()
    assert entry["Exec"].split()[1:] == ["%f"]
    types = entry["MimeType"].rstrip(";").split(";")
    defined = ET.parse(MIME).getroot()[0].get("type")
    assert types[0] == defined == "application/x-somos-archive"
    assert "application/vnd.sqlite3" in types
    provided = {m.text for m in ET.parse(METAINFO).getroot().iter("mediatype")}
    assert provided == {defined}


@pytest.mark.skipif(not shutil.which("update-mime-database"),
                    reason="update-mime-database not installed (apt: shared-mime-info)")
def test_the_mime_type_recognises_an_archive_by_its_header(tmp_path, archive_path) -> None:  # type: ignore[no-untyped-def]
    """update-mime-database compiles the file (it refuses a malformed one) with the magic
    that matches the archive's application id, which a plain SQLite file lacks."""
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages / f"{APP_ID}.xml")
    env = {**os.environ, "XDG_DATA_DIRS": str(tmp_path)}  # or it remarks on the folder
    result = subprocess.run(["update-mime-database", str(tmp_path / "mime")],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    assert (tmp_path / "mime" / "application" / "x-somos-archive.xml").is_file()
    header = archive_path.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00") and header[68:72] == b"SOMO"
    magic = (tmp_path / "mime" / "magic").read_bytes()
    assert b"application/x-somos-archive" in magic and b"SOMO" in magic


def test_metainfo_names_the_desktop_entry_and_the_installed_commands() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    binaries = {b.text for b in root.iter("binary")}
    assert binaries == set(PYPROJECT["scripts"]) | set(PYPROJECT["gui-scripts"])


def test_metainfo_newest_release_is_the_package_version() -> None:
    """Bumping ``__version__`` needs a <release> entry too."""
    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases is not None
    assert releases[0].get("version") == __version__


@pytest.mark.skipif(
    not shutil.which("desktop-file-validate"),
    reason="desktop-file-validate not installed (apt: desktop-file-utils)",
)
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(
    not shutil.which("appstreamcli"), reason="appstreamcli not installed (apt: appstream)"
)
def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_build_script_is_executable_bash_that_parses() -> None:
    script = REPO / "packaging" / "build"
    assert script.stat().st_mode & 0o111
    subprocess.run(["bash", "-n", str(script)], check=True)
