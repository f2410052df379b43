"""The README is the officer's manual: it must name every command and every option of `check`,
and the two set-up commands, so the documentation cannot silently fall behind the CLI."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from redact.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"redact {command}" in README


@pytest.mark.parametrize(
    "option",
    sorted(
        opt
        for param in cli.commands["check"].params
        if isinstance(param, click.Option)
        for opt in param.opts
        if opt.startswith("--")
    ),
)
def test_every_check_option_is_in_the_readme(option: str) -> None:
    assert option in README


@pytest.mark.parametrize(
    "command", ["make site", "make test", "make check", "make preview", "make bench"]
)
def test_quick_start_commands_are_documented(command: str) -> None:
    assert command in README
