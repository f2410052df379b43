"""What the gate reports: one Finding per suspected identifier, never printed unmasked by default.

A Finding keeps the found text in memory (the reviewer may ask to see it with --reveal) but
every serialisation masks it unless the caller explicitly asks to reveal it, so CI logs never
repeat a name.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, TextIO


class Severity(str, Enum):
    """`block` stops publication; `warn` asks a human to decide (quasi-identifiers)."""

    BLOCK = "block"
    WARN = "warn"


class Surface(str, Enum):
    """Where in a source file (or built site) a finding sits. Used for reports and benchmarks."""

    FRONT_MATTER = "front_matter"
    METADATA = "metadata"  # review.yml and other YAML metadata files
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"
    TABLE = "table"
    BLOCKQUOTE = "blockquote"
    FOOTNOTE = "footnote"
    LINK_TEXT = "link_text"
    LINK_URL = "link_url"
    IMAGE_ALT = "image_alt"
    IMAGE_FILE = "image_file"
    IMAGE_METADATA = "image_metadata"
    HTML = "html"
    HTML_COMMENT = "html_comment"
    CODE = "code"
    INLINE_CODE = "inline_code"
    FILE_NAME = "file_name"
    BUILT_OUTPUT = "built_output"
    DOCUMENT_PROPERTY = "document_property"
    COMMENT = "comment"
    TRACKED_CHANGE = "tracked_change"
    HEADER_FOOTER = "header_footer"
    HIDDEN_TEXT = "hidden_text"
    TEXT = "text"


@dataclass(frozen=True)
class Finding:
    """One suspected identifier.

    `start`/`end` are code-point offsets into the file's text (None when the finding is in a
    file name or in image metadata, which are not part of the text). `line` and `column` are
    1-based and point at the start of the finding in the source file.
    """

    path: str
    start: int | None
    end: int | None
    line: int | None
    column: int | None
    entity_type: str
    severity: Severity
    score: float
    recognizer: str
    surface: Surface
    text: str = field(repr=False)

    def masked_text(self) -> str:
        """First letter and length only: enough to find it, not enough to learn it."""
        return mask(self.text)

    def shown_text(self, reveal: bool) -> str:
        return self.text if reveal else self.masked_text()

    def shown_path(self, reveal: bool, path_words: frozenset[str] = frozenset()) -> str:
        """The path, with any name found in a file or folder name masked unless revealing."""
        return self.path if reveal else mask_words(self.path, path_words)

    def to_dict(
        self, reveal: bool = False, path_words: frozenset[str] = frozenset()
    ) -> dict[str, Any]:
        """The JSON shape of `redact check --format json`; `text` only when revealing."""
        data: dict[str, Any] = {
            "path": self.shown_path(reveal, path_words),
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "entity_type": self.entity_type,
            "severity": self.severity.value,
            "score": round(self.score, 4),
            "recognizer": self.recognizer,
            "surface": self.surface.value,
        }
        if reveal:
            data["text"] = self.text
        return data


def mask(text: str) -> str:
    """`Dorothy` -> `D******`. Whitespace inside is kept so a reader sees word boundaries."""
    if not text:
        return ""
    return text[0] + "".join(" " if ch.isspace() else "*" for ch in text[1:])


_LETTERS = re.compile(r"[^\W\d_]+")


def name_words_in_paths(findings: Iterable[Finding]) -> frozenset[str]:
    """Words of the names found in file and folder names ("reviews/jane-smith-2021/"):
    printing those paths unmasked would repeat the names the text masks."""
    words: set[str] = set()
    for finding in findings:
        if finding.surface is Surface.FILE_NAME:
            words.update(w.casefold() for w in _LETTERS.findall(finding.text) if len(w) >= 2)
    return frozenset(words)


def mask_words(text: str, words: frozenset[str]) -> str:
    """Mask every whole-word occurrence of `words` (any case) in `text`, e.g. a path."""
    if not words:
        return text
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)
    return pattern.sub(lambda match: mask(match.group(0)), text)


def show_unmasked(reveal_requested: bool, stream: TextIO | None = None) -> bool:
    """Found text is shown as is on an interactive terminal outside CI, or on explicit request."""
    return reveal_requested or not must_mask(stream)


def must_mask(stream: TextIO | None = None) -> bool:
    """True when the environment is CI or the output is not an interactive terminal."""
    target = stream if stream is not None else sys.stdout
    if os.environ.get("CI"):
        return True
    isatty = getattr(target, "isatty", None)
    return not (callable(isatty) and isatty())
