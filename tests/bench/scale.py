"""Scale benchmark of the published site (not a test): build invented libraries of 100, 500
and 1,500 reviews of about 20,000 words each and report what grows.

    .venv/bin/python -m tests.bench.scale                      # 100, 500, 1500
    .venv/bin/python -m tests.bench.scale --sizes 100 500      # a shorter run
    .venv/bin/python -m tests.bench.scale --browser            # also count a first search's bytes
                                                               # in headless Chromium

Each size is built in its own process (so its peak memory is its own): a real MkDocs build with
the dhr-site plugin, the Pagefind index (a child process, measured separately) and the open
data. ONLY HERE the anonymisation gate's two checks are replaced by no-ops, by patching
`site_config.plugin.gate_sources/gate_output` inside the benchmark's process: the gate reads
about 1-2 thousand words a second, and 30 million words would take days. A normal build has no
way to skip the gate (no option, no environment variable). The gate's own speed is measured by
`make bench` (redact/bench.py).

Reported per size: build time, peak memory of the build process and of Pagefind, total site
size, the size of one review page (goal: within 1.2x of the size at 100 reviews), and the bytes
a first search fetches (goal: at most 0.6 MB at 1,500 reviews), counted from Pagefind's files for
one query (and, with --browser, from the requests Chromium makes).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
WORDS_PER_REVIEW = 20_000
SEARCH_TERM = "safeguarding"  # in every generated report, so the query returns a full page
FIRST_RESULTS = 5  # the search page fetches five results' data at first (dhr-search.js PAGE_SIZE)
SEARCH_SCRIPT = "assets/javascripts/dhr-search.js"  # the site's own search interface

_COMMON = [
    "the",
    "agency",
    "agencies",
    "police",
    "GP",
    "health",
    "visitor",
    "housing",
    "officer",
    "risk",
    "assessment",
    "referral",
    "MARAC",
    "IDVA",
    "safeguarding",
    "adult",
    "children",
    "social",
    "care",
    "probation",
    "mental",
    "health",
    "substance",
    "misuse",
    "alcohol",
    "contact",
    "disclosure",
    "information",
    "sharing",
    "record",
    "keeping",
    "coercive",
    "control",
    "pattern",
    "abuse",
    "domestic",
    "partner",
    "family",
    "friends",
    "neighbour",
    "school",
    "nursery",
    "hospital",
    "emergency",
    "department",
    "appointment",
    "missed",
    "concern",
    "concerns",
    "recorded",
    "review",
    "panel",
    "chair",
    "recommendation",
    "learning",
    "practice",
    "policy",
    "procedure",
    "training",
    "supervision",
    "manager",
    "professional",
    "curiosity",
    "victim",
    "perpetrator",
    "relationship",
    "separation",
    "stalking",
    "economic",
    "finances",
    "benefits",
    "tenancy",
    "was",
    "were",
    "had",
    "not",
    "did",
    "would",
    "could",
    "should",
    "because",
    "after",
    "before",
    "when",
    "while",
    "during",
    "months",
    "years",
    "weeks",
    "later",
    "earlier",
    "again",
    "often",
    "never",
    "always",
    "some",
    "many",
    "few",
    "several",
    "each",
    "every",
]
_SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "da",
    "de",
    "di",
    "do",
    "du",
    "fa",
    "fe",
    "fi",
    "fo",
    "ka",
    "ke",
    "ki",
    "ko",
    "la",
    "le",
    "li",
    "lo",
    "lu",
    "ma",
    "me",
    "mi",
    "mo",
    "mu",
    "na",
    "ne",
    "ni",
    "no",
    "nu",
    "pa",
    "pe",
    "pi",
    "po",
    "ra",
    "re",
    "ri",
    "ro",
    "ru",
    "sa",
    "se",
    "si",
    "so",
    "ta",
    "te",
    "ti",
    "to",
    "tu",
    "va",
    "ve",
    "vi",
    "vo",
    "wa",
    "we",
    "wi",
    "za",
    "ze",
]


class TextGenerator:
    """Invented, report-like text: common domain words and a long tail of invented words
    (no real names or places), with Zipf-like frequencies so the index grows realistically."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        tail = {
            "".join(self.random.choice(_SYLLABLES) for _ in range(self.random.randint(2, 4)))
            for _ in range(40_000)
        }
        self.tail = sorted(tail)

    def word(self) -> str:
        if self.random.random() < 0.7:
            return self.random.choice(_COMMON)
        index = min(int(self.random.paretovariate(1.1)) - 1, len(self.tail) - 1)
        return self.tail[(index * 7919) % len(self.tail)]

    def paragraph(self, words: int) -> str:
        sentences: list[str] = []
        left = words
        while left > 0:
            length = min(left, self.random.randint(12, 28))
            text = " ".join(self.word() for _ in range(length))
            sentences.append(text[0].upper() + text[1:] + ".")
            left -= length
        return " ".join(sentences)

    def document(self, title: str, words: int, term: str) -> str:
        parts = [f"# {title}", ""]
        section = 0
        while words > 0:
            section += 1
            parts += [f"## Section {section}", ""]
            for _ in range(6):
                size = min(words, 160)
                parts += [self.paragraph(size), ""]
                words -= size
                if words <= 0:
                    break
        parts += [f"The panel's {term} findings are set out above.", ""]
        return "\n".join(parts)


def write_library(root: Path, count: int) -> Path:
    """An invented project with `count` reviews; returns its mkdocs.yml."""
    from tests.site_config.sample import review_yml, write_project

    config = write_project(root, reviews=0)
    generator = TextGenerator(seed=count)
    reviews = root / "content" / "reviews"
    reviews.mkdir(parents=True, exist_ok=True)
    themes = [
        "coercive-control",
        "risk-assessment",
        "multi-agency-working",
        "toxic-trio",
        "separation",
        "record-keeping",
        "training",
    ]
    for index in range(count):
        slug = f"review-{index:05d}"
        year = 2012 + index % 13
        letter = "abcdefghijklmnopqrstuvwxyz"[index // 13 % 26]
        metadata = review_yml(
            f"Adult {index}",
            f"{year}/{letter}",
            month_of_death=f"{year - 2}-{index % 12 + 1:02d}",
            dates={
                "commissioned": f"{year - 1}-01-10",
                "qa_approved": f"{year - 1}-06-01",
                "published": f"{year}-{index % 12 + 1:02d}-01",
            },
            themes=generator.random.sample(themes, 3),
        )
        folder = reviews / slug
        folder.mkdir()
        (folder / "review.yml").write_text(yaml.safe_dump(metadata, sort_keys=False), "utf-8")
        summary_words = WORDS_PER_REVIEW * 8 // 100
        plan_words = WORDS_PER_REVIEW * 7 // 100
        report_words = WORDS_PER_REVIEW - summary_words - plan_words
        texts = {
            "executive-summary.md": ("Executive summary", summary_words),
            "overview-report.md": ("Overview report", report_words),
            "action-plan.md": ("Action plan", plan_words),
        }
        for name, (title, words) in texts.items():
            (folder / name).write_text(generator.document(title, words, SEARCH_TERM), "utf-8")
    return config


def build_one(count: int, root: Path) -> dict[str, Any]:
    """In this process: generate, build with the gate's checks patched out, measure."""
    from site_config import plugin
    from tests.site_config.conftest import run_build

    def no_gate(*args: object, **kwargs: object) -> None:
        return None

    plugin.gate_sources = no_gate  # type: ignore[attr-defined]  # benchmark only; see above
    plugin.gate_output = no_gate  # type: ignore[attr-defined]

    config = write_library(root, count)
    words = sum(
        len(p.read_text("utf-8").split()) for p in (root / "content" / "reviews").rglob("*.md")
    )
    started = time.perf_counter()
    run_build(config)
    seconds = time.perf_counter() - started
    site = root / "site"
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    bundle = site / "pagefind"
    return {
        "reviews": count,
        "words": words,
        "build_seconds": round(seconds, 1),
        "build_peak_mb": round(self_kb / 1024),
        "pagefind_peak_mb": round(child_kb / 1024),
        "site_mb": round(total / 1e6, 1),
        "pagefind_mb": round(
            sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file()) / 1e6, 1
        ),
        "files": sum(1 for p in site.rglob("*") if p.is_file()),
        "landing_page_bytes": (site / "reviews" / "review-00000" / "index.html").stat().st_size,
        "report_page_bytes": (site / "reviews" / "review-00000" / "overview-report" / "index.html")
        .stat()
        .st_size,
        "listing_page_bytes": (site / "reviews" / "index.html").stat().st_size,
        "home_page_bytes": (site / "index.html").stat().st_size,
        "first_search": first_search_bytes(site, SEARCH_TERM),
    }


def first_search_bytes(site: Path, term: str) -> dict[str, int]:
    """An upper estimate, from the files, of what a first search fetches: entry and metadata,
    Pagefind's engine (pagefind.js; no prebuilt interface, no worker), the wasm, the largest
    index chunk, the five largest fragments and our dhr-search.js. Filter files are listed but
    not counted: they are fetched only when a reader chooses a filter. (`--browser` measures
    the real requests instead.)"""
    bundle = site / "pagefind"
    sizes = {
        "entry_and_meta": (bundle / "pagefind-entry.json").stat().st_size
        + sum(p.stat().st_size for p in bundle.glob("pagefind.*.pf_meta")),
        "program_js": (bundle / "pagefind.js").stat().st_size
        + (site / SEARCH_SCRIPT).stat().st_size,
        "wasm": (bundle / "wasm.en.pagefind").stat().st_size,
        "filters_all_not_counted": sum(p.stat().st_size for p in (bundle / "filter").glob("*")),
        "largest_index_chunk": max(
            (p.stat().st_size for p in (bundle / "index").glob("*")), default=0
        ),
        "index_chunks": sum(1 for _ in (bundle / "index").glob("*")),
        "largest_fragments_x5": sum(
            sorted((p.stat().st_size for p in (bundle / "fragment").glob("*")), reverse=True)[
                :FIRST_RESULTS
            ]
        ),
    }
    sizes["estimate_total"] = (
        sizes["entry_and_meta"]
        + sizes["program_js"]
        + sizes["wasm"]
        + sizes["largest_index_chunk"]
        + sizes["largest_fragments_x5"]
    )
    return sizes


def _search_file_kind(url: str) -> str:
    """Which part of the search a fetched file is (for the breakdown)."""
    if url == SEARCH_SCRIPT:
        return "dhr_search_js"
    name = url.removeprefix("pagefind/").split("?")[0]
    for prefix, kind in (("index/", "index"), ("filter/", "filter"), ("fragment/", "fragment")):
        if name.startswith(prefix):
            return kind
    if name.startswith("wasm."):
        return "wasm"
    if name.endswith((".pf_meta", "pagefind-entry.json")):
        return "entry_and_meta"
    return name  # a program file: pagefind.js (pagefind-ui.*, pagefind-worker.js must not appear)


def browser_first_search(site: Path, term: str) -> dict[str, int]:
    """Load the search page in headless Chromium, search once, sum every response's bytes."""
    import functools
    import http.server
    import threading

    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return None

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    sizes: dict[str, int] = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            context = browser.new_context()

            def record(response: Any) -> None:
                try:
                    sizes[response.url.removeprefix(base)] = len(response.body())
                except PlaywrightError:  # a response without a body (redirect): nothing fetched
                    return

            context.on("response", record)
            page = context.new_page()
            page.goto(base + "search/")
            page.wait_for_load_state("networkidle")
            before = dict(sizes)
            page.fill("#dhr-search-input", term)
            page.press("#dhr-search-input", "Enter")
            page.wait_for_selector("#dhr-search-results .dhr-result", timeout=60_000)
            page.wait_for_load_state("networkidle")
            shown = page.locator("#dhr-search-results .dhr-result").count()
            browser.close()
    finally:
        server.shutdown()
    search_files = {
        url: size
        for url, size in sizes.items()
        if url.startswith("pagefind/") or url == SEARCH_SCRIPT
    }
    breakdown: dict[str, int] = {}
    for url, size in search_files.items():
        kind = _search_file_kind(url)
        breakdown[kind] = breakdown.get(kind, 0) + size
    return {
        "all_requests": sum(sizes.values()),
        "pagefind_files": sum(size for url, size in search_files.items() if url != SEARCH_SCRIPT),
        "search_total": sum(search_files.values()),  # Pagefind's files and dhr-search.js
        "after_typing": sum(size for url, size in sizes.items() if url not in before),
        "requests": len(sizes),
        "results_shown": shown,
        **{f"bytes_{kind}": size for kind, size in sorted(breakdown.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 1500])
    parser.add_argument("--browser", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:  # the child process: one size
        result = build_one(args.one, args.root)
        if args.browser:
            result["browser_first_search"] = browser_first_search(args.root / "site", SEARCH_TERM)
        print("RESULT " + json.dumps(result), flush=True)
        return
    results = []
    for count in args.sizes:
        with tempfile.TemporaryDirectory(prefix=f"dhr-scale-{count}-") as folder:
            command = [sys.executable, "-m", "tests.bench.scale", "--one", str(count)]
            command += ["--root", folder] + (["--browser"] if args.browser else [])
            output = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
            lines = [line for line in output.stdout.splitlines() if line.startswith("RESULT ")]
            if output.returncode != 0 or not lines:
                print(output.stderr[-3000:], file=sys.stderr)
                raise SystemExit(f"the build of {count} reviews failed")
            result = json.loads(lines[-1].removeprefix("RESULT "))
            results.append(result)
            print(json.dumps(result), flush=True)
    report(results)


def report(results: list[dict[str, Any]]) -> None:
    base = results[0]
    print()
    print(
        "| reviews | words | build s | build peak MB | Pagefind peak MB | site MB | "
        "report page KB (x base) | landing page KB (x base) | "
        "first search KB (Pagefind files + dhr-search.js) |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        report_ratio = r["report_page_bytes"] / base["report_page_bytes"]
        landing_ratio = r["landing_page_bytes"] / base["landing_page_bytes"]
        search = (
            r.get("browser_first_search", {}).get("search_total")
            or r["first_search"]["estimate_total"]
        )
        print(
            f"| {r['reviews']:,} | {r['words']:,} | {r['build_seconds']} | {r['build_peak_mb']} "
            f"| {r['pagefind_peak_mb']} | {r['site_mb']} "
            f"| {r['report_page_bytes'] / 1000:.0f} ({report_ratio:.2f}x) "
            f"| {r['landing_page_bytes'] / 1000:.0f} ({landing_ratio:.2f}x) | {search / 1000:.0f} |"
        )


if __name__ == "__main__":
    main()
