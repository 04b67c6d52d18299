"""The Annotate dialog: what is annotated (the quoted words, or the record), a note, tags."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from viewer.annotations.model import clean_tags

# Characters of the quoted words the dialog shows (a long selection is elided in the middle).
QUOTE_CHARS = 400


class AnnotateDialog(QDialog):
    """Asks for a note and tags; ``note()`` and ``tags()`` once accepted."""

    def __init__(self, what: str, where: str, *, note: str = "", tags: tuple[str, ...] = (),
                 known_tags: list[str] | None = None, parent: QWidget | None = None,
                 title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("annotateDialog")
        self.setWindowTitle(title or self.tr("Annotate"))
        self.setMinimumWidth(480)
        shown = what if len(what) <= QUOTE_CHARS else (
            what[:QUOTE_CHARS // 2] + " … " + what[-QUOTE_CHARS // 2:])
        self.quote = QLabel(shown, self)
        self.quote.setObjectName("annotatedText")
        self.quote.setAccessibleName(self.tr("Annotated text"))
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setStyleSheet("background: #d6f5d6; color: #1a1a1a; padding: 6px;")
        self.where = QLabel(where, self)
        self.where.setObjectName("annotatedWhere")
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setStyleSheet("color: palette(placeholder-text);")
        self.note_edit = QPlainTextEdit(note, self)
        self.note_edit.setObjectName("annotationNote")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("What matters here, and why"))
        self.note_edit.setTabChangesFocus(True)
        self.tags_edit = QLineEdit(", ".join(tags), self)
        self.tags_edit.setObjectName("annotationTags")
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("contradiction, check later, chapter 3"))
        self._tag_list: QAbstractItemView | None = None
        if known_tags:
            completer = QCompleter(known_tags, self.tags_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.tags_edit.setCompleter(completer)
            # The completer's list takes Return for itself: Enter on a tag already in use
            # (the list showing it) only closed the list, and a second Enter saved. This
            # filter, installed after the completer's own, sees the key first.
            self._tag_list = completer.popup()
            if self._tag_list is not None:
                self._tag_list.installEventFilter(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("annotateButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout(self)
        form.addRow(self.quote)
        form.addRow(self.where)
        form.addRow(self.tr("&Note:"), self.note_edit)
        form.addRow(self.tr("&Tags:"), self.tags_edit)
        form.addRow(buttons)
        self.note_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the completer's list: its highlighted tag taken (if one is), then saved,
        as Enter saves with the list closed."""
        tag_list = self._tag_list
        if (tag_list is not None and watched is tag_list
                and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            index = tag_list.currentIndex()
            if index.isValid():  # the completer's own role (it is left at its default)
                self.tags_edit.setText(str(index.data(Qt.ItemDataRole.EditRole)))
            tag_list.hide()
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def tags(self) -> tuple[str, ...]:
        return clean_tags(self.tags_edit.text())
