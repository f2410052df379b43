"""Turn a Markdown (or YAML) file into text NER can read, without losing a single offset.

The gate runs NER once per file on an *analysis view*: a string exactly as long as the file, in
which Markdown/YAML/HTML syntax is replaced by spaces and everything a reader or a search index
could see stays where it is (headings, cells, footnotes, link text and URLs, image alt text and
file names, HTML comments and attribute values, code, front matter). Offsets found in the view
are offsets in the file.

Two rules keep this fail-closed:
- Only syntax characters are ever blanked. When the parser's view and ours disagree, the text is
  left as it is, so a name can be made harder to read for NER but never hidden.
- Inline tokens carry no source positions in markdown-it, so we wrap its inline rules to record
  where each token starts and ends in the block's content, and map content back to the file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise

import yaml
from markdown_it import MarkdownIt
from markdown_it.helpers import parseLinkDestination, parseLinkLabel, parseLinkTitle
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from redact.findings import Surface
from redact.frontmatter import FrontMatterKind, meta_key_colons, split_front_matter

# Blanked in prose (not in literal) inside URLs, e-mail addresses and file names, so that
# `facebook.com/jane.smith88` reads as separate words.
SEPARATORS = frozenset("/._-?=&#%+:@~")
# Characters that may be blanked in the gap between a line's start and its inline content
# (blockquote and list markers, ATX hashes, footnote-definition brackets).
_PREFIX_SYNTAX = frozenset(" \t>#-+*[]^:.)")
_FENCE_CHARS = frozenset("`~")
_HR_CHARS = frozenset("-*_ \t")
_TABLE_DELIMITER_CHARS = frozenset("|-: \t")
_SETEXT_CHARS = frozenset("=- \t")
_SPAN = "dhr_span"  # key in Token.meta where our inline-rule wrappers record positions
_WRAPPED_RULES = (
    "escape",
    "backticks",
    "emphasis",
    "link",
    "image",
    "footnote_inline",
    "footnote_ref",
    "autolink",
    "html_inline",
)
_URLISH_SURFACES = frozenset({Surface.LINK_URL, Surface.IMAGE_FILE})

# Each alternative starts only where its run of characters starts, or is bounded (DNS labels are
# at most 63 characters), so a long run ("1-1-1-...", a base64 blob) is read once, not once per
# position.
_BARE_TOKEN_RE = re.compile(
    r"""(?ix)
    (?:https?://|ftp://|www\.)[^\s<>"'`]+            # URLs
    | (?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+     # e-mail addresses
    | (?<![\w@])@[\w.]{2,}                           # social media handles
    | \b[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[a-z]{2,6}/[^\s<>"'`]*  # domain/path, no scheme
    | (?<![\w./\\-])[\w./\\-]*[\w-]\.(?:jpe?g|png|gif|webp|svg|tiff?|heic|bmp|pdf|docx?|xlsx?|pptx?|odt|rtf
                       |txt|csv|md|html?|zip|mp3|mp4|mov)\b  # file names
    """
)
_PERCENT_RE = re.compile(r"%[0-9A-Fa-f]{2}")
_HTML_RE = re.compile(
    r"""<!--(?P<comment>.*?)(?P<close>-->|\Z)
    | <(?P<slash>/?)(?P<name>[A-Za-z][A-Za-z0-9-]*)
      (?P<attrs>(?:[^>"']|"[^"]*"|'[^']*')*?)(?P<selfclose>/?)>""",
    re.DOTALL | re.VERBOSE,
)
_ATTR_RE = re.compile(
    r"""(?P<name>[^\s"'>/=]+)
    (?:(?P<eq>\s*=\s*)(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'=<>`]+)))?""",
    re.VERBOSE,
)
_REFERENCE_DEF_RE = re.compile(
    r"""(?P<lead>[ \t>]*)\[(?P<label>[^\]]+)\]:[ \t]*(?P<dest><[^>\n]*>|\S+)
    (?:[ \t]+(?P<title>"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$""",
    re.VERBOSE,
)
_SURFACES = tuple(Surface)
_IMAGE_ATTRS = {"src": Surface.IMAGE_FILE, "srcset": Surface.IMAGE_FILE, "alt": Surface.IMAGE_ALT}


@dataclass(frozen=True)
class Segment:
    """A readable region of the file: code-point offsets `[start, end)` and where it sits."""

    start: int
    end: int
    surface: Surface


@dataclass(frozen=True)
class AnalysisView:
    """Three same-length strings over one file, and the readable regions in it.

    `prose` is for NER (syntax and URL/file-name separators blanked); `literal` is for pattern
    recognizers (syntax blanked, URLs and e-mail addresses intact). Any offset in either is the
    same offset in `original`.
    """

    original: str
    prose: str
    literal: str
    segments: tuple[Segment, ...]
    default_surface: Surface = Surface.TEXT

    def surface_at(self, offset: int) -> Surface:
        """The innermost (shortest) segment holding `offset`; `default_surface` otherwise."""
        if not 0 <= offset < len(self.original):
            return self.default_surface
        code = self._surface_codes[offset]
        return _SURFACES[code - 1] if code else self.default_surface

    @cached_property
    def _surface_codes(self) -> bytearray:
        """One byte per character: 0 for none, else 1 + index in _SURFACES; shortest wins."""
        codes = bytearray(len(self.original))
        for seg in sorted(self.segments, key=lambda s: s.start - s.end):  # longest first
            code = _SURFACES.index(seg.surface) + 1
            codes[seg.start : seg.end] = bytes([code]) * (seg.end - seg.start)
        return codes

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of `offset` in the original text."""
        starts = self._line_starts
        index = bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    @cached_property
    def _line_starts(self) -> list[int]:
        return _line_starts(self.original)


def _line_starts(text: str) -> list[int]:
    src = _normalise_newlines(text)
    starts = [0]
    pos = src.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = src.find("\n", pos + 1)
    return starts


def _normalise_newlines(text: str) -> str:
    """Same length as `text`: `\\r\\n` -> ` \\n`, lone `\\r` -> `\\n` (markdown-it would shorten)."""
    return text.replace("\r\n", " \n").replace("\r", "\n")


class _Builder:
    """Mutable working state: the blanked buffer and the segments found so far."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.src = _normalise_newlines(text)
        self.buf = list(text)
        self.segments: list[Segment] = []
        self.starts = _line_starts(text)

    # -- primitives -------------------------------------------------------------------------
    def blank(self, start: int, end: int) -> None:
        for i in range(max(start, 0), min(end, len(self.buf))):
            if self.buf[i] != "\n":
                self.buf[i] = " "

    def blank_chars(self, start: int, end: int, chars: frozenset[str]) -> None:
        for i in range(max(start, 0), min(end, len(self.buf))):
            if self.src[i] in chars:
                self.buf[i] = " "

    def add(self, start: int, end: int, surface: Surface) -> None:
        if end > start:
            self.segments.append(Segment(start, end, surface))

    def line_start(self, line: int) -> int:
        return self.starts[line] if line < len(self.starts) else len(self.src)

    def line_end(self, line: int) -> int:
        """Offset of the newline ending `line` (or the end of the text)."""
        nxt = self.line_start(line + 1)
        if nxt > 0 and nxt <= len(self.src) and self.src[nxt - 1] == "\n":
            return nxt - 1
        return nxt

    def lines_span(self, first: int, stop: int) -> tuple[int, int]:
        return self.line_start(first), self.line_end(max(first, stop - 1))

    def first_unblanked(self, line: int) -> int:
        """First character of `line` not yet blanked and not whitespace (or the line end)."""
        pos, end = self.line_start(line), self.line_end(line)
        while pos < end and self.buf[pos] in " \t":
            pos += 1
        return pos

    def literal(self) -> str:
        return "".join(self.buf)


# -- markdown-it set-up: record where inline tokens sit -------------------------------------
RuleFunc = Callable[[StateInline, bool], bool]


def _recording(name: str, rule: RuleFunc) -> RuleFunc:
    """Wrap an inline rule so every token it pushes records (rule, start, end, index, label end)."""

    def wrapped(state: StateInline, silent: bool) -> bool:
        if silent:
            return rule(state, silent)
        start = state.pos
        count = len(state.tokens)
        had_pending = bool(state.pending)
        label_end = -1
        if name == "link" and state.src.startswith("[", start):
            label_end = parseLinkLabel(state, start, True)
        elif name == "image" and state.src.startswith("![", start):
            label_end = parseLinkLabel(state, start + 1, False)
        ok = rule(state, silent)
        if ok:
            pushed = state.tokens[count:]
            if had_pending and pushed:
                pushed = pushed[1:]  # push() first flushed the pending plain text
            for index, token in enumerate(pushed):
                token.meta.setdefault(_SPAN, (name, start, state.pos, index, label_end))
        return ok

    return wrapped


@cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table").use(footnote_plugin).use(front_matter_plugin)
    # text_join merges escape tokens into plain text, losing where the backslash was.
    md.core.ruler.disable("text_join")
    for name in _WRAPPED_RULES:
        rule = next(r for r in md.inline.ruler.__rules__ if r.name == name)
        md.inline.ruler.at(name, _recording(name, rule.fn), {"alt": list(rule.alt)})
    return md


# -- public API ------------------------------------------------------------------------------
def analyse_markdown(text: str) -> AnalysisView:
    """The analysis view of a Markdown page, front matter included."""
    b = _Builder(text)
    md_src = b.src
    fm = split_front_matter(text)
    if fm is not None:
        b.add(fm.start, fm.end, Surface.FRONT_MATTER)
        if fm.kind is FrontMatterKind.YAML:
            b.blank(fm.start, fm.inner_start)  # opening ---
            b.blank(fm.inner_end, fm.end)  # closing --- or ...
            _blank_yaml(b, fm.inner_start, fm.inner_end)
        else:
            for colon in meta_key_colons(text, fm):
                b.blank(colon, colon + 1)
        # MkDocs removes the block before Markdown runs; keep line numbers by blanking it.
        md_src = _spaces_keep_newlines(md_src, fm.start, fm.end)
    if md_src.startswith("\ufeff"):
        b.blank(0, 1)
        md_src = " " + md_src[1:]
    tokens = _parser().parse(md_src)
    covered = _walk_blocks(b, tokens)
    _reference_definitions(b, covered, skip_until=fm.end if fm is not None else 0)
    return _finish(b, Surface.TEXT)


def analyse_yaml(text: str) -> AnalysisView:
    """The analysis view of a YAML file (review.yml): keys and values readable, as METADATA."""
    b = _Builder(text)
    _blank_yaml(b, 0, len(text))
    b.add(0, len(text), Surface.METADATA)
    return _finish(b, Surface.METADATA)


def analyse_plain(text: str, surface: Surface = Surface.TEXT) -> AnalysisView:
    """The analysis view of plain text: nothing is syntax; URLs still split for NER."""
    b = _Builder(text)
    b.add(0, len(text), surface)
    return _finish(b, surface)


def _finish(b: _Builder, default: Surface) -> AnalysisView:
    literal = b.literal()
    prose = list(literal)
    for seg in b.segments:
        if seg.surface in _URLISH_SURFACES:
            _blank_separators(prose, b.src, seg.start, seg.end)
    for match in _BARE_TOKEN_RE.finditer(literal):
        _blank_separators(prose, b.src, match.start(), match.end())
    segments = tuple(sorted(b.segments, key=lambda s: (s.start, -s.end)))
    return AnalysisView(b.original, "".join(prose), literal, segments, default)


def _blank_separators(prose: list[str], src: str, start: int, end: int) -> None:
    for match in _PERCENT_RE.finditer(src, start, end):
        for i in range(match.start(), match.end()):
            prose[i] = " "
    for i in range(start, end):
        if src[i] in SEPARATORS:
            prose[i] = " "


def _spaces_keep_newlines(src: str, start: int, end: int) -> str:
    middle = "".join("\n" if ch == "\n" else " " for ch in src[start:end])
    return src[:start] + middle + src[end:]


# -- YAML --------------------------------------------------------------------------------------
_YAML_SYNTAX_TOKENS = (
    yaml.ValueToken,
    yaml.BlockEntryToken,
    yaml.FlowEntryToken,
    yaml.FlowSequenceStartToken,
    yaml.FlowSequenceEndToken,
    yaml.FlowMappingStartToken,
    yaml.FlowMappingEndToken,
    yaml.DocumentStartToken,
    yaml.DocumentEndToken,
    yaml.KeyToken,
)


def _blank_yaml(b: _Builder, start: int, end: int) -> None:
    """Blank YAML punctuation in `[start, end)`; stop quietly at the first syntax error.

    Everything after an error stays as it is (readable); the gate reports the error itself.
    """
    chunk = b.original[start:end]
    try:
        for token in yaml.scan(chunk):
            lo, hi = start + token.start_mark.index, start + token.end_mark.index
            if isinstance(token, _YAML_SYNTAX_TOKENS):
                b.blank(lo, hi)
            elif isinstance(token, yaml.ScalarToken):
                if token.style in ('"', "'") and hi - lo >= 2:
                    b.blank(lo, lo + 1)
                    b.blank(hi - 1, hi)
                elif token.style in ("|", ">"):
                    pos = lo
                    while pos < hi and b.src[pos] in "|>+-0123456789":
                        b.blank(pos, pos + 1)
                        pos += 1
            elif isinstance(token, (yaml.AnchorToken, yaml.AliasToken, yaml.TagToken)):
                b.blank(lo, lo + 1)
    except yaml.YAMLError:
        return


# -- blocks ------------------------------------------------------------------------------------
_CONTAINERS = {
    "blockquote_open": Surface.BLOCKQUOTE,
    "bullet_list_open": Surface.LIST,
    "ordered_list_open": Surface.LIST,
    "footnote_open": Surface.FOOTNOTE,
    "table_open": Surface.TABLE,
}


def _walk_blocks(b: _Builder, tokens: Sequence[Token]) -> set[int]:
    """Blank block syntax and record leaf segments; return the lines any block covers."""
    covered: set[int] = set()
    stack: list[Surface] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.map is not None:
            covered.update(range(tok.map[0], tok.map[1]))
        if tok.type in _CONTAINERS:
            stack.append(_CONTAINERS[tok.type])
            if tok.type == "blockquote_open" and tok.map:
                _blockquote_markers(b, tok.map[0], tok.map[1])
            elif tok.type == "table_open" and tok.map:
                i = _table(b, tokens, i)
                stack.pop()
                continue
        elif tok.type.endswith("_close") and tok.type.replace("_close", "_open") in _CONTAINERS:
            if stack:
                stack.pop()
        elif tok.type == "list_item_open" and tok.map:
            _list_marker(b, tok)
        elif tok.type == "heading_open" and tok.map:
            surface = Surface.HEADING
            _heading(b, tok, tokens[i + 1])
            b.add(*b.lines_span(*tok.map), surface)
        elif tok.type == "paragraph_open" and tok.map:
            surface = stack[-1] if stack else Surface.PARAGRAPH
            b.add(*b.lines_span(*tok.map), surface)
            _inline(b, tokens[i + 1], _paragraph_map(b, tokens[i + 1], tok.map[0]), surface)
        elif tok.type == "fence" and tok.map:
            _fence(b, tok)
        elif tok.type == "code_block" and tok.map:
            b.add(*b.lines_span(*tok.map), Surface.CODE)
        elif tok.type == "html_block" and tok.map:
            start, end = b.lines_span(*tok.map)
            b.add(start, end, Surface.HTML)
            _html(b, "".join(b.buf[start:end]), _shifted(start))
        elif tok.type == "hr" and tok.map:
            start, end = b.lines_span(*tok.map)
            b.blank_chars(start, end, _HR_CHARS)
        elif tok.type == "front_matter" and tok.map:
            # Only reached when our split and the plugin disagree; keep the text, mark it.
            b.add(*b.lines_span(*tok.map), Surface.FRONT_MATTER)
        i += 1
    return covered


def _blockquote_markers(b: _Builder, first: int, stop: int) -> None:
    for line in range(first, stop):
        pos = b.first_unblanked(line)
        if pos < b.line_end(line) and b.src[pos] == ">":
            b.blank(pos, pos + 1)


def _list_marker(b: _Builder, tok: Token) -> None:
    assert tok.map is not None
    pos = b.first_unblanked(tok.map[0])
    marker = f"{tok.info}{tok.markup}"
    if b.src.startswith(marker, pos):
        b.blank(pos, pos + len(marker))


def _heading(b: _Builder, tok: Token, inline: Token) -> None:
    assert tok.map is not None
    first, stop = tok.map
    if tok.markup.startswith("#"):
        pos = b.first_unblanked(first)
        end = b.line_end(first)
        hashes = pos
        while hashes < end and b.src[hashes] == "#":
            hashes += 1
        b.blank(pos, hashes)
        closing = re.search(r"(?:^|[ \t])(#+)[ \t]*$", b.src[hashes:end])
        if closing:
            b.blank(hashes + closing.start(1), end)
        cmap = _locate_lines(b, inline.content, [first], suffix=False)
    else:  # setext: text lines, then an underline of = or -
        underline = stop - 1
        b.blank_chars(b.line_start(underline), b.line_end(underline), _SETEXT_CHARS)
        cmap = _paragraph_map(b, inline, first)
    _inline(b, inline, cmap, Surface.HEADING)


def _fence(b: _Builder, tok: Token) -> None:
    assert tok.map is not None
    first, stop = tok.map
    start = b.first_unblanked(first)
    pos = start
    while pos < b.line_end(first) and b.src[pos] in _FENCE_CHARS:
        pos += 1
    b.blank(start, pos)
    last = stop - 1
    if last > first:
        close = b.first_unblanked(last)
        rest = b.src[close : b.line_end(last)].rstrip()
        if rest and set(rest) <= _FENCE_CHARS and len(rest) >= pos - start:
            b.blank(close, close + len(rest))
    b.add(*b.lines_span(first, stop), Surface.CODE)


# -- tables ----------------------------------------------------------------------------------
def _table(b: _Builder, tokens: Sequence[Token], i: int) -> int:
    """Handle a whole table starting at tokens[i]; return the index after table_close."""
    table = tokens[i]
    assert table.map is not None
    b.add(*b.lines_span(*table.map), Surface.TABLE)
    delimiter = table.map[0] + 1
    b.blank_chars(b.line_start(delimiter), b.line_end(delimiter), _TABLE_DELIMITER_CHARS)
    i += 1
    cells: list[Token] = []
    row_line = -1
    while i < len(tokens) and tokens[i].type != "table_close":
        tok = tokens[i]
        if tok.type == "tr_open" and tok.map:
            row_line, cells = tok.map[0], []
        elif tok.type == "inline":
            cells.append(tok)
        elif tok.type == "tr_close" and row_line >= 0:
            _table_row(b, row_line, cells)
        i += 1
    return i + 1


def _table_row(b: _Builder, line: int, cells: list[Token]) -> None:
    start, end = b.first_unblanked(line), b.line_end(line)
    pipes: list[int] = []
    escaped = False
    for pos in range(start, end):
        ch = b.src[pos]
        if ch == "|" and not escaped:
            pipes.append(pos)
        escaped = ch == "\\" and not escaped
    text_end = start + len(b.src[start:end].rstrip())
    bounds = [start - 1, *pipes, text_end]
    ranges = [(lo + 1, hi) for lo, hi in pairwise(bounds)]
    if ranges and pipes and pipes[0] == start:
        ranges.pop(0)
    if ranges and pipes and pipes[-1] == text_end - 1:
        ranges.pop()
    for pos in pipes:
        b.blank(pos, pos + 1)
    for cell, (lo, hi) in zip(cells, ranges, strict=False):
        while lo < hi and b.src[lo] in " \t":
            lo += 1
        while hi > lo and b.src[hi - 1] in " \t":
            hi -= 1
        _inline(b, cell, _align(cell.content, b.src, lo, hi), Surface.TABLE)


def _align(content: str, src: str, lo: int, hi: int) -> list[int]:
    """Map each content index to a source offset, allowing `\\|` in source for `|` in content."""
    cmap = [-1] * len(content)
    j = lo
    for k, ch in enumerate(content):
        if j < hi and src[j] == "\\" and ch == "|" and j + 1 < hi and src[j + 1] == "|":
            j += 1
        if j >= hi or src[j] != ch:
            return [-1] * len(content)  # unexpected: leave the cell as it is
        cmap[k] = j
        j += 1
    return cmap


# -- inline content -> source mapping ----------------------------------------------------------
def _paragraph_map(b: _Builder, inline: Token, first: int) -> list[int]:
    lines = range(first, first + inline.content.count("\n") + 1)
    return _locate_lines(b, inline.content, list(lines), suffix=True)


def _locate_lines(b: _Builder, content: str, lines: list[int], *, suffix: bool) -> list[int]:
    """Map content indices to source offsets, one content line per source line.

    markdown-it strips block prefixes (indent, `>`, list markers) from each line, so each
    content line (without surrounding blanks) is the end of its source line (`suffix`), or, for
    ATX headings, starts at the first character not yet blanked.
    """
    cmap = [-1] * len(content)
    offset = 0
    for line, piece in zip(lines, content.split("\n"), strict=False):
        core = piece.strip(" \t")
        lead = len(piece) - len(piece.lstrip(" \t"))
        if core:
            line_start, line_end = b.line_start(line), b.line_end(line)
            source_line = b.src[line_start:line_end]
            pos = -1
            if suffix and source_line.rstrip(" \t").endswith(core):
                pos = line_start + len(source_line.rstrip(" \t")) - len(core)
            elif not suffix:
                candidate = b.first_unblanked(line)
                if b.src.startswith(core, candidate):
                    pos = candidate
            if pos >= 0:
                for k in range(len(core)):
                    cmap[offset + lead + k] = pos + k
                b.blank_chars(line_start, pos, _PREFIX_SYNTAX)
        if offset + len(piece) < len(cmap):
            cmap[offset + len(piece)] = b.line_end(line)  # the newline itself
        offset += len(piece) + 1
    return cmap


# -- inline tokens ---------------------------------------------------------------------------
def _inline(b: _Builder, inline: Token, cmap: list[int], surface: Surface) -> None:
    """Blank inline syntax and add inline segments, using positions our wrappers recorded."""
    content = inline.content
    if not content or max(cmap, default=-1) < 0:  # no position recorded (max: a C loop)
        return

    def blank(lo: int, hi: int) -> None:
        for k in range(max(lo, 0), min(hi, len(cmap))):
            if cmap[k] >= 0:
                b.blank(cmap[k], cmap[k] + 1)

    def add(lo: int, hi: int, seg_surface: Surface) -> None:
        mapped = [cmap[k] for k in range(max(lo, 0), min(hi, len(cmap))) if cmap[k] >= 0]
        if mapped:
            b.add(min(mapped), max(mapped) + 1, seg_surface)

    for child in inline.children or []:
        span = child.meta.get(_SPAN)
        if span is None:
            continue
        name, start, end, index, label_end = span
        kind = child.type
        if kind in ("em_open", "em_close"):
            blank(start + index, start + index + 1)
        elif kind == "strong_open":
            blank(start + index - 1, start + index + 1)
        elif kind == "strong_close":
            blank(start + index, start + index + 2)
        elif kind in ("text_special", "hardbreak") and content.startswith("\\", start):
            blank(start, start + 1)
        elif kind == "code_inline":
            width = len(child.markup)
            blank(start, start + width)
            blank(end - width, end)
            add(start + width, end - width, Surface.INLINE_CODE)
        elif kind == "link_open" and child.markup == "autolink":
            blank(start, start + 1)
            blank(end - 1, end)
            add(start + 1, end - 1, Surface.LINK_URL)
        elif kind == "link_open" and label_end > start:
            _link(content, start, end, label_end, blank, add, image=False)
        elif kind == "image" and label_end > start:
            _link(content, start, end, label_end, blank, add, image=True)
        elif kind == "html_inline":
            _html(b, content[start:end], _through(cmap, start))
        elif kind == "footnote_ref":  # `[^label]`, or an inline `^[text]`
            blank(start, start + 2)
            blank(end - 1, end)
            if name == "footnote_inline":
                add(start + 2, end - 1, Surface.FOOTNOTE)


Blank = Callable[[int, int], None]
Add = Callable[[int, int, Surface], None]


def _link(
    content: str, start: int, end: int, label_end: int, blank: Blank, add: Add, *, image: bool
) -> None:
    """`[text](dest "title")`, `[text][ref]`, `[text]`, and the same with `![`."""
    opener = 2 if image else 1
    blank(start, start + opener)
    blank(label_end, label_end + 1)
    add(start + opener, label_end, Surface.IMAGE_ALT if image else Surface.LINK_TEXT)
    pos = label_end + 1
    if pos < end and content[pos] == "(":
        blank(pos, pos + 1)
        blank(end - 1, end)
        pos += 1
        while pos < end and content[pos] in " \t\n":
            pos += 1
        dest = parseLinkDestination(content, pos, end)
        if dest.ok and dest.pos > pos:
            lo, hi = pos, dest.pos
            if content[lo] == "<":
                blank(lo, lo + 1)
                blank(hi - 1, hi)
                lo, hi = lo + 1, hi - 1
            add(lo, hi, Surface.IMAGE_FILE if image else Surface.LINK_URL)
            pos = dest.pos
            while pos < end and content[pos] in " \t\n":
                pos += 1
            title = parseLinkTitle(content, pos, end)
            if title.ok and title.pos > pos + 1:
                blank(pos, pos + 1)
                blank(title.pos - 1, title.pos)
                add(pos + 1, title.pos - 1, Surface.IMAGE_ALT if image else Surface.LINK_TEXT)
    elif pos < end and content[pos] == "[":
        blank(pos, pos + 1)
        blank(end - 1, end)


# -- HTML --------------------------------------------------------------------------------------
def _html(b: _Builder, html: str, to_source: Callable[[int], int]) -> None:
    """Blank tag names, attribute names and delimiters; keep text, comments and values."""

    def blank(lo: int, hi: int) -> None:
        for k in range(lo, hi):
            pos = to_source(k)
            if pos >= 0:
                b.blank(pos, pos + 1)

    def segment(lo: int, hi: int, seg_surface: Surface) -> None:
        if hi <= lo:
            return
        first, last = to_source(lo), to_source(hi - 1)
        if first >= 0 and last >= 0:
            b.add(first, last + 1, seg_surface)

    for match in _HTML_RE.finditer(html):
        if match.group("comment") is not None:
            blank(match.start(), match.start() + 4)
            blank(match.start("close"), match.end("close"))
            segment(match.start("comment"), match.end("comment"), Surface.HTML_COMMENT)
            continue
        tag = match.group("name").lower()
        blank(match.start(), match.end("name"))  # `<`, `/` and the tag name
        blank(match.start("selfclose"), match.end())  # `/` and `>`
        segment(match.start(), match.end(), Surface.HTML)
        base = match.start("attrs")
        for attr in _ATTR_RE.finditer(match.group("attrs")):
            name = attr.group("name").lower()
            blank(base + attr.start("name"), base + attr.end("name"))
            if attr.group("eq") is None:
                continue
            blank(base + attr.start("eq"), base + attr.end("eq"))
            value_group = next(g for g in ("dq", "sq", "bare") if attr.group(g) is not None)
            lo, hi = base + attr.start(value_group), base + attr.end(value_group)
            if value_group != "bare":
                blank(lo - 1, lo)
                blank(hi, hi + 1)
            segment(lo, hi, _attr_surface(tag, name))


def _shifted(base: int) -> Callable[[int], int]:
    """Offsets in an HTML block's text -> file offsets."""
    return lambda k: base + k


def _through(cmap: list[int], base: int) -> Callable[[int], int]:
    """Offsets in an inline HTML tag -> file offsets, via the inline content map."""
    return lambda k: cmap[base + k] if base + k < len(cmap) else -1


def _attr_surface(tag: str, attr: str) -> Surface:
    if tag in ("img", "source") and attr in _IMAGE_ATTRS:
        return _IMAGE_ATTRS[attr]
    if attr == "href":
        return Surface.LINK_URL
    return Surface.HTML


# -- lines no block token claims ---------------------------------------------------------------
def _reference_definitions(b: _Builder, covered: Iterable[int], skip_until: int) -> None:
    """Link reference definitions (`[label]: url "title"`) produce no tokens; mark their URLs."""
    claimed = set(covered)
    for line in range(len(b.starts)):
        start, end = b.line_start(line), b.line_end(line)
        if line in claimed or start < skip_until:
            continue
        match = _REFERENCE_DEF_RE.match(b.src, start, end)
        if not match:
            continue
        label_start = match.start("label")
        b.blank(label_start - 1, label_start)
        b.blank(match.end("label"), match.end("label") + 2)  # `]:`
        lo, hi = match.span("dest")
        if b.src[lo] == "<":
            b.blank(lo, lo + 1)
            b.blank(hi - 1, hi)
            lo, hi = lo + 1, hi - 1
        b.add(lo, hi, Surface.LINK_URL)
        if match.group("title"):
            t_lo, t_hi = match.span("title")
            b.blank(t_lo, t_lo + 1)
            b.blank(t_hi - 1, t_hi)
            b.add(t_lo + 1, t_hi - 1, Surface.LINK_TEXT)
