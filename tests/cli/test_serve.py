"""``somos-archive serve``: the archive in the real Datasette, on a loopback port, with its
metadata; and the same file read by sqlite-utils."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from tests.cli.conftest import one_line_error
from tests.conftest import installed_tool
from viewer.archive.datasette import COLUMN_DESCRIPTIONS, TABLE_DESCRIPTIONS, column_description
from viewer.archive.schema import FILTER_INDEXES, SEARCH_FTS, SEARCHABLE, TABLES, VIEWS


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def served(archive_path: Path, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[tuple[str, str]]:
    """(base URL, database name) of ``somos-archive serve`` on the session archive."""
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "datasette.log"
    with log.open("w") as out, subprocess.Popen(
            [installed_tool("somos-archive"), "serve", "--archive", str(archive_path),
             "--port", str(port)], stdout=out, stderr=subprocess.STDOUT) as process:
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"{base}/-/versions.json", timeout=2):
                        break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        pytest.fail(f"datasette did not start: {log.read_text()}")
                    time.sleep(0.2)
            yield base, archive_path.stem
        finally:
            process.terminate()
            process.wait(timeout=10)


def _json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def test_search_works_on_every_searchable_table(served: tuple[str, str]) -> None:
    base, db = served
    everything = _json(f"{base}/{db}/people.json?_shape=array&_size=max")
    found = _json(f"{base}/{db}/people.json?_search=schamus&_shape=array")
    assert found and len(found) < len(everything)
    assert all("Schamus" in row["name"] or "Schamus" in row["variants"] for row in found)
    for table in SEARCHABLE:
        rows = _json(f"{base}/{db}/{table}.json?_search=somos&_shape=array&_size=5")
        assert isinstance(rows, list), table  # searched, not refused or ignored


def test_search_finds_claims_in_their_own_index(served: tuple[str, str],
                                               archive_path: Path) -> None:
    """The search index leaves claims out, and their ``search_id`` (empty on every row) made
    ``?_search=`` on claims find nothing: it reads their own index, accent-blind."""
    base, db = served
    tables = _json(f"{base}/-/metadata.json")["databases"][db]["tables"]
    assert tables["claims"]["fts_table"] == FILTER_INDEXES["claims"].fts
    every = _json(f"{base}/{db}/claims.json?_shape=array&_size=max")
    # His name in the value, the words stated or the subject (his role, schema 8).
    expected = {c["id"] for c in every
                if "Álvaro" in c["value"] + c["stated"] + c["subject"]}
    assert 0 < len(expected) < len(every)
    found = _json(f"{base}/{db}/claims.json?_search=alvaro&_shape=array&_size=max")
    assert {r["id"] for r in found} == expected
    assert _json(f"{base}/{db}/claims.json?_search=zzqqxxyy&_shape=array") == []


def test_a_search_with_no_match_returns_no_rows_not_all_rows(served: tuple[str, str]) -> None:
    base, db = served
    assert _json(f"{base}/{db}/credits.json?_search=zzqqxxyy&_shape=array") == []


def test_the_metadata_describes_tables_and_columns(served: tuple[str, str]) -> None:
    base, db = served
    tables = _json(f"{base}/-/metadata.json")["databases"][db]["tables"]
    assert tables["credits"]["description"] == TABLE_DESCRIPTIONS["credits"]
    assert tables["people"]["fts_table"] == SEARCH_FTS
    assert tables["credits"]["facets"] == ["category", "role"]
    facets = _json(f"{base}/{db}/credits.json?_size=0")["facet_results"]
    assert {"category", "role"} <= set(facets)
    assert {v["value"] for v in facets["category"]["results"]} == {"cast", "crew"}


def test_the_views_spell_out_credits_facts_and_disagreements(served: tuple[str, str]) -> None:
    base, db = served
    credits = _json(f"{base}/{db}/credits_named.json?_shape=array&category=cast")
    jero = next(r for r in credits if r["person_name"] == "Jero Medina")
    assert jero["character_name"] == "Benjamín"
    facts = _json(f"{base}/{db}/facts_sourced.json?_shape=array&_size=3")
    assert all(r["source_file"].endswith(".txt") and r["source_title"] for r in facts)
    values = _json(f"{base}/{db}/disagreement_values.json?_shape=array")
    assert values and all(r["value"] and json.loads(r["spans"]) for r in values)


def test_every_column_of_every_table_and_view_is_described() -> None:
    named = {**{t: list(c) for t, c in TABLES.items()},
             **{v: list(c) for v, (c, _s) in VIEWS.items()}}
    assert set(TABLE_DESCRIPTIONS) == set(named)
    missing = [f"{t}.{c}" for t, cols in named.items() for c in cols
               if not column_description(t, c)]
    assert missing == []
    assert set(COLUMN_DESCRIPTIONS) <= set(named)


def test_sqlite_utils_reads_the_foreign_keys_and_search(archive_path: Path) -> None:
    db = sqlite_utils.Database(archive_path)
    keys = {(fk.column, fk.other_table) for fk in db["search_index"].foreign_keys}
    assert ("source_id", "sources") in keys
    assert db["search_index"].detect_fts() == SEARCH_FTS
    assert list(db["search_index"].search("benjamin", columns=["record_table", "title"]))
    assert set(VIEWS) <= set(db.view_names())


def test_serve_without_datasette_says_how_to_install_it(archive_path: Path,
                                                        tmp_path: Path) -> None:
    """A datasette that cannot be imported (an empty package shadowing it, raising as a
    missing one would): one line saying what to install."""
    shadow = tmp_path / "datasette"
    shadow.mkdir()
    (shadow / "__init__.py").write_text("raise ImportError('No module named datasette')\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "viewer.cli", "serve", "--archive",
                             str(archive_path)], env=env, capture_output=True, text=True,
                            timeout=60, cwd=Path(__file__).parents[2])
    assert result.returncode != 0
    assert "pip install 'somos-archive[web]'" in one_line_error(result)


def _serve(archive_path: Path, *args: str, **streams: Any) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "viewer.cli", "serve", "--archive",
                             str(archive_path), *args], cwd=Path(__file__).parents[2],
                            text=True, encoding="utf-8", **streams)


def test_port_0_prints_the_port_it_got_and_serves_there(archive_path: Path) -> None:
    """``-p 0`` printed "on http://127.0.0.1:0/"; the address printed is the one the socket
    got, printed once it listens, so it answers at once."""
    with _serve(archive_path, "-p", "0", stderr=subprocess.PIPE) as process:
        try:
            assert process.stderr is not None
            line = process.stderr.readline()
            found = re.search(r"on (http://127\.0\.0\.1:(\d+)/) \(", line)
            assert found and found[2] != "0", line
            versions = _json(f"{found[1]}-/versions.json")
            assert "datasette" in versions
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_a_port_in_use_is_one_line_saying_to_choose_another(archive_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with _serve(archive_path, "--port", str(port), stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE) as process:
            stdout, stderr = process.communicate(timeout=60)
    result = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
    assert result.returncode == 1
    assert one_line_error(result) == (f"somos-archive: port {port} is in use on 127.0.0.1: "
                                      "choose another with --port (0: any free one)")


@pytest.mark.parametrize("host", ["999.1.1.1", "192.0.2.1"])  # no such address; not ours
def test_an_address_not_of_this_machine_is_one_line(archive_path: Path, host: str) -> None:
    with _serve(archive_path, "--host", host, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE) as process:
        stdout, stderr = process.communicate(timeout=60)
    result = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
    assert result.returncode == 1 and "Serving" not in stderr
    assert one_line_error(result) == (
        f"somos-archive: cannot serve on '{host}': it is not a name or an address of this "
        "machine; choose another with --host (127.0.0.1 is this machine only)")


def test_record_table_columns_name_real_tables(archive_path: Path) -> None:
    """A stranger can join on them: credits, not cast or crew (the viewer's tab is ``tab``)."""
    db = sqlite_utils.Database(archive_path)
    for table in ("search_index", "provenance"):
        named = {row["record_table"] for row in db.query(
            f"SELECT DISTINCT record_table FROM {table}")}
        assert named and named <= set(TABLES), (table, named - set(TABLES))
    tabs = {row["tab"] for row in db.query("SELECT DISTINCT tab FROM search_index")}
    assert {"cast", "crew"} <= tabs


def test_an_address_family_this_machine_lacks_is_one_line(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """``--host ::1`` on a machine without IPv6: making the socket raised EAFNOSUPPORT outside
    the try, and the command printed a traceback. (Not every machine lacks IPv6, so the
    socket's refusal is made here.)"""
    import errno

    from viewer import cli

    def refused(*args: object, **kwargs: object) -> socket.socket:
        raise OSError(errno.EAFNOSUPPORT, os.strerror(errno.EAFNOSUPPORT))

    monkeypatch.setattr(cli.socket, "socket", refused)
    with pytest.raises(SystemExit) as ended:
        cli._listening_socket("::1", 0)
    monkeypatch.undo()
    assert ended.value.code == 1
    said = capsys.readouterr().err
    assert said == ("somos-archive: cannot serve on '::1': it is not a name or an address of "
                    "this machine; choose another with --host (127.0.0.1 is this machine "
                    "only)\n")
