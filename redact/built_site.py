"""Read a built site back as text: what a visitor, a crawler or a search index would see.

Every file a build emitted is accounted for: HTML (text, titles, attribute values, comments),
JSON and XML (every string: search index, sitemap, feeds), Pagefind's compressed fragments,
images (metadata) and file names. Theme assets that are byte-identical to the installed theme's
own files are verified by hash instead of being read; anything else of an unknown kind is an
error, so nothing leaves unchecked.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import importlib.util
import io
import json
import re
import subprocess
import sys
import tempfile
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from redact.cbor_strings import CborError, text_strings
from redact.findings import Finding, Severity, Surface
from redact.gate import IMAGE_SUFFIXES, TextItem, Unit, review_metadata_for
from redact.policy import SitePolicy
from redact.review import METADATA_FILE_NAME

TEXT_ATTRIBUTES = {
    "alt",
    "title",
    "aria-label",
    "content",
    "href",
    "src",
    "value",
    "placeholder",
    "data-pagefind-filter",
    "data-pagefind-meta",
}
SKIPPED_ELEMENTS = {"script", "style"}
BLOCK_ELEMENTS = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "section",
    "article",
    "title",
    "header",
    "footer",
    "nav",
    "main",
    "aside",
    "label",
    "button",
    "form",
    "dd",
    "dt",
    "dl",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "a",
}
FONT_SUFFIXES = {".woff", ".woff2", ".ttf", ".eot", ".otf"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_ELEMENTS:
            self._skip += 1
        for name, value in attrs:
            if value and name in TEXT_ATTRIBUTES:
                self.parts.append("\n" + value + "\n")
        # Every tag boundary separates words: "<b>Search</b><i>Search</i>" is two words.
        self.parts.append("\n" if tag in BLOCK_ELEMENTS else " ")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_ELEMENTS and self._skip:
            self._skip -= 1
        self.parts.append("\n" if tag in BLOCK_ELEMENTS else " ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)

    def handle_comment(self, data: str) -> None:
        self.parts.append("\n" + data + "\n")


def html_text(markup: str) -> str:
    """Visible text, attribute values and comments of a page, one block per line."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def _json_strings(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(html_text(value) if "<" in value else value)
    elif isinstance(value, dict):
        for key, item in value.items():
            out.append(str(key))
            _json_strings(item, out)
    elif isinstance(value, list):
        for item in value:
            _json_strings(item, out)


def json_text(data: str) -> str:
    strings: list[str] = []
    _json_strings(json.loads(data), strings)
    return "\n".join(s for s in strings if s.strip()) + "\n"


def csv_text(data: str) -> str:
    """One cell per line: a row of values is not a sentence."""
    rows = csv.reader(io.StringIO(data))
    return "\n".join(cell for row in rows for cell in row if cell.strip()) + "\n"


def xml_text(data: str) -> str:
    root = ElementTree.fromstring(data)
    parts: list[str] = []
    for element in root.iter():
        parts.extend(v for v in element.attrib.values())
        if element.text and element.text.strip():
            text = element.text.strip()
            parts.append(html_text(text) if "<" in text else text)
    return "\n".join(parts) + "\n"


def pagefind_payload(data: bytes) -> bytes:
    """Pagefind's files are gzip with a 'pagefind_dcd' signature in front of the payload."""
    return gzip.decompress(data).removeprefix(b"pagefind_dcd")


def pagefind_text(data: bytes) -> str:
    """Fragments are JSON (the page text and its metadata); filters and metadata are CBOR.
    Every string in them is returned, one per line, for the gate to read."""
    raw = pagefind_payload(data)
    try:
        return json_text(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        strings = text_strings(raw)  # CborError (a ValueError) if it is not CBOR either
        return "\n".join(_PAGEFIND_HASH.sub(" ", s) for s in strings) + "\n"


def unexplained_index_words(data: bytes, known_words: set[str]) -> list[str]:
    """Words in a Pagefind word index that no checked text accounts for.

    The index holds word stems ("togeth" for "together"), not sentences, so it is not read as
    prose: every stem must begin a word of the checked pages or sources. Numbers and
    Pagefind's own hashes are not words."""
    prefixes = _prefixes(frozenset(known_words))
    unexplained: list[str] = []
    for word in text_strings(pagefind_payload(data)):
        stem = word.casefold()
        if not any(c.isalpha() for c in stem) or _PAGEFIND_HASH.fullmatch(stem):
            continue
        # Stemming may change the last letter ("any" -> "ani").
        if stem in prefixes or (len(stem) >= 3 and stem[:-1] in prefixes):
            continue
        unexplained.append(word)
    return unexplained


# Words as a search indexer sees them: "Halsey-Birch" is indexed as "halseybirch" and as its parts.
_COMPOUND = re.compile(r"[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*")


def _index_words(words: set[str]) -> set[str]:
    found: set[str] = set()
    for word in words:
        lowered = word.casefold()
        found.add(lowered)
        found.add(re.sub(r"['’\-]", "", lowered))
        found.update(re.split(r"['’\-]", lowered))
    return found


@lru_cache(maxsize=4)
def _prefixes(words: frozenset[str]) -> frozenset[str]:
    return frozenset(word[:end] for word in words for end in range(1, len(word) + 1))


# Hex runs of seven or more characters with both a digit and a letter: Pagefind's hashes.
_PAGEFIND_HASH = re.compile(r"(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{7,}")
# In Pagefind's own file names a hash may hold digits only ("en_6538475.pf_fragment").
_PAGEFIND_NAME_HASH = re.compile(r"(?=[0-9a-f]*[0-9])[0-9a-f]{7,}")


def pagefind_entry_text(raw: str) -> str:
    """Pagefind's entry file names its index by a content hash ('en_eceb277372'): program
    output, blanked as in its other files, so that a hash is never taken for a user name. Only
    runs holding a letter a-f as well as a digit are blanked: a run of digits stays checked."""
    return _PAGEFIND_HASH.sub(" ", json_text(raw))


@lru_cache(maxsize=1)
def theme_asset_hashes() -> frozenset[str]:
    """Hashes of every file the installed Material theme ships (verified, not read)."""
    hashes: set[str] = set()
    for package in ("material", "mkdocs"):
        # Located, never imported: the gate does not depend on MkDocs.
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            continue
        for path in Path(spec.origin).parent.rglob("*"):
            if path.is_file() and path.suffix in {
                ".js",
                ".css",
                ".svg",
                ".woff",
                ".woff2",
                ".ttf",
                ".ico",
                ".png",
                ".map",
            }:
                hashes.add(hashlib.sha256(path.read_bytes()).hexdigest())
    return frozenset(hashes)


PAGEFIND_FOLDER = "pagefind"
# Pagefind's program files (interface scripts, styles, the WebAssembly search engine): the same
# bytes for every site. Its fragments, filters, indexes and metadata hold the site's words and
# are read like everything else.
_PAGEFIND_PROGRAM = re.compile(r"pagefind[\w.-]*\.(?:js|css)|wasm\.[\w-]+\.pagefind")


def is_pagefind_program(relative: Path) -> bool:
    """A Pagefind program file by name and place: `pagefind/pagefind-ui.js`, `wasm.en.pagefind`."""
    return (
        len(relative.parts) == 2
        and relative.parts[0] == PAGEFIND_FOLDER
        and _PAGEFIND_PROGRAM.fullmatch(relative.name) is not None
    )


@lru_cache(maxsize=1)
def pagefind_program_hashes() -> frozenset[str]:
    """Hashes of the program files the installed Pagefind writes, taken from a bundle it builds
    for a one-line page. Empty when Pagefind cannot run: then every program file is an error."""
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder)
        (site / "index.html").write_text(
            '<html lang="en"><body><p data-pagefind-body>reference</p></body></html>', "utf-8"
        )
        try:
            subprocess.run(
                [sys.executable, "-m", "pagefind", "--site", str(site), "--silent"],
                check=True,
                capture_output=True,
                timeout=120,
            )
        except (OSError, subprocess.SubprocessError):
            return frozenset()
        bundle = site / PAGEFIND_FOLDER
        return frozenset(
            hashlib.sha256(path.read_bytes()).hexdigest()
            for path in bundle.iterdir()
            if path.is_file() and is_pagefind_program(path.relative_to(site))
        )


def _page_review(relative: Path) -> str | None:
    parts = relative.parts
    if len(parts) >= 2 and parts[0] == "reviews":
        return parts[1]
    return None


def collect_built_units(
    site_dir: Path,
    content_dir: Path,
    policy: SitePolicy,
    trusted_dirs: tuple[Path, ...] = (),
    interface_files: tuple[Path, ...] = (),
) -> tuple[list[Unit], list[str]]:
    """One unit per review (its pages), one for the rest of the site (listings, indexes)."""
    errors: list[str] = []
    review_names: dict[str, tuple[str, ...]] = {}
    reviews_root = content_dir / "reviews"
    if reviews_root.is_dir():
        for review_dir in sorted(
            p for p in reviews_root.iterdir() if (p / METADATA_FILE_NAME).is_file()
        ):
            metadata, problem = review_metadata_for(review_dir, policy)
            if problem is not None:
                errors.append(problem)
            elif metadata is not None:
                review_names[review_dir.name] = tuple(metadata.declared_safe_names())
    everyone = tuple(name for names in review_names.values() for name in names)
    trusted = set(theme_asset_hashes())
    for folder in trusted_dirs:
        for path in folder.rglob("*"):
            if path.is_file():
                trusted.add(hashlib.sha256(path.read_bytes()).hexdigest())
    units: dict[str, Unit] = {}
    seen_lines: set[str] = set()
    output_words: set[str] = set()
    word_indexes: list[tuple[Path, Unit, bytes]] = []
    source_text = _source_text(content_dir)
    known_words = {w.casefold() for w in _WORD.findall(source_text)} | theme_interface_words()
    for interface_file in interface_files:
        # The site generator's own labels ("Children affected", "Older victim"): code, not content.
        text = interface_file.read_text(encoding="utf-8")
        known_words |= {w.casefold() for w in _WORD.findall(text)}

    def unit_for(review: str | None) -> Unit:
        key = review or "(site-wide pages)"
        if key not in units:
            allowed = review_names.get(review, everyone) if review else everyone
            units[key] = Unit(label=f"{site_dir}/{key}", review_dir=None, allowed_names=allowed)
        return units[key]

    for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
        relative = path.relative_to(site_dir)
        unit = unit_for(_page_review(relative))
        unit.files_checked += 1
        shown = str(path)
        suffix = path.suffix.lower()
        names = " ".join(relative.with_suffix("").parts).replace("-", " ").replace("_", " ")
        if relative.parts[0] == PAGEFIND_FOLDER:
            names = _PAGEFIND_NAME_HASH.sub(" ", names)  # en_ef324ee.pf_fragment: a hash
        unit.items.append(TextItem(shown, names + "\n", "names", Surface.FILE_NAME))
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() in trusted:
            continue
        if is_pagefind_program(relative):
            if hashlib.sha256(data).hexdigest() not in pagefind_program_hashes():
                errors.append(
                    f"{path}: not the search program the installed Pagefind writes; "
                    "rebuild the site with `make site`"
                )
            continue
        try:
            if suffix in {".html", ".htm"}:
                text = html_text(data.decode("utf-8"))
            elif suffix == ".json" and relative.parts[0] == PAGEFIND_FOLDER:
                text = pagefind_entry_text(data.decode("utf-8"))
            elif suffix == ".json":
                text = json_text(data.decode("utf-8"))
            elif suffix in {".xml", ".rss", ".atom"}:
                text = xml_text(data.decode("utf-8"))
            elif suffix == ".csv":
                text = csv_text(data.decode("utf-8"))
            elif suffix in {".txt", ".css", ".js", ".md"}:
                text = data.decode("utf-8")
            elif suffix == ".pf_index":
                word_indexes.append((path, unit, data))  # after every page has been read
                continue
            elif suffix.startswith(".pf_") or path.name.endswith(".pagefind"):
                text = pagefind_text(data)
            elif suffix == ".gz":
                text = gzip.decompress(data).decode("utf-8")
            elif suffix in IMAGE_SUFFIXES | FONT_SUFFIXES | {".ico", ".svg", ".wasm"}:
                if suffix in IMAGE_SUFFIXES:
                    unit.add_image_metadata(path)
                if suffix == ".svg":
                    unit.items.append(
                        TextItem(
                            shown, xml_text(data.decode("utf-8")), "plain", Surface.BUILT_OUTPUT
                        )
                    )
                continue
            else:
                errors.append(
                    f"{path}: the build produced a '{suffix or path.name}' file the gate cannot check"
                )
                continue
        except (UnicodeDecodeError, ValueError, ElementTree.ParseError, OSError, EOFError) as error:
            errors.append(f"{path}: cannot be read back to check it: {error}")
            continue
        output_words.update(_COMPOUND.findall(text))
        text = _unseen_lines(text, seen_lines, source_text, known_words)
        if text.strip():
            unit.items.append(TextItem(shown, text, "plain", Surface.BUILT_OUTPUT))
    explained = _index_words(known_words | output_words) | _index_words(
        set(_COMPOUND.findall(source_text))
    )
    for path, unit, data in word_indexes:
        try:
            unexplained = unexplained_index_words(data, explained)
        except (CborError, OSError, EOFError) as error:
            errors.append(f"{path}: the search index cannot be read back to check it: {error}")
            continue
        for word in unexplained:
            unit.extra_findings.append(
                Finding(
                    str(path),
                    None,
                    None,
                    None,
                    None,
                    "SEARCH_INDEX_WORD",
                    Severity.BLOCK,
                    1.0,
                    "SearchIndexWords",
                    Surface.BUILT_OUTPUT,
                    word,
                )
            )
    return list(units.values()), errors


def _unseen_lines(text: str, seen: set[str], source_text: str, known_words: set[str]) -> str:
    """Only what the build added. The header, navigation and footer repeat on every page and
    the search index repeats every page: each distinct line is checked once, where it first
    appears. A line that stands word for word in the sources was already checked there, in
    its context (the sources are gated first, per review, with stricter allowances)."""
    fresh: list[str] = []
    for line in text.splitlines():
        key = " ".join(line.split())
        if not key or key in seen:
            continue
        seen.add(key)
        if len(key) >= 3 and key in source_text:
            continue
        if all(word.casefold() in known_words for word in _WORD.findall(key)):
            # Every word already stood in the checked sources (or is the theme's own
            # interface text): the build only rearranged it (tables flattened in the search
            # index, metadata cards). Lines with any new word are checked in full.
            continue
        fresh.append(line)
    return "\n".join(fresh) + "\n"


_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


@lru_cache(maxsize=1)
def theme_interface_words() -> frozenset[str]:
    """Words of the theme's own English interface (navigation, search, footer labels)."""
    spec = importlib.util.find_spec("material")
    if spec is None or spec.origin is None:
        return frozenset()
    language = Path(spec.origin).parent / "templates" / "partials" / "languages" / "en.html"
    try:
        return frozenset(w.casefold() for w in _WORD.findall(language.read_text(encoding="utf-8")))
    except OSError:
        return frozenset()


def _source_text(content_dir: Path) -> str:
    """All readable source text, syntax removed and whitespace collapsed, for lookups."""
    from redact.markdown_scan import analyse_markdown, analyse_yaml

    pieces: list[str] = []
    for path in sorted(content_dir.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in {".md", ".markdown", ".yml", ".yaml"}:
            continue
        if path.name.endswith(".private.yml") or "private" in path.parts:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # the source gate reports it; nothing here is skipped because of it
        view = (
            analyse_markdown(text)
            if path.suffix.lower() in {".md", ".markdown"}
            else analyse_yaml(text)
        )
        for line in view.literal.splitlines():
            collapsed = " ".join(line.split())
            if collapsed:
                pieces.append(collapsed)
    return "\n".join(pieces)
