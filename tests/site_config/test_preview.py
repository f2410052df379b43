"""Preview mode of the dhr-site plugin without a browser: the highlighter, the refusal to
publish preview output, the refusal to run preview mode outside `mkdocs serve`, and the gate's
cache doing the work of an incremental rescan. Real builds, real gate."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from redact.findings import Severity
from site_config.preview import (
    BANNER_WORDS,
    ENV_VARIABLE,
    PreviewState,
    highlight,
    preview_markers,
)
from tests.site_config.conftest import run_build
from tests.site_config.sample import REPO, tree_snapshot, write_project

PERSON = ("PERSON", Severity.BLOCK)


@pytest.mark.parametrize(
    ("markup", "marked"),
    [
        ("<p>Jane Smith called.</p>", 1),  # text
        ("<h2 id='jane-smith'>Jane Smith</h2>", 1),  # heading text, not its id
        ('<a href="/jane-smith/" title="Jane Smith">link</a>', 0),  # attributes are not text
        ("<!-- Jane Smith --><p>x</p>", 0),  # comments do not render (the panel lists them)
        ("<script>var n = 'Jane Smith';</script>", 0),  # scripts do not render
        ("<p>Jane Smithson</p>", 0),  # whole words only
        ("<td>Jane Smith</td><td>Jane Smith</td>", 2),  # every occurrence
    ],
)
def test_highlight_marks_rendered_text_only(markup: str, marked: int) -> None:
    result, found = highlight(markup, {"Jane Smith": PERSON})
    assert result.count('<mark class="redact-finding"') == marked
    assert (found == {"Jane Smith"}) is (marked > 0)
    assert result.count("Jane Smith") == markup.count("Jane Smith")  # wrapped, never altered


def test_a_mark_says_what_it_is_to_screen_readers() -> None:
    result, _ = highlight("<p>Jane</p>", {"Jane": PERSON})
    assert 'data-entity="PERSON"' in result
    assert 'data-severity="block"' in result
    assert 'title="PERSON (blocks publication)"' in result
    assert '<span class="visually-hidden"> (PERSON, blocks publication)</span></mark>' in result


@pytest.mark.parametrize(
    "content",
    [
        '<p><mark class="redact-finding">x</mark></p>',  # a pasted preview mark
        f"<p>{BANNER_WORDS}</p>",  # the banner's words
    ],
)
def test_preview_markers_are_found_in_any_output_file(tmp_path: Path, content: str) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(content, "utf-8")
    (tmp_path / "clean.html").write_text("<p>nothing here</p>", "utf-8")
    problems = preview_markers(tmp_path)
    assert len(problems) == 1 and "a/index.html" in problems[0]


@pytest.mark.slow
def test_make_site_refuses_output_with_preview_markers(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from mkdocs.exceptions import Abort

    config = write_project(tmp_path, reviews=1)
    (tmp_path / "content" / "about.md").write_text(
        '# About\n\n<p><mark class="redact-finding">an example</mark></p>\n', "utf-8"
    )
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>last week's site</p>", "utf-8")
    before = tree_snapshot(site)
    caplog.clear()
    with pytest.raises(Abort):
        run_build(config)
    message = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)
    assert "preview output" in message and "redact-finding" in message
    assert tree_snapshot(site) == before


def test_preview_mode_refuses_mkdocs_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mkdocs.exceptions import Abort

    config = write_project(tmp_path, reviews=1)
    monkeypatch.setenv(ENV_VARIABLE, "1")
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        run_build(config)
    assert "preview mode" in caplog.text
    assert not (tmp_path / "site").exists()


@pytest.mark.slow
def test_a_rescan_after_an_edit_checks_only_what_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gate's cache is keyed by content: editing one review re-analyses that review only."""
    monkeypatch.setenv("REDACT_CACHE_DIR", str(tmp_path / "cache"))
    write_project(tmp_path, reviews=3)
    content = tmp_path / "content"
    state = PreviewState(content)
    policy = REPO / "site_config" / "policy.yml"

    state.scan(policy)
    assert (state.checked, state.from_cache) == (4, 0)  # three reviews and the home page

    report = content / "reviews" / "bea-2023" / "overview-report.md"
    report.write_text(report.read_text("utf-8") + "\nBea's neighbour, Perpetua Hollingbrook.\n")
    state.scan(policy)
    assert (state.checked, state.from_cache) == (4, 3)  # only bea-2023 analysed again
    assert any(f.text == "Perpetua Hollingbrook" for f in state.findings)
