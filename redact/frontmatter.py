"""Find the metadata block MkDocs strips from the top of a page, and where the body starts.

MkDocs (`mkdocs/utils/meta.py`) removes two kinds of leading metadata before any plugin sees the
Markdown: a `---` YAML block, or, when there is none, MultiMarkdown-style `Key: value` lines up to
the first blank line. Both can hold a name, and neither is rendered in the page body, so the gate
must scan them explicitly. We mirror MkDocs' own regular expressions so the two never disagree.

Offsets are code-point offsets into the text as given (a leading byte-order mark is allowed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

import yaml

# Same patterns as mkdocs/utils/meta.py (MkDocs 1.6), so our split matches what MkDocs strips.
_YAML_RE = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_META_RE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
_META_MORE_RE = re.compile(r"^([ ]{4}|\t)(\s*)(?P<value>.*)")


class FrontMatterKind(str, Enum):
    YAML = "yaml"  # --- ... --- (or ...)
    META = "meta"  # MultiMarkdown `Key: value` lines without delimiters


@dataclass(frozen=True)
class FrontMatter:
    """Where the metadata block sits in the text.

    `start`/`end` cover the whole block including delimiter lines; `inner_start`/`inner_end`
    cover the YAML (or meta lines) only. `body_offset` is where MkDocs' page Markdown begins
    (after the block and any blank lines that follow it); `body_line` is its 0-based line.
    """

    kind: FrontMatterKind
    start: int
    end: int
    inner_start: int
    inner_end: int
    body_offset: int
    body_line: int


def _normalise_newlines(text: str) -> str:
    """Same length as `text`; `\\r\\n` -> ` \\n` and lone `\\r` -> `\\n`, as MkDocs reads files."""
    return text.replace("\r\n", " \n").replace("\r", "\n")


def split_front_matter(text: str) -> FrontMatter | None:
    """Locate the leading metadata block, or None when the page has none."""
    src = _normalise_newlines(text)
    base = 1 if src.startswith("\ufeff") else 0  # MkDocs reads with utf-8-sig
    doc = src[base:]
    match = _YAML_RE.match(doc)
    if match:
        end = base + match.end()
        body = _skip_newlines(src, end)
        return FrontMatter(
            kind=FrontMatterKind.YAML,
            start=base,
            end=end,
            inner_start=base + match.start(1),
            inner_end=base + match.end(1),
            body_offset=body,
            body_line=src.count("\n", 0, body),
        )
    end = _meta_end(doc)
    if end == 0:
        return None
    end += base
    body = _skip_newlines(src, end)
    return FrontMatter(
        kind=FrontMatterKind.META,
        start=base,
        end=end,
        inner_start=base,
        inner_end=end,
        body_offset=body,
        body_line=src.count("\n", 0, body),
    )


def _skip_newlines(src: str, pos: int) -> int:
    while pos < len(src) and src[pos] == "\n":
        pos += 1
    return pos


def _meta_end(doc: str) -> int:
    """Length of the MultiMarkdown meta lines at the top of `doc` (0 when there are none)."""
    pos = 0
    have_key = False
    while pos < len(doc):
        newline = doc.find("\n", pos)
        line_end = len(doc) if newline == -1 else newline
        line = doc[pos:line_end]
        if line.strip() == "":
            break
        if _META_RE.match(line):
            have_key = True
        elif not (have_key and _META_MORE_RE.match(line)):
            break
        pos = line_end + 1 if newline != -1 else line_end
    return min(pos, len(doc))


def meta_key_colons(text: str, fm: FrontMatter) -> list[int]:
    """Offsets of the `:` after each key in MultiMarkdown meta lines (syntax, not content)."""
    colons: list[int] = []
    if fm.kind is not FrontMatterKind.META:
        return colons
    src = _normalise_newlines(text)
    pos = fm.inner_start
    while pos < fm.inner_end:
        newline = src.find("\n", pos, fm.inner_end)
        line_end = fm.inner_end if newline == -1 else newline
        match = _META_RE.match(src[pos:line_end])
        if match:
            colons.append(pos + match.end("key"))
        pos = line_end + 1
    return colons


def parse_front_matter(text: str) -> tuple[dict[str, Any] | None, str | None, int]:
    """Parse the metadata block as MkDocs would: (data, plain-English error, body offset).

    `data` is None when there is no block or it cannot be used; the error then says why and on
    which line of the file. The message never quotes the YAML text, which may hold a name.
    """
    fm = split_front_matter(text)
    if fm is None:
        return None, None, 0
    src = _normalise_newlines(text)
    if fm.kind is FrontMatterKind.META:
        return _parse_meta(src[fm.inner_start : fm.inner_end]), None, fm.body_offset
    first_line = src.count("\n", 0, fm.inner_start) + 1  # 1-based line of the first YAML line
    try:
        data = yaml.safe_load(src[fm.inner_start : fm.inner_end])
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = (
            f"line {first_line + mark.line}, column {mark.column + 1}"
            if mark is not None
            else f"the block starting on line {first_line}"
        )
        problem = exc.problem or "invalid YAML"
        if exc.context and exc.context_mark is not None:
            started = first_line + exc.context_mark.line
            problem = f"{problem} ({exc.context}, started on line {started})"
        return (
            None,
            (
                f"The front matter (between the --- lines at the top) is not valid YAML at {where}: "
                f"{problem}. Fix it so that each line reads `key: value`; MkDocs would otherwise "
                "publish it as page text."
            ),
            fm.body_offset,
        )
    except yaml.YAMLError as exc:
        return (
            None,
            (
                f"The front matter starting on line {first_line} is not valid YAML "
                f"({type(exc).__name__}). Fix it so that each line reads `key: value`."
            ),
            fm.body_offset,
        )
    if data is None:
        return {}, None, fm.body_offset
    if not isinstance(data, dict):
        return (
            None,
            (
                f"The front matter starting on line {first_line} must be `key: value` lines "
                f"(a YAML mapping), not a {type(data).__name__}; MkDocs would otherwise publish "
                "it as page text."
            ),
            fm.body_offset,
        )
    return {str(key): value for key, value in data.items()}, None, fm.body_offset


def _parse_meta(block: str) -> dict[str, Any]:
    """MultiMarkdown meta as MkDocs reads it: lower-cased keys, continuation lines joined."""
    data: dict[str, Any] = {}
    key: str | None = None
    for line in block.split("\n"):
        match = _META_RE.match(line)
        if match:
            key = match.group("key").lower().strip()
            value = match.group("value").strip()
            data[key] = f"{data[key]} {value}" if key in data else value
            continue
        more = _META_MORE_RE.match(line)
        if more and key is not None:
            data[key] = f"{data[key]} {more.group('value').strip()}"
    return data
