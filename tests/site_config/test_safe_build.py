"""`mkdocs build` never leaves a half-written or unchecked site/: a failed build leaves the
previous site/ byte for byte, a passing build replaces it whole, no temporary folder remains."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from site_config.safe_build import SafeBuild
from tests.site_config.conftest import run_build
from tests.site_config.sample import review_yml, tree_snapshot, write_project, write_review


def _failed_build(config: Path, caplog: pytest.LogCaptureFixture, **overrides: object) -> str:
    """Run a build that must fail; return the error MkDocs logged (it raises Abort after)."""
    caplog.clear()
    with pytest.raises(Abort):  # (caplog.at_level would silence MkDocs' own warnings)
        run_build(config, **overrides)
    return "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)


def _leftovers(root: Path) -> list[str]:
    return sorted(
        p.name for p in root.iterdir() if p.name.startswith((".site-build-", ".site-old-"))
    )


def _previous_site(root: Path) -> dict[str, bytes]:
    site = root / "site"
    (site / "reviews").mkdir(parents=True)
    (site / "index.html").write_text("<p>the site as published last week</p>", "utf-8")
    (site / "reviews" / "old.html").write_bytes(b"\x00\x01 exact bytes")
    return tree_snapshot(site)


def _set_plugin_option(config_path: Path, key: str, value: object) -> None:
    config = yaml.safe_load(config_path.read_text("utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "dhr-site" in plugin:
            plugin["dhr-site"][key] = value
    config_path.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")


# --- failures: site/ stays exactly as it was ----------------------------------------------


def test_unknown_theme_stops_the_build_and_keeps_the_previous_site(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = write_project(tmp_path)
    write_review(
        tmp_path / "content", "zoe-2024", review_yml("Zoe", "2024/z", themes=["astrology"])
    )
    before = _previous_site(tmp_path)

    message = _failed_build(config, caplog)

    assert "zoe-2024/review.yml" in message  # names the file
    assert "'astrology' is not a known learning theme" in message  # and the problem
    assert tree_snapshot(tmp_path / "site") == before
    assert _leftovers(tmp_path) == []


def test_several_broken_reviews_are_reported_together(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = write_project(tmp_path)
    write_review(
        tmp_path / "content", "zoe-2024", review_yml("Zoe", "2024/z", themes=["astrology"])
    )
    write_review(
        tmp_path / "content", "yan-2024", review_yml("Yan", "2024/y", month_of_death="2022")
    )
    message = _failed_build(config, caplog)
    assert "zoe-2024" in message and "yan-2024" in message


def test_first_build_that_fails_creates_no_site(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = write_project(tmp_path)
    write_review(
        tmp_path / "content", "zoe-2024", review_yml("Zoe", "2024/z", themes=["astrology"])
    )
    _failed_build(config, caplog)
    assert not (tmp_path / "site").exists()
    assert _leftovers(tmp_path) == []


@pytest.mark.slow
def test_a_gate_finding_blocks_the_build_masked_and_keeps_the_previous_site(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pytest.importorskip("redact.gate")
    config = write_project(tmp_path)
    report = tmp_path / "content" / "reviews" / "bea-2023" / "overview-report.md"
    report.write_text(
        "# Overview report\n\nBea's sister called her on 07700 900461 that evening.\n", "utf-8"
    )
    before = _previous_site(tmp_path)

    message = _failed_build(config, caplog)

    assert "Publication blocked" in message
    assert "overview-report.md" in message
    assert "07700 900461" not in message  # never print a found identifier
    assert tree_snapshot(tmp_path / "site") == before
    assert _leftovers(tmp_path) == []


@pytest.mark.slow
def test_strict_mode_warnings_stop_the_swap(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """MkDocs checks strict-mode warnings only after on_post_build; the swap must not happen."""
    pytest.importorskip("redact.gate")
    config = write_project(tmp_path)
    report = tmp_path / "content" / "reviews" / "bea-2023" / "overview-report.md"
    report.write_text("# Overview report\n\nSee [the appendix](appendix.md).\n", "utf-8")
    before = _previous_site(tmp_path)
    message = _failed_build(config, caplog, strict=True)
    assert "strict mode" in message
    assert tree_snapshot(tmp_path / "site") == before
    assert _leftovers(tmp_path) == []


# --- no off switch --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("gate", False),  # the gate has no off switch
        ("enabled", False),  # nor has the plugin (MkDocs' generic `enabled` option)
        ("gate", "no"),
    ],
)
def test_the_gate_cannot_be_switched_off(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, key: str, value: object
) -> None:
    config = write_project(tmp_path)
    _set_plugin_option(config, key, value)
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        load_config(str(config))
    assert "cannot be switched off" in caplog.text


def test_serve_builds_in_place_without_a_build_folder(tmp_path: Path) -> None:
    """`mkdocs serve` builds into its own temporary folder; no swap beside it."""
    config = load_config(str(write_project(tmp_path)))
    plugin = config.plugins["dhr-site"]
    plugin.on_startup(command="serve", dirty=False)
    site_dir = config.site_dir
    plugin.on_config(config)
    assert config.site_dir == site_dir
    assert _leftovers(tmp_path) == []


def test_build_points_mkdocs_at_a_sibling_build_folder(tmp_path: Path) -> None:
    config = load_config(str(write_project(tmp_path)))
    plugin = config.plugins["dhr-site"]
    plugin.on_startup(command="build", dirty=False)
    plugin.on_config(config)
    build_dir = Path(config.site_dir)
    assert build_dir.parent == tmp_path and build_dir.name.startswith(".site-build-")
    plugin.on_build_error(error=RuntimeError("stopped"))
    assert not build_dir.exists()
    assert config.site_dir == str(tmp_path / "site")


# --- SafeBuild itself -----------------------------------------------------------------------


@pytest.mark.parametrize("site_exists", [True, False], ids=["replace", "first-publication"])
def test_publish_swaps_the_whole_folder(tmp_path: Path, site_exists: bool) -> None:
    site = tmp_path / "site"
    if site_exists:
        site.mkdir()
        (site / "old.html").write_text("old", "utf-8")
    safe = SafeBuild(site)
    build_dir = safe.start()
    (build_dir / "index.html").write_text("new", "utf-8")
    safe.publish()
    assert tree_snapshot(site) == {"index.html": b"new"}
    assert _leftovers(tmp_path) == []


def test_discard_leaves_site_untouched(tmp_path: Path) -> None:
    before = _previous_site(tmp_path)
    safe = SafeBuild(tmp_path / "site")
    (safe.start() / "index.html").write_text("half written", "utf-8")
    safe.discard()
    assert tree_snapshot(tmp_path / "site") == before
    assert _leftovers(tmp_path) == []


def test_build_folder_is_readable_by_a_web_server(tmp_path: Path) -> None:
    """mkdtemp would make it 0700; after the swap it is the published site/."""
    safe = SafeBuild(tmp_path / "site")
    mode = safe.start().stat().st_mode & 0o777
    safe.discard()
    assert mode & 0o055 == (0o755 & ~_umask()) & 0o055


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@pytest.mark.parametrize(
    ("name", "age_seconds", "removed"),
    [
        (".site-build-0123", 2 * 3600, True),  # a build killed two hours ago
        (".site-old-4567", 2 * 3600, True),  # an interrupted swap
        (".site-build-89ab", 60, False),  # may be another build running right now
        ("site", 2 * 3600, False),  # the published site is never touched
        ("site-build-notes", 2 * 3600, False),  # only our own hidden prefixes
    ],
)
def test_abandoned_build_folders_are_removed_by_the_next_build(
    tmp_path: Path, name: str, age_seconds: int, removed: bool
) -> None:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "index.html").write_text("x", "utf-8")
    old = time.time() - age_seconds
    os.utime(folder, (old, old))
    safe = SafeBuild(tmp_path / "site")
    safe.start()
    safe.discard()
    assert folder.exists() is not removed
