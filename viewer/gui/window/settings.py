"""The viewer's remembered state, behind one typed facade.

This is the only module that knows QSettings keys. Every getter validates what it reads and
falls back to the default when a value is missing or corrupt (a hand-edited ini file, a value
written by another version), so a bad settings file can never stop the viewer from starting.
Tests pass an ini-format ``QSettings`` in a temporary folder; the application passes
:meth:`ViewerSettings.for_user`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Somos Archive"
APPLICATION = "somos-viewer"

_GEOMETRY = "window/geometry"
_WINDOW_STATE = "window/state"
_LAST_TAB = "window/last_tab"
_SPLITTER = "splitters/{name}"
_COLUMNS = "columns/{table}"
_SORT = "sort/{table}"
_EXPORT_FOLDER = "export/last_folder"
_EXPORT_FORMAT = "export/last_format"
_LANGUAGE = "ui/language"
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_MAX_WIDTH = 5000


def _key(template: str, name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"not a settings name: {name!r}")
    return template.format(name=name, table=name)


def _int_list(value: object, *, minimum: int) -> list[int] | None:
    """A list of ints from whatever QSettings gives back (ini files return strings)."""
    if value is None:
        return None
    items = value if isinstance(value, list | tuple) else [value]
    out: list[int] = []
    for item in items:
        try:
            number = int(str(item))
        except ValueError:
            return None
        if not minimum <= number <= _MAX_WIDTH:
            return None
        out.append(number)
    return out or None


class ViewerSettings:
    """Typed access to window geometry, splitter sizes, column widths and sort orders, the
    last tab, the last export's folder and format, and the language chosen in Settings ›
    Language."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def for_user(cls) -> ViewerSettings:
        """The user's own settings (native format, per-user scope)."""
        return cls(QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                             ORGANIZATION, APPLICATION))

    @classmethod
    def in_file(cls, path: Path) -> ViewerSettings:
        """Settings kept in one ini file (tests, the self-test, portable use)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def sync(self) -> None:
        self._store.sync()

    def file_name(self) -> str:
        return self._store.fileName()

    # -- window ---------------------------------------------------------------------------

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes) and value:
            return QByteArray(value)
        return None

    def geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    def set_geometry(self, value: QByteArray) -> None:
        self._store.setValue(_GEOMETRY, value)

    def window_state(self) -> QByteArray | None:
        return self._bytes(_WINDOW_STATE)

    def set_window_state(self, value: QByteArray) -> None:
        self._store.setValue(_WINDOW_STATE, value)

    def last_tab(self, default: str = "episodes") -> str:
        value = self._store.value(_LAST_TAB)
        return value if isinstance(value, str) and _NAME.match(value) else default

    def set_last_tab(self, table: str) -> None:
        self._store.setValue(_LAST_TAB, table)

    # -- splitters and columns --------------------------------------------------------------

    def splitter_sizes(self, name: str) -> list[int] | None:
        return _int_list(self._store.value(_key(_SPLITTER, name)), minimum=0)

    def set_splitter_sizes(self, name: str, sizes: list[int]) -> None:
        self._store.setValue(_key(_SPLITTER, name), [int(s) for s in sizes])

    def column_widths(self, table: str) -> list[int] | None:
        return _int_list(self._store.value(_key(_COLUMNS, table)), minimum=1)

    def set_column_widths(self, table: str, widths: list[int]) -> None:
        self._store.setValue(_key(_COLUMNS, table), [int(w) for w in widths])

    def sort_order(self, table: str) -> tuple[str, bool] | None:
        """The column key a table was last sorted by and whether descending (issue 28: a
        researcher who sorts names by surname finds them so after a restart)."""
        value = self._store.value(_key(_SORT, table))
        items = value if isinstance(value, list | tuple) else [value]
        if len(items) != 2 or not isinstance(items[0], str) or not _NAME.match(items[0]):
            return None
        order = str(items[1])
        if order not in ("ascending", "descending"):
            return None
        return items[0], order == "descending"

    def set_sort_order(self, table: str, key: str, descending: bool) -> None:
        self._store.setValue(_key(_SORT, table),
                             [key, "descending" if descending else "ascending"])

    # -- export -----------------------------------------------------------------------------

    @property
    def last_export_folder(self) -> Path | None:
        """The folder the last export went to, while it still is a folder."""
        value = self._store.value(_EXPORT_FOLDER)
        if not isinstance(value, str) or not value or "\x00" in value:
            return None
        folder = Path(value)
        return folder if folder.is_absolute() and folder.is_dir() else None

    @last_export_folder.setter
    def last_export_folder(self, folder: Path) -> None:
        self._store.setValue(_EXPORT_FOLDER, str(Path(folder).absolute()))

    def last_export_format(self, choices: Iterable[str], default: str) -> str:
        """The format of the last export, if it is still one of ``choices``."""
        value = self._store.value(_EXPORT_FORMAT)
        return value if isinstance(value, str) and value in set(choices) else default

    def set_last_export_format(self, fmt: str) -> None:
        self._store.setValue(_EXPORT_FORMAT, fmt)

    # -- language ---------------------------------------------------------------------------

    def language(self, choices: Iterable[str]) -> str:
        """The language chosen in Settings › Language, if still one of ``choices``; "" (the
        system's) when none was chosen or the value is not one we know."""
        value = self._store.value(_LANGUAGE)
        return value if isinstance(value, str) and value in set(choices) else ""

    def set_language(self, lang: str) -> None:
        self._store.setValue(_LANGUAGE, lang)
