"""Shared real builds: building the site runs the real gate (spaCy and Presidio), so a module
that only reads the output builds once and every test reads that one output."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.site_config.sample import review_yml, write_project, write_review

BuildFn = Callable[[Path], None]


def run_build(config_path: Path, **overrides: Any) -> None:
    """A real `mkdocs build` of `config_path` (the same call the CLI makes, minus the CLI)."""
    build(load_config(str(config_path), **overrides))


@pytest.fixture
def mkdocs_build() -> BuildFn:
    return run_build


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One real build shared by every module that only reads its output: three published
    reviews (Alma, Bea, Cleo), one withdrawn (Dana), one past its retention date (Fern), one
    pended (Edie), private notes in several shapes, and a stale site/ from an earlier build.
    Returns the project folder (its `site/` is the checked, published build)."""
    root = tmp_path_factory.mktemp("site")
    config = write_project(root)
    content = root / "content"
    write_review(
        content,
        "dana-2020",
        review_yml(
            "Dana",
            "2020/a",
            status="withdrawn",
            withdrawn_reason="The family asked the partnership to take the review down.",
            themes=["record-keeping"],
        ),
        documents=(),  # a withdrawn review keeps no text in content/
    )
    write_review(
        content,
        "fern-2019",
        review_yml(
            "Fern",
            "2019/a",
            month_of_death="2017-09",
            dates={
                "commissioned": "2018-01-10",
                "qa_approved": "2019-03-01",
                "published": "2019-06-03",
            },
            retained_until="2021-12-31",
            themes=["record-keeping"],
        ),
    )
    write_review(
        content,
        "edie-2024",
        review_yml("Edie", "2024/b", status="pended", dates={"commissioned": "2024-01-08"}),
        documents=(),
    )
    alma = content / "reviews" / "alma-2022"
    (alma / "chair-notes.private.yml").write_text("note: for the panel only\n", "utf-8")
    (alma / "private").mkdir()
    (alma / "private" / "draft.md").write_text("# Draft\n\nNot for publication.\n", "utf-8")
    (content / "contacts.private.md").write_text("# Contacts\n\nFor the panel only.\n", "utf-8")
    stale = root / "site"
    stale.mkdir()
    (stale / "stale.html").write_text("from an earlier build", "utf-8")
    run_build(config)
    return root
