"""`dhr-site`: the MkDocs glue of the publishing site. Thin on purpose; the work is in
`library` (which reviews), `pages` (what the generated pages say), `gating` (the two gate
checkpoints) and `safe_build` (build beside `site/`, swap in only when checked).

Order of a build, and why:
  on_startup    remember the command: `serve` builds into its own temporary folder.
  on_config     point `site_dir` at a fresh `.site-build-<random>` folder beside `site/`.
  on_pre_build  load the theme vocabulary and every review (all problems at once), then gate
                the sources; all before MkDocs writes anything.
  on_files      drop metadata and private files; generate the listing, theme and review pages.
  on_page_markdown  add the content note, support contacts (and the fictional-sample notice)
                to review documents.
  on_page_content  mark the text of each review (not the navigation) for the search index.
  on_post_build write the open data (reviews.json, reviews.csv, feed.xml) and the search index,
                gate everything that was written, then swap the build into `site/`.
  on_build_error / on_shutdown  delete the build folder; `site/` is left as it was.
"""

from __future__ import annotations

import logging
import posixpath
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Literal

from mkdocs.config import config_options as c
from mkdocs.config.base import BaseConfigOption, Config, ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler
from mkdocs.utils.meta import get_data

from redact.review import DOCUMENT_FILES
from redact.themes import Theme, ThemeVocabularyError, load_theme_vocabulary
from site_config import listings, open_data, pages, preview, search
from site_config.gating import gate_output, gate_sources
from site_config.library import REVIEWS_FOLDER, Library, LibraryError, Review, load_library
from site_config.pages import SiteText, SupportContact
from site_config.safe_build import SafeBuild, SafeBuildError

log = get_plugin_logger(__name__)

_DEFAULT_CONTENT_NOTE = (
    "This review describes a death that followed domestic abuse. Some readers may find it "
    "distressing."
)
_DEFAULT_COPY_REQUESTS = (
    "To request a copy of a review that is no longer on this site, write to the Community "
    "Safety Partnership, giving the review's title."
)
_DEFAULT_SUPPORT = (
    "If anything on this site raises concerns for you or someone you know, national domestic "
    "abuse helplines and local support services can help. In an emergency, call 999."
)
# National services, free to call. Their numbers are listed in site_config/policy.yml
# (allow: other) so the gate lets exactly these through; a site adds its local services here
# and their numbers there.
_DEFAULT_SUPPORT_CONTACTS: list[dict[str, str]] = [
    {
        "name": "National Domestic Abuse Helpline",
        "phone": "0808 2000 247",
        "url": "https://www.nationaldahelpline.org.uk/",
        "hours": "free, 24 hours a day",
    },
    {
        "name": "Men's Advice Line",
        "phone": "0808 8010 327",
        "url": "https://mensadviceline.org.uk/",
        "hours": "free; see the website for opening hours",
    },
    {
        "name": "Samaritans",
        "phone": "116 123",
        "url": "https://www.samaritans.org/",
        "hours": "free, 24 hours a day",
    },
]
# Pages the plugin writes itself; a file of the same name in content/ would be ambiguous.
_GENERATED = (
    pages.LISTING,
    pages.THEMES_INDEX,
    pages.YEARS_INDEX,
    pages.PARTNERSHIPS_INDEX,
    pages.SEARCH,
)
_GENERATED_FOLDERS = ("themes", "years", "partnerships", "browse")
_BUILT_FILES = (open_data.JSON_NAME, open_data.CSV_NAME, open_data.FEED_NAME, search.BUNDLE)


class _AlwaysOn(BaseConfigOption[bool]):
    """The gate and the safe build have no off switch: any value but `true` is an error."""

    def __init__(self, what: str) -> None:
        super().__init__()
        self.default = True
        self.what = what

    def run_validation(self, value: object) -> bool:
        if value is True:
            return True
        raise ValidationError(
            f"{self.what} cannot be switched off; remove this line from mkdocs.yml. "
            "Use `make check` to look at findings without building."
        )


class SupportContactConfig(Config):  # type: ignore[no-untyped-call]
    """One entry of `support_contacts:`: name, and optionally phone, url and hours."""

    name = c.Type(str)
    phone = c.Type(str, default="")
    url = c.Type(str, default="")
    hours = c.Type(str, default="")


class DhrSiteConfig(Config):  # type: ignore[no-untyped-call]
    """Options of `plugins: - dhr-site:` in mkdocs.yml."""

    site_label = c.Type(str, default="Domestic Homicide Review")
    short_label = c.Type(str, default="DHR")
    csp_name = c.Type(str)
    content_note = c.Type(str, default=_DEFAULT_CONTENT_NOTE)
    copy_requests = c.Type(str, default=_DEFAULT_COPY_REQUESTS)
    support = c.Type(str, default=_DEFAULT_SUPPORT)
    support_contacts = c.ListOfItems(
        c.SubConfig(SupportContactConfig), default=_DEFAULT_SUPPORT_CONTACTS
    )
    listing_page_size = c.Type(int, default=listings.PAGE_SIZE)
    policy = c.File(exists=True, default="site_config/policy.yml")
    themes = c.File(exists=True, default="site_config/themes.yml")
    latest_count = c.Type(int, default=5)
    # No off switch: `enabled: false` (MkDocs' generic plugin switch) and `gate: false` fail.
    enabled = _AlwaysOn("The dhr-site plugin (anonymisation gate and safe build)")
    gate = _AlwaysOn("The anonymisation gate")


class DhrSitePlugin(BasePlugin[DhrSiteConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        self._command: Literal["build", "gh-deploy", "serve"] = "build"
        self._safe_build: SafeBuild | None = None
        self._mkdocs_config: MkDocsConfig | None = None
        self._strict_counter: CountHandler | None = None
        self._library: Library | None = None
        self._documents: dict[str, Review] = {}  # src_uri of a review document -> its review
        self._indexed: dict[str, tuple[Review, str]] = {}  # src_uri -> review, result title
        self._today = date.today()
        self._preview: preview.PreviewState | None = None  # preview mode (site_config/preview.py)

    # --- lifecycle -----------------------------------------------------------------------

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self._command = command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._today = date.today()
        self._mkdocs_config = config
        if preview.active():  # preview mode: `mkdocs serve` only (temporary folder), never site/
            preview.check_command(self._command)
        if config.strict:
            # MkDocs counts strict-mode warnings only after on_post_build, i.e. after the swap:
            # count them ourselves so a strict build with warnings never replaces site/.
            self._strict_counter = CountHandler()
            self._strict_counter.setLevel(logging.WARNING)
            logging.getLogger("mkdocs").addHandler(self._strict_counter)
        if self._command == "serve":
            return config
        self._safe_build = SafeBuild(Path(config.site_dir))
        try:
            build_dir = self._safe_build.start()
        except SafeBuildError as error:
            raise PluginError(str(error)) from error
        log.debug(f"building into {build_dir}; site/ is replaced only after the gate passes")
        config.site_dir = str(build_dir)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        content_dir = Path(config.docs_dir)
        themes = self._load_themes()
        try:
            self._library = load_library(content_dir, themes, self._today)
        except LibraryError as error:
            raise PluginError(f"Publication blocked: fix the review metadata.\n{error}") from None
        for slug in self._library.withheld:
            log.info(f"reviews/{slug}: pended, nothing of it is published")
        self._preview = None
        if preview.active():  # preview mode: findings are shown on the pages instead of raised
            self._preview = preview.PreviewState(content_dir)
            self._preview.scan(Path(self.config.policy))
            return
        gate_sources(content_dir, Path(self.config.policy))

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self._strict_counter is not None and (counts := self._strict_counter.get_counts()):
            summary = ", ".join(f"{count} {level.lower()}s" for level, count in counts)
            raise PluginError(f"Aborted with {summary} in strict mode; site/ is unchanged.")
        if self._preview is not None:  # preview mode: shown, not published (serve's temp folder)
            return
        build_dir = Path(config.site_dir)
        self._write_open_data(build_dir, config)
        self._build_search_index(build_dir)
        preview.refuse_preview_output(build_dir)  # never publish preview markers
        gate_output(Path(config.site_dir), Path(config.docs_dir), Path(self.config.policy))
        if self._safe_build is None:
            return
        try:
            self._safe_build.publish()
        except SafeBuildError as error:
            raise PluginError(str(error)) from error
        config.site_dir = str(self._safe_build.site_dir)  # e.g. gh-deploy reads it after build
        self._safe_build = None
        self._detach_counter()
        log.info(f"checked and published to {config.site_dir}")

    def _write_open_data(self, build_dir: Path, config: MkDocsConfig) -> None:
        if self._library is None:
            raise PluginError("internal error: the review library was not loaded")
        try:
            open_data.write_open_data(
                build_dir,
                self._library,
                self._site_text(),
                config.site_url or "",
                config.site_name,
                self._today,
            )
        except OSError as error:
            raise PluginError(f"Publication blocked: could not write the open data: {error}")

    def _build_search_index(self, build_dir: Path) -> None:
        """Pagefind, into the build folder, before the output gate reads everything."""
        if not self._indexed:
            return  # no review text is published: nothing to search (the page says so)
        try:
            search.build_index(build_dir)
        except search.SearchIndexError as error:
            raise PluginError(f"Publication blocked: {error}") from error

    def on_build_error(self, *, error: Exception) -> None:
        self._abandon()

    def on_shutdown(self) -> None:
        self._abandon()

    def _abandon(self) -> None:
        """Delete the unfinished build; `site/` has not been touched."""
        if self._safe_build is not None:
            self._safe_build.discard()
            if self._mkdocs_config is not None:
                self._mkdocs_config.site_dir = str(self._safe_build.site_dir)
            self._safe_build = None
        self._detach_counter()

    def _detach_counter(self) -> None:
        if self._strict_counter is not None:
            logging.getLogger("mkdocs").removeHandler(self._strict_counter)
            self._strict_counter = None

    # --- content -------------------------------------------------------------------------

    def _load_themes(self) -> dict[str, Theme]:
        try:
            return load_theme_vocabulary(Path(self.config.themes))
        except ThemeVocabularyError as error:
            raise PluginError(f"Publication blocked: fix the theme vocabulary.\n{error}") from None

    def _site_text(self) -> SiteText:
        return SiteText(
            site_label=self.config.site_label,
            short_label=self.config.short_label,
            csp_name=self.config.csp_name,
            content_note=self.config.content_note,
            copy_requests=self.config.copy_requests,
            support=self.config.support,
            support_contacts=tuple(
                SupportContact(
                    name=entry["name"],
                    phone=entry["phone"],
                    url=entry["url"],
                    hours=entry["hours"],
                )
                for entry in self.config.support_contacts
            ),
        )

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        if self._library is None:
            raise PluginError("internal error: the review library was not loaded")
        library = self._library
        site = self._site_text()
        by_folder = {f"{REVIEWS_FOLDER}/{review.slug}": review for review in library.reviews}
        withheld = {f"{REVIEWS_FOLDER}/{slug}" for slug in library.withheld}
        summaries: dict[str, str] = {}
        intro: str | None = None
        has_about = False
        self._documents = {}
        self._indexed = {}

        for file in list(files):
            if file.generated_by is not None or file.src_dir != config.docs_dir:
                continue  # theme assets and other plugins' files
            uri = file.src_uri
            if _never_published(uri):
                files.remove(file)
                continue
            if uri in _GENERATED or PurePosixPath(uri).parts[0] in (
                *_GENERATED_FOLDERS,
                *_BUILT_FILES,
            ):
                raise PluginError(
                    f"content/{uri}: this address is generated by the site; remove or rename "
                    "the file."
                )
            if uri == pages.HOME:
                intro, _ = get_data(file.content_string)
                files.remove(file)
                continue
            has_about = has_about or uri == pages.ABOUT
            folder = _review_folder(uri)
            if folder is None:
                continue
            if folder in withheld:
                files.remove(file)
                continue
            review = by_folder.get(folder)
            if review is None:
                continue
            name = PurePosixPath(uri).name
            if review.is_record or name == "index.md":
                files.remove(file)  # a record shows no text; index.md is generated
            elif name == DOCUMENT_FILES["executive_summary"]:
                summaries[review.slug], _ = get_data(file.content_string)
                files.remove(file)  # its text is the review's landing page
            else:
                file.inclusion = InclusionLevel.NOT_IN_NAV
                if file.is_documentation_page():
                    self._documents[uri] = review
                    document = _DOCUMENT_TITLES.get(name, "document")
                    title = f"{review.metadata.library_title()}: {document}"
                    self._indexed[uri] = (review, title)

        size = self.config.listing_page_size
        generated: dict[str, str] = {
            pages.HOME: pages.home_page(intro, library, site, self.config.latest_count),
            pages.THEMES_INDEX: listings.themes_index_page(library),
            pages.YEARS_INDEX: listings.years_index_page(library),
            pages.PARTNERSHIPS_INDEX: listings.partnerships_index_page(library),
        }
        generated.update(listings.all_reviews_pages(library, site, size))
        generated.update(listings.year_pages(library, size))
        try:
            generated.update(listings.partnership_pages(library, size))
        except ValueError as error:
            raise PluginError(f"Publication blocked: {error}") from None
        if not has_about:
            generated[pages.ABOUT] = pages.about_page(site)
        for theme in library.themes.values():
            generated.update(listings.theme_pages(theme, library, size))
        for review in library.reviews:
            uri = pages.review_uri(review)
            if review.is_record:
                text = pages.record_page(review, library, site, self._today)
            else:
                text = pages.review_page(review, summaries[review.slug], library, site, self._today)
                self._indexed[uri] = (review, review.metadata.library_title())
            generated[uri] = text
        indexed = [review for review, _ in self._indexed.values()]
        generated[pages.SEARCH] = search.search_page(site, indexed, library.themes)

        in_nav = {
            pages.HOME,
            pages.LISTING,
            pages.THEMES_INDEX,
            pages.YEARS_INDEX,
            pages.PARTNERSHIPS_INDEX,
            pages.SEARCH,
            pages.ABOUT,
        }
        for uri, text in generated.items():
            inclusion = InclusionLevel.UNDEFINED if uri in in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, uri, content=text, inclusion=inclusion))
        if self._preview is not None:  # preview mode: the page listing every finding
            landing = {review.slug: pages.review_uri(review) for review in library.reviews}
            self._preview.register_files(files, landing)
            self._preview.add_findings_page(files, config)
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        review = self._documents.get(page.file.src_uri)
        if review is None:
            return markdown
        uri = page.file.src_uri
        notices = pages.review_notices(review, self._site_text(), uri)
        return pages.with_notices(markdown, notices, pages.document_back_link(review, uri))

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        indexed = self._indexed.get(page.file.src_uri)
        if indexed is not None and self._library is not None:
            review, title = indexed
            html = search.wrap_indexed(html, review, self._library.themes, title)
        if self._preview is None:
            return html
        return self._preview.decorate(html, page)  # preview mode: banner, marks, panel


_DOCUMENT_TITLES = {
    DOCUMENT_FILES["overview_report"]: "overview report",
    DOCUMENT_FILES["action_plan"]: "action plan",
}


def _never_published(uri: str) -> bool:
    """Metadata and private files stay out of the site, whatever mkdocs.yml excludes."""
    path = PurePosixPath(uri)
    if "private" in path.parts[:-1]:
        return True
    if ".private." in path.name or path.name.endswith(".private"):
        return True
    return path.suffix.lower() in {".yml", ".yaml"}


def _review_folder(uri: str) -> str | None:
    """`reviews/<slug>/...` -> `reviews/<slug>`; anything else -> None."""
    parts = PurePosixPath(uri).parts
    if len(parts) >= 3 and parts[0] == REVIEWS_FOLDER:
        return posixpath.join(parts[0], parts[1])
    return None


__all__ = ["DhrSiteConfig", "DhrSitePlugin"]
