"""What every `redact` sub-command shares: the policy, reveal and cache options, and opening
the gate with the site policy (a bad policy stops the command with exit 2 and one line)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from redact.gate import Gate

EXIT_OK, EXIT_BLOCKED, EXIT_ERROR = 0, 1, 2

policy_option = click.option(
    "--policy",
    "policy_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Site policy file (default: site_config/policy.yml of this project).",
)
reveal_option = click.option(
    "--reveal", is_flag=True, help="Show found text in full (never do this in shared logs)."
)
no_cache_option = click.option(
    "--no-cache", is_flag=True, help="Check everything again, ignoring earlier results."
)


def fail(message: str) -> click.exceptions.Exit:
    """Say what went wrong on stderr; the caller raises the returned exit (status 2)."""
    click.echo(f"error: {message}", file=sys.stderr)
    return click.exceptions.Exit(EXIT_ERROR)


def open_gate(policy_path: Path | None, no_cache: bool) -> Gate:
    """The gate with the site policy; an unreadable or invalid policy is exit 2."""
    from redact.gate import load_gate
    from redact.policy import PolicyError

    try:
        return load_gate(policy_path, use_cache=not no_cache)
    except PolicyError as error:
        raise fail(str(error)) from None
