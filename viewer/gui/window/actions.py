"""Every menu command of the viewer, declared once in :data:`ACTIONS`.

A row says what the command is called, its shortcuts (standard keys first, so each platform
gets its own conventions), the main-window method it calls and the menu it sits in. The main
window builds its QActions and menus from this table; a test checks that no two commands share
a shortcut. The README's shortcut list is this table.

Back and Forward name their keys rather than ``StandardKey.Back``: on Linux that standard key
also binds Backspace, which would jump back whenever a table had focus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from viewer import assets

SK = QKeySequence.StandardKey
Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command of the window, declared once for its menu item, shortcuts and toolbar button;
    ``handler`` names the :class:`MainWindow` method it calls, or a method of one of the
    window's parts ("annotator.undo"), found when the action is triggered: parts are built on
    first use."""

    key: str
    text: str
    shortcuts: tuple[Shortcut, ...]
    handler: str
    menu: str
    icon: str | None = None
    tip: str = ""
    #: What the keys do, for Help › Keyboard Shortcuts and the README (the tip if empty).
    help: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_archive", "&Open Archive…", (SK.Open,), "switch.ask_to_open", "&File",
               "open", "Open another archive file", "open another archive"),
    ActionSpec("rebuild", "&Rebuild from Seeds…", (), "switch.start_rebuild", "&File", None,
               "Build the archive again from the seed documents, then reopen it"),
    ActionSpec("export_selection", "&Export Selection…", ("Ctrl+E",), "export_selection",
               "&File", "export", "Save the selected records to a file",
               "export the selection (or everything matching), from any field"),
    ActionSpec("quit", "&Quit", (SK.Quit, "Ctrl+Q"), "close", "&File", None,
               "Close the viewer", "quit"),
    # Undo and Redo are of the annotations, the one thing the viewer lets the user change.
    ActionSpec("undo", "&Undo", (SK.Undo,), "annotator.undo", "&Edit", None,
               "Undo the last change to your annotations",
               "undo the last change to your annotations"),
    ActionSpec("redo", "&Redo", (SK.Redo, "Ctrl+Shift+Z"), "annotator.redo", "&Edit", None,
               "Redo the change to your annotations just undone",
               "redo the change to your annotations just undone"),
    ActionSpec("copy", "&Copy", (SK.Copy,), "copy_selection", "&Edit", None,
               "Copy the selected rows as tab-separated text",
               "copy the selected rows as tab-separated text with a header row (also on the "
               "rows' right-click menu, with Select All and Export Selection)"),
    ActionSpec("copy_citation", "Copy Ci&tation", ("Ctrl+Shift+C",), "copy_citation",
               "&Edit", None, "Copy the citation of the selected records, or of the passage "
               "highlighted in the reader",
               "copy the citation of the selected records, or of the passage highlighted in "
               "the reader (also on the rows' right-click menu)"),
    ActionSpec("select_all", "Select &All", (SK.SelectAll,), "select_all", "&Edit", None,
               "Select every loaded row",
               "select all rows (of a tab: every row its filter matches)"),
    ActionSpec("find", "&Find…", (SK.Find, "Ctrl+K"), "focus_search", "&Edit", "search",
               "Search every table",
               "search every table (as you type; Enter opens the first result, ↓ moves into "
               "them, and ↑/↓ there show each in the detail pane); in the source reader: find "
               "in its document"),
    ActionSpec("find_next", "Find &Next", (SK.FindNext, "F3"), "find_next", "&Edit", None,
               "Show the next search result",
               "the next search result, from anywhere in the window (in the reader, with its "
               "find line open: the next match there)"),
    ActionSpec("find_previous", "Find Pre&vious", (SK.FindPrevious, "Shift+F3"),
               "find_previous", "&Edit", None, "Show the previous search result",
               "the previous search result (or match in the reader)"),
    ActionSpec("annotate", "&Annotate Selection…", ("Ctrl+Shift+A",),
               "annotator.annotate_selection", "&Edit", None,
               "Add a note and tags to the words selected in the source reader",
               "annotate the words selected in the reader (or the highlighted passage): a note "
               "and tags"),
    ActionSpec("tag_record", "&Tag Record…", ("Ctrl+Shift+T",), "annotator.tag_record",
               "&Edit", None, "Add a note and tags to the record shown",
               "tag the record shown in the detail pane, with a note"),
    ActionSpec("back", "&Back", ("Alt+Left", "Back"), "go_back", "&Go", "back",
               "Show the previous record", "back through the records you opened"),
    ActionSpec("forward", "&Forward", ("Alt+Right", "Forward"), "go_forward", "&Go",
               "forward", "Show the next record", "forward through the records you opened"),
    # Not QKeySequence.NextChild / PreviousChild: they include the Forward and Back keys of
    # a keyboard or mouse, which are Forward's and Back's.
    ActionSpec("next_tab", "Ne&xt Tab", ("Ctrl+PgDown", "Ctrl+Tab"), "next_tab", "&Go", None,
               "Show the next tab", "the next tab, from anywhere in the window"),
    ActionSpec("previous_tab", "&Previous Tab", ("Ctrl+PgUp", "Ctrl+Shift+Backtab"),
               "previous_tab", "&Go", None, "Show the previous tab",
               "the previous tab, from anywhere in the window"),
    ActionSpec("shortcuts", "&Keyboard Shortcuts", ("Ctrl+/",), "show_shortcuts", "&Help",
               None, "Every key the viewer answers to", "this list of keys"),
    ActionSpec("guide", "&Provenance and Disagreements", (SK.HelpContents,), "show_guide",
               "&Help", None, "How to read where a record comes from, and where sources differ",
               "a short guide to provenance and disagreements"),
    ActionSpec("about", "&About Somos Archive", (), "show_about", "&Help", None,
               "The sources, schema version and row counts of the open archive"),
)

#: Keys a widget answers to itself (not window commands), for the same list.
WIDGET_KEYS: tuple[tuple[str, str], ...] = (
    ("Esc", "clear the search box or a filter, back to the tables; close the reader's find "
            "line"),
    ("Ctrl+End / Ctrl+Home", "go to the last / first row of the table, and select it"),
    ("Tab / Shift+Tab", "search box → tabs → filter → table → detail pane → reader, and back"),
    ("← → ↑ ↓, Enter", "in a chart: move between its marks, open the one in focus"),
    ("Enter / Shift+Enter", "in the reader's find line: the next / previous match"),
)


def shortcut_text(shortcut: Shortcut) -> str:
    """A shortcut as the list shows it: a standard key by its first binding here. Qt names
    Shift+Tab's key "Backtab"; the key on the keyboard is Tab."""
    text = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.PortableText)
    return text.replace("Shift+Backtab", "Shift+Tab")


def shortcut_rows(specs: Iterable[ActionSpec] = ACTIONS) -> list[tuple[str, str]]:
    """(keys, what they do) for every command with keys, then :data:`WIDGET_KEYS`: what
    Help › Keyboard Shortcuts shows and the README's table is (a test keeps them equal)."""
    rows = []
    for spec in specs:
        keys = list(dict.fromkeys(t for s in spec.shortcuts if (t := shortcut_text(s))))
        if keys:
            rows.append((", ".join(keys), spec.help or spec.tip))
    return rows + list(WIDGET_KEYS)


def shortcuts_markdown(specs: Iterable[ActionSpec] = ACTIONS) -> str:
    """:func:`shortcut_rows` as the README's Markdown table."""
    lines = ["| keys | action |", "|---|---|"]
    lines += [f"| {keys} | {what} |" for keys, what in shortcut_rows(specs)]
    return "\n".join(lines) + "\n"


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


def handler(owner: object, path: str) -> Callable[[], object]:
    """The method ``path`` ("close", "annotator.undo") names on ``owner``."""
    target = owner
    for name in path.split("."):
        target = getattr(target, name)
    assert callable(target), path
    return target


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
        action.triggered.connect(lambda _checked=False, path=spec.handler: handler(owner, path)())
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


#: Keys a text field keeps for its own text even where a window command shares them: the
#: commands that share them (Copy, Select All) act on the focused field themselves.
#: What right-clicking rows (a tab's or the search results') offers: the window's actions.
ROW_MENU = ("copy", "copy_citation", "select_all", "export_selection")


def give_row_menu(view: QWidget, actions: dict[str, QAction]) -> None:
    """Right-click on rows offers what the keys do to them, from the window's own actions
    (their shortcuts shown), in Qt's menu of a widget's actions."""
    view.addActions([actions[key] for key in ROW_MENU])
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)


FIELD_KEYS = (SK.Copy, SK.Cut, SK.Paste, SK.SelectAll, SK.Undo, SK.Redo, SK.Delete,
              SK.MoveToPreviousWord, SK.MoveToNextWord, SK.SelectPreviousWord,
              SK.SelectNextWord)


class WindowKeysFirst(QObject):
    """An event filter that gives the window's commands their keys inside text fields.

    A QLineEdit claims some keys the window's commands use (on Linux Ctrl+E is "end of line",
    Ctrl+K "delete to the end"), so Ctrl+E did nothing just after the user typed the search
    they wanted to export (issue 28). A field with this filter lets every window shortcut
    through except the editing keys of :data:`FIELD_KEYS`.
    """

    def __init__(self, actions: Iterable[QAction], parent: QObject | None = None) -> None:
        super().__init__(parent)
        field_keys = {seq.toString(QKeySequence.SequenceFormat.PortableText)
                      for key in FIELD_KEYS for seq in QKeySequence.keyBindings(key)}
        self._keys = {text for action in actions for seq in action.shortcuts()
                      if (text := seq.toString(QKeySequence.SequenceFormat.PortableText))
                      not in field_keys}

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination()).toString(
                QKeySequence.SequenceFormat.PortableText)
            if pressed in self._keys:
                event.ignore()  # not the field's: the window's shortcut takes it
                return True
        return False
