"""The reader's site at library scale, read from a real build of the invented sample: the
Pagefind index (and that the gate read it), the feed and open data, retained records, the
content note and support contacts, and the browsing pages."""

from __future__ import annotations

import csv
import io
import json
import re
from html import unescape
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
import yaml

from redact.built_site import (
    collect_built_units,
    is_pagefind_program,
    pagefind_text,
    unexplained_index_words,
)
from redact.policy import load_policy
from site_config.open_data import COLUMNS, LIST_COLUMNS, LIST_SEPARATOR
from tests.site_config.conftest import run_build
from tests.site_config.sample import (
    REPO,
    pagefind_fragments,
    write_project,
)

pytest.importorskip("redact.gate")

pytestmark = pytest.mark.slow

ATOM = "{http://www.w3.org/2005/Atom}"
PUBLISHED = {"alma-2022", "bea-2023", "cleo-2024"}
RECORDS = {"dana-2020": "withdrawn", "fern-2019": "removed"}


def site(sample_site: Path) -> Path:
    return sample_site / "site"


def page(sample_site: Path, url_path: str) -> str:
    return (sample_site / "site" / url_path / "index.html").read_text("utf-8")


def article(html: str) -> str:
    return html[html.index("<article") : html.index("</article>")]


# --- search ----------------------------------------------------------------------------------


def test_pagefind_indexed_exactly_the_published_review_pages(sample_site: Path) -> None:
    urls = {record["url"] for record in pagefind_fragments(site(sample_site))}
    expected = {f"/reviews/{slug}/" for slug in PUBLISHED}
    expected |= {
        f"/reviews/{slug}/{doc}/"
        for slug in PUBLISHED
        for doc in ("overview-report", "action-plan")
    }
    assert urls == expected  # no listings, no records, no home page, no search page


def test_search_results_carry_the_filters_and_a_title_naming_the_review(sample_site: Path) -> None:
    records = {record["url"]: record for record in pagefind_fragments(site(sample_site))}
    alma = records["/reviews/alma-2022/overview-report/"]
    assert alma["meta"]["title"] == (
        "Alma - Northshire Community Safety Partnership - 2022/a - DHR: overview report"
    )
    assert alma["filters"] == {
        "Learning theme": ["Coercive and controlling behaviour", "Stalking"],
        "Year published": ["2022"],
        "Partnership": ["Northshire Community Safety Partnership"],
        "Region": ["North West"],
        "Case category": ["Intimate partner homicide"],
        "Victim's age band": ["35-44"],
    }
    assert "Home" not in alma["content"].split(".")[0]  # the navigation is not indexed


def test_the_output_gate_reads_the_search_index_but_not_pagefinds_program(
    sample_site: Path,
) -> None:
    """What the gate collects from the published site: every fragment, filter and index chunk
    is read (and its name checked), Pagefind's own program files are verified by their bytes
    and not read as text, and nothing is left unreadable."""
    built = site(sample_site)
    policy = load_policy(REPO / "site_config" / "policy.yml")
    units, errors = collect_built_units(built, sample_site / "content", policy)
    assert errors == []
    items = [item for unit in units for item in unit.items]
    names = {item.path for item in items if item.kind == "names"}
    read = {item.path for item in items if item.kind == "plain"}
    bundle = built / "pagefind"
    files = [p for p in bundle.rglob("*") if p.is_file()]
    programs = {p for p in files if is_pagefind_program(p.relative_to(built))}
    data = [p for p in files if p not in programs]
    assert {p.suffix for p in data} >= {".pf_fragment", ".pf_filter", ".pf_index", ".pf_meta"}
    assert {str(p) for p in files} <= names  # every file name is checked
    assert {p.name for p in programs} >= {"pagefind.js", "pagefind-ui.js", "wasm.en.pagefind"}
    assert not {str(p) for p in programs} & read  # program files are verified, not read
    # Filters and metadata are decoded to their strings (the gate then reads every line with a
    # word no checked text has); the word index is checked stem by stem in unexplained_index_words.
    filter_text = "".join(pagefind_text(p.read_bytes()) for p in data if p.suffix == ".pf_filter")
    assert all(word in filter_text for word in ("Partnership", "Intimate", "homicide"))
    for index in (p for p in data if p.suffix == ".pf_index"):
        assert unexplained_index_words(index.read_bytes(), {"x"})  # a real index has words
    assert not [
        f for unit in units for f in unit.extra_findings if f.entity_type == "SEARCH_INDEX_WORD"
    ]


def test_a_changed_pagefind_program_file_is_an_error(sample_site: Path, tmp_path: Path) -> None:
    """Program files are trusted by their bytes, not their names: an altered one blocks."""
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(site(sample_site), copy)
    (copy / "pagefind" / "pagefind-ui.js").write_text("console.log('Mary Smith')", "utf-8")
    policy = load_policy(REPO / "site_config" / "policy.yml")
    _, errors = collect_built_units(copy, sample_site / "content", policy)
    assert any("pagefind-ui.js" in error for error in errors)


def test_search_page_loads_only_our_script_and_says_what_to_do_without_script(
    sample_site: Path,
) -> None:
    """The page loads dhr-search.js (which imports Pagefind's engine when it is used), never
    Pagefind's prebuilt interface; the form stays hidden until the script shows it."""
    html = page(sample_site, "search")
    assert '<script src="../assets/javascripts/dhr-search.js">' in html
    assert "pagefind-ui" not in html
    assert 'id="dhr-search"' in html
    assert '<form class="dhr-search__form" role="search" action="./" method="get" hidden>' in html
    assert '<label for="dhr-search-input">Search the text of the reviews</label>' in html
    assert 'role="status" aria-live="polite"' in html
    assert "<noscript>" in html and 'href="../reviews/"' in html
    assert "'wasm-unsafe-eval'" in html
    assert "pagefind" not in page(sample_site, "reviews")  # only the search page loads it


def _filter_options(html: str) -> dict[str, list[str]]:
    """Each filter `<select>` on the search page: its label -> its option values."""
    found: dict[str, list[str]] = {}
    for control in re.finditer(
        r'<label for="(dhr-filter-\d+)">([^<]+)</label><select id="\1" data-filter="([^"]+)">'
        r"(.*?)</select>",
        html,
    ):
        assert control.group(2) == control.group(3)  # the label names the Pagefind filter
        values = re.findall(r'<option value="([^"]*)">', control.group(4))
        found[unescape(control.group(3))] = [unescape(value) for value in values]
    return found


def test_search_filters_are_written_from_the_published_reviews_metadata(
    sample_site: Path,
) -> None:
    """Filters are plain selects written at build time from the indexed reviews (Alma, Bea,
    Cleo): withdrawn and expired records add no values, and a filter with one value (the one
    partnership, the one region) narrows nothing, so it is not offered."""
    options = _filter_options(page(sample_site, "search"))
    assert options["Year published"] == ["", "2024", "2023", "2022"]  # "" is "Any"; newest first
    assert "Partnership" not in options and "Region" not in options
    themes = options["Learning theme"][1:]
    assert themes == sorted(themes, key=str.casefold) and "Stalking" in themes
    records = {record["url"]: record for record in pagefind_fragments(site(sample_site))}
    for name, values in options.items():  # every value offered is one Pagefind can match
        indexed = {value for record in records.values() for value in record["filters"][name]}
        assert set(values[1:]) == indexed, name


def test_materials_own_search_index_is_gone(sample_site: Path) -> None:
    assert not (site(sample_site) / "search" / "search_index.json").exists()


# --- feed and open data ----------------------------------------------------------------------


def test_feed_is_atom_and_lists_the_published_reviews_newest_first(sample_site: Path) -> None:
    root = ElementTree.parse(site(sample_site) / "feed.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries]  # type: ignore[union-attr]
    assert links == ["reviews/cleo-2024/", "reviews/bea-2023/", "reviews/alma-2022/"]
    for entry in entries:  # every entry has what Atom requires
        for tag in ("id", "title", "updated"):
            assert (entry.findtext(f"{ATOM}{tag}") or "").strip()
    assert "Dana" not in (site(sample_site) / "feed.xml").read_text("utf-8")  # withdrawn


def load_open_data(sample_site: Path) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    rows = json.loads((site(sample_site) / "reviews.json").read_text("utf-8"))
    text = (site(sample_site) / "reviews.csv").read_text("utf-8")
    return rows, list(csv.DictReader(io.StringIO(text)))


def test_open_data_has_the_required_fields_for_every_review_on_the_site(sample_site: Path) -> None:
    rows, table = load_open_data(sample_site)
    assert isinstance(rows, list)
    required = {
        "url",
        "title",
        "csp",
        "region",
        "month_of_death",
        "published",
        "themes",
        "case_category",
        "victim_age_band",
        "status",
    }
    for row in rows:
        assert required <= set(row)
        assert list(row) == list(COLUMNS)
    assert list(table[0]) == list(COLUMNS)
    by_url = {row["url"]: row for row in rows}
    assert set(by_url) == {f"reviews/{slug}/" for slug in PUBLISHED | set(RECORDS)}  # not Edie
    for slug, status in RECORDS.items():
        assert by_url[f"reviews/{slug}/"]["status"] == status
    assert by_url["reviews/alma-2022/"]["themes"] == ["coercive-control", "stalking"]
    assert by_url["reviews/alma-2022/"]["month_of_death"] == "2021-05"  # never a day


def test_json_and_csv_say_the_same(sample_site: Path) -> None:
    rows, table = load_open_data(sample_site)
    flattened = [
        {
            key: LIST_SEPARATOR.join(value) if key in LIST_COLUMNS else value
            for key, value in row.items()
        }
        for row in rows
    ]
    assert flattened == table


def test_every_url_in_the_open_data_is_a_page_of_the_site(sample_site: Path) -> None:
    rows, _ = load_open_data(sample_site)
    for row in rows:
        assert (site(sample_site) / row["url"] / "index.html").is_file()


# --- every review page: content note and support contacts before the text -------------------


@pytest.mark.parametrize(
    ("url_path", "text"),
    [
        ("reviews/alma-2022", "Alma was a woman in her thirties"),  # landing page
        ("reviews/alma-2022/overview-report", "This report describes how agencies"),
        ("reviews/alma-2022/action-plan", "Share risk information at MARAC"),
        ("reviews/cleo-2024", "Cleo was a woman in her thirties"),
    ],
)
def test_content_note_and_support_contacts_come_before_the_text(
    sample_site: Path, url_path: str, text: str
) -> None:
    html = article(page(sample_site, url_path))
    note = html.index("Content note")
    support = html.index('class="support-contacts"')
    assert note < support < html.index(text)
    block = html[support : html.index("</section>", support)]
    for shown, dialled in [("0808 2000 247", "tel:08082000247"), ("116 123", "tel:116123")]:
        assert shown in block and f'href="{dialled}"' in block
    assert 'href="https://www.nationaldahelpline.org.uk/"' in block


def test_support_contacts_come_from_configuration(tmp_path: Path) -> None:
    """A site lists its own services; a number the policy does not allow stops the build."""
    config_path = write_project(tmp_path, reviews=1)
    config = yaml.safe_load(config_path.read_text("utf-8"))
    options = next(
        p["dhr-site"] for p in config["plugins"] if isinstance(p, dict) and "dhr-site" in p
    )
    options["support_contacts"] = [
        {"name": "Samaritans", "phone": "116 123", "hours": "free, 24 hours a day"},
    ]
    config_path.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    run_build(config_path)
    html = (tmp_path / "site" / "reviews" / "alma-2022" / "index.html").read_text("utf-8")
    block = html[html.index('class="support-contacts"') :]
    block = block[: block.index("</section>")]
    assert "Samaritans" in block and "National Domestic Abuse Helpline" not in block


# --- retention: a record, not the text and not a 404 -----------------------------------------


@pytest.mark.parametrize(
    ("slug", "why"),
    [
        ("dana-2020", "The family asked the partnership to take the review down."),  # withdrawn
        ("fern-2019", "for a fixed period, which ended in December 2021"),  # past retention
    ],
)
def test_record_page_has_facts_reason_and_how_to_ask_for_a_copy(
    sample_site: Path, slug: str, why: str
) -> None:
    html = article(page(sample_site, f"reviews/{slug}"))
    name = slug.split("-")[0].capitalize()
    assert f"{name} was a woman in her thirties" not in html  # no report text
    assert "Record only" in html and why in html
    assert "How to request a copy" in html and "To request a copy of a review" in html
    assert 'class="dhr-card"' in html and "Month of death" in html
    assert 'class="support-contacts"' in html
    assert "data-pagefind-body" not in html  # a record is not in the search index


def test_record_keeps_the_address_the_review_had(tmp_path: Path) -> None:
    """Published, then past its retention date: the same URL now shows the record."""
    config = write_project(tmp_path, reviews=1)
    folder = tmp_path / "content" / "reviews" / "alma-2022"
    run_build(config)
    address = tmp_path / "site" / "reviews" / "alma-2022" / "index.html"
    assert "Alma was a woman in her thirties" in address.read_text("utf-8")
    metadata = yaml.safe_load((folder / "review.yml").read_text("utf-8"))
    metadata["retained_until"] = "2023-12-31"
    (folder / "review.yml").write_text(yaml.safe_dump(metadata, sort_keys=False), "utf-8")
    run_build(config)
    html = address.read_text("utf-8")
    assert "Record only" in html and "Alma was a woman in her thirties" not in html
    assert not (tmp_path / "site" / "reviews" / "alma-2022" / "overview-report").exists()
    rows = json.loads((tmp_path / "site" / "reviews.json").read_text("utf-8"))
    assert [(row["url"], row["status"]) for row in rows] == [("reviews/alma-2022/", "removed")]
    assert not (tmp_path / "site" / "pagefind").exists()  # nothing left to search
    assert "nothing to search" in (tmp_path / "site" / "search" / "index.html").read_text("utf-8")


# --- browsing pages ----------------------------------------------------------------------------


def test_home_page_lists_themes_with_counts_and_has_a_search_form(sample_site: Path) -> None:
    html = article(page(sample_site, ""))
    assert re.search(
        r'href="themes/coercive-control/">Coercive and controlling behaviour</a> \(2 reviews\)',
        html,
    )
    assert re.search(r'href="themes/separation/">Separation</a> \(1 review\)', html)
    assert '<form class="dhr-search-form" role="search" action="search/" method="get">' in html


@pytest.mark.parametrize(
    ("url_path", "expected"),
    [
        (
            "years",
            [
                ("2024", "1 review"),
                ("2023", "2 reviews"),  # Bea and Dana (withdrawn since, listed as a record)
                ("2022", "1 review"),
                ("2019", "1 review"),
            ],
        ),
        ("partnerships", [("Northshire Community Safety Partnership", "5 reviews")]),
    ],
)
def test_index_pages_show_counts(
    sample_site: Path, url_path: str, expected: list[tuple[str, str]]
) -> None:
    html = article(page(sample_site, url_path))
    found = re.findall(r'<a href="[^"]+">([^<]+)</a>(?: \([^)]*\))?:? \(?(\d+ reviews?)\)?', html)
    assert found == expected


def test_themes_index_shows_counts(sample_site: Path) -> None:
    html = article(page(sample_site, "themes"))
    assert re.search(r">Record keeping</a> \(2 reviews\)", html)
    assert re.search(r">Toxic trio</a> \(0 reviews\)", html)


@pytest.mark.parametrize(
    ("url_path", "first", "last"),
    [
        ("reviews", "Cleo", "Fern"),  # published, newest first (the default)
        ("browse/published-oldest", "Fern", "Cleo"),
        # deaths: Fern 2017-09, the others 2021-05 (then by date published)
        ("browse/death-newest", "Cleo", "Fern"),
        ("browse/death-oldest", "Fern", "Cleo"),
    ],
)
def test_all_reviews_in_each_order_without_javascript(
    sample_site: Path, url_path: str, first: str, last: str
) -> None:
    html = article(page(sample_site, url_path))
    names = re.findall(r"<td><a href=\"[^\"]+\">(\w+) - ", html)
    assert len(names) == 5 and names[0] == first and names[-1] == last
    assert "<script" not in html


def test_year_and_partnership_pages_list_their_reviews(sample_site: Path) -> None:
    year = article(page(sample_site, "years/2023"))
    assert re.findall(r"<td><a href=\"[^\"]+\">(\w+) - ", year) == ["Bea", "Dana"]
    csp = article(page(sample_site, "partnerships/northshire-community-safety-partnership"))
    assert len(re.findall(r"<td><a href=\"[^\"]+\">\w+ - Northshire", csp)) == 5


def test_review_pages_link_only_to_their_own_things(sample_site: Path) -> None:
    """Page size stays flat: no page but the listings names every review."""
    html = page(sample_site, "reviews/alma-2022")
    assert "bea-2023" not in html and "cleo-2024" not in html


def test_every_review_page_has_a_print_stylesheet(sample_site: Path) -> None:
    css = (site(sample_site) / "assets" / "stylesheets" / "dhr.css").read_text("utf-8")
    assert "@media print" in css
    assert "assets/stylesheets/dhr.css" in page(sample_site, "reviews/alma-2022")
