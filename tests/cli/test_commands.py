"""Every command explains itself; the CLI stays free of Qt; build and info keep working."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tests.cli.conftest import Run, one_line_error
from tests.conftest import REPO, installed_tool
from viewer.archive.schema import SCHEMA_VERSION
from viewer.cli import main

COMMANDS = sorted(main.commands)


def test_the_commands_are_there() -> None:
    assert {"build", "info", "export", "search"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_and_option_has_help(name: str) -> None:
    command = main.commands[name]
    assert command.help and command.help.strip(), f"{name} has no help text"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} {param.opts} has no help text"
        else:  # arguments have no help of their own; the command's help must name them
            assert (param.metavar or param.name or "").upper() in command.help, (
                f"{name}'s help does not explain {param.name}")


@pytest.mark.parametrize("name", COMMANDS)
def test_help_runs_for_every_command(name: str) -> None:
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0 and result.stdout.startswith("Usage:")


def test_group_help_lists_every_command() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert all(name in result.stdout for name in COMMANDS)


def test_importing_the_cli_and_export_loads_no_qt() -> None:
    code = ("import sys, viewer.cli, viewer.archive.export; "
            "assert 'PySide6' not in sys.modules, 'PySide6 was imported'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_info_lists_the_tables(run: Run) -> None:
    result = run("info")
    assert result.exit_code == 0
    assert f"Schema version: {SCHEMA_VERSION}" in result.stdout
    assert all(f"  {name}" in result.stdout for name in ("episodes", "cast", "excerpts"))


def test_info_on_a_file_that_is_not_an_archive_fails_in_one_line(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("just some notes\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["info", "--archive", str(bogus)])
    assert result.exit_code == 1 and result.stdout == ""
    assert "not an SQLite database" in one_line_error(result)


def test_info_on_a_missing_file_fails_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["info", "--archive", str(tmp_path / "nope.sqlite")])
    assert result.exit_code == 1
    assert "There is no file" in one_line_error(result)


def test_the_shell_completes_table_names() -> None:
    """click's completion, as the README tells a shell to ask for it."""
    env = {**os.environ, "_SOMOS_ARCHIVE_COMPLETE": "bash_complete",
           "COMP_WORDS": "somos-archive export ca", "COMP_CWORD": "2"}
    exe = installed_tool("somos-archive")
    out = subprocess.run([exe], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["plain,cast"]
