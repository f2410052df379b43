"""Preview mode of the `dhr-site` plugin: the site as it would be published, with every
finding of the anonymisation gate shown where it is, for the reviewer's eyes only.

Switched on by the environment variable `DHR_PREVIEW=1`, which `redact preview` sets when it
runs `mkdocs serve` (bound to 127.0.0.1). Only `mkdocs serve` may run in preview mode: it builds
into its own temporary folder, so a preview never reaches `site/`. And `make site` refuses any
output that carries the preview's markers (`preview_markers`, called by `gating.gate_output`).

What a preview page shows:
  - a banner with the words NOT FOR PUBLICATION and the number of findings;
  - each finding in the rendered text wrapped in `<mark class="redact-finding">`, coloured by
    severity, with the entity type in a title and in visually hidden text for screen readers;
  - a panel listing the page's findings that do not show on the page (front matter, HTML
    comments, link URLs, image alt text and metadata, file names, review.yml);
  - a findings page (`preview-findings/`) listing every finding with a link to its page.

The gate runs on the sources at each (re)build; its content-keyed cache means an edit re-scans
only the review that changed (the log says how many were checked and how many came from cache).
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from redact.findings import Finding, Severity, Surface

log = get_plugin_logger(__name__)

ENV_VARIABLE = "DHR_PREVIEW"
FINDINGS_PAGE = "preview-findings.md"
BANNER_WORDS = "NOT FOR PUBLICATION"
MARK_CLASS = "redact-finding"
# Strings that only a preview writes; a published site must never contain them.
MARKERS = (MARK_CLASS, BANNER_WORDS, "redact-preview-banner")

# Where a finding shows on the rendered page; anything else is listed in the page's panel.
RENDERED = {
    Surface.HEADING,
    Surface.PARAGRAPH,
    Surface.LIST,
    Surface.TABLE,
    Surface.BLOCKQUOTE,
    Surface.FOOTNOTE,
    Surface.LINK_TEXT,
    Surface.HTML,
    Surface.CODE,
    Surface.INLINE_CODE,
    Surface.TEXT,
}
_SKIPPED = {"script", "style", "textarea", "title"}
_TOKENS = re.compile(r"(<!--.*?-->|<[^>]*>)", re.DOTALL)
_TAG_NAME = re.compile(r"^</?\s*([a-zA-Z0-9]+)")

_STYLE = """<style>
.redact-preview-banner{background:#7a0019;color:#fff;padding:.8em 1em;margin:0 0 1em;
border-radius:.2em;font-weight:600}
.redact-preview-banner a{color:#fff;text-decoration:underline}
mark.redact-finding{padding:0 .1em;border-radius:.15em;outline:2px solid currentColor}
mark.redact-finding[data-severity=block]{background:#ffb3b3;color:#5c0000}
mark.redact-finding[data-severity=warn]{background:#ffe08a;color:#4a3500}
.redact-hidden-findings{border:2px solid #7a0019;padding:.5em 1em;margin:0 0 1em}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;
clip:rect(0 0 0 0);white-space:nowrap}
</style>"""


def active() -> bool:
    """True when `redact preview` started this build."""
    return os.environ.get(ENV_VARIABLE, "") not in {"", "0"}


def check_command(command: str) -> None:
    """Preview output must never be published: only `mkdocs serve` (temporary folder) may run."""
    if command != "serve":
        raise PluginError(
            f"{ENV_VARIABLE} is set, which puts the site into preview mode (findings shown, "
            f"marked {BANNER_WORDS}), but this is `mkdocs {command}`. Preview output is never "
            f"published: unset {ENV_VARIABLE} to build the site, or run `redact preview`."
        )


def severity_words(severity: Severity) -> str:
    return "blocks publication" if severity is Severity.BLOCK else "warning: a person should decide"


def mark(text_html: str, entity: str, severity: Severity) -> str:
    """One highlighted finding; `text_html` is already escaped."""
    words = severity_words(severity)
    label = html.escape(f"{entity} ({words})")
    return (
        f'<mark class="{MARK_CLASS}" data-entity="{html.escape(entity)}" '
        f'data-severity="{severity.value}" title="{label}">{text_html}'
        f'<span class="visually-hidden"> ({html.escape(entity)}, {words})</span></mark>'
    )


def highlight(markup: str, terms: dict[str, tuple[str, Severity]]) -> tuple[str, set[str]]:
    """Wrap every whole-word occurrence of a term in the page's text (never inside tags,
    comments, scripts or styles). Returns the new markup and the terms that were found."""
    if not terms:
        return markup, set()
    escaped = {html.escape(term, quote=False): term for term in terms if term.strip()}
    alternatives = sorted(escaped, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w])(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w])"
    )
    found: set[str] = set()
    skipping: list[str] = []
    out: list[str] = []
    for token in _TOKENS.split(markup):
        if not token:
            continue
        if token.startswith("<"):
            name = _TAG_NAME.match(token)
            tag = name.group(1).lower() if name else ""
            if tag in _SKIPPED and not token.startswith("</") and not token.endswith("/>"):
                skipping.append(tag)
            elif tag in _SKIPPED and token.startswith("</") and skipping:
                skipping.pop()
            out.append(token)
            continue
        if skipping:
            out.append(token)
            continue

        def replace(match: re.Match[str]) -> str:
            term = escaped[match.group(0)]
            found.add(term)
            entity, severity = terms[term]
            return mark(match.group(0), entity, severity)

        out.append(pattern.sub(replace, token))
    return "".join(out), found


@dataclass
class PreviewState:
    """The findings of one build and which page each belongs to."""

    content_dir: Path
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    page_uris: set[str] = field(default_factory=set)
    review_pages: dict[str, str] = field(default_factory=dict)  # slug -> landing page uri
    urls: dict[str, str] = field(default_factory=dict)  # page uri -> site url
    checked: int = 0
    from_cache: int = 0

    # -- scanning ---------------------------------------------------------------------------
    def scan(self, policy_path: Path) -> None:
        """Run the gate on every source. Blocking findings are shown, never raised."""
        from redact.gate import load_gate

        try:
            gate = load_gate(policy_path)
        except Exception as error:
            raise PluginError(
                f"Preview: the anonymisation gate could not start: {error}"
            ) from error
        cached: list[int] = []

        def progress(done: int, total: int) -> None:
            if not cached:
                cached.append(done)
            self.checked = total

        try:
            report = gate.check_paths([self.content_dir], progress=progress)
        except Exception as error:  # a preview that says "0 findings" after a crash would lie
            raise PluginError(
                f"Preview: the anonymisation gate failed ({type(error).__name__}: {error})"
            ) from error
        self.findings = list(report.findings)
        self.errors = list(report.errors)
        self.from_cache = cached[0] if cached else 0
        log.info(
            f"preview: {len(self.findings)} finding(s); the gate checked "
            f"{self.checked - self.from_cache} of {self.checked} review(s) or file(s) "
            f"(the rest unchanged, from its cache)"
        )

    # -- pages ------------------------------------------------------------------------------
    def relative(self, finding: Finding) -> str:
        path = Path(finding.path)
        try:
            return path.resolve().relative_to(self.content_dir.resolve()).as_posix()
        except ValueError:
            return finding.path

    def owner(self, finding: Finding) -> str | None:
        """The page (src uri) a finding belongs to, or None when nothing of it is published."""
        relative = self.relative(finding)
        parts = PurePosixPath(relative).parts
        if len(parts) >= 3 and parts[0] == "reviews":
            if relative in self.page_uris:
                return relative
            return self.review_pages.get(parts[1])
        if relative in self.page_uris:
            return relative
        return None

    def register_files(self, files: Files, review_pages: dict[str, str]) -> None:
        self.review_pages = dict(review_pages)
        self.page_uris = {f.src_uri for f in files.documentation_pages()}

    def findings_page(self) -> str:
        """The Markdown (raw HTML inside) of the page that lists every finding."""
        rows = []
        for finding in self.findings:
            owner = self.owner(finding)
            url = self.urls.get(owner or "")
            place = html.escape(self.relative(finding))
            if finding.line is not None:
                place += f", line {finding.line}"
            link = (
                f'<a href="{html.escape(get_relative_url(url, self.urls[FINDINGS_PAGE]))}">'
                f"{html.escape(owner or '')}</a>"
                if url is not None and FINDINGS_PAGE in self.urls
                else "not published (no page)"
            )
            rows.append(
                "<tr>"
                f"<td>{place}</td>"
                f"<td>{html.escape(finding.surface.value.replace('_', ' '))}</td>"
                f"<td>{mark(html.escape(finding.text), finding.entity_type, finding.severity)}</td>"
                f"<td>{html.escape(severity_words(finding.severity))}</td>"
                f"<td>{link}</td>"
                "</tr>"
            )
        errors = "".join(f"<li>{html.escape(e)}</li>" for e in self.errors)
        body = (
            "<table class='redact-findings'><thead><tr><th>File</th><th>Where</th>"
            "<th>Found</th><th>Severity</th><th>Page</th></tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table>"
            if rows
            else "<p>The gate found nothing.</p>"
        )
        error_block = (
            f"<p><strong>The gate could not check everything:</strong></p><ul>{errors}</ul>"
            if errors
            else ""
        )
        return f"# Preview: every finding\n\n{error_block}\n\n{body}\n"

    def add_findings_page(self, files: Files, config: MkDocsConfig) -> None:
        page = File.generated(
            config,
            FINDINGS_PAGE,
            content="",
            inclusion=InclusionLevel.NOT_IN_NAV,
        )
        files.append(page)
        self.urls = {f.src_uri: f.url for f in files.documentation_pages()}
        page.content_string = self.findings_page()

    def decorate(self, markup: str, page: Page) -> str:
        """Highlight, list what does not show, and put the banner on top."""
        uri = page.file.src_uri
        total = len(self.findings)
        blocking = sum(1 for f in self.findings if f.severity is Severity.BLOCK)
        if uri == FINDINGS_PAGE:
            return self._banner(page, total, blocking, None) + markup
        owned = [f for f in self.findings if self.owner(f) == uri]
        terms = self._terms(uri)
        markup, found = highlight(markup, terms)
        shown = [f for f in owned if f.surface in RENDERED and f.text in found]
        hidden = [f for f in owned if f not in shown]
        return self._banner(page, total, blocking, (len(owned), len(shown))) + (
            self._panel(hidden) + markup
        )

    def _terms(self, uri: str) -> dict[str, tuple[str, Severity]]:
        """What to highlight on a page: every finding's text from the same review (from every
        source on site-wide pages), the most severe kind winning."""
        parts = PurePosixPath(uri).parts
        slug = parts[1] if len(parts) >= 3 and parts[0] == "reviews" else None
        terms: dict[str, tuple[str, Severity]] = {}
        for finding in self.findings:
            if finding.start is None or not finding.text.strip():
                continue
            relative = PurePosixPath(self.relative(finding)).parts
            if slug is not None and not (
                len(relative) >= 3 and relative[0] == "reviews" and relative[1] == slug
            ):
                continue
            current = terms.get(finding.text)
            if current is None or (
                current[1] is Severity.WARN and finding.severity is Severity.BLOCK
            ):
                terms[finding.text] = (finding.entity_type, finding.severity)
        return terms

    def _banner(self, page: Page, total: int, blocking: int, counts: tuple[int, int] | None) -> str:
        findings_url = self.urls.get(FINDINGS_PAGE)
        link = (
            f' <a href="{html.escape(get_relative_url(findings_url, page.url))}">'
            "List every finding</a>."
            if findings_url is not None
            else ""
        )
        here = ""
        count = 0
        if counts is not None:
            count, shown = counts
            here = (
                f" This page: <span class='redact-count'>{count}</span> finding(s) "
                f"({shown} highlighted below, {count - shown} listed in the panel)."
            )
        errors = (
            f" The gate could not check {len(self.errors)} item(s): see the findings list."
            if self.errors
            else ""
        )
        return (
            f"{_STYLE}<div class='redact-preview-banner' role='alert' "
            f"data-findings-count='{count}' data-site-findings='{total}'>"
            f"<strong>{BANNER_WORDS}</strong>: preview with the anonymisation gate's findings "
            f"marked.{here} Whole site: {total} finding(s), {blocking} blocking publication."
            f"{errors}{link}</div>"
        )

    def _panel(self, hidden: Iterable[Finding]) -> str:
        items = [
            f"<li>{html.escape(self.relative(f))}"
            + (f", line {f.line}" if f.line is not None else "")
            + f" ({html.escape(f.surface.value.replace('_', ' '))}): "
            + mark(html.escape(f.text), f.entity_type, f.severity)
            + "</li>"
            for f in hidden
        ]
        if not items:
            return ""
        return (
            "<details open class='redact-hidden-findings'><summary>"
            f"{len(items)} finding(s) in places that do not show on this page (front matter, "
            "comments, link addresses, image text and metadata, file names, review.yml)"
            f"</summary><ul>{''.join(items)}</ul></details>"
        )


def preview_markers(site_dir: Path) -> list[str]:
    """Files of a built site that carry preview markers: such output is never published.

    Returns one plain sentence per file. Read as bytes, so no file kind escapes the check.
    """
    problems: list[str] = []
    encoded = [(marker, marker.encode()) for marker in MARKERS]
    for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
        try:
            data = path.read_bytes()
        except OSError as error:
            problems.append(f"{path}: cannot be read to check for preview markers ({error})")
            continue
        hits = [marker for marker, raw in encoded if raw in data]
        if hits:
            problems.append(
                f"{path}: contains preview markers ({', '.join(repr(h) for h in hits)}); this is "
                "preview output (`redact preview`), never published. Build again without "
                f"{ENV_VARIABLE}."
            )
    return problems


def refuse_preview_output(site_dir: Path) -> None:
    """Stop a build whose output carries preview markers (called before the output gate)."""
    problems = preview_markers(site_dir)
    if problems:
        listed = "\n".join(f"  - {problem}" for problem in problems[:50])
        more = f"\n  - ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        raise PluginError(
            f"Publication blocked: the build contains preview output.\n{listed}{more}\n"
            "Nothing was published; the previous site/ is unchanged."
        )
