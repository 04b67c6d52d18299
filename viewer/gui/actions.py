"""Every menu command of the viewer, declared once in :data:`ACTIONS`.

A row says what the command is called, its shortcuts (standard keys first, so each platform
gets its own conventions), the main-window method it calls and the menu it sits in. The main
window builds its QActions and menus from this table; a test checks that no two commands share
a shortcut. The README's shortcut list is this table.

Back and Forward name their keys rather than ``StandardKey.Back``: on Linux that standard key
also binds Backspace, which would jump back whenever a table had focus.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from viewer import assets

SK = QKeySequence.StandardKey
Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command of the window, declared once for its menu item, shortcuts and toolbar button;
    ``handler`` names the :class:`MainWindow` method it calls."""

    key: str
    text: str
    shortcuts: tuple[Shortcut, ...]
    handler: str
    menu: str
    icon: str | None = None
    tip: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_archive", "&Open Archive…", (SK.Open,), "open_archive_dialog", "&File",
               "open", "Open another archive file"),
    ActionSpec("rebuild", "&Rebuild from Seeds…", (), "rebuild_archive", "&File", None,
               "Build the archive again from the seed documents, then reopen it"),
    ActionSpec("export_selection", "&Export Selection…", ("Ctrl+E",), "export_selection",
               "&File", "export", "Save the selected records to a file"),
    ActionSpec("quit", "&Quit", (SK.Quit, "Ctrl+Q"), "close", "&File", None,
               "Close the viewer"),
    ActionSpec("copy", "&Copy", (SK.Copy,), "copy_selection", "&Edit", None,
               "Copy the selected rows as tab-separated text"),
    ActionSpec("copy_citation", "Copy Ci&tation", ("Ctrl+Shift+C",), "copy_citation",
               "&Edit", None, "Copy the citation of the selected records, or of the passage "
               "highlighted in the reader"),
    ActionSpec("select_all", "Select &All", (SK.SelectAll,), "select_all", "&Edit", None,
               "Select every loaded row"),
    ActionSpec("find", "&Find…", (SK.Find, "Ctrl+K"), "focus_search", "&Edit", "search",
               "Search every table"),
    ActionSpec("find_next", "Find &Next", (SK.FindNext, "F3"), "find_next", "&Edit", None,
               "Show the next search result"),
    ActionSpec("find_previous", "Find Pre&vious", (SK.FindPrevious, "Shift+F3"),
               "find_previous", "&Edit", None, "Show the previous search result"),
    ActionSpec("back", "&Back", ("Alt+Left", "Back"), "go_back", "&Go", "back",
               "Show the previous record"),
    ActionSpec("forward", "&Forward", ("Alt+Right", "Forward"), "go_forward", "&Go",
               "forward", "Show the next record"),
    # Not QKeySequence.NextChild / PreviousChild: they include the Forward and Back keys of
    # a keyboard or mouse, which are Forward's and Back's.
    ActionSpec("next_tab", "Ne&xt Tab", ("Ctrl+PgDown", "Ctrl+Tab"), "next_tab", "&Go", None,
               "Show the next tab"),
    ActionSpec("previous_tab", "&Previous Tab", ("Ctrl+PgUp", "Ctrl+Shift+Backtab"),
               "previous_tab", "&Go", None, "Show the previous tab"),
    ActionSpec("about", "&About Somos Archive", (), "show_about", "&Help", None,
               "The sources, schema version and row counts of the open archive"),
)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """An action's shortcuts on this platform, standard keys expanded, duplicates dropped."""
    out: list[QKeySequence] = []
    seen: set[str] = set()
    for shortcut in spec.shortcuts:
        expanded = (QKeySequence.keyBindings(shortcut) if isinstance(shortcut, SK)
                    else [QKeySequence(shortcut)])
        for seq in expanded:
            text = seq.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in seen:
                seen.add(text)
                out.append(seq)
    return out


def _icon(name: str | None) -> QIcon | None:
    if name is None:
        return None
    try:
        return QIcon(str(assets.icon_path(name)))
    except FileNotFoundError:
        return None  # a packaging bug, reported by tests/packaging; the action still works


def create_actions(owner: QWidget, specs: Iterable[ActionSpec] = ACTIONS) -> dict[str, QAction]:
    """QActions for ``specs``, each triggering ``owner.<handler>()`` and added to ``owner``."""
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(spec.text, owner)
        action.setObjectName(f"{spec.key}Action")
        action.setShortcuts(key_sequences(spec))
        icon = _icon(spec.icon)
        if icon is not None:
            action.setIcon(icon)
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(f"{spec.text.replace('&', '').rstrip('…')}"
                              + (f" ({action.shortcut().toString()})"
                                 if not action.shortcut().isEmpty() else ""))
        handler = getattr(owner, spec.handler)
        action.triggered.connect(lambda _checked=False, h=handler: h())
        owner.addAction(action)
        actions[spec.key] = action
    return actions


def build_menus(menu_bar: QMenuBar, actions: dict[str, QAction],
                specs: Sequence[ActionSpec] = ACTIONS) -> None:
    """Menus in the order the table first names them; File's Quit after a separator."""
    menus: dict[str, QMenu] = {}
    for spec in specs:
        menu = menus.get(spec.menu)
        if menu is None:
            menu = menu_bar.addMenu(spec.menu)
            menu.setObjectName(spec.menu.replace("&", "").lower() + "Menu")
            menus[spec.menu] = menu
        if spec.key == "quit":
            menu.addSeparator()
        menu.addAction(actions[spec.key])
