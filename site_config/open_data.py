"""The open data of the library: `reviews.json`, `reviews.csv` and the Atom feed `feed.xml`.

Researchers asked the Home Office library for a data download and alerts; these are them.
They hold only what the review pages already show (the metadata card), never report text.
All three are written into the build folder before the output gate runs, so the gate reads
them like every other built file.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from feedgen.feed import FeedGenerator

from redact.review import Status
from site_config.library import Library, Review
from site_config.pages import (
    _CATEGORY_NAMES as CATEGORY_NAMES,
)
from site_config.pages import SiteText, review_uri, status_text

JSON_NAME = "reviews.json"
CSV_NAME = "reviews.csv"
FEED_NAME = "feed.xml"
FEED_ENTRIES = 50  # the newest reviews; readers subscribe for what is new, not the archive

# The columns of reviews.csv, and the keys of each object in reviews.json, in this order.
COLUMNS = (
    "url",
    "title",
    "label",
    "reference",
    "csp",
    "region",
    "police_force_area",
    "month_of_death",
    "published",
    "status",
    "status_text",
    "case_category",
    "case_category_text",
    "victim_age_band",
    "themes",
    "theme_titles",
)
LIST_COLUMNS = {"themes", "theme_titles"}  # lists in JSON; joined with "; " in the CSV
LIST_SEPARATOR = "; "


def review_url(review: Review) -> str:
    """Site-relative URL of a review's page (the same for its text and, later, its record)."""
    return review_uri(review).removesuffix("index.md")


def status(review: Review, today: date) -> str:
    """`published`, `withdrawn` or `removed` (past its retention date: a record only)."""
    if review.metadata.status is Status.WITHDRAWN:
        return "withdrawn"
    if review.is_record:
        return "removed"
    return "published"


def record(review: Review, library: Library, today: date) -> dict[str, str | list[str]]:
    metadata = review.metadata
    published = metadata.dates.published
    return {
        "url": review_url(review),
        "title": metadata.library_title(),
        "label": metadata.label.value,
        "reference": metadata.reference,
        "csp": metadata.csp,
        "region": metadata.region,
        "police_force_area": metadata.police_force_area,
        "month_of_death": metadata.month_of_death,
        "published": published.isoformat() if published is not None else "",
        "status": status(review, today),
        "status_text": status_text(review, today),
        "case_category": metadata.case_category.value,
        "case_category_text": CATEGORY_NAMES[metadata.case_category],
        "victim_age_band": metadata.victim.age_band.value,
        "themes": list(metadata.themes),
        "theme_titles": [library.themes[slug].title for slug in metadata.themes],
    }


def records(library: Library, today: date) -> list[dict[str, str | list[str]]]:
    """Every review on the site (records included), newest published first."""
    return [record(review, library, today) for review in library.reviews]


def json_text(rows: list[dict[str, str | list[str]]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def csv_text(rows: list[dict[str, str | list[str]]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                key: LIST_SEPARATOR.join(value) if isinstance(value, list) else value
                for key, value in row.items()
            }
        )
    return out.getvalue()


@dataclass(frozen=True)
class FeedSite:
    """Where the feed lives: with `site_url` set in mkdocs.yml links are absolute; without
    it they are relative to the feed's own address (allowed by Atom, read by feed readers)."""

    site_url: str  # "" or "https://example.org/reviews/"
    title: str
    csp_name: str

    def href(self, relative: str) -> str:
        if not self.site_url:
            return relative or "./"
        return self.site_url.rstrip("/") + "/" + relative


def _entry_id(site: FeedSite, review: Review) -> str:
    """A stable id: the same review keeps it across builds and a change of web address."""
    name = f"{site.csp_name}/{review.metadata.reference}/{review.slug}"
    return uuid.uuid5(uuid.NAMESPACE_URL, name).urn


def _moment(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


def feed_xml(library: Library, site: FeedSite, today: date) -> bytes:
    """Atom feed of the newest published reviews (records are not new reviews)."""
    entries = [
        review
        for review in library.latest(FEED_ENTRIES)
        if review.metadata.dates.published is not None
    ]
    feed = FeedGenerator()
    feed.id(uuid.uuid5(uuid.NAMESPACE_URL, f"{site.csp_name}/feed").urn)
    feed.title(site.title)
    feed.author({"name": site.csp_name})
    feed.link(href=site.href(""), rel="alternate")
    feed.link(href=site.href(FEED_NAME), rel="self")
    feed.language("en")
    feed.generator("dhr-site")
    newest = max(
        (review.metadata.dates.published for review in entries if review.metadata.dates.published),
        default=today,
    )
    feed.updated(_moment(newest))
    for review in entries:
        metadata = review.metadata
        published = metadata.dates.published
        assert published is not None  # filtered above
        entry = feed.add_entry(order="append")
        entry.id(_entry_id(site, review))
        entry.title(metadata.library_title())
        entry.link(href=site.href(review_url(review)), rel="alternate")
        entry.published(_moment(published))
        entry.updated(_moment(published))
        themes = ", ".join(library.themes[slug].title for slug in metadata.themes)
        entry.summary(
            f"{CATEGORY_NAMES[metadata.case_category]}. {metadata.csp}, {metadata.region}. "
            f"Learning themes: {themes}."
        )
    data: bytes = feed.atom_str(pretty=True)
    return data


def write_open_data(
    build_dir: Path, library: Library, site_text: SiteText, site_url: str, title: str, today: date
) -> list[Path]:
    """Write reviews.json, reviews.csv and feed.xml into the build folder; return their paths."""
    rows = records(library, today)
    feed_site = FeedSite(site_url=site_url, title=title, csp_name=site_text.csp_name)
    written = {
        JSON_NAME: json_text(rows).encode("utf-8"),
        CSV_NAME: csv_text(rows).encode("utf-8"),
        FEED_NAME: feed_xml(library, feed_site, today),
    }
    paths = []
    for name, data in written.items():
        path = build_dir / name
        path.write_bytes(data)
        paths.append(path)
    return paths
