"""The credits matrix: episodes across, the crew credited on them down, grouped by role.

One row per crew credit that names episodes (a person in a role: "Álvaro Curiel, Director"),
one column per episode, and a filled cell wherever the credit names the episode — so who
directed and who wrote which episode shows at a glance. A cell stands for its crew credit,
a row's name for the person, a column's heading for the episode; clicking any of them shows
that record.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsTextItem, QWidget

from viewer.archive.charts import MAX_MATRIX_EPISODES, CreditsMatrix
from viewer.archive.quotation import quotation
from viewer.archive.records.credits import CrewCredit
from viewer.archive.records.series import Episode
from viewer.gui.charts.chart_view import ChartColors, ChartView, rounded, tooltip
from viewer.gui.labels import counted, fill
from viewer.gui.labels import number as localized
from viewer.gui.translatable import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

COLUMN_WIDTH = 118.0
"""An episode's column when the view has room for it; narrower, down to
:data:`MIN_COLUMN_WIDTH`, so that every episode is in sight without scrolling sideways (the
seeds' six needed 850 px at full width, where the pane beside the detail side has 740)."""
MIN_COLUMN_WIDTH = 84.0
#: How a role's rows are headed, and the word in its cells, where the seeds' word differs.
#: (The roles themselves are the seeds' words, shown as they are.)
ROLE_HEADINGS = {"Director": QT_TRANSLATE_NOOP("CreditsMatrix", "Directed by"),
                 "Writer": QT_TRANSLATE_NOOP("CreditsMatrix", "Teleplay by")}
CELL_WORDS = {"Director": QT_TRANSLATE_NOOP("CreditsMatrix", "directed"),
              "Writer": QT_TRANSLATE_NOOP("CreditsMatrix", "teleplay")}


def _heading(role: str) -> str:
    return translate("CreditsMatrix", ROLE_HEADINGS[role]) if role in ROLE_HEADINGS else role


class CreditsMatrixView(ChartView):
    file_stem = "somos-credits-matrix"
    title = QT_TRANSLATE_NOOP("Charts", "Credits Matrix")
    mark_kind = "cell"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("creditsMatrixView",
                         translate(
                                 "CreditsMatrix",
                                 "Credits matrix: episodes and their crew"), parent)
        self._columns_of: tuple[float, int] | None = None  # gutter and columns last drawn

    def fit_width(self, room: float) -> float | None:
        """An episode column's width (see :data:`COLUMN_WIDTH`)."""
        if self._columns_of is None:
            return None
        return _column_width(room, *self._columns_of)

    def describe(self, data: CreditsMatrix) -> str:
        people = len({c.person_id for c in data.credits})
        episodes = len(data.episode_numbers())
        credits = counted(people, translate("CreditsMatrix", "%1 episode credits of 1 person"),
                          translate("CreditsMatrix", "%1 episode credits of %2 people"))
        if len(data.episodes) >= MAX_MATRIX_EPISODES:
            across = translate("CreditsMatrix", "across the first %1 episodes")
        else:
            across = counted(episodes, translate("CreditsMatrix", "across 1 episode"),
                             translate("CreditsMatrix", "across %1 episodes"))
        return (fill(credits, localized(len(data.cells)), localized(people)) + " "
                + fill(across, localized(episodes)))

    def draw(self, scene: QGraphicsScene, data: CreditsMatrix,
             colors: ChartColors) -> Iterator[None]:
        numbers = data.episode_numbers()
        if not data.cells or not numbers:
            self.add_text(scene, translate(
                    "CreditsMatrix", "No crew credit in this archive names an episode."),
                          0, 0, colors.muted)
            return
        bold = self.chart_font(bold=True)
        row = max(self.line_height() + 12, 26.0)
        roles = list(dict.fromkeys(c.role for c in data.credits))
        role_color = {role: colors.series(i) for i, role in enumerate(roles)}
        gutter = max([self.text_width(c.person) for c in data.credits]
                     + [self.text_width(_heading(r), bold) for r in roles]) + 28
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
            self.add_text(scene, _heading(role), 8, y, colors.muted, bold)
            y += self.line_height(bold) + 4
            for index, credit in enumerate(c for c in data.credits if c.role == role):
                if index % 2 == 0:
                    # Behind the name only, as the timeline bands its lanes: across the
                    # cells every other row's empty cells were grey, the rest white, and
                    # read as two kinds of "not credited" that no legend explained.
                    band = scene.addRect(QRectF(0, y, gutter, row), Qt.PenStyle.NoPen,
                                         QBrush(colors.band))
                    band.setZValue(-10)
                name = self.add_text(scene, credit.person, 16,
                                     y + (row - self.line_height()) / 2, colors.text)
                self.tag(name, "people", credit.person_id, "person", credit.person,
                         tooltip(credit.person,
                                 fill(translate("CreditsMatrix", "%1 of %2 episodes"), role,
                                      localized(len(credit.episodes))),
                                 translate("CreditsMatrix", "Click to show the person.")))
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
        episode_n = fill(translate("CreditsMatrix", "Episode %1"), number)
        heading.setHtml(f"<b>{_escape(episode_n)}</b><br>{_escape(title)}")
        heading.setPos(x + 4, 0)
        scene.addItem(heading)
        if episode is not None:
            self.tag(heading, "episodes", episode.id, "episode",
                     f"{episode_n}: {title}".rstrip(": "),
                     tooltip(episode_n + (f": {title}" if title else ""),
                             fill(translate(
                                     "CreditsMatrix",
                                     "Directed by %1"), ", ".join(episode.directors) or "—"),
                             fill(translate(
                                     "CreditsMatrix",
                                     "Teleplay by %1"), ", ".join(episode.writers) or "—"),
                             translate("CreditsMatrix", "Click to show the episode.")))
        return heading.boundingRect().height()

    def _cell(self, scene: QGraphicsScene, credit: CrewCredit, episode: Episode | None,
              number: int, rect: QRectF, color: QColor, colors: ChartColors) -> QGraphicsItem:
        item = rounded(scene, rect, QPen(color, 1), QBrush(color), 4)
        word = (translate("CreditsMatrix", CELL_WORDS[credit.role]) if credit.role in CELL_WORDS
                else credit.role.lower())
        font = self.chart_font(size=0.9)
        if self.text_width(word, font) > rect.width() - 8:
            word = "✓"
        text = self.add_text(item, word, 0, 0, colors.on(color), font)
        bounds = text.boundingRect()
        text.setPos(rect.center().x() - bounds.width() / 2,
                    rect.center().y() - bounds.height() / 2)
        title = f" {quotation(episode.title)}" if episode and episode.title else ""
        label = fill(translate(
                "CreditsMatrix", "%1: %2, episode %3"), credit.person, credit.role, number)
        n = len(credit.sources)
        self.tag(item, "crew", credit.id, "cell", label, tooltip(
            f"{credit.person} — {credit.role}",
            fill(translate("CreditsMatrix", "Episode %1"), number) + title,
            fill(translate("CreditsMatrix", "As stated: %1"), credit.role_as_stated),
            counted(n, translate("CreditsMatrix", "Stated by 1 source"),
                    fill(translate("CreditsMatrix", "Stated by %1 sources"), localized(n))),
            translate("CreditsMatrix", "Click to show the credit.")))
        return item


def _column_width(room: float, gutter: float, columns: int) -> float:
    return max(MIN_COLUMN_WIDTH, min(COLUMN_WIDTH, (room - gutter) / columns))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
