"""The direction of imports is a design rule, so it is tested: site_config -> redact ->
presidio / spaCy / markdown-it-py, never back. `redact` works on any Markdown folder without
MkDocs (reviewers check drafts outside the site), and only `redact.engine` builds Presidio's
analyzer and loads spaCy."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules_of(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("path", modules_of("redact"), ids=lambda p: str(p.relative_to(ROOT)))
def test_redact_never_imports_mkdocs_or_the_site(path: Path) -> None:
    forbidden = {"mkdocs", "material", "site_config"}
    assert not {name.split(".")[0] for name in imported_modules(path)} & forbidden


@pytest.mark.parametrize("path", modules_of("site_config"), ids=lambda p: str(p.relative_to(ROOT)))
def test_site_config_reaches_presidio_and_spacy_only_through_redact(path: Path) -> None:
    forbidden = {"presidio_analyzer", "presidio_anonymizer", "spacy"}
    assert not {name.split(".")[0] for name in imported_modules(path)} & forbidden


def test_only_the_engine_builds_the_analyzer() -> None:
    builders = [
        path.relative_to(ROOT).as_posix()
        for path in modules_of("redact")
        if "AnalyzerEngine(" in path.read_text(encoding="utf-8")
    ]
    # The benchmark builds Presidio's *default* analyzer on purpose, to compare against it.
    assert set(builders) <= {"redact/engine.py", "redact/bench.py"}
