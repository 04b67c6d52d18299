"""Every way an archive or a query can be bad, met through the window as a user meets it.

Opening: each bad file of :data:`tests.bad_archives.BAD_ARCHIVES` gives exactly one error
dialog naming the file and what to do, and the window keeps browsing and searching the archive
it had. Reading: a whole session — every tab, sorting, filtering, the detail pane, the source
reader, history, search, two exports — leaves the archive byte for byte as it was, with no
journal beside it. Searching: arbitrary text goes through the very jobs the search box and the
tab filters run, and always comes back as results or a hint, never as an error.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.bad_archives import (
    BAD_ARCHIVES,
    OPENED_ARCHIVES,
    REFUSED_ARCHIVES,
    BadArchive,
    make_bad_archive,
    make_big_document,
    make_read_only_medium,
    permissions_bind,
)
from viewer.archive.paging import PageRequest
from viewer.archive.search import SearchResult
from viewer.archive.search_query import build_match
from viewer.archive.store import Archive
from viewer.gui.labels import number
from viewer.gui.tables.record_tab import RecordTab
from viewer.gui.window.main_window import MainWindow
from viewer.gui.window.settings import ViewerSettings
from viewer.gui.workers import SEARCH_LIMIT, SearchJob, WorkerPool


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _visible_boxes(window: MainWindow) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def _search(qtbot: QtBot, window: MainWindow, text: str) -> SearchResult:
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=10_000) as shown:
        window.search_box.setText(text)
        window.search_box.flush()
    result = shown.args[0]
    assert isinstance(result, SearchResult)
    return result


def _still_usable(qtbot: QtBot, window: MainWindow, archive_path: Path) -> None:
    """The window shows the archive it had, and browses and searches it."""
    assert window.archive is not None and window.archive.path == archive_path
    assert window.windowTitle() == f"Somos Archive — {archive_path.name}"
    tab = window.record_tab("cast")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_busy())
    assert tab.model.rowCount() > 0
    assert tab.stack.currentWidget() is tab.view
    assert _search(qtbot, window, "chayo").hits


# -- opening ----------------------------------------------------------------------------------


@pytest.mark.parametrize("case", REFUSED_ARCHIVES, ids=lambda c: c.name)
def test_a_bad_archive_is_one_clear_dialog_and_the_old_archive_stays(
        qtbot: QtBot, window: MainWindow, archive_path: Path, bad_folder: Path,
        case: BadArchive) -> None:
    bad = make_bad_archive(case, archive_path, bad_folder)
    with permissions_bind():  # "unreadable" is refused even when the tests run as root
        opened = window.open_archive(bad)
    assert not opened
    boxes = _visible_boxes(window)
    assert boxes == [window.last_error], "exactly one dialog"
    box = boxes[0]
    assert box.windowTitle() == "Cannot open archive"
    assert box.icon() == QMessageBox.Icon.Critical
    assert re.search(case.words, box.text()), box.text()
    assert str(bad) in box.text()
    assert not re.search(r"Traceback|\b\w+(Error|Exception)\b", box.text() + box.detailedText())
    assert box.informativeText() == f"The archive {archive_path.name} stays open."
    box.close()
    _still_usable(qtbot, window, archive_path)


def test_file_open_with_a_bad_file_goes_through_the_same_dialog(
        qtbot: QtBot, window: MainWindow, archive_path: Path, bad_folder: Path) -> None:
    bad = make_bad_archive(next(c for c in BAD_ARCHIVES if c.name == "newer-schema"),
                           archive_path, bad_folder)
    window.actions_by_key["open_archive"].trigger()  # File › Open Archive…
    chooser = window.file_dialog
    assert chooser is not None and chooser.isVisible()
    chooser.selectFile(str(bad))
    chooser.accept()
    qtbot.waitUntil(lambda: window.last_error is not None and window.last_error.isVisible())
    assert window.last_error is not None
    assert "Update Somos Archive" in window.last_error.text()
    window.last_error.close()
    _still_usable(qtbot, window, archive_path)


def test_bad_archives_one_after_another_leave_the_window_as_it_was(
        qtbot: QtBot, window: MainWindow, archive_path: Path, bad_folder: Path) -> None:
    for case in REFUSED_ARCHIVES:
        with permissions_bind():
            assert not window.open_archive(make_bad_archive(case, archive_path, bad_folder))
        assert window.last_error is not None
        window.last_error.close()
    assert not _visible_boxes(window)
    _still_usable(qtbot, window, archive_path)


def test_an_archive_on_a_read_only_medium_opens_browses_and_searches(
        qtbot: QtBot, window: MainWindow, archive_path: Path, bad_folder: Path) -> None:
    target = make_read_only_medium(archive_path, bad_folder)
    before = _sha(target)
    with permissions_bind():  # the folder really is unwritable, for root too
        assert window.open_archive(target)
    assert not _visible_boxes(window)
    _still_usable(qtbot, window, target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["somos.sqlite"]
    assert _sha(target) == before


@pytest.mark.parametrize("case", REFUSED_ARCHIVES, ids=lambda c: c.name)
def test_at_start_up_a_bad_archive_is_a_message_not_a_crash(
        archive_path: Path, bad_folder: Path, case: BadArchive) -> None:
    from viewer.__main__ import _open

    bad = make_bad_archive(case, archive_path, bad_folder)
    with permissions_bind():
        archive, problem = _open(bad)
    assert archive is None
    assert problem is not None and re.search(case.words, problem)


def test_a_window_started_without_an_archive_reports_a_bad_one_then_opens_a_good_one(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings, bad_folder: Path) -> None:
    win = MainWindow(None, settings)
    qtbot.addWidget(win)
    win.show()
    bad = make_bad_archive(BAD_ARCHIVES[3], archive_path, bad_folder)
    assert not win.open_archive(bad)
    assert win.last_error is not None
    assert win.last_error.informativeText() == "No archive is open."
    win.last_error.close()
    assert win.open_archive(archive_path)
    _still_usable(qtbot, win, archive_path)
    win.close()
    assert win.archive is not None
    win.archive.close()


# -- a whole session changes nothing ----------------------------------------------------------


def test_a_whole_session_leaves_the_archive_byte_for_byte_unchanged(
        qtbot: QtBot, archive_path: Path, settings: ViewerSettings, tmp_path: Path) -> None:
    home = tmp_path / "archive"
    home.mkdir()
    path = home / "somos.sqlite"
    shutil.copy(archive_path, path)
    before = _sha(path)
    exports = tmp_path / "exports"
    exports.mkdir()

    win = MainWindow(Archive.open(path), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)

    # Every tab, each loaded, counted and with its first record in the detail pane.
    for index in range(win.tabs.count()):
        if not win.tabs.isTabVisible(index):
            continue
        page = win.tabs.widget(index)
        win.tabs.setCurrentIndex(index)
        busy = getattr(page, "is_busy", None)
        if busy is not None:
            qtbot.waitUntil(lambda busy=busy: not busy(), timeout=10_000)
        if isinstance(page, RecordTab) and page.model.rowCount():
            with qtbot.waitSignal(win.detail.record_shown, timeout=10_000):
                page.view.selectRow(0)

    # Sort, filter, select: the detail pane and the source reader follow.
    cast = win.record_tab("cast")
    win.tabs.setCurrentWidget(cast)
    header = cast.view.horizontalHeader()
    column = [c.key for c in cast.model.spec.columns].index("character")
    with qtbot.waitSignal(cast.model.modelReset, timeout=10_000):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.keyClicks(cast.filter, "benjamin")
    qtbot.waitUntil(lambda: cast.model.filter_text == "benjamin" and not cast.is_busy())
    with qtbot.waitSignals([win.detail.record_shown, win.reader.spans_shown], timeout=10_000):
        cast.view.selectRow(0)
    first = win.detail.record
    assert win.reader.source_id is not None and win.reader.highlighted_spans()
    win.reader.picker.setCurrentIndex((win.reader.picker.currentIndex() + 1)
                                      % win.reader.picker.count())  # read another source

    # Follow a link, then back and forward.
    link = next(u for u in win.detail.link_urls() if u.startswith("record:"))
    with qtbot.waitSignal(win.detail.record_shown, timeout=10_000):
        win.detail.anchorClicked.emit(QUrl(link))
    with qtbot.waitSignal(win.detail.record_shown, timeout=10_000):
        win.actions_by_key["back"].trigger()
    assert win.detail.record == first
    with qtbot.waitSignal(win.detail.record_shown, timeout=10_000):
        win.actions_by_key["forward"].trigger()

    # Export the cast selection as CSV.
    cast.view.selectAll()
    win.actions_by_key["export_selection"].trigger()
    dialog = win.export_run.dialog
    assert dialog is not None
    dialog.set_path(exports / "cast.csv")
    with qtbot.waitSignal(win.export_run.finished, timeout=10_000):
        dialog.accept()

    # Search (a hostile query too), open a hit, export the results as JSON.
    assert _search(qtbot, win, '"Doña (Chayo NEAR title:*').notice
    assert _search(qtbot, win, "chayo").hits
    with qtbot.waitSignal(win.detail.record_shown, timeout=10_000):
        win.search_panel.open_current()
    win.search_panel.view.selectAll()
    win.actions_by_key["export_selection"].trigger()
    dialog = win.export_run.dialog
    assert dialog is not None
    dialog.set_path(exports / "chayo.json")
    with qtbot.waitSignal(win.export_run.finished, timeout=10_000):
        dialog.accept()
    win.actions_by_key["about"].trigger()
    assert win.about_dialog is not None
    win.about_dialog.close()

    win.close()
    assert win.archive is not None
    win.archive.close()

    assert _sha(path) == before
    assert sorted(os.listdir(home)) == ["somos.sqlite"]  # no -journal, -wal or -shm
    with (exports / "cast.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert {row["character"] for row in csv.DictReader(fh)} == {"Benjamín"}
    written = sorted(p.name for p in exports.iterdir())
    assert "cast.csv" in written and len(written) > 2  # and one JSON file per table
    for name in written:
        if name.endswith(".json"):
            assert json.loads((exports / name).read_text(encoding="utf-8"))


# -- hostile text through the jobs the search box and the filters run ------------------------

WORDS = ['"', "(", ")", "NEAR", "NEAR(", "NEAR/2", "AND", "OR", "NOT", "title:", "body:",
         "foo:", "*", "^", "-", "+", ":", "{", "}", "'", "\\", "\x00", "🙂", "👩‍👩‍👧", "benjamín",
         "Chayo", "doña", "vet", "ñ", "\u200b", "\ufeff", "%", "_", ";", "--", "/*", "\n",
         "\t", "SELECT", "rowid", "rank", "MATCH"]
HOSTILE = st.one_of(
    st.text(max_size=300),  # every code point: NUL, surrogates' neighbours, emoji, RTL marks
    st.lists(st.sampled_from(WORDS), max_size=24).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=24).map("".join),
)


class _Relay:
    """A WorkerPool whose jobs are run right here, their signals caught as they are sent."""

    def __init__(self) -> None:
        self.pool = WorkerPool()
        self.caught: list[tuple[str, tuple[Any, ...]]] = []
        for name in ("search_finished", "search_failed", "page_finished", "page_failed"):
            getattr(self.pool, name).connect(
                lambda *args, name=name: self.caught.append((name, args)))

    def take(self) -> list[tuple[str, tuple[Any, ...]]]:
        caught, self.caught = self.caught, []
        return caught


@pytest.fixture
def relay(qtbot: QtBot) -> Iterator[_Relay]:
    made = _Relay()
    yield made
    made.pool.deleteLater()


@settings(max_examples=700, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(typed=HOSTILE)
@example(typed="chayo " * 1700)  # 10,200 characters
@example(typed="x" * 10_000)
@example(typed='NEAR("doña" chayo, 2) title:"benj* ^vet OR (NOT) AND')
@example(typed="\x00\x00")
@example(typed="🙂 (")
def test_anything_typed_gives_results_or_a_hint_never_an_error(
        relay: _Relay, archive_path: Path, typed: str) -> None:
    SearchJob(relay.pool, archive_path, typed, 1, SEARCH_LIMIT).run()  # the search box
    # A tab's filter: its first page, and its rows counted with it (the count a tab shows).
    request = PageRequest("cast", "id", False, typed.strip(), None, 0, 50, 1, count=True)
    relay.pool.page_job(archive_path, request).run()
    caught = relay.take()
    assert [name for name, _ in caught] == ["search_finished", "page_finished"], caught
    page = caught[1][1][1]
    assert isinstance(page.total, int) and page.total >= len(page.records)
    result = caught[0][1][1]
    assert isinstance(result, SearchResult)
    has_words = build_match(typed).expression is not None
    # Results, or a hint: the notice, or the panel's "Nothing matches … try fewer words".
    assert result.hits or result.notice or has_words or not typed.strip()
    if not has_words:
        assert result.hits == []


@pytest.mark.parametrize("typed", [
    '"unbalanced', "(a OR b", "OR", "NEAR(", "title:", "*", "^", "\x00", "🙂", "()(r())",
    "a" * 10_000, "zz" * 3000, "benjamín NOT", "'; DROP TABLE credits; --"])
def test_hostile_text_in_the_search_box_shows_results_or_a_hint(
        qtbot: QtBot, window: MainWindow, typed: str) -> None:
    window.resize(800, 600)
    width = window.width()
    result = _search(qtbot, window, typed)
    panel = window.search_panel
    # A line with no space to break at is quoted cut short, not shown whole by widening the
    # panel, and the window with it (to tens of thousands of pixels for 6,000 letters).
    assert window.width() == width
    assert panel.minimumSizeHint().width() <= panel.width()
    assert window.minimumSizeHint().width() <= width
    assert panel.summary.text() != "The search could not be run"
    if not result.hits:
        assert (panel.notice.isVisible() or "Nothing in the archive matches" in panel.empty.text()
                or bool(result.notice and result.notice in panel.empty.text()))
    assert _visible_boxes(window) == []


def test_the_window_and_the_command_line_cut_the_users_text_alike() -> None:
    """Each had its own cut (32 characters in the window, 40 on the command line); one
    function now cuts for both, and each keeps its own quotation marks."""
    from viewer.cli import quoted as said_by_the_cli
    from viewer.gui.labels import quoted

    for text in ("chayo " * 1700, "zz" * 3000, "short"):
        assert repr(quoted(text)) == said_by_the_cli(text)


TYPED_IN_A_FILTER = [
    '"unbalanced', '"a phrase"', "''", "(a OR b", "OR", "AND NOT", "NEAR(", "NEAR(a b, 2)",
    "*", "a*", "^", "title:", "foo:bar", "-", "spider-man", "don't", "c++", "()(r())",
    "benjamín NOT", "'; DROP TABLE credits; --", "🙂 (", "\x00", "\x00\x00", "a\tb\nc",
    "\x1b[31m", "\u200b", "\ufeff", "a" * 10_000, "chayo " * 1700, "zzqqxxyy", "zz" * 3000,
]


@pytest.mark.parametrize("table", ["cast", "excerpts"])
def test_hostile_text_typed_in_a_tab_filter_shows_rows_or_a_message(
        qtbot: QtBot, window: MainWindow, capfd: pytest.CaptureFixture[str], table: str) -> None:
    """What a tab shows for text typed (or pasted) into its filter field: its rows, counted
    with the first page as the tab counts them ("N of M"), or a page saying that none match;
    never "could not be read", a dialog or a traceback. The filter's count comes from the
    page job, not from a count job of its own (:meth:`WorkerPool.count` counts all rows)."""
    window.resize(800, 600)
    tab = window.record_tab(table)
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_busy())
    width = window.width()
    total = tab.total_rows
    assert total
    for typed in TYPED_IN_A_FILTER:
        tab.filter.clear()
        if typed.isascii() and typed.isprintable() and len(typed) < 40:
            qtbot.keyClicks(tab.filter, typed)  # key by key, as the debounce sees them
        else:
            tab.filter.setText(typed)  # pasted: control characters are not typed
        shown = tab.filter.text()  # as the field keeps it (it drops a lone BOM)
        qtbot.waitUntil(lambda s=shown: tab.model.filter_text == s.strip()  # type: ignore[misc]
                        and not tab.is_busy(), timeout=10_000)
        rows = tab.model.rowCount()
        assert tab.matching_rows == rows and tab.total_rows == total, typed[:40]
        if rows:
            assert tab.stack.currentWidget() is tab.view, typed[:40]
            assert tab.status_text().startswith(f"{number(rows)} of {number(total)} "), typed[:40]
        else:
            assert tab.stack.currentWidget() is tab.empty, typed[:40]
            assert "match" in tab.empty.text(), typed[:40]
        assert "could not be read" not in tab.empty.text(), typed[:40]
        assert _visible_boxes(window) == [], typed[:40]
        # A line with no space to break at is cut short in the message, not shown whole by
        # widening the tab, and the window with it (to 86,000 pixels for 10,000 letters).
        assert tab.minimumSizeHint().width() <= tab.width(), typed[:40]
    assert window.width() == width
    assert "Traceback" not in capfd.readouterr().err


def test_a_replaced_archive_is_noticed_by_the_jobs_that_keep_a_connection(
        relay: _Relay, archive_path: Path, tmp_path: Path) -> None:
    """Worker threads keep their connection between jobs; a file replaced under the same name
    (a rebuild renames a new one into place) must be read anew, not through the old one."""
    path = tmp_path / "somos.sqlite"
    shutil.copyfile(archive_path, path)
    SearchJob(relay.pool, path, "Benjamin", 1, SEARCH_LIMIT).run()
    [(name, args)] = relay.take()
    assert name == "search_finished" and args[1].hits
    spare = tmp_path / "spare"
    spare.write_bytes(b"not an archive at all" * 100)
    os.replace(spare, path)
    SearchJob(relay.pool, path, "Benjamin", 2, SEARCH_LIMIT).run()
    [(name, args)] = relay.take()
    assert name == "search_failed" and "not an SQLite database" in args[1]
    path.unlink()
    SearchJob(relay.pool, path, "Benjamin", 3, SEARCH_LIMIT).run()
    [(name, args)] = relay.take()
    assert name == "search_failed" and str(path) in args[1]


@pytest.mark.parametrize("case", OPENED_ARCHIVES, ids=lambda c: c.name)
def test_damage_that_passes_the_open_never_makes_a_storm_of_dialogs(
        qtbot: QtBot, window: MainWindow, archive_path: Path, bad_folder: Path,
        case: BadArchive) -> None:
    """Every tab read and two searches run over a file damaged past the checks on open: each
    part says what it could not read, in place; no "Something went wrong" (issue 30)."""
    bad = make_bad_archive(case, archive_path, bad_folder)
    started = time.monotonic()
    if not window.open_archive(bad):  # the damage lay where the open reads: refused there
        boxes = _visible_boxes(window)
        assert len(boxes) <= 1 and all("is damaged" in b.text() for b in boxes)
        return
    for index in range(window.tabs.count()):
        if not window.tabs.isTabVisible(index):
            continue
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        if isinstance(page, RecordTab):
            qtbot.waitUntil(lambda page=page: not page.is_busy(), timeout=5_000)
    answers: list[object] = []
    window.search_panel.results_shown.connect(answers.append)
    window.workers.search_failed.connect(lambda _generation, message: answers.append(message))
    for text in ("de", "chayo"):
        answers.clear()
        window.search_box.setText(text)
        window.search_box.flush()
        qtbot.waitUntil(lambda: bool(answers), timeout=5_000)
    assert time.monotonic() - started < 10
    boxes = _visible_boxes(window)
    assert len(boxes) <= 1, [b.text() for b in boxes]
    assert all(b.windowTitle() != "Something went wrong" for b in boxes)


# -- File › Open in a worker: progress, Cancel, a lock (issue 30) ------------------------------


@contextmanager
def _locked(archive_path: Path, folder: Path) -> Iterator[Path]:
    """A copy of the archive that another program is writing to (an exclusive lock held)."""
    path = folder / "locked.sqlite"
    shutil.copy(archive_path, path)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        yield path
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_opening_a_locked_archive_shows_progress_and_cancel_keeps_the_old_one(
        qtbot: QtBot, window: MainWindow, archive_path: Path, tmp_path: Path) -> None:
    with _locked(archive_path, tmp_path) as path:
        window.switch.opening.start(path)
        qtbot.waitUntil(lambda: window.switch.opening.progress is not None
                        and window.switch.opening.progress.isVisible(), timeout=3_000)
        progress = window.switch.opening.progress
        assert progress is not None and progress.labelText() == "Opening locked.sqlite…"
        [cancel] = [b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"]
        with qtbot.waitSignal(window.switch.opening.cancelled, timeout=5_000):
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert window.switch.opening.progress is None and not window.switch.opening.running
    assert not _visible_boxes(window)
    assert "cancelled" in window.statusBar().currentMessage()
    _still_usable(qtbot, window, archive_path)


def test_a_locked_archive_is_in_use_not_damaged_and_the_window_keeps_working(
        qtbot: QtBot, window: MainWindow, archive_path: Path, tmp_path: Path) -> None:
    with _locked(archive_path, tmp_path) as path:
        window.switch.opening.start(path)
        assert window.archive is not None and window.archive.path == archive_path
        qtbot.waitUntil(lambda: window.last_error is not None
                        and window.last_error.isVisible(), timeout=5_000)
    assert window.last_error is not None
    assert "in use by another program" in window.last_error.text()
    assert "damaged" not in window.last_error.text()
    window.last_error.close()
    _still_usable(qtbot, window, archive_path)


def test_file_open_of_a_good_archive_opens_it_in_the_background(
        qtbot: QtBot, window: MainWindow, archive_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    shutil.copy(archive_path, copy)
    with qtbot.waitSignal(window.switch.opening.opened, timeout=5_000):
        window.switch.opening.start(copy)
    assert not _visible_boxes(window)
    _still_usable(qtbot, window, copy)


def test_a_document_read_as_one_huge_passage_is_shown_in_bounded_parts(
        qtbot: QtBot, window: MainWindow, archive_path: Path, tmp_path: Path) -> None:
    """Selecting a passage of megabytes laid all of it out on the GUI thread (the detail
    pane, the reader, every paint of its cell): more than a minute at 50 MB (issue 30)."""
    big = make_big_document(archive_path, tmp_path / "big.sqlite", size=2_000_000)
    assert window.open_archive(big)
    tab = window.record_tab("excerpts")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=5_000)
    with qtbot.waitSignal(tab.model.modelReset, timeout=5_000):
        tab.filter.setText("title:whole")
        tab.apply_filter()
    qtbot.waitUntil(lambda: not tab.is_busy() and tab.model.rowCount() == 1, timeout=5_000)
    with qtbot.waitSignal(window.detail.record_shown, timeout=5_000):
        tab.view.selectRow(0)
    assert "more characters, not shown here" in window.detail.toPlainText()
    assert len(window.detail.toPlainText()) < 20_000
    qtbot.waitUntil(lambda: "more characters of this passage are left out"
                    in window.reader.browser.toPlainText(), timeout=5_000)
    assert len(window.reader.browser.toPlainText()) < 50_000
    column = [c.key for c in tab.model.spec.columns].index("text")
    tip = tab.model.data(tab.model.index(0, column), Qt.ItemDataRole.ToolTipRole)
    assert 1_000 < len(tip) < 5_000
