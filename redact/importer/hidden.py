"""Hidden content of a Word file: what a reader of the body text never sees, but the file keeps.

Document properties, comments and their authors, tracked insertions and deletions with their
authors, headers and footers, and text formatted as hidden (w:vanish). The QA Panel has sent
reports back for names left in exactly these places. Each part is reported (and checked by the
gate); none of it is written to the published Markdown.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator

from redact.findings import Surface
from redact.importer.model import HiddenPart, ImportFailure

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CORE = {
    "{http://purl.org/dc/elements/1.1/}creator": "author",
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}lastModifiedBy": "last modified by",
    "{http://purl.org/dc/elements/1.1/}title": "title",
    "{http://purl.org/dc/elements/1.1/}subject": "subject",
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords": "keywords",
    "{http://purl.org/dc/elements/1.1/}description": "comments",
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}category": "category",
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}contentStatus": "status",
    "{http://purl.org/dc/elements/1.1/}identifier": "identifier",
}
_APP_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
_APP = {
    "Company": "company",
    "Manager": "manager",
    "HyperlinkBase": "hyperlink base",
    "Template": "template",
}
_STANDARD_TEMPLATES = {"normal.dotm", "normal.dot", "normal"}
_CUSTOM_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_STORIES = re.compile(r"^word/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$")
_HEADER_FOOTER = re.compile(r"^word/(header|footer)\d*\.xml$")
_OFF = {"0", "false", "off"}


def parse_part(archive: zipfile.ZipFile, name: str) -> ET.Element | None:
    """One XML part of the package, or None if the package has no such part."""
    try:
        data = archive.read(name)
    except KeyError:
        return None
    try:
        return ET.fromstring(data)
    except ET.ParseError as error:
        raise ImportFailure(
            f"the part {name} is damaged ({error}). Open the file in Word, save it again as "
            ".docx and import the new copy."
        ) from None


def _is_on(element: ET.Element | None) -> bool:
    return element is not None and element.get(f"{W}val", "true").lower() not in _OFF


class HiddenStyles:
    """Which paragraph and character styles hide their text (a style can carry w:vanish)."""

    def __init__(self, styles: ET.Element | None) -> None:
        self.paragraph: set[str] = set()
        self.character: set[str] = set()
        if styles is None:
            return
        for style in styles.iter(f"{W}style"):
            if _is_on(style.find(f"{W}rPr/{W}vanish")):
                style_id = style.get(f"{W}styleId", "")
                target = self.paragraph if style.get(f"{W}type") == "paragraph" else self.character
                target.add(style_id)

    def run_is_hidden(self, run: ET.Element, paragraph_style: str) -> bool:
        """True when Word would not show this run (w:vanish on the run or from its styles)."""
        properties = run.find(f"{W}rPr")
        if properties is not None:
            vanish = properties.find(f"{W}vanish")
            if vanish is not None:
                return _is_on(vanish)
            run_style = properties.find(f"{W}rStyle")
            if run_style is not None and run_style.get(f"{W}val", "") in self.character:
                return True
        return paragraph_style in self.paragraph


def paragraph_style(paragraph: ET.Element) -> str:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    return style.get(f"{W}val", "") if style is not None else ""


def text_of(element: ET.Element) -> str:
    """Visible characters of a fragment (including deleted text), paragraphs on their own lines."""
    paragraphs: list[str] = []
    holders = [element] if element.tag == f"{W}p" else list(element.iter(f"{W}p")) or [element]
    for paragraph in holders:
        pieces: list[str] = []
        for node in paragraph.iter():
            if node.tag in {f"{W}t", f"{W}delText"}:
                pieces.append(node.text or "")
            elif node.tag == f"{W}tab":
                pieces.append("\t")
            elif node.tag in {f"{W}br", f"{W}cr"}:
                pieces.append("\n")
        text = "".join(pieces).strip()
        if text:
            paragraphs.append(text)
    return "\n".join(paragraphs)


def _properties(archive: zipfile.ZipFile) -> Iterator[HiddenPart]:
    core = parse_part(archive, "docProps/core.xml")
    if core is not None:
        for child in core:
            label = _CORE.get(child.tag)
            text = (child.text or "").strip()
            if label and text:
                yield HiddenPart(Surface.DOCUMENT_PROPERTY, f"docProps/core.xml {label}", text)
    app = parse_part(archive, "docProps/app.xml")
    if app is not None:
        for key, label in _APP.items():
            for node in app.iter(f"{_APP_NS}{key}"):
                text = (node.text or "").strip()
                if text and not (key == "Template" and text.lower() in _STANDARD_TEMPLATES):
                    yield HiddenPart(Surface.DOCUMENT_PROPERTY, f"docProps/app.xml {label}", text)
    custom = parse_part(archive, "docProps/custom.xml")
    if custom is not None:
        for prop in custom.iter(f"{_CUSTOM_NS}property"):
            value = " ".join(t.strip() for t in prop.itertext() if t.strip())
            name = prop.get("name", "custom property")
            if value:
                yield HiddenPart(Surface.DOCUMENT_PROPERTY, f"docProps/custom.xml {name}", value)
    for name in sorted(archive.namelist()):
        if re.match(r"^customXml/item\d+\.xml$", name):
            root = parse_part(archive, name)
            text = (
                " ".join(t.strip() for t in root.itertext() if t.strip())
                if root is not None
                else ""
            )
            if text:
                yield HiddenPart(Surface.DOCUMENT_PROPERTY, name, text)


def _comments(archive: zipfile.ZipFile) -> Iterator[HiddenPart]:
    for name in ("word/comments.xml",):
        root = parse_part(archive, name)
        if root is None:
            continue
        for number, comment in enumerate(root.iter(f"{W}comment"), start=1):
            yield HiddenPart(
                Surface.COMMENT,
                f"{name} comment {number}",
                text_of(comment),
                author=comment.get(f"{W}author", "").strip(),
            )


def _story_parts(archive: zipfile.ZipFile) -> Iterator[tuple[str, ET.Element]]:
    for name in sorted(archive.namelist()):
        if _STORIES.match(name):
            root = parse_part(archive, name)
            if root is not None:
                yield name, root


def _tracked_changes(name: str, root: ET.Element) -> Iterator[HiddenPart]:
    kinds = (
        (f"{W}ins", "insertion"),
        (f"{W}moveTo", "moved text"),
        (f"{W}del", "deletion"),
        (f"{W}moveFrom", "moved-away text"),
    )
    for tag, label in kinds:
        for number, change in enumerate(root.iter(tag), start=1):
            text = text_of(change)
            author = change.get(f"{W}author", "").strip()
            if text or (author and label in {"insertion", "deletion"} and len(change)):
                yield HiddenPart(
                    Surface.TRACKED_CHANGE, f"{name} {label} {number}", text, author=author
                )


def _hidden_text(name: str, root: ET.Element, styles: HiddenStyles) -> Iterator[HiddenPart]:
    number = 0
    for paragraph in root.iter(f"{W}p"):
        style = paragraph_style(paragraph)
        hidden = [
            text_of(run) for run in paragraph.iter(f"{W}r") if styles.run_is_hidden(run, style)
        ]
        text = " ".join(part for part in hidden if part)
        if text:
            number += 1
            yield HiddenPart(Surface.HIDDEN_TEXT, f"{name} hidden text {number}", text)


def docx_hidden_parts(archive: zipfile.ZipFile) -> list[HiddenPart]:
    """Every hidden part of the package, in a stable order (properties first)."""
    parts = list(_properties(archive)) + list(_comments(archive))
    styles = HiddenStyles(parse_part(archive, "word/styles.xml"))
    for name, root in _story_parts(archive):
        if _HEADER_FOOTER.match(name):
            text = text_of(root)
            if text:
                yield_where = f"{name} ({'header' if 'header' in name else 'footer'})"
                parts.append(HiddenPart(Surface.HEADER_FOOTER, yield_where, text))
        parts += _tracked_changes(name, root)
        parts += _hidden_text(name, root, styles)
    return parts
