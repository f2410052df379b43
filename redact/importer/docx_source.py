"""Word (.docx) -> Markdown blocks, with the hidden parts reported separately.

Mammoth does the conversion (headings, numbered and bulleted lists, tables, footnotes, images).
Before it runs, runs formatted as hidden (w:vanish) are removed from the package, because
mammoth would otherwise print them as body text. Mammoth already leaves out tracked deletions,
comments, headers and footers, and includes tracked insertions (what Word shows by default).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import mammoth
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type stubs

from redact.findings import Surface
from redact.importer.hidden import HiddenStyles, W, docx_hidden_parts, paragraph_style, parse_part
from redact.importer.html_markdown import HtmlToMarkdown
from redact.importer.images import ImageStore
from redact.importer.model import ConvertedDocument, HiddenPart, ImportFailure

# Word's "Title" style is the report's title: a level-1 heading, not a plain paragraph.
_STYLE_MAP = """
p[style-name='Title'] => h1:fresh
p[style-name='Subtitle'] => p:fresh
"""
_BODY_PARTS = ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def _strip_hidden_runs(data: bytes, styles: HiddenStyles) -> bytes:
    root = etree.fromstring(data, _PARSER)
    for paragraph in root.iter(f"{W}p"):
        style = paragraph_style(paragraph)
        for run in list(paragraph.iter(f"{W}r")):
            if styles.run_is_hidden(run, style):
                run.getparent().remove(run)
    result: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return result


def visible_package(archive: zipfile.ZipFile) -> bytes:
    """The same package with hidden (w:vanish) runs removed from the body and the notes."""
    styles = HiddenStyles(parse_part(archive, "word/styles.xml"))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for item in archive.infolist():
            blob = archive.read(item.filename)
            if item.filename in _BODY_PARTS:
                try:
                    blob = _strip_hidden_runs(blob, styles)
                except etree.XMLSyntaxError as error:
                    raise ImportFailure(
                        f"the part {item.filename} is damaged ({error}). Open the file in Word, "
                        "save it again as .docx and import the new copy."
                    ) from None
            target.writestr(item, blob)
    return output.getvalue()


class _Images:
    """Mammoth's image callback: clean each image, remember its alt text and metadata."""

    def __init__(self, source: Path, store: ImageStore) -> None:
        self.source = source
        self.store = store
        self.hidden: list[HiddenPart] = []
        self.count = 0

    def __call__(self, image: Any) -> dict[str, str]:
        self.count += 1
        label = f"image {self.count}"
        with image.open() as handle:
            data = handle.read()
        try:
            name, metadata = self.store.add(data, f"{self.source.name} {label}")
        except ImportFailure as failure:
            raise ImportFailure(f"{failure}") from None
        self.hidden += [
            HiddenPart(part.surface, part.where.removeprefix(f"{self.source.name} "), part.text)
            for part in metadata
        ]
        alt = (image.alt_text or "").strip()
        if alt:
            self.hidden.append(HiddenPart(Surface.IMAGE_ALT, f"{label} alt text", alt))
        # The alt text is not copied: it is not body text and must be checked by a person
        # first. The placeholder tells the reader what the image is without leaking anything.
        return {"src": f"images/{name}", "alt": f"Figure {len(self.store.images)}"}


def convert_docx(path: Path, store: ImageStore) -> ConvertedDocument:
    """Convert one .docx; raises ImportFailure with what to do when it cannot."""
    try:
        with zipfile.ZipFile(path) as archive:
            hidden = docx_hidden_parts(archive)
            package = visible_package(archive)
    except ImportFailure as failure:
        raise ImportFailure(f"{path}: {failure}") from None
    except (zipfile.BadZipFile, OSError, EOFError, KeyError) as error:
        raise ImportFailure(
            f"{path}: the file is damaged ({error}). Open it in Word, save it again as .docx and "
            "import the new copy."
        ) from None
    images = _Images(path, store)
    try:
        result = mammoth.convert_to_html(
            io.BytesIO(package),
            style_map=_STYLE_MAP,
            include_embedded_style_map=False,
            convert_image=mammoth.images.img_element(images),
        )
    except ImportFailure as failure:
        raise ImportFailure(f"{failure}") from None
    except Exception as error:  # noqa: BLE001 - mammoth raises many kinds; fail closed
        raise ImportFailure(
            f"{path}: Word conversion failed ({type(error).__name__}: {error}). Open the file in "
            "Word, save it again as .docx and import the new copy."
        ) from None
    converter = HtmlToMarkdown()
    try:
        converter.convert(str(result.value))
    except ImportFailure as failure:
        raise ImportFailure(f"{path}: {failure}") from None
    warnings = [
        f"{path}: {message.message}"
        for message in result.messages
        if message.type == "warning" and "style" not in message.message.lower()
    ]
    return ConvertedDocument(
        source=path,
        blocks=converter.blocks,
        footnotes=converter.footnotes,
        hidden=hidden + images.hidden,
        warnings=warnings,
    )
