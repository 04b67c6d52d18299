"""Settings › Language: the window's language, the system's unless the user picks one.

The choice is remembered (:meth:`ViewerSettings.set_language`) and applies at the next start:
every string of the window is set when its widget is built, and rebuilding them all live would
cost more code than a restart costs the user. The dialog says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from viewer import i18n
from viewer.gui.labels import fill
from viewer.gui.translation import LANGUAGE_NAMES, system_language
from viewer.gui.window.settings import ViewerSettings


class SettingsDialog(QDialog):
    """The viewer's settings a user chooses (the others it remembers by itself)."""

    def __init__(self, settings: ViewerSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self._settings = settings
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("languageBox")
        system = LANGUAGE_NAMES[system_language()]
        self.language_box.addItem(fill(self.tr("System default (%1)"), system), "")
        for code in (i18n.SOURCE_LANGUAGE, *i18n.LANGUAGES):
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        current = settings.language(LANGUAGE_NAMES)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(current)))
        self.language_box.setAccessibleName(self.tr("Language"))
        note = QLabel(self.tr("The new language is used the next time the viewer starts."), self)
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.set_language(str(self.language_box.currentData()))
        self._settings.sync()
        super().accept()
