"""Render the application icon's PNG sizes from its SVG sources.

The desktop entry names the icon ``somos-archive``; icon themes look it up as
``hicolor/<n>x<n>/apps/somos-archive.png``. Those PNGs are committed (a desktop must not need
an SVG renderer to show a launcher), so whoever edits an SVG runs this script and commits the
result; ``--check`` fails when the committed PNGs no longer match their SVG, and a test runs it.

16 and 32 pixels are drawn from ``somos-archive-small.svg``, a simplified variant whose lines
sit on the pixel grid; the detailed drawing turns to mush that small.

Usage: ``python packaging/render_icons.py [--check]`` (Qt's offscreen platform; no display needed).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads: no display needed

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "somos-archive"
SIZES = (16, 32, 48, 64, 128, 256)
SMALL_SIZES = (16, 32)
# Renderers differ slightly between Qt versions: --check allows this much mean difference per
# channel (0-255) before it calls a PNG stale. An edited SVG moves far more than that.
TOLERANCE = 2.0


def source_for(size: int) -> Path:
    """The SVG a given PNG size is drawn from."""
    return ICONS / (f"{NAME}-small.svg" if size in SMALL_SIZES else f"{NAME}.svg")


def png_for(size: int, icons: Path = ICONS) -> Path:
    return icons / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"


def render(svg: Path, size: int) -> QImage:
    """``svg`` drawn on a transparent ``size``×``size`` canvas, antialiased."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("render() needs a QGuiApplication")
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def mean_difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference per channel between two same-sized images (0-255)."""
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    if a.size() != b.size():
        return 255.0
    bytes_a, bytes_b = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(bytes_a, bytes_b, strict=True)) / len(bytes_a)


def stale_pngs() -> list[str]:
    """One line per PNG that is missing or no longer matches its SVG."""
    problems = []
    for size in SIZES:
        png = png_for(size)
        if not png.is_file():
            problems.append(f"{png}: missing")
            continue
        diff = mean_difference(render(source_for(size), size), QImage(str(png)))
        if diff > TOLERANCE:
            problems.append(f"{png}: differs from {source_for(size).name} (mean {diff:.1f})")
    return problems


def write_pngs() -> None:
    for size in SIZES:
        png = png_for(size)
        png.parent.mkdir(parents=True, exist_ok=True)
        if not render(source_for(size), size).save(str(png), "PNG"):
            raise OSError(f"cannot write {png}")
        print(png.relative_to(ICONS.parent.parent))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if a committed PNG is missing or stale",
    )
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (keeps Qt alive)
    if args.check:
        problems = stale_pngs()
        for line in problems:
            print(line, file=sys.stderr)
        return 1 if problems else 0
    write_pngs()
    return 0


if __name__ == "__main__":
    sys.exit(main())
