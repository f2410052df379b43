"""A tiny invented site for build tests: the repository's mkdocs.yml, policy and themes, with
fixture reviews written into a temporary project folder (never the repository's content/ or
site/). Every person, place and date here is invented.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]

INTRO = """# Northshire reviews

The Northshire Community Safety Partnership publishes its reviews here so that the lessons in
them are easy to find.
"""

SUMMARY = """# Executive summary

{name} was a woman in her thirties. This summary explains what the review found.

## Key findings

Agencies knew about the abuse but did not share what they knew.
"""

REPORT = """# Overview report

## Introduction

This report describes how agencies responded to {name} before her death.
"""

PLAN = """# Action plan

| Recommendation | Lead agency |
| --- | --- |
| Share risk information at MARAC | Northshire Police |
"""


def review_yml(name: str, reference: str, **overrides: Any) -> dict[str, Any]:
    """A valid review.yml (as a dict) for an invented review; `overrides` replace fields."""
    data: dict[str, Any] = {
        "label": "DHR",
        "reference": reference,
        # refers_to before name: see the report (the gate read "<name>\n  refers_to" as one name)
        "pseudonyms": [{"refers_to": "victim", "name": name}],
        "independent_chair": "Rowan Fairweather",
        "author": "Rowan Fairweather",
        "csp": "Northshire Community Safety Partnership",
        "region": "North West",
        "police_force_area": "Northshire Police",
        "month_of_death": "2021-05",
        "dates": {
            "commissioned": "2021-08-01",
            "qa_approved": "2022-10-03",
            "published": "2023-01-16",
        },
        "status": "published",
        "case_category": "intimate-partner-homicide",
        "victim": {"age_band": "35-44", "sex": "female"},
        "agencies": ["Northshire Police", "Northshire NHS Foundation Trust"],
        "marac": True,
        "children_affected": False,
        "themes": ["coercive-control"],
        "fictional": True,
    }
    data.update(overrides)
    return data


def write_review(
    content: Path,
    slug: str,
    metadata: dict[str, Any],
    documents: tuple[str, ...] = ("executive-summary.md", "overview-report.md", "action-plan.md"),
) -> Path:
    folder = content / "reviews" / slug
    folder.mkdir(parents=True)
    (folder / "review.yml").write_text(yaml.safe_dump(metadata, sort_keys=False), "utf-8")
    name = metadata["pseudonyms"][0]["name"]
    texts = {"executive-summary.md": SUMMARY, "overview-report.md": REPORT, "action-plan.md": PLAN}
    for document in documents:
        (folder / document).write_text(texts[document].format(name=name), "utf-8")
    return folder


def write_project(root: Path, *, reviews: int = 3) -> Path:
    """A project folder with mkdocs.yml and an invented content/ tree; returns mkdocs.yml.

    The first three reviews are fixed (see below); more are added with generated names so a
    test can compare a small and a larger library.
    """
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text("utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "dhr-site" in plugin:
            options = plugin["dhr-site"]
            options["policy"] = str(REPO / "site_config" / "policy.yml")
            options["themes"] = str(REPO / "site_config" / "themes.yml")
    config["theme"]["custom_dir"] = str(REPO / "site_config" / "overrides")
    config_path = root / "mkdocs.yml"
    config_path.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")

    content = root / "content"
    content.mkdir()
    (content / "index.md").write_text(INTRO, "utf-8")
    fixed = [
        # (slug, pseudonym, reference, published, themes)
        ("alma-2022", "Alma", "2022/a", "2022-06-20", ["coercive-control", "stalking"]),
        ("bea-2023", "Bea", "2023/a", "2023-03-13", ["risk-assessment", "coercive-control"]),
        ("cleo-2024", "Cleo", "2024/a", "2024-02-12", ["separation"]),
    ]
    for slug, name, reference, published, themes in fixed[:reviews]:
        dates = {"commissioned": "2021-08-01", "qa_approved": "2022-01-10", "published": published}
        write_review(content, slug, review_yml(name, reference, dates=dates, themes=themes))
    letters = "bcdefghijklmnopqrstuvwxyz"
    for index in range(3, reviews):
        name = "Review" + letters[index % 25] + letters[(index // 25) % 25]
        reference = f"20{10 + index // 25}/{letters[index % 25]}"
        write_review(content, f"review-{index}", review_yml(name, reference))
    return config_path


def tree_snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes, to compare a tree before and after."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def pagefind_fragments(site: Path) -> list[dict[str, Any]]:
    """Every page record of a built Pagefind index (gzip JSON after a `pagefind_dcd` tag)."""
    records = []
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        raw = gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd")
        records.append(json.loads(raw))
    return records
