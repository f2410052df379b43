"""A real `mkdocs build` of a small invented library: what a reader finds on each page, and what
must never reach the site (metadata, private notes, other origins, per-review nav entries)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from redact.themes import load_theme_vocabulary
from tests.site_config.conftest import run_build
from tests.site_config.sample import REPO, pagefind_fragments, write_project

pytest.importorskip("redact.gate")  # every build here passes through the real gate

pytestmark = pytest.mark.slow

THEMES = load_theme_vocabulary(REPO / "site_config" / "themes.yml")


@pytest.fixture(scope="module")
def project(sample_site: Path) -> Path:
    """The shared sample build (conftest.py): published, withdrawn, expired and pended
    reviews, private notes in several shapes, and a stale site/ from an earlier build."""
    return sample_site


def page(project: Path, url_path: str) -> str:
    return (project / "site" / url_path / "index.html").read_text("utf-8")


def article(html: str) -> str:
    """The page's own content, without the header, sidebar and footer."""
    return html[html.index("<article") : html.index("</article>")]


def primary_nav(html: str) -> str:
    start = html.index('<nav class="md-nav md-nav--primary"')
    return html[start : html.index("</nav>", start)]


def test_swap_replaced_the_old_site_and_left_no_temporary_folders(project: Path) -> None:
    assert (project / "site" / "index.html").is_file()
    assert not (project / "site" / "stale.html").exists()
    leftovers = [
        p.name for p in project.iterdir() if p.name.startswith((".site-build-", ".site-old-"))
    ]
    assert leftovers == []


def test_home_page_keeps_the_intro_and_lists_the_latest_reviews_newest_first(
    project: Path,
) -> None:
    home = article(page(project, ""))
    assert "The Northshire Community Safety Partnership publishes its reviews here" in home
    titles = re.findall(r'<a href="reviews/[^"]+/">([^<]+)</a>', home)
    assert titles == [
        "Cleo - Northshire Community Safety Partnership - 2024/a - DHR",
        "Bea - Northshire Community Safety Partnership - 2023/a - DHR",
        "Alma - Northshire Community Safety Partnership - 2022/a - DHR",
    ]  # the withdrawn review is not a "latest review"; the pended one is nowhere


def test_listing_has_every_review_with_its_library_title(project: Path) -> None:
    listing = article(page(project, "reviews"))
    assert "<th>Review</th>" in listing  # a header row
    for pseudonym, reference in [
        ("Fern", "2019/a"),
        ("Alma", "2022/a"),
        ("Bea", "2023/a"),
        ("Cleo", "2024/a"),
        ("Dana", "2020/a"),
    ]:
        title = f"{pseudonym} - Northshire Community Safety Partnership - {reference} - DHR"
        assert title in listing
    assert "Edie" not in listing  # pended: nothing of it is published


def test_every_theme_has_a_page_even_with_no_reviews(project: Path) -> None:
    for slug, theme in THEMES.items():
        html = article(page(project, f"themes/{slug}"))
        assert f">{theme.title}</h1>" in html.replace("&#x27;", "'")
    empty = article(page(project, "themes/economic-abuse"))
    assert "No published review is coded with this theme yet." in empty


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        ("coercive-control", {"Alma", "Bea"}),  # two reviews share a theme
        ("separation", {"Cleo"}),
        ("record-keeping", {"Dana", "Fern"}),  # withdrawn and expired stay findable, as records
        ("toxic-trio", set()),  # nobody
    ],
)
def test_theme_page_lists_exactly_its_reviews(project: Path, slug: str, expected: set[str]) -> None:
    html = article(page(project, f"themes/{slug}"))
    listed = set(re.findall(r'<a href="\.\./\.\./reviews/[^"]+/">(\w+) - ', html))
    assert listed == expected


def test_themes_index_links_every_theme(project: Path) -> None:
    html = article(page(project, "themes"))
    for slug in THEMES:
        assert f'href="{slug}/"' in html


def test_review_landing_page_has_card_then_summary_then_links(project: Path) -> None:
    html = article(page(project, "reviews/alma-2022"))
    card = html.index('class="dhr-card"')
    summary = html.index("Alma was a woman in her thirties")
    links = html.index(">Read the overview report</a>")
    assert card < summary < links
    assert ">Read the action plan</a>" in html
    for label in [
        "Community Safety Partnership",
        "Region",
        "Police force area",
        "Month of death",
        "Status",
        "Case category",
        "Victim's age band",
        "Agencies involved",
        "Discussed at MARAC",
        "Children affected",
        "Learning themes",
    ]:
        assert f"<dt>{label}</dt>".replace("'", "&#x27;") in html or f"<dt>{label}</dt>" in html
    assert "<dd>May 2021</dd>" in html  # month and year of death, never a day
    assert 'href="../../themes/stalking/"' in html
    headings = [int(level) for level in re.findall(r"<h([1-6])", html)]
    assert headings[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(headings))


@pytest.mark.parametrize(
    "url_path",
    [
        "reviews/alma-2022",  # landing page
        "reviews/alma-2022/overview-report",
        "reviews/alma-2022/action-plan",
    ],
)
def test_every_review_page_shows_the_fictional_notice_and_content_note(
    project: Path, url_path: str
) -> None:
    html = article(page(project, url_path))
    assert "Fictional sample" in html
    assert "Content note" in html
    assert html.index("Content note") > html.index("</h1>")  # the title stays the first heading


def test_withdrawn_review_gets_a_record_page_and_no_text(project: Path) -> None:
    html = article(page(project, "reviews/dana-2020"))
    assert "The family asked the partnership to take the review down." in html
    assert "How to request a copy" in html
    assert "Dana was a woman in her thirties" not in html
    assert not (project / "site" / "reviews" / "dana-2020" / "overview-report").exists()
    assert not (project / "site" / "reviews" / "edie-2024").exists()


def test_review_past_its_retention_date_gets_a_record_page_and_no_text(project: Path) -> None:
    html = article(page(project, "reviews/fern-2019"))
    assert "published this review for a fixed period, which ended in December 2021" in html
    assert "Fern was a woman in her thirties" not in html
    site = project / "site"
    assert not (site / "reviews" / "fern-2019" / "overview-report").exists()
    assert not (site / "reviews" / "fern-2019" / "action-plan").exists()
    everything = "".join(p.read_text("utf-8", "replace") for p in site.rglob("*") if p.is_file())
    assert "responded to Fern before her death" not in everything  # not even in the search index


@pytest.mark.parametrize(
    "relative",
    [
        "reviews/alma-2022/review.yml",  # metadata
        "reviews/alma-2022/chair-notes.private.yml",  # *.private.yml
        "reviews/alma-2022/private/draft/index.html",  # anything under private/
        "reviews/alma-2022/private",
        "contacts.private/index.html",  # *.private.* pages
        "reviews/edie-2024",  # pended review
    ],
)
def test_private_and_metadata_files_are_not_in_the_site(project: Path, relative: str) -> None:
    assert not (project / "site" / relative).exists()


def test_no_yaml_and_no_private_text_anywhere_in_the_output(project: Path) -> None:
    site = project / "site"
    assert [p for p in site.rglob("*") if p.suffix in {".yml", ".yaml"}] == []
    everything = "".join(p.read_text("utf-8", "replace") for p in site.rglob("*") if p.is_file())
    assert "Not for publication" not in everything
    assert "For the panel only" not in everything


def test_nothing_is_loaded_from_another_origin(project: Path) -> None:
    external = re.compile(
        r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=\"(?:https?:)?//", re.IGNORECASE
    )
    offenders = [
        p.relative_to(project).as_posix()
        for p in (project / "site").rglob("*.html")
        if external.search(p.read_text("utf-8"))
    ]
    assert offenders == []


def test_sidebar_nav_has_no_review_entries(project: Path) -> None:
    for url_path in ["", "reviews", "reviews/alma-2022", "reviews/alma-2022/overview-report"]:
        nav = primary_nav(page(project, url_path))
        assert "alma-2022" not in nav and "Alma" not in nav
        # Home, All reviews, Themes, Years, Partnerships, Search, About (and the page's own TOC)
        assert len(re.findall(r'class="md-nav__link', nav)) <= 9


def test_review_page_size_does_not_grow_with_the_library(project: Path, tmp_path: Path) -> None:
    """With reviews in the nav, every page would carry one entry per review (quadratic site)."""
    larger = tmp_path / "larger"
    larger.mkdir()
    run_build(write_project(larger, reviews=12))
    for url_path in ["reviews/alma-2022", "reviews/alma-2022/overview-report", "about"]:
        small = (project / "site" / url_path / "index.html").read_bytes()
        large = (larger / "site" / url_path / "index.html").read_bytes()
        assert len(large) == len(small), url_path


def test_search_index_has_the_text_but_not_the_metadata_card(project: Path) -> None:
    fragments = pagefind_fragments(project / "site")
    alma = [f for f in fragments if f["url"] == "/reviews/alma-2022/"]
    assert len(alma) == 1
    assert "Alma was a woman in her thirties" in alma[0]["content"]
    assert "Discussed at MARAC" not in alma[0]["content"]  # the card is for reading
    assert "Content note" not in alma[0]["content"]  # the same on every page: not indexed
    assert "0808 2000 247" not in alma[0]["content"]  # support contacts: not indexed
