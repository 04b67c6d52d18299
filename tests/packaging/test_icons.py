"""The committed PNG sizes of the application icon exist and match their SVG sources."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO
from viewer.assets import APP_ICON_SIZES


def _render_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "render_icons", REPO / "packaging" / "render_icons.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", APP_ICON_SIZES)
def test_each_desktop_icon_size_is_a_png_of_that_size(size: int) -> None:
    png = REPO / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "somos-archive.png"
    assert _png_size(png) == (size, size)


def test_render_script_covers_the_sizes_the_package_lists() -> None:
    assert tuple(_render_icons().SIZES) == APP_ICON_SIZES


def test_committed_pngs_match_their_svg(qapp: object) -> None:
    """Edited an SVG? Run ``python packaging/render_icons.py`` and commit the PNGs."""
    assert _render_icons().stale_pngs() == []
