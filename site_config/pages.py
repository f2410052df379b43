"""The generated pages, as Markdown text keyed by the path they pretend to have in `content/`.

Reviews are listed here, on pages, and never in the sidebar: a nav entry per review would be
copied into every page and make the site grow with the square of the number of reviews.
Every value taken from metadata is escaped (`_text`) so a stray `<` or `*` in a field cannot
turn into markup. Links are relative `.md` links, so MkDocs resolves and checks them.
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from datetime import date

from redact.review import CaseCategory, Label, Sex, Status
from redact.themes import Theme
from site_config.library import Library, Review

HOME = "index.md"
LISTING = "reviews/index.md"
THEMES_INDEX = "themes/index.md"
YEARS_INDEX = "years/index.md"
PARTNERSHIPS_INDEX = "partnerships/index.md"
SEARCH = "search.md"
ABOUT = "about.md"
SUPPORT_ID = "support-contacts"

_LABEL_NAMES = {
    Label.DHR: "Domestic Homicide Review",
    Label.DARDR: "Domestic Abuse Related Death Review",
}
_CATEGORY_NAMES = {
    CaseCategory.INTIMATE_PARTNER_HOMICIDE: "Intimate partner homicide",
    CaseCategory.FAMILIAL_HOMICIDE: "Familial homicide",
    CaseCategory.PARRICIDE: "Parricide",
    CaseCategory.HOMICIDE_SUICIDE: "Homicide-suicide",
    CaseCategory.SUICIDE_FOLLOWING_DOMESTIC_ABUSE: "Suicide following domestic abuse",
    CaseCategory.OLDER_VICTIM: "Victim aged 65 or over",
    CaseCategory.OTHER: "Other",
}
_DOCUMENT_NAMES = {
    "overview_report": "overview report",
    "action_plan": "action plan",
}
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
_ATX_HEADING = re.compile(r"^(#{1,6})(\s|$)")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")


@dataclass(frozen=True)
class SupportContact:
    """One helpline or service shown on every review page (`support_contacts` option)."""

    name: str
    phone: str = ""
    url: str = ""
    hours: str = ""


@dataclass(frozen=True)
class SiteText:
    """The wording that comes from configuration (`dhr-site` plugin options)."""

    site_label: str
    short_label: str
    csp_name: str
    content_note: str
    copy_requests: str
    support: str
    support_contacts: tuple[SupportContact, ...] = ()


# --- small helpers -------------------------------------------------------------------------


def _text(value: str) -> str:
    """Escape a metadata value for Markdown and for HTML blocks alike."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(value, quote=False))


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def link(from_uri: str, to_uri: str) -> str:
    """Relative link between two `content/` paths, e.g. reviews/index.md -> ../themes/x.md."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def review_uri(review: Review) -> str:
    return f"reviews/{review.slug}/index.md"


def theme_uri(slug: str) -> str:
    return f"themes/{slug}.md"


def year_uri(year: int) -> str:
    return f"years/{year}.md"


def partnership_uri(csp: str) -> str:
    return f"partnerships/{slugify(csp)}.md"


def slugify(value: str) -> str:
    """`Northshire Community Safety Partnership` -> `northshire-community-safety-partnership`."""
    slug = re.sub(r"[^a-z0-9]+", "-", value.casefold()).strip("-")
    return slug or "unnamed"


def published_year(review: Review) -> int | None:
    published = review.metadata.dates.published
    return published.year if published is not None else None


def month_year(value: str) -> str:
    """`2022-03` -> `March 2022`."""
    return date(int(value[:4]), int(value[5:7]), 1).strftime("%B %Y")


def process_month(value: date | None) -> str:
    """Process dates (commissioned, approved, published) as month and year: readers do not need
    the day, and an exact date is a quasi-identifier the gate asks a human about."""
    return value.strftime("%B %Y") if value is not None else "not yet"


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


def status_text(review: Review, today: date) -> str:
    metadata = review.metadata
    if metadata.status is Status.WITHDRAWN:
        return "Withdrawn"
    if metadata.retained_until is not None and metadata.retained_until < today:
        return f"Removed from this site in {process_month(metadata.retained_until)}"
    if metadata.retained_until is not None:
        return f"Published until {process_month(metadata.retained_until)}"
    return "Published"


def _theme_links(review: Review, themes: dict[str, Theme], from_uri: str) -> str:
    return ", ".join(
        f"[{_text(themes[slug].title)}]({link(from_uri, theme_uri(slug))})"
        for slug in review.metadata.themes
    )


def _review_link(review: Review, from_uri: str) -> str:
    return f"[{_text(review.metadata.library_title())}]({link(from_uri, review_uri(review))})"


def demote_headings(markdown: str) -> str:
    """Move every ATX heading one level down (outside code fences), so an embedded document
    sits under the page's own title. Level 6 stays level 6."""
    lines: list[str] = []
    fence: str | None = None
    for line in markdown.splitlines():
        fence_match = _FENCE.match(line)
        if fence_match:
            marker = fence_match.group(1)
            if fence is None:
                fence = marker[0] * 3
            elif marker.startswith(fence):
                fence = None
        elif fence is None and _ATX_HEADING.match(line) and not line.startswith("######"):
            line = "#" + line
        lines.append(line)
    return "\n".join(lines) + "\n"


def _starts_with_heading(markdown: str) -> bool:
    for line in markdown.splitlines():
        if line.strip():
            return bool(_ATX_HEADING.match(line))
    return False


# --- notices shown on every review page ----------------------------------------------------


def review_notices(review: Review, site: SiteText, from_uri: str) -> str:
    """The fictional-sample notice (when the metadata says so), the content note and the
    support contacts: all before the text, so a reader meets them before anything distressing.
    None of it is indexed for search (`data-pagefind-ignore`): it is the same on every page."""
    blocks: list[str] = []
    if review.metadata.fictional:
        blocks.append(
            '!!! warning "Fictional sample"\n\n'
            "    This review is invented to show how this site works. The people, places and "
            "events in it are not real.\n"
        )
    blocks.append(
        f'<div class="dhr-content-note" data-pagefind-ignore="all" markdown>\n\n'
        f'!!! note "Content note"\n\n    {_text(site.content_note)} '
        f"[Where to find support](#{SUPPORT_ID}).\n\n</div>\n"
    )
    blocks.append(support_block(site))
    return "\n".join(blocks)


def _tel(phone: str) -> str:
    """`0808 2000 247` -> `tel:08082000247` (a tap on a phone dials it)."""
    return "tel:" + re.sub(r"[^0-9+]", "", phone)


def support_block(site: SiteText) -> str:
    """The support contacts from configuration, as plain HTML (no Markdown inside)."""
    items: list[str] = []
    for contact in site.support_contacts:
        name = html.escape(contact.name, quote=False)
        if contact.url:
            name = f'<a href="{_attr(contact.url)}">{name}</a>'
        parts = [f"<strong>{name}</strong>"]
        if contact.phone:
            phone = html.escape(contact.phone, quote=False)
            parts.append(f'<a href="{_attr(_tel(contact.phone))}">{phone}</a>')
        if contact.hours:
            parts.append(f"({html.escape(contact.hours, quote=False)})")
        items.append("<li>" + " ".join(parts) + "</li>")
    listing = f"<ul>\n{chr(10).join(items)}\n</ul>\n" if items else ""
    return (
        f'<section class="support-contacts" id="{SUPPORT_ID}" '
        f'aria-labelledby="{SUPPORT_ID}-title" data-pagefind-ignore="all">\n'
        f'<h2 id="{SUPPORT_ID}-title">Support</h2>\n'
        f"<p>{html.escape(site.support, quote=False)}</p>\n"
        f"{listing}</section>\n"
    )


def with_notices(markdown: str, notices: str, back_link: str) -> str:
    """Insert notices and a link back to the review right after the first top-level heading
    (or at the top if there is none), so the page title stays the first heading."""
    lines = markdown.splitlines()
    fence: str | None = None
    for index, line in enumerate(lines):
        fence_match = _FENCE.match(line)
        if fence_match:
            fence = None if fence is not None else fence_match.group(1)[0] * 3
            continue
        if fence is None and re.match(r"^#\s", line):
            head, tail = lines[: index + 1], lines[index + 1 :]
            return "\n".join([*head, "", back_link, "", notices, *tail]) + "\n"
    return "\n".join([back_link, "", notices, *lines]) + "\n"


# --- the pages -----------------------------------------------------------------------------


def search_form() -> str:
    """A plain GET form from the home page to the search page (which reads `?q=`)."""
    return (
        '<form class="dhr-search-form" role="search" action="search/" method="get">\n'
        '<label for="dhr-home-search">Search the text of the reviews</label>\n'
        '<input id="dhr-home-search" name="q" type="search" autocomplete="off">\n'
        '<button class="md-button md-button--primary" type="submit">Search</button>\n'
        "</form>\n"
    )


def home_page(intro: str | None, library: Library, site: SiteText, latest: int) -> str:
    """The CSP's introduction (content/index.md), a search box, the latest reviews and the
    learning themes with their counts. Its size grows with the number of themes, not reviews."""
    if intro is None or not intro.strip():
        intro = (
            f"# {_text(site.site_label)}s: {_text(site.csp_name)}\n\n"
            f"The {_text(site.csp_name)} publishes its {_text(site.site_label)}s here, "
            "so that the lessons they hold are easy to find and read.\n"
        )
    parts = [intro.rstrip(), "", search_form(), "## Latest reviews", ""]
    newest = library.latest(latest)
    if not newest:
        parts.append("No reviews are published yet.")
    for review in newest:
        metadata = review.metadata
        parts.append(
            f"- {_review_link(review, HOME)}: published {process_month(metadata.dates.published)}. "
            f"Themes: {_theme_links(review, library.themes, HOME)}"
        )
    parts += [
        "",
        (
            f"[See all {len(library.reviews)} reviews]({link(HOME, LISTING)}), or browse them "
            f"[by year]({link(HOME, YEARS_INDEX)}) or "
            f"[by partnership]({link(HOME, PARTNERSHIPS_INDEX)})."
        ),
        "",
        "## Learning themes",
        "",
    ]
    for theme in library.themes.values():
        count = len(library.by_theme(theme.slug))
        noun = "review" if count == 1 else "reviews"
        parts.append(
            f"- [{_text(theme.title)}]({link(HOME, theme_uri(theme.slug))}) ({count} {noun})"
        )
    return "\n".join(parts) + "\n"


def metadata_card(review: Review, themes: dict[str, Theme], today: date) -> str:
    """The facts of a review as a description list (read well by screen readers).

    Left out of the full-text search index (`data-pagefind-ignore`): flattened, the labels and
    values run together into nonsense phrases, and finding reviews by their facts is the job
    of the listing and theme pages."""
    metadata = review.metadata
    uri = review_uri(review)
    rows: list[tuple[str, str]] = [
        ("Review", f"{_LABEL_NAMES[metadata.label]} ({metadata.label.value})"),
        ("Community Safety Partnership", _text(metadata.csp)),
        ("Region", _text(metadata.region)),
        ("Police force area", _text(metadata.police_force_area)),
        ("Month of death", month_year(metadata.month_of_death)),
        ("Commissioned", process_month(metadata.dates.commissioned)),
        (
            "Approved by the Home Office Quality Assurance Panel",
            process_month(metadata.dates.qa_approved),
        ),
        ("Published", process_month(metadata.dates.published)),
        ("Status", status_text(review, today)),
        ("Case category", _CATEGORY_NAMES[metadata.case_category]),
        ("Victim's age band", _text(metadata.victim.age_band.value)),
    ]
    if metadata.victim.sex is not Sex.NOT_STATED:
        rows.append(("Victim's sex", metadata.victim.sex.value.capitalize()))
    rows += [
        (
            "Agencies involved",
            _text(", ".join(metadata.agencies)) if metadata.agencies else "None recorded",
        ),
        ("Discussed at MARAC", _yes_no(metadata.marac)),
        ("Children affected", _yes_no(metadata.children_affected)),
        ("Learning themes", _theme_links(review, themes, uri)),
    ]
    items = "\n".join(f'<dt>{name}</dt>\n<dd markdown="span">{value}</dd>' for name, value in rows)
    return (
        '<section class="dhr-card" aria-labelledby="about-this-review" '
        'data-pagefind-ignore="all" markdown>\n'
        '<h2 id="about-this-review">About this review</h2>\n'
        f"<dl markdown>\n{items}\n</dl>\n</section>\n"
    )


def review_page(
    review: Review, executive_summary: str, library: Library, site: SiteText, today: date
) -> str:
    """The landing page: title, notices, metadata card, executive summary, then the links."""
    uri = review_uri(review)
    parts = [
        f"# {_text(review.metadata.library_title())}",
        "",
        review_notices(review, site, uri),
        metadata_card(review, library.themes, today),
    ]
    if not _starts_with_heading(executive_summary):
        parts += ["## Executive summary", ""]
    parts.append(demote_headings(executive_summary))
    links = [
        f"- [Read the {name}]({link(uri, f'reviews/{review.slug}/{review.documents[key].name}')})"
        for key, name in _DOCUMENT_NAMES.items()
        if key in review.documents
    ]
    if links:
        parts += ["## The full review", "", *links, ""]
    parts += [f"[All reviews]({link(uri, LISTING)})", ""]
    return "\n".join(parts)


def record_page(review: Review, library: Library, site: SiteText, today: date) -> str:
    """What remains of a withdrawn or expired review: its facts, why, how to get a copy."""
    metadata = review.metadata
    uri = review_uri(review)
    if metadata.status is Status.WITHDRAWN:
        why = f"This review was withdrawn from publication: {_text(metadata.withdrawn_reason)}"
    else:
        why = (
            f"The {_text(site.csp_name)} published this review for a fixed period, which ended "
            f"in {process_month(metadata.retained_until)}."
        )
    parts = [
        f"# {_text(metadata.library_title())}",
        "",
        '!!! info "Record only"',
        "",
        (
            "    The text of this review is no longer published on this site. This page keeps a "
            "record that it exists."
        ),
        "",
        metadata_card(review, library.themes, today),
        "## Why the text is not here",
        "",
        why,
        "",
        "## How to request a copy",
        "",
        _text(site.copy_requests),
        "",
        support_block(site),
        f"[All reviews]({link(uri, LISTING)})",
        "",
    ]
    return "\n".join(parts)


def document_back_link(review: Review, from_uri: str) -> str:
    """One link back to the review's landing page (its facts and executive summary)."""
    return f"Part of {_review_link(review, from_uri)}, where you will find its summary and facts."


def about_page(site: SiteText) -> str:
    """Used only when content/about.md does not exist."""
    return "\n".join(
        [
            "# About this site",
            "",
            (
                f"The {_text(site.csp_name)} publishes its {_text(site.site_label)}s "
                f"({_text(site.short_label)}s) here. A review looks at the death of a person "
                "aged 16 or over that followed violence, abuse or neglect by a relative, a "
                "partner or a member of the same household, to learn how agencies can work "
                "better together."
            ),
            "",
            (
                "Every review is anonymised before it is published: people are given pseudonyms or "
                "described by their role, and places that could locate a family are removed."
            ),
            "",
            "## Your privacy",
            "",
            (
                "This site sets no cookies, loads nothing from other websites and does not track "
                "its readers."
            ),
            "",
            support_block(site),
            "## Copies of reviews",
            "",
            _text(site.copy_requests),
            "",
        ]
    )
