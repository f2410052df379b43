"""Shared real builds: building the site runs the real gate (spaCy and Presidio), so a module
that only reads the output builds once and every test reads that one output."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

BuildFn = Callable[[Path], None]


def run_build(config_path: Path, **overrides: Any) -> None:
    """A real `mkdocs build` of `config_path` (the same call the CLI makes, minus the CLI)."""
    build(load_config(str(config_path), **overrides))


@pytest.fixture
def mkdocs_build() -> BuildFn:
    return run_build
