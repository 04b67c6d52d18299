"""House rules checked by a script, not by memory (STYLE.md)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys

from tests.conftest import REPO, installed_tool

SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA)\s+[\w*\"(\[]")


def test_data_layer_and_cli_never_import_qt() -> None:
    code = ("import sys, viewer.cli, viewer.archive.build, viewer.archive.store, "
            "viewer.archive.search, viewer.archive.location; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'viewer.gui'))]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_import_linter_contract_holds() -> None:
    exe = installed_tool("lint-imports")
    result = subprocess.run([exe], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_gui_writes_no_sql() -> None:
    offenders = []
    for path in (REPO / "viewer" / "gui").rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if SQL_WORDS.search(line) or ".execute(" in line:
                offenders.append(f"{path.relative_to(REPO)}:{n}: {line.strip()}")
    assert not offenders, offenders


def test_the_data_layer_type_checks_strictly() -> None:
    """``mypy --strict`` over ``viewer.archive`` (pyproject's [tool.mypy]): the layer every
    other one reads through, and free of Qt, so no binding's stubs can move under it."""
    exe = installed_tool("mypy")
    result = subprocess.run([exe], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_ruff_is_clean() -> None:
    exe = installed_tool("ruff")
    result = subprocess.run([exe, "check", "."], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


#: Process-wide interpreter knobs (STYLE.md 16): a module of ours must not turn them.
KNOBS = {("sys", "setswitchinterval"), ("sys", "setrecursionlimit"), ("sys", "setdlopenflags"),
         ("sys", "settrace"), ("sys", "setprofile"), ("gc", "disable"), ("gc", "freeze"),
         ("gc", "set_threshold")}


def _private_or_knob_uses(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            names = []
        for name in names:
            parts = name.split(".")
            if name == "__future__" or name.startswith("__future__."):
                continue
            private = [part for part in parts if part.startswith("_")
                       and not (part.endswith("__") and part != "__feature__")]
            if private or parts[0] == "builtins":
                found.append((node.lineno, f"imports {name}"))
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and (node.value.id, node.attr) in KNOBS):
            found.append((node.lineno, f"{node.value.id}.{node.attr}"))
        if isinstance(node, ast.Name) and node.id in ("__import__", "__builtins__"):
            found.append((node.lineno, node.id))
    return sorted(found)


def test_no_module_of_the_viewer_uses_private_internals_or_interpreter_knobs() -> None:
    """Private modules (``_ctypes``, ``__feature__``), ``builtins``, the import hook and
    process-wide knobs are off limits to viewer/; ruff's SLF001 covers private attributes
    (``re._cache``)."""
    offenders = [f"{path.relative_to(REPO)}:{line}: {what}"
                 for path in sorted((REPO / "viewer").rglob("*.py"))
                 for line, what in _private_or_knob_uses(ast.parse(path.read_text("utf-8")))]
    assert offenders == []


def test_the_private_internals_rule_finds_what_it_looks_for() -> None:
    planted = ast.parse("import _ctypes\nfrom PySide6 import __feature__\nimport builtins\n"
                        "import sys, gc\nsys.setswitchinterval(0.001)\ngc.disable()\n"
                        "x = __import__\n")
    assert [line for line, _what in _private_or_knob_uses(planted)] == [1, 2, 3, 5, 6, 7]


#: The most lines a module of the viewer may have: past it, something wants to move out.
#: The extractors are exempt (one parser per document layout, read top to bottom).
MODULE_LINES = 600
#: Modules still over the limit, each with what would bring it under. Shrink, never grow.
OVER_THE_LIMIT: dict[str, str] = {}


def test_no_module_of_the_viewer_is_over_600_lines() -> None:
    over = {}
    for path in sorted((REPO / "viewer").rglob("*.py")):
        name = path.relative_to(REPO).as_posix()
        if name.startswith("viewer/archive/extract/"):
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MODULE_LINES:
            over[name] = lines
    assert set(over) <= set(OVER_THE_LIMIT), {n: over[n] for n in set(over) - set(OVER_THE_LIMIT)}
    assert set(OVER_THE_LIMIT) <= set(over), "now under the limit; take it off the list: " + \
        ", ".join(set(OVER_THE_LIMIT) - set(over))


#: STYLE.md, principle 8: the main window only wires; past about 300 lines something wants to
#: move out (to viewer/gui/window/panes.py, archive_switch.py, browsing.py and their like).
MAIN_WINDOW_LINES = 320


def test_the_main_window_only_wires() -> None:
    source = (REPO / "viewer/gui/window/main_window.py").read_text(encoding="utf-8")
    assert len(source.splitlines()) <= MAIN_WINDOW_LINES
    # No SQL and no archive reading of its own: it calls the data layer's objects.
    assert "import sqlite3" not in source and ".execute(" not in source


#: Where a finished file may be renamed onto its target: the atomic-write helper, and the build,
#: whose file SQLite writes itself (at the helper's ``temporary_path``, stale parts removed by it).
RENAMES_ALLOWED = {"viewer/archive/atomic.py", "viewer/archive/build.py"}
RENAME = re.compile(r"\bos\.(?:replace|rename)\(|\.rename\(")


def test_files_land_only_through_the_atomic_write_helper() -> None:
    renaming = {path.relative_to(REPO).as_posix() for path in (REPO / "viewer").rglob("*.py")
                if RENAME.search(path.read_text(encoding="utf-8"))}
    assert "viewer/archive/atomic.py" in renaming  # the rule finds what it looks for
    assert renaming <= RENAMES_ALLOWED, renaming - RENAMES_ALLOWED


#: STYLE.md, principle 4: identifiers are quoted by one helper,
#: viewer.archive.schema.quote_identifier. These patterns are another quoting of a name: the
#: helper's own doubling of quotes, a name in brackets or in literal double quotes.
QUOTING = re.compile(r"""replace\('"', '""'\)|f'[^']*"\{"""
                     r"|(?:\b(?:FROM|INTO|TABLE|JOIN|UPDATE)\s+|content=|\()\[\{")
QUOTING_ALLOWED = {
    "viewer/archive/schema.py": "the helper itself",
    "viewer/archive/search_query.py": "quotes FTS5 phrases (strings in a MATCH), not names",
}


def test_identifiers_are_quoted_by_one_helper() -> None:
    quoting = {name for path in (REPO / "viewer").rglob("*.py")
               if not (name := path.relative_to(REPO).as_posix()).startswith(
                   ("viewer/archive/extract/", "viewer/gui/"))  # the GUI writes no SQL
               and QUOTING.search(path.read_text(encoding="utf-8"))}
    assert "viewer/archive/schema.py" in quoting  # the rule finds what it looks for
    assert quoting <= set(QUOTING_ALLOWED), quoting - set(QUOTING_ALLOWED)
