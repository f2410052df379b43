"""PDF -> Markdown blocks from the text layer, with the hidden parts reported separately.

A PDF has no headings or paragraphs, only positioned characters, so structure is read back
from the layout: a font larger than the body text is a heading (largest = level 1), a short
all-bold line is a heading below those, a vertical gap starts a paragraph, a numbered or
bulleted line starts its own paragraph, small digits raised above the line are footnote
references and small numbered lines at the foot of the page are the notes. Tables come from
pdfplumber's ruling-line detection. Lines repeated at the top or bottom of several pages
(running headers, "Page 3") are reported as headers/footers, not copied.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
from pdfplumber.utils.text import extract_text

from redact.findings import Surface
from redact.importer.html_markdown import escape
from redact.importer.images import ImageStore, read_metadata
from redact.importer.model import Block, BlockKind, ConvertedDocument, HiddenPart, ImportFailure

_NUMBERED = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.?\s+\S")
_LIST_NUMBER = re.compile(r"^(\d{1,3})[.)]\s+(.*)$")
_BULLET = re.compile(r"^[•●▪■◦○·\-–*]\s+(.*)$")
_FOOTNOTE_LINE = re.compile(r"^(\d{1,3})\s+(\S.*)$")
_PAGE_NUMBER = re.compile(r"^(page\s*)?\d+(\s*(of|/)\s*\d+)?$", re.IGNORECASE)
_SKIPPED_INFO = {"CreationDate", "ModDate", "Trapped"}
_MARGIN = 0.08  # top and bottom share of the page where running headers and footers sit


@dataclass
class _Line:
    page: int
    top: float
    bottom: float
    words: list[dict[str, Any]] = field(default_factory=list)
    size: float = 0.0
    bold: bool = False
    text: str = ""
    refs: list[str] = field(default_factory=list)


@dataclass
class _Table:
    page: int
    top: float
    rows: list[list[str]]


def _open(path: Path) -> Any:
    try:
        return pdfplumber.open(path)
    except Exception as error:  # noqa: BLE001 - pdfminer raises many types; all mean "cannot read"
        message = f"{type(error).__name__} {error}".lower()
        if "password" in message or "encrypt" in message:
            raise ImportFailure(
                f"{path}: this PDF is protected with a password, so its text cannot be read. "
                "Ask the author for an unprotected copy (or the .docx) and import that."
            ) from None
        raise ImportFailure(
            f"{path}: the PDF is damaged and cannot be read ({type(error).__name__}). Ask the "
            "author for a new copy saved from Word (File > Save As > PDF), or for the .docx."
        ) from None


def _is_white(char: dict[str, Any]) -> bool:
    """Text painted white on the page: invisible to a reader, present in the text layer."""
    color = char.get("non_stroking_color")
    if color is None:
        return False
    values = tuple(color) if isinstance(color, (list, tuple)) else (color,)
    try:
        numbers = [float(v) for v in values]
    except (TypeError, ValueError):
        return False
    if len(numbers) in {1, 3}:
        return all(v >= 0.99 for v in numbers)
    if len(numbers) == 4:  # CMYK
        return all(v <= 0.01 for v in numbers)
    return False


def _inside(obj: dict[str, Any], boxes: Sequence[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _group_lines(words: list[dict[str, Any]], page: int) -> list[_Line]:
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        for line in reversed(lines[-3:]):
            overlap = min(word["bottom"], line.bottom) - max(word["top"], line.top)
            height = min(word["bottom"] - word["top"], line.bottom - line.top)
            if overlap > 0.3 * height:
                line.words.append(word)
                line.top = min(line.top, word["top"])
                line.bottom = max(line.bottom, word["bottom"])
                break
        else:
            lines.append(_Line(page=page, top=word["top"], bottom=word["bottom"], words=[word]))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
        sizes: Counter[float] = Counter()
        for word in line.words:
            sizes[round(float(word["size"]), 1)] += len(word["text"])
        line.size = sizes.most_common(1)[0][0]
        line.bold = all("bold" in str(word.get("fontname", "")).lower() for word in line.words)
    return lines


def _render_line(line: _Line, labels: dict[str, str]) -> None:
    """Join the words; small raised digits become footnote references `[^n]`."""
    main = [w for w in line.words if round(float(w["size"]), 1) == line.size]
    baseline = max((w["bottom"] for w in main), default=line.bottom)
    pieces: list[str] = []
    for word in line.words:
        text = str(word["text"])
        raised = float(word["size"]) < 0.8 * line.size and word["bottom"] < baseline - 0.5
        if raised and text.isdigit() and pieces:
            label = labels.get(text, text)
            line.refs.append(label)
            pieces[-1] += f"[^{label}]"
        else:
            pieces.append(escape(text, line_starts=False))
    line.text = " ".join(pieces)


def _signature(text: str) -> str:
    return re.sub(r"\d+", "#", text).strip().lower()


class _PdfConverter:
    def __init__(self, path: Path, store: ImageStore) -> None:
        self.path = path
        self.store = store
        self.result = ConvertedDocument(source=path)
        self.image_count = 0
        self.heights: dict[int, float] = {}

    def convert(self) -> ConvertedDocument:
        with _open(self.path) as pdf:
            try:
                self._read(pdf)
            except ImportFailure:
                raise
            except Exception as error:  # noqa: BLE001 - a malformed page: fail closed, say so
                raise ImportFailure(
                    f"{self.path}: the PDF could not be read ({type(error).__name__}: {error}). "
                    "Ask the author for a new copy saved from Word, or for the .docx."
                ) from None
        return self.result

    def _read(self, pdf: Any) -> None:
        self.result.hidden += list(self._properties(pdf))
        pages: list[tuple[list[_Line], list[_Table], list[tuple[float, str]]]] = []
        char_count = 0
        for number, page in enumerate(pdf.pages, start=1):
            char_count += sum(1 for c in page.chars if str(c.get("text", "")).strip())
            self.heights[number] = float(page.height)
            pages.append(self._page(page, number))
        if char_count == 0:
            raise ImportFailure(
                f"{self.path}: this PDF has no text layer (it looks like a scan), so its text "
                "cannot be read or checked. Ask the author for the .docx, or for a PDF saved "
                "from Word (File > Save As > PDF), and import that."
            )
        self._headers_footers(pages)
        body = self._body_size(pages)
        heading_sizes = sorted(
            {ln.size for lines, _, _ in pages for ln in lines if ln.size > body * 1.15},
            reverse=True,
        )[:5]
        for lines, tables, images in pages:
            self._blocks(lines, tables, images, body, heading_sizes)

    def _properties(self, pdf: Any) -> Iterator[HiddenPart]:
        for key, value in (pdf.metadata or {}).items():
            text = _decode(value)
            if key not in _SKIPPED_INFO and text:
                yield HiddenPart(Surface.DOCUMENT_PROPERTY, f"document properties {key}", text)
        try:
            stream = pdf.doc.catalog.get("Metadata")
            data = stream.resolve().get_data() if stream is not None else b""
        except Exception:  # noqa: BLE001 - an unreadable XMP packet is reported, not fatal
            data = b""
            yield HiddenPart(
                Surface.DOCUMENT_PROPERTY,
                "XMP metadata",
                "(present but unreadable: check it in the PDF reader)",
            )
        if data:
            try:
                root = ET.fromstring(data)
                text = " ".join(t.strip() for t in root.itertext() if t.strip())
            except ET.ParseError:
                text = data.decode("utf-8", "replace")
            if text:
                yield HiddenPart(Surface.DOCUMENT_PROPERTY, "XMP metadata", text)

    def _page(
        self, page: Any, number: int
    ) -> tuple[list[_Line], list[_Table], list[tuple[float, str]]]:
        hidden_chars = [c for c in page.chars if _is_white(c)]
        if hidden_chars:
            text = extract_text(hidden_chars).strip()
            if text:
                self.result.hidden.append(
                    HiddenPart(Surface.HIDDEN_TEXT, f"page {number} white text", text)
                )
        for annot in page.annots:
            data = annot.get("data") or {}
            subtype = _decode(data.get("Subtype", ""))
            contents = _decode(annot.get("contents") or "")
            author = _decode(annot.get("title") or "")
            if subtype != "Link" and (contents or author):
                self.result.hidden.append(
                    HiddenPart(
                        Surface.COMMENT,
                        f"page {number} {subtype or 'annotation'}",
                        contents,
                        author=author,
                    )
                )
        found = page.find_tables()
        boxes = [table.bbox for table in found]
        tables = [
            _Table(
                page=number,
                top=float(table.bbox[1]),
                rows=[[_cell(cell) for cell in row] for row in table.extract()],
            )
            for table in found
        ]
        visible = page.filter(
            lambda obj: (
                obj.get("object_type") != "char" or not (_is_white(obj) or _inside(obj, boxes))
            )
        )
        words = visible.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False)
        lines = _group_lines(words, number)
        images = [
            self._image(page, image, number) for image in page.images if not _inside(image, boxes)
        ]
        return lines, tables, [image for image in images if image is not None]

    def _image(self, page: Any, image: dict[str, Any], number: int) -> tuple[float, str] | None:
        box = (
            max(image["x0"], 0),
            max(image["top"], 0),
            min(image["x1"], page.width),
            min(image["bottom"], page.height),
        )
        if box[2] - box[0] < 2 or box[3] - box[1] < 2:
            return None
        self.image_count += 1
        label = f"image {self.image_count}"
        stream = image.get("stream")
        try:
            raw = stream.get_rawdata() if stream is not None else None
        except Exception:  # noqa: BLE001 - metadata is read best-effort; the pixels are rendered
            raw = None
        if raw and raw[:3] == b"\xff\xd8\xff":
            self.result.hidden += [
                HiddenPart(p.surface, p.where.removeprefix(f"{self.path.name} "), p.text)
                for p in read_metadata(raw, f"{self.path.name} {label}")
            ]
        try:
            rendered = page.crop(box).to_image(resolution=150).original
        except Exception as error:  # noqa: BLE001 - any rendering error: fail closed, say so
            raise ImportFailure(
                f"{self.path}: {label} on page {number} cannot be extracted ({error}). Ask the "
                "author for the .docx, or remove the image and import again."
            ) from None
        buffer = io.BytesIO()
        rendered.convert("RGB").save(buffer, format="PNG")
        name, _ = self.store.add(buffer.getvalue(), f"{self.path.name} {label}")
        return float(image["top"]), f"![Figure {len(self.store.images)}](images/{name})"

    def _headers_footers(
        self, pages: list[tuple[list[_Line], list[_Table], list[tuple[float, str]]]]
    ) -> None:
        """Running headers and footers: lines in the page margins repeated on several pages
        (digits ignored, so "Page 2" matches "Page 3") or page numbers alone."""
        seen: Counter[str] = Counter()
        marginal: dict[int, str] = {}
        for lines, _, _ in pages:
            signatures: set[str] = set()
            for line in lines:
                height = self.heights[line.page]
                if line.top < height * _MARGIN or line.bottom > height * (1 - _MARGIN):
                    text = " ".join(str(w["text"]) for w in line.words)
                    marginal[id(line)] = text
                    signatures.add(_signature(text))
            seen.update(signatures)
        for lines, _, _ in pages:
            for line in list(lines):
                running = marginal.get(id(line))
                if running is not None and (
                    seen[_signature(running)] >= 2 or _PAGE_NUMBER.match(running)
                ):
                    lines.remove(line)
                    self.result.hidden.append(
                        HiddenPart(
                            Surface.HEADER_FOOTER, f"page {line.page} header/footer", running
                        )
                    )

    @staticmethod
    def _body_size(pages: list[tuple[list[_Line], list[_Table], list[tuple[float, str]]]]) -> float:
        sizes: Counter[float] = Counter()
        for lines, _, _ in pages:
            for line in lines:
                for word in line.words:
                    sizes[round(float(word["size"]), 1)] += len(str(word["text"]))
        return sizes.most_common(1)[0][0] if sizes else 10.0

    def _blocks(
        self,
        lines: list[_Line],
        tables: list[_Table],
        images: list[tuple[float, str]],
        body: float,
        heading_sizes: list[float],
    ) -> None:
        # Footnote definitions: small numbered lines below the last body-size line of the page.
        last_body = max((ln.bottom for ln in lines if ln.size >= body * 0.9), default=0.0)
        labels: dict[str, str] = {}
        notes: list[tuple[str, list[_Line]]] = []
        body_lines: list[_Line] = []
        for line in lines:
            plain = " ".join(str(w["text"]) for w in line.words)
            small = line.size < body * 0.9 and line.top > last_body
            match = _FOOTNOTE_LINE.match(plain) if small else None
            if match:
                number = match.group(1)
                label = (
                    number
                    if number not in self.result.footnotes and number not in labels.values()
                    else f"{number}-p{line.page}"
                )
                labels[number] = label
                notes.append((label, [line]))
            elif small and notes:
                notes[-1][1].append(line)
            else:
                body_lines.append(line)
        for label, note_lines in notes:
            text = " ".join(" ".join(str(w["text"]) for w in ln.words) for ln in note_lines)
            self.result.footnotes[label] = escape(_FOOTNOTE_LINE.sub(r"\2", text), False)
        for line in body_lines:
            _render_line(line, labels)

        items: list[tuple[float, int, object]] = [(ln.top, 0, ln) for ln in body_lines]
        items += [(t.top, 1, t) for t in tables]
        items += [(top, 2, markdown) for top, markdown in images]
        items.sort(key=lambda item: (item[0], item[1]))
        paragraph: list[_Line] = []

        def flush() -> None:
            if paragraph:
                self._paragraph(paragraph)
                paragraph.clear()

        for _, _, item in items:
            if isinstance(item, _Table):
                flush()
                self._table(item)
            elif isinstance(item, str):
                flush()
                self.result.blocks.append(Block(BlockKind.IMAGE, item))
            elif isinstance(item, _Line):
                level = self._heading_level(item, body, heading_sizes)
                if level:
                    flush()
                    text = item.text
                    self.result.blocks.append(
                        Block(
                            BlockKind.HEADING,
                            "#" * level + " " + text,
                            level=level,
                            text=" ".join(str(w["text"]) for w in item.words),
                            footnotes=tuple(item.refs),
                        )
                    )
                    continue
                starts_new = bool(_NUMBERED.match(item.text) or _BULLET.match(item.text))
                gap = item.top - paragraph[-1].bottom if paragraph else 0.0
                if paragraph and (starts_new or gap > 0.6 * body or gap < -1):
                    flush()
                paragraph.append(item)
        flush()

    @staticmethod
    def _heading_level(line: _Line, body: float, heading_sizes: list[float]) -> int:
        if line.size in heading_sizes:
            return heading_sizes.index(line.size) + 1
        text = line.text
        if (
            line.bold
            and abs(line.size - body) < 0.6
            and len(text) <= 80
            and not text.endswith((".", ",", ";", ":"))
            and not _NUMBERED.match(text)
        ):
            return min(len(heading_sizes) + 1, 6)
        return 0

    def _paragraph(self, lines: list[_Line]) -> None:
        text = " ".join(line.text for line in lines).strip()
        refs = tuple(ref for line in lines for ref in line.refs)
        number = _LIST_NUMBER.match(text)
        bullet = _BULLET.match(text)
        if number:
            self.result.blocks.append(
                Block(BlockKind.LIST, f"{number.group(1)}. {number.group(2)}", footnotes=refs)
            )
        elif bullet:
            self.result.blocks.append(Block(BlockKind.LIST, f"- {bullet.group(1)}", footnotes=refs))
        else:
            # "1.1 Text": a numbered paragraph; the number stays as the reader sees it.
            safe = re.sub(r"^([#>+\-=])", r"\\\1", text)
            self.result.blocks.append(Block(BlockKind.PARAGRAPH, safe, footnotes=refs))

    def _table(self, table: _Table) -> None:
        rows = [row for row in table.rows if any(cell for cell in row)]
        if not rows:
            return
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        cells = [[escape(cell, False).replace("|", "\\|") for cell in row] for row in rows]
        lines = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * width]
        lines += ["| " + " | ".join(row) + " |" for row in cells[1:]]
        self.result.blocks.append(
            Block(BlockKind.TABLE, "\n".join(lines), rows=tuple(tuple(row) for row in rows))
        )


def _cell(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip()


def _decode(value: Any) -> str:
    if isinstance(value, bytes):
        if value[:2] in {b"\xfe\xff", b"\xff\xfe"}:
            return value.decode("utf-16", "replace").strip()
        return value.decode("latin-1").strip()
    name = getattr(value, "name", None)  # pdfminer's PSLiteral
    if isinstance(name, (str, bytes)):
        return _decode(name)
    return str(value).strip() if value is not None else ""


def convert_pdf(path: Path, store: ImageStore) -> ConvertedDocument:
    """Convert one PDF with a text layer; raises ImportFailure with what to do when it cannot."""
    return _PdfConverter(path, store).convert()
