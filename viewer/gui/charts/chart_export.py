"""A chart's whole scene saved as PNG or SVG, written atomically.

The scene is rendered, not the widget: the file holds the whole chart whatever part of it is
scrolled into view, at twice the screen's resolution for PNG, and as vector shapes and real
text for SVG. Written through Qt's ``QSaveFile``, which writes beside the target and renames
over it on commit, so a failed save never leaves half an image where a good one was.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QIODevice, QRectF, QSaveFile, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

from viewer.gui.labels import fill

FORMATS = ("png", "svg")
PNG_SCALE = 2.0


def _save_file(path: Path) -> QSaveFile:
    saved = QSaveFile(str(path))
    if not saved.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(fill(QCoreApplication.translate(
            "ChartExport", "the image could not be written to %1: %2"), path,
            saved.errorString()))
    return saved


def _commit(saved: QSaveFile, path: Path, what: str) -> None:
    if not saved.commit():
        raise OSError(fill(QCoreApplication.translate(
            "ChartExport", "the %1 image could not be written to %2: %3"), what, path.parent,
            saved.errorString()))


def render_png(scene: QGraphicsScene, path: Path, scale: float = PNG_SCALE) -> None:
    source = scene.sceneRect()
    size = QSize(math.ceil(source.width() * scale), math.ceil(source.height() * scale))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(scene.backgroundBrush().color())
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    saved = _save_file(path)
    # The stub says bytes for the format; the binding takes only str (b"PNG" raises).
    if not image.save(saved, "PNG"):  # type: ignore[call-overload]
        saved.cancelWriting()
    _commit(saved, path, "PNG")


def render_svg(scene: QGraphicsScene, path: Path, title: str) -> None:
    source = scene.sceneRect()
    size = QSize(math.ceil(source.width()), math.ceil(source.height()))
    saved = _save_file(path)
    generator = QSvgGenerator()
    generator.setOutputDevice(saved)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(QCoreApplication.translate(
        "ChartExport", "Drawn by Somos Archive from the archive's records."))
    painter = QPainter()
    if not painter.begin(generator):
        saved.cancelWriting()
        raise OSError(fill(QCoreApplication.translate(
            "ChartExport", "the SVG image could not be written to %1"), path.parent))
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    _commit(saved, path, "SVG")


def render_scene(scene: QGraphicsScene, path: Path, fmt: str, title: str) -> None:
    """Save ``scene`` as ``fmt`` ("png" or "svg"); OSError says why it could not be."""
    if fmt == "png":
        render_png(scene, path)
    elif fmt == "svg":
        render_svg(scene, path, title)
    else:
        raise ValueError(f"unknown image format {fmt!r}; choose one of {', '.join(FORMATS)}")
