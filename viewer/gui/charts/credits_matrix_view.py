"""The credits matrix: episodes across, the crew credited on them down, grouped by role.

One row per crew credit that names episodes (a person in a role: "Álvaro Curiel, Director"),
one column per episode, and a filled cell wherever the credit names the episode — so who
directed and who wrote which episode shows at a glance. A cell stands for its crew credit,
a row's name for the person, a column's heading for the episode; clicking any of them shows
that record.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsTextItem, QWidget

from viewer.archive.charts import MAX_MATRIX_EPISODES, CreditsMatrix
from viewer.archive.records.credits import CrewCredit
from viewer.archive.records.series import Episode
from viewer.gui.charts.chart_view import ChartColors, ChartView, rounded, tooltip

COLUMN_WIDTH = 118.0
"""An episode's column when the view has room for it; narrower, down to
:data:`MIN_COLUMN_WIDTH`, so that every episode is in sight without scrolling sideways (the
seeds' six needed 850 px at full width, where the pane beside the detail side has 740)."""
MIN_COLUMN_WIDTH = 84.0
#: How a role's rows are headed, and the word in its cells, where the seeds' word differs.
ROLE_HEADINGS = {"Director": "Directed by", "Writer": "Teleplay by"}
CELL_WORDS = {"Director": "directed", "Writer": "teleplay"}


class CreditsMatrixView(ChartView):
    file_stem = "somos-credits-matrix"
    title = "Credits Matrix"
    mark_kind = "cell"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("creditsMatrixView", "Credits matrix: episodes and their crew",
                         parent)
        self._columns_of: tuple[float, int] | None = None  # gutter and columns last drawn

    def fit_width(self, room: float) -> float | None:
        """An episode column's width (see :data:`COLUMN_WIDTH`)."""
        if self._columns_of is None:
            return None
        return _column_width(room, *self._columns_of)

    def describe(self, data: CreditsMatrix) -> str:
        people = len({c.person_id for c in data.credits})
        episodes = len(data.episode_numbers())
        first = "the first " if len(data.episodes) >= MAX_MATRIX_EPISODES else ""
        return (f"{len(data.cells)} episode credits of {people} "
                f"{'person' if people == 1 else 'people'} across {first}{episodes} "
                f"episode{'s' if episodes != 1 else ''}")

    def draw(self, scene: QGraphicsScene, data: CreditsMatrix,
             colors: ChartColors) -> Iterator[None]:
        numbers = data.episode_numbers()
        if not data.cells or not numbers:
            self.add_text(scene, "No crew credit in this archive names an episode.", 0, 0,
                          colors.muted)
            return
        bold = self.chart_font(bold=True)
        row = max(self.line_height() + 12, 26.0)
        roles = list(dict.fromkeys(c.role for c in data.credits))
        role_color = {role: colors.series(i) for i, role in enumerate(roles)}
        gutter = max([self.text_width(c.person) for c in data.credits]
                     + [self.text_width(ROLE_HEADINGS.get(r, r), bold) for r in roles]) + 28
        episodes = {e.number: e for e in data.episodes}
        self._columns_of = (gutter, len(numbers))
        width = self.fitted = _column_width(self.room(), *self._columns_of)
        column = {n: gutter + i * width for i, n in enumerate(numbers)}
        right = gutter + len(numbers) * width

        header_h = 0.0
        for number in numbers:
            header_h = max(header_h, self._column_heading(scene, episodes.get(number), number,
                                                          column[number], width, colors))
            yield
        y = header_h + 10
        grid = QPen(colors.grid, 1)
        scene.addLine(gutter, y, right, y, QPen(colors.line, 1))
        cells = {(c.credit_id, c.episode) for c in data.cells}
        for role in roles:
            y += 8
            self.add_text(scene, ROLE_HEADINGS.get(role, role), 8, y, colors.muted, bold)
            y += self.line_height(bold) + 4
            for index, credit in enumerate(c for c in data.credits if c.role == role):
                if index % 2 == 0:
                    band = scene.addRect(QRectF(0, y, right, row), Qt.PenStyle.NoPen,
                                         QBrush(colors.band))
                    band.setZValue(-10)
                name = self.add_text(scene, credit.person, 16,
                                     y + (row - self.line_height()) / 2, colors.text)
                self.tag(name, "people", credit.person_id, "person", credit.person,
                         tooltip(credit.person, f"{role} of {len(credit.episodes)} "
                                 "episodes", "Click to show the person."))
                empty = QPainterPath()  # one item per row: a wide matrix is mostly empty
                for number in numbers:
                    rect = QRectF(column[number] + 6, y + 3, width - 12, row - 6)
                    if (credit.id, number) in cells:
                        self._cell(scene, credit, episodes.get(number), number, rect,
                                   role_color[role], colors)
                    else:
                        empty.addRect(rect)
                scene.addPath(empty, grid)
                y += row
                yield
            scene.addLine(gutter, y + 4, right, y + 4, grid)
        for x in [*column.values(), right]:
            scene.addLine(x, header_h + 10, x, y + 4, grid).setZValue(-5)

    def _column_heading(self, scene: QGraphicsScene, episode: Episode | None, number: int,
                        x: float, width: float, colors: ChartColors) -> float:
        heading = QGraphicsTextItem()
        heading.setDefaultTextColor(colors.text)
        heading.setFont(self.font())
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        heading.document().setDefaultTextOption(option)
        heading.setTextWidth(width - 8)
        title = episode.title if episode and episode.title else ""
        heading.setHtml(f"<b>Episode {number}</b><br>{_escape(title)}")
        heading.setPos(x + 4, 0)
        scene.addItem(heading)
        if episode is not None:
            self.tag(heading, "episodes", episode.id, "episode",
                     f"Episode {number}: {title}".rstrip(": "),
                     tooltip(f"Episode {number}" + (f": {title}" if title else ""),
                             f"Directed by {', '.join(episode.directors) or '—'}",
                             f"Teleplay by {', '.join(episode.writers) or '—'}",
                             "Click to show the episode."))
        return heading.boundingRect().height()

    def _cell(self, scene: QGraphicsScene, credit: CrewCredit, episode: Episode | None,
              number: int, rect: QRectF, color: QColor, colors: ChartColors) -> QGraphicsItem:
        item = rounded(scene, rect, QPen(color, 1), QBrush(color), 4)
        word = CELL_WORDS.get(credit.role, credit.role.lower())
        font = self.chart_font(size=0.9)
        if self.text_width(word, font) > rect.width() - 8:
            word = "✓"
        text = self.add_text(item, word, 0, 0, colors.on(color), font)
        bounds = text.boundingRect()
        text.setPos(rect.center().x() - bounds.width() / 2,
                    rect.center().y() - bounds.height() / 2)
        title = f" “{episode.title}”" if episode and episode.title else ""
        label = f"{credit.person}: {credit.role}, episode {number}"
        self.tag(item, "crew", credit.id, "cell", label, tooltip(
            f"{credit.person} — {credit.role}",
            f"Episode {number}{title}",
            f"As stated: {credit.role_as_stated}",
            f"Stated by {len(credit.sources)} source{'s' if len(credit.sources) != 1 else ''}",
            "Click to show the credit."))
        return item


def _column_width(room: float, gutter: float, columns: int) -> float:
    return max(MIN_COLUMN_WIDTH, min(COLUMN_WIDTH, (room - gutter) / columns))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
