"""Help › Keyboard Shortcuts and Help › Provenance and Disagreements.

The shortcut list is made from the actions registry
(:func:`viewer.gui.window.actions.shortcut_rows`), the same rows as the README's table, so
neither is typed twice. The guide says in a few paragraphs how to read what the viewer is
best at: where each record comes from, and where the sources disagree.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from viewer.gui.screen_fit import resize_within_screen
from viewer.gui.window.actions import shortcut_rows


def guide_html() -> str:
    """The guide, a paragraph per message for the translators."""
    translate = QCoreApplication.translate
    parts = [
        "<h2>", translate("Help", "Where every record comes from"), "</h2><p>",
        translate("Help", "Every row in the tables was read from one or more of the source "
                          "documents. Select a row and the detail pane lists, under <b>Where the "
                          "sources say it</b>, each passage it was read from, with the words "
                          "highlighted; the source reader below opens the document at the first "
                          "of them. Click another passage to open it."),
        "</p><p>",
        translate("Help", "The reader shows each document cleaned of page furniture (site menus, "
                          "page numbers). When a passage lies in what the cleaning left out, the "
                          "reader switches to the <b>Original text</b>, where every highlight is "
                          "exact to the character; the switch is also yours to use."),
        "</p><p>",
        translate("Help", "“Stated by 2 sources” under a record's title says how many documents "
                          "state it. A value no source states is not filled in: it is left empty,"
                          " or marked as inferred with the reason. Spelling variants of one "
                          "person (from <code>seeds/corrections.toml</code>) are kept and listed."),
        "</p><h2>", translate("Help", "Where the sources disagree"), "</h2><p>",
        translate("Help", "The sources do not always agree: dates, runtimes and death-toll "
                          "estimates differ between them. The archive keeps <b>one fact per "
                          "source</b> rather than choosing: the Facts tab lists each with its "
                          "source, and a fact's detail pane links to <b>Same fact elsewhere</b>, "
                          "the same topic as the other sources state it."),
        "</p><p>",
        translate("Help", "In <b>Views › Timeline</b> every dated statement is a mark, one row "
                          "per source, so statements of the same event from different documents "
                          "sit one above the other: a gap between them is a disagreement. Every "
                          "mark opens its record and its passage."),
        "</p><p>",
        translate("Help", "Exports carry provenance too (unless you switch it off): the source "
                          "file and the character span of every record, so a citation can be "
                          "checked against the document. What no words state is marked in "
                          "every export, provenance or not: the <code>not_stated</code> column "
                          "of CSV, JSON and Markdown, and a citation's note, say what is "
                          "inferred and why."),
        "</p>",
    ]
    return "".join(parts)


def shortcuts_title() -> str:
    """The list's title, on its window and over the list: the Help menu's words, in Title
    Case as menus are (the heading said "Keyboard shortcuts" under "Keyboard Shortcuts")."""
    return QCoreApplication.translate("Help", "Keyboard Shortcuts")


def shortcuts_html() -> str:
    rows = "".join(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>"
                   for keys, what in shortcut_rows(translate=True))
    return ("<h2>" + html.escape(shortcuts_title()) + "</h2>"
            "<table cellspacing='0' cellpadding='3'>" + rows + "</table>")


class HelpDialog(QDialog):
    """A page of help text with a Close button; not modal, so the window stays usable."""

    def __init__(self, title: str, name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.text = QTextBrowser(self)
        self.text.setObjectName(f"{name}Text")
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 640, 520)


def shortcuts_dialog(parent: QWidget | None = None) -> HelpDialog:
    return HelpDialog(shortcuts_title(), "shortcutsDialog", shortcuts_html(), parent)


def guide_dialog(parent: QWidget | None = None) -> HelpDialog:
    return HelpDialog(QCoreApplication.translate("Help", "Provenance and Disagreements"),
                      "guideDialog", guide_html(), parent)
