"""The text helpers behind the generated pages, through the real Python-Markdown with the
site's extensions (what MkDocs does with the generated text)."""

from __future__ import annotations

import markdown
import pytest

from site_config.pages import _text, demote_headings, link, month_year, with_notices

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
