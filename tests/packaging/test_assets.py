"""viewer.assets finds the icons in a checkout, a wheel and a frozen build, without Qt."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO
from viewer import assets

UI_ICONS = ["search", "back", "forward", "export", "open"]


@pytest.mark.parametrize("name", [*UI_ICONS, assets.APP_ICON])
def test_icon_path_finds_each_shipped_icon(name: str) -> None:
    path = assets.icon_path(name)
    assert path.name == f"{name}.svg"
    assert path.read_bytes() == (REPO / "resources" / "icons" / f"{name}.svg").read_bytes()


def test_icon_path_accepts_a_file_name_with_its_suffix() -> None:
    assert assets.icon_path("search.svg") == assets.icon_path("search")


def test_icon_path_raises_for_an_icon_that_does_not_ship() -> None:
    with pytest.raises(FileNotFoundError, match=r"no-such-icon\.svg"):
        assets.icon_path("no-such-icon")


def test_icon_path_prefers_the_packaged_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wheel's viewer/_resources/icons wins over anything beside the package."""
    packaged = tmp_path / "viewer"
    (packaged / "_resources" / "icons").mkdir(parents=True)
    (packaged / "_resources" / "icons" / "search.svg").write_text("<svg/>")
    monkeypatch.setattr(assets, "PACKAGE", packaged)
    assert assets.icon_path("search") == packaged / "_resources" / "icons" / "search.svg"


def test_icon_path_looks_inside_a_pyinstaller_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle_icons = tmp_path / "bundle" / "viewer" / "_resources" / "icons"
    bundle_icons.mkdir(parents=True)
    (bundle_icons / "open.svg").write_text("<svg/>")
    monkeypatch.setattr(assets, "PACKAGE", tmp_path / "elsewhere" / "viewer")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert assets.icon_path("open") == bundle_icons / "open.svg"
    assert assets.icons_dir() == bundle_icons


def test_app_icon_files_list_the_svg_then_every_png_size() -> None:
    files = assets.app_icon_files()
    assert files[0].name == "somos-archive.svg"
    assert [int(f.parent.parent.name.split("x")[0]) for f in files[1:]] == list(
        assets.APP_ICON_SIZES
    )


@pytest.mark.parametrize("name", [*UI_ICONS, assets.APP_ICON, f"{assets.APP_ICON}-small"])
def test_every_svg_is_well_formed_with_a_square_view_box(name: str) -> None:
    root = ET.parse(REPO / "resources" / "icons" / f"{name}.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
    assert width == height
    assert root.find("{http://www.w3.org/2000/svg}text") is None, "text depends on fonts"


def test_assets_never_imports_qt() -> None:
    code = "import sys, viewer.assets; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
