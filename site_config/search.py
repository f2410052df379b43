"""Full-text search with Pagefind: what is indexed, with which filters, and the index build.

Pagefind indexes only elements marked `data-pagefind-body`, so only the text of the reviews is
searchable (never the navigation, the listings, the content note or the metadata card). Its
index is split into small chunks, so a first search fetches a few hundred kilobytes however
large the library grows (Material's own search plugin wrote one index file that every reader
downloads whole: 216 MB at 1,500 reviews).

The index is written into the build folder before the output gate runs, so the gate reads
every fragment, filter and index chunk like any other built file.
"""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

from redact.themes import Theme
from site_config.library import Review
from site_config.pages import _CATEGORY_NAMES as CATEGORY_NAMES
from site_config.pages import SiteText, _text, published_year

BUNDLE = "pagefind"  # the folder Pagefind writes into the site
# Pagefind on a large library: a hard limit, so a stuck indexer blocks rather than hangs a build.
TIMEOUT_SECONDS = 3600

FILTER_THEME = "Learning theme"
FILTER_YEAR = "Year published"
FILTER_CSP = "Partnership"
FILTER_REGION = "Region"
FILTER_CATEGORY = "Case category"
FILTER_AGE = "Victim's age band"


class SearchIndexError(Exception):
    """Pagefind could not index the site. The message says what to do."""


def filters(review: Review, themes: dict[str, Theme]) -> dict[str, list[str]]:
    """The facets a reader can narrow a search by, from the review's metadata."""
    metadata = review.metadata
    values: dict[str, list[str]] = {
        FILTER_THEME: [themes[slug].title for slug in metadata.themes],
        FILTER_CSP: [metadata.csp],
        FILTER_REGION: [metadata.region],
        FILTER_CATEGORY: [CATEGORY_NAMES[metadata.case_category]],
        FILTER_AGE: [metadata.victim.age_band.value],
    }
    year = published_year(review)
    if year is not None:
        values[FILTER_YEAR] = [str(year)]
    return values


def body_open(review: Review, themes: dict[str, Theme], result_title: str) -> str:
    """The opening of the indexed region: filters and the result title as `<meta>` elements
    (attributes, so they add no words to the page text or to the indexed content)."""
    # Pagefind decodes entities in attribute values but not in a filter's name (the part
    # before `[content]`): names are this module's constants and are written as they are.
    tags = [
        f'<meta data-pagefind-filter="{name}[content]" content="{html.escape(value)}">'
        for name, values in filters(review, themes).items()
        for value in values
    ]
    tags.append(f'<meta data-pagefind-meta="title[content]" content="{html.escape(result_title)}">')
    return "<div data-pagefind-body>\n" + "\n".join(tags) + "\n"


def wrap_indexed(page_html: str, review: Review, themes: dict[str, Theme], title: str) -> str:
    """Mark a review page's content (not the site's navigation) as the text to index."""
    return body_open(review, themes, title) + page_html + "\n</div>\n"


def search_page(site: SiteText, searchable: bool) -> str:
    """The search page. The Pagefind interface fills `#dhr-search`; without JavaScript the
    reader is sent to the listing pages, which need no script. With no review text published
    there is no index, and the page says so instead of loading the interface."""
    browse = (
        '<a href="../reviews/">all reviews</a>, <a href="../themes/">learning themes</a>, '
        '<a href="../years/">years</a> and <a href="../partnerships/">partnerships</a>'
    )
    if not searchable:
        return (
            "# Search the reviews\n\n"
            "No review text is published yet, so there is nothing to search. "
            f"<span>You can browse {browse}.</span>\n"
        )
    return (
        "---\ndhr_page: search\n---\n\n"
        "# Search the reviews\n\n"
        f"Search the text of every {_text(site.site_label)} on this site. After searching you "
        "can narrow the results by learning theme, year, partnership, region, case category "
        "and the victim's age band.\n\n"
        '<div id="dhr-search" class="dhr-search"></div>\n\n'
        f"<noscript><p>Search needs JavaScript. Without it, you can browse {browse}.</p>"
        "</noscript>\n"
    )


def pagefind_command(site_dir: Path) -> list[str]:
    """Pagefind's own binary (shipped in the `pagefind_bin` wheel), run as a separate process:
    its memory is its own and is returned to the system when it ends."""
    return [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site_dir),
        "--output-subdir",
        BUNDLE,
        "--force-language",
        "en",
        "--quiet",
    ]


def build_index(site_dir: Path) -> None:
    """Index `site_dir` in place; raise SearchIndexError if Pagefind fails or indexes nothing."""
    try:
        result = subprocess.run(
            pagefind_command(site_dir),
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SearchIndexError(
            f"the search index could not be built ({error}). Reinstall with `make site` on a "
            "clean checkout; the pagefind package ships the indexer."
        ) from error
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()[-2000:]
        raise SearchIndexError(
            f"the search indexer (Pagefind) failed with exit code {result.returncode}:\n{detail}"
        )
    if not (site_dir / BUNDLE / "pagefind-entry.json").is_file():
        raise SearchIndexError("the search indexer (Pagefind) wrote no index")
