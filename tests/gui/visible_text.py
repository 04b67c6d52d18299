"""Every string a person can see (or hear, through a screen reader) in a window, and the
English source texts of the catalogue to hold them against (issue 32).

:func:`visible_strings` walks widgets, their actions and menus, item views' headers, text
browsers' lines, charts' texts and tooltips, and message boxes. :class:`EnglishSources` knows
every source text of ``viewer/translations/somos_es.ts`` (templates with ``%1`` as patterns)
and says which visible strings are English left untranslated.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTabWidget,
    QTextEdit,
    QWidget,
)

TS = Path(__file__).resolve().parents[2] / "viewer" / "translations" / "somos_es.ts"

#: Words spelled alike in both languages, or not words of either (names, formats, keys).
ALLOWED = frozenset({
    "Somos Archive", "Somos", "CSV", "JSON", "BibTeX", "RIS", "PNG", "SVG", "HTML",
    "Markdown", "Datasette", "Esc", "F3", "No", "Error", "Actor", "Total", "Ctrl+K",
})
_PLACEHOLDER = re.compile(r"%L?\d+|%L?n")


def _plain(text: str) -> str:
    """A label's text as read: rich text as plain, mnemonics and padding gone."""
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _lines(text: str) -> list[str]:
    """A rich text's lines (a chart's tooltip: a title, then a line per fact)."""
    doc = QTextDocument()
    doc.setHtml(text)
    return [line for line in re.split("[\n\u2028]", doc.toPlainText()) if line.strip()]


class EnglishSources:
    """The catalogue's English source texts: what must not be seen in a Spanish window."""

    def __init__(self, ts: Path = TS) -> None:
        self.exact: set[str] = set()
        self.patterns: list[re.Pattern[str]] = []
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if (
                translation is not None) else []
            text = (translation.text or "") if translation is not None else ""
            if source in (text, *forms):
                continue  # spelled alike: Spanish as well as English
            plain = _plain(source)
            if not _PLACEHOLDER.search(plain):
                self.exact.add(plain)
                continue
            literal = _PLACEHOLDER.sub("", plain)
            if sum(c.isalpha() for c in literal) < 8:
                continue  # "%1 of %2": too little of it is English to tell
            parts = [re.escape(p) for p in _PLACEHOLDER.split(plain)]
            self.patterns.append(re.compile("^" + ".+?".join(parts) + "$", re.DOTALL))

    def untranslated(self, strings: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        """(where, text) of the strings that are an English source text, word for word."""
        found = []
        for where, text in strings:
            plain = _plain(text)
            if not plain or plain in ALLOWED:
                continue
            if plain in self.exact or any(p.match(plain) for p in self.patterns):
                found.append((where, plain))
        return found


def _widget_strings(widget: QWidget, name: str) -> Iterator[tuple[str, str]]:
    for prop, value in (("toolTip", widget.toolTip()), ("statusTip", widget.statusTip()),
                        ("accessibleName", widget.accessibleName()),
                        ("accessibleDescription", widget.accessibleDescription()),
                        ("whatsThis", widget.whatsThis())):
        if value:
            yield f"{name}.{prop}", value
    if widget.isWindow() and widget.windowTitle():
        yield f"{name}.windowTitle", widget.windowTitle()
    if isinstance(widget, QAbstractButton):
        yield f"{name}.text", widget.text()
    if isinstance(widget, QLabel) and widget.isVisible():
        yield f"{name}.text", widget.text()
    if isinstance(widget, QLineEdit):
        yield f"{name}.placeholderText", widget.placeholderText()
    if isinstance(widget, QPlainTextEdit):
        yield f"{name}.placeholderText", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield f"{name}.title", widget.title()
    if isinstance(widget, QMenu):
        yield f"{name}.title", widget.title()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"{name}.item{i}", widget.itemText(i)
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"{name}.tab{i}", widget.tabText(i)
            yield f"{name}.tabToolTip{i}", widget.tabToolTip(i)
    if isinstance(widget, QTextEdit) and name != "sourceText":
        # A browser's headings and notes, line by line (records' own words never match; the
        # reader's document is a source's own text, English where the source is).
        yield f"{name}.placeholderText", widget.placeholderText()
        for i, line in enumerate(widget.toPlainText().splitlines()):
            yield f"{name}.line{i}", line
            for part in line.split(" · "):
                yield f"{name}.line{i}", part
    if isinstance(widget, QProgressDialog):
        yield f"{name}.labelText", widget.labelText()
    if isinstance(widget, QMessageBox):
        yield f"{name}.text", widget.text()
        yield f"{name}.informativeText", widget.informativeText()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for section in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, Qt.Orientation.Horizontal, role)
                if isinstance(value, str):
                    yield f"{name}.header{section}", value
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        for i, item in enumerate(widget.scene().items()):
            if isinstance(item, QGraphicsTextItem):
                yield f"{name}.sceneText{i}", item.toPlainText()
            for line in _lines(item.toolTip()) if item.toolTip() else ():
                yield f"{name}.sceneTip{i}", line
    for action in widget.actions():
        yield from _action_strings(action, f"{name}/{action.objectName() or action.text()}")


def _action_strings(action: QAction, name: str) -> Iterator[tuple[str, str]]:
    for prop, value in (("text", action.text()), ("toolTip", action.toolTip()),
                        ("statusTip", action.statusTip()), ("iconText", action.iconText())):
        if value:
            yield f"{name}.{prop}", value
    if action.menu() is not None:
        menu = action.menu()
        yield f"{name}.menu", menu.title()
        for sub in menu.actions():
            yield from _action_strings(sub, f"{name}/{sub.objectName() or sub.text()}")


def visible_strings(*tops: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything ``tops`` and their children show or name."""
    out: list[tuple[str, str]] = []
    for top in tops:
        for widget in [top, *top.findChildren(QWidget)]:
            name = widget.objectName() or type(widget).__name__
            out.extend((where, text) for where, text in _widget_strings(widget, name) if text)
    return out


#: Properties that hold the window's own words, never a record's (what :func:`chrome` keeps).
_CHROME = (".windowTitle", ".toolTip", ".statusTip", ".accessibleName",
           ".accessibleDescription", ".placeholderText", ".title", ".menu", ".labelText",
           ".informativeText", ".iconText")
#: Widgets whose text is the archive's (a record, a source, a path): not the window's words.
_DATA = ("readerInfo", "annotatedText", "annotatedWhere", "sourcePicker", "searchSummary",
         "searchEmpty", "exportPath", "exportNote", "aboutText", "qt_msgbox_label",
         "qt_msgbox_informativelabel", "errorDialog", "annotationResultsHeading",
         "statusCount", "tabListMenu", "readerFindCount")
_NOT_WORDS = re.compile(r"^[\W\d_]*$|^[A-Z][a-z]?\+|^Somos")


def chrome(strings: Iterable[tuple[str, str]]) -> set[str]:
    """The window's own words among ``strings``: labels, buttons, tabs, menus, headers, tips."""
    out = set()
    for where, text in strings:
        widget = where.split(".")[0].split("/")[0]
        if widget in _DATA:
            continue
        if (where.endswith(_CHROME) or ".header" in where or ".tab" in where
                or (where.endswith(".text") and "/" not in where) or "/" in where):
            plain = _plain(text)
            if plain and plain not in ALLOWED and not _NOT_WORDS.match(plain):
                out.add(plain)
    return out
