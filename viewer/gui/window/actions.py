"""Every menu command of the viewer, declared once in :data:`ACTIONS`.

A row says what the command is called, its shortcuts (standard keys first, so each platform
gets its own conventions), the main-window method it calls and the menu it sits in. The main
window builds its QActions and menus from this table; a test checks that no two commands share
a shortcut. The README's shortcut list is this table.

The texts are English, marked for ``pyside6-lupdate`` (context ``Actions``) and translated when
the actions and the shortcut list are made (:func:`translated`); the README's table stays
English.

Back and Forward name their keys rather than ``StandardKey.Back``: on Linux that standard key
also binds Backspace, which would jump back whenever a table had focus. Redo names both keys
the README promises besides its standard key: on X11 that is Ctrl+Shift+Z alone, on Windows
Ctrl+Y, and users of either expect the other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from viewer import assets
from viewer.gui.translatable import QT_TRANSLATE_NOOP

SK = QKeySequence.StandardKey
NATIVE = QKeySequence.SequenceFormat.NativeText
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
    # What the keys do, for Help › Keyboard Shortcuts and the README (the tip if empty).
    help: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "open_archive", QT_TRANSLATE_NOOP("Actions", "&Open Archive…"), (SK.Open,),
        "switch.ask_to_open", QT_TRANSLATE_NOOP("Actions", "&File"), "open",
        QT_TRANSLATE_NOOP("Actions", "Open another archive file"),
        QT_TRANSLATE_NOOP("Actions", "open another archive")),
    ActionSpec(
        "rebuild", QT_TRANSLATE_NOOP("Actions", "&Rebuild from Seeds…"), (), "switch.start_rebuild",
        QT_TRANSLATE_NOOP("Actions", "&File"), None,
        QT_TRANSLATE_NOOP("Actions", "Build the archive again from the seed documents, then "
                                     "reopen it")),
    ActionSpec(
        "export_selection", QT_TRANSLATE_NOOP("Actions", "&Export Selection…"), ("Ctrl+E",),
        "export_selection", QT_TRANSLATE_NOOP("Actions", "&File"), "export",
        QT_TRANSLATE_NOOP("Actions", "Save the selected records to a file"),
        QT_TRANSLATE_NOOP("Actions", "export the selection (or everything matching), from any "
                                     "field")),
    ActionSpec(
        "quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), (SK.Quit, "Ctrl+Q"), "close",
        QT_TRANSLATE_NOOP("Actions", "&File"), None,
        QT_TRANSLATE_NOOP("Actions", "Close the viewer"), QT_TRANSLATE_NOOP("Actions", "quit")),
    # Undo and Redo are of the annotations, the one thing the viewer lets the user change.
    ActionSpec(
        "undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), (SK.Undo,), "annotator.undo",
        QT_TRANSLATE_NOOP("Actions", "&Edit"), None,
        QT_TRANSLATE_NOOP("Actions", "Undo the last change to your annotations"),
        QT_TRANSLATE_NOOP("Actions", "undo the last change to your annotations")),
    ActionSpec(
        "redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), (SK.Redo, "Ctrl+Y", "Ctrl+Shift+Z"),
        "annotator.redo",
        QT_TRANSLATE_NOOP("Actions", "&Edit"), None,
        QT_TRANSLATE_NOOP("Actions", "Redo the change to your annotations just undone"),
        QT_TRANSLATE_NOOP("Actions", "redo the change to your annotations just undone")),
    ActionSpec(
        "copy", QT_TRANSLATE_NOOP("Actions", "&Copy"), (SK.Copy,), "copy_selection",
        QT_TRANSLATE_NOOP("Actions", "&Edit"), None,
        QT_TRANSLATE_NOOP("Actions", "Copy the selected rows as tab-separated text"),
        QT_TRANSLATE_NOOP("Actions", "copy the selected rows as tab-separated text with a header "
                                     "row (also on the rows' right-click menu, with Select All "
                                     "and Export Selection)")),
    ActionSpec(
        "copy_citation", QT_TRANSLATE_NOOP("Actions", "Copy Ci&tation"), ("Ctrl+Shift+C",),
        "copy_citation", QT_TRANSLATE_NOOP("Actions", "&Edit"), None,
        QT_TRANSLATE_NOOP("Actions", "Copy the citation of the selected records, or of the "
                                     "passage highlighted in the reader"),
        QT_TRANSLATE_NOOP("Actions", "copy the citation of the selected records, or of the "
                                     "passage highlighted in the reader (also on the rows' "
                                     "right-click menu)")),
    ActionSpec(
        "select_all", QT_TRANSLATE_NOOP("Actions", "Select &All"), (SK.SelectAll,), "select_all",
        QT_TRANSLATE_NOOP("Actions", "&Edit"), None,
        QT_TRANSLATE_NOOP("Actions", "Select every loaded row"),
        QT_TRANSLATE_NOOP("Actions", "select all rows (of a tab: every row its filter matches)")),
    # Ctrl+K is the search box's own (its placeholder names it) wherever the focus is; Ctrl+F
    # in the reader finds in its document. With both on one action, Ctrl+K in the reader
    # opened its find line too, and no key led back to the search box.
    ActionSpec(
        "find", QT_TRANSLATE_NOOP("Actions", "&Find…"), (SK.Find,), "find_where_focused",
        QT_TRANSLATE_NOOP("Actions", "&Edit"), None,
        QT_TRANSLATE_NOOP("Actions", "Search every table, or find in the source reader's "
                                     "document"),
        QT_TRANSLATE_NOOP("Actions", "search every table (as you type; Enter opens the first "
                                     "result, ↓ moves into them, and ↑/↓ there show each in the "
                                     "detail pane); in the source reader: find in its document")),
    ActionSpec(
        "search", QT_TRANSLATE_NOOP("Actions", "&Search Everything"), ("Ctrl+K",),
        "focus_search", QT_TRANSLATE_NOOP("Actions", "&Edit"), "search",
        QT_TRANSLATE_NOOP("Actions", "Search every table"),
        QT_TRANSLATE_NOOP("Actions", "the search box, from anywhere in the window (the source "
                                     "reader too)")),
    ActionSpec(
        "find_next", QT_TRANSLATE_NOOP("Actions", "Find &Next"), (SK.FindNext, "F3"), "find_next",
        QT_TRANSLATE_NOOP("Actions", "&Edit"), None,
        QT_TRANSLATE_NOOP("Actions", "Show the next search result"),
        QT_TRANSLATE_NOOP("Actions", "the next search result, from anywhere in the window (in the"
                                     " reader, with its find line open: the next match there)")),
    ActionSpec(
        "find_previous", QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"),
        (SK.FindPrevious, "Shift+F3"), "find_previous", QT_TRANSLATE_NOOP("Actions", "&Edit"), None,
        QT_TRANSLATE_NOOP("Actions", "Show the previous search result"),
        QT_TRANSLATE_NOOP("Actions", "the previous search result (or match in the reader)")),
    ActionSpec(
        "annotate", QT_TRANSLATE_NOOP("Actions", "&Annotate Selection…"), ("Ctrl+Shift+A",),
        "annotator.annotate_selection", QT_TRANSLATE_NOOP("Actions", "&Edit"), None,
        QT_TRANSLATE_NOOP("Actions", "Add a note and tags to the words selected in the source "
                                     "reader"),
        QT_TRANSLATE_NOOP("Actions", "annotate the words selected in the reader (or the "
                                     "highlighted passage): a note and tags")),
    ActionSpec(
        "tag_record", QT_TRANSLATE_NOOP("Actions", "&Tag Record…"), ("Ctrl+Shift+T",),
        "annotator.tag_record", QT_TRANSLATE_NOOP("Actions", "&Edit"), None,
        QT_TRANSLATE_NOOP("Actions", "Add a note and tags to the record shown"),
        QT_TRANSLATE_NOOP("Actions", "tag the record shown in the detail pane, with a note")),
    ActionSpec(
        "settings", QT_TRANSLATE_NOOP("Actions", "Se&ttings…"), (SK.Preferences, "Ctrl+,"),
        "show_settings", QT_TRANSLATE_NOOP("Actions", "&Edit"), None,
        QT_TRANSLATE_NOOP("Actions", "The viewer's language"),
        QT_TRANSLATE_NOOP("Actions", "settings: the viewer's language")),
    ActionSpec(
        "back", QT_TRANSLATE_NOOP("Actions", "&Back"), ("Alt+Left", "Back"), "go_back",
        QT_TRANSLATE_NOOP("Actions", "&Go"), "back",
        QT_TRANSLATE_NOOP("Actions", "Show the previous record"),
        QT_TRANSLATE_NOOP("Actions", "back through the records you opened")),
    ActionSpec(
        "forward", QT_TRANSLATE_NOOP("Actions", "&Forward"), ("Alt+Right", "Forward"), "go_forward",
        QT_TRANSLATE_NOOP("Actions", "&Go"), "forward",
        QT_TRANSLATE_NOOP("Actions", "Show the next record"),
        QT_TRANSLATE_NOOP("Actions", "forward through the records you opened")),
    # Not QKeySequence.NextChild / PreviousChild: they include the Forward and Back keys of
    # a keyboard or mouse, which are Forward's and Back's.
    ActionSpec(
        "next_tab", QT_TRANSLATE_NOOP("Actions", "Ne&xt Tab"), ("Ctrl+PgDown", "Ctrl+Tab"),
        "next_tab", QT_TRANSLATE_NOOP("Actions", "&Go"), None,
        QT_TRANSLATE_NOOP("Actions", "Show the next tab"),
        QT_TRANSLATE_NOOP("Actions", "the next tab, from anywhere in the window")),
    ActionSpec(
        "previous_tab", QT_TRANSLATE_NOOP("Actions", "&Previous Tab"),
        ("Ctrl+PgUp", "Ctrl+Shift+Backtab"), "previous_tab", QT_TRANSLATE_NOOP("Actions", "&Go"),
        None, QT_TRANSLATE_NOOP("Actions", "Show the previous tab"),
        QT_TRANSLATE_NOOP("Actions", "the previous tab, from anywhere in the window")),
    ActionSpec(
        "shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), ("Ctrl+/",),
        "show_shortcuts", QT_TRANSLATE_NOOP("Actions", "&Help"), None,
        QT_TRANSLATE_NOOP("Actions", "Every key the viewer answers to"),
        QT_TRANSLATE_NOOP("Actions", "this list of keys")),
    ActionSpec(
        "guide", QT_TRANSLATE_NOOP("Actions", "&Provenance and Disagreements"), (SK.HelpContents,),
        "show_guide", QT_TRANSLATE_NOOP("Actions", "&Help"), None,
        QT_TRANSLATE_NOOP("Actions", "How to read where a record comes from, and where sources "
                                     "differ"),
        QT_TRANSLATE_NOOP("Actions", "a short guide to provenance and disagreements")),
    ActionSpec(
        "about", QT_TRANSLATE_NOOP("Actions", "&About Somos Archive"), (), "show_about",
        QT_TRANSLATE_NOOP("Actions", "&Help"), None,
        QT_TRANSLATE_NOOP("Actions", "The sources, schema version and row counts of the open "
                                     "archive")),
)

#: Keys a widget answers to itself (not window commands), for the same list (the keys' names
#: too are translated: "Intro", "Mayúsculas", as Qt names them in a Spanish menu).
WIDGET_KEYS: tuple[tuple[str, str], ...] = (
    ("Esc", QT_TRANSLATE_NOOP("Actions", "clear the search box or a filter, back to the "
                                         "tables; close the reader's find line")),
    (QT_TRANSLATE_NOOP("Actions", "Ctrl+End / Ctrl+Home"), QT_TRANSLATE_NOOP(
        "Actions", "go to the last / first row of the table, and select it")),
    (QT_TRANSLATE_NOOP("Actions", "Tab / Shift+Tab"), QT_TRANSLATE_NOOP(
        "Actions", "search box → tabs → filter → table → detail pane → reader, and back")),
    (QT_TRANSLATE_NOOP("Actions", "← → ↑ ↓, Enter"), QT_TRANSLATE_NOOP(
        "Actions", "in a chart: move between its marks, open the one in focus")),
    (QT_TRANSLATE_NOOP("Actions", "Enter / Shift+Enter"), QT_TRANSLATE_NOOP(
        "Actions", "in the reader's find line: the next / previous match")),
)


def translated(text: str) -> str:
    """An English text of this table in the window's language."""
    return QCoreApplication.translate("Actions", text) if text else text


def shortcut_text(shortcut: Shortcut, *, native: bool = False) -> str:
    """A shortcut as the list shows it: a standard key by its first binding here; ``native``:
    in the window's language, as its menus show it ("Control+Mayúsculas+Z")."""
    fmt = (QKeySequence.SequenceFormat.NativeText if native
           else QKeySequence.SequenceFormat.PortableText)
    sequence = QKeySequence(shortcut)
    portable = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    if "Shift+Backtab" in portable:
        # Qt names Shift+Tab's key "Backtab"; the key on the keyboard is Tab.
        sequence = QKeySequence(portable.replace("Shift+Backtab", "Shift+Tab"))
    return sequence.toString(fmt)


def shortcut_rows(specs: Iterable[ActionSpec] = ACTIONS, *,
                  translate: bool = False) -> list[tuple[str, str]]:
    """(keys, what they do) for every command with keys, then :data:`WIDGET_KEYS`: what
    Help › Keyboard Shortcuts shows (``translate``: in the window's language) and the README's
    table is (in English; a test keeps them equal)."""
    words = translated if translate else str
    rows = []
    for spec in specs:
        keys = list(dict.fromkeys(t for s in spec.shortcuts
                                  if (t := shortcut_text(s, native=translate))))
        if keys:
            rows.append((", ".join(keys), words(spec.help or spec.tip)))
    return rows + [(words(keys), words(what)) for keys, what in WIDGET_KEYS]


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
        text = translated(spec.text)
        action = QAction(text, owner)
        action.setObjectName(f"{spec.key}Action")
        action.setShortcuts(key_sequences(spec))
        icon = _icon(spec.icon)
        if icon is not None:
            action.setIcon(icon)
        if spec.tip:
            action.setStatusTip(translated(spec.tip))
            action.setToolTip(f"{text.replace('&', '').rstrip('…')}"
                              + (f" ({action.shortcut().toString(NATIVE)})"
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
            menu = menu_bar.addMenu(translated(spec.menu))
            menu.setObjectName(spec.menu.replace("&", "").lower() + "Menu")
            menus[spec.menu] = menu
        if spec.key == "quit":
            menu.addSeparator()
        menu.addAction(actions[spec.key])


# Keys a text field keeps for its own text even where a window command shares them: the
# commands that share them (Copy, Select All) act on the focused field themselves.
# What right-clicking rows (a tab's or the search results') offers: the window's actions.
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
