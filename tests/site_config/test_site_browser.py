"""The built sample site in a real headless Chromium (Debian's, never a downloaded build):
accessibility (axe-core, WCAG 2.2 A/AA plus best practice, zero violations), nothing loaded
from another origin, visible keyboard focus, and a real Pagefind search.

Screenshots go to test-artifacts/ (gitignored). In CI (`CI` set) a missing Chromium fails
these tests; elsewhere they are skipped with how to install it."""

from __future__ import annotations

import functools
import http.server
import os
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.site_config.sample import REPO

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

# One page of each type the site publishes (url path, what it is).
PAGE_TYPES = [
    ("", "home"),
    ("reviews/", "listing"),
    ("browse/death-oldest/", "listing-other-order"),
    ("themes/", "themes-index"),
    ("themes/coercive-control/", "theme"),
    ("years/2023/", "year"),
    ("partnerships/", "partnerships-index"),
    ("reviews/alma-2022/", "review-landing"),
    ("reviews/alma-2022/overview-report/", "report"),
    ("reviews/alma-2022/action-plan/", "action-plan"),
    ("reviews/dana-2020/", "record-withdrawn"),
    ("reviews/fern-2019/", "record-expired"),
    ("search/", "search"),
    ("about/", "about"),
]


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = (
        "Debian's Chromium is not installed: `apt-get update && apt-get install -y chromium` "
        "(CI installs it in .ci/run)."
    )
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return None


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser that closes a connection early (a cancelled prefetch) is no error of the
        site's; anything else is printed, as the standard server does."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


@pytest.fixture(scope="module")
def base_url(sample_site: Path) -> Iterator[str]:
    """The built site served from 127.0.0.1 (a local http.server, stopped after the module)."""
    handler = functools.partial(_Quiet, directory=str(sample_site / "site"))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


def axe_script() -> str:
    """axe-core as bundled (pinned) in the `axe-playwright-python` wheel: nothing downloaded."""
    from axe_playwright_python.base import AXE_FILE_PATH

    return AXE_FILE_PATH.read_text("utf-8")


SEARCH_BOX = "#dhr-search-input"
RESULT_LINKS = "#dhr-search-results .dhr-result__title a"
STATUS = "#dhr-search-status"


def _search(page: Any, base_url: str, term: str) -> None:
    """Type `term` into the search page's box and wait for the results and the status line."""
    page.goto(base_url + "search/")
    page.fill(SEARCH_BOX, term)
    page.press(SEARCH_BOX, "Enter")
    page.wait_for_selector(RESULT_LINKS, timeout=30_000)
    page.wait_for_selector(STATUS + ":not(:empty)")


def _result_links(page: Any) -> list[tuple[str, str]]:
    links: list[list[str]] = page.eval_on_selector_all(
        RESULT_LINKS, "links => links.map(a => [a.textContent, a.pathname])"
    )
    return [(title, path) for title, path in links]


@pytest.mark.parametrize(("url_path", "kind"), PAGE_TYPES, ids=[kind for _, kind in PAGE_TYPES])
def test_page_has_no_accessibility_violations(
    page: Any, base_url: str, url_path: str, kind: str
) -> None:
    page.goto(base_url + url_path)
    page.wait_for_load_state("networkidle")
    if kind == "search":  # check the page with results and filters on it, not just a box
        _search(page, base_url, "thirties")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"site-{kind}.png"), full_page=True)
    page.evaluate(axe_script())
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    problems = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in results["violations"]
    ]
    assert problems == []


@pytest.mark.parametrize(("url_path", "kind"), PAGE_TYPES, ids=[kind for _, kind in PAGE_TYPES])
def test_page_loads_nothing_from_another_origin(
    page: Any, base_url: str, url_path: str, kind: str
) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(base_url + url_path)
    page.wait_for_load_state("networkidle")
    if kind == "search":
        _search(page, base_url, "thirties")
        page.wait_for_load_state("networkidle")
    assert requested, "the page made no requests at all"
    elsewhere = [url for url in requested if not url.startswith(base_url)]
    elsewhere = [url for url in elsewhere if not url.startswith(("data:", "blob:"))]
    assert elsewhere == []


def test_a_real_search_finds_the_review_that_holds_the_word(page: Any, base_url: str) -> None:
    """Pagefind's WebAssembly runs under the site's Content-Security-Policy, and its prebuilt
    interface (pagefind-ui.js/css), the worker and the filter index are never fetched."""
    errors: list[str] = []
    fetched: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: fetched.append(request.url.removeprefix(base_url)))
    _search(page, base_url, "responded")  # only in the overview reports
    page.wait_for_load_state("networkidle")
    links = _result_links(page)
    paths = {path for _, path in links}
    assert "/reviews/alma-2022/overview-report/" in paths
    assert all(path.startswith("/reviews/") for path in paths)  # only review text is indexed
    assert any("Alma - Northshire" in title for title, _ in links)
    assert errors == []  # no CSP refusal of the module or the wasm
    assert "pagefind/pagefind.js" in fetched and "pagefind/wasm.en.pagefind" in fetched
    unwanted = [url for url in fetched if "pagefind-ui" in url or "worker" in url]
    assert unwanted == []
    assert not [url for url in fetched if url.startswith("pagefind/filter/")]


def test_excerpts_mark_the_word_searched_for(page: Any, base_url: str) -> None:
    _search(page, base_url, "responded")
    marks = page.eval_on_selector_all(
        "#dhr-search-results .dhr-result__excerpt mark", "marks => marks.map(m => m.textContent)"
    )
    assert marks and all(mark.lower().startswith("respond") for mark in marks)


def test_the_status_line_announces_how_many_results(page: Any, base_url: str) -> None:
    """The count is written into a polite live region, so a screen reader reads it out."""
    _search(page, base_url, "thirties")
    status = page.locator(STATUS)
    assert status.get_attribute("role") == "status"
    assert status.get_attribute("aria-live") == "polite"
    assert status.text_content() == "3 results for \u201cthirties\u201d."
    page.fill(SEARCH_BOX, "zzzqqq")
    page.press(SEARCH_BOX, "Enter")
    from playwright.sync_api import expect

    expect(status).to_have_text("No results for \u201czzzqqq\u201d.", timeout=30_000)
    assert page.locator(RESULT_LINKS).count() == 0


def test_search_from_the_home_page_form_and_filters(page: Any, base_url: str) -> None:
    """The home page's plain form sends `?q=` to the search page, which searches at once;
    a filter (a plain select written at build time) narrows the results, and fetches a filter
    file only then."""
    from playwright.sync_api import expect

    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url.removeprefix(base_url)))
    page.goto(base_url)
    page.fill("#dhr-home-search", "thirties")
    page.press("#dhr-home-search", "Enter")
    page.wait_for_selector(RESULT_LINKS, timeout=30_000)
    assert page.url.endswith("/search/?q=thirties")
    assert page.locator(RESULT_LINKS).count() == 3  # Alma, Bea and Cleo's summaries
    assert not [url for url in fetched if url.startswith("pagefind/filter/")]
    page.get_by_label("Year published").select_option("2023")
    # (a polling function would need eval, which the site's CSP rightly refuses)
    expect(page.locator(RESULT_LINKS)).to_have_count(1, timeout=30_000)
    expect(page.locator(STATUS)).to_have_text(
        "1 result for \u201cthirties\u201d with the chosen filters."
    )
    title = page.locator(RESULT_LINKS).first.text_content()
    assert title is not None and title.startswith("Bea - ")
    assert [url for url in fetched if url.startswith("pagefind/filter/")]
    page.get_by_label("Year published").select_option("")  # back to "Any"
    expect(page.locator(RESULT_LINKS)).to_have_count(3, timeout=30_000)


def test_a_filter_alone_lists_the_pages_it_matches(page: Any, base_url: str) -> None:
    from playwright.sync_api import expect

    page.goto(base_url + "search/")
    page.get_by_label("Year published").select_option("2022")
    expect(page.locator(STATUS)).to_have_text(
        re.compile(r"^\d+ results? for the chosen filters\.$"), timeout=30_000
    )
    paths = {path for _, path in _result_links(page)}
    assert paths and all(path.startswith("/reviews/alma-2022/") for path in paths)


def test_more_results_fetches_the_next_five_and_moves_focus(page: Any, base_url: str) -> None:
    """Only five results' data is fetched at first; the button adds the rest and puts keyboard
    focus on the first new result."""
    from playwright.sync_api import expect

    _search(page, base_url, "the")  # in every indexed page (nine of them)
    expect(page.locator(RESULT_LINKS)).to_have_count(5)
    assert page.locator(STATUS).text_content() == (
        "9 results for \u201cthe\u201d. Showing the first 5."
    )
    more = page.get_by_role("button", name="More results")
    more.focus()
    page.keyboard.press("Enter")
    expect(page.locator(RESULT_LINKS)).to_have_count(9, timeout=30_000)
    expect(more).to_be_hidden()
    focused = page.evaluate("() => document.activeElement.textContent")
    assert focused == page.locator(RESULT_LINKS).nth(5).text_content()
    assert page.locator(STATUS).text_content() == "9 results for \u201cthe\u201d."


def test_keyboard_reaches_the_search_box_filters_and_results(page: Any, base_url: str) -> None:
    """Tab from the top of the page reaches the search box, then its button and the filters,
    then the first result, each with a visible outline."""
    page.goto(base_url + "search/?q=thirties")
    page.wait_for_selector(RESULT_LINKS, timeout=30_000)
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    reached: list[dict[str, Any]] = []
    for _ in range(60):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement;
                const style = getComputedStyle(el);
                return {id: el.id, tag: el.tagName, text: el.textContent.trim(),
                        result: Boolean(el.closest('#dhr-search-results')),
                        outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};
            }"""
        )
        reached.append(focused)
        if focused["result"]:
            break
    ids = [element["id"] for element in reached]
    assert "dhr-search-input" in ids
    box = ids.index("dhr-search-input")
    tags = [element["tag"] for element in reached[box:]]
    assert tags[:2] == ["INPUT", "BUTTON"] and "SELECT" in tags
    assert reached[-1]["result"] and reached[-1]["tag"] == "A"  # the first result's link
    for element in reached[box:]:
        assert element["outline"] != "none" and element["width"] >= 2, element
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "site-search-focus-result.png"))


def test_the_search_page_without_javascript_offers_no_dead_form(
    browser: Any, base_url: str
) -> None:
    """Without JavaScript the form (which could not search) stays hidden and the page keeps
    its `<noscript>` pointer to the listing pages. (Chromium with scripts switched off by the
    test driver still skips `<noscript>` when drawing, so its text is read from the DOM; the
    built HTML is checked in test_library_site.)"""
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + "search/")
        assert page.locator("form.dhr-search__form").is_hidden()
        assert page.locator("#dhr-search-more").is_hidden()
        note = page.eval_on_selector("noscript", "n => n.textContent")
        assert "Search needs JavaScript" in note and "all reviews" in note
    finally:
        context.close()


def test_tab_reaches_the_skip_link_first_and_focus_is_visible(page: Any, base_url: str) -> None:
    page.goto(base_url + "reviews/alma-2022/")
    page.keyboard.press("Tab")
    page.wait_for_timeout(500)  # Material fades the skip link in (a 250 ms transition)
    focused = page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return {cls: el.className, text: el.textContent.trim(), href: el.getAttribute('href'),
                    outline: style.outlineStyle, width: parseFloat(style.outlineWidth),
                    opacity: style.opacity};
        }"""
    )
    assert (
        "md-skip" in focused["cls"]
        and focused["href"] == "#alma-northshire-community-safety-partnership-2022a-dhr"
    )
    assert focused["outline"] != "none" and focused["width"] >= 2
    assert float(focused["opacity"]) > 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "site-focus-skip-link.png"))


def test_keyboard_reaches_links_in_the_text_with_a_visible_outline(
    page: Any, base_url: str
) -> None:
    page.goto(base_url + "reviews/alma-2022/")
    page.focus("a[href='#support-contacts']")
    style = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
    )
    assert style[0] == "solid" and style[1] >= 2


def test_print_hides_navigation_and_shows_outside_link_addresses(page: Any, base_url: str) -> None:
    page.goto(base_url + "reviews/alma-2022/")
    page.emulate_media(media="print")
    hidden = page.evaluate(
        """() => ['.md-header', '.md-sidebar--primary', '.md-footer']
              .map(sel => document.querySelector(sel))
              .filter(el => el !== null)
              .map(el => getComputedStyle(el).display)"""
    )
    assert hidden and all(display == "none" for display in hidden)
    after = page.evaluate(
        "() => getComputedStyle(document.querySelector("
        "'.support-contacts a[href^=\"http\"]'), '::after').content"
    )
    assert "https://www.nationaldahelpline.org.uk/" in after
    ARTIFACTS.mkdir(exist_ok=True)
    page.pdf(path=str(ARTIFACTS / "site-review-print.pdf"))
