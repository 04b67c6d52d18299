"""Where the icon files are, in a checkout, an installed wheel and a frozen build alike.

Qt-free on purpose (the CLI and tests may ask too); the GUI turns these paths into ``QIcon``\\ s.
The folders searched, first match wins:

* ``viewer/_resources/icons`` — a wheel (``pyproject.toml`` force-includes ``resources/icons``
  there) and a PyInstaller build (the spec bundles it under the same name).
* ``<sys._MEIPASS>/viewer/_resources/icons`` — a frozen build whose modules do not report a
  ``__file__`` inside the bundle.
* ``resources/icons`` beside the ``viewer`` package — a source checkout.
* ``<data>/share/icons/hicolor/scalable/apps`` — the application icon of an installed wheel,
  which puts it (and its PNG sizes) there for the desktop and nowhere else (``<data>`` is the
  environment's prefix, or the user base for ``pip install --user``).
"""

from __future__ import annotations

import site
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
APP_ICON = "somos-archive"
"""The application icon's name: the SVG's stem and the icon theme name the desktop entry uses."""
APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)


def icon_dirs() -> list[Path]:
    """The folders :func:`icon_path` looks in, in order."""
    dirs = [PACKAGE / "_resources" / "icons"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "viewer" / "_resources" / "icons")
    dirs.append(PACKAGE.parent / "resources" / "icons")
    for data in dict.fromkeys([sys.prefix, site.getuserbase()]):
        dirs.append(Path(data) / "share" / "icons" / "hicolor" / "scalable" / "apps")
    return dirs


def icons_dir() -> Path:
    """The first icon folder that exists; ``FileNotFoundError`` if none does (a broken install)."""
    for folder in icon_dirs():
        if folder.is_dir():
            return folder
    raise FileNotFoundError(
        "no icon folder found; looked in " + ", ".join(str(d) for d in icon_dirs())
    )


def icon_path(name: str) -> Path:
    """The file of the icon ``name`` (``"search"`` or ``"search.svg"``; ``.svg`` when no suffix).

    Raises ``FileNotFoundError`` if it is missing: every icon we name ships with the package,
    so a missing one is a packaging bug to report, not something to paper over.
    """
    filename = name if Path(name).suffix else f"{name}.svg"
    for folder in icon_dirs():
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"icon {filename!r} is not in " + ", ".join(map(str, icon_dirs())))


def app_icon_files() -> list[Path]:
    """The application icon: its SVG, then every PNG size there is (for ``QIcon.addFile``).

    Window managers that ignore SVG window icons pick the PNG nearest the size they want.
    """
    files = [icon_path(APP_ICON)]
    folder = files[0].parent
    # Beside the SVG in a checkout or bundle (``icons/hicolor/<size>/apps``); in an icon
    # theme's own layout once installed (``hicolor/scalable/apps`` → ``hicolor/<size>/apps``).
    theme = folder.parent.parent if folder.name == "apps" else folder / "hicolor"
    for size in APP_ICON_SIZES:
        png = theme / f"{size}x{size}" / "apps" / f"{APP_ICON}.png"
        if png.is_file():
            files.append(png)
    return files
