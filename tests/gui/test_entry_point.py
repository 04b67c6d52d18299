"""``somos-viewer`` / ``python -m viewer``: the self-test a packaged build runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import REPO
from viewer.gui.window.main_window import MainWindow


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "viewer", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def test_self_test_searches_the_archive_and_exits_zero(archive_path: Path) -> None:
    result = _run("--self-test", str(archive_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("self-test ok:")
    # The character first, before the credit that plays him (issue 27).
    assert "Benjamin" in result.stdout and "characters 'Benjamín'" in result.stdout


def test_self_test_leaves_the_users_annotations_alone(archive_path: Path,
                                                      tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "SOMOS_ANNOTATIONS"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-m", "viewer", "--self-test", str(archive_path)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(tmp_path.rglob("annotations.sqlite*")) == []


def test_self_test_fails_loudly_on_a_file_that_is_not_an_archive(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 50)
    result = _run("--self-test", str(junk))
    assert result.returncode != 0
    assert "self-test FAILED" in result.stdout and "not an SQLite database" in result.stdout


def _start(archive_path: Path, settings_file: Path) -> tuple[object, MainWindow, str | None]:
    import viewer.__main__ as entry
    from viewer.gui.window.settings import ViewerSettings

    return entry.start_window(archive_path, lambda: ViewerSettings.in_file(settings_file))


def test_the_window_icon_is_set_once_the_window_has_painted(
        qtbot: QtBot, archive_path: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QIcon

    app, window, _problem = _start(archive_path, tmp_path / "settings.ini")
    qtbot.addWidget(window)
    app.setWindowIcon(QIcon())  # whatever an earlier test left
    window.show()
    qtbot.waitUntil(lambda: not app.windowIcon().isNull(), timeout=2000)
    assert not app.windowIcon().pixmap(32, 32).isNull()  # its files were read
    window.close()
    window.archive.close()


def test_start_up_imports_only_what_the_first_paint_needs(archive_path: Path,
                                                          tmp_path: Path) -> None:
    """Each of these is imported when first used, after the window has painted: together
    they were ~60 ms of a start. A fresh interpreter, so that what other tests imported does
    not count."""
    code = textwrap.dedent(f"""
        import os, sys
        from pathlib import Path
        from viewer.__main__ import start_window
        from viewer.gui.window.settings import ViewerSettings
        app, window, problem = start_window(
            Path({str(archive_path)!r}),
            lambda: ViewerSettings.in_file(Path({str(tmp_path / "s.ini")!r})))
        assert problem is None and window.current_tab().model.rowCount() > 0
        print(sorted(sys.modules), flush=True)
        os._exit(0)  # the window's workers may still be counting rows
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout
    assert "'viewer.gui.window.main_window'" in out and out.rstrip().endswith("]")  # ran, all said
    later = ["viewer.archive.search", "viewer.archive.charts", "viewer.archive.dates",
             "viewer.archive.build", "viewer.archive.extract", "viewer.gui.reading.detail_pane",
             "viewer.gui.reading.source_reader", "viewer.gui.reading.reading_layout",
             "viewer.gui.reading.find_bar", "viewer.gui.search.search_panel",
             "viewer.gui.charts.views_tab",
             "viewer.gui.tables.export_dialog", "viewer.gui.tables.filter_highlight", "html",
             # Record classes of the tabs not shown (the first tab's are made by its first
             # page, as it paints; Episodes' are viewer.archive.records.series).
             "viewer.archive.records.kinds", "viewer.archive.records.credits",
             "viewer.archive.records.story",
             "viewer.archive.records.statements", "viewer.archive.records.entities",
             "viewer.archive.records.documents", "viewer.archive.records.navigation",
             # File › Open's and Rebuild's runs and the error messages: when first used.
             "viewer.gui.window.archive_opening", "viewer.gui.window.rebuild",
             "viewer.gui.window.errors",
             # The history's steps: made by the first navigation.
             "viewer.gui.window.places"]
    assert [m for m in later if f"'{m}'" in out] == []


def test_start_up_imports_the_data_layer_before_qt(archive_path: Path, tmp_path: Path) -> None:
    """PySide6, once loaded, reads the source of each module the first import statement after
    it names (looking for ``from __feature__ import``): the data layer, which never imports
    Qt, comes first, so that the modules only it names are not read.
    ``sys.modules`` keeps the order modules were first imported in."""
    code = textwrap.dedent(f"""
        import json, os, sys
        from pathlib import Path
        from viewer.__main__ import start_window

        def settings():  # imported as start_window imports it: the order is what is tested
            from viewer.gui.window.settings import ViewerSettings
            return ViewerSettings.in_file(Path({str(tmp_path / "s.ini")!r}))

        app, window, problem = start_window(Path({str(archive_path)!r}), settings)
        print(json.dumps(list(sys.modules)), flush=True)
        os._exit(0)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout
    order = json.loads(out.strip().splitlines()[-1])
    qt = order.index("PySide6.QtCore")
    data_layer = [m for m in order if m.startswith("viewer.archive.")
                  and not m.startswith("viewer.archive.records.")]  # a page's, as it paints
    assert data_layer and max(order.index(m) for m in data_layer) < qt, [
        m for m in data_layer if order.index(m) > qt]


def test_panes_not_on_screen_are_built_after_the_first_paint(archive_path: Path,
                                                             tmp_path: Path) -> None:
    """The window paints its first tab, rows and all, before the detail pane and the search
    panel exist; both are built soon after, and the sort arrow is shown."""
    code = textwrap.dedent(f"""
        import json, os
        from pathlib import Path
        from viewer.__main__ import start_window
        from viewer.gui.window.settings import ViewerSettings
        from PySide6.QtCore import QEvent, QObject, QTimer
        app, window, problem = start_window(
            Path({str(archive_path)!r}),
            lambda: ViewerSettings.in_file(Path({str(tmp_path / "s.ini")!r})))
        tab = window.current_tab()
        seen = {{}}

        class Probe(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint and "rows" not in seen:
                    seen["rows"] = tab.model.rowCount()
                    seen["built_at_paint"] = [window.panes.detail is not None,
                                              window.panes.search_panel is not None]
                return False

        probe = Probe()
        tab.view.viewport().installEventFilter(probe)
        window.show()
        QTimer.singleShot(400, app.quit)
        app.exec()
        header = tab.view.horizontalHeader()
        seen["built_after_paint"] = [window.panes.detail is not None,
                                     window.panes.search_panel is not None]
        seen["arrow"] = [header.isSortIndicatorShown(), header.sortIndicatorSection()]
        seen["sort_column"] = tab.model.sort_column()
        print(json.dumps(seen), flush=True)
        os._exit(0)  # the window's workers may still be counting rows
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["rows"] > 0 and seen["built_at_paint"] == [False, False]
    assert seen["built_after_paint"] == [True, True]
    assert seen["arrow"] == [True, seen["sort_column"]]


def test_version_prints_the_package_version() -> None:
    from viewer import __version__

    result = _run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"somos-viewer {__version__}"
