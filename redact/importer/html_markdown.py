"""Mammoth's HTML -> Markdown blocks: headings, paragraphs, lists, tables, footnotes, images.

Mammoth writes a small, well-formed subset of HTML (it escapes `& < > "` and closes every
element), so the standard library's XML parser reads it; anything unexpected fails loudly
instead of dropping text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from redact.importer.model import Block, BlockKind, ImportFailure

_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_FOOTNOTE_HREF = re.compile(r"^#(footnote|endnote)-(\d+)$")
_FOOTNOTE_ID = re.compile(r"^(footnote|endnote)-(\d+)$")
_BACK_LINK = re.compile(r"^#(footnote|endnote)-ref-\d+$")
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])(?=\s|$)")
_SPECIAL = re.compile(r"([\\`*_\[\]<])")


def note_label(kind: str, number: str) -> str:
    """`[^1]` for footnote 1, `[^e1]` for endnote 1: one label space for both."""
    return number if kind == "footnote" else f"e{number}"


def escape(text: str, line_starts: bool = True) -> str:
    """Escape what Markdown would read as markup in plain document text (inside a table cell
    a leading "1." or "-" is not markup, so `line_starts=False` leaves it alone)."""
    text = _SPECIAL.sub(r"\\\1", text)
    if not line_starts:
        return text
    return "\n".join(
        _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line) for line in text.split("\n")
    )


def _squash(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text).strip()


class _Inline:
    """Renders inline content and remembers the footnote labels it referred to."""

    def __init__(self) -> None:
        self.footnotes: list[str] = []

    def render(self, element: ET.Element, in_table: bool = False) -> str:
        parts: list[str] = [escape(element.text or "", not in_table)]
        for child in element:
            parts.append(self._child(child, in_table))
            parts.append(escape(child.tail or "", not in_table))
        return "".join(parts)

    def _child(self, child: ET.Element, in_table: bool) -> str:
        tag = child.tag
        if tag == "sup":
            anchor = child.find("a")
            href = anchor.get("href", "") if anchor is not None else ""
            match = _FOOTNOTE_HREF.match(href)
            if match:
                label = note_label(match.group(1), match.group(2))
                self.footnotes.append(label)
                return f"[^{label}]"
            return self.render(child, in_table)
        if tag == "a":
            href = child.get("href", "")
            text = self.render(child, in_table)
            if _BACK_LINK.match(href) or not href:
                return "" if _BACK_LINK.match(href) else text
            if href.startswith("#"):
                return text  # a bookmark inside the Word file: no page to link to
            return f"[{text}](<{href}>)"
        if tag in {"strong", "b"}:
            inner = self.render(child, in_table).strip()
            return f"**{inner}**" if inner else ""
        if tag in {"em", "i"}:
            inner = self.render(child, in_table).strip()
            return f"*{inner}*" if inner else ""
        if tag == "br":
            return " " if in_table else "  \n"
        if tag == "img":
            return f"![{escape(child.get('alt', ''))}]({child.get('src', '')})"
        # s, u, sub, span and anything else: keep the text, drop the formatting.
        return self.render(child, in_table)


class HtmlToMarkdown:
    """One conversion: call `convert(html)` once, then read `blocks` and `footnotes`."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.footnotes: dict[str, str] = {}

    def convert(self, html: str) -> None:
        try:
            root = ET.fromstring(f"<root>{html}</root>")
        except ET.ParseError as error:
            raise ImportFailure(
                f"the converted document could not be read back ({error})"
            ) from None
        for element in root:
            self._block(element)

    def _block(self, element: ET.Element) -> None:
        tag = element.tag
        inline = _Inline()
        if tag in _HEADINGS:
            text = _squash(inline.render(element))
            if text:
                level = _HEADINGS[tag]
                plain = _squash("".join(element.itertext()))
                self.blocks.append(
                    Block(
                        BlockKind.HEADING,
                        "#" * level + " " + text,
                        level=level,
                        text=plain,
                        footnotes=tuple(inline.footnotes),
                    )
                )
        elif tag == "p":
            text = inline.render(element).strip()
            if not text:
                return
            kind = (
                BlockKind.IMAGE
                if text.startswith("![") and text.endswith(")")
                else BlockKind.PARAGRAPH
            )
            self.blocks.append(Block(kind, text, footnotes=tuple(inline.footnotes)))
        elif tag in {"ol", "ul"}:
            if self._is_notes(element):
                self._notes(element)
                return
            lines = self._list(element, inline, indent="")
            if lines:
                self.blocks.append(
                    Block(BlockKind.LIST, "\n".join(lines), footnotes=tuple(inline.footnotes))
                )
        elif tag == "table":
            self._table(element, inline)
        else:
            text = inline.render(element).strip()
            if text:
                self.blocks.append(
                    Block(BlockKind.PARAGRAPH, text, footnotes=tuple(inline.footnotes))
                )

    @staticmethod
    def _is_notes(element: ET.Element) -> bool:
        items = element.findall("li")
        return bool(items) and all(_FOOTNOTE_ID.match(item.get("id", "")) for item in items)

    def _notes(self, element: ET.Element) -> None:
        for item in element.findall("li"):
            match = _FOOTNOTE_ID.match(item.get("id", ""))
            assert match is not None  # checked by _is_notes
            inline = _Inline()
            paragraphs = [inline.render(child).strip() for child in item if child.tag == "p"]
            if not paragraphs:
                paragraphs = [inline.render(item).strip()]
            body = "\n\n    ".join(p for p in paragraphs if p)
            self.footnotes[note_label(match.group(1), match.group(2))] = body

    def _list(self, element: ET.Element, inline: _Inline, indent: str) -> list[str]:
        lines: list[str] = []
        ordered = element.tag == "ol"
        for number, item in enumerate(element.findall("li"), start=1):
            marker = f"{number}. " if ordered else "- "
            texts: list[str] = [escape(item.text or "")]
            nested: list[str] = []
            for child in item:
                if child.tag in {"ol", "ul"}:
                    nested += self._list(child, inline, indent + " " * len(marker))
                elif child.tag == "p":
                    texts.append(" " + inline.render(child))
                else:
                    texts.append(inline._child(child, in_table=False))
                texts.append(escape(child.tail or ""))
            text = _squash("".join(texts).replace("  \n", " "))
            lines.append(f"{indent}{marker}{text}".rstrip())
            lines += nested
        return lines

    def _table(self, element: ET.Element, inline: _Inline) -> None:
        rows: list[list[str]] = []
        plain: list[tuple[str, ...]] = []
        for row in element.iter("tr"):
            cells = [cell for cell in row if cell.tag in {"td", "th"}]
            rendered: list[str] = []
            for cell in cells:
                pieces = []
                for child in cell:
                    if child.tag in {"ol", "ul"}:
                        pieces.append(" ".join(self._list(child, inline, indent="")))
                    elif child.tag == "table":
                        pieces.append(" ".join(" ".join(r) for r in _nested_rows(child)))
                    else:
                        pieces.append(inline.render(child, in_table=True))
                text = _squash(" ".join(pieces)) if pieces else _squash(inline.render(cell, True))
                rendered.append(text.replace("|", "\\|"))
                colspan = int(cell.get("colspan", "1") or 1)
                rendered += [""] * (colspan - 1)
            rows.append(rendered)
            plain.append(tuple(_squash(" ".join(cell.itertext())) for cell in cells))
        if not rows:
            return
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        self.blocks.append(
            Block(
                BlockKind.TABLE,
                "\n".join(lines),
                rows=tuple(plain),
                footnotes=tuple(inline.footnotes),
            )
        )


def _nested_rows(table: ET.Element) -> list[list[str]]:
    return [[_squash(" ".join(cell.itertext())) for cell in row] for row in table.iter("tr")]
