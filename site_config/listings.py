"""The browsing pages: all reviews (in four orders), by learning theme, by year, by partnership.

They are how a reader finds reviews without a search query, and they work without JavaScript:
each order is its own set of static pages rather than a table sorted in the browser. Long lists
are cut into pages of `page_size` rows, so no page grows without bound as the library does.
Each function returns Markdown keyed by the `content/` path the page pretends to have.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from redact.themes import Theme, ThemeGroup
from site_config.library import Library, Review
from site_config.pages import (
    LISTING,
    PARTNERSHIPS_INDEX,
    THEMES_INDEX,
    YEARS_INDEX,
    SiteText,
    _review_link,
    _text,
    _theme_links,
    link,
    month_year,
    partnership_uri,
    process_month,
    published_year,
    slugify,
    theme_uri,
    year_uri,
)

PAGE_SIZE = 100  # rows per listing page: about 60 KB of HTML, quick on a phone

_GROUP_NAMES = {
    ThemeGroup.NATIONAL_2016: "Themes of the 2016 national analysis",
    ThemeGroup.LIBRARY_RECOMMENDATION: "Recommendation themes of the Home Office library",
    ThemeGroup.RISK_FACTOR: "Recurrent risk factors",
}

Pages = dict[str, str]


def _published_key(review: Review) -> tuple[date, str, str]:
    return review.sort_key


def _death_key(review: Review) -> tuple[str, date, str, str]:
    published, reference, slug = review.sort_key
    return (review.metadata.month_of_death, published, reference, slug)


@dataclass(frozen=True)
class Ordering:
    """One order of the all-reviews list; each has its own static pages."""

    slug: str
    label: str
    key: Callable[[Review], tuple[object, ...]]
    newest_first: bool

    def sort(self, reviews: Sequence[Review]) -> list[Review]:
        return sorted(reviews, key=self.key, reverse=self.newest_first)


ORDERINGS = (
    Ordering("published-newest", "Date published, newest first", _published_key, True),
    Ordering("published-oldest", "Date published, oldest first", _published_key, False),
    Ordering("death-newest", "Date of death, most recent first", _death_key, True),
    Ordering("death-oldest", "Date of death, earliest first", _death_key, False),
)


def ordering_uri(ordering: Ordering, page: int = 1) -> str:
    """The default order's first page is the familiar `reviews/` page."""
    if ordering is ORDERINGS[0] and page == 1:
        return LISTING
    return _paged(f"browse/{ordering.slug}/index.md", page)


def _paged(first_uri: str, page: int) -> str:
    """`themes/x.md` page 3 -> `themes/x/3.md`; `browse/o/index.md` page 3 -> `browse/o/3.md`."""
    if page == 1:
        return first_uri
    stem = first_uri.removesuffix(".md")
    folder = posixpath.dirname(first_uri) if stem.endswith("/index") else stem
    return f"{folder}/{page}.md"


def _noun(count: int) -> str:
    return f"{count:,} review" if count == 1 else f"{count:,} reviews"


# --- the table and its pages -----------------------------------------------------------------


def review_table(reviews: Sequence[Review], themes: dict[str, Theme], from_uri: str) -> str:
    rows = [
        "| Review | Partnership | Death | Published | Themes |",
        "| --- | --- | --- | --- | --- |",
    ]
    for review in reviews:
        metadata = review.metadata
        published = process_month(metadata.dates.published)
        if review.is_record:
            published += " (no longer online: record only)"
        rows.append(
            f"| {_review_link(review, from_uri)} | {_text(metadata.csp)} "
            f"| {month_year(metadata.month_of_death)} | {published} "
            f"| {_theme_links(review, themes, from_uri)} |"
        )
    return "\n".join(rows) + "\n"


def _pager(uri_for: Callable[[int], str], current: int, total: int, from_uri: str) -> str:
    if total <= 1:
        return ""
    items: list[str] = []
    if current > 1:
        items.append(f"- [Previous page]({link(from_uri, uri_for(current - 1))})")
    for page in range(1, total + 1):
        if page == current:
            items.append(f'- <span aria-current="page">Page {page}</span>')
        else:
            items.append(f"- [Page {page}]({link(from_uri, uri_for(page))})")
    if current < total:
        items.append(f"- [Next page]({link(from_uri, uri_for(current + 1))})")
    return (
        '<nav class="dhr-pager" aria-label="Pages of this list" markdown>\n\n'
        + "\n".join(items)
        + "\n\n</nav>\n"
    )


def _table_pages(
    title: str,
    intro: str,
    reviews: Sequence[Review],
    library: Library,
    uri_for: Callable[[int], str],
    page_size: int,
    empty: str,
    before_table: Callable[[str], str] = lambda uri: "",
) -> Pages:
    """`title` and `intro` (Markdown) on every page, then one slice of `reviews` per page."""
    total = max(1, -(-len(reviews) // page_size))
    pages: Pages = {}
    for page in range(1, total + 1):
        uri = uri_for(page)
        heading = title if total == 1 else f"{title} (page {page} of {total})"
        parts = [f"# {heading}", "", intro, "", before_table(uri)]
        chunk = reviews[(page - 1) * page_size : page * page_size]
        if not chunk:
            parts.append(empty + "\n")
        else:
            first = (page - 1) * page_size + 1
            if total > 1:
                parts += [
                    f"Reviews {first:,} to {first + len(chunk) - 1:,} of {len(reviews):,}.",
                    "",
                ]
            parts.append(review_table(chunk, library.themes, uri))
            parts.append(_pager(uri_for, page, total, uri))
        pages[uri] = "\n".join(parts) + "\n"
    return pages


# --- all reviews -----------------------------------------------------------------------------


def _order_links(current: Ordering, from_uri: str) -> str:
    items = []
    for ordering in ORDERINGS:
        if ordering is current:
            items.append(f'- <span aria-current="true">{ordering.label}</span>')
        else:
            items.append(f"- [{ordering.label}]({link(from_uri, ordering_uri(ordering))})")
    return (
        '<nav class="dhr-orders" aria-label="Order of the list" markdown>\n\n'
        "Order by:\n\n" + "\n".join(items) + "\n\n</nav>\n"
    )


def all_reviews_pages(library: Library, site: SiteText, page_size: int = PAGE_SIZE) -> Pages:
    """Every review in each of the four orders (the first order's first page: `reviews/`)."""
    count = len(library.reviews)
    intro = (
        f"Every {_text(site.site_label)} published by the {_text(site.csp_name)} "
        f"({_noun(count)} in all), including records of reviews no longer online. "
        f"You can also browse them [by learning theme]({{themes}}), [by year]({{years}}) or "
        f"[by partnership]({{partnerships}})."
    )
    pages: Pages = {}
    for ordering in ORDERINGS:
        ordered = ordering.sort(library.reviews)

        def uri_for(page: int, ordering: Ordering = ordering) -> str:
            return ordering_uri(ordering, page)

        def before(uri: str, ordering: Ordering = ordering) -> str:
            return _order_links(ordering, uri)

        for uri, text in _table_pages(
            "All reviews",
            intro,
            ordered,
            library,
            uri_for,
            page_size,
            "No reviews are published yet.",
            before,
        ).items():
            pages[uri] = (
                text.replace("{themes}", link(uri, THEMES_INDEX))
                .replace("{years}", link(uri, YEARS_INDEX))
                .replace("{partnerships}", link(uri, PARTNERSHIPS_INDEX))
            )
    return pages


# --- themes ----------------------------------------------------------------------------------


def themes_index_page(library: Library) -> str:
    parts = [
        "# Learning themes",
        "",
        (
            "Each review is coded with the learning themes it raises. Choose a theme to see "
            "every review about it."
        ),
    ]
    for group in ThemeGroup:
        members = [theme for theme in library.themes.values() if theme.group is group]
        if not members:
            continue
        parts += ["", f"## {_GROUP_NAMES[group]}", ""]
        for theme in members:
            count = len(library.by_theme(theme.slug))
            parts.append(
                f"- [{_text(theme.title)}]({link(THEMES_INDEX, theme_uri(theme.slug))}) "
                f"({_noun(count)}): {_text(theme.description)}"
            )
    return "\n".join(parts) + "\n"


def theme_pages(theme: Theme, library: Library, page_size: int = PAGE_SIZE) -> Pages:
    reviews = library.by_theme(theme.slug)
    first = theme_uri(theme.slug)
    intro = (
        f"{_text(theme.description)}\n\n{_noun(len(reviews))} coded with this theme. "
        f"[All learning themes]({{index}})\n\n## Reviews about this theme"
    )

    def uri_for(page: int) -> str:
        return _paged(first, page)

    pages = _table_pages(
        _text(theme.title),
        intro,
        reviews,
        library,
        uri_for,
        page_size,
        "No published review is coded with this theme yet.",
    )
    return {uri: text.replace("{index}", link(uri, THEMES_INDEX)) for uri, text in pages.items()}


# --- years and partnerships -----------------------------------------------------------------


def _grouped(
    reviews: Sequence[Review], key: Callable[[Review], str | None]
) -> dict[str, list[Review]]:
    groups: dict[str, list[Review]] = {}
    for review in reviews:
        value = key(review)
        if value is not None:
            groups.setdefault(value, []).append(review)
    return groups


def _year_of(review: Review) -> str | None:
    year = published_year(review)
    return str(year) if year is not None else None


def years_index_page(library: Library) -> str:
    groups = _grouped(library.reviews, _year_of)
    parts = ["# Reviews by year", "", "Reviews by the year they were published, newest first.", ""]
    if not groups:
        parts.append("No reviews are published yet.")
    for year in sorted(groups, reverse=True):
        parts.append(
            f"- [{year}]({link(YEARS_INDEX, year_uri(int(year)))}) ({_noun(len(groups[year]))})"
        )
    return "\n".join(parts) + "\n"


def year_pages(library: Library, page_size: int = PAGE_SIZE) -> Pages:
    pages: Pages = {}
    for year, reviews in _grouped(library.reviews, _year_of).items():
        first = year_uri(int(year))

        def uri_for(page: int, first: str = first) -> str:
            return _paged(first, page)

        intro = f"{_noun(len(reviews))} published in {year}. [All years]({{index}})"
        for uri, text in _table_pages(
            f"Reviews published in {year}", intro, reviews, library, uri_for, page_size, ""
        ).items():
            pages[uri] = text.replace("{index}", link(uri, YEARS_INDEX))
    return pages


def _csp_of(review: Review) -> str:
    return review.metadata.csp


def partnerships_index_page(library: Library) -> str:
    groups = _grouped(library.reviews, _csp_of)
    parts = [
        "# Reviews by partnership",
        "",
        "The Community Safety Partnerships whose reviews are on this site.",
        "",
    ]
    if not groups:
        parts.append("No reviews are published yet.")
    for csp in sorted(groups, key=str.casefold):
        regions = sorted({review.metadata.region for review in groups[csp]})
        parts.append(
            f"- [{_text(csp)}]({link(PARTNERSHIPS_INDEX, partnership_uri(csp))}) "
            f"({_text(', '.join(regions))}): {_noun(len(groups[csp]))}"
        )
    return "\n".join(parts) + "\n"


def partnership_pages(library: Library, page_size: int = PAGE_SIZE) -> Pages:
    pages: Pages = {}
    groups = _grouped(library.reviews, _csp_of)
    slugs = [slugify(csp) for csp in groups]
    if len(set(slugs)) != len(slugs):
        raise ValueError(
            "two partnership names give the same web address; make the `csp:` names in "
            "review.yml consistent"
        )
    for csp, reviews in groups.items():
        first = partnership_uri(csp)

        def uri_for(page: int, first: str = first) -> str:
            return _paged(first, page)

        intro = f"{_noun(len(reviews))} by this partnership. [All partnerships]({{index}})"
        for uri, text in _table_pages(
            _text(csp), intro, reviews, library, uri_for, page_size, ""
        ).items():
            pages[uri] = text.replace("{index}", link(uri, PARTNERSHIPS_INDEX))
    return pages
