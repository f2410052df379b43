"""`redact preview` in a real headless Chromium (Debian's, driven by Playwright): the banner,
a highlighted name in a paragraph, a table, a heading and a footnote, the findings count, live
reload after an edit, and a server bound to 127.0.0.1 only. Saves test-artifacts/preview.png."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.site_config.sample import REPO, write_project

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
NAME = "Perpetua Hollingbrook"  # invented
REPORT = f"""# Overview report

## What {NAME} told the GP

This report describes how agencies responded to Alma. {NAME} was her neighbour.

| Agency | Contact |
| --- | --- |
| Northshire Police | Officers spoke to {NAME} |

The neighbour called the police.[^1]

[^1]: The call was made by {NAME} in the evening.
"""


def _chromium() -> Path:
    if CHROMIUM.exists():
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing; CI installs it (apt-get install chromium)")
    pytest.skip(f"needs Debian's Chromium at {CHROMIUM}: apt-get install chromium")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on `port` (Linux /proc/net)."""
    found: set[str] = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            address, port_hex = fields[1].split(":")
            if fields[3] == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                if width == 8:
                    found.add(socket.inet_ntoa(bytes.fromhex(address)[::-1]))
                else:
                    found.add(address)
    return found


def _wait_for(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float = 240) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the preview server stopped:\n{_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"the preview did not answer at {url}:\n{_tail(log)}")


def _tail(log: Path, characters: int = 4000) -> str:
    """The end of the preview's own output, for a failure message (invented names only)."""
    return log.read_text("utf-8", errors="replace")[-characters:]


@pytest.fixture
def preview(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, Path, int, Path]]:
    config = write_project(tmp_path, reviews=1)
    report = tmp_path / "content" / "reviews" / "alma-2022" / "overview-report.md"
    report.write_text(REPORT, "utf-8")
    port = _free_port()
    environment = dict(os.environ, REDACT_CACHE_DIR=str(tmp_path / "cache"))
    # A file, not a pipe: a pipe nobody reads while the server runs could fill and stall it.
    log = tmp_path / "preview.log"
    output = log.open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from redact.cli import main; main()",
            "preview",
            str(config),
            "--port",
            str(port),
        ],
        cwd=tmp_path,
        env=environment,
        stdout=output,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        _wait_for(url, process, log)
        yield url, report, port, log
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        output.close()


def test_preview_in_a_browser(preview: tuple[str, Path, int, Path]) -> None:
    chromium = _chromium()
    from playwright.sync_api import expect, sync_playwright

    url, report, port, log = preview
    assert _listening_addresses(port) == {"127.0.0.1"}  # never 0.0.0.0 or any other interface

    page_url = url + "reviews/alma-2022/overview-report/"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(page_url)
            banner = page.locator(".redact-preview-banner")
            assert "NOT FOR PUBLICATION" in banner.inner_text()
            assert banner.get_attribute("data-findings-count") == "4"
            assert "4 finding(s)" in banner.inner_text()
            marks = "mark.redact-finding[data-entity=PERSON]"
            content = page.locator("article")
            for place in ("h2", "p", "table", ".footnote"):  # heading, paragraph, table, footnote
                located = content.locator(f"{place} {marks}")
                assert located.count() >= 1, place
                assert NAME in located.first.inner_text()
            artifacts = REPO / "test-artifacts"
            artifacts.mkdir(exist_ok=True)
            page.screenshot(path=str(artifacts / "preview.png"), full_page=True)

            # The findings page links to the page each finding belongs to.
            page.goto(url + "preview-findings/")
            assert "NOT FOR PUBLICATION" in page.locator(".redact-preview-banner").inner_text()
            links = page.locator("table.redact-findings a[href*='overview-report']")
            assert links.count() >= 4

            # Live reload: an edit is rescanned and the open page reloads itself, without
            # restarting the preview. Nothing navigates the page here: the preview's own reload
            # must (a navigation of the test's own once raced it and hung past 30 s in CI).
            page.goto(page_url)
            report.write_text(REPORT + f"\n{NAME} moved away.\n", "utf-8")
            banner = page.locator(".redact-preview-banner")
            try:
                expect(banner).to_have_attribute("data-findings-count", "5", timeout=120_000)
            except AssertionError as error:
                raise AssertionError(f"{error}\nthe preview's output:\n{_tail(log)}") from None
        finally:
            browser.close()
