"""``somos-archive search``: ranked hits, marked matches, grep-like exit status."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from click.testing import CliRunner

from tests.cli.conftest import Run, one_line_error, run_process
from tests.conftest import REPO, tables_searched
from viewer.archive.store import Archive
from viewer.archive.tables import TABLE_SPECS
from viewer.cli import _plain_snippet, main


def test_text_hits_mark_matches_in_brackets_off_a_terminal(run: Run) -> None:
    result = run("search", "Benjamín", "--limit", "3")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    # The character before the credit that plays her (issue 27).
    assert lines[0].startswith("characters #") and "Benjamín" in lines[0]
    assert lines[1] == "    [Benjamín]"
    assert "\x1b[" not in result.stdout


def test_json_hits_are_the_stores_hits(run: Run, archive: Archive) -> None:
    result = run("search", "Doña Chayo", "--format", "json", "--limit", "5")
    assert result.exit_code == 0
    hits = json.loads(result.stdout)
    expected = archive.search("Doña Chayo", limit=5).hits
    assert [(h["table"], h["id"], h["title"], h["snippet"], h["source"]) for h in hits] == [
        (h.table, h.id, h.title, h.snippet, h.source) for h in expected]
    assert all(isinstance(h["rank"], float) for h in hits)


def test_table_option_narrows_hits(run: Run) -> None:
    result = run("search", "Benjamín", "--table", "excerpts", "--format", "json")
    assert result.exit_code == 0
    assert {h["table"] for h in json.loads(result.stdout)} == {"excerpts"}


def test_no_hits_says_so_and_exits_1(run: Run) -> None:
    result = run("search", "zzqxv")
    assert result.exit_code == 1 and result.stdout == ""
    assert "no matches for 'zzqxv'" in one_line_error(result)


def test_a_misspelling_gets_did_you_mean_on_stderr(run: Run) -> None:
    result = run("search", "Shamus")
    assert result.exit_code == 1 and result.stdout == ""
    assert "did you mean 'Schamus'?" in result.stderr


def test_no_hits_in_json_is_an_empty_array(run: Run) -> None:
    result = run("search", "zzqxv", "--format", "json")
    assert result.exit_code == 1 and json.loads(result.stdout) == []


def test_nothing_to_search_exits_2(run: Run) -> None:
    result = run("search", "*** ---")
    assert result.exit_code == 2
    assert "nothing to search for" in one_line_error(result)


def test_a_limit_beyond_sqlites_integers_is_a_bad_argument_not_a_traceback(run: Run) -> None:
    """-n 99999999999999999999 passed ``IntRange(min=1)`` and raised OverflowError binding it;
    it is refused as -n 0 is (click's usage error, exit 2), and the largest limit works."""
    refused = run("search", "-n", "99999999999999999999", "chayo")
    assert refused.exit_code == 2 and refused.exception is not None
    assert isinstance(refused.exception, SystemExit) and "Traceback" not in refused.stderr
    assert "99999999999999999999 is not in the range" in refused.stderr
    largest = run("search", "-n", str(2**63 - 1), "chayo", "--format", "json")
    assert largest.exit_code == 0, largest.stderr
    assert json.loads(largest.stdout)


def test_a_long_query_is_quoted_cut_short(run: Run) -> None:
    """The whole query was echoed back: a 10,000-character paste made a 10,000-character
    line. It is quoted on one line, cut short with "…"."""
    missing = one_line_error(run("search", "zqx" * 3500))
    assert missing == f"somos-archive: no matches for '{('zqx' * 13)[:39]}…'"
    empty = run("search", "*" * 10_000)
    assert empty.exit_code == 2
    assert one_line_error(empty) == ("somos-archive: nothing to search for in "
                                     f"'{'*' * 39}…': type a word")


def test_notice_goes_to_stderr(run: Run) -> None:
    result = run("search", '"Benjamín')
    assert result.exit_code == 0
    assert "unmatched quote" in result.stderr
    assert "unmatched" not in result.stdout


def test_the_table_options_help_names_every_searchable_table_and_no_other(
        archive_path: Path) -> None:
    """Its help listed ten tables by hand, not the organisations, places, events, works,
    awards and disagreements added since, and its choices offered claims, which the index
    leaves out."""
    result = CliRunner().invoke(main, ["search", "--help"])
    assert result.exit_code == 0
    option = result.stdout[result.stdout.index("--table"):result.stdout.index("--limit")]
    named = [name for name in TABLE_SPECS if re.search(rf"\b{name}\b", option)]
    assert named == tables_searched(archive_path)


def test_a_table_the_search_index_leaves_out_is_refused_in_one_line(
        run: Run, archive_path: Path) -> None:
    """Searched, it gave "no matches", as if the words were in none of its records."""
    searchable = tables_searched(archive_path)
    left_out = [name for name in TABLE_SPECS if name not in searchable]
    assert "claims" in left_out  # the search repeats what facts, episodes and works say
    for table in left_out:
        result = run("search", "Benjamín", "--table", table)
        assert result.exit_code == 1 and result.stdout == ""
        assert one_line_error(result) == (
            f"somos-archive: table {table!r} is not searchable; the searchable tables are "
            + ", ".join(searchable))


def test_unknown_table_fails_in_one_line_offering_the_searchable_ones(
        run: Run, archive_path: Path) -> None:
    result = run("search", "Benjamín", "--table", "villains")
    assert result.exit_code == 1 and result.stdout == ""
    assert one_line_error(result) == (
        "somos-archive: unknown table 'villains'; choose one of "
        + ", ".join([*tables_searched(archive_path), "all"]))


def test_snippets_use_ansi_bold_on_a_terminal() -> None:
    snippet = "Jero &amp; <b>Benjamín</b>\nnext"
    assert _plain_snippet(snippet, bold=True) == "Jero & \x1b[1mBenjamín\x1b[0m next"
    assert _plain_snippet(snippet, bold=False) == "Jero & [Benjamín] next"


def test_search_in_a_real_process_prints_json(archive_path: Path) -> None:
    done = run_process("search", "Benjamín", "--format", "json", "--archive", str(archive_path))
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert hits[0] == {**hits[0], "table": "characters", "title": "Benjamín"}
    assert set(hits[0]) == {"table", "id", "title", "snippet", "source", "rank", "inferred",
                            "inferred_roles"}


def test_the_search_command_loads_none_of_the_extractors(archive_path: Path) -> None:
    """``somos-archive search`` loaded the extractors' modules (and compiled their patterns)
    for the role words a question may use, which now live in viewer.archive.roles. A fresh
    interpreter, so that what other tests imported does not count."""
    code = textwrap.dedent(f"""
        import sys
        from viewer.cli import main
        main(["search", "who wrote the screenplay", "--format", "json",
              "--archive", {str(archive_path)!r}], standalone_mode=False)
        print(sorted(m for m in sys.modules if m.startswith("viewer.archive.extract")))
    """)
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    hits, _sep, loaded = done.stdout.rstrip().rpartition("\n")
    assert json.loads(hits) and loaded == "[]"
