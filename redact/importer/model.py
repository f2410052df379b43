"""What a converter hands the scaffold: Markdown blocks, footnotes, clean images, hidden parts.

Word and PDF sources both produce a `ConvertedDocument`, so splitting into the review's three
documents, writing the folder and checking it never depend on where the text came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from redact.findings import Surface


class ImportFailure(Exception):
    """A file cannot be imported. The message says which file, what is wrong and what to do."""


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"
    TABLE = "table"
    IMAGE = "image"


@dataclass(frozen=True)
class Block:
    """One Markdown block. Headings keep their plain text and level so the scaffold can split
    the report at "Executive Summary", "Overview Report" and "Action Plan"."""

    kind: BlockKind
    markdown: str
    level: int = 0
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()
    # Footnote labels this block refers to ("1" for `[^1]`), so the definitions follow it.
    footnotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class HiddenPart:
    """Content of a source file that a reader of the body text does not see.

    `where` names the place inside the file (e.g. "comment 2", "document properties: author")
    and becomes the finding's path after `FILE#`. `author` is who wrote it, when the format
    records that (comments, tracked changes, PDF annotations).
    """

    surface: Surface
    where: str
    text: str
    author: str = ""


@dataclass(frozen=True)
class CleanImage:
    """An image re-encoded without metadata, ready to be written as `images/<name>`."""

    name: str
    data: bytes


@dataclass
class ConvertedDocument:
    source: Path
    blocks: list[Block] = field(default_factory=list)
    footnotes: dict[str, str] = field(default_factory=dict)
    hidden: list[HiddenPart] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
