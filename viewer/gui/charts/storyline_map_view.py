"""The storyline map: each storyline, the characters it follows, and who plays them.

Three columns joined by curves — storylines, characters, actors — with each storyline's
characters beside it and each character's actors beside the character, so a storyline reads
as one band across. A character in two storylines (or an actor playing two characters) is
drawn once, where it first appears, and the later storyline's curve reaches back to it.
Nodes stand for the storyline, the character and the person; clicking one shows it.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from viewer.archive.charts import MAX_MAP_STORYLINES, StorylineMap
from viewer.archive.records.credits import CastCredit
from viewer.archive.records.story import Character
from viewer.gui.charts.chart_view import ChartColors, ChartView, rounded, tooltip
from viewer.gui.labels import fill, number
from viewer.gui.translatable import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

COLUMN_GAP = 84.0
NODE_PADDING = 10.0
GROUP_GAP = 12.0


class StorylineMapView(ChartView):
    file_stem = "somos-storyline-map"
    title = QT_TRANSLATE_NOOP("Charts", "Storyline Map")
    mark_kind = "node"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("storylineMapView",
                         translate(
                                 "StorylineMap",
                                 "Storyline map: storylines, characters, actors"), parent)

    @staticmethod
    def actors(data: StorylineMap) -> dict[int, list[CastCredit]]:
        """Each actor (person id) with their credits among the storylines' characters."""
        out: dict[int, list[CastCredit]] = {}
        for credit in data.cast:
            out.setdefault(credit.person_id, []).append(credit)
        return out

    def describe(self, data: StorylineMap) -> str:
        text = (translate("StorylineMap", "The first %1 storylines, %2 characters, %3 actors")
                if len(data.storylines) >= MAX_MAP_STORYLINES
                else translate("StorylineMap", "%1 storylines, %2 characters, %3 actors"))
        return fill(text, number(len(data.storylines)), number(len(data.characters)),
                    number(len(self.actors(data))))

    def draw(self, scene: QGraphicsScene, data: StorylineMap,
             colors: ChartColors) -> Iterator[None]:
        if not data.storylines:
            self.add_text(scene, translate("StorylineMap", "This archive has no storylines."), 0, 0,
                          colors.muted)
            return
        bold = self.chart_font(bold=True)
        node_h = self.line_height() + 10
        row = node_h + 6
        characters = {c.id: c for c in data.characters}
        cast_of: dict[int, list[CastCredit]] = {}
        for credit in data.cast:
            if credit.character_id is not None and all(
                    c.person_id != credit.person_id for c in cast_of.get(credit.character_id, [])):
                cast_of.setdefault(credit.character_id, []).append(credit)
        wide, plain = self.metrics(bold), self.metrics()
        headings = (translate(
                "StorylineMap", "Storylines"), translate("StorylineMap", "Characters"),
                    translate("StorylineMap", "Played by"))
        widths = [
            max([wide.horizontalAdvance(s.title) for s in data.storylines]
                + [wide.horizontalAdvance(headings[0])]),
            max([plain.horizontalAdvance(c.name) for c in data.characters]
                + [wide.horizontalAdvance(headings[1])]),
            max([plain.horizontalAdvance(c.actor) for c in data.cast]
                + [wide.horizontalAdvance(headings[2])]),
        ]
        widths = [w + 2 * NODE_PADDING for w in widths]
        xs = [0.0, widths[0] + COLUMN_GAP, widths[0] + widths[1] + 2 * COLUMN_GAP]
        for x, heading in zip(xs, headings, strict=True):
            self.add_text(scene, heading, x + NODE_PADDING, 0, colors.muted, bold)
        right = xs[2] + widths[2]

        y = self.line_height(bold) + 12
        actors = self.actors(data)
        pen = QPen(colors.line, 1.3)
        placed_characters: dict[int, QRectF] = {}
        placed_actors: dict[int, QRectF] = {}
        for index, storyline in enumerate(data.storylines):
            mine = [c for s, c in data.links if s == storyline.id and c in characters]
            top = y
            new_characters: list[int] = []
            new_actors: list[int] = []
            for character_id in mine:
                if character_id in placed_characters:
                    continue
                credits = [c for c in cast_of.get(character_id, [])
                           if c.person_id not in placed_actors]
                rows = max(1, len(credits))
                placed_characters[character_id] = QRectF(xs[1], y + (rows - 1) * row / 2,
                                                         widths[1], node_h)
                new_characters.append(character_id)
                for i, credit in enumerate(credits):
                    placed_actors[credit.person_id] = QRectF(xs[2], y + i * row, widths[2],
                                                             node_h)
                    new_actors.append(credit.person_id)
                y += rows * row
            if y == top:
                y += row
            # The band whole, as it reads across: a slice of the drawing ends with it.
            story_rect = QRectF(xs[0], (top + y - 6) / 2 - node_h / 2, widths[0], node_h)
            if index % 2 == 0:
                band = scene.addRect(QRectF(-8, top - GROUP_GAP / 2, right + 16,
                                            y - top + GROUP_GAP - 6), Qt.PenStyle.NoPen,
                                     QBrush(colors.band))
                band.setZValue(-10)
            self._storyline_node(scene, storyline.id, storyline.title, storyline.summary,
                                 story_rect, colors)
            for character_id in new_characters:
                self._character_node(scene, characters[character_id],
                                     placed_characters[character_id],
                                     cast_of.get(character_id, []), colors)
            for person_id in new_actors:
                self._actor_node(scene, person_id, actors[person_id], placed_actors[person_id],
                                 colors)
            for character_id in mine:
                _curve(scene, story_rect, placed_characters[character_id], pen)
            for character_id in new_characters:
                for credit in cast_of.get(character_id, []):
                    _curve(scene, placed_characters[character_id],
                           placed_actors[credit.person_id], pen)
            y += GROUP_GAP
            yield

    def _node(self, scene: QGraphicsScene, rect: QRectF, text: str, fill: QColor,
              border: QColor, ink: QColor, bold: bool = False) -> QGraphicsItem:
        item = rounded(scene, rect, QPen(border, 1.2), QBrush(fill), rect.height() / 2.6)
        label = self.add_text(item, text, 0, 0, ink, self.chart_font(bold=bold))
        label.setPos(rect.left() + NODE_PADDING,
                     rect.center().y() - label.boundingRect().height() / 2)
        return item

    def _storyline_node(self, scene: QGraphicsScene, storyline_id: int, title: str,
                        summary: str, rect: QRectF, colors: ChartColors) -> None:
        item = self._node(scene, rect, title, colors.accent, colors.accent, colors.accent_text,
                          bold=True)
        short = summary if len(summary) <= 240 else summary[:239] + "…"
        self.tag(item, "storylines", storyline_id, "node", title,
                 tooltip(title, short, translate("StorylineMap", "Click to show the storyline.")))

    def _character_node(self, scene: QGraphicsScene, character: Character, rect: QRectF,
                        cast: list[CastCredit], colors: ChartColors) -> None:
        item = self._node(scene, rect, character.name, colors.node, colors.accent, colors.text)
        played = ", ".join(c.actor for c in cast) or translate("StorylineMap", "no actor credited")
        self.tag(item, "characters", character.id, "node", character.name,
                 tooltip(character.name, fill(translate("StorylineMap", "Played by %1"), played),
                         fill(translate("StorylineMap", "In %1"), ", ".join(character.storylines)),
                         translate("StorylineMap", "Click to show the character.")))

    def _actor_node(self, scene: QGraphicsScene, person_id: int, credits: list[CastCredit],
                    rect: QRectF, colors: ChartColors) -> None:
        name = credits[0].actor
        item = self._node(scene, rect, name, colors.background, colors.line, colors.text)
        parts = ", ".join(c.character or "?" for c in credits)
        self.tag(item, "people", person_id, "node", name,
                 tooltip(name, fill(translate("StorylineMap", "Plays %1"), parts),
                         translate("StorylineMap", "Click to show the person.")))


def _curve(scene: QGraphicsScene, start: QRectF, end: QRectF, pen: QPen) -> None:
    """From the right of ``start`` to the left of ``end``, behind the nodes."""
    a = QPointF(start.right(), start.center().y())
    b = QPointF(end.left(), end.center().y())
    path = QPainterPath(a)
    mid = (a.x() + b.x()) / 2
    path.cubicTo(QPointF(mid, a.y()), QPointF(mid, b.y()), b)
    scene.addPath(path, pen).setZValue(-1)
