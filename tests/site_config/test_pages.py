"""The text helpers behind the generated pages, through the real Python-Markdown with the
site's extensions (what MkDocs does with the generated text)."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest

from site_config.pages import SiteText, _text, demote_headings, link, month_year, with_notices

EXTENSIONS = ["toc", "tables", "attr_list", "md_in_html", "admonition", "footnotes", "def_list"]


def render(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("Northshire CSP", "Northshire CSP"),  # plain text is untouched
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),  # no raw HTML
        ("*Adult A*", "*Adult A*"),  # no emphasis
        ("[Town A](https://example.org)", "[Town A](https://example.org)"),  # no link
        ("Police & Crime", "Police &amp; Crime"),
        ("# heading", "# heading"),  # no heading at the start of a line
        ("a | b", "a | b"),  # no table cell break
    ],
)
def test_metadata_values_are_shown_as_text(value: str, shown: str) -> None:
    assert render(_text(value)) == f"<p>{shown}</p>"


def test_escaped_value_does_not_break_a_table_row() -> None:
    html = render(f"| a | b |\n| --- | --- |\n| {_text('x | y')} | z |\n")
    assert "<td>x | y</td>" in html and "<td>z</td>" in html


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("# Executive summary\n\nText\n", "## Executive summary\n\nText\n"),
        ("## A\n### B\n", "### A\n#### B\n"),
        ("###### Deepest\n", "###### Deepest\n"),  # h6 cannot go lower
        ("```\n# not a heading\n```\n", "```\n# not a heading\n```\n"),  # code fences kept
        ("~~~md\n# no\n~~~\n# yes\n", "~~~md\n# no\n~~~\n## yes\n"),
        ("#hashtag is not a heading\n", "#hashtag is not a heading\n"),
    ],
)
def test_demote_headings(source: str, expected: str) -> None:
    assert demote_headings(source) == expected


@pytest.mark.parametrize(
    ("source", "first_lines"),
    [
        ("# Overview report\n\nBody\n", ["# Overview report", "", "BACK"]),  # after the title
        ("Body without a title\n", ["BACK", "", "NOTICE"]),  # at the top
        ("```\n# code\n```\n# Title\n", ["```", "# code", "```", "# Title", "", "BACK"]),
    ],
)
def test_notices_go_after_the_title(source: str, first_lines: list[str]) -> None:
    result = with_notices(source, "NOTICE", "BACK").splitlines()
    assert result[: len(first_lines)] == first_lines
    assert "NOTICE" in result


@pytest.mark.parametrize(
    ("from_uri", "to_uri", "expected"),
    [
        ("index.md", "reviews/a/index.md", "reviews/a/index.md"),
        ("reviews/index.md", "themes/x.md", "../themes/x.md"),
        ("reviews/a/index.md", "themes/x.md", "../../themes/x.md"),
        ("reviews/a/index.md", "reviews/a/overview-report.md", "overview-report.md"),
        ("themes/x.md", "themes/index.md", "index.md"),
    ],
)
def test_links_are_relative_to_the_page(from_uri: str, to_uri: str, expected: str) -> None:
    assert link(from_uri, to_uri) == expected


@pytest.mark.parametrize(
    ("value", "shown"), [("2022-03", "March 2022"), ("2019-12", "December 2019")]
)
def test_month_and_year_only(value: str, shown: str) -> None:
    assert month_year(value) == shown


@pytest.mark.parametrize("page_size", [3, 7, 100])  # several pages; exactly full; one page
def test_every_order_lists_every_review_once_across_its_pages(
    tmp_path: Path, page_size: int
) -> None:
    from datetime import date

    from redact.themes import load_theme_vocabulary
    from site_config.library import load_library
    from site_config.listings import ORDERINGS, all_reviews_pages, ordering_uri
    from tests.site_config.sample import REPO, write_project

    write_project(tmp_path, reviews=7)
    themes = load_theme_vocabulary(REPO / "site_config" / "themes.yml")
    library = load_library(tmp_path / "content", themes, date(2025, 1, 1))
    site = SiteText("Domestic Homicide Review", "DHR", "Northshire CSP", "", "", "")
    pages = all_reviews_pages(library, site, page_size)
    expected_pages = -(-7 // page_size)
    assert len(pages) == len(ORDERINGS) * expected_pages
    for ordering in ORDERINGS:
        titles: list[str] = []
        for number in range(1, expected_pages + 1):
            text = render(pages[ordering_uri(ordering, number)])
            titles += re.findall(r"<td><a href=\"[^\"]+\">([^<]+ - DHR)</a></td>", text)
        assert sorted(titles) == sorted(r.metadata.library_title() for r in library.reviews)
        assert titles == [r.metadata.library_title() for r in ordering.sort(library.reviews)]
