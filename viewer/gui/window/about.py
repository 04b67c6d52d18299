"""Help › About: the viewer's version, and what the open archive is made of.

Shows the archive's file, schema version and builder, how many rows each table holds, and the
source documents it was built from — what a person needs to cite it or report a problem.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from viewer import __version__
from viewer.archive.schema import SCHEMA_VERSION
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS
from viewer.gui.labels import fill, kind_label, number, table_label
from viewer.gui.screen_fit import resize_within_screen


def about_html(archive: Archive | None) -> str:
    translate = QCoreApplication.translate
    out = [f"<h2>Somos Archive {html.escape(__version__)}</h2>",
           "<p>" + translate(
                   "About", "An offline viewer for what four documents say about the 2021 "
                     "series <i>Somos.</i>, with the source passage behind every record.")
           + "</p>"]
    if archive is None:
        out.append("<p>" + translate(
                "About", "<b>No archive is open.</b> Use File › Open Archive… or "
                             "File › Rebuild from Seeds….") + "</p>")
        return "".join(out)
    meta = archive.meta
    out.append("<h3>" + html.escape(translate("About", "Archive"))
               + "</h3><table cellspacing='0' cellpadding='2'>")
    for label, value in (
            (translate("About", "File"), str(archive.path)),
            (translate("About", "Schema version"),
             fill(translate("About", "%1 (this viewer reads up to %2)"), archive.schema_version,
                  SCHEMA_VERSION)),
            (translate("About", "Built by"), f"somos-archive {meta.get('builder_version', '?')}"),
            (translate("About", "Seeds checksum"), meta.get("seeds_sha256", "?")[:16] + "…")):
        out.append(f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(value)}</td></tr>")
    out.append("</table><h3>" + html.escape(translate("About", "Rows"))
               + "</h3><table cellspacing='0' cellpadding='2'>")
    for table, count in archive.counts().items():
        out.append(f"<tr><td>{html.escape(table_label(TABLE_SPECS[table]))}</td>"
                   f"<td align='right'>{number(count)}</td></tr>")
    out.append("</table><h3>" + html.escape(translate("About", "Sources")) + "</h3><ol>")
    for rec in archive.sources():
        # Title, site and date are the source's own words (its record): not translated; its
        # kind is one of ours, a label, as in the Sources columns.
        date = f", {rec.date}" if rec.date else ""
        size = fill(translate("About", "%1 characters"), number(rec.char_count))
        out.append(f"<li><b>{html.escape(rec.title)}</b><br>{html.escape(rec.site)} — "
                   f"{html.escape(kind_label(rec.kind))}{html.escape(date)}, {html.escape(size)}"
                   f"<br><small>{html.escape(rec.file)}</small></li>")
    out.append("</ol>")
    return "".join(out)


class AboutDialog(QDialog):
    def __init__(self, archive: Archive | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setAccessibleName(self.tr("About Somos Archive"))
        self.setWindowTitle(self.tr("About Somos Archive"))
        resize_within_screen(self, 620, 640)
        self.text = QTextBrowser(self)
        self.text.setObjectName("aboutText")
        self.text.setAccessibleName(self.tr("About this archive"))
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(about_html(archive))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal,
                                   self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
