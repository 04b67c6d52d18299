"""The window's language: the system's, or the one chosen in Settings › Language.

Loaded before the window is built and only when the language is not English, so an English
start reads no catalogue at all. Qt's own strings (the buttons of message boxes and file
dialogs) come from the ``qtbase`` catalogue PySide6 ships; ours from
``viewer/translations/somos_<lang>.qm`` (:mod:`viewer.i18n` compiles it in a checkout).
Numbers and dates follow the same language through ``QLocale.setDefault``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from viewer import i18n
from viewer.gui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # an English start loads no catalogue, and needs neither class
    from PySide6.QtCore import QTranslator

#: Words of Qt's own file dialog that its Spanish catalogue leaves in English (or says the
#: Spanish of Spain, "fichero", where Mexico says "archivo"): ours, installed after Qt's, is
#: asked first. The labels could be set with ``setLabelText`` too, but the dialog's own
#: messages (a file that exists, one not found) and its file model's cannot, so all of them
#: are overridden here, for every file dialog at once.
QT_OWN = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
          QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
          QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
          QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
          QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
          QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
          QT_TRANSLATE_NOOP("QFileDialog", "%1\nFile not found.\nPlease verify the correct "
                                           "file name was given."),
          QT_TRANSLATE_NOOP("QFileSystemModel", "Invalid filename"),
          # The Type column's words: Qt's catalogue has them under a context Qt 6 renamed.
          QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
          QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
          QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
          QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
          QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
          QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"))

# The languages Settings › Language offers, by code; "" follows the system.
LANGUAGE_NAMES = {"": "", "en": "English", "es": "Español"}


def system_language() -> str:
    """The language of the system's first UI language we speak, else English."""
    for tag in QLocale.system().uiLanguages():
        lang = i18n.language_of(tag)
        if lang is not None:
            return lang
    return i18n.SOURCE_LANGUAGE


def chosen_language(override: str) -> str:
    """``override`` (the setting) if it names a language we speak, else the system's."""
    if override == i18n.SOURCE_LANGUAGE or override in i18n.LANGUAGES:
        return override
    return system_language()


def _locale_for(lang: str) -> QLocale:
    """The system's locale when it is of ``lang`` (es_MX stays es_MX, es_ES stays es_ES), else
    the language's own: Mexican Spanish for Spanish, as the translation is."""
    system = QLocale.system()
    if i18n.language_of(system.name()) == lang:
        return system
    return QLocale("es_MX" if lang == "es" else "en_US")


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the catalogues of ``lang`` on ``app`` and make its locale the default; the
    translators are returned so the caller keeps them alive (and can remove them)."""
    locale = _locale_for(lang)
    QLocale.setDefault(locale)
    i18n.use_language(lang)  # the data layer's messages (an archive that will not open) too
    if lang == i18n.SOURCE_LANGUAGE:
        return []
    from PySide6.QtCore import QLibraryInfo, QTranslator

    installed = []
    qt_own = QTranslator(app)
    if qt_own.load(locale, "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    qm = i18n.compiled(lang, "qm")
    ours = QTranslator(app)
    # es_MX → somos_es_MX.qm, then somos_es.qm: Mexican Spanish falls back to Spanish.
    if qm is not None and ours.load(locale, i18n.QT_CATALOGUE, "_", str(qm.parent)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
    i18n.use_language(i18n.SOURCE_LANGUAGE)
