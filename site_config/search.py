"""Full-text search with Pagefind: what is indexed, with which filters, the search page and the
index build.

Pagefind indexes only elements marked `data-pagefind-body`, so only the text of the reviews is
searchable (never the navigation, the listings, the content note or the metadata card). Its
index is split into small chunks, so a first search fetches a few hundred kilobytes however
large the library grows (Material's own search plugin wrote one index file that every reader
downloads whole: 216 MB at 1,500 reviews).

The search page does not use Pagefind's prebuilt interface (134 KB of script and style): its
form and filters are plain HTML written here from the review metadata, and dhr-search.js calls
Pagefind's JavaScript API. So a first search fetches no filter index, and only the five results
it shows (ranked with full allowance for page length, so the short summaries are not buried
under long overview reports; see dhr-search.js).

The index is written into the build folder before the output gate runs, so the gate reads
every fragment, filter and index chunk like any other built file.
"""

from __future__ import annotations

import html
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from redact.review import AgeBand
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
# The order the search page shows the filters in, and how its introduction names them.
FILTER_ORDER = (FILTER_THEME, FILTER_YEAR, FILTER_CSP, FILTER_REGION, FILTER_CATEGORY, FILTER_AGE)
_FILTER_WORDS = {
    FILTER_THEME: "learning theme",
    FILTER_YEAR: "year",
    FILTER_CSP: "partnership",
    FILTER_REGION: "region",
    FILTER_CATEGORY: "case category",
    FILTER_AGE: "the victim's age band",
}


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


def filter_choices(reviews: Iterable[Review], themes: dict[str, Theme]) -> dict[str, list[str]]:
    """Every value each filter takes across the indexed reviews, in reading order (themes and
    places alphabetically, newest year first, age bands youngest first). The search page lists
    them as plain controls, so it never has to fetch Pagefind's filter index to draw them."""
    seen: dict[str, set[str]] = {name: set() for name in FILTER_ORDER}
    for review in {review.slug: review for review in reviews}.values():
        for name, values in filters(review, themes).items():
            seen[name].update(values)
    ages = [band.value for band in AgeBand]
    return {
        name: sorted(seen[name], key=lambda value: _sort_key(name, value, ages))
        for name in FILTER_ORDER
        if seen[name]
    }


def _sort_key(name: str, value: str, ages: list[str]) -> tuple[int, str]:
    if name == FILTER_YEAR:
        return (-int(value), value)
    if name == FILTER_AGE and value in ages:
        return (ages.index(value), value)
    return (0, value.casefold())


def _filter_control(number: int, name: str, values: list[str]) -> str:
    """One filter as a labelled `<select>` ("Any" first): a native control, so it is keyboard
    operable and announced by every screen reader without any script of ours."""
    options = "".join(
        f'<option value="{html.escape(value)}">{html.escape(value)}</option>' for value in values
    )
    return (
        '<div class="dhr-search__filter">'
        f'<label for="dhr-filter-{number}">{html.escape(name)}</label>'
        f'<select id="dhr-filter-{number}" data-filter="{html.escape(name)}">'
        f'<option value="">Any</option>{options}</select></div>'
    )


def search_box(choices: dict[str, list[str]]) -> str:
    """The search form, the filters, the status line and the empty results list. The form is
    `hidden` until dhr-search.js shows it: without JavaScript only the `<noscript>` note shows.
    Filters with a single value narrow nothing and are left out. One HTML block without blank
    lines, so Markdown passes it through untouched."""
    controls = [
        _filter_control(number, name, values)
        for number, (name, values) in enumerate(choices.items(), start=1)
        if len(values) > 1
    ]
    filters_html = ""
    if controls:
        filters_html = (
            '<fieldset class="dhr-search__filters"><legend>Narrow the results</legend>'
            + "".join(controls)
            + "</fieldset>"
        )
    return (
        '<div id="dhr-search" class="dhr-search">\n'
        '<form class="dhr-search__form" role="search" action="./" method="get" hidden>'
        '<div class="dhr-search__box">'
        '<label for="dhr-search-input">Search the text of the reviews</label>'
        '<input id="dhr-search-input" name="q" type="search" autocomplete="off" '
        'spellcheck="false">'
        '<button class="md-button md-button--primary" type="submit">Search</button>'
        "</div>" + filters_html + "</form>\n"
        '<p id="dhr-search-status" class="dhr-search__status" role="status" '
        'aria-live="polite" aria-atomic="true"></p>\n'
        '<ol id="dhr-search-results" class="dhr-search__results"></ol>\n'
        '<button id="dhr-search-more" class="md-button dhr-search__more" type="button" '
        "hidden>More results</button>\n"
        "</div>\n"
    )


def search_page(site: SiteText, reviews: Sequence[Review], themes: dict[str, Theme]) -> str:
    """The search page for the indexed `reviews`. dhr-search.js (Pagefind's JavaScript API, no
    prebuilt interface) runs the search; without JavaScript the reader is sent to the listing
    pages, which need no script. With no review text published there is no index, and the page
    says so instead of offering a search."""
    browse = (
        '<a href="../reviews/">all reviews</a>, <a href="../themes/">learning themes</a>, '
        '<a href="../years/">years</a> and <a href="../partnerships/">partnerships</a>'
    )
    if not reviews:
        return (
            "# Search the reviews\n\n"
            "No review text is published yet, so there is nothing to search. "
            f"<span>You can browse {browse}.</span>\n"
        )
    choices = filter_choices(reviews, themes)
    narrowing = [_FILTER_WORDS[name] for name, values in choices.items() if len(values) > 1]
    narrow = ""
    if narrowing:
        listed = ", ".join(narrowing[:-1]) + " and " if len(narrowing) > 1 else ""
        narrow = f" You can narrow the results by {listed}{narrowing[-1]}."
    return (
        "---\ndhr_page: search\n---\n\n"
        "# Search the reviews\n\n"
        f"Search the text of every {_text(site.site_label)} on this site.{narrow}\n\n"
        + search_box(choices)
        + "\n"
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
