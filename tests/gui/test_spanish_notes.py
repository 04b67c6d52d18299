"""The notes the translators read in the catalogue are about the messages they sit on.

``pyside6-lupdate`` gives the next message it finds every ``#:`` comment since the previous
one, as that message's ``<extracomment>``; a ``#:`` Sphinx-style note on a constant (a time
limit, a width) reached the translators glued to an unrelated message ("Opening shorter than
this shows no dialog at all." on "Opening %1…"). The convention the real notes follow: a
``#:`` comment for translators sits right above the statement that holds the messages it is
about (``KINDS = (QT_TRANSLATE_NOOP(…), …)``); any other comment of the window's modules is a
plain ``#``.
"""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import REPO
from tests.gui.visible_text import TS
from viewer import i18n

MESSAGE_CALL = re.compile(r"\b(?:tr|translate|QT_TRANSLATE_NOOP3?|QT_TR_NOOP)\(")
COMPOUND = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.If, ast.For, ast.While,
            ast.With, ast.Try)


def _words(text: str) -> str:
    return " ".join(text.split())


def translator_notes(path: Path) -> set[str]:
    """The ``#:`` comment blocks of ``path`` written right above a simple statement that holds
    a message (``tr``, ``translate``, ``QT_TRANSLATE_NOOP``), as ``pyside6-lupdate`` joins
    their lines."""
    return {note for _line, note, held in note_blocks(path) if held}


def stray_notes(path: Path) -> list[tuple[int, str]]:
    """(line, note) of every ``#:`` block of ``path`` that sits above no message: a note
    lupdate would glue onto whatever message comes next, or onto one added later."""
    return [(line, note) for line, note, held in note_blocks(path) if not held]


def note_blocks(path: Path) -> list[tuple[int, str, bool]]:
    """Every ``#:`` comment block of ``path``: its first line (1-based), its words joined as
    lupdate joins them, and whether it sits right above a simple statement that holds a
    message."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    statements: dict[int, ast.stmt] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.stmt):
            statements.setdefault(node.lineno, node)
    blocks: list[tuple[int, str, bool]] = []
    i = 0
    while i < len(lines):
        if not lines[i].lstrip().startswith("#:"):
            i += 1
            continue
        end = i
        while end < len(lines) and lines[end].lstrip().startswith("#:"):
            end += 1
        statement = statements.get(end + 1)  # the line right under the block, 1-based
        held = statement is not None and not isinstance(statement, COMPOUND) and bool(
            MESSAGE_CALL.search(ast.get_source_segment(source, statement) or ""))
        blocks.append((i + 1, _words(" ".join(line.lstrip()[2:] for line in lines[i:end])),
                       held))
        i = end
    return blocks


def _stray_notes(ts: Path) -> list[tuple[str, str]]:
    """(message, note) of every ``<extracomment>`` of ``ts`` that is no translator note."""
    notes = set().union(*(translator_notes(path) for path in i18n.qt_sources(REPO)))
    return [(message.findtext("source") or "", _words(note.text or ""))
            for message in ET.parse(ts).getroot().iter("message")
            for note in message.findall("extracomment")
            if _words(note.text or "") not in notes]


def test_the_catalogue_has_no_note_glued_to_a_message_it_does_not_talk_about() -> None:
    assert _stray_notes(TS) == []


def test_no_window_module_has_a_note_above_no_message() -> None:
    """Even where no message follows yet (the last ``#:`` of a module, on a constant): the
    first message added below it would carry it to the translators."""
    stray = {f"{path.relative_to(REPO)}:{line}": note for path in i18n.qt_sources(REPO)
             for line, note in stray_notes(path)}
    assert stray == {}


def test_a_refreshed_catalogue_has_none_either(tmp_path: Path) -> None:
    """As ``python -m viewer.i18n`` would refresh it from the sources as they are now: a new
    ``#:`` note on a constant fails here before it reaches the catalogue."""
    ts = tmp_path / TS.name
    ts.write_bytes(TS.read_bytes())
    subprocess.run(i18n.lupdate_command(ts, REPO), capture_output=True, check=True)
    assert _stray_notes(ts) == []


def test_a_note_above_a_constant_is_found_stray(tmp_path: Path) -> None:
    """The rule itself: lupdate glues a constant's ``#:`` note onto the next message."""
    module = tmp_path / "glued.py"
    module.write_text('from PySide6.QtCore import QCoreApplication\n'
                      '#: Opening shorter than this shows no dialog at all.\n'
                      'SHOW_AFTER_MS = 300\n'
                      '#: What the window is called.\n'
                      'TITLE = QCoreApplication.translate("Glued", "Opening %1…")\n',
                      encoding="utf-8")
    assert translator_notes(module) == {"What the window is called."}
    assert stray_notes(module) == [(2, "Opening shorter than this shows no dialog at all.")]
    ts = tmp_path / "glued.ts"
    tool = i18n.lrelease().with_name("lupdate")
    subprocess.run([str(tool), "-locations", "none", str(module), "-ts", str(ts)],
                   capture_output=True, check=True)
    [note] = [n.text for n in ET.parse(ts).getroot().iter("extracomment")]
    assert _words(note or "") == ("Opening shorter than this shows no dialog at all. "
                                  "What the window is called.")
